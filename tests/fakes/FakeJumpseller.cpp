#include "FakeJumpseller.h"

#include "jumpseller/AdminRoutes.h"
#include "jumpseller/CatalogRoutes.h"
#include "jumpseller/OrderRoutes.h"
#include "jumpseller/Shop.h"
#include "jumpseller/StoreRoutes.h"

#include <QtCore/QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes {

using namespace jumpseller;

FakeJumpseller::FakeJumpseller(QObject *parent)
    : HttpFake(parent)
    , m_shop(std::make_unique<Shop>())
    , m_hooks(new HookDispatcher(m_shop->store(), this))
    , m_catalogRoutes(std::make_unique<CatalogRoutes>(*m_shop, m_options))
    , m_orderRoutes(std::make_unique<OrderRoutes>(*m_shop, m_options))
    , m_storeRoutes(std::make_unique<StoreRoutes>(*m_shop, *m_hooks, m_options))
    , m_adminRoutes(std::make_unique<AdminRoutes>(*this))
{
    m_shop->setEventSink([this](const QString &event, const QJsonObject &body) { m_hooks->fire(event, body); });
    m_adminRoutes->install(*this);
    m_storeRoutes->install(*this);
    m_catalogRoutes->install(*this);
    m_orderRoutes->install(*this);
    // Anything else under /v1 (an unknown path, or a method the resource lacks) is a 404 in the
    // API's {"message"} shape.
    route({}, u"/v1/.*"_s, [](const HttpFakeRequest &) { return Replies::message(404, u"Not Found."_s); });
}

FakeJumpseller::~FakeJumpseller()
{
    // The dispatcher reads the store owned by m_shop; let it go first.
    delete m_hooks;
}

// --- Store, credentials, clock --------------------------------------------------------------

void FakeJumpseller::setStore(const StoreInfo &store)
{
    m_shop->store() = store;
}

const StoreInfo &FakeJumpseller::store() const
{
    return m_shop->store();
}

void FakeJumpseller::setCredentials(const QString &login, const QString &authToken)
{
    m_login = login;
    m_authToken = authToken;
}

void FakeJumpseller::setClock(Clock clock)
{
    m_shop->setClock(clock);
    m_hooks->setClock(clock);
    m_rate.setClock(std::move(clock));
}

// --- Limits and switches --------------------------------------------------------------------

void FakeJumpseller::setRateLimits(const RateLimitConfig &config)
{
    m_rate.setConfig(config);
}

const RateLimitConfig &FakeJumpseller::rateLimits() const
{
    return m_rate.config();
}

void FakeJumpseller::resetRateLimits()
{
    m_rate.reset();
}

void FakeJumpseller::setAllowOversell(bool allow)
{
    m_shop->orders().setAllowOversell(allow);
}

void FakeJumpseller::setSpanishStatusNames(bool on)
{
    m_shop->setSpanishStatusNames(on);
}

// --- Seeding --------------------------------------------------------------------------------

int FakeJumpseller::addCategory(const QString &name, int parentId)
{
    return m_shop->catalog().addCategory(name, parentId);
}

int FakeJumpseller::addProduct(const ProductSeed &seed)
{
    return m_shop->catalog().addProduct(seed);
}

int FakeJumpseller::addVariant(int productId, const VariantSeed &seed)
{
    const Product *product = m_shop->catalog().product(productId);
    if (!product)
        return 0;
    Variant variant;
    variant.sku = seed.sku;
    variant.barcode = seed.barcode;
    variant.price = seed.price.value_or(product->price);
    variant.stock = seed.stock;
    variant.stockUnlimited = seed.stockUnlimited;
    return m_shop->catalog().addVariant(productId, variant, seed.options);
}

int FakeJumpseller::addCheckoutCustomField(const CheckoutCustomField &field)
{
    return m_shop->addCheckoutField(field);
}

void FakeJumpseller::addChileanCheckoutFields()
{
    // As the Bsale app sets up a store (§3.3): a required select plus two optional inputs in
    // the "other" area. The RUT itself travels in billing_address.taxid.
    CheckoutCustomField document;
    document.label = u"Tipo de Documento"_s;
    document.type = u"select"_s;
    document.required = true;
    document.deletable = false;
    document.selectOptions = {u"boleta"_s, u"factura"_s};
    addCheckoutCustomField(document);
    CheckoutCustomField companyName;
    companyName.label = u"Razón Social"_s;
    addCheckoutCustomField(companyName);
    CheckoutCustomField activity;
    activity.label = u"Giro"_s;
    addCheckoutCustomField(activity);
}

int FakeJumpseller::addHook(const QString &event, const QUrl &url, const QString &name)
{
    return m_hooks->addHook(event, url, name);
}

void FakeJumpseller::clear()
{
    m_shop->clear();
    m_rate.reset();
}

// --- Triggers -------------------------------------------------------------------------------

int FakeJumpseller::createOrder(const OrderSeed &seed, QString *error)
{
    const OrderOutcome outcome = m_shop->placeOrder(seed);
    if (error)
        *error = outcome.error;
    return outcome.ok() ? outcome.orderId : 0;
}

bool FakeJumpseller::setOrderStatus(int id, OrderStatus status, QString *error)
{
    const OrderOutcome outcome = m_shop->changeOrderStatus(id, status);
    if (error)
        *error = outcome.error;
    return outcome.ok();
}

bool FakeJumpseller::payOrder(int id, QString *error)
{
    return setOrderStatus(id, OrderStatus::Paid, error);
}

bool FakeJumpseller::cancelOrder(int id, QString *error)
{
    return setOrderStatus(id, OrderStatus::Canceled, error);
}

bool FakeJumpseller::abandonOrder(int id, QString *error)
{
    return setOrderStatus(id, OrderStatus::Abandoned, error);
}

bool FakeJumpseller::setProductStock(int productId, int stock)
{
    const Product *p = m_shop->catalog().product(productId);
    if (!p || !p->variantIds.isEmpty())
        return false;
    const bool changed = p->stock != stock;
    m_shop->catalog().editProduct(productId, [stock](Product &edited) { edited.stock = stock; });
    m_shop->productUpdated(productId, changed);
    return true;
}

bool FakeJumpseller::setVariantStock(int variantId, int stock)
{
    const Variant *v = m_shop->catalog().variant(variantId);
    if (!v)
        return false;
    const bool changed = v->stock != stock;
    const int productId = v->productId;
    m_shop->catalog().editVariant(variantId, [stock](Variant &edited) { edited.stock = stock; });
    m_shop->productUpdated(productId, changed);
    return true;
}

// --- Queries --------------------------------------------------------------------------------

std::optional<int> FakeJumpseller::productStock(int productId) const
{
    if (!m_shop->catalog().product(productId))
        return std::nullopt;
    return m_shop->catalog().productStock(productId);
}

std::optional<int> FakeJumpseller::variantStock(int variantId) const
{
    const Variant *v = m_shop->catalog().variant(variantId);
    return v ? std::optional<int>(v->stock) : std::nullopt;
}

std::optional<QPair<int, int>> FakeJumpseller::findSku(const QString &sku) const
{
    const auto ref = m_shop->catalog().findSku(sku);
    if (!ref)
        return std::nullopt;
    return QPair<int, int>(ref->productId, ref->variantId);
}

const Product *FakeJumpseller::product(int id) const
{
    return m_shop->catalog().product(id);
}

const Variant *FakeJumpseller::variant(int id) const
{
    return m_shop->catalog().variant(id);
}

const Order *FakeJumpseller::order(int id) const
{
    return m_shop->orders().order(id);
}

QList<int> FakeJumpseller::orderIds() const
{
    const auto &ids = m_shop->orders().ids().ids();
    return QList<int>(ids.cbegin(), ids.cend());
}

int FakeJumpseller::productCount() const
{
    return m_shop->catalog().productIds().size();
}

int FakeJumpseller::variantCount() const
{
    return m_shop->catalog().variantCount();
}

QJsonObject FakeJumpseller::productJson(int id) const
{
    return m_shop->productJson(id);
}

QJsonObject FakeJumpseller::orderJson(int id) const
{
    return m_shop->orderJson(id);
}

QJsonObject FakeJumpseller::state() const
{
    const OrderBook &orders = m_shop->orders();
    QJsonObject byStatus;
    for (const auto status :
         {OrderStatus::PendingPayment, OrderStatus::Paid, OrderStatus::Canceled, OrderStatus::Abandoned})
        byStatus.insert(statusEnum(status), orders.withStatus(status).size());
    return {
        {u"store"_s, Serializer::store(m_shop->store())},
        {u"products"_s, productCount()},
        {u"variants"_s, variantCount()},
        {u"categories"_s, m_shop->catalog().categoryIds().size()},
        {u"checkout_custom_fields"_s, m_shop->checkoutFieldIds().size()},
        {u"orders"_s, orders.count()},
        {u"orders_by_status"_s, byStatus},
        {u"allow_oversell"_s, orders.allowOversell()},
        {u"rate"_s, m_rate.state()},
        {u"hooks"_s, m_hooks->state()},
        {u"pending_faults"_s, pendingFaults()},
        {u"requests"_s, requestCount()},
    };
}

// --- Per request: limits, authentication, headers -------------------------------------------

bool FakeJumpseller::isAdmin(const HttpFakeRequest &request)
{
    return request.path.startsWith(u"/_admin/"_s);
}

bool FakeJumpseller::authorized(const HttpFakeRequest &request) const
{
    // §1.2: Basic login:authtoken (recommended), ?login=&authtoken= (deprecated), OAuth Bearer.
    const QByteArray header = request.header("authorization").trimmed();
    if (header.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        return colon > 0 && QString::fromUtf8(decoded.left(colon)) == m_login
            && QString::fromUtf8(decoded.mid(colon + 1)) == m_authToken;
    }
    if (header.startsWith("Bearer "))
        return !m_bearerToken.isEmpty() && QString::fromUtf8(header.mid(7).trimmed()) == m_bearerToken;
    return !m_login.isEmpty() && request.queryValue(u"login"_s) == m_login
        && request.queryValue(u"authtoken"_s) == m_authToken;
}

std::optional<HttpFakeResponse> FakeJumpseller::intercept(const HttpFakeRequest &request)
{
    m_rateHeaders.clear();
    if (isAdmin(request))
        return std::nullopt;
    // Limits come first, as a front-end throttle would apply them; refused requests carry the
    // headers too (decorate()).
    const RateDecision decision = m_rate.admit();
    m_rateHeaders = decision.headers;
    if (!decision.allowed) {
        // DOCS-AMBIGUITY: the 429/403 body is not documented; the spec calls it "Too Many
        // Requests (Rate Limit Exceeded)".
        return Replies::message(decision.status, u"Rate Limit Exceeded"_s);
    }
    if (!authorized(request)) {
        // DOCS-AMBIGUITY: the 401 body is undocumented; {"message": ...} like the other errors.
        return Replies::message(401, u"Unauthorized: invalid login/authtoken or access token."_s);
    }
    return std::nullopt;
}

void FakeJumpseller::decorate(const HttpFakeRequest &request, HttpFakeResponse &response)
{
    if (isAdmin(request))
        return;
    response.headers.append(m_rateHeaders);
}

} // namespace puente::fakes
