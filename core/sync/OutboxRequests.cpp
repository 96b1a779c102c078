#include "sync/OutboxRequests.h"

#include <QtCore/QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

/** "[1,2]" → {1, 2} (the plan keeps Bsale's string form, §10.1). */
QList<int> taxIds(const QString &text)
{
    QList<int> out;
    QString inner = text.trimmed();
    if (inner.startsWith(u'['))
        inner.remove(0, 1);
    if (inner.endsWith(u']'))
        inner.chop(1);
    for (const QString &part : inner.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int id = part.trimmed().toInt(&ok);
        if (ok)
            out.append(id);
    }
    return out;
}

BsaleCustomer customer(const DocumentClient &client)
{
    BsaleCustomer c;
    c.code = client.code;
    c.company = client.company;
    c.activity = client.activity;
    c.address = client.address;
    c.municipality = client.municipality;
    c.city = client.city;
    c.email = client.email;
    c.companyOrPerson = client.companyOrPerson == 1;
    return c;
}

} // namespace

BsaleDocumentRequest OutboxRequests::document(const DocumentPlan &plan, QDate emission, int paymentTypeId)
{
    BsaleDocumentRequest r;
    r.documentTypeId = plan.documentTypeId;
    r.codeSii = plan.codeSii;
    r.officeId = plan.officeId;
    r.priceListId = plan.priceListId;
    r.emissionDate = emission;
    r.expirationDate = emission;
    r.declareSii = plan.declareSii;
    r.dispatch = plan.dispatch;
    r.salesId = plan.salesId;
    if (plan.client) {
        r.client = customer(*plan.client);
        r.sendEmail = plan.sendEmail && !plan.client->email.isEmpty();
    }
    for (const auto &line : plan.lines) {
        BsaleDocumentLine l;
        l.variantId = line.variantId;
        l.code = line.variantId > 0 ? QString() : line.code;
        l.netUnitValue = line.netUnitValue.toDouble();
        l.quantity = line.quantity;
        l.discount = line.discountPercent.toDouble();
        l.taxIds = taxIds(line.taxId);
        l.comment = line.comment;
        r.details.append(l);
    }
    if (paymentTypeId > 0)
        r.payments.append(BsalePayment {paymentTypeId, plan.expected.total, emission});
    return r;
}

BsaleReturnRequest OutboxRequests::creditNote(const CreditNotePlan &plan, QDate emission)
{
    BsaleReturnRequest r;
    r.documentTypeId = plan.documentTypeId;
    r.codeSii = plan.codeSii;
    r.officeId = plan.officeId;
    r.referenceDocumentId = plan.referenceDocumentId;
    r.emissionDate = emission;
    r.expirationDate = emission;
    r.motive = plan.motive;
    r.declareSii = plan.declareSii;
    r.priceAdjustment = false;
    r.editTexts = false;
    r.type = plan.returnType;
    r.client = customer(plan.client);
    r.salesId = plan.salesId;
    for (const auto &line : plan.lines)
        r.details.append(BsaleReturnLine {line.documentDetailId, line.quantity, 0});
    return r;
}

IssuedDocument OutboxRequests::issued(const BsaleDocument &document, const DocumentPlan &plan)
{
    IssuedDocument out;
    out.id = document.id;
    out.number = document.number;
    out.documentTypeId = document.documentTypeId;
    out.kind = plan.kind;
    out.officeId = document.officeId;
    out.totalAmount = document.totalAmount;
    out.salesId = document.salesId.isEmpty() ? plan.salesId : document.salesId;
    out.client = plan.client;
    for (const auto &d : document.details) {
        IssuedDocument::Detail detail;
        detail.detailId = d.id;
        detail.variantId = d.variantId;
        detail.code = d.variantCode;
        detail.quantity = d.quantity;
        detail.totalAmount = d.totalAmount;
        out.details.append(detail);
    }
    return out;
}

QDate OutboxRequests::emissionDate(const QDateTime &nowUtc)
{
    const QTimeZone chile(QByteArrayLiteral("America/Santiago"));
    return chile.isValid() ? nowUtc.toTimeZone(chile).date() : nowUtc.toUTC().date();
}

} // namespace puente
