#include "sync/OrderSnapshot.h"

#include <QtCore/QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

QJsonObject addressJson(const StoreOrder::Address &a)
{
    return {{u"name"_s, a.name},
            {u"surname"_s, a.surname},
            {u"taxId"_s, a.taxId},
            {u"address"_s, a.address},
            {u"streetNumber"_s, a.streetNumber},
            {u"complement"_s, a.complement},
            {u"municipality"_s, a.municipality},
            {u"city"_s, a.city},
            {u"region"_s, a.region}};
}

StoreOrder::Address addressFrom(const QJsonObject &j)
{
    StoreOrder::Address a;
    a.name = j.value(u"name"_s).toString();
    a.surname = j.value(u"surname"_s).toString();
    a.taxId = j.value(u"taxId"_s).toString();
    a.address = j.value(u"address"_s).toString();
    a.streetNumber = j.value(u"streetNumber"_s).toString();
    a.complement = j.value(u"complement"_s).toString();
    a.municipality = j.value(u"municipality"_s).toString();
    a.city = j.value(u"city"_s).toString();
    a.region = j.value(u"region"_s).toString();
    return a;
}

QJsonArray fieldsJson(const QList<StoreOrder::Field> &fields)
{
    QJsonArray out;
    for (const auto &f : fields)
        out.append(QJsonObject {{u"label"_s, f.label}, {u"value"_s, f.value}});
    return out;
}

QList<StoreOrder::Field> fieldsFrom(const QJsonArray &array)
{
    QList<StoreOrder::Field> out;
    for (const auto &value : array) {
        const QJsonObject f = value.toObject();
        out.append({f.value(u"label"_s).toString(), f.value(u"value"_s).toString()});
    }
    return out;
}

} // namespace

QJsonObject OrderSnapshot::toJson(const StoreOrder &o)
{
    QJsonArray lines;
    for (const auto &l : o.lines) {
        lines.append(QJsonObject {{u"productId"_s, l.storeProductId},
                                  {u"variantId"_s, l.storeVariantId},
                                  {u"sku"_s, l.sku},
                                  {u"name"_s, l.name},
                                  {u"quantity"_s, l.quantity},
                                  {u"unitPrice"_s, l.unitPrice},
                                  {u"discount"_s, l.discount}});
    }
    return {{u"version"_s, kJsonVersion},
            {u"storeCode"_s, o.storeCode},
            {u"orderId"_s, o.orderId},
            {u"status"_s, o.status},
            {u"currency"_s, o.currency},
            {u"lines"_s, lines},
            {u"shippingAmount"_s, o.shippingAmount},
            {u"shippingDiscount"_s, o.shippingDiscount},
            {u"shippingName"_s, o.shippingName},
            {u"orderDiscount"_s, o.orderDiscount},
            {u"giftCardAmount"_s, o.giftCardAmount},
            {u"total"_s, o.total},
            {u"customerEmail"_s, o.customerEmail},
            {u"customerName"_s, o.customerName},
            {u"billingAddress"_s, addressJson(o.billingAddress)},
            {u"additionalFields"_s, fieldsJson(o.additionalFields)},
            {u"billingInformation"_s, fieldsJson(o.billingInformation)}};
}

std::optional<StoreOrder> OrderSnapshot::fromJson(const QJsonObject &j)
{
    if (j.value(u"version"_s).toInt() != kJsonVersion || j.value(u"orderId"_s).toString().isEmpty())
        return std::nullopt;
    StoreOrder o;
    o.storeCode = j.value(u"storeCode"_s).toString();
    o.orderId = j.value(u"orderId"_s).toString();
    o.status = j.value(u"status"_s).toString();
    o.currency = j.value(u"currency"_s).toString();
    for (const auto &value : j.value(u"lines"_s).toArray()) {
        const QJsonObject l = value.toObject();
        StoreOrderLine line;
        line.storeProductId = l.value(u"productId"_s).toString();
        line.storeVariantId = l.value(u"variantId"_s).toString();
        line.sku = l.value(u"sku"_s).toString();
        line.name = l.value(u"name"_s).toString();
        line.quantity = l.value(u"quantity"_s).toInt();
        line.unitPrice = l.value(u"unitPrice"_s).toInteger();
        line.discount = l.value(u"discount"_s).toInteger();
        o.lines.append(line);
    }
    o.shippingAmount = j.value(u"shippingAmount"_s).toInteger();
    o.shippingDiscount = j.value(u"shippingDiscount"_s).toInteger();
    o.shippingName = j.value(u"shippingName"_s).toString();
    o.orderDiscount = j.value(u"orderDiscount"_s).toInteger();
    o.giftCardAmount = j.value(u"giftCardAmount"_s).toInteger();
    o.total = j.value(u"total"_s).toInteger();
    o.customerEmail = j.value(u"customerEmail"_s).toString();
    o.customerName = j.value(u"customerName"_s).toString();
    o.billingAddress = addressFrom(j.value(u"billingAddress"_s).toObject());
    o.additionalFields = fieldsFrom(j.value(u"additionalFields"_s).toArray());
    o.billingInformation = fieldsFrom(j.value(u"billingInformation"_s).toArray());
    return o;
}

} // namespace puente
