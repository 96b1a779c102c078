#include "bsale/BsaleCatalogJson.h"

#include "bsale/BsaleListQuery.h"

#include <QtCore/QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::bsale {

namespace {

// The docs' examples print unset optional strings as null ("country":null, "ledgerAccount":null).
QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

// §2 example object.
QJsonObject BsaleCatalogJson::office(int id) const
{
    const Office &o = *m_store.offices().find(id);
    return {
        {u"href"_s, m_urls.api(u"offices/%1.json"_s.arg(id))},
        {u"id"_s, id},
        {u"name"_s, o.name},
        {u"description"_s, o.description},
        {u"address"_s, o.address},
        {u"latitude"_s, o.latitude},
        {u"longitude"_s, o.longitude},
        {u"isVirtual"_s, o.isVirtual},
        {u"country"_s, orNull(o.country)},
        {u"municipality"_s, o.municipality},
        {u"city"_s, orNull(o.city)},
        {u"zipCode"_s, orNull(o.zipCode)},
        {u"costCenter"_s, o.costCenter},
        {u"state"_s, o.state},
        {u"imagestionCellarId"_s, 0},
    };
}

// §13 product type object.
QJsonObject BsaleCatalogJson::productType(int id) const
{
    const ProductType &t = *m_store.productTypes().find(id);
    return {
        {u"href"_s, m_urls.api(u"product_types/%1.json"_s.arg(id))},
        {u"id"_s, id},
        {u"name"_s, t.name},
        {u"isEditable"_s, t.isEditable},
        {u"state"_s, t.state},
        {u"imagestionCategoryId"_s, 0},
        {u"prestashopCategoryId"_s, 0},
        {u"attributes"_s, m_urls.collection(u"product_types/%1/attributes.json"_s.arg(id))},
    };
}

// §13 attribute item; `options` is one pipe-separated string.
QJsonObject BsaleCatalogJson::attribute(int id) const
{
    const Attribute &a = *m_store.attributes().find(id);
    return {
        {u"href"_s, m_urls.api(u"product_types/%1/attributes/%2.json"_s.arg(a.productTypeId).arg(id))},
        {u"id"_s, id},
        {u"name"_s, a.name},
        {u"isMandatory"_s, a.isMandatory},
        {u"generateVariantName"_s, a.generateVariantName},
        {u"hasOptions"_s, a.hasOptions},
        {u"options"_s, a.options},
        {u"state"_s, a.state},
    };
}

QJsonObject BsaleCatalogJson::attributeValue(int id) const
{
    // DOCS-AMBIGUITY: §13 names GET /v1/variants/{id}/attribute_values.json but shows no item.
    // We mirror the POST body of §3 (`attribute_values:[{description, attributeId}]`) in the
    // usual shape: {href, id, description, attribute{href,id}}.
    const AttributeValue &v = *m_store.attributeValues().find(id);
    const Attribute *a = m_store.attributes().find(v.attributeId);
    QJsonObject out {
        {u"href"_s, m_urls.api(u"variants/%1/attribute_values/%2.json"_s.arg(v.variantId).arg(id))},
        {u"id"_s, id},
        {u"description"_s, v.description},
    };
    if (a) {
        out.insert(u"attribute"_s,
                   m_urls.link(u"product_types/%1/attributes/%2.json"_s.arg(a->productTypeId).arg(a->id), a->id));
    }
    return out;
}

// §3 product fields.
QJsonObject BsaleCatalogJson::product(int id, const Expand &expand) const
{
    const Product &p = *m_store.products().find(id);
    QJsonObject out {
        {u"href"_s, m_urls.api(u"products/%1.json"_s.arg(id))},
        {u"id"_s, id},
        {u"name"_s, p.name},
        {u"description"_s, p.description},
        {u"classification"_s, p.classification},
        {u"ledgerAccount"_s, orNull(p.ledgerAccount)},
        {u"costCenter"_s, orNull(p.costCenter)},
        {u"allowDecimal"_s, p.allowDecimal},
        {u"stockControl"_s, p.stockControl},
        {u"printDetailPack"_s, p.printDetailPack},
        {u"state"_s, p.state},
        {u"prestashopProductId"_s, 0},
        {u"presashopAttributeId"_s, 0}, // sic, as §3 spells it
        // DOCS-AMBIGUITY: §13 says products carry `brandId` (seen in the pack response) but the
        // v1 field list omits it; we include it so brand mapping by id works (§13 last line).
        {u"brandId"_s, p.brandId},
        {u"product_taxes"_s, m_urls.collection(u"products/%1/product_taxes.json"_s.arg(id))},
    };
    if (p.productTypeId > 0 && m_store.productTypes().find(p.productTypeId)) {
        out.insert(u"product_type"_s,
                   expand.contains(u"product_type"_s)
                       ? productType(p.productTypeId)
                       : m_urls.link(u"product_types/%1.json"_s.arg(p.productTypeId), p.productTypeId));
    }
    return out;
}

// §3 variant example object.
QJsonObject BsaleCatalogJson::variant(int id, const Expand &expand) const
{
    const Variant &v = *m_store.variants().find(id);
    QJsonObject out {
        {u"href"_s, m_urls.api(u"variants/%1.json"_s.arg(id))},
        {u"id"_s, id},
        {u"description"_s, v.description},
        {u"unlimitedStock"_s, v.unlimitedStock},
        {u"allowNegativeStock"_s, v.allowNegativeStock},
        {u"state"_s, v.state},
        {u"barCode"_s, v.barCode},
        {u"code"_s, v.code},
        {u"imagestionCenterCost"_s, 0},
        {u"imagestionAccount"_s, 0},
        {u"imagestionConceptCod"_s, 0},
        {u"imagestionProyectCod"_s, 0},
        {u"imagestionCategoryCod"_s, 0},
        {u"imagestionProductId"_s, 0},
        {u"serialNumber"_s, v.serialNumber},
        {u"prestashopCombinationId"_s, 0},
        {u"prestashopValueId"_s, 0},
        {u"product"_s,
         expand.contains(u"product"_s) ? product(v.productId)
                                       : m_urls.link(u"products/%1.json"_s.arg(v.productId), v.productId)},
        {u"costs"_s, m_urls.collection(u"variants/%1/costs.json"_s.arg(id))},
    };
    const QString values = u"variants/%1/attribute_values.json"_s.arg(id);
    if (expand.contains(u"attribute_values"_s)) {
        QList<QJsonObject> items;
        for (const int valueId : v.attributeValueIds)
            items.append(attributeValue(valueId));
        out.insert(u"attribute_values"_s,
                   BsaleListQuery::childEnvelope(m_urls.api(values), items.mid(0, BsaleListQuery::kDefaultLimit),
                                                 int(items.size())));
    } else {
        out.insert(u"attribute_values"_s, m_urls.collection(values));
    }
    return out;
}

// §3: {"averageCost":"4140.0","history":[{reception_detail{href,id},admissionDate,cost,availableFifo}]}
QJsonObject BsaleCatalogJson::variantCosts(int id) const
{
    QJsonArray history;
    const auto &details = m_store.receptionDetails();
    for (const int detailId : details.ids()) {
        const MovementDetail &d = *details.find(detailId);
        if (d.variantId != id)
            continue;
        const Reception *r = m_store.receptions().find(d.movementId);
        history.append(QJsonObject {
            {u"reception_detail"_s,
             m_urls.link(u"stocks/receptions/%1/details/%2.json"_s.arg(d.movementId).arg(detailId), detailId)},
            {u"admissionDate"_s, r ? r->admissionDate : 0},
            {u"cost"_s, d.cost},
            {u"availableFifo"_s, d.quantity},
        });
    }
    return {{u"averageCost"_s, BsaleUrls::rubyFloat(m_store.averageCost(id))}, {u"history"_s, history}};
}

// §4 stock row; the three quantities are floats.
QJsonObject BsaleCatalogJson::stock(int id, const Expand &expand) const
{
    const Stock &s = *m_store.stocks().find(id);
    return {
        {u"href"_s, m_urls.api(u"stocks/%1.json"_s.arg(id))},
        {u"id"_s, id},
        {u"quantity"_s, s.quantity},
        {u"quantityReserved"_s, s.quantityReserved},
        {u"quantityAvailable"_s, s.available()},
        {u"variant"_s,
         expand.contains(u"variant"_s) ? variant(s.variantId)
                                       : m_urls.link(u"variants/%1.json"_s.arg(s.variantId), s.variantId)},
        {u"office"_s,
         expand.contains(u"office"_s) ? office(s.officeId)
                                      : m_urls.link(u"offices/%1.json"_s.arg(s.officeId), s.officeId)},
    };
}

// §5: the price list's own `id` is a string.
QJsonObject BsaleCatalogJson::priceList(int id) const
{
    const PriceList &l = *m_store.priceLists().find(id);
    return {
        {u"href"_s, m_urls.api(u"price_lists/%1.json"_s.arg(id))},
        {u"id"_s, QString::number(id)},
        {u"name"_s, l.name},
        {u"description"_s, l.description},
        {u"state"_s, l.state},
        {u"coin"_s, m_urls.link(u"coins/%1.json"_s.arg(l.coinId), l.coinId)},
        {u"details"_s, m_urls.collection(u"price_lists/%1/details.json"_s.arg(id))},
    };
}

// §5 details item. DOCS-AMBIGUITY: the example's variant href is ".../variant/388.json"
// (singular); we use the real route ".../variants/388.json".
QJsonObject BsaleCatalogJson::priceDetail(int id, const Expand &expand) const
{
    const PriceDetail &d = *m_store.priceDetails().find(id);
    return {
        {u"href"_s, m_urls.api(u"price_lists/%1/details/%2.json"_s.arg(d.priceListId).arg(id))},
        {u"id"_s, id},
        {u"variantValue"_s, d.variantValue},
        {u"variantValueWithTaxes"_s, d.variantValueWithTaxes},
        {u"variant"_s,
         expand.contains(u"variant"_s) ? variant(d.variantId)
                                       : m_urls.link(u"variants/%1.json"_s.arg(d.variantId), d.variantId)},
    };
}

// §5 tax object: percentage "19.0" and code "14" are strings.
QJsonObject BsaleCatalogJson::tax(int id) const
{
    const Tax &t = *m_store.taxes().find(id);
    return {
        {u"href"_s, m_urls.api(u"taxes/%1.json"_s.arg(id))},
        {u"id"_s, id},
        {u"name"_s, t.name},
        {u"percentage"_s, BsaleUrls::rubyFloat(t.percentage)},
        {u"forAllProducts"_s, t.forAllProducts},
        {u"ledgerAccount"_s, orNull(t.ledgerAccount)},
        {u"code"_s, t.code},
        {u"state"_s, t.state},
    };
}

// §6 document type fields; codeSii is a string.
QJsonObject BsaleCatalogJson::documentType(int id) const
{
    const DocumentType &t = *m_store.documentTypes().find(id);
    return {
        {u"href"_s, m_urls.api(u"document_types/%1.json"_s.arg(id))},
        {u"id"_s, id},
        {u"name"_s, t.name},
        {u"initialNumber"_s, t.initialNumber},
        {u"codeSii"_s, t.codeSii},
        {u"isElectronicDocument"_s, t.isElectronicDocument},
        {u"breakdownTax"_s, t.breakdownTax},
        {u"use"_s, t.use},
        {u"isSalesNote"_s, t.isSalesNote},
        {u"isExempt"_s, t.isExempt},
        {u"restrictsTax"_s, 0},
        {u"useClient"_s, t.useClient},
        {u"messageBodyFormat"_s, QJsonValue(QJsonValue::Null)},
        {u"thermalPrinter"_s, 0},
        {u"state"_s, t.state},
        {u"copyNumber"_s, 1},
        {u"isCreditNote"_s, t.isCreditNote},
        {u"continuedHigh"_s, 0},
        {u"ledgerAccount"_s, QJsonValue(QJsonValue::Null)},
        {u"ipadPrint"_s, 0},
        {u"ipadPrintHigh"_s, 0},
        {u"book_type"_s, m_urls.link(u"book_types/%1.json"_s.arg(t.use == 0 ? 1 : 2), t.use == 0 ? 1 : 2)},
    };
}

// §6 payment type fields.
QJsonObject BsaleCatalogJson::paymentType(int id) const
{
    const PaymentType &t = *m_store.paymentTypes().find(id);
    return {
        {u"href"_s, m_urls.api(u"payment_types/%1.json"_s.arg(id))},
        {u"id"_s, id},
        {u"name"_s, t.name},
        {u"isVirtual"_s, t.isVirtual},
        {u"isCheck"_s, t.isCheck},
        {u"maxCheck"_s, t.maxCheck},
        {u"isCreditNote"_s, t.isCreditNote},
        {u"isClientCredit"_s, t.isClientCredit},
        {u"isCash"_s, t.isCash},
        {u"isCreditMemo"_s, t.isCreditMemo},
        {u"state"_s, t.state},
        {u"maxClientCuota"_s, t.maxClientCuota},
        {u"ledgerAccount"_s, t.ledgerAccount},
        {u"ledgerCode"_s, t.ledgerCode},
        {u"isAgreementBank"_s, t.isAgreementBank},
        {u"agreementCode"_s, t.agreementCode},
    };
}

// §6 client fields; maxCredit is a string ("10000.0").
QJsonObject BsaleCatalogJson::client(int id) const
{
    const Client &c = *m_store.clients().find(id);
    return {
        {u"href"_s, m_urls.api(u"clients/%1.json"_s.arg(id))},
        {u"id"_s, id},
        {u"firstName"_s, c.firstName},
        {u"lastName"_s, c.lastName},
        {u"email"_s, c.email},
        {u"code"_s, c.code},
        {u"phone"_s, c.phone},
        {u"company"_s, c.company},
        {u"note"_s, c.note},
        {u"facebook"_s, QString()},
        {u"twitter"_s, QString()},
        {u"hasCredit"_s, c.hasCredit},
        {u"maxCredit"_s, BsaleUrls::rubyFloat(c.maxCredit)},
        {u"state"_s, c.state},
        {u"activity"_s, c.activity},
        {u"city"_s, c.city},
        {u"municipality"_s, c.municipality},
        {u"address"_s, c.address},
        {u"companyOrPerson"_s, c.companyOrPerson},
        {u"accumulatePoints"_s, c.accumulatePoints},
        {u"points"_s, c.points},
        {u"pointsUpdated"_s, QJsonValue(QJsonValue::Null)},
        {u"sendDte"_s, c.sendDte},
        {u"isForeigner"_s, c.isForeigner},
        {u"prestashopClienId"_s, 0}, // sic, as §6 spells it
    };
}

} // namespace puente::fakes::bsale
