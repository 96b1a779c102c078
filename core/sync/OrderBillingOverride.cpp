#include "sync/OrderBillingOverride.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

bool OrderBillingOverride::isEmpty() const
{
    return !kind && rut.isEmpty() && razonSocial.isEmpty() && giro.isEmpty() && address.isEmpty()
        && municipality.isEmpty() && city.isEmpty() && email.isEmpty();
}

StoreOrder OrderBillingOverride::applyTo(StoreOrder order, const BillingFieldNames &names) const
{
    QList<StoreOrder::Field> first;
    if (kind) {
        const QString value = *kind == DocumentKind::Factura ? names.facturaValues.value(0, u"factura"_s)
                                                             : names.boletaValues.value(0, u"boleta"_s);
        first.append({names.documentKind, value});
    }
    if (!razonSocial.isEmpty())
        first.append({names.razonSocial, razonSocial});
    if (!giro.isEmpty())
        first.append({names.giro, giro});
    // OrderFields takes the first non-empty match, so the user's values go before the store's.
    order.additionalFields = first + order.additionalFields;
    if (!rut.isEmpty())
        order.billingAddress.taxId = rut;
    if (!address.isEmpty()) {
        order.billingAddress.address = address;
        order.billingAddress.streetNumber.clear();
        order.billingAddress.complement.clear();
    }
    if (!municipality.isEmpty())
        order.billingAddress.municipality = municipality;
    if (!city.isEmpty())
        order.billingAddress.city = city;
    if (!email.isEmpty())
        order.customerEmail = email;
    return order;
}

QJsonObject OrderBillingOverride::toJson() const
{
    QJsonObject out;
    const auto put = [&out](const QString &key, const QString &value) {
        if (!value.isEmpty())
            out.insert(key, value);
    };
    if (kind)
        out.insert(u"kind"_s, documentkind::key(*kind));
    put(u"rut"_s, rut);
    put(u"razonSocial"_s, razonSocial);
    put(u"giro"_s, giro);
    put(u"address"_s, address);
    put(u"municipality"_s, municipality);
    put(u"city"_s, city);
    put(u"email"_s, email);
    return out;
}

OrderBillingOverride OrderBillingOverride::fromJson(const QJsonObject &json)
{
    OrderBillingOverride o;
    if (const auto kind = documentkind::fromKey(json.value(u"kind"_s).toString());
        kind && *kind != DocumentKind::CreditNote)
        o.kind = kind;
    o.rut = json.value(u"rut"_s).toString();
    o.razonSocial = json.value(u"razonSocial"_s).toString();
    o.giro = json.value(u"giro"_s).toString();
    o.address = json.value(u"address"_s).toString();
    o.municipality = json.value(u"municipality"_s).toString();
    o.city = json.value(u"city"_s).toString();
    o.email = json.value(u"email"_s).toString();
    return o;
}

} // namespace puente
