#pragma once

#include "HttpFake.h"
#include "jumpseller/CatalogTypes.h"
#include "jumpseller/HookDispatcher.h"
#include "jumpseller/OrderTypes.h"
#include "jumpseller/RateLimiter.h"
#include "jumpseller/Replies.h"
#include "jumpseller/StoreTypes.h"

#include <QtCore/QJsonObject>

#include <functional>
#include <memory>
#include <optional>

namespace puente::fakes {

namespace jumpseller {
class Shop;
class CatalogRoutes;
class OrderRoutes;
class StoreRoutes;
class AdminRoutes;
} // namespace jumpseller

/**
 * A local stand-in for the Jumpseller REST API v1 (https://api.jumpseller.com/v1), faithful to
 * the project's Jumpseller API notes (jumpseller.md; §n in comments) and the official OpenAPI
 * spec: wrapped JSON, page/limit paging, /count.json endpoints, Basic / query-parameter / Bearer
 * authentication, the per-second and per-minute limits with their headers, 429 (or legacy 403)
 * and the temporary ban, the stock lifecycle of pending/paid/canceled/abandoned orders, checkout
 * custom fields on orders, and signed webhooks. Everything is indexed so 10^5 variants load in
 * about two seconds (Debug) and each request touches only what it returns.
 *
 * Besides the REST routes it has a C++ API to seed and drive the store (tests, the demo
 * sandbox) and an unauthenticated, unlimited JSON admin interface under /_admin/:
 *   GET  /_admin/state                 store, counts, limits, hooks, pending faults
 *   GET  /_admin/orders[?page&limit]   orders as the API shows them
 *   POST /_admin/orders                place an order (see jumpseller::OrderRoutes::readSeed)
 *   POST /_admin/orders/{id}/pay|cancel|abandon
 *   POST /_admin/fault  {"fault":"429|500|502|503|504|timeout|reset|reset-after|malformed|truncated",
 *                        "count":N, "path":"regex", "method":"GET"}   (DELETE clears)
 *   POST /_admin/hooks  {"duplicate":bool, "reorder":bool, "reorder_window_ms":N, "retry_minute_ms":N}
 *   GET  /_admin/hooks                 recent deliveries
 *   POST /_admin/rate   {"enabled","per_second","per_minute","scale","ban_after","ban_seconds",
 *                        "legacy_403","reset"}
 *   POST /_admin/stock  {"sku" | "product_id" [+ "variant_id"], "stock": N}
 *
 * Ownership: owns the store state, the hook dispatcher and the route tables.
 * Thread affinity: lives and answers on the thread that created it (it needs an event loop).
 */
class FakeJumpseller : public HttpFake
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeJumpseller)

public:
    using Clock = std::function<QDateTime()>;

    explicit FakeJumpseller(QObject *parent = nullptr);
    ~FakeJumpseller() override;

    // --- Store and credentials ------------------------------------------------------------
    void setStore(const jumpseller::StoreInfo &store);
    const jumpseller::StoreInfo &store() const;
    /** Basic `login:authtoken` and `?login=&authtoken=` accept this pair. */
    void setCredentials(const QString &login, const QString &authToken);
    QString login() const { return m_login; }
    QString authToken() const { return m_authToken; }
    /** `Authorization: Bearer <token>` accepts this token; empty (the default) refuses Bearer. */
    void setBearerToken(const QString &token) { m_bearerToken = token; }
    /** Time source of timestamps, rate windows and bans; default: the system clock (UTC). */
    void setClock(Clock clock);

    // --- Limits -----------------------------------------------------------------------------
    void setRateLimits(const jumpseller::RateLimitConfig &config);
    const jumpseller::RateLimitConfig &rateLimits() const;
    /** Forgets request counts, rate-limit hits and any ban. */
    void resetRateLimits();

    // --- Behaviour switches ---------------------------------------------------------------
    /** Let orders take more than the stock (stock goes negative); default refuses them. */
    void setAllowOversell(bool allow);
    /** Order status/shipment_status in Spanish, as a Chilean store shows them. */
    void setSpanishStatusNames(bool on);
    /** /orders.json newest first; default ascending by id. */
    void setOrdersDescending(bool on) { m_options.ordersDescending = on; }
    /** Status code of successful creates; the spec says 200, some clients saw 201. */
    void setCreateStatus(int status) { m_options.createStatus = status; }

    // --- Seeding (no hooks fire) ------------------------------------------------------------
    int addCategory(const QString &name, int parentId = 0);
    int addProduct(const jumpseller::ProductSeed &seed);
    int addVariant(int productId, const jumpseller::VariantSeed &seed);
    int addCheckoutCustomField(const jumpseller::CheckoutCustomField &field);
    /** The Bsale app's fields: "Tipo de Documento" (boleta/factura), "Razón Social", "Giro". */
    void addChileanCheckoutFields();
    int addHook(const QString &event, const QUrl &url, const QString &name = {});
    /** Empties the store (catalogue, orders, customers, checkout fields) and the rate-limit
     *  counters; store information, credentials, hooks and switches stay. For the sandbox's reseed. */
    void clear();

    // --- Triggers (hooks fire) --------------------------------------------------------------
    /** Places an order as a storefront customer would; returns its id, or 0 with `error`. */
    int createOrder(const jumpseller::OrderSeed &seed, QString *error = nullptr);
    bool payOrder(int id, QString *error = nullptr);
    bool cancelOrder(int id, QString *error = nullptr);
    bool abandonOrder(int id, QString *error = nullptr);
    bool setOrderStatus(int id, jumpseller::OrderStatus status, QString *error = nullptr);
    /** A merchant edit in the admin panel: absolute stock, announced like an API update. */
    bool setProductStock(int productId, int stock);
    bool setVariantStock(int variantId, int stock);

    // --- Queries ----------------------------------------------------------------------------
    std::optional<int> productStock(int productId) const;
    std::optional<int> variantStock(int variantId) const;
    /** The product or variant with exactly this SKU (variants first). */
    std::optional<QPair<int, int>> findSku(const QString &sku) const;
    const jumpseller::Product *product(int id) const;
    const jumpseller::Variant *variant(int id) const;
    const jumpseller::Order *order(int id) const;
    QList<int> orderIds() const;
    int productCount() const;
    int variantCount() const;
    /** Unwrapped JSON as the API shows the record. */
    QJsonObject productJson(int id) const;
    QJsonObject orderJson(int id) const;
    /** What GET /_admin/state answers. */
    QJsonObject state() const;

    // --- Parts, for what the facade does not cover -----------------------------------------
    jumpseller::HookDispatcher &hooks() { return *m_hooks; }
    jumpseller::Shop &shop() { return *m_shop; }
    const jumpseller::Shop &shop() const { return *m_shop; }

protected:
    std::optional<HttpFakeResponse> intercept(const HttpFakeRequest &request) override;
    void decorate(const HttpFakeRequest &request, HttpFakeResponse &response) override;

private:
    bool authorized(const HttpFakeRequest &request) const;
    static bool isAdmin(const HttpFakeRequest &request);

    std::unique_ptr<jumpseller::Shop> m_shop;
    jumpseller::HookDispatcher *m_hooks;
    jumpseller::RateLimiter m_rate;
    jumpseller::ApiOptions m_options;
    std::unique_ptr<jumpseller::CatalogRoutes> m_catalogRoutes;
    std::unique_ptr<jumpseller::OrderRoutes> m_orderRoutes;
    std::unique_ptr<jumpseller::StoreRoutes> m_storeRoutes;
    std::unique_ptr<jumpseller::AdminRoutes> m_adminRoutes;
    QList<QPair<QByteArray, QByteArray>> m_rateHeaders; ///< for the answer being written
    QString m_login = QStringLiteral("tienda-demo-login");
    QString m_authToken = QStringLiteral("0123456789abcdef0123456789abcdef");
    QString m_bearerToken;
};

} // namespace puente::fakes
