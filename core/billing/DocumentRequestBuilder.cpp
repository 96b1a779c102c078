#include "billing/DocumentRequestBuilder.h"

#include <QtCore/QJsonArray>
#include <QtCore/QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

void insertType(QJsonObject &body, int documentTypeId, int codeSii)
{
    // Ids differ per account (§6); without one, the SII code names the type.
    if (documentTypeId > 0)
        body.insert(u"documentTypeId"_s, documentTypeId);
    else
        body.insert(u"codeSii"_s, codeSii);
}

} // namespace

qint64 DocumentRequestBuilder::emissionDate(QDate date)
{
    return date.startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
}

QJsonObject DocumentRequestBuilder::documentBody(const DocumentPlan &plan, QDate emission)
{
    QJsonObject body;
    insertType(body, plan.documentTypeId, plan.codeSii);
    if (plan.officeId > 0)
        body.insert(u"officeId"_s, plan.officeId);
    if (plan.priceListId > 0)
        body.insert(u"priceListId"_s, plan.priceListId);
    const qint64 date = emissionDate(emission);
    body.insert(u"emissionDate"_s, date);
    body.insert(u"expirationDate"_s, date);
    body.insert(u"declareSii"_s, plan.declareSii ? 1 : 0);
    body.insert(u"dispatch"_s, plan.dispatch ? 1 : 0);
    body.insert(u"salesId"_s, plan.salesId);
    if (plan.client) {
        body.insert(u"client"_s, plan.client->toBsaleJson());
        // §7: sendEmail goes at the root, not inside client.
        if (plan.sendEmail && !plan.client->email.isEmpty())
            body.insert(u"sendEmail"_s, 1);
    }
    QJsonArray details;
    for (const auto &line : plan.lines)
        details.append(line.toBsaleJson());
    body.insert(u"details"_s, details);
    return body;
}

QJsonObject DocumentRequestBuilder::returnBody(const CreditNotePlan &plan, QDate emission)
{
    QJsonObject body;
    insertType(body, plan.documentTypeId, plan.codeSii);
    if (plan.officeId > 0)
        body.insert(u"officeId"_s, plan.officeId);
    const qint64 date = emissionDate(emission);
    body.insert(u"referenceDocumentId"_s, plan.referenceDocumentId);
    body.insert(u"emissionDate"_s, date);
    body.insert(u"expirationDate"_s, date);
    body.insert(u"motive"_s, plan.motive);
    body.insert(u"declareSii"_s, plan.declareSii ? 1 : 0);
    // §8 "Return quantities": no price adjustment, no text edit, the lines' units back.
    body.insert(u"priceAdjustment"_s, 0);
    body.insert(u"editTexts"_s, 0);
    body.insert(u"type"_s, plan.returnType);
    body.insert(u"salesId"_s, plan.salesId);
    body.insert(u"client"_s, plan.client.toBsaleJson());
    QJsonArray details;
    for (const auto &line : plan.lines) {
        details.append(QJsonObject {
            {u"documentDetailId"_s, line.documentDetailId}, {u"quantity"_s, line.quantity}, {u"unitValue"_s, 0}});
    }
    body.insert(u"details"_s, details);
    return body;
}

} // namespace puente
