#include "sandbox/SandboxActions.h"

#include <QtCore/QSet>

#include "FakeBsale.h"
#include "FakeJumpseller.h"
#include "billing/Rut.h"
#include "jumpseller/Replies.h"
#include "jumpseller/Shop.h"
#include "seed/DemoShopData.h"
#include "seed/DemoVocabulary.h"
#include "seed/OrderShop.h"

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes {

using jumpseller::Replies;

namespace {

HttpFakeResponse actionError(int status, const QString &message)
{
    return HttpFakeResponse::json(status, QJsonObject {{u"error"_s, message}});
}

QSet<QString> troubleSkus(const DemoShopTrouble &t)
{
    QSet<QString> skus;
    for (const QString &sku : t.duplicateStoreSkus)
        skus.insert(sku);
    for (const DemoSkuSpelling &spelling : t.sloppyStoreSkus) {
        skus.insert(spelling.erpSku);
        skus.insert(spelling.storeSku);
    }
    for (const QStringList *list : {&t.roundingEdgeSkus, &t.stockMismatchSkus, &t.priceMismatchSkus}) {
        for (const QString &sku : *list)
            skus.insert(sku);
    }
    for (const QString &sku : {t.packSku, t.serialSku, t.giftSku, t.unlimitedSku, t.negativeStockSku, t.unlinkedSku})
        skus.insert(sku);
    return skus;
}

int positive(const QJsonObject &body, const QString &key, int fallback)
{
    return std::max(1, Replies::integer(body.value(key)).value_or(fallback));
}

} // namespace

SandboxActions::SandboxActions(FakeBsale &bsale, FakeJumpseller &jumpseller)
    : m_bsale(bsale)
    , m_jumpseller(jumpseller)
{ }

void SandboxActions::reset(const DemoShopData &data)
{
    m_items.clear();
    m_next = 0;
    QHash<int, const DemoErpVariant *> erpVariants;
    for (const DemoErpVariant &v : data.erp.variants)
        erpVariants.insert(v.id, &v);
    QSet<int> plainErpProducts;
    for (const DemoErpProduct &p : data.erp.products) {
        if (p.state == 0 && p.stockControl && p.classification == DemoErpProduct::Product && !p.serialNumber)
            plainErpProducts.insert(p.id);
    }
    const QSet<QString> trouble = troubleSkus(data.trouble);
    const auto plain = [&](int erpVariantId, const QString &sku) {
        const DemoErpVariant *v = erpVariants.value(erpVariantId);
        return v && v->state == 0 && !v->serialNumber && !v->unlimitedStock && v->code == sku
            && plainErpProducts.contains(v->productId) && !trouble.contains(sku);
    };
    for (const DemoStoreProduct &p : data.store.products) {
        if (p.status != u"available"_s)
            continue;
        if (p.variants.isEmpty() && !p.stockUnlimited && plain(p.linkedErpVariantId, p.sku))
            m_items.append({p.sku, p.linkedErpVariantId, p.id, 0});
        for (const DemoStoreVariant &v : p.variants) {
            if (!v.stockUnlimited && plain(v.linkedErpVariantId, v.sku))
                m_items.append({v.sku, v.linkedErpVariantId, p.id, v.id});
        }
    }

    m_officeId = 0;
    for (const DemoOffice &office : data.erp.offices) {
        if (office.isVirtual && office.state == 0) {
            m_officeId = office.id;
            break;
        }
    }
    if (m_officeId == 0)
        m_officeId = m_bsale.store().defaultOfficeId();

    useFallbackCompany();
    for (const DemoClient &client : data.erp.clients) {
        if (client.companyOrPerson == 1 && !client.activity.isEmpty() && client.code != data.trouble.duplicateClientRut
            && Rut::isValid(client.code)) {
            m_companyRut = client.code;
            m_companyName = client.company;
            m_companyActivity = client.activity;
            break;
        }
    }
}

void SandboxActions::reset(const OrderShop &shop)
{
    m_items.clear();
    m_next = 0;
    for (const OrderShop::Item &item : shop.items)
        m_items.append({item.sku, item.bsaleVariantId, item.storeProductId, item.storeVariantId});
    m_officeId = shop.basics.officeId;
    useFallbackCompany();
}

void SandboxActions::useFallbackCompany()
{
    const DemoCompany &fallback = DemoVocabulary::companies().constFirst();
    m_companyRut = Rut::fromBody(quint32(fallback.rutBody)).value().toString();
    m_companyName = fallback.name;
    m_companyActivity = fallback.giro;
}

std::optional<SandboxActions::Item> SandboxActions::itemForSku(const QString &sku) const
{
    Item item;
    item.sku = sku;
    item.erpVariantId = m_bsale.store().variantIdByCode(sku);
    if (const auto ref = m_jumpseller.findSku(sku)) {
        item.storeProductId = ref->first;
        item.storeVariantId = ref->second;
    }
    if (item.erpVariantId == 0 && item.storeProductId == 0)
        return std::nullopt;
    return item;
}

std::optional<SandboxActions::Item>
SandboxActions::chooseItem(const QJsonObject &body, const std::function<bool(const Item &)> &fits, QString *error)
{
    const QString sku = Replies::string(body.value(u"sku"_s)).trimmed();
    if (!sku.isEmpty()) {
        const auto item = itemForSku(sku);
        if (!item)
            *error = u"No product has the SKU '%1'."_s.arg(sku);
        return item;
    }
    // The rotation moves on at every click so a demo shows different products.
    for (qsizetype tried = 0; tried < m_items.size(); ++tried) {
        const Item &item = m_items.at(m_next);
        m_next = (m_next + 1) % m_items.size();
        if (fits(item))
            return item;
    }
    *error = u"No demo item has the stock this action needs; reseed with POST /_admin/seed."_s;
    return std::nullopt;
}

int SandboxActions::storeStock(const Item &item) const
{
    if (item.storeVariantId != 0)
        return m_jumpseller.variantStock(item.storeVariantId).value_or(0);
    return m_jumpseller.productStock(item.storeProductId).value_or(0);
}

double SandboxActions::erpStock(const Item &item, int officeId) const
{
    return m_bsale.stockAvailable(item.erpVariantId, officeId);
}

int SandboxActions::officeFrom(const QJsonObject &body) const
{
    return Replies::integer(body.value(u"officeId"_s)).value_or(m_officeId);
}

HttpFakeResponse SandboxActions::posSale(const QJsonObject &body)
{
    const int quantity = positive(body, u"quantity"_s, 1);
    const int officeId = officeFrom(body);
    QString error;
    const auto item = chooseItem(
        body, [&](const Item &i) { return erpStock(i, officeId) >= quantity && storeStock(i) >= quantity; }, &error);
    if (!item)
        return actionError(400, error);
    if (item->erpVariantId == 0)
        return actionError(400, u"Bsale has no variant with the SKU '%1'."_s.arg(item->sku));
    const double before = m_bsale.stockQuantity(item->erpVariantId, officeId);
    FakeBsale::SaleLine line;
    line.variantId = item->erpVariantId;
    line.quantity = quantity;
    const FakeBsale::Result result = m_bsale.posSale(officeId, {line});
    if (!result.ok())
        return actionError(400, result.error);
    const QJsonObject document = m_bsale.documentJson(result.id);
    return HttpFakeResponse::json(201,
                                  QJsonObject {
                                      {u"action"_s, u"pos-sale"_s},
                                      {u"sku"_s, item->sku},
                                      {u"variantId"_s, item->erpVariantId},
                                      {u"officeId"_s, officeId},
                                      {u"quantity"_s, quantity},
                                      {u"documentId"_s, result.id},
                                      {u"number"_s, document.value(u"number"_s)},
                                      {u"totalAmount"_s, document.value(u"totalAmount"_s)},
                                      {u"stockBefore"_s, before},
                                      {u"stockAfter"_s, m_bsale.stockQuantity(item->erpVariantId, officeId)},
                                  });
}

HttpFakeResponse SandboxActions::reception(const QJsonObject &body)
{
    const int quantity = positive(body, u"quantity"_s, 10);
    const int officeId = officeFrom(body);
    QString error;
    const auto item = chooseItem(
        body, [](const Item &) { return true; }, &error);
    if (!item)
        return actionError(400, error);
    if (item->erpVariantId == 0)
        return actionError(400, u"Bsale has no variant with the SKU '%1'."_s.arg(item->sku));
    const double before = m_bsale.stockQuantity(item->erpVariantId, officeId);
    FakeBsale::MovementLine line;
    line.variantId = item->erpVariantId;
    line.quantity = quantity;
    const FakeBsale::Result result = m_bsale.reception(officeId, {line}, u"Recepción de prueba (sandbox)"_s);
    if (!result.ok())
        return actionError(400, result.error);
    return HttpFakeResponse::json(201,
                                  QJsonObject {
                                      {u"action"_s, u"reception"_s},
                                      {u"sku"_s, item->sku},
                                      {u"variantId"_s, item->erpVariantId},
                                      {u"officeId"_s, officeId},
                                      {u"quantity"_s, quantity},
                                      {u"receptionId"_s, result.id},
                                      {u"stockBefore"_s, before},
                                      {u"stockAfter"_s, m_bsale.stockQuantity(item->erpVariantId, officeId)},
                                  });
}

HttpFakeResponse SandboxActions::newOrder(const QJsonObject &body)
{
    const int qty = positive(body, u"qty"_s, 1);
    const QString document = Replies::string(body.value(u"document"_s)).trimmed().toLower();
    if (!document.isEmpty() && document != u"boleta"_s && document != u"factura"_s)
        return actionError(400, u"'document' must be 'boleta' or 'factura'."_s);
    QString error;
    const auto item = chooseItem(
        body, [&](const Item &i) { return storeStock(i) >= qty && erpStock(i, m_officeId) >= qty; }, &error);
    if (!item)
        return actionError(400, error);
    if (item->storeProductId == 0)
        return actionError(400, u"The store has no product with the SKU '%1'."_s.arg(item->sku));

    const int n = ++m_orders;
    jumpseller::OrderSeed seed;
    seed.lines = {{item->storeProductId, item->storeVariantId, {}, qty, std::nullopt, 0}};
    seed.email = u"cliente.sandbox%1@example.cl"_s.arg(n);
    seed.phone = u"+56 9 5555 %1"_s.arg(1000 + n % 9000);
    seed.shippingAddress.name = u"Cliente"_s;
    seed.shippingAddress.surname = u"Sandbox %1"_s.arg(n);
    seed.shippingAddress.address = u"Av. Providencia 1234"_s;
    seed.shippingAddress.city = u"Santiago"_s;
    seed.shippingAddress.municipality = u"Providencia"_s;
    seed.shippingAddress.region = u"Región Metropolitana"_s;
    seed.shippingAddress.regionCode = u"RM"_s;
    seed.shippingAddress.country = u"Chile"_s;
    seed.shippingAddress.countryCode = u"CL"_s;
    seed.billingAddress = seed.shippingAddress;
    seed.paymentMethodName = u"Webpay"_s;
    seed.paymentMethodType = u"webpay_cl"_s;
    if (document == u"factura"_s) {
        seed.billingAddress.taxid = m_companyRut;
        seed.billingInformation = {m_companyActivity, m_companyName, {}};
        seed.additionalFields = {{u"Tipo de Documento"_s, u"Factura"_s},
                                 {u"RUT"_s, m_companyRut},
                                 {u"Razón Social"_s, m_companyName},
                                 {u"Giro"_s, m_companyActivity}};
    } else {
        seed.additionalFields = {{u"Tipo de Documento"_s, u"Boleta"_s}};
    }
    const int before = storeStock(*item);
    QString refusal;
    const int orderId = m_jumpseller.createOrder(seed, &refusal);
    if (orderId == 0)
        return actionError(400, refusal);
    const jumpseller::Order *order = m_jumpseller.order(orderId);
    return HttpFakeResponse::json(201,
                                  QJsonObject {
                                      {u"action"_s, u"order"_s},
                                      {u"sku"_s, item->sku},
                                      {u"orderId"_s, orderId},
                                      {u"productId"_s, item->storeProductId},
                                      {u"variantId"_s, item->storeVariantId},
                                      {u"qty"_s, qty},
                                      {u"document"_s, document.isEmpty() ? u"boleta"_s : document},
                                      {u"status"_s, jumpseller::statusEnum(order->status)},
                                      {u"total"_s, order->total},
                                      {u"stockBefore"_s, before},
                                      {u"stockAfter"_s, storeStock(*item)},
                                  });
}

HttpFakeResponse SandboxActions::moveOrder(const QJsonObject &body, jumpseller::OrderStatus status)
{
    const int orderId = Replies::integer(body.value(u"orderId"_s)).value_or(latestPendingOrderId());
    if (orderId == 0)
        return actionError(404, u"No order is pending payment; create one with POST /_admin/demo/order."_s);
    if (!m_jumpseller.order(orderId))
        return actionError(404, u"Order %1 does not exist."_s.arg(orderId));
    QString refusal;
    if (!m_jumpseller.setOrderStatus(orderId, status, &refusal))
        return actionError(400, refusal);
    return HttpFakeResponse::json(200,
                                  QJsonObject {
                                      {u"action"_s, status == jumpseller::OrderStatus::Paid ? u"pay"_s : u"cancel"_s},
                                      {u"orderId"_s, orderId},
                                      {u"status"_s, jumpseller::statusEnum(m_jumpseller.order(orderId)->status)},
                                  });
}

int SandboxActions::latestPendingOrderId() const
{
    const auto &pending = m_jumpseller.shop().orders().withStatus(jumpseller::OrderStatus::PendingPayment).ids();
    return pending.empty() ? 0 : pending.back();
}

} // namespace puente::fakes
