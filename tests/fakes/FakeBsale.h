#pragma once

#include "HttpFake.h"
#include "bsale/BsaleModel.h"
#include "bsale/BsaleStore.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace puente::fakes {

namespace bsale {
class BsaleUrls;
class BsaleCatalogJson;
class BsaleSalesJson;
class BsaleDocumentEngine;
class BsaleReturnEngine;
class BsaleMovementEngine;
class BsaleRateLimiter;
class BsaleWebhookSender;
class BsaleCatalogApi;
class BsaleSetupApi;
class BsaleSalesApi;
class BsaleAdminApi;
} // namespace bsale

/**
 * A faithful fake of the Bsale REST API v1 (Chile) on 127.0.0.1, written from
 * /work/shared/api/bsale.md and chile-dte.md: same URLs, JSON names and type quirks, list
 * envelope and paging, documented errors, `access_token` authentication, the 10 req/s and
 * 3,000/300 s limits, documents with IVA and folios, salesId replay, dispatch, returns, stock
 * movements and outbound webhooks. Tests and the demo sandbox seed it through this C++ API and
 * drive it over HTTP (including the unauthenticated `/_admin/` interface).
 *
 * Ownership: a QObject; owns its state, engines and webhook sender. Thread affinity: lives and
 * answers on the thread that created it (needs an event loop); call it from that thread only.
 */
class FakeBsale : public HttpFake
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeBsale)

public:
    enum class RateLimitMode {
        TooManyRequests, ///< 429 (FAQ)
        InternalError, ///< 500 "The requested resource is not available" (FAQ: may mean rate-limited)
    };

    /** The ids seedBasics() created. */
    struct Basics
    {
        int officeId = 0;
        int priceListId = 0;
        int ivaTaxId = 0;
        int boletaTypeId = 0; ///< codeSii 39
        int facturaTypeId = 0; ///< codeSii 33
        int creditNoteTypeId = 0; ///< codeSii 61, use 1
        int cashPaymentTypeId = 0;
        int cardPaymentTypeId = 0;
    };

    /** A line of posSale(): by variantId or code; without netUnitValue the office's list prices it. */
    struct SaleLine
    {
        int variantId = 0;
        QString code;
        double quantity = 1;
        std::optional<double> netUnitValue;
        double discount = 0;
        QString comment; ///< the serial for serial-tracked variants
    };

    /** A line of reception()/consumption(). */
    struct MovementLine
    {
        int variantId = 0;
        QString code;
        double quantity = 1;
        double cost = 0;
        QString serialNumber;
    };

    /** What a trigger did: status 201 (created), 200 (salesId replay) or 400 with `error`. */
    struct Result
    {
        int status = 0;
        int id = 0;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    explicit FakeBsale(QObject *parent = nullptr);
    ~FakeBsale() override;

    // --- configuration ---------------------------------------------------------------------
    /** The token every /v1 request must carry in the `access_token` header. */
    void setAccessToken(const QString &token) { m_token = token.toUtf8(); }
    /** The instance id sent as webhook `cpnId` and used in document URLs (default 8888). */
    void setCompanyId(int cpnId);
    int companyId() const;
    /** Replaces the wall clock (milliseconds since the epoch): dates, webhooks `send`, limiter. */
    void setClock(std::function<qint64()> msecsSinceEpoch);
    /** Origin used in every href ("http://host:port"); default: baseUrl(). */
    void setPublicOrigin(const QString &origin) { m_publicOrigin = origin; }
    QString origin() const;

    // --- seeding (no webhooks) -------------------------------------------------------------
    /** IVA 19 %, one office with a default price list, boleta 39, factura 33, nota de crédito 61,
     *  cash and card payment types. */
    Basics seedBasics();
    int addOffice(bsale::Office office);
    int addProductType(bsale::ProductType type);
    int addAttribute(bsale::Attribute attribute);
    int addProduct(bsale::Product product);
    int addVariant(bsale::Variant variant, const QList<QPair<int, QString>> &attributeValues = {});
    /** A pack (product classification 3) sold by `code`; selling it moves the components' stock. */
    int addPack(const QString &name, const QString &code, const QList<bsale::PackComponent> &components);
    void setStock(int variantId, int officeId, double quantity, double reserved = 0);
    int addPriceList(bsale::PriceList list);
    void setDefaultPriceList(int officeId, int priceListId);
    /** Sets a price (net; gross computed with IVA when `withTaxes` < 0). Returns the detail id. */
    int setPrice(int priceListId, int variantId, double net, double withTaxes = -1);
    int addTax(bsale::Tax tax);
    int addDocumentType(bsale::DocumentType type);
    int addPaymentType(bsale::PaymentType type);
    int addClient(bsale::Client client);
    /** Makes a type answer "does not have numbers available, check sii caf". */
    void setOutOfFolios(int documentTypeId, bool out);
    /** CAF range of a type: folios first..last (last 0 = unlimited). */
    void setFolioRange(int documentTypeId, int first, int last);
    /** Pre-sizes the variant tables before a large seed. */
    void reserveVariants(int count);
    /** Empties the account (every record, the rate-limit window); configuration, webhook
     *  settings and the request log stay. For the sandbox's reseed. */
    void clear();

    // --- triggers (fire webhooks like the HTTP API) ----------------------------------------
    /** A boleta (codeSii 39) from the POS with dispatch:1 at `officeId`. */
    Result posSale(int officeId, const QList<SaleLine> &lines, const QString &salesId = {});
    Result reception(int officeId, const QList<MovementLine> &lines, const QString &note = {});
    Result consumption(int officeId, const QList<MovementLine> &lines, const QString &note = {});
    /** Exactly POST /v1/documents.json and /v1/returns.json, without HTTP. */
    Result createDocument(const QJsonObject &body);
    Result createReturn(const QJsonObject &body);
    /** Changes a price as the Bsale UI would: fires the `price` webhook. */
    int changePrice(int priceListId, int variantId, double net);
    /** Changes a variant (code, barCode, flags, state): fires the `variant` put webhook. */
    bool changeVariant(const bsale::Variant &variant);

    // --- queries ---------------------------------------------------------------------------
    double stockQuantity(int variantId, int officeId) const;
    double stockAvailable(int variantId, int officeId) const;
    QList<int> documentIds() const;
    QList<int> returnIds() const;
    /** The document as GET /v1/documents/{id}.json?expand=[details,document_type,client] gives it. */
    QJsonObject documentJson(int documentId) const;
    QJsonObject returnJson(int returnId) const;
    const bsale::BsaleStore &store() const { return *m_store; }
    bsale::BsaleStore &store() { return *m_store; }

    // --- rate limits -----------------------------------------------------------------------
    void setRateLimits(int perSecond, int perFiveMinutes);
    /** Multiplies both limits (e.g. 100 for benchmarks). */
    void setRateScale(double scale);
    void setRateLimitEnabled(bool enabled);
    void setRateLimitMode(RateLimitMode mode) { m_rateMode = mode; }
    RateLimitMode rateLimitMode() const { return m_rateMode; }
    int rateLimitedCount() const { return m_rateLimited; }
    const bsale::BsaleRateLimiter &rateLimiter() const { return *m_limiter; }

    // --- webhooks --------------------------------------------------------------------------
    void setWebhookUrl(const QUrl &url);
    void setWebhookDuplicate(bool on);
    /** Out of order: one payload is held back until the next has been sent (or 300 ms pass). */
    void setWebhookReorder(bool on);
    /** Every webhook event generated so far, oldest first. */
    const QList<QJsonObject> &webhookEvents() const;
    bsale::BsaleWebhookSender &webhooks() { return *m_webhooks; }

Q_SIGNALS:
    void documentCreated(int documentId);
    void stockChanged(int variantId, int officeId, double quantity);

protected:
    std::optional<HttpFakeResponse> intercept(const HttpFakeRequest &request) override;

private:
    Result toResult(int status, int id, const QString &error) const;
    QJsonArray movementDetails(const QList<MovementLine> &lines) const;
    int taxIdForIva() const;

    QByteArray m_token = "puente-fake-bsale-token";
    QString m_publicOrigin;
    RateLimitMode m_rateMode = RateLimitMode::TooManyRequests;
    int m_rateLimited = 0;

    std::unique_ptr<bsale::BsaleStore> m_store;
    std::unique_ptr<bsale::BsaleUrls> m_urls;
    std::unique_ptr<bsale::BsaleCatalogJson> m_catalogJson;
    std::unique_ptr<bsale::BsaleSalesJson> m_salesJson;
    std::unique_ptr<bsale::BsaleDocumentEngine> m_documents;
    std::unique_ptr<bsale::BsaleReturnEngine> m_returns;
    std::unique_ptr<bsale::BsaleMovementEngine> m_movements;
    std::unique_ptr<bsale::BsaleRateLimiter> m_limiter;
    bsale::BsaleWebhookSender *m_webhooks = nullptr; ///< child QObject
    std::unique_ptr<bsale::BsaleCatalogApi> m_catalogApi;
    std::unique_ptr<bsale::BsaleSetupApi> m_setupApi;
    std::unique_ptr<bsale::BsaleSalesApi> m_salesApi;
    std::unique_ptr<bsale::BsaleAdminApi> m_adminApi;
};

} // namespace puente::fakes
