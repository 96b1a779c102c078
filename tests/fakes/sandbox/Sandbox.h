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
class SandboxActions;
struct SandboxOptions;

/**
 * Puente's demo sandbox: a FakeBsale and a FakeJumpseller on 127.0.0.1, seeded with the demo
 * shop (DemoShop + DemoSeeder), with fixed demo credentials and the rate limits scaled as asked.
 * Besides each fake's own /_admin/ interface, both ports answer the sandbox's routes:
 *   GET  /_admin/sandbox          connectionInfo() plus the last seeding report
 *   POST /_admin/seed             {"seed": "demo" | "large:N"}: clear both fakes and reseed
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

    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    /**
     * Applies the rate scale, seeds `options.seed` and only then listens on both ports, so no
     * request ever sees a half-seeded shop. False with `error` set when a port cannot be used.
     */
    bool start(const SandboxOptions &options, QString *error);
    /** Clears both fakes and seeds `spec` ("demo" or "large:N"); false if `spec` is invalid. */
    bool reseed(const QString &spec);

    /**
     * What puente-sandbox prints: {"bsale":{"baseUrl","accessToken","cpnId","adminUrl"},
     * "jumpseller":{"baseUrl","login","authToken","hooksToken","storeCode","adminUrl"},
     * "admin":{"sandbox","seed","demo","bsaleState","jumpsellerState"}, "seed", "variants",
     * "rateScale", "pid", "version"}.
     */
    QJsonObject connectionInfo() const;
    QString seedSpec() const { return m_seed; }
    const DemoSeedReport &lastReport() const { return m_report; }

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

    std::unique_ptr<FakeBsale> m_bsale;
    std::unique_ptr<FakeJumpseller> m_jumpseller;
    std::unique_ptr<SandboxActions> m_actions;
    QString m_seed;
    DemoSeedReport m_report;
    double m_rateScale = 1;
};

} // namespace puente::fakes
