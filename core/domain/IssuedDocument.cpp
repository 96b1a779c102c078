#include "domain/IssuedDocument.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

// Bsale's relation ids are strings ("id":"388"), its own ids numbers (bsale.md §12.8).
int idOf(const QJsonValue &value)
{
    return value.isString() ? value.toString().toInt() : value.toInt();
}

double numberOf(const QJsonValue &value)
{
    return value.isString() ? value.toString().toDouble() : value.toDouble();
}

std::optional<DocumentKind> kindOfCode(const QString &codeSii)
{
    for (const auto kind : {DocumentKind::Boleta, DocumentKind::Factura, DocumentKind::CreditNote}) {
        if (codeSii == QString::number(documentkind::siiCode(kind)))
            return kind;
    }
    return std::nullopt;
}

IssuedDocument::Detail detailOf(const QJsonObject &item)
{
    IssuedDocument::Detail detail;
    detail.detailId = idOf(item.value(u"id"_s));
    detail.quantity = numberOf(item.value(u"quantity"_s));
    detail.totalAmount = qRound64(numberOf(item.value(u"totalAmount"_s)));
    const QJsonObject variant = item.value(u"variant"_s).toObject();
    detail.variantId = idOf(variant.value(u"id"_s));
    detail.code = variant.value(u"code"_s).toString();
    detail.description = variant.value(u"description"_s).toString();
    return detail;
}

} // namespace

std::optional<IssuedDocument> IssuedDocument::fromBsaleJson(const QJsonObject &json, const QJsonArray &detailItems)
{
    IssuedDocument doc;
    doc.id = idOf(json.value(u"id"_s));
    if (doc.id <= 0)
        return std::nullopt;
    doc.number = idOf(json.value(u"number"_s));
    doc.totalAmount = qRound64(numberOf(json.value(u"totalAmount"_s)));
    doc.salesId = json.value(u"salesId"_s).toString();
    const QJsonObject type = json.value(u"document_type"_s).toObject();
    doc.documentTypeId = idOf(type.value(u"id"_s));
    doc.kind = kindOfCode(type.value(u"codeSii"_s).toVariant().toString());
    doc.officeId = idOf(json.value(u"office"_s).toObject().value(u"id"_s));
    const QJsonObject client = json.value(u"client"_s).toObject();
    if (client.contains(u"code"_s))
        doc.client = DocumentClient::fromBsaleJson(client);
    const QJsonArray items = json.value(u"details"_s).toObject().contains(u"items"_s)
        ? json.value(u"details"_s).toObject().value(u"items"_s).toArray()
        : detailItems;
    for (const auto &item : items)
        doc.details.append(detailOf(item.toObject()));
    return doc;
}

} // namespace puente
