#include "seed/DemoShopData.h"

#include <QtCore/QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes {

namespace {

template<typename T, typename F>
QJsonArray arrayOf(const QList<T> &items, F toJson)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(toJson(item));
    return array;
}

QJsonArray ints(const QList<int> &values)
{
    return arrayOf(values, [](int v) { return QJsonValue(v); });
}

QJsonValue dateTime(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}

// ---- ERP ----------------------------------------------------------------------------------------

QJsonObject toJson(const DemoOffice &o)
{
    return {{u"id"_s, o.id},
            {u"name"_s, o.name},
            {u"description"_s, o.description},
            {u"address"_s, o.address},
            {u"municipality"_s, o.municipality},
            {u"city"_s, o.city},
            {u"isVirtual"_s, o.isVirtual},
            {u"defaultPriceListId"_s, o.defaultPriceListId},
            {u"state"_s, o.state}};
}

QJsonObject toJson(const DemoTax &t)
{
    return {{u"id"_s, t.id},
            {u"name"_s, t.name},
            {u"code"_s, t.code},
            {u"percentage"_s, t.percentage},
            {u"forAllProducts"_s, t.forAllProducts},
            {u"state"_s, t.state}};
}

QJsonObject toJson(const DemoAttribute &a)
{
    return {{u"id"_s, a.id},
            {u"name"_s, a.name},
            {u"isMandatory"_s, a.isMandatory},
            {u"generateVariantName"_s, a.generateVariantName},
            {u"options"_s, a.options.join(u'|')},
            {u"state"_s, a.state}};
}

QJsonObject toJson(const DemoProductType &t)
{
    return {{u"id"_s, t.id},
            {u"name"_s, t.name},
            {u"state"_s, t.state},
            {u"attributes"_s, arrayOf(t.attributes, [](const DemoAttribute &a) { return toJson(a); })}};
}

QJsonObject toJson(const DemoErpProduct &p)
{
    QJsonObject o {{u"id"_s, p.id},
                   {u"name"_s, p.name},
                   {u"description"_s, p.description},
                   {u"productTypeId"_s, p.productTypeId},
                   {u"brandId"_s, p.brandId},
                   {u"classification"_s, p.classification},
                   {u"stockControl"_s, p.stockControl},
                   {u"serialNumber"_s, p.serialNumber},
                   {u"isLot"_s, p.isLot},
                   {u"state"_s, p.state},
                   {u"variantIds"_s, ints(p.variantIds)}};
    if (!p.packDetails.isEmpty()) {
        o.insert(u"packDetails"_s, arrayOf(p.packDetails, [](const DemoPackItem &i) {
                     return QJsonObject {{u"variantId"_s, i.variantId}, {u"quantity"_s, i.quantity}};
                 }));
    }
    return o;
}

QJsonObject toJson(const DemoErpVariant &v)
{
    return {{u"id"_s, v.id},
            {u"productId"_s, v.productId},
            {u"code"_s, v.code},
            {u"barCode"_s, v.barCode},
            {u"description"_s, v.description},
            {u"unlimitedStock"_s, v.unlimitedStock},
            {u"allowNegativeStock"_s, v.allowNegativeStock},
            {u"serialNumber"_s, v.serialNumber},
            {u"state"_s, v.state},
            {u"attributeValues"_s, arrayOf(v.attributeValues, [](const DemoAttributeValue &a) {
                 return QJsonObject {{u"attributeId"_s, a.attributeId}, {u"description"_s, a.description}};
             })}};
}

QJsonObject toJson(const DemoStock &s)
{
    QJsonObject o {{u"id"_s, s.id},
                   {u"variantId"_s, s.variantId},
                   {u"officeId"_s, s.officeId},
                   {u"quantity"_s, s.quantity},
                   {u"quantityReserved"_s, s.quantityReserved},
                   {u"quantityAvailable"_s, s.quantityAvailable}};
    if (!s.serials.isEmpty())
        o.insert(u"serials"_s, QJsonArray::fromStringList(s.serials));
    return o;
}

QJsonObject toJson(const DemoPriceList &l)
{
    return {{u"id"_s, l.id},
            {u"name"_s, l.name},
            {u"description"_s, l.description},
            {u"coinId"_s, l.coinId},
            {u"state"_s, l.state},
            {u"details"_s, arrayOf(l.details, [](const DemoPrice &p) {
                 return QJsonObject {{u"id"_s, p.id},
                                     {u"variantId"_s, p.variantId},
                                     {u"variantValue"_s, p.variantValue},
                                     {u"variantValueWithTaxes"_s, p.variantValueWithTaxes}};
             })}};
}

QJsonObject toJson(const DemoDocumentType &t)
{
    return {{u"id"_s, t.id},
            {u"name"_s, t.name},
            {u"codeSii"_s, t.codeSii},
            {u"initialNumber"_s, t.initialNumber},
            {u"isElectronicDocument"_s, t.isElectronicDocument},
            {u"breakdownTax"_s, t.breakdownTax},
            {u"use"_s, t.use},
            {u"isSalesNote"_s, t.isSalesNote},
            {u"isExempt"_s, t.isExempt},
            {u"isCreditNote"_s, t.isCreditNote},
            {u"useClient"_s, t.useClient},
            {u"state"_s, t.state}};
}

QJsonObject toJson(const DemoPaymentType &t)
{
    return {{u"id"_s, t.id},
            {u"name"_s, t.name},
            {u"isVirtual"_s, t.isVirtual},
            {u"isCheck"_s, t.isCheck},
            {u"isCreditNote"_s, t.isCreditNote},
            {u"isClientCredit"_s, t.isClientCredit},
            {u"isCash"_s, t.isCash},
            {u"state"_s, t.state}};
}

QJsonObject toJson(const DemoClient &c)
{
    return {{u"id"_s, c.id},
            {u"code"_s, c.code},
            {u"company"_s, c.company},
            {u"activity"_s, c.activity},
            {u"firstName"_s, c.firstName},
            {u"lastName"_s, c.lastName},
            {u"email"_s, c.email},
            {u"phone"_s, c.phone},
            {u"address"_s, c.address},
            {u"municipality"_s, c.municipality},
            {u"city"_s, c.city},
            {u"companyOrPerson"_s, c.companyOrPerson},
            {u"state"_s, c.state}};
}

QJsonObject toJson(const DemoErpData &e)
{
    return {
        {u"cpnId"_s, e.cpnId},
        {u"companyRut"_s, e.companyRut},
        {u"companyName"_s, e.companyName},
        {u"offices"_s, arrayOf(e.offices, [](const DemoOffice &v) { return toJson(v); })},
        {u"taxes"_s, arrayOf(e.taxes, [](const DemoTax &v) { return toJson(v); })},
        {u"productTypes"_s, arrayOf(e.productTypes, [](const DemoProductType &v) { return toJson(v); })},
        {u"brands"_s,
         arrayOf(e.brands,
                 [](const DemoBrand &b) {
                     return QJsonObject {{u"id"_s, b.id}, {u"name"_s, b.name}};
                 })},
        {u"products"_s, arrayOf(e.products, [](const DemoErpProduct &v) { return toJson(v); })},
        {u"variants"_s, arrayOf(e.variants, [](const DemoErpVariant &v) { return toJson(v); })},
        {u"stocks"_s, arrayOf(e.stocks, [](const DemoStock &v) { return toJson(v); })},
        {u"priceLists"_s, arrayOf(e.priceLists, [](const DemoPriceList &v) { return toJson(v); })},
        {u"documentTypes"_s, arrayOf(e.documentTypes, [](const DemoDocumentType &v) { return toJson(v); })},
        {u"paymentTypes"_s, arrayOf(e.paymentTypes, [](const DemoPaymentType &v) { return toJson(v); })},
        {u"clients"_s, arrayOf(e.clients, [](const DemoClient &v) { return toJson(v); })},
    };
}

// ---- store ------------------------------------------------------------------------------------

QJsonObject toJson(const DemoStoreOptionValue &v)
{
    return {{u"name"_s, v.name},
            {u"option_type"_s, v.optionType},
            {u"value"_s, v.value},
            {u"custom"_s, v.custom.isEmpty() ? QJsonValue() : QJsonValue(v.custom)},
            {u"product_option_position"_s, v.productOptionPosition},
            {u"product_value_position"_s, v.productValuePosition}};
}

QJsonObject toJson(const DemoStoreVariant &v)
{
    return {{u"id"_s, v.id},
            {u"sku"_s, v.sku},
            {u"barcode"_s, v.barcode},
            {u"price"_s, v.price},
            {u"stock"_s, v.stock},
            {u"stock_unlimited"_s, v.stockUnlimited},
            {u"options"_s, arrayOf(v.options, [](const DemoStoreOptionValue &o) { return toJson(o); })},
            {u"linkedErpVariantId"_s, v.linkedErpVariantId}};
}

QJsonObject toJson(const DemoStoreProduct &p)
{
    return {
        {u"id"_s, p.id},
        {u"name"_s, p.name},
        {u"description"_s, p.description},
        {u"permalink"_s, p.permalink},
        {u"sku"_s, p.sku},
        {u"barcode"_s, p.barcode},
        {u"brand"_s, p.brand},
        {u"status"_s, p.status},
        {u"price"_s, p.price},
        {u"stock"_s, p.stock},
        {u"stock_unlimited"_s, p.stockUnlimited},
        {u"weight"_s, p.weight},
        {u"categoryIds"_s, ints(p.categoryIds)},
        {u"options"_s,
         arrayOf(p.options,
                 [](const DemoStoreOption &o) {
                     return QJsonObject {{u"name"_s, o.name},
                                         {u"option_type"_s, o.optionType},
                                         {u"values"_s, QJsonArray::fromStringList(o.values)}};
                 })},
        {u"variants"_s, arrayOf(p.variants, [](const DemoStoreVariant &v) { return toJson(v); })},
        {u"fields"_s,
         arrayOf(p.fields,
                 [](const DemoStoreFieldValue &f) {
                     return QJsonObject {
                         {u"custom_field_id"_s, f.customFieldId}, {u"label"_s, f.label}, {u"value"_s, f.value}};
                 })},
        {u"linkedErpProductId"_s, p.linkedErpProductId},
        {u"linkedErpVariantId"_s, p.linkedErpVariantId},
    };
}

QJsonObject toJson(const DemoAddress &a)
{
    return {{u"name"_s, a.name},
            {u"surname"_s, a.surname},
            {u"taxid"_s, a.taxid.isNull() ? QJsonValue() : QJsonValue(a.taxid)},
            {u"address"_s, a.address},
            {u"street_number"_s, a.streetNumber},
            {u"complement"_s, a.complement},
            {u"city"_s, a.city},
            {u"municipality"_s, a.municipality},
            {u"region"_s, a.region},
            {u"region_code"_s, a.regionCode},
            {u"postal"_s, a.postal},
            {u"country"_s, a.country},
            {u"country_code"_s, a.countryCode}};
}

QJsonObject toJson(const DemoStoreCustomer &c)
{
    return {{u"id"_s, c.id},
            {u"email"_s, c.email},
            {u"phone"_s, c.phone},
            {u"phone_prefix"_s, c.phonePrefix},
            {u"fullname"_s, c.fullname},
            {u"shipping_address"_s, toJson(c.shippingAddress)},
            {u"billing_address"_s, toJson(c.billingAddress)}};
}

QJsonObject toJson(const DemoOrder &o)
{
    return {
        {u"id"_s, o.id},
        {u"created_at"_s, dateTime(o.createdAt)},
        {u"completed_at"_s, dateTime(o.completedAt)},
        {u"status"_s, o.statusName()},
        {u"status_enum"_s, o.statusEnum},
        {u"currency"_s, o.currency},
        {u"subtotal"_s, o.subtotal},
        {u"discount"_s, o.discount},
        {u"shipping"_s, o.shipping},
        {u"tax"_s, o.tax},
        {u"shipping_tax"_s, o.shippingTax},
        {u"total"_s, o.total},
        {u"coupons"_s, o.coupons.isEmpty() ? QJsonValue() : QJsonValue(o.coupons)},
        {u"shipping_method_name"_s, o.shippingMethodName},
        {u"shipping_option"_s, o.shippingOption},
        {u"payment_method_name"_s, o.paymentMethodName},
        {u"payment_method_type"_s, o.paymentMethodType},
        {u"fulfillment_status"_s, o.fulfillmentStatus},
        {u"shipment_status_enum"_s, o.shipmentStatusEnum},
        {u"additional_information"_s, o.additionalInformation},
        {u"customer"_s, toJson(o.customer)},
        {u"shipping_address"_s, toJson(o.shippingAddress)},
        {u"billing_address"_s, toJson(o.billingAddress)},
        {u"billing_information"_s,
         QJsonObject {{u"business_activity"_s, o.billingInformation.businessActivity},
                      {u"company_name"_s, o.billingInformation.companyName},
                      {u"taxpayer_type"_s, o.billingInformation.taxpayerType}}},
        {u"additional_fields"_s,
         arrayOf(o.additionalFields,
                 [](const DemoOrderField &f) {
                     return QJsonObject {
                         {u"id"_s, f.id}, {u"label"_s, f.label}, {u"value"_s, f.value}, {u"area"_s, f.area}};
                 })},
        {u"products"_s,
         arrayOf(o.products,
                 [](const DemoOrderLine &l) {
                     return QJsonObject {{u"id"_s, l.productId},
                                         {u"variant_id"_s, l.variantId == 0 ? QJsonValue() : QJsonValue(l.variantId)},
                                         {u"sku"_s, l.sku},
                                         {u"name"_s, l.name},
                                         {u"qty"_s, l.qty},
                                         {u"price"_s, l.price},
                                         {u"discount"_s, l.discount},
                                         {u"weight"_s, l.weight}};
                 })},
    };
}

QJsonObject toJson(const DemoStoreData &s)
{
    return {
        {u"name"_s, s.name},
        {u"code"_s, s.code},
        {u"currency"_s, s.currency},
        {u"country"_s, s.country},
        {u"timezone"_s, s.timezone},
        {u"categories"_s,
         arrayOf(s.categories,
                 [](const DemoStoreCategory &c) {
                     return QJsonObject {{u"id"_s, c.id},
                                         {u"name"_s, c.name},
                                         {u"parent_id"_s, c.parentId == 0 ? QJsonValue() : QJsonValue(c.parentId)},
                                         {u"permalink"_s, c.permalink},
                                         {u"matchingProductTypeId"_s, c.matchingProductTypeId}};
                 })},
        {u"customFields"_s,
         arrayOf(s.customFields,
                 [](const DemoStoreCustomField &f) {
                     return QJsonObject {{u"id"_s, f.id},
                                         {u"label"_s, f.label},
                                         {u"type"_s, f.type},
                                         {u"values"_s, QJsonArray::fromStringList(f.values)}};
                 })},
        {u"products"_s, arrayOf(s.products, [](const DemoStoreProduct &p) { return toJson(p); })},
        {u"checkoutFields"_s,
         arrayOf(s.checkoutFields,
                 [](const DemoCheckoutField &f) {
                     return QJsonObject {
                         {u"id"_s, f.id},
                         {u"label"_s, f.label},
                         {u"type"_s, f.type},
                         {u"area"_s, f.area},
                         {u"required"_s, f.required},
                         {u"position"_s, f.position},
                         {u"deletable"_s, f.deletable},
                         {u"custom_field_select_options"_s, QJsonArray::fromStringList(f.selectOptions)}};
                 })},
        {u"customers"_s, arrayOf(s.customers, [](const DemoStoreCustomer &c) { return toJson(c); })},
        {u"orders"_s, arrayOf(s.orders, [](const DemoOrder &o) { return toJson(o); })},
    };
}

QJsonObject toJson(const DemoShopTrouble &t)
{
    return {
        {u"duplicateStoreSkus"_s, QJsonArray::fromStringList(t.duplicateStoreSkus)},
        {u"sloppyStoreSkus"_s,
         arrayOf(t.sloppyStoreSkus,
                 [](const DemoSkuSpelling &s) {
                     return QJsonObject {{u"erpSku"_s, s.erpSku}, {u"storeSku"_s, s.storeSku}};
                 })},
        {u"erpOnlyProductIds"_s, ints(t.erpOnlyProductIds)},
        {u"storeOnlyProductIds"_s, ints(t.storeOnlyProductIds)},
        {u"storeProductsWithoutSku"_s, ints(t.storeProductsWithoutSku)},
        {u"inactiveErpProductIds"_s, ints(t.inactiveErpProductIds)},
        {u"packSku"_s, t.packSku},
        {u"serialSku"_s, t.serialSku},
        {u"giftSku"_s, t.giftSku},
        {u"unlimitedSku"_s, t.unlimitedSku},
        {u"negativeStockSku"_s, t.negativeStockSku},
        {u"roundingEdgeSkus"_s, QJsonArray::fromStringList(t.roundingEdgeSkus)},
        {u"stockMismatchSkus"_s, QJsonArray::fromStringList(t.stockMismatchSkus)},
        {u"priceMismatchSkus"_s, QJsonArray::fromStringList(t.priceMismatchSkus)},
        {u"duplicateClientRut"_s, t.duplicateClientRut},
        {u"invalidRut"_s, t.invalidRut},
        {u"unlinkedSku"_s, t.unlinkedSku},
        {u"missingGiroOrderId"_s, t.missingGiroOrderId},
        {u"invalidRutOrderId"_s, t.invalidRutOrderId},
        {u"unlinkedSkuOrderId"_s, t.unlinkedSkuOrderId},
        {u"giftOnlyOrderId"_s, t.giftOnlyOrderId},
        {u"discountOrderId"_s, t.discountOrderId},
        {u"multiUnitOrderId"_s, t.multiUnitOrderId},
        {u"packOrderId"_s, t.packOrderId},
        {u"serialOrderId"_s, t.serialOrderId},
        {u"unlimitedOrderId"_s, t.unlimitedOrderId},
        {u"duplicateSkuOrderId"_s, t.duplicateSkuOrderId},
        {u"sloppySkuOrderId"_s, t.sloppySkuOrderId},
        {u"formattedRutOrderId"_s, t.formattedRutOrderId},
        {u"facturaOrderIds"_s, ints(t.facturaOrderIds)},
        {u"boletaOrderIds"_s, ints(t.boletaOrderIds)},
    };
}

} // namespace

QString DemoOrder::additionalField(const QString &label) const
{
    for (const DemoOrderField &field : additionalFields) {
        if (field.label == label)
            return field.value;
    }
    return QString();
}

QString DemoOrder::statusName() const
{
    if (statusEnum == u"paid"_s)
        return u"Paid"_s;
    if (statusEnum == u"pending_payment"_s)
        return u"Pending Payment"_s;
    if (statusEnum == u"canceled"_s)
        return u"Canceled"_s;
    if (statusEnum == u"abandoned"_s)
        return u"Abandoned"_s;
    return statusEnum;
}

QJsonObject DemoShopData::toJson() const
{
    return {{u"erp"_s, puente::fakes::toJson(erp)},
            {u"store"_s, puente::fakes::toJson(store)},
            {u"trouble"_s, puente::fakes::toJson(trouble)}};
}

} // namespace puente::fakes
