#include "sync/OrderMapper.h"

#include "billing/OrderFields.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

StoreOrder::Address address(const JumpsellerAddress &a)
{
    StoreOrder::Address out;
    out.name = a.name;
    out.surname = a.surname;
    out.taxId = a.taxid;
    out.address = a.address;
    out.streetNumber = a.streetNumber;
    out.complement = a.complement;
    out.municipality = a.municipality;
    out.city = a.city;
    out.region = a.region;
    return out;
}

StoreOrderLine line(const JumpsellerOrderLine &l)
{
    StoreOrderLine out;
    out.storeProductId = QString::number(l.productId);
    out.storeVariantId = l.variantId > 0 ? QString::number(l.variantId) : QString();
    out.sku = l.sku;
    out.name = l.name;
    out.quantity = l.qty;
    out.unitPrice = OrderMapper::pesos(l.price);
    out.discount = OrderMapper::pesos(l.discount);
    return out;
}

QList<StoreOrder::Field> billingInformation(const JumpsellerBillingInformation &info)
{
    QList<StoreOrder::Field> out;
    const auto add = [&out](const QString &key, const QString &value) {
        if (!value.trimmed().isEmpty())
            out.append({key, value});
    };
    add(OrderFields::kBusinessActivity, info.businessActivity);
    add(OrderFields::kCompanyName, info.companyName);
    add(u"taxpayer_type"_s, info.taxpayerType);
    return out;
}

} // namespace

Pesos OrderMapper::pesos(double amount)
{
    return static_cast<Pesos>(std::llround(amount));
}

StoreOrder OrderMapper::toStoreOrder(const JumpsellerOrder &order, const QString &storeCode)
{
    StoreOrder out;
    out.storeCode = storeCode;
    out.orderId = QString::number(order.id);
    out.status = order.statusEnumText.isEmpty() ? jumpsellerOrderStatusEnum(order.status) : order.statusEnumText;
    if (!order.currency.isEmpty())
        out.currency = order.currency;
    Pesos lineDiscounts = 0;
    for (const auto &l : order.lines) {
        out.lines.append(line(l));
        lineDiscounts += out.lines.constLast().discount;
    }
    out.shippingAmount = pesos(order.shipping);
    out.shippingDiscount = pesos(order.shippingDiscount);
    out.shippingName = order.shippingMethodName;
    out.orderDiscount = std::max<Pesos>(0, pesos(order.discount) - lineDiscounts);
    out.giftCardAmount = pesos(order.giftCardsDiscount);
    out.total = pesos(order.total);
    out.customerEmail = order.customer.email;
    out.customerName = order.customer.fullname;
    out.billingAddress = address(order.billingAddress);
    for (const auto &field : order.additionalFields)
        out.additionalFields.append({field.label, field.value});
    out.billingInformation = billingInformation(order.billingInformation);
    return out;
}

} // namespace puente
