#include "FakeBsale.h"

#include "bsale/BsaleAdminApi.h"
#include "bsale/BsaleCatalogApi.h"
#include "bsale/BsaleCatalogJson.h"
#include "bsale/BsaleDocumentEngine.h"
#include "bsale/BsaleMovementEngine.h"
#include "bsale/BsaleRateLimiter.h"
#include "bsale/BsaleReturnEngine.h"
#include "bsale/BsaleSalesApi.h"
#include "bsale/BsaleSalesJson.h"
#include "bsale/BsaleSetupApi.h"
#include "bsale/BsaleUrls.h"
#include "bsale/BsaleWebhookSender.h"

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes {

using namespace bsale;

FakeBsale::FakeBsale(QObject *parent)
    : HttpFake(parent)
    , m_store(std::make_unique<BsaleStore>())
    , m_urls(std::make_unique<BsaleUrls>([this] { return origin(); }))
    , m_catalogJson(std::make_unique<BsaleCatalogJson>(*m_store, *m_urls))
    , m_salesJson(std::make_unique<BsaleSalesJson>(*m_store, *m_urls, *m_catalogJson))
    , m_documents(std::make_unique<BsaleDocumentEngine>(*m_store))
    , m_returns(std::make_unique<BsaleReturnEngine>(*m_store, *m_documents))
    , m_movements(std::make_unique<BsaleMovementEngine>(*m_store, *m_documents))
    , m_limiter(std::make_unique<BsaleRateLimiter>())
    , m_webhooks(new BsaleWebhookSender(this))
{
    BsaleStore::Events events;
    events.stockChanged = [this](int variantId, int officeId) {
        m_webhooks->send(BsaleWebhookSender::stockPayload(companyId(), variantId, officeId, m_store->nowSeconds()));
        Q_EMIT stockChanged(variantId, officeId, stockQuantity(variantId, officeId));
    };
    events.documentCreated = [this](int documentId) {
        const Document *doc = m_store->documents().find(documentId);
        m_webhooks->send(
            BsaleWebhookSender::documentPayload(companyId(), documentId, doc->officeId, m_store->nowSeconds()));
        Q_EMIT documentCreated(documentId);
    };
    events.priceChanged = [this](int priceListId, int variantId) {
        m_webhooks->send(BsaleWebhookSender::pricePayload(companyId(), priceListId, variantId, m_store->nowSeconds()));
    };
    m_store->setEvents(std::move(events));

    const BsaleApiContext context {*this,        *m_store,     *m_urls,    *m_catalogJson,
                                   *m_salesJson, *m_documents, *m_returns, *m_movements};
    m_catalogApi = std::make_unique<BsaleCatalogApi>(context);
    m_setupApi = std::make_unique<BsaleSetupApi>(context);
    m_salesApi = std::make_unique<BsaleSalesApi>(context);
    m_adminApi = std::make_unique<BsaleAdminApi>(*this, context);
}

FakeBsale::~FakeBsale() = default;

void FakeBsale::setCompanyId(int cpnId)
{
    m_urls->setCompanyId(cpnId);
}

int FakeBsale::companyId() const
{
    return m_urls->companyId();
}

void FakeBsale::setClock(std::function<qint64()> msecsSinceEpoch)
{
    m_store->setClock(std::move(msecsSinceEpoch));
}

QString FakeBsale::origin() const
{
    return m_publicOrigin.isEmpty() ? baseUrl().toString() : m_publicOrigin;
}

std::optional<HttpFakeResponse> FakeBsale::intercept(const HttpFakeRequest &request)
{
    // Only the API is guarded; /_admin/ and the document views are the fake's own.
    if (!request.path.startsWith(u"/v1/"_s) && !request.path.startsWith(u"/v2/"_s))
        return std::nullopt;
    // §1 Authentication / FAQ 401 message, verbatim.
    if (request.header("access_token") != m_token) {
        return HttpFakeResponse::json(401,
                                      QJsonObject {{u"error"_s, u"Sorry, this request can not be authenticated"_s}});
    }
    if (m_limiter->admit(m_store->nowMs()))
        return std::nullopt;
    ++m_rateLimited;
    if (m_rateMode == RateLimitMode::InternalError) {
        // FAQ: 500 "The requested resource is not available" — check the URL and the rate limit.
        return HttpFakeResponse::json(500, QJsonObject {{u"error"_s, u"The requested resource is not available"_s}});
    }
    // DOCS-AMBIGUITY: the 429 body and headers are undocumented (no Retry-After, no
    // X-RateLimit-*, §1 Rate limits); we answer the documented {"error": ...} shape with the
    // FAQ's wording for 429 and no rate-limit headers.
    return HttpFakeResponse::json(429, QJsonObject {{u"error"_s, u"Too many requests"_s}});
}

// --- seeding ---------------------------------------------------------------------------------

FakeBsale::Basics FakeBsale::seedBasics()
{
    Basics b;
    b.ivaTaxId = addTax({0, u"IVA"_s, 19, u"14"_s, 1, {}, 0});
    PriceList list;
    list.name = u"Lista de precios base"_s;
    b.priceListId = addPriceList(list);
    Office office;
    office.name = u"Casa Matriz"_s;
    office.address = u"Av. Providencia 1234"_s;
    office.municipality = u"Providencia"_s;
    office.city = u"Santiago"_s;
    office.country = u"Chile"_s;
    office.isVirtual = 1;
    office.defaultPriceListId = b.priceListId;
    b.officeId = addOffice(office);

    DocumentType boleta;
    boleta.name = u"BOLETA ELECTRÓNICA"_s;
    boleta.codeSii = u"39"_s;
    b.boletaTypeId = addDocumentType(boleta);
    DocumentType factura;
    factura.name = u"FACTURA ELECTRÓNICA"_s;
    factura.codeSii = u"33"_s;
    factura.useClient = 1;
    b.facturaTypeId = addDocumentType(factura);
    DocumentType note;
    note.name = u"NOTA DE CRÉDITO ELECTRÓNICA"_s;
    note.codeSii = u"61"_s;
    note.use = 1;
    note.isCreditNote = 1;
    b.creditNoteTypeId = addDocumentType(note);

    PaymentType cash;
    cash.name = u"Efectivo"_s;
    cash.isCash = 1;
    b.cashPaymentTypeId = addPaymentType(cash);
    PaymentType card;
    card.name = u"Tarjeta de Débito"_s;
    b.cardPaymentTypeId = addPaymentType(card);
    return b;
}

int FakeBsale::addOffice(Office office)
{
    return m_store->addOffice(std::move(office));
}

int FakeBsale::addProductType(ProductType type)
{
    return m_store->addProductType(std::move(type));
}

int FakeBsale::addAttribute(Attribute attribute)
{
    return m_store->addAttribute(std::move(attribute));
}

int FakeBsale::addProduct(Product product)
{
    return m_store->addProduct(std::move(product));
}

int FakeBsale::addVariant(Variant variant, const QList<QPair<int, QString>> &attributeValues)
{
    return m_store->addVariant(std::move(variant), attributeValues);
}

int FakeBsale::addPack(const QString &name, const QString &code, const QList<PackComponent> &components)
{
    Product product;
    product.name = name;
    product.classification = 3; // §3: 3 = pack/promotion
    const int productId = addProduct(product);
    Variant variant;
    variant.productId = productId;
    variant.description = name;
    variant.code = code;
    variant.barCode = code;
    variant.pack = components;
    return addVariant(variant);
}

void FakeBsale::setStock(int variantId, int officeId, double quantity, double reserved)
{
    m_store->setStock(variantId, officeId, quantity, reserved);
}

int FakeBsale::addPriceList(PriceList list)
{
    return m_store->addPriceList(std::move(list));
}

void FakeBsale::setDefaultPriceList(int officeId, int priceListId)
{
    const Office *office = m_store->offices().find(officeId);
    if (!office)
        return;
    Office changed = *office;
    changed.defaultPriceListId = priceListId;
    m_store->addOffice(changed);
}

int FakeBsale::setPrice(int priceListId, int variantId, double net, double withTaxes)
{
    return m_store->setPrice(priceListId, variantId, net, withTaxes);
}

int FakeBsale::addTax(Tax tax)
{
    return m_store->addTax(std::move(tax));
}

int FakeBsale::addDocumentType(DocumentType type)
{
    return m_store->addDocumentType(std::move(type));
}

int FakeBsale::addPaymentType(PaymentType type)
{
    return m_store->addPaymentType(std::move(type));
}

int FakeBsale::addClient(Client client)
{
    return m_store->addClient(std::move(client));
}

void FakeBsale::setOutOfFolios(int documentTypeId, bool out)
{
    if (DocumentType *type = m_store->documentType(documentTypeId))
        type->outOfFolios = out;
}

void FakeBsale::setFolioRange(int documentTypeId, int first, int last)
{
    if (DocumentType *type = m_store->documentType(documentTypeId)) {
        type->initialNumber = first;
        type->lastNumber = last;
    }
}

void FakeBsale::reserveVariants(int count)
{
    m_store->reserveVariants(count);
}

void FakeBsale::clear()
{
    m_store->clear();
    m_limiter->reset();
    m_rateLimited = 0;
}

// --- triggers ----------------------------------------------------------------------------------

FakeBsale::Result FakeBsale::toResult(int status, int id, const QString &error) const
{
    return {status, id, error};
}

int FakeBsale::taxIdForIva() const
{
    for (const int id : m_store->taxes().ids()) {
        if (m_store->taxes().find(id)->code == u"14"_s)
            return id;
    }
    return 0;
}

FakeBsale::Result FakeBsale::posSale(int officeId, const QList<SaleLine> &lines, const QString &salesId)
{
    QJsonArray details;
    const int iva = taxIdForIva();
    for (const auto &line : lines) {
        QJsonObject detail {{u"quantity"_s, line.quantity}, {u"discount"_s, line.discount}};
        if (line.variantId)
            detail.insert(u"variantId"_s, line.variantId);
        else
            detail.insert(u"code"_s, line.code);
        if (line.netUnitValue)
            detail.insert(u"netUnitValue"_s, *line.netUnitValue);
        if (iva)
            detail.insert(u"taxId"_s, u"[%1]"_s.arg(iva));
        if (!line.comment.isEmpty())
            detail.insert(u"comment"_s, line.comment);
        details.append(detail);
    }
    QJsonObject body {
        {u"codeSii"_s, 39},   {u"officeId"_s, officeId}, {u"dispatch"_s, 1},
        {u"declareSii"_s, 1}, {u"details"_s, details},
    };
    if (!salesId.isEmpty())
        body.insert(u"salesId"_s, salesId);
    return createDocument(body);
}

QJsonArray FakeBsale::movementDetails(const QList<MovementLine> &lines) const
{
    QJsonArray details;
    for (const auto &line : lines) {
        QJsonObject detail {{u"quantity"_s, line.quantity}};
        if (line.variantId)
            detail.insert(u"variantId"_s, line.variantId);
        else
            detail.insert(u"code"_s, line.code);
        if (line.cost > 0)
            detail.insert(u"cost"_s, line.cost);
        if (!line.serialNumber.isEmpty())
            detail.insert(u"serialNumber"_s, line.serialNumber);
        details.append(detail);
    }
    return details;
}

FakeBsale::Result FakeBsale::reception(int officeId, const QList<MovementLine> &lines, const QString &note)
{
    const auto outcome = m_movements->reception(QJsonObject {{u"document"_s, u"Guía"_s},
                                                             {u"officeId"_s, officeId},
                                                             {u"note"_s, note},
                                                             {u"details"_s, movementDetails(lines)}});
    return toResult(outcome.status, outcome.id, outcome.error);
}

FakeBsale::Result FakeBsale::consumption(int officeId, const QList<MovementLine> &lines, const QString &note)
{
    const auto outcome = m_movements->consumption(
        QJsonObject {{u"officeId"_s, officeId}, {u"note"_s, note}, {u"details"_s, movementDetails(lines)}});
    return toResult(outcome.status, outcome.id, outcome.error);
}

FakeBsale::Result FakeBsale::createDocument(const QJsonObject &body)
{
    const auto outcome = m_documents->create(body);
    return toResult(outcome.status, outcome.id, outcome.error);
}

FakeBsale::Result FakeBsale::createReturn(const QJsonObject &body)
{
    const auto outcome = m_returns->create(body);
    return toResult(outcome.status, outcome.id, outcome.error);
}

int FakeBsale::changePrice(int priceListId, int variantId, double net)
{
    return m_store->setPrice(priceListId, variantId, net, -1, true);
}

bool FakeBsale::changeVariant(const Variant &variant)
{
    if (!m_store->updateVariant(variant))
        return false;
    m_webhooks->send(BsaleWebhookSender::variantPayload(companyId(), variant.id, u"put"_s, m_store->nowSeconds()));
    return true;
}

// --- queries -----------------------------------------------------------------------------------

double FakeBsale::stockQuantity(int variantId, int officeId) const
{
    const Stock *stock = m_store->stock(variantId, officeId);
    return stock ? stock->quantity : 0;
}

double FakeBsale::stockAvailable(int variantId, int officeId) const
{
    const Stock *stock = m_store->stock(variantId, officeId);
    return stock ? stock->available() : 0;
}

QList<int> FakeBsale::documentIds() const
{
    return m_store->documents().ids();
}

QList<int> FakeBsale::returnIds() const
{
    return m_store->returns().ids();
}

QJsonObject FakeBsale::documentJson(int documentId) const
{
    if (!m_store->documents().find(documentId))
        return {};
    return m_salesJson->document(documentId, {u"details"_s, u"document_type"_s, u"client"_s});
}

QJsonObject FakeBsale::returnJson(int returnId) const
{
    if (!m_store->returns().find(returnId))
        return {};
    return m_salesJson->returnObject(returnId);
}

// --- limits and webhooks -----------------------------------------------------------------------

void FakeBsale::setRateLimits(int perSecond, int perFiveMinutes)
{
    m_limiter->setLimits(perSecond, perFiveMinutes);
}

void FakeBsale::setRateScale(double scale)
{
    m_limiter->setScale(scale);
}

void FakeBsale::setRateLimitEnabled(bool enabled)
{
    m_limiter->setEnabled(enabled);
}

void FakeBsale::setWebhookUrl(const QUrl &url)
{
    m_webhooks->setUrl(url);
}

void FakeBsale::setWebhookDuplicate(bool on)
{
    m_webhooks->setDuplicate(on);
}

void FakeBsale::setWebhookReorder(bool on)
{
    m_webhooks->setReorder(on);
}

const QList<QJsonObject> &FakeBsale::webhookEvents() const
{
    return m_webhooks->events();
}

} // namespace puente::fakes
