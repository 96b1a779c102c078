#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QObject>
#include <QtCore/QString>

#include <memory>

#include "HttpFake.h"
#include "seed/DemoSeeder.h"

namespace puente::fakes {

class FakeBsale;
class FakeJumpseller;
class OrderShop;
class SandboxActions;
struct SandboxOptions;

/**
 * Puente's demo sandbox: a FakeBsale and a FakeJumpseller on 127.0.0.1, seeded with the demo
 * shop (DemoShop + DemoSeeder) or the order pipeline's test shop (OrderShop, seed "orders"),
 * with fixed demo credentials and the rate limits scaled (or switched off) as asked. Both
 * fakes keep only their last kRequestLogLimit requests, so a long soak does not grow them.
 * Besides each fake's own /_admin/ interface, both ports answer the sandbox's routes:
 *   GET  /_admin/sandbox          connectionInfo() plus the last seeding report
 *   POST /_admin/seed             {"seed": "demo" | "orders" | "large:N"}: clear both fakes and reseed
 *   POST /_admin/demo/pos-sale    {"sku"?, "quantity"?, "officeId"?}  (SandboxActions)
 *   POST /_admin/demo/reception   {"sku"?, "quantity"?, "officeId"?}
 *   POST /_admin/demo/order       {"sku"?, "qty"?, "document"?: "boleta" | "factura"}
 *   POST /_admin/demo/pay|cancel  {"orderId"?}   (default: the newest pending order)
 * The puente-sandbox executable is a thin main() around this class.
 *
 * Ownership: owns both fakes and the actions. Thread affinity: the thread that created it,
 * which must run an event loop for the fakes to answer.
 */
class Sandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sandbox)

public:
    /// The sandbox's fixed demo credentials (printed in the JSON line; nothing real).
    static const QString BsaleAccessToken;
    static const QString JumpsellerLogin;
    static const QString JumpsellerAuthToken;
    /// Requests each fake remembers (HttpFake::setRequestLogLimit); nothing reads them over HTTP.
    static constexpr int kRequestLogLimit = 200;

    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    /**
     * Applies the rate scale, seeds `options.seed` and only then listens on both ports, so no
     * request ever sees a half-seeded shop. False with `error` set when a port cannot be used.
     */
    bool start(const SandboxOptions &options, QString *error);
    /** Clears both fakes and seeds `spec` ("demo", "orders" or "large:N"); false if it is invalid. */
    bool reseed(const QString &spec);

    /**
     * What puente-sandbox prints: {"bsale":{"baseUrl","accessToken","cpnId","adminUrl"},
     * "jumpseller":{"baseUrl","login","authToken","hooksToken","storeCode","adminUrl"},
     * "admin":{"sandbox","seed","demo","bsaleState","jumpsellerState"}, "seed", "variants",
     * "rateScale", "rateLimits", "pid", "version"}, plus "shop" (OrderShop::toJson()) when the
     * seed is "orders".
     */
    QJsonObject connectionInfo() const;
    QString seedSpec() const { return m_seed; }
    const DemoSeedReport &lastReport() const { return m_report; }
    /** The order test shop while the seed is "orders"; null otherwise. */
    const OrderShop *orderShop() const { return m_orderShop.get(); }

    FakeBsale &bsale() { return *m_bsale; }
    FakeJumpseller &jumpseller() { return *m_jumpseller; }

Q_SIGNALS:
    /** Both fakes were cleared and seeded again (POST /_admin/seed). */
    void reseeded(const QString &spec);

private:
    void installRoutes(HttpFake &server);
    HttpFakeResponse seedRoute(const HttpFakeRequest &request);
    HttpFakeResponse stateRoute() const;
    static QJsonObject reportJson(const DemoSeedReport &report);
    void seedOrderShop();

    std::unique_ptr<FakeBsale> m_bsale;
    std::unique_ptr<FakeJumpseller> m_jumpseller;
    std::unique_ptr<SandboxActions> m_actions;
    QString m_seed;
    DemoSeedReport m_report;
    std::unique_ptr<OrderShop> m_orderShop;
    double m_rateScale = 1;
    bool m_rateLimits = true;
};

} // namespace puente::fakes
