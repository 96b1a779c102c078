#include "jumpseller/Serializer.h"

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::jumpseller {

namespace {

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue id(int value)
{
    return value != 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QString spanishStatusName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::PendingPayment:
        return u"Pendiente de Pago"_s;
    case OrderStatus::Paid:
        return u"Pagado"_s;
    case OrderStatus::Canceled:
        return u"Cancelado"_s;
    case OrderStatus::Abandoned:
        return u"Abandonado"_s;
    }
    return {};
}

QString shipmentName(const QString &shipmentEnum, bool spanish)
{
    static const QHash<QString, QPair<QString, QString>> names {
        {u"unfulfilled"_s, {u"Unfulfilled"_s, u"No Procesado"_s}},
        {u"requested"_s, {u"Requested"_s, u"Solicitado"_s}},
        {u"in_transit"_s, {u"In Transit"_s, u"En Tránsito"_s}},
        {u"delivered"_s, {u"Delivered"_s, u"Entregado"_s}},
        {u"failed"_s, {u"Failed"_s, u"Fallido"_s}},
        {u"pickup_available"_s, {u"Pickup Available"_s, u"Disponible para Retiro"_s}},
    };
    const auto it = names.constFind(shipmentEnum);
    if (it == names.constEnd())
        return shipmentEnum;
    return spanish ? it->second : it->first;
}

} // namespace

QJsonObject Serializer::wrap(const QString &key, const QJsonObject &object)
{
    return QJsonObject {{key, object}};
}

QString Serializer::timestamp(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return when.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
}

QJsonObject Serializer::category(const Category &category) const
{
    return {
        {u"id"_s, category.id},
        {u"name"_s, category.name},
        {u"parent_id"_s, id(category.parentId)},
        {u"permalink"_s, text(category.permalink)},
    };
}

QJsonObject Serializer::variant(const Variant &variant) const
{
    QJsonArray options;
    const Product *owner = m_catalog.product(variant.productId);
    for (const auto &[optionId, valueId] : variant.optionValues) {
        const ProductOption *option = owner ? m_catalog.option(owner->id, optionId) : nullptr;
        if (!option)
            continue;
        for (const OptionValue &value : option->values) {
            if (value.id != valueId)
                continue;
            options.append(QJsonObject {
                {u"name"_s, option->name},
                {u"option_type"_s, option->optionType},
                {u"value"_s, value.name},
                {u"custom"_s, text(value.custom)},
                {u"product_option_position"_s, option->position},
                {u"product_value_position"_s, value.position},
                // Not in the spec's ProductOptionVariantEdit, but real GET responses carry it
                // (jumpseller.md §2.3, the Odoo connector reads it).
                {u"product_option_id"_s, option->id},
            });
        }
    }
    return {
        {u"id"_s, variant.id},
        {u"price"_s, variant.price},
        {u"sku"_s, text(variant.sku)},
        {u"barcode"_s, text(variant.barcode)},
        {u"stock"_s, variant.stock},
        {u"stock_unlimited"_s, variant.stockUnlimited},
        {u"stock_threshold"_s, variant.stockThreshold},
        {u"stock_notification"_s, variant.stockNotification},
        {u"cost_per_item"_s, number(variant.costPerItem)},
        {u"compare_at_price"_s, number(variant.compareAtPrice)},
        {u"options"_s, options},
        {u"image"_s, QJsonValue::Null},
    };
}

QJsonObject Serializer::product(const Product &product) const
{
    QJsonArray categories;
    for (const int categoryId : product.categoryIds) {
        if (const Category *c = m_catalog.category(categoryId))
            categories.append(category(*c));
    }
    QJsonArray images;
    for (int i = 0; i < product.imageUrls.size(); ++i)
        images.append(
            QJsonObject {{u"id"_s, product.id * 10 + i}, {u"position"_s, i + 1}, {u"url"_s, product.imageUrls.at(i)}});
    QJsonArray variants;
    for (const int variantId : product.variantIds) {
        if (const Variant *v = m_catalog.variant(variantId))
            variants.append(variant(*v));
    }
    return {
        {u"id"_s, product.id},
        {u"name"_s, product.name},
        {u"page_title"_s, text(product.pageTitle)},
        {u"description"_s, text(product.description)},
        {u"type"_s, product.type},
        {u"days_to_expire"_s, QJsonValue::Null},
        {u"price"_s, product.price},
        {u"discount"_s, product.discount},
        {u"weight"_s, product.weight},
        {u"stock"_s, m_catalog.productStock(product.id)},
        {u"stock_unlimited"_s, product.stockUnlimited},
        {u"stock_threshold"_s, product.stockThreshold},
        {u"stock_notification"_s, product.stockNotification},
        {u"back_in_stock_enabled"_s, false},
        {u"cost_per_item"_s, number(product.costPerItem)},
        {u"compare_at_price"_s, number(product.compareAtPrice)},
        {u"sku"_s, text(product.sku)},
        {u"brand"_s, text(product.brand)},
        {u"barcode"_s, text(product.barcode)},
        {u"google_product_category_text"_s, QJsonValue::Null},
        {u"quotable"_s, false},
        {u"featured"_s, product.featured},
        {u"reviews_enabled"_s, true},
        {u"status"_s, product.status},
        {u"created_at"_s, timestamp(product.createdAt)},
        {u"updated_at"_s, timestamp(product.updatedAt)},
        {u"package_format"_s, product.packageFormat},
        {u"length"_s, QJsonValue::Null},
        {u"width"_s, QJsonValue::Null},
        {u"height"_s, QJsonValue::Null},
        {u"diameter"_s, QJsonValue::Null},
        {u"permalink"_s, product.permalink},
        {u"categories"_s, categories},
        {u"images"_s, images},
        {u"variants"_s, variants},
        {u"digital_products"_s, QJsonArray()},
    };
}

QJsonObject Serializer::optionValue(const OptionValue &value) const
{
    return {
        {u"id"_s, value.id},
        {u"name"_s, value.name},
        {u"custom"_s, text(value.custom)},
        {u"position"_s, value.position},
    };
}

QJsonObject Serializer::option(const ProductOption &option) const
{
    QJsonArray values;
    for (const OptionValue &value : option.values)
        values.append(optionValue(value));
    return {
        {u"id"_s, option.id},
        {u"name"_s, option.name},
        {u"position"_s, option.position},
        {u"option_type"_s, option.optionType},
        {u"addon_price"_s, QJsonValue::Null},
        {u"values"_s, values},
    };
}

QJsonObject Serializer::customField(const CustomField &field) const
{
    return {
        {u"id"_s, field.id},
        {u"label"_s, field.label},
        {u"type"_s, field.type},
        {u"values"_s, QJsonArray::fromStringList(field.values)},
        {u"product_visibility"_s, true},
    };
}

QJsonObject Serializer::productField(const Product &, const ProductField &field) const
{
    const CustomField *definition = m_catalog.customField(field.customFieldId);
    return {
        {u"id"_s, field.id},
        {u"custom_field_id"_s, field.customFieldId},
        {u"type"_s, definition ? definition->type : u"input"_s},
        {u"label"_s, definition ? definition->label : QString()},
        {u"value"_s, field.value},
        {u"value_id"_s, QJsonValue::Null},
        {u"variant_id"_s, id(field.variantId)},
    };
}

QJsonObject Serializer::address(const Address &a, bool billing) const
{
    QJsonObject out {
        {u"name"_s, text(a.name)},
        {u"surname"_s, text(a.surname)},
        {u"address"_s, text(a.address)},
        {u"street_number"_s, number(a.streetNumber)},
        {u"complement"_s, text(a.complement)},
        {u"city"_s, text(a.city)},
        {u"postal"_s, text(a.postal)},
        {u"municipality"_s, text(a.municipality)},
        {u"neighbourhood"_s, QJsonValue::Null},
        {u"region"_s, text(a.region)},
        {u"region_code"_s, text(a.regionCode)},
        {u"country"_s, text(a.country)},
        {u"country_code"_s, text(a.countryCode)},
    };
    if (billing) {
        out.insert(u"taxid"_s, text(a.taxid));
    } else {
        out.insert(u"latitude"_s, QJsonValue::Null);
        out.insert(u"longitude"_s, QJsonValue::Null);
    }
    return out;
}

QJsonObject Serializer::orderLine(const OrderLine &line, const Order &order, const StoreInfo &store) const
{
    // DOCS-AMBIGUITY: the spec types taxes[].rate as a float without saying whether 19 % is 19 or
    // 0.19; the fake sends the percentage (19).
    const QJsonArray taxes {QJsonObject {
        {u"id"_s, 1},
        {u"name"_s, store.taxName},
        {u"rate"_s, order.taxRate},
        {u"fixed"_s, false},
        {u"tax_on_product_price"_s, order.taxIncluded},
    }};
    return {
        {u"id"_s, id(line.productId)}, {u"variant_id"_s, id(line.variantId)}, {u"sku"_s, text(line.sku)},
        {u"name"_s, line.name},        {u"image"_s, text(line.image)},        {u"qty"_s, line.qty},
        {u"price"_s, line.price},      {u"discount"_s, line.discount},        {u"weight"_s, line.weight},
        {u"taxes"_s, taxes},           {u"stock_locations"_s, QJsonArray()},
    };
}

QJsonObject Serializer::order(const Order &order, const StoreInfo &store, bool spanishStatus) const
{
    QJsonArray lines;
    for (const OrderLine &line : order.lines)
        lines.append(orderLine(line, order, store));
    QJsonArray additional;
    for (const AdditionalField &field : order.additionalFields) {
        additional.append(QJsonObject {
            {u"id"_s, id(field.id)},
            {u"label"_s, field.label},
            {u"value"_s, text(field.value)},
            {u"area"_s, field.area},
        });
    }
    const QString name = spanishStatus ? spanishStatusName(order.status) : statusName(order.status);
    const bool fulfilled = order.shipmentStatus == u"delivered"_s || order.shipmentStatus == u"in_transit"_s;
    const Customer &c = order.customer;
    const BillingInformation &b = order.billingInformation;
    return {
        {u"id"_s, order.id},
        {u"source"_s,
         QJsonObject {{u"created_from"_s, order.createdFrom},
                      {u"created_from_app_code"_s, QJsonValue::Null},
                      {u"source_name"_s, QJsonValue::Null},
                      {u"medium"_s, QJsonValue::Null},
                      {u"campaign"_s, QJsonValue::Null},
                      {u"referral_url"_s, QJsonValue::Null}}},
        {u"created_at"_s, timestamp(order.createdAt)},
        {u"completed_at"_s, text(timestamp(order.completedAt))},
        {u"currency"_s, order.currency},
        {u"subtotal"_s, order.subtotal},
        {u"tax"_s, order.tax},
        {u"shipping_tax"_s, 0},
        {u"shipping"_s, order.shipping},
        {u"shipping_required"_s, order.shippingRequired},
        {u"total"_s, order.total},
        {u"discount"_s, order.discount},
        {u"shipping_discount"_s, 0},
        {u"gift_cards_discount"_s, 0},
        {u"fulfillment_status"_s, fulfilled ? QJsonValue(u"fulfilled"_s) : QJsonValue(QJsonValue::Null)},
        {u"shipping_method_id"_s, QJsonValue::Null},
        {u"shipping_service_id"_s, QJsonValue::Null},
        {u"shipping_method_name"_s, text(order.shippingMethodName)},
        {u"payment_method_name"_s, text(order.paymentMethodName)},
        {u"payment_method_type"_s, text(order.paymentMethodType)},
        {u"payment_information"_s, text(order.paymentInformation)},
        {u"payment_notification_id"_s, QJsonValue::Null},
        {u"additional_information"_s, text(order.additionalInformation)},
        {u"duplicate_url"_s, QJsonValue::Null},
        {u"recovery_url"_s, QJsonValue::Null},
        {u"review_url"_s, QJsonValue::Null},
        {u"checkout_url"_s, QJsonValue::Null},
        {u"coupons"_s, QJsonValue::Null},
        {u"promotions"_s, QJsonArray()},
        {u"customer"_s,
         QJsonObject {{u"id"_s, id(c.id)},
                      {u"email"_s, text(c.email)},
                      {u"phone"_s, text(c.phone)},
                      {u"phone_prefix"_s, text(c.phonePrefix)},
                      {u"ip"_s, text(c.ip)},
                      {u"fullname"_s, text(c.fullname)}}},
        {u"shipping_branch"_s, QJsonValue::Null},
        {u"shipping_address"_s, address(order.shippingAddress, false)},
        {u"billing_address"_s, address(order.billingAddress, true)},
        {u"pickup_address"_s, QJsonValue::Null},
        {u"products"_s, lines},
        {u"additional_fields"_s, additional},
        {u"shipping_taxes"_s, QJsonArray()},
        {u"status"_s, name},
        {u"status_name"_s, name},
        {u"status_enum"_s, statusEnum(order.status)},
        {u"tracking_url"_s, text(order.trackingUrl)},
        {u"tracking_company"_s, text(order.trackingCompany)},
        {u"tracking_number"_s, text(order.trackingNumber)},
        {u"shipping_option"_s, order.shippingRequired ? u"delivery"_s : u"no_shipping"_s},
        {u"same_day_delivery"_s, false},
        {u"shipment_status"_s, shipmentName(order.shipmentStatus, spanishStatus)},
        {u"shipment_status_enum"_s, order.shipmentStatus},
        {u"recovered_from"_s, QJsonValue::Null},
        {u"external_shipping_rate_id"_s, QJsonValue::Null},
        {u"external_shipping_rate_description"_s, QJsonValue::Null},
        {u"billing_information"_s,
         b.isEmpty() ? QJsonValue(QJsonValue::Null)
                     : QJsonValue(QJsonObject {{u"business_activity"_s, text(b.businessActivity)},
                                               {u"company_name"_s, text(b.companyName)},
                                               {u"taxpayer_type"_s, text(b.taxpayerType)}})},
    };
}

QJsonObject Serializer::store(const StoreInfo &store)
{
    return {
        {u"name"_s, store.name},
        {u"code"_s, store.code},
        {u"currency"_s, store.currency},
        {u"country"_s, store.country},
        {u"timezone"_s, store.timezone},
        {u"email"_s, text(store.email)},
        {u"hooks_token"_s, store.hooksToken},
        {u"url"_s, u"https://%1.jumpseller.com"_s.arg(store.code)},
        {u"logo"_s, QJsonValue::Null},
        {u"weight_unit"_s, store.weightUnit},
        {u"subscription_status"_s, u"active"_s},
        {u"subscription_plan"_s, store.subscriptionPlan},
        {u"fb_pixel_id"_s, QJsonValue::Null},
        {u"whatsapp_phone"_s, QJsonValue::Null},
        {u"address"_s,
         QJsonObject {{u"address"_s, text(store.address)},
                      {u"city"_s, text(store.city)},
                      {u"postal"_s, QJsonValue::Null},
                      {u"region"_s, text(store.region)},
                      {u"region_code"_s, text(store.regionCode)},
                      {u"country"_s, store.country},
                      {u"country_code"_s, store.country}}},
    };
}

QJsonObject Serializer::checkoutField(const CheckoutCustomField &field)
{
    return {
        {u"id"_s, field.id},
        {u"label"_s, field.label},
        {u"type"_s, field.type},
        {u"area"_s, field.area},
        {u"required"_s, field.required},
        {u"position"_s, field.position},
        {u"deletable"_s, field.deletable},
        {u"custom_field_select_options"_s, QJsonArray::fromStringList(field.selectOptions)},
    };
}

QJsonObject Serializer::hook(const Hook &hook)
{
    return {
        {u"id"_s, hook.id},
        {u"name"_s, text(hook.name)},
        {u"event"_s, hook.event},
        {u"url"_s, hook.url.toString()},
        {u"created_at"_s, timestamp(hook.createdAt)},
    };
}

} // namespace puente::fakes::jumpseller
