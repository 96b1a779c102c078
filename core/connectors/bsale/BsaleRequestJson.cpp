#include "connectors/bsale/BsaleRequestJson.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QStringList>
#include <QtCore/QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

void insertText(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void insertId(QJsonObject &object, const QString &key, int value)
{
    if (value > 0)
        object.insert(key, value);
}

void insertDate(QJsonObject &object, const QString &key, const QDate &date)
{
    if (date.isValid())
        object.insert(key, BsaleRequestJson::unixDate(date));
}

int flag(bool value)
{
    return value ? 1 : 0;
}

/** documentTypeId when known, else codeSii (Bsale accepts either, §7). */
void insertDocumentType(QJsonObject &object, int documentTypeId, int codeSii)
{
    if (documentTypeId > 0)
        object.insert(u"documentTypeId"_s, documentTypeId);
    else if (codeSii > 0)
        object.insert(u"codeSii"_s, codeSii);
}

/** One of variantId, code or barCode; none leaves a free-text line. */
void insertVariant(QJsonObject &object, int variantId, const QString &code, const QString &barCode)
{
    if (variantId > 0)
        object.insert(u"variantId"_s, variantId);
    else if (!code.isEmpty())
        object.insert(u"code"_s, code); // always a string: numeric codes overflow Bsale (§10.6)
    else if (!barCode.isEmpty())
        object.insert(u"barCode"_s, barCode);
}

} // namespace

qint64 BsaleRequestJson::unixDate(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

QString BsaleRequestJson::taxIdList(const QList<int> &taxIds)
{
    QStringList parts;
    for (const int id : taxIds)
        parts.append(QString::number(id));
    return u'[' + parts.join(u',') + u']';
}

QJsonObject BsaleRequestJson::customer(const BsaleCustomer &c)
{
    QJsonObject out;
    insertText(out, u"code"_s, c.code);
    insertText(out, u"company"_s, c.company);
    insertText(out, u"activity"_s, c.activity);
    insertText(out, u"municipality"_s, c.municipality);
    insertText(out, u"city"_s, c.city);
    insertText(out, u"address"_s, c.address);
    insertText(out, u"email"_s, c.email);
    insertText(out, u"firstName"_s, c.firstName);
    insertText(out, u"lastName"_s, c.lastName);
    insertText(out, u"phone"_s, c.phone);
    out.insert(u"companyOrPerson"_s, flag(c.companyOrPerson));
    return out;
}

QJsonObject BsaleRequestJson::documentLine(const BsaleDocumentLine &line)
{
    QJsonObject out;
    insertVariant(out, line.variantId, line.code, line.barCode);
    out.insert(u"netUnitValue"_s, line.netUnitValue);
    out.insert(u"quantity"_s, line.quantity);
    out.insert(u"discount"_s, line.discount);
    // A line without taxes comes out exempt (§7); the ids travel as the string "[1]" (§10.1).
    if (!line.taxIds.isEmpty())
        out.insert(u"taxId"_s, taxIdList(line.taxIds));
    insertText(out, u"comment"_s, line.comment);
    insertText(out, u"note"_s, line.note);
    return out;
}

QJsonObject BsaleRequestJson::document(const BsaleDocumentRequest &r)
{
    QJsonObject out;
    insertDocumentType(out, r.documentTypeId, r.codeSii);
    insertId(out, u"officeId"_s, r.officeId);
    insertId(out, u"priceListId"_s, r.priceListId);
    insertDate(out, u"emissionDate"_s, r.emissionDate);
    insertDate(out, u"expirationDate"_s, r.expirationDate);
    out.insert(u"declareSii"_s, flag(r.declareSii));
    out.insert(u"dispatch"_s, flag(r.dispatch));
    if (r.sendEmail)
        out.insert(u"sendEmail"_s, 1); // at the root, not inside client (§7)
    insertText(out, u"salesId"_s, r.salesId);
    insertId(out, u"clientId"_s, r.clientId);
    if (r.client && r.clientId <= 0)
        out.insert(u"client"_s, customer(*r.client));

    QJsonArray details;
    for (const auto &line : r.details)
        details.append(documentLine(line));
    out.insert(u"details"_s, details);

    if (!r.payments.isEmpty()) {
        QJsonArray payments;
        for (const auto &p : r.payments) {
            QJsonObject payment {{u"paymentTypeId"_s, p.paymentTypeId}, {u"amount"_s, p.amount}};
            insertDate(payment, u"recordDate"_s, p.recordDate);
            payments.append(payment);
        }
        out.insert(u"payments"_s, payments);
    }
    if (!r.references.isEmpty()) {
        QJsonArray references;
        for (const auto &ref : r.references) {
            QJsonObject reference {{u"number"_s, ref.number}, {u"reason"_s, ref.reason}};
            insertDate(reference, u"referenceDate"_s, ref.referenceDate);
            bool numeric = false;
            const int code = ref.codeSii.toInt(&numeric);
            reference.insert(u"codeSii"_s, numeric ? QJsonValue(code) : QJsonValue(ref.codeSii));
            references.append(reference);
        }
        out.insert(u"references"_s, references);
    }
    return out;
}

QJsonObject BsaleRequestJson::returnBody(const BsaleReturnRequest &r)
{
    QJsonObject out;
    insertDocumentType(out, r.documentTypeId, r.codeSii);
    insertId(out, u"officeId"_s, r.officeId);
    out.insert(u"referenceDocumentId"_s, r.referenceDocumentId);
    insertDate(out, u"emissionDate"_s, r.emissionDate);
    insertDate(out, u"expirationDate"_s, r.expirationDate);
    out.insert(u"motive"_s, r.motive);
    out.insert(u"declareSii"_s, flag(r.declareSii));
    out.insert(u"priceAdjustment"_s, flag(r.priceAdjustment));
    out.insert(u"editTexts"_s, flag(r.editTexts));
    out.insert(u"type"_s, r.type);
    insertText(out, u"salesId"_s, r.salesId);
    if (r.client)
        out.insert(u"client"_s, customer(*r.client));
    QJsonArray details;
    for (const auto &line : r.details) {
        details.append(QJsonObject {{u"documentDetailId"_s, line.documentDetailId},
                                    {u"quantity"_s, line.quantity},
                                    {u"unitValue"_s, line.unitValue}});
    }
    out.insert(u"details"_s, details);
    return out;
}

QJsonObject BsaleRequestJson::movementLine(const BsaleMovementLine &line, bool withCost)
{
    QJsonObject out {{u"quantity"_s, line.quantity}};
    insertVariant(out, line.variantId, line.code, line.barCode);
    if (withCost && line.cost > 0)
        out.insert(u"cost"_s, line.cost);
    insertText(out, u"serialNumber"_s, line.serialNumber);
    return out;
}

QJsonObject BsaleRequestJson::reception(const BsaleReceptionRequest &r)
{
    QJsonObject out;
    insertText(out, u"document"_s, r.document);
    insertId(out, u"officeId"_s, r.officeId);
    insertText(out, u"documentNumber"_s, r.documentNumber);
    insertText(out, u"note"_s, r.note);
    QJsonArray details;
    for (const auto &line : r.details)
        details.append(movementLine(line, true));
    out.insert(u"details"_s, details);
    return out;
}

QJsonObject BsaleRequestJson::consumption(const BsaleConsumptionRequest &r)
{
    QJsonObject out;
    insertText(out, u"note"_s, r.note);
    insertId(out, u"officeId"_s, r.officeId);
    insertId(out, u"consumptionTypeId"_s, r.consumptionTypeId);
    QJsonArray details;
    for (const auto &line : r.details)
        details.append(movementLine(line, false));
    out.insert(u"details"_s, details);
    return out;
}

} // namespace puente
