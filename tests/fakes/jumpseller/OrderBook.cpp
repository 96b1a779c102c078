#include "jumpseller/OrderBook.h"

#include <QtCore/QMap>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::jumpseller {

namespace {

const SortedIds kNoOrders;

double roundMoney(double value, const QString &currency)
{
    // Chilean pesos have no cents; everything else is kept to two decimals.
    const double scale = currency.compare(u"CLP"_s, Qt::CaseInsensitive) == 0 ? 1.0 : 100.0;
    return std::round(value * scale) / scale;
}

using StockKey = QPair<int, int>; // (product id, variant id)

QMap<StockKey, int> quantities(const Order &order)
{
    QMap<StockKey, int> out;
    for (const OrderLine &line : order.lines) {
        if (line.productId != 0)
            out[{line.productId, line.variantId}] += line.qty;
    }
    return out;
}

} // namespace

QString statusEnum(OrderStatus status)
{
    switch (status) {
    case OrderStatus::PendingPayment:
        return u"pending_payment"_s;
    case OrderStatus::Paid:
        return u"paid"_s;
    case OrderStatus::Canceled:
        return u"canceled"_s;
    case OrderStatus::Abandoned:
        return u"abandoned"_s;
    }
    return {};
}

QString statusName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::PendingPayment:
        return u"Pending Payment"_s;
    case OrderStatus::Paid:
        return u"Paid"_s;
    case OrderStatus::Canceled:
        return u"Canceled"_s;
    case OrderStatus::Abandoned:
        return u"Abandoned"_s;
    }
    return {};
}

std::optional<OrderStatus> parseStatus(const QString &text)
{
    // §3.5: the spec's PUT enum uses display names, examples also send "paid"; accept both.
    const QString key = text.trimmed().toLower().replace(u' ', u'_');
    for (const auto status :
         {OrderStatus::PendingPayment, OrderStatus::Paid, OrderStatus::Canceled, OrderStatus::Abandoned}) {
        if (key == statusEnum(status))
            return status;
    }
    if (key == u"pending"_s)
        return OrderStatus::PendingPayment;
    return std::nullopt;
}

OrderBook::OrderBook(Catalog &catalog)
    : m_catalog(catalog)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

QString OrderBook::resolveLines(const QList<OrderLineSeed> &seeds, bool allowMissing, QList<OrderLine> *lines) const
{
    if (seeds.isEmpty())
        return u"Order has no products."_s;
    for (const OrderLineSeed &seed : seeds) {
        if (seed.qty <= 0)
            return u"Quantity must be greater than 0."_s;
        StockRef ref {seed.productId, seed.variantId};
        if (ref.productId == 0 && !seed.sku.isEmpty())
            ref = m_catalog.findSku(seed.sku).value_or(StockRef {});
        const Product *product = m_catalog.product(ref.productId);
        const Variant *variant = ref.variantId != 0 ? m_catalog.variant(ref.variantId) : nullptr;
        const bool variantMismatch = ref.variantId != 0 && (!variant || variant->productId != ref.productId);
        OrderLine line;
        line.qty = seed.qty;
        line.discount = seed.discount;
        if (!product || variantMismatch) {
            if (!allowMissing)
                return u"Product Not Found."_s;
            // allow_missing_products: the line is kept as given, with no stock behind it.
            line.sku = seed.sku;
            line.name = seed.sku.isEmpty() ? u"Producto"_s : seed.sku;
            line.price = seed.price.value_or(0);
            lines->append(line);
            continue;
        }
        if (!variant && !product->variantIds.isEmpty())
            return u"Product %1 has variants; a variant_id is required."_s.arg(product->id);
        line.productId = product->id;
        line.variantId = variant ? variant->id : 0;
        line.sku = variant && !variant->sku.isEmpty() ? variant->sku : product->sku;
        line.name = product->name;
        line.image = product->imageUrls.value(0);
        line.weight = product->weight;
        line.price = seed.price.value_or(variant ? variant->price : product->price);
        lines->append(line);
    }
    return {};
}

void OrderBook::computeTotals(Order &order)
{
    double gross = 0;
    double discount = 0;
    for (const OrderLine &line : std::as_const(order.lines)) {
        gross += line.price * line.qty;
        discount += line.discount;
    }
    const double goods = gross - discount;
    order.subtotal = roundMoney(gross, order.currency);
    order.discount = roundMoney(discount, order.currency);
    order.shipping = roundMoney(order.shipping, order.currency);
    if (order.taxIncluded) {
        // §3.4: with tax_on_product_price the prices already include IVA; `tax` only reports it.
        order.tax = roundMoney(goods - goods / (1 + order.taxRate / 100), order.currency);
        order.total = roundMoney(goods + order.shipping, order.currency);
    } else {
        order.tax = roundMoney(goods * order.taxRate / 100, order.currency);
        order.total = roundMoney(goods + order.tax + order.shipping, order.currency);
    }
}

OrderOutcome OrderBook::place(Order order)
{
    OrderOutcome outcome;
    order.id = m_nextId;
    const QDateTime now = m_clock();
    order.createdAt = now;
    order.completedAt = now;
    order.updatedAt = now;
    computeTotals(order);
    if (holdsStock(order.status)) {
        outcome.error = takeStock(order, &outcome.touchedProducts);
        if (!outcome.ok())
            return outcome;
        order.stockHeld = true;
    }
    ++m_nextId;
    m_orders.insert(order.id, order);
    m_ids.insert(order.id);
    m_byStatus[int(order.status)].insert(order.id);
    outcome.orderId = order.id;
    return outcome;
}

OrderOutcome OrderBook::restore(Order order)
{
    OrderOutcome outcome;
    if (order.id <= 0 || m_orders.contains(order.id)) {
        outcome.error = u"Order id %1 is not free."_s.arg(order.id);
        return outcome;
    }
    order.stockHeld = holdsStock(order.status);
    if (!order.updatedAt.isValid())
        order.updatedAt = order.completedAt.isValid() ? order.completedAt : order.createdAt;
    m_nextId = std::max(m_nextId, order.id + 1);
    m_orders.insert(order.id, order);
    m_ids.insert(order.id);
    m_byStatus[int(order.status)].insert(order.id);
    outcome.orderId = order.id;
    return outcome;
}

void OrderBook::clear()
{
    m_orders.clear();
    m_ids = SortedIds();
    m_byStatus.clear();
    m_nextId = 10001;
}

OrderOutcome OrderBook::setStatus(int id, OrderStatus status)
{
    OrderOutcome outcome;
    outcome.orderId = id;
    const auto it = m_orders.find(id);
    if (it == m_orders.end()) {
        outcome.error = u"Order Not Found."_s;
        return outcome;
    }
    if (it->status == status)
        return outcome;
    // Lifecycle (§6): entering pending/paid without held stock takes it (e.g. a canceled order
    // paid after all); leaving for canceled/abandoned gives it back. Pending -> paid: nothing.
    if (holdsStock(status) && !it->stockHeld) {
        outcome.error = takeStock(*it, &outcome.touchedProducts);
        if (!outcome.ok())
            return outcome;
        it->stockHeld = true;
    } else if (!holdsStock(status) && it->stockHeld) {
        returnStock(*it, &outcome.touchedProducts);
        it->stockHeld = false;
    }
    m_byStatus[int(it->status)].erase(id);
    it->status = status;
    it->updatedAt = m_clock();
    m_byStatus[int(status)].insert(id);
    return outcome;
}

QString OrderBook::takeStock(const Order &order, QList<int> *touched)
{
    const auto wanted = quantities(order);
    if (!m_allowOversell) {
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            const StockRef ref {it.key().first, it.key().second};
            if (m_catalog.product(ref.productId) && !m_catalog.isUnlimited(ref) && m_catalog.stockOf(ref) < it.value())
                return u"Not enough stock for product %1 (variant %2): %3 wanted, %4 left."_s.arg(ref.productId)
                    .arg(ref.variantId)
                    .arg(it.value())
                    .arg(m_catalog.stockOf(ref));
        }
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (m_catalog.adjustStock({it.key().first, it.key().second}, -it.value()) && !touched->contains(it.key().first))
            touched->append(it.key().first);
    }
    return {};
}

void OrderBook::returnStock(const Order &order, QList<int> *touched)
{
    const auto held = quantities(order);
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        if (m_catalog.adjustStock({it.key().first, it.key().second}, it.value()) && !touched->contains(it.key().first))
            touched->append(it.key().first);
    }
}

bool OrderBook::edit(int id, const std::function<void(Order &)> &editor)
{
    const auto it = m_orders.find(id);
    if (it == m_orders.end())
        return false;
    editor(*it);
    it->updatedAt = m_clock();
    return true;
}

const Order *OrderBook::order(int id) const
{
    const auto it = m_orders.constFind(id);
    return it == m_orders.constEnd() ? nullptr : &*it;
}

const SortedIds &OrderBook::withStatus(OrderStatus status) const
{
    const auto it = m_byStatus.constFind(int(status));
    return it == m_byStatus.constEnd() ? kNoOrders : *it;
}

} // namespace puente::fakes::jumpseller
