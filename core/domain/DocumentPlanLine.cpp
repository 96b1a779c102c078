#include "domain/DocumentPlanLine.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

QString kindKey(DocumentPlanLine::Kind kind)
{
    return kind == DocumentPlanLine::Kind::Shipping ? u"shipping"_s : u"product"_s;
}

} // namespace

QJsonObject DocumentPlanLine::toBsaleJson() const
{
    QJsonObject out;
    if (variantId > 0)
        out.insert(u"variantId"_s, variantId);
    else
        out.insert(u"code"_s, code); // always a JSON string: numeric codes overflow (§10.6)
    out.insert(u"quantity"_s, quantity);
    // A JSON number: Qt prints the shortest form that reads back as the same double, so
    // "571.43" travels as 571.43. The docs show both numbers and strings (§7).
    out.insert(u"netUnitValue"_s, netUnitValue.toDouble());
    out.insert(u"discount"_s, discountPercent.toDouble());
    out.insert(u"taxId"_s, taxId);
    if (!comment.isEmpty())
        out.insert(u"comment"_s, comment);
    return out;
}

QJsonObject DocumentPlanLine::toJson() const
{
    return {{u"kind"_s, kindKey(kind)},
            {u"variantId"_s, variantId},
            {u"code"_s, code},
            {u"quantity"_s, quantity},
            {u"netUnitValue"_s, netUnitValue.toString()},
            {u"discount"_s, discountPercent.toString()},
            {u"taxId"_s, taxId},
            {u"comment"_s, comment},
            {u"description"_s, description},
            {u"sku"_s, sku},
            {u"grossAmount"_s, grossAmount}};
}

std::optional<DocumentPlanLine> DocumentPlanLine::fromJson(const QJsonObject &json)
{
    DocumentPlanLine line;
    const QString kind = json.value(u"kind"_s).toString();
    if (kind != kindKey(Kind::Product) && kind != kindKey(Kind::Shipping))
        return std::nullopt;
    line.kind = kind == kindKey(Kind::Shipping) ? Kind::Shipping : Kind::Product;
    const auto net = FixedDecimal::parse(json.value(u"netUnitValue"_s).toString());
    const auto discount = FixedDecimal::parse(json.value(u"discount"_s).toString());
    if (!net || !discount)
        return std::nullopt;
    line.netUnitValue = *net;
    line.discountPercent = *discount;
    line.variantId = json.value(u"variantId"_s).toInt();
    line.code = json.value(u"code"_s).toString();
    line.quantity = json.value(u"quantity"_s).toInt();
    line.taxId = json.value(u"taxId"_s).toString();
    line.comment = json.value(u"comment"_s).toString();
    line.description = json.value(u"description"_s).toString();
    line.sku = json.value(u"sku"_s).toString();
    line.grossAmount = json.value(u"grossAmount"_s).toInteger();
    if (line.quantity <= 0 || (line.variantId <= 0 && line.code.isEmpty()))
        return std::nullopt;
    return line;
}

} // namespace puente
