#include "jumpseller/Shop.h"

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::jumpseller {

Shop::Shop()
    : m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_orders(m_catalog)
    , m_serializer(m_catalog)
{ }

void Shop::setClock(Clock clock)
{
    m_catalog.setClock(clock);
    m_orders.setClock(clock);
    m_clock = std::move(clock);
}

void Shop::clear()
{
    m_catalog.clear();
    m_orders.clear();
    m_checkoutFields.clear();
    m_checkoutIds = SortedIds();
    m_customers.clear();
    m_customerEmails.clear();
    m_nextCheckoutFieldId = 401;
    m_nextCustomerId = 501;
}

// --- Checkout custom fields -----------------------------------------------------------------

int Shop::addCheckoutField(CheckoutCustomField field)
{
    if (field.id <= 0)
        field.id = m_nextCheckoutFieldId++;
    else
        m_nextCheckoutFieldId = std::max(m_nextCheckoutFieldId, field.id + 1);
    if (field.position <= 0)
        field.position = m_checkoutIds.size() + 1;
    m_checkoutFields.insert(field.id, field);
    m_checkoutIds.insert(field.id);
    return field.id;
}

const CheckoutCustomField *Shop::checkoutField(int id) const
{
    const auto it = m_checkoutFields.constFind(id);
    return it == m_checkoutFields.constEnd() ? nullptr : &*it;
}

bool Shop::editCheckoutField(int id, const std::function<void(CheckoutCustomField &)> &edit)
{
    const auto it = m_checkoutFields.find(id);
    if (it == m_checkoutFields.end())
        return false;
    edit(*it);
    return true;
}

bool Shop::removeCheckoutField(int id)
{
    m_checkoutIds.erase(id);
    return m_checkoutFields.remove(id) > 0;
}

const CheckoutCustomField *Shop::checkoutFieldByLabel(const QString &label) const
{
    for (const int id : m_checkoutIds.ids()) {
        const auto field = m_checkoutFields.constFind(id);
        if (field != m_checkoutFields.constEnd() && field->label.compare(label.trimmed(), Qt::CaseInsensitive) == 0)
            return &*field;
    }
    return nullptr;
}

// --- Orders ---------------------------------------------------------------------------------

Customer Shop::customerFor(const OrderSeed &seed)
{
    QString key = seed.email.trimmed().toLower();
    if (const auto known = m_customerEmails.constFind(seed.customerId); known != m_customerEmails.constEnd())
        key = *known;
    Customer &customer = m_customers[key];
    if (customer.id == 0) {
        customer.id = m_nextCustomerId++;
        customer.email = seed.email.trimmed();
        customer.ip = u"127.0.0.1"_s;
        m_customerEmails.insert(customer.id, key);
    }
    if (!seed.phone.isEmpty())
        customer.phone = seed.phone;
    const Address &named = seed.billingAddress.name.isEmpty() ? seed.shippingAddress : seed.billingAddress;
    const QString fullname = QString(named.name + u' ' + named.surname).trimmed();
    customer.fullname = fullname.isEmpty() ? customer.email : fullname;
    return customer;
}

AdditionalField Shop::additionalField(const QString &label, const QString &value) const
{
    // DOCS-AMBIGUITY: additional_fields[].id is presumably the checkout custom field's id (§4);
    // values for labels with no such field keep a null id and the "other" area.
    AdditionalField field;
    field.label = label;
    field.value = value;
    if (const CheckoutCustomField *definition = checkoutFieldByLabel(label)) {
        field.id = definition->id;
        field.label = definition->label;
        field.area = definition->area;
    }
    return field;
}

OrderOutcome Shop::placeOrder(const OrderSeed &seed)
{
    Order order;
    OrderOutcome outcome;
    outcome.error = m_orders.resolveLines(seed.lines, seed.allowMissingProducts, &order.lines);
    if (!outcome.ok())
        return outcome;
    order.status = seed.status;
    order.createdFrom = seed.createdFrom;
    order.currency = m_store.currency;
    order.taxIncluded = m_store.pricesIncludeTax;
    order.taxRate = m_store.taxRate;
    order.shipping = seed.shippingPrice;
    order.shippingRequired = seed.shippingRequired;
    order.shippingMethodName = seed.shippingRequired ? seed.shippingMethodName : QString();
    order.paymentMethodName = seed.paymentMethodName;
    order.paymentMethodType = seed.paymentMethodType;
    order.additionalInformation = seed.additionalInformation;
    order.shippingAddress = seed.shippingAddress;
    order.billingAddress = seed.billingAddress;
    order.billingInformation = seed.billingInformation;
    for (const auto &[label, value] : seed.additionalFields)
        order.additionalFields.append(additionalField(label, value));
    order.customer = customerFor(seed);
    outcome = m_orders.place(order);
    if (!outcome.ok())
        return outcome;
    // §5: "Order Pending" fires whenever a new order is created; order_updated fires on
    // creation, payment, fulfilment and cancellation.
    announceStatus(outcome.orderId, outcome.touchedProducts);
    return outcome;
}

OrderOutcome Shop::restoreOrder(const Order &order)
{
    const OrderOutcome outcome = m_orders.restore(order);
    if (!outcome.ok())
        return outcome;
    // Later orders placed with the same e-mail (or customer id) find this customer again.
    const Customer &customer = order.customer;
    const QString key = customer.email.trimmed().toLower();
    if (customer.id > 0 && !key.isEmpty() && !m_customers.contains(key)) {
        m_customers.insert(key, customer);
        m_customerEmails.insert(customer.id, key);
        m_nextCustomerId = std::max(m_nextCustomerId, customer.id + 1);
    }
    return outcome;
}

OrderOutcome Shop::changeOrderStatus(int id, OrderStatus status)
{
    const Order *before = m_orders.order(id);
    const bool changed = before && before->status != status;
    OrderOutcome outcome = m_orders.setStatus(id, status);
    if (outcome.ok() && changed)
        announceStatus(id, outcome.touchedProducts);
    return outcome;
}

void Shop::announceStatus(int orderId, const QList<int> &touchedProducts)
{
    const Order *order = m_orders.order(orderId);
    if (!order)
        return;
    const QJsonObject body = wrappedOrder(orderId);
    emitEvent(u"order_"_s + statusEnum(order->status), body);
    emitEvent(u"order_updated"_s, body);
    // [INFERRED] §6: every stock movement of an order announces product_stock_updated.
    for (const int productId : touchedProducts) {
        if (m_catalog.product(productId))
            emitEvent(u"product_stock_updated"_s, wrappedProduct(productId));
    }
}

void Shop::orderEdited(int id, bool shipped)
{
    const QJsonObject body = wrappedOrder(id);
    if (shipped)
        emitEvent(u"order_shipped"_s, body);
    emitEvent(u"order_updated"_s, body);
}

// --- Products -------------------------------------------------------------------------------

void Shop::productCreated(int id)
{
    emitEvent(u"product_created"_s, wrappedProduct(id));
}

void Shop::productUpdated(int id, bool stockChanged)
{
    const QJsonObject body = wrappedProduct(id);
    emitEvent(u"product_updated"_s, body);
    if (stockChanged)
        emitEvent(u"product_stock_updated"_s, body);
}

void Shop::productDeleted(const QJsonObject &snapshot)
{
    emitEvent(u"product_deleted"_s, snapshot);
}

void Shop::emitEvent(const QString &event, const QJsonObject &body) const
{
    if (m_sink)
        m_sink(event, body);
}

QJsonObject Shop::orderJson(int id) const
{
    const Order *order = m_orders.order(id);
    return order ? m_serializer.order(*order, m_store, m_spanishStatus) : QJsonObject();
}

QJsonObject Shop::productJson(int id) const
{
    const Product *product = m_catalog.product(id);
    return product ? m_serializer.product(*product) : QJsonObject();
}

} // namespace puente::fakes::jumpseller
