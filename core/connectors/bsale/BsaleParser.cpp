#include "connectors/bsale/BsaleParser.h"

#include "connectors/bsale/BsaleJsonReader.h"

#include <QtCore/QJsonArray>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

template<typename T>
ApiResult<T> finish(const BsaleJsonReader &reader, T value)
{
    if (!reader.ok())
        return BsaleParser::malformed(reader.error());
    return value;
}

QStringList splitOptions(const QString &options)
{
    // §13: "options":"Nintendo|Microsoft|Sony", one pipe-separated string.
    QStringList out;
    const auto parts = options.split(u'|', Qt::SkipEmptyParts);
    for (const auto &part : parts) {
        const QString option = part.trimmed();
        if (!option.isEmpty())
            out.append(option);
    }
    return out;
}

} // namespace

ApiError BsaleParser::malformed(const QString &detail)
{
    return ApiError(ApiError::Kind::MalformedJson, detail, false);
}

ApiResult<QJsonObject> BsaleParser::object(const QJsonDocument &document, const QString &what)
{
    if (!document.isObject())
        return malformed(u"bsale %1: the answer is not a JSON object"_s.arg(what));
    return document.object();
}

ApiResult<BsalePage<QJsonObject>> BsaleParser::envelope(const QJsonObject &object)
{
    const QJsonValue items = object.value(u"items"_s);
    if (!items.isArray())
        return malformed(u"bsale list: missing or invalid 'items'"_s);
    BsalePage<QJsonObject> page;
    const auto count = BsaleJsonReader::toInteger(object.value(u"count"_s));
    page.count = count && *count >= 0 ? *count : -1;
    const auto limit = BsaleJsonReader::toInteger(object.value(u"limit"_s));
    page.limit = limit && *limit > 0 && *limit <= 1000 ? int(*limit) : 0;
    const auto offset = BsaleJsonReader::toInteger(object.value(u"offset"_s));
    page.offset = offset && *offset >= 0 ? *offset : 0;
    const QJsonArray array = items.toArray();
    page.items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return malformed(u"bsale list: item %1 is not an object"_s.arg(i));
        page.items.append(array.at(i).toObject());
    }
    return page;
}

ApiResult<qint64> BsaleParser::count(const QJsonObject &object)
{
    const auto count = BsaleJsonReader::toInteger(object.value(u"count"_s));
    if (!count || *count < 0)
        return malformed(u"bsale count: missing or invalid 'count'"_s);
    return *count;
}

ApiResult<BsaleOffice> BsaleParser::office(const QJsonObject &object)
{
    BsaleJsonReader r(object, u"office"_s);
    BsaleOffice o;
    o.id = r.id();
    o.name = r.text(u"name"_s);
    o.address = r.text(u"address"_s);
    o.municipality = r.text(u"municipality"_s);
    o.city = r.text(u"city"_s);
    o.isVirtual = r.flag(u"isVirtual"_s);
    o.state = r.integer32(u"state"_s);
    return finish(r, o);
}

ApiResult<BsaleProductType> BsaleParser::productType(const QJsonObject &object)
{
    BsaleJsonReader r(object, u"product type"_s);
    BsaleProductType t;
    t.id = r.id();
    t.name = r.text(u"name"_s);
    t.state = r.integer32(u"state"_s);
    return finish(r, t);
}

ApiResult<BsaleAttribute> BsaleParser::attribute(const QJsonObject &object)
{
    BsaleJsonReader r(object, u"attribute"_s);
    BsaleAttribute a;
    a.id = r.id();
    a.name = r.text(u"name"_s);
    a.isMandatory = r.flag(u"isMandatory"_s);
    a.generateVariantName = r.flag(u"generateVariantName"_s);
    a.hasOptions = r.flag(u"hasOptions"_s);
    a.options = splitOptions(r.text(u"options"_s));
    a.state = r.integer32(u"state"_s);
    return finish(r, a);
}

ApiResult<BsaleAttributeValue> BsaleParser::attributeValue(const QJsonObject &object)
{
    BsaleJsonReader r(object, u"attribute value"_s);
    BsaleAttributeValue v;
    v.id = r.id();
    v.description = r.text(u"description"_s);
    // The item shape is undocumented: the attribute as a relation node, or as in the POST body.
    v.attributeId = r.has(u"attribute"_s) ? r.relationId(u"attribute"_s) : r.relationId(u"attributeId"_s);
    return finish(r, v);
}

ApiResult<BsaleProduct> BsaleParser::product(const QJsonObject &object)
{
    BsaleJsonReader r(object, u"product"_s);
    BsaleProduct p;
    p.id = r.id();
    p.name = r.text(u"name"_s);
    p.description = r.text(u"description"_s);
    p.classification = r.integer32(u"classification"_s, BsaleProduct::Product);
    p.productTypeId = r.relationId(u"product_type"_s);
    p.brandId = r.has(u"brandId"_s) ? r.relationId(u"brandId"_s) : r.relationId(u"brand"_s);
    p.stockControl = r.has(u"stockControl"_s) ? r.flag(u"stockControl"_s) : true;
    p.allowDecimal = r.flag(u"allowDecimal"_s);
    p.state = r.integer32(u"state"_s);
    return finish(r, p);
}

ApiResult<BsaleVariant> BsaleParser::variant(const QJsonObject &object)
{
    BsaleJsonReader r(object, u"variant"_s);
    BsaleVariant v;
    v.id = r.id();
    v.productId = r.relationId(u"product"_s);
    v.code = r.text(u"code"_s);
    v.barCode = r.text(u"barCode"_s);
    v.description = r.text(u"description"_s);
    v.unlimitedStock = r.flag(u"unlimitedStock"_s);
    v.allowNegativeStock = r.flag(u"allowNegativeStock"_s);
    v.serialNumber = r.flag(u"serialNumber"_s);
    v.isLot = r.flag(u"isLot"_s);
    v.state = r.integer32(u"state"_s);
    // expand=[product] inlines the whole product; a bare {href,id} has no name.
    const QJsonObject node = r.object(u"product"_s);
    if (node.contains(u"name"_s)) {
        if (ApiResult<BsaleProduct> expanded = product(node); expanded.ok())
            v.product = expanded.takeValue();
    }
    return finish(r, v);
}

ApiResult<BsaleStock> BsaleParser::stock(const QJsonObject &object)
{
    BsaleJsonReader r(object, u"stock"_s);
    BsaleStock s;
    s.id = r.id();
    s.variantId = r.requiredRelationId(u"variant"_s);
    s.officeId = r.requiredRelationId(u"office"_s);
    s.quantity = r.number(u"quantity"_s);
    s.quantityReserved = r.number(u"quantityReserved"_s);
    s.quantityAvailable = r.number(u"quantityAvailable"_s, s.quantity - s.quantityReserved);
    return finish(r, s);
}

ApiResult<BsalePriceList> BsaleParser::priceList(const QJsonObject &object)
{
    BsaleJsonReader r(object, u"price list"_s);
    BsalePriceList l;
    l.id = r.id(); // a string here (§5)
    l.name = r.text(u"name"_s);
    l.state = r.integer32(u"state"_s);
    return finish(r, l);
}

ApiResult<BsalePriceDetail> BsaleParser::priceDetail(const QJsonObject &object)
{
    BsaleJsonReader r(object, u"price detail"_s);
    BsalePriceDetail d;
    d.id = r.id();
    d.variantId = r.requiredRelationId(u"variant"_s);
    d.variantValue = r.number(u"variantValue"_s);
    d.variantValueWithTaxes = r.money(u"variantValueWithTaxes"_s);
    return finish(r, d);
}

ApiResult<BsaleTax> BsaleParser::tax(const QJsonObject &object)
{
    BsaleJsonReader r(object, u"tax"_s);
    BsaleTax t;
    t.id = r.id();
    t.name = r.text(u"name"_s);
    t.percentage = r.number(u"percentage"_s);
    t.code = r.text(u"code"_s);
    t.forAllProducts = r.flag(u"forAllProducts"_s);
    t.state = r.integer32(u"state"_s);
    return finish(r, t);
}

ApiResult<BsaleDocumentType> BsaleParser::documentType(const QJsonObject &object)
{
    BsaleJsonReader r(object, u"document type"_s);
    BsaleDocumentType t;
    t.id = r.id();
    t.name = r.text(u"name"_s);
    t.codeSii = r.text(u"codeSii"_s).trimmed();
    t.use = r.integer32(u"use"_s, BsaleDocumentType::Sale);
    t.isElectronicDocument = r.flag(u"isElectronicDocument"_s);
    t.isSalesNote = r.flag(u"isSalesNote"_s);
    t.isExempt = r.flag(u"isExempt"_s);
    t.isCreditNote = r.flag(u"isCreditNote"_s);
    t.useClient = r.flag(u"useClient"_s);
    t.state = r.integer32(u"state"_s);
    return finish(r, t);
}

ApiResult<BsalePaymentType> BsaleParser::paymentType(const QJsonObject &object)
{
    BsaleJsonReader r(object, u"payment type"_s);
    BsalePaymentType t;
    t.id = r.id();
    t.name = r.text(u"name"_s);
    t.isCash = r.flag(u"isCash"_s);
    t.isVirtual = r.flag(u"isVirtual"_s);
    t.isCreditNote = r.flag(u"isCreditNote"_s);
    t.state = r.integer32(u"state"_s);
    return finish(r, t);
}

ApiResult<BsaleCustomer> BsaleParser::customer(const QJsonObject &object)
{
    BsaleJsonReader r(object, u"client"_s);
    BsaleCustomer c;
    c.id = r.id();
    c.code = r.text(u"code"_s);
    c.company = r.text(u"company"_s);
    c.activity = r.text(u"activity"_s);
    c.municipality = r.text(u"municipality"_s);
    c.city = r.text(u"city"_s);
    c.address = r.text(u"address"_s);
    c.email = r.text(u"email"_s);
    c.firstName = r.text(u"firstName"_s);
    c.lastName = r.text(u"lastName"_s);
    c.phone = r.text(u"phone"_s);
    c.companyOrPerson = r.flag(u"companyOrPerson"_s);
    c.state = r.integer32(u"state"_s);
    return finish(r, c);
}

ApiResult<BsaleDocumentDetail> BsaleParser::documentDetail(const QJsonObject &object)
{
    BsaleJsonReader r(object, u"document detail"_s);
    BsaleDocumentDetail d;
    d.id = r.id();
    d.lineNumber = r.integer32(u"lineNumber"_s);
    // The detail's variant node carries an int id in the docs, strings elsewhere: both work.
    d.variantId = r.relationId(u"variant"_s);
    d.variantCode = BsaleJsonReader::toText(r.object(u"variant"_s).value(u"code"_s));
    d.quantity = r.number(u"quantity"_s);
    d.netUnitValue = r.number(u"netUnitValue"_s);
    d.netAmount = r.money(u"netAmount"_s);
    d.taxAmount = r.money(u"taxAmount"_s);
    d.totalAmount = r.money(u"totalAmount"_s);
    return finish(r, d);
}

ApiResult<BsaleDocument> BsaleParser::document(const QJsonObject &object)
{
    BsaleJsonReader r(object, u"document"_s);
    BsaleDocument d;
    d.id = r.id();
    d.number = r.integer32(u"number"_s);
    d.token = r.text(u"token"_s);
    d.emissionDate = r.integer(u"emissionDate"_s);
    d.generationDate = r.integer(u"generationDate"_s);
    d.netAmount = r.money(u"netAmount"_s);
    d.taxAmount = r.money(u"taxAmount"_s);
    d.exemptAmount = r.money(u"exemptAmount"_s);
    d.totalAmount = r.money(u"totalAmount"_s);
    d.urlPdf = r.text(u"urlPdf"_s);
    d.urlPublicView = r.text(u"urlPublicView"_s);
    d.urlXml = r.text(u"urlXml"_s);
    d.documentTypeId = r.relationId(u"document_type"_s);
    d.officeId = r.relationId(u"office"_s);
    d.clientId = r.relationId(u"client"_s);
    d.salesId = r.text(u"salesId"_s);
    d.state = r.integer32(u"state"_s);
    d.informedSii = r.integer32(u"informedSii"_s);
    if (!r.ok())
        return malformed(r.error());
    ApiResult<BsalePage<BsaleDocumentDetail>> details =
        expanded<BsaleDocumentDetail>(object, u"details"_s, &BsaleParser::documentDetail);
    if (!details.ok())
        return details.error();
    d.details = details.value().items;
    const bool wasExpanded = details.value().count >= 0 || !d.details.isEmpty();
    if (wasExpanded) {
        const qint64 said = qMin<qint64>(details.value().count, std::numeric_limits<int>::max());
        d.detailCount = int(qMax<qint64>(said, d.details.size()));
    }
    return d;
}

ApiResult<BsaleReturn> BsaleParser::returnRecord(const QJsonObject &object)
{
    BsaleJsonReader r(object, u"return"_s);
    BsaleReturn x;
    x.id = r.id();
    x.creditNoteId = r.relationId(u"credit_note"_s);
    x.referenceDocumentId = r.relationId(u"reference_document"_s);
    x.officeId = r.relationId(u"office"_s);
    x.amount = r.money(u"amount"_s);
    x.code = r.text(u"code"_s);
    x.type = r.integer32(u"type"_s);
    x.returnDate = r.integer(u"returnDate"_s);
    x.motive = r.text(u"motive"_s);
    x.priceAdjustment = r.flag(u"priceAdjustment"_s);
    x.editTexts = r.flag(u"editTexts"_s);
    return finish(r, x);
}

ApiResult<BsaleMovementDetail> BsaleParser::movementDetail(const QJsonObject &object)
{
    BsaleJsonReader r(object, u"movement detail"_s);
    BsaleMovementDetail d;
    d.id = r.id();
    d.variantId = r.requiredRelationId(u"variant"_s);
    d.quantity = r.number(u"quantity"_s);
    d.cost = r.number(u"cost"_s);
    d.variantStock = r.number(u"variantStock"_s);
    d.serialNumber = r.text(u"serialNumber"_s);
    return finish(r, d);
}

ApiResult<BsaleReception> BsaleParser::reception(const QJsonObject &object)
{
    BsaleJsonReader r(object, u"reception"_s);
    BsaleReception x;
    x.id = r.id();
    x.admissionDate = r.integer(u"admissionDate"_s);
    x.officeId = r.relationId(u"office"_s);
    x.document = r.text(u"document"_s);
    x.documentNumber = r.text(u"documentNumber"_s); // "123" sent, 123 returned (§4)
    x.note = r.text(u"note"_s);
    if (!r.ok())
        return malformed(r.error());
    ApiResult<BsalePage<BsaleMovementDetail>> details =
        expanded<BsaleMovementDetail>(object, u"details"_s, &BsaleParser::movementDetail);
    if (!details.ok())
        return details.error();
    x.details = details.value().items;
    return x;
}

ApiResult<BsaleConsumption> BsaleParser::consumption(const QJsonObject &object)
{
    BsaleJsonReader r(object, u"consumption"_s);
    BsaleConsumption x;
    x.id = r.id();
    x.consumptionDate = r.integer(u"consumptionDate"_s);
    x.officeId = r.relationId(u"office"_s);
    x.note = r.text(u"note"_s);
    if (!r.ok())
        return malformed(r.error());
    ApiResult<BsalePage<BsaleMovementDetail>> details =
        expanded<BsaleMovementDetail>(object, u"details"_s, &BsaleParser::movementDetail);
    if (!details.ok())
        return details.error();
    x.details = details.value().items;
    return x;
}

} // namespace puente
