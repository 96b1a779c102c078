#include "domain/DocumentPlan.h"

#include <QtCore/QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

QJsonObject clientToJson(const DocumentClient &client)
{
    return {{u"code"_s, client.code},
            {u"company"_s, client.company},
            {u"activity"_s, client.activity},
            {u"address"_s, client.address},
            {u"municipality"_s, client.municipality},
            {u"city"_s, client.city},
            {u"email"_s, client.email},
            {u"companyOrPerson"_s, client.companyOrPerson}};
}

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

bool readLines(const QJsonArray &array, QList<DocumentPlanLine> *lines, QString *error)
{
    for (const auto &value : array) {
        const auto line = DocumentPlanLine::fromJson(value.toObject());
        if (!line)
            return fail(error, u"damaged line %1"_s.arg(lines->size() + 1));
        lines->append(*line);
    }
    return true;
}

bool readNotes(const QJsonArray &array, QList<PlanIssue> *notes, QString *error)
{
    for (const auto &value : array) {
        const auto note = PlanIssue::fromJson(value.toObject());
        if (!note)
            return fail(error, u"damaged note"_s);
        notes->append(*note);
    }
    return true;
}

} // namespace

QJsonObject DocumentPlan::toJson() const
{
    QJsonArray lineArray;
    for (const auto &line : lines)
        lineArray.append(line.toJson());
    QJsonArray noteArray;
    for (const auto &note : notes)
        noteArray.append(note.toJson());
    return {
        {u"version"_s, kJsonVersion},
        {u"kind"_s, documentkind::key(kind)},
        {u"codeSii"_s, codeSii},
        {u"documentTypeId"_s, documentTypeId},
        {u"officeId"_s, officeId},
        {u"priceListId"_s, priceListId},
        {u"dispatch"_s, dispatch},
        {u"declareSii"_s, declareSii},
        {u"sendEmail"_s, sendEmail},
        {u"storeCode"_s, storeCode},
        {u"orderId"_s, orderId},
        {u"salesId"_s, salesId},
        {u"revision"_s, revision},
        {u"client"_s, client ? QJsonValue(clientToJson(*client)) : QJsonValue(QJsonValue::Null)},
        {u"lines"_s, lineArray},
        {u"expected"_s, QJsonObject {{u"net"_s, expected.net}, {u"iva"_s, expected.iva}, {u"total"_s, expected.total}}},
        {u"orderTotal"_s, orderTotal},
        {u"notes"_s, noteArray}};
}

std::optional<DocumentPlan> DocumentPlan::fromJson(const QJsonObject &json, QString *error)
{
    if (json.value(u"version"_s).toInt() != kJsonVersion) {
        fail(error, u"unknown plan version %1"_s.arg(json.value(u"version"_s).toInt()));
        return std::nullopt;
    }
    DocumentPlan plan;
    const auto kind = documentkind::fromKey(json.value(u"kind"_s).toString());
    if (!kind || *kind == DocumentKind::CreditNote) {
        fail(error, u"unknown document kind"_s);
        return std::nullopt;
    }
    plan.kind = *kind;
    plan.codeSii = json.value(u"codeSii"_s).toInt();
    plan.documentTypeId = json.value(u"documentTypeId"_s).toInt();
    plan.officeId = json.value(u"officeId"_s).toInt();
    plan.priceListId = json.value(u"priceListId"_s).toInt();
    plan.dispatch = json.value(u"dispatch"_s).toBool();
    plan.declareSii = json.value(u"declareSii"_s).toBool();
    plan.sendEmail = json.value(u"sendEmail"_s).toBool();
    plan.storeCode = json.value(u"storeCode"_s).toString();
    plan.orderId = json.value(u"orderId"_s).toString();
    plan.salesId = json.value(u"salesId"_s).toString();
    plan.revision = json.value(u"revision"_s).toInt();
    if (json.value(u"client"_s).isObject())
        plan.client = DocumentClient::fromBsaleJson(json.value(u"client"_s).toObject());
    const QJsonObject expected = json.value(u"expected"_s).toObject();
    plan.expected = {expected.value(u"net"_s).toInteger(), expected.value(u"iva"_s).toInteger(),
                     expected.value(u"total"_s).toInteger()};
    plan.orderTotal = json.value(u"orderTotal"_s).toInteger();
    if (!readLines(json.value(u"lines"_s).toArray(), &plan.lines, error)
        || !readNotes(json.value(u"notes"_s).toArray(), &plan.notes, error))
        return std::nullopt;
    if (plan.lines.isEmpty() || plan.salesId.isEmpty() || plan.revision < 1) {
        fail(error, u"incomplete plan"_s);
        return std::nullopt;
    }
    return plan;
}

} // namespace puente
