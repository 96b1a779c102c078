#pragma once

#include "connectors/jumpseller/JumpsellerTypes.h"
#include "net/ApiClient.h"
#include "net/ApiResult.h"
#include "net/RateLimiter.h"

#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>

#include <functional>

namespace puente {

/**
 * Puente's typed client for the Jumpseller REST API v1, on the foundation's ApiClient (pacing,
 * retries, timeouts and error mapping happen there).
 *
 * Every call is asynchronous: it takes a `context` and a callback that runs once, on the
 * context's thread, with an ApiResult (a value, or the ApiError that stopped it: `kind()` to
 * branch on, `serverMessage()` the store's own text verbatim). Nothing runs if the context or
 * this client is destroyed first. Callbacks never run before the call returns.
 *
 *  - Authentication: `Authorization: Basic base64(login:authtoken)` on every request. The
 *    token is registered with Redactor and never logged.
 *  - Lists are paged with page=1,2,... and limit=100 until a short or empty page; an item seen
 *    on an earlier page is kept once (offset paging shifts when the store changes meanwhile),
 *    and a full page of nothing new ends the list (a server that ignores `page`).
 *  - Reads and PUTs are retried by ApiClient on throttling, 5xx, timeouts and resets; POSTs
 *    (creates) are not, because the API has no idempotency key: their errors say retryable(),
 *    and the caller reconciles (e.g. looks the product up by SKU) before sending again.
 *  - Stock and price updates are absolute values, safe to repeat.
 *
 * Usage:
 * @code
 *   ApiClientConfig config;
 *   JumpsellerClient::applyRecommendedLimits(config);
 *   ApiClient api(SystemClock::instance(), config);
 *   JumpsellerClient store(api);
 *   store.setCredentials(login, token);
 *   store.products(this, progress, [this](ApiResult<QList<JumpsellerProduct>> r) { ... });
 * @endcode
 *
 * Ownership: does not own the ApiClient, which must outlive it.
 * Thread affinity: the ApiClient's thread; call everything there.
 */
class JumpsellerClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JumpsellerClient)

public:
    template<typename T>
    using Callback = std::function<void(ApiResult<T>)>;
    using ConnectionCallback = std::function<void(const JumpsellerConnectionCheck &)>;

    /** Items per page: the API's maximum (§1.5). */
    static constexpr int kPageSize = 100;

    /** https://api.jumpseller.com/v1 */
    static QUrl defaultBaseUrl();
    /**
     * Pacing for the Jumpseller host: {perSecond(12, 6), perMinute(770, 20)}. The API allows
     * 20 per second and 800 per minute (§1.4). In any second these send at most 6 + 12 = 18,
     * and at most 20 + 770 = 790 in any minute, so up to ~200 ms of network jitter cannot push
     * the server's count over either limit. Sustained, that is 12 requests per second (the
     * per-minute budget allows 13.3): 20 % faster than the conservative {perSecond(10, 10),
     * perMinute(780, 20)}, and 6 stock updates leave at once, so a small change reaches the
     * store without waiting on the limiter.
     */
    static QList<RateLimit> recommendedLimits();
    /** Puts recommendedLimits() into `config` for `baseUrl`'s host. */
    static void applyRecommendedLimits(ApiClientConfig &config, const QUrl &baseUrl = defaultBaseUrl());

    explicit JumpsellerClient(ApiClient &api, QObject *parent = nullptr);
    ~JumpsellerClient() override;

    /** Default defaultBaseUrl(); the fakes use http://127.0.0.1:PORT/v1. */
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    /** The login key and the 32-character auth token of Admin → Account (§1.2). */
    void setCredentials(const QString &login, const QString &authToken);
    bool hasCredentials() const;

    // --- Store ------------------------------------------------------------------------------
    void storeInfo(QObject *context, Callback<JumpsellerStoreInfo> done);
    /** For the setup dialog: are the credentials accepted, and which store is it? */
    void checkConnection(QObject *context, ConnectionCallback done);
    void checkoutCustomFields(QObject *context, Callback<QList<JumpsellerCheckoutCustomField>> done);

    // --- Catalogue --------------------------------------------------------------------------
    void productCount(QObject *context, Callback<qint64> done);
    /**
     * Every product with its variants; `progress` gets (done, total from count.json), first
     * (0, total). An error of the count that the pages would share (credentials, network,
     * throttling) ends the call at once; an odd count only leaves the total at -1.
     */
    void products(QObject *context, const PageProgress &progress, Callback<QList<JumpsellerProduct>> done);
    void product(QObject *context, qint64 id, Callback<JumpsellerProduct> done);
    void variants(QObject *context, qint64 productId, Callback<QList<JumpsellerVariant>> done);
    /** The custom-field values of one product (GET /products/{id}/fields.json). */
    void productFields(QObject *context, qint64 productId, Callback<QList<JumpsellerCustomFieldValue>> done);
    /**
     * The store's text search (§2.4); `fields` narrows it, e.g. {"sku", "variants"}. Matches
     * are fuzzy: re-check an exact SKU on product.sku and variants[].sku.
     */
    void searchProducts(QObject *context, const QString &query, const QStringList &fields,
                        Callback<QList<JumpsellerProduct>> done);
    void categories(QObject *context, Callback<QList<JumpsellerCategory>> done);
    void createCategory(QObject *context, const QString &name, qint64 parentId, Callback<JumpsellerCategory> done);
    /**
     * Creates the product, then each variant in order, then reads the product back (§2.8).
     * Fails only when the product itself was not created; see JumpsellerCreatedProduct.
     */
    void createProduct(QObject *context, const JumpsellerProductDraft &draft, Callback<JumpsellerCreatedProduct> done);
    void createVariant(QObject *context, qint64 productId, const JumpsellerVariantDraft &draft,
                       Callback<JumpsellerVariant> done);
    /** PUT of the fields set in `changes` (a simple product's stock: {stock = n}). */
    void updateProduct(QObject *context, qint64 id, const JumpsellerProductChanges &changes,
                       Callback<JumpsellerProduct> done);
    void updateVariant(QObject *context, qint64 productId, qint64 variantId, const JumpsellerVariantChanges &changes,
                       Callback<JumpsellerVariant> done);

    // --- Orders -----------------------------------------------------------------------------
    void orderCount(QObject *context, Callback<qint64> done);
    /**
     * Orders with an id above `lastId`, ascending (GET /orders/after/{id}.json, paged). The
     * progress total is -1: /orders/count.json counts all orders, not those after the id.
     */
    void ordersAfter(QObject *context, qint64 lastId, const PageProgress &progress,
                     Callback<QList<JumpsellerOrder>> done);
    void order(QObject *context, qint64 id, Callback<JumpsellerOrder> done);
    /** GET /orders/status/{status_enum}.json, paged. */
    void ordersByStatus(QObject *context, JumpsellerOrderStatus status, Callback<QList<JumpsellerOrder>> done);
    /** PUT /orders/{id}.json with OrderEditFields (see JumpsellerOrderChanges). */
    void updateOrder(QObject *context, qint64 id, const JumpsellerOrderChanges &changes,
                     Callback<JumpsellerOrder> done);

    // --- Webhooks ---------------------------------------------------------------------------
    void hooks(QObject *context, Callback<QList<JumpsellerHook>> done);
    void createHook(QObject *context, const QString &event, const QUrl &url, Callback<JumpsellerHook> done);
    /** DELETE /hooks/{id}.json; true when the store confirmed it. */
    void deleteHook(QObject *context, qint64 id, Callback<bool> done);

private:
    template<typename T>
    using Parser = std::function<ApiResult<T>(const QJsonValue &)>;
    template<typename T>
    struct Paging;

    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    ApiRequest authorized(ApiRequest request) const;
    ApiRequest get(const QString &path, const QString &operation, const QUrlQuery &query = {}) const;
    ApiRequest write(const QByteArray &method, const QString &path, const QJsonObject &body,
                     const QString &operation) const;

    /** Sends `request` and hands the parsed answer (or the error) to `done`. */
    template<typename T>
    void call(const ApiRequest &request, QObject *context, Parser<T> parse, Callback<T> done);
    /** Pages through a list and hands every item once to `done`. */
    template<typename T>
    void fetchAll(const QString &path, const QString &operation, const QUrlQuery &query, QObject *context,
                  Parser<QList<T>> parse, const PageProgress &progress, qint64 total, Callback<QList<T>> done);
    template<typename T>
    void fetchPage(std::shared_ptr<Paging<T>> paging, QObject *context);
    /** Runs `done(error)` on the next turn of `context`'s event loop (never synchronously). */
    template<typename T>
    static void failLater(QObject *context, Callback<T> done, const ApiError &error);

    void createVariants(QObject *context, std::shared_ptr<JumpsellerCreatedProduct> created,
                        QList<JumpsellerVariantDraft> drafts, Callback<JumpsellerCreatedProduct> done);

    ApiClient &m_api;
    QUrl m_baseUrl;
    QString m_login;
    QString m_authToken;
};

} // namespace puente
