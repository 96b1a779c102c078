#include "domain/CreditNotePlan.h"

#include <QtCore/QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace puente {

QJsonObject CreditNotePlan::toJson() const
{
    QJsonArray lineArray;
    for (const auto &line : lines) {
        lineArray.append(QJsonObject {{u"documentDetailId"_s, line.documentDetailId},
                                      {u"quantity"_s, line.quantity},
                                      {u"description"_s, line.description}});
    }
    QJsonObject clientJson = client.toBsaleJson();
    clientJson.insert(u"email"_s, client.email);
    return {{u"version"_s, kJsonVersion},
            {u"codeSii"_s, codeSii},
            {u"documentTypeId"_s, documentTypeId},
            {u"officeId"_s, officeId},
            {u"referenceDocumentId"_s, referenceDocumentId},
            {u"referenceNumber"_s, referenceNumber},
            {u"referenceKind"_s, documentkind::key(referenceKind)},
            {u"storeCode"_s, storeCode},
            {u"orderId"_s, orderId},
            {u"salesId"_s, salesId},
            {u"motive"_s, motive},
            {u"declareSii"_s, declareSii},
            {u"type"_s, returnType},
            {u"client"_s, clientJson},
            {u"lines"_s, lineArray},
            {u"expectedTotal"_s, expectedTotal}};
}

std::optional<CreditNotePlan> CreditNotePlan::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (json.value(u"version"_s).toInt() != kJsonVersion)
        return fail(u"unknown credit note plan version %1"_s.arg(json.value(u"version"_s).toInt()));
    CreditNotePlan plan;
    const auto kind = documentkind::fromKey(json.value(u"referenceKind"_s).toString());
    if (!kind)
        return fail(u"unknown reference kind"_s);
    plan.referenceKind = *kind;
    plan.codeSii = json.value(u"codeSii"_s).toInt();
    plan.documentTypeId = json.value(u"documentTypeId"_s).toInt();
    plan.officeId = json.value(u"officeId"_s).toInt();
    plan.referenceDocumentId = json.value(u"referenceDocumentId"_s).toInt();
    plan.referenceNumber = json.value(u"referenceNumber"_s).toInt();
    plan.storeCode = json.value(u"storeCode"_s).toString();
    plan.orderId = json.value(u"orderId"_s).toString();
    plan.salesId = json.value(u"salesId"_s).toString();
    plan.motive = json.value(u"motive"_s).toString();
    plan.declareSii = json.value(u"declareSii"_s).toBool();
    plan.returnType = json.value(u"type"_s).toInt();
    plan.client = DocumentClient::fromBsaleJson(json.value(u"client"_s).toObject());
    plan.expectedTotal = json.value(u"expectedTotal"_s).toInteger();
    const QJsonArray lineArray = json.value(u"lines"_s).toArray();
    for (const auto &value : lineArray) {
        const QJsonObject line = value.toObject();
        plan.lines.append({line.value(u"documentDetailId"_s).toInt(), line.value(u"quantity"_s).toDouble(),
                           line.value(u"description"_s).toString()});
    }
    if (plan.referenceDocumentId <= 0 || plan.lines.isEmpty() || plan.salesId.isEmpty())
        return fail(u"incomplete credit note plan"_s);
    return plan;
}

} // namespace puente
