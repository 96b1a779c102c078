#include "billing/FacturaReceptor.h"

#include "billing/BillingIssues.h"
#include "billing/OrderFields.h"
#include "billing/Rut.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

const QString kAddressLabel = u"Dirección"_s;
const QString kComunaLabel = u"Comuna"_s;
const QString kCityLabel = u"Ciudad"_s;
const QString kRutLabel = u"RUT"_s;

// chile-dte.md §4.1: the generic boleta receptor; a factura to it would be a factura to nobody.
constexpr quint32 kGenericReceptorBody = 66666666;

/** Required text: missing → refusal; too long → cut with a note, or refused when `refuseLong`. */
QString required(const std::optional<QString> &value, const QString &label, int maxLength, bool refuseLong,
                 FacturaReceptor::Result *result)
{
    if (!value || value->trimmed().isEmpty()) {
        result->refusals.append(BillingIssues::missingField(label));
        return {};
    }
    const QString text = value->simplified();
    if (text.size() <= maxLength)
        return text;
    if (refuseLong) {
        result->refusals.append(BillingIssues::tooLong(label, text, maxLength));
        return {};
    }
    const QString cut = text.left(maxLength).trimmed();
    result->notes.append(BillingIssues::truncated(label, text, cut, maxLength));
    return cut;
}

std::optional<QString> nonEmpty(const QString &text)
{
    return text.trimmed().isEmpty() ? std::nullopt : std::optional<QString>(text);
}

QString checkedRut(const StoreOrder &order, const BillingFieldNames &names, FacturaReceptor::Result *result)
{
    QString label = kRutLabel;
    auto typed = nonEmpty(order.billingAddress.taxId);
    if (!typed) {
        label = names.rut;
        typed = OrderFields::value(order, names.rut);
    }
    if (!typed) {
        result->refusals.append(BillingIssues::missingField(kRutLabel));
        return {};
    }
    Rut::Error error = Rut::Error::None;
    const auto rut = Rut::parse(*typed, &error);
    if (!rut) {
        const bool digit = error == Rut::Error::WrongCheckDigit;
        result->refusals.append(BillingIssues::invalidRut(
            label, *typed, digit ? u"el dígito verificador no corresponde"_s : u"no tiene la forma 12345678-9"_s,
            digit ? u"the check digit is wrong"_s : u"it is not of the form 12345678-9"_s));
        return {};
    }
    if (rut->body() == kGenericReceptorBody) {
        result->refusals.append(BillingIssues::invalidRut(label, *typed, u"es el receptor genérico de boletas"_s,
                                                          u"it is the generic boleta receptor"_s));
        return {};
    }
    return rut->toString();
}

} // namespace

QString FacturaReceptor::composeAddress(const StoreOrder::Address &address)
{
    QString out = address.address.simplified();
    const QString number = address.streetNumber.simplified();
    // Jumpseller sometimes repeats the number inside `address`; do not print it twice.
    if (!number.isEmpty() && !out.contains(number))
        out += (out.isEmpty() ? QString() : u" "_s) + number;
    const QString complement = address.complement.simplified();
    if (!complement.isEmpty())
        out += (out.isEmpty() ? QString() : u", "_s) + complement;
    return out;
}

FacturaReceptor::Result FacturaReceptor::fromOrder(const StoreOrder &order, const BillingFieldNames &names)
{
    Result result;
    DocumentClient &client = result.client;
    client.companyOrPerson = 1;
    client.code = checkedRut(order, names, &result);
    client.company = required(OrderFields::value(order, names.razonSocial, OrderFields::kCompanyName),
                              names.razonSocial, kRazonSocialMax, true, &result);
    client.activity = required(OrderFields::value(order, names.giro, OrderFields::kBusinessActivity), names.giro,
                               kGiroMax, false, &result);
    client.address =
        required(nonEmpty(composeAddress(order.billingAddress)), kAddressLabel, kAddressMax, false, &result);
    client.municipality =
        required(nonEmpty(order.billingAddress.municipality), kComunaLabel, kComunaMax, true, &result);
    client.city = required(nonEmpty(order.billingAddress.city), kCityLabel, kCityMax, false, &result);
    const QString email = order.customerEmail.trimmed();
    if (email.size() > kEmailMax)
        result.notes.append(BillingIssues::emailDropped(email, kEmailMax));
    else
        client.email = email;
    return result;
}

} // namespace puente
