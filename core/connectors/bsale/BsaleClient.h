#pragma once

#include "connectors/bsale/BsaleRequests.h"
#include "connectors/bsale/BsaleTypes.h"
#include "net/ApiClient.h"
#include "net/ApiResult.h"

#include <QtCore/QByteArray>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace puente {

/** What BsaleClient::checkConnection() found out, for the setup screen. */
struct BsaleConnectionCheck
{
    /** Bsale accepted the token. False with error().kind() == Unauthorized: rejected; false
     *  with another error: could not tell (offline, Bsale down). */
    bool tokenAccepted = false;
    QList<BsaleOffice> offices;
    QList<BsalePriceList> priceLists;
    QList<BsaleDocumentType> documentTypes;
    ApiError error; ///< None when everything was listed

    bool ok() const { return tokenAccepted && !error.isError(); }
};

/**
 * Puente's typed client for the Bsale REST API v1 (bsale.md), on top of ApiClient, which
 * paces, retries, times out and logs every call. Each method sends one or more requests and
 * reports once through its callback with an ApiResult: the parsed values (BsaleTypes.h) or the
 * ApiError that stopped it, with Bsale's message verbatim (BsaleError / BsaleErrorExplainer
 * say what it means).
 *
 * Lists are fetched whole: limit=50, offset += the page's size until offset >= `count` or a
 * page comes back short or empty. Bsale's `next` URL is never followed (it can carry the
 * token). The first failing page ends the fetch with its error. Progress reports items so far.
 *
 * Writes: document and return POSTs are retried by ApiClient only when they carry a salesId
 * (Bsale then answers 200 with the existing record instead of a second one); BsaleCreated
 * tells 201 from 200. Clients, receptions and consumptions are never repeated.
 *
 * Callbacks run on `context`'s thread, never before the method returns, and not at all if
 * `context` is destroyed first. If the
 * BsaleClient is destroyed while a multi-request fetch is running, the callback gets
 * ApiError::Kind::Canceled.
 *
 * Ownership: does not own the ApiClient, which must outlive it. Keeps the access token in
 * memory only; it travels in the `access_token` header, which ApiClient redacts from logs.
 * Thread affinity: the ApiClient's thread; call every method there.
 */
class BsaleClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BsaleClient)

public:
    template<typename T>
    using Callback = std::function<void(const ApiResult<T> &)>;
    using CheckCallback = std::function<void(const BsaleConnectionCheck &)>;

    /** Countable resources of GET /v1/<resource>/count.json. */
    enum class Countable {
        Offices,
        Products,
        Variants,
        ProductTypes,
        PriceLists,
        Taxes,
        DocumentTypes,
        PaymentTypes,
        Clients,
        Documents,
        Returns,
    };
    Q_ENUM(Countable)

    static constexpr int kPageLimit = 50; ///< Bsale's maximum
    /** Longest date range a movement list walks day by day (one list per day). */
    static constexpr int kMaxDays = 400;

    /** https://api.bsale.io */
    static QUrl defaultBaseUrl();
    /** Pacing for Bsale's 10 req/s and 3,000 per 300 s: at most 10 in any second, 2,400 per 300 s. */
    static QList<RateLimit> recommendedLimits();
    /** Puts recommendedLimits() for `baseUrl`'s host into `config`. */
    static void applyRecommendedLimits(ApiClientConfig &config, const QUrl &baseUrl = defaultBaseUrl());

    BsaleClient(ApiClient &api, const QByteArray &accessToken, QObject *parent = nullptr);
    ~BsaleClient() override;

    /** Another host (a proxy, the fake); requests go to <baseUrl>/v1/... */
    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    void setAccessToken(const QByteArray &accessToken);
    bool hasAccessToken() const { return !m_token.isEmpty(); }
    ApiClient &api() const { return m_api; }

    // --- setup ------------------------------------------------------------------------------
    /** Lists offices, price lists and document types: the token works and the choices exist. */
    void checkConnection(QObject *context, CheckCallback done);
    void offices(QObject *context, Callback<QList<BsaleOffice>> done);
    void priceLists(QObject *context, Callback<QList<BsalePriceList>> done);
    void taxes(QObject *context, Callback<QList<BsaleTax>> done);
    void documentTypes(QObject *context, Callback<QList<BsaleDocumentType>> done);
    void paymentTypes(QObject *context, Callback<QList<BsalePaymentType>> done);
    /** Clients with this RUT (Bsale allows several). */
    void clients(const QString &code, QObject *context, Callback<QList<BsaleCustomer>> done);
    /** POST /v1/clients.json. Not retried: search by RUT first, Bsale allows duplicates. */
    void createClient(const BsaleCustomer &customer, QObject *context, Callback<BsaleCustomer> done);
    void count(Countable what, std::optional<int> state, QObject *context, Callback<qint64> done);

    // --- catalogue --------------------------------------------------------------------------
    /** Every product type; with `withAttributes`, each type's attributes too (one list each). */
    void productTypes(bool withAttributes, QObject *context, Callback<QList<BsaleProductType>> done);
    void attributes(int productTypeId, QObject *context, Callback<QList<BsaleAttribute>> done);
    void products(const BsaleProductFilter &filter, QObject *context, Callback<QList<BsaleProduct>> done,
                  PageProgress progress = {});
    void product(int productId, QObject *context, Callback<BsaleProduct> done);
    /** Variants with their product expanded (BsaleVariant::product). */
    void variants(const BsaleVariantFilter &filter, QObject *context, Callback<QList<BsaleVariant>> done,
                  PageProgress progress = {});
    void variant(int variantId, QObject *context, Callback<BsaleVariant> done);
    void variantAttributeValues(int variantId, QObject *context, Callback<QList<BsaleAttributeValue>> done);
    void stocks(const BsaleStockFilter &filter, QObject *context, Callback<QList<BsaleStock>> done,
                PageProgress progress = {});
    /** The prices of a list; `variantId` > 0 asks for that variant's only. */
    void priceListDetails(int priceListId, int variantId, QObject *context, Callback<QList<BsalePriceDetail>> done,
                          PageProgress progress = {});

    // --- documents and stock movements ------------------------------------------------------
    /** Documents by emission date; lines expanded (documents with more than 25 lines get
     *  the rest from their details list, so every document comes complete). */
    void documents(const BsaleDocumentFilter &filter, QObject *context, Callback<QList<BsaleDocument>> done,
                   PageProgress progress = {});
    /** One document with all its lines. */
    void document(int documentId, QObject *context, Callback<BsaleDocument> done,
                  ApiRequest::Priority priority = ApiRequest::Priority::Normal);
    /** POST /v1/documents.json. Bsale's answer has no lines (ask document() for them). */
    void createDocument(const BsaleDocumentRequest &request, QObject *context,
                        Callback<BsaleCreated<BsaleDocument>> done);
    void returns(const BsaleMovementFilter &filter, QObject *context, Callback<QList<BsaleReturn>> done,
                 PageProgress progress = {});
    void createReturn(const BsaleReturnRequest &request, QObject *context, Callback<BsaleCreated<BsaleReturn>> done);
    void receptions(const BsaleMovementFilter &filter, QObject *context, Callback<QList<BsaleReception>> done,
                    PageProgress progress = {});
    void consumptions(const BsaleMovementFilter &filter, QObject *context, Callback<QList<BsaleConsumption>> done,
                      PageProgress progress = {});
    /** The lines of one reception (GET /v1/stocks/receptions/{id}/details.json, paged), for a
     *  caller that lists movements without details and wants only the new ones'. */
    void receptionDetails(int receptionId, QObject *context, Callback<QList<BsaleMovementDetail>> done);
    /** The lines of one consumption (GET /v1/stocks/consumptions/{id}/details.json, paged). */
    void consumptionDetails(int consumptionId, QObject *context, Callback<QList<BsaleMovementDetail>> done);
    /** POST /v1/stocks/receptions.json. Not retried (Bsale has no key to deduplicate it). */
    void createReception(const BsaleReceptionRequest &request, QObject *context, Callback<BsaleReception> done);
    /** POST /v1/stocks/consumptions.json. Not retried. */
    void createConsumption(const BsaleConsumptionRequest &request, QObject *context, Callback<BsaleConsumption> done);

private:
    /** One list to page through: path under /v1/, filters, log label. */
    struct ListSpec
    {
        QString path;
        QUrlQuery query;
        QString operation;
        ApiRequest::Priority priority = ApiRequest::Priority::Normal;
    };
    template<typename T>
    struct ListRun;
    using Step = std::function<void(qsizetype index, std::function<void(const ApiError &)> next)>;
    using Finished = std::function<void(const ApiError &)>;
    using ResponseHandler = std::function<void(const ApiResponse &)>;

    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    ApiRequest authorized(ApiRequest request) const;
    void get(const ListSpec &spec, QObject *context, ResponseHandler handler);
    void post(const QString &path, const QJsonObject &body, const QString &operation, bool idempotent, QObject *context,
              ResponseHandler handler);

    /** Every item of `lists`, one list after the other, each paged to its end; the first list
     *  from `firstOffset` on. */
    template<typename T>
    void fetchAll(QList<ListSpec> lists, std::function<ApiResult<T>(const QJsonObject &)> parse, QObject *context,
                  Callback<QList<T>> done, PageProgress progress = {}, qint64 firstOffset = 0);
    /** One object answer (GET or POST), parsed. */
    template<typename T>
    static ApiResult<T> parseOne(const ApiResponse &response, const QString &what,
                                 const std::function<ApiResult<T>(const QJsonObject &)> &parse);
    /** Runs step(0..count-1) one after the other; stops at the first error. */
    static void inTurn(qsizetype count, Step step, Finished finished);

    /** One list per day of `filter` (date key e.g. "admissiondate"), or one list without dates. */
    QList<ListSpec> dailyLists(const QString &path, const QString &dateKey, const BsaleMovementFilter &filter,
                               const QString &operation, ApiError *error) const;
    void completeDocuments(std::shared_ptr<QList<BsaleDocument>> documents, QObject *context,
                           Callback<QList<BsaleDocument>> done);
    template<typename Movement>
    void fillMovementDetails(std::shared_ptr<QList<Movement>> movements, const QString &pathPattern, QObject *context,
                             Callback<QList<Movement>> done);

    ApiClient &m_api;
    QByteArray m_token;
    QUrl m_baseUrl;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::BsaleConnectionCheck)
