#include "billing/BillingIssues.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

using Code = PlanIssue::Code;

PlanIssue BillingIssues::make(Code code, const QString &es, const QString &en, const QJsonObject &details)
{
    return PlanIssue {code, es, en, details};
}

QJsonObject BillingIssues::lineDetails(const StoreOrderLine &line)
{
    return {{u"sku"_s, line.sku},
            {u"name"_s, line.name},
            {u"storeProductId"_s, line.storeProductId},
            {u"storeVariantId"_s, line.storeVariantId}};
}

PlanIssue BillingIssues::noBillableLines(const QString &orderId)
{
    return make(Code::NoBillableLines,
                u"La orden %1 solo tiene líneas de valor cero: no necesita documento tributario"_s.arg(orderId),
                u"order %1 has only zero-value lines: it needs no tax document"_s.arg(orderId),
                {{u"orderId"_s, orderId}});
}

PlanIssue BillingIssues::unlinked(const StoreOrderLine &line)
{
    return make(Code::UnlinkedProduct, u"El producto %1 (%2) no está vinculado a Bsale"_s.arg(line.name, line.sku),
                u"product %1 (%2) is not linked"_s.arg(line.name, line.sku), lineDetails(line));
}

PlanIssue BillingIssues::inactive(const StoreOrderLine &line)
{
    return make(Code::InactiveProduct,
                u"El producto %1 (%2) está vinculado a una variante inactiva en Bsale"_s.arg(line.name, line.sku),
                u"product %1 (%2) is linked to an inactive Bsale variant"_s.arg(line.name, line.sku),
                lineDetails(line));
}

PlanIssue BillingIssues::serialNumbered(const StoreOrderLine &line)
{
    // bsale.md §10.4: Bsale wants the serial in the line's comment, and the store does not know it.
    return make(Code::SerialNumberedProduct,
                u"El producto %1 (%2) se controla por número de serie en Bsale: emita este documento a mano "
                u"en Bsale indicando la serie"_s.arg(line.name, line.sku),
                u"product %1 (%2) is serial-numbered in Bsale: issue this document by hand in Bsale with the "
                u"serial"_s.arg(line.name, line.sku),
                lineDetails(line));
}

PlanIssue BillingIssues::packWithoutCode(const StoreOrderLine &line)
{
    return make(Code::PackWithoutCode,
                u"El producto %1 (%2) es un pack de Bsale sin código: Bsale solo vende packs por su código"_s.arg(
                    line.name, line.sku),
                u"product %1 (%2) is a Bsale pack without a code: Bsale sells packs by their code only"_s.arg(line.name,
                                                                                                              line.sku),
                lineDetails(line));
}

PlanIssue BillingIssues::invalidLine(const StoreOrderLine &line)
{
    QJsonObject details = lineDetails(line);
    details.insert(u"quantity"_s, line.quantity);
    details.insert(u"unitPrice"_s, line.unitPrice);
    details.insert(u"discount"_s, line.discount);
    return make(Code::InvalidLine,
                u"La línea %1 (%2) tiene cantidad %3, precio %4 y descuento %5: no se puede facturar"_s.arg(
                    line.name, line.sku, QString::number(line.quantity), money::format(line.unitPrice),
                    money::format(line.discount)),
                u"line %1 (%2) has quantity %3, price %4 and discount %5: it cannot be billed"_s.arg(
                    line.name, line.sku, QString::number(line.quantity), money::format(line.unitPrice),
                    money::format(line.discount)),
                details);
}

PlanIssue BillingIssues::unknownKind(const QString &field, const QString &value)
{
    return make(Code::UnknownDocumentKind, u"El campo «%1» dice «%2»: no es boleta ni factura"_s.arg(field, value),
                u"field \"%1\" says \"%2\", which is neither boleta nor factura"_s.arg(field, value),
                {{u"field"_s, field}, {u"value"_s, value}});
}

PlanIssue BillingIssues::missingField(const QString &field)
{
    return make(Code::MissingReceptorField, u"La factura necesita el dato «%1» del cliente"_s.arg(field),
                u"the factura needs the customer's \"%1\""_s.arg(field), {{u"field"_s, field}});
}

PlanIssue BillingIssues::invalidRut(const QString &field, const QString &value, const QString &whyEs,
                                    const QString &whyEn)
{
    return make(Code::InvalidRut, u"El RUT «%1» (%2) no es válido: %3"_s.arg(value, field, whyEs),
                u"RUT \"%1\" (%2) is invalid: %3"_s.arg(value, field, whyEn),
                {{u"field"_s, field}, {u"value"_s, value}});
}

PlanIssue BillingIssues::tooLong(const QString &field, const QString &value, int maxLength)
{
    return make(Code::ReceptorFieldTooLong,
                u"El dato «%1» tiene %2 caracteres; el SII admite %3"_s.arg(field).arg(value.size()).arg(maxLength),
                u"\"%1\" has %2 characters; the SII allows %3"_s.arg(field).arg(value.size()).arg(maxLength),
                {{u"field"_s, field}, {u"value"_s, value}, {u"maxLength"_s, maxLength}});
}

PlanIssue BillingIssues::truncated(const QString &field, const QString &from, const QString &to, int maxLength)
{
    return make(Code::ReceptorFieldTruncated,
                u"El dato «%1» se acortó a %2 caracteres (límite del SII): «%3»"_s.arg(field).arg(maxLength).arg(to),
                u"\"%1\" was cut to %2 characters (SII limit): \"%3\""_s.arg(field).arg(maxLength).arg(to),
                {{u"field"_s, field}, {u"from"_s, from}, {u"to"_s, to}, {u"maxLength"_s, maxLength}});
}

PlanIssue BillingIssues::emailDropped(const QString &email, int maxLength)
{
    return make(Code::ReceptorEmailDropped,
                u"El correo del cliente supera %1 caracteres y no se envía a Bsale"_s.arg(maxLength),
                u"the customer's e-mail is longer than %1 characters and is not sent to Bsale"_s.arg(maxLength),
                {{u"email"_s, email}, {u"maxLength"_s, maxLength}});
}

PlanIssue BillingIssues::shippingNotConfigured(Pesos shipping)
{
    return make(
        Code::ShippingNotConfigured,
        u"La orden cobra despacho (%1) pero no hay un servicio de despacho de Bsale configurado"_s.arg(
            money::format(shipping)),
        u"the order charges shipping (%1) but no Bsale shipping service is configured"_s.arg(money::format(shipping)),
        {{u"shipping"_s, shipping}});
}

PlanIssue BillingIssues::unsupportedCurrency(const QString &currency)
{
    return make(Code::UnsupportedCurrency,
                u"La orden está en %1; Puente emite documentos solo en pesos chilenos (CLP)"_s.arg(currency),
                u"the order is in %1; Puente issues documents in Chilean pesos (CLP) only"_s.arg(currency),
                {{u"currency"_s, currency}});
}

PlanIssue BillingIssues::totalMismatch(Pesos linesTotal, Pesos orderTotal)
{
    return make(
        Code::TotalMismatch,
        u"Las líneas suman %1 pero la orden dice %2"_s.arg(money::format(linesTotal), money::format(orderTotal)),
        u"the lines add up to %1 but the order total is %2"_s.arg(money::format(linesTotal), money::format(orderTotal)),
        {{u"linesTotal"_s, linesTotal}, {u"orderTotal"_s, orderTotal}});
}

PlanIssue BillingIssues::totalUnreachable(const QString &what, Pesos target)
{
    return make(
        Code::TotalUnreachable,
        u"No hay un valor neto con el que Bsale calcule exactamente %1 para %2"_s.arg(money::format(target), what),
        u"no net value makes Bsale compute exactly %1 for %2"_s.arg(money::format(target), what),
        {{u"what"_s, what}, {u"target"_s, target}});
}

PlanIssue BillingIssues::zeroValueLineDropped(const StoreOrderLine &line)
{
    return make(Code::ZeroValueLineDropped,
                u"La línea %1 (%2) no tiene valor y queda fuera del documento"_s.arg(line.name, line.sku),
                u"line %1 (%2) has no value and is left out of the document"_s.arg(line.name, line.sku),
                lineDetails(line));
}

PlanIssue BillingIssues::nothingToCredit(int documentId)
{
    return make(Code::NothingToCredit, u"El documento %1 de Bsale no tiene líneas que anular"_s.arg(documentId),
                u"Bsale document %1 has no lines to credit"_s.arg(documentId), {{u"documentId"_s, documentId}});
}

PlanIssue BillingIssues::notASale(int documentId)
{
    return make(Code::NotASale, u"El documento %1 de Bsale no es una boleta ni una factura"_s.arg(documentId),
                u"Bsale document %1 is neither a boleta nor a factura"_s.arg(documentId),
                {{u"documentId"_s, documentId}});
}

} // namespace puente
