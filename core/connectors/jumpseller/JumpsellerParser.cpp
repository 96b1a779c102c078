#include "connectors/jumpseller/JumpsellerParser.h"

#include "connectors/jumpseller/JumpsellerJson.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

using J = JumpsellerJson;

// A reader fills `out` from one unwrapped record and returns what is wrong with it: empty if
// nothing, "missing \"id\"" for the record itself, or ".variants[2]: missing \"id\"" (leading
// dot) for a record nested inside it.
template<typename T>
using Reader = QString (*)(const QJsonObject &, T &);

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

QString located(const QString &where, const QString &problem)
{
    if (problem.startsWith(u'.'))
        return where + problem;
    return where + u": "_s + problem;
}

ApiError malformed(const QString &where, const QString &problem)
{
    return ApiError(ApiError::Kind::MalformedJson, located(where, problem));
}

/** Reads the record's id into `id`; an error text when it is missing or not a positive id. */
QString requireId(const QJsonObject &record, qint64 &id)
{
    const QJsonValue value = record.value(u"id"_s);
    if (value.isUndefined() || value.isNull())
        return u"missing \"id\""_s;
    const auto parsed = J::integer(value);
    if (!parsed || *parsed <= 0)
        return u"invalid \"id\" (%1)"_s.arg(typeName(value));
    id = *parsed;
    return {};
}

template<typename T>
ApiResult<T> parseOne(const QJsonValue &json, const QString &key, Reader<T> read)
{
    if (!json.isObject())
        return malformed(key, u"expected an object, got "_s + typeName(json));
    T out;
    if (const QString problem = read(J::unwrap(json, key), out); !problem.isEmpty())
        return malformed(key, problem);
    return out;
}

/** Reads an array of records, each wrapped in `key` or bare; `path` names it in errors. */
template<typename T>
QString readArray(const QJsonArray &array, const QString &key, const QString &path, Reader<T> read, QList<T> &out)
{
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue entry = array.at(i);
        const QString where = u"%1[%2]"_s.arg(path).arg(i);
        if (!entry.isObject())
            return where + u": expected an object, got "_s + typeName(entry);
        T item;
        if (const QString problem = read(J::unwrap(entry, key), item); !problem.isEmpty())
            return located(where, problem);
        out.append(std::move(item));
    }
    return {};
}

template<typename T>
ApiResult<QList<T>> parseList(const QJsonValue &json, const QString &key, const QString &pluralKey, Reader<T> read)
{
    QJsonArray array;
    if (json.isArray())
        array = json.toArray();
    else if (json.isObject() && json.toObject().value(pluralKey).isArray())
        array = json.toObject().value(pluralKey).toArray(); // {"orders": [...], "count": N}
    else if (json.isObject() && json.toObject().contains(key))
        array.append(json); // one record where the spec types the answer as one (orders/after)
    else
        return malformed(pluralKey, u"expected an array, got "_s + typeName(json));
    QList<T> out;
    if (const QString problem = readArray(array, key, pluralKey, read, out); !problem.isEmpty())
        return ApiError(ApiError::Kind::MalformedJson, problem);
    return out;
}

/** A nested array that is optional: anything but an array reads as empty. */
template<typename T>
QString readNested(const QJsonObject &record, const QString &field, const QString &key, Reader<T> read, QList<T> &out)
{
    const QString problem = readArray(record.value(field).toArray(), key, field, read, out);
    return problem.isEmpty() ? QString() : u"."_s + problem;
}

// --- Catalogue ----------------------------------------------------------------------------------

QString readCategory(const QJsonObject &o, JumpsellerCategory &out)
{
    if (QString problem = requireId(o, out.id); !problem.isEmpty())
        return problem;
    out.name = J::text(o.value(u"name"_s));
    out.parentId = J::integerOr(o.value(u"parent_id"_s));
    out.permalink = J::text(o.value(u"permalink"_s));
    return {};
}

QString readVariant(const QJsonObject &o, JumpsellerVariant &out)
{
    if (QString problem = requireId(o, out.id); !problem.isEmpty())
        return problem;
    out.sku = J::text(o.value(u"sku"_s));
    out.barcode = J::text(o.value(u"barcode"_s));
    out.price = J::numberOr(o.value(u"price"_s));
    out.stock = J::intOr(o.value(u"stock"_s));
    out.stockUnlimited = J::booleanOr(o.value(u"stock_unlimited"_s));
    for (const QJsonValue &entry : o.value(u"options"_s).toArray()) {
        if (!entry.isObject())
            continue; // an option is descriptive; a stray value does not make the variant unusable
        const QJsonObject option = entry.toObject();
        JumpsellerVariantOption parsed;
        parsed.name = J::text(option.value(u"name"_s));
        parsed.value = J::text(option.value(u"value"_s));
        parsed.optionType = J::text(option.value(u"option_type"_s));
        parsed.optionId = J::integerOr(option.value(u"product_option_id"_s));
        out.options.append(parsed);
    }
    return {};
}

QString readCustomFieldValue(const QJsonObject &o, JumpsellerCustomFieldValue &out)
{
    out.id = J::integerOr(o.value(u"id"_s));
    out.customFieldId = J::integerOr(o.value(u"custom_field_id"_s));
    out.label = J::text(o.value(u"label"_s));
    out.value = J::text(o.value(u"value"_s));
    out.variantId = J::integerOr(o.value(u"variant_id"_s));
    return {};
}

QString readProduct(const QJsonObject &o, JumpsellerProduct &out)
{
    if (QString problem = requireId(o, out.id); !problem.isEmpty())
        return problem;
    out.name = J::text(o.value(u"name"_s));
    out.sku = J::text(o.value(u"sku"_s));
    out.barcode = J::text(o.value(u"barcode"_s));
    out.brand = J::text(o.value(u"brand"_s));
    out.description = J::text(o.value(u"description"_s));
    out.permalink = J::text(o.value(u"permalink"_s));
    out.type = J::text(o.value(u"type"_s));
    out.price = J::numberOr(o.value(u"price"_s));
    out.stock = J::intOr(o.value(u"stock"_s));
    out.stockUnlimited = J::booleanOr(o.value(u"stock_unlimited"_s));
    out.statusText = J::text(o.value(u"status"_s));
    out.status = JumpsellerParser::productStatus(out.statusText);
    out.createdAt = J::timestamp(o.value(u"created_at"_s));
    out.updatedAt = J::timestamp(o.value(u"updated_at"_s));
    if (QString problem =
            readNested<JumpsellerCategory>(o, u"categories"_s, u"category"_s, readCategory, out.categories);
        !problem.isEmpty())
        return problem;
    if (QString problem = readNested<JumpsellerVariant>(o, u"variants"_s, u"variant"_s, readVariant, out.variants);
        !problem.isEmpty())
        return problem;
    for (const JumpsellerVariant &variant : std::as_const(out.variants)) {
        for (const JumpsellerVariantOption &option : variant.options) {
            if (!option.name.isEmpty() && !out.options.contains(option.name))
                out.options.append(option.name);
        }
    }
    // Not in ProductFields, but some answers carry the custom-field values ([SKILL] example).
    readNested<JumpsellerCustomFieldValue>(o, u"fields"_s, u"field"_s, readCustomFieldValue, out.customFields);
    return {};
}

// --- Orders -------------------------------------------------------------------------------------

JumpsellerAddress readAddress(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    JumpsellerAddress a;
    a.name = J::text(o.value(u"name"_s));
    a.surname = J::text(o.value(u"surname"_s));
    a.taxid = J::text(o.value(u"taxid"_s));
    a.address = J::text(o.value(u"address"_s));
    a.streetNumber = J::text(o.value(u"street_number"_s));
    a.complement = J::text(o.value(u"complement"_s));
    a.city = J::text(o.value(u"city"_s));
    a.postal = J::text(o.value(u"postal"_s));
    a.municipality = J::text(o.value(u"municipality"_s));
    a.region = J::text(o.value(u"region"_s));
    a.regionCode = J::text(o.value(u"region_code"_s));
    a.country = J::text(o.value(u"country"_s));
    a.countryCode = J::text(o.value(u"country_code"_s));
    return a;
}

QString readLine(const QJsonObject &o, JumpsellerOrderLine &out)
{
    // A line without quantity or price cannot be invoiced; guessing 0 would issue a wrong
    // document, so the order fails loudly instead.
    const auto qty = J::integer(o.value(u"qty"_s));
    if (!qty)
        return u"missing \"qty\""_s;
    const auto price = J::number(o.value(u"price"_s));
    if (!price)
        return u"missing \"price\""_s;
    out.qty = J::intOr(o.value(u"qty"_s));
    out.price = *price;
    out.productId = J::integerOr(o.value(u"id"_s));
    out.variantId = J::integerOr(o.value(u"variant_id"_s));
    out.sku = J::text(o.value(u"sku"_s));
    out.name = J::text(o.value(u"name"_s));
    out.discount = J::numberOr(o.value(u"discount"_s));
    for (const QJsonValue &entry : o.value(u"taxes"_s).toArray()) {
        const QJsonObject tax = entry.toObject();
        JumpsellerLineTax parsed;
        parsed.name = J::text(tax.value(u"name"_s));
        parsed.rate = J::numberOr(tax.value(u"rate"_s));
        parsed.fixed = J::booleanOr(tax.value(u"fixed"_s));
        parsed.taxOnProductPrice = J::booleanOr(tax.value(u"tax_on_product_price"_s));
        out.taxes.append(parsed);
    }
    return {};
}

QString readAdditionalField(const QJsonObject &o, JumpsellerAdditionalField &out)
{
    out.id = J::integerOr(o.value(u"id"_s));
    out.label = J::text(o.value(u"label"_s));
    out.value = J::text(o.value(u"value"_s));
    out.area = J::text(o.value(u"area"_s));
    return {};
}

void readOrderStatus(const QJsonObject &o, JumpsellerOrder &out)
{
    out.statusEnumText = J::text(o.value(u"status_enum"_s));
    out.statusName = J::text(o.value(u"status_name"_s));
    if (out.statusName.isEmpty())
        out.statusName = J::text(o.value(u"status"_s));
    // status_enum is the stable key; the translated names are a fallback for answers without it.
    out.status = JumpsellerParser::orderStatus(out.statusEnumText);
    if (out.status == JumpsellerOrderStatus::Unknown)
        out.status = JumpsellerParser::orderStatus(J::text(o.value(u"status"_s)));
    if (out.status == JumpsellerOrderStatus::Unknown)
        out.status = JumpsellerParser::orderStatus(out.statusName);
}

void readOrderMoney(const QJsonObject &o, JumpsellerOrder &out)
{
    out.currency = J::text(o.value(u"currency"_s));
    out.subtotal = J::numberOr(o.value(u"subtotal"_s));
    out.tax = J::numberOr(o.value(u"tax"_s));
    out.shippingTax = J::numberOr(o.value(u"shipping_tax"_s));
    out.shipping = J::numberOr(o.value(u"shipping"_s));
    out.discount = J::numberOr(o.value(u"discount"_s));
    out.shippingDiscount = J::numberOr(o.value(u"shipping_discount"_s));
    out.giftCardsDiscount = J::numberOr(o.value(u"gift_cards_discount"_s));
    out.total = J::numberOr(o.value(u"total"_s));
}

void readOrderShipping(const QJsonObject &o, JumpsellerOrder &out)
{
    out.shippingRequired = J::booleanOr(o.value(u"shipping_required"_s));
    out.shippingMethodName = J::text(o.value(u"shipping_method_name"_s));
    out.shippingOption = J::text(o.value(u"shipping_option"_s));
    out.shipmentStatus = J::text(o.value(u"shipment_status_enum"_s));
    if (out.shipmentStatus.isEmpty())
        out.shipmentStatus = J::text(o.value(u"shipment_status"_s)).trimmed().toLower().replace(u' ', u'_');
    out.trackingNumber = J::text(o.value(u"tracking_number"_s));
    out.trackingCompany = J::text(o.value(u"tracking_company"_s));
    out.trackingUrl = J::text(o.value(u"tracking_url"_s));
    out.shippingAddress = readAddress(o.value(u"shipping_address"_s));
}

QString readOrder(const QJsonObject &o, JumpsellerOrder &out)
{
    if (QString problem = requireId(o, out.id); !problem.isEmpty())
        return problem;
    readOrderStatus(o, out);
    readOrderMoney(o, out);
    readOrderShipping(o, out);
    out.createdAt = J::timestamp(o.value(u"created_at"_s));
    out.completedAt = J::timestamp(o.value(u"completed_at"_s));
    out.paymentMethodName = J::text(o.value(u"payment_method_name"_s));
    out.paymentMethodType = J::text(o.value(u"payment_method_type"_s));
    out.additionalInformation = J::text(o.value(u"additional_information"_s));

    const QJsonObject customer = o.value(u"customer"_s).toObject();
    out.customer.id = J::integerOr(customer.value(u"id"_s));
    out.customer.email = J::text(customer.value(u"email"_s));
    out.customer.phone = J::text(customer.value(u"phone"_s));
    out.customer.fullname = J::text(customer.value(u"fullname"_s));
    out.billingAddress = readAddress(o.value(u"billing_address"_s));
    const QJsonObject billing = o.value(u"billing_information"_s).toObject();
    out.billingInformation.businessActivity = J::text(billing.value(u"business_activity"_s));
    out.billingInformation.companyName = J::text(billing.value(u"company_name"_s));
    out.billingInformation.taxpayerType = J::text(billing.value(u"taxpayer_type"_s));

    if (QString problem = readNested<JumpsellerAdditionalField>(o, u"additional_fields"_s, u"additional_field"_s,
                                                                readAdditionalField, out.additionalFields);
        !problem.isEmpty())
        return problem;
    return readNested<JumpsellerOrderLine>(o, u"products"_s, u"product"_s, readLine, out.lines);
}

// --- Store, checkout fields, hooks ---------------------------------------------------------------

QString readStore(const QJsonObject &o, JumpsellerStoreInfo &out)
{
    out.code = J::text(o.value(u"code"_s)).trimmed();
    if (out.code.isEmpty())
        return u"missing \"code\""_s;
    out.name = J::text(o.value(u"name"_s));
    out.currency = J::text(o.value(u"currency"_s));
    out.country = J::text(o.value(u"country"_s));
    out.timezone = J::text(o.value(u"timezone"_s));
    out.email = J::text(o.value(u"email"_s));
    out.url = J::text(o.value(u"url"_s));
    out.weightUnit = J::text(o.value(u"weight_unit"_s));
    out.subscriptionPlan = J::text(o.value(u"subscription_plan"_s));
    out.subscriptionStatus = J::text(o.value(u"subscription_status"_s));
    out.hooksToken = J::text(o.value(u"hooks_token"_s));
    return {};
}

QString readCheckoutField(const QJsonObject &o, JumpsellerCheckoutCustomField &out)
{
    if (QString problem = requireId(o, out.id); !problem.isEmpty())
        return problem;
    out.label = J::text(o.value(u"label"_s));
    out.type = J::text(o.value(u"type"_s));
    out.area = J::text(o.value(u"area"_s));
    out.required = J::booleanOr(o.value(u"required"_s));
    out.position = J::intOr(o.value(u"position"_s));
    out.deletable = J::booleanOr(o.value(u"deletable"_s));
    for (const QJsonValue &option : o.value(u"custom_field_select_options"_s).toArray())
        out.selectOptions.append(J::text(option));
    return {};
}

QString readHook(const QJsonObject &o, JumpsellerHook &out)
{
    if (QString problem = requireId(o, out.id); !problem.isEmpty())
        return problem;
    out.name = J::text(o.value(u"name"_s));
    out.event = J::text(o.value(u"event"_s));
    out.url = QUrl(J::text(o.value(u"url"_s)));
    out.createdAt = J::timestamp(o.value(u"created_at"_s));
    return {};
}

} // namespace

ApiResult<JumpsellerStoreInfo> JumpsellerParser::storeInfo(const QJsonValue &json)
{
    return parseOne<JumpsellerStoreInfo>(json, u"store"_s, readStore);
}

ApiResult<qint64> JumpsellerParser::count(const QJsonValue &json)
{
    if (!json.isObject())
        return malformed(u"count"_s, u"expected an object, got "_s + typeName(json));
    const QJsonValue value = json.toObject().value(u"count"_s);
    const auto parsed = JumpsellerJson::integer(value);
    if (!parsed || *parsed < 0)
        return malformed(u"count"_s, value.isUndefined() ? u"missing \"count\""_s : u"invalid \"count\""_s);
    return *parsed;
}

ApiResult<JumpsellerProduct> JumpsellerParser::product(const QJsonValue &json)
{
    return parseOne<JumpsellerProduct>(json, u"product"_s, readProduct);
}

ApiResult<QList<JumpsellerProduct>> JumpsellerParser::products(const QJsonValue &json)
{
    return parseList<JumpsellerProduct>(json, u"product"_s, u"products"_s, readProduct);
}

ApiResult<JumpsellerVariant> JumpsellerParser::variant(const QJsonValue &json)
{
    return parseOne<JumpsellerVariant>(json, u"variant"_s, readVariant);
}

ApiResult<QList<JumpsellerVariant>> JumpsellerParser::variants(const QJsonValue &json)
{
    return parseList<JumpsellerVariant>(json, u"variant"_s, u"variants"_s, readVariant);
}

ApiResult<JumpsellerCategory> JumpsellerParser::category(const QJsonValue &json)
{
    return parseOne<JumpsellerCategory>(json, u"category"_s, readCategory);
}

ApiResult<QList<JumpsellerCategory>> JumpsellerParser::categories(const QJsonValue &json)
{
    return parseList<JumpsellerCategory>(json, u"category"_s, u"categories"_s, readCategory);
}

ApiResult<QList<JumpsellerCustomFieldValue>> JumpsellerParser::productFields(const QJsonValue &json)
{
    return parseList<JumpsellerCustomFieldValue>(json, u"field"_s, u"fields"_s, readCustomFieldValue);
}

ApiResult<JumpsellerOrder> JumpsellerParser::order(const QJsonValue &json)
{
    return parseOne<JumpsellerOrder>(json, u"order"_s, readOrder);
}

ApiResult<QList<JumpsellerOrder>> JumpsellerParser::orders(const QJsonValue &json)
{
    return parseList<JumpsellerOrder>(json, u"order"_s, u"orders"_s, readOrder);
}

ApiResult<JumpsellerCheckoutCustomField> JumpsellerParser::checkoutCustomField(const QJsonValue &json)
{
    return parseOne<JumpsellerCheckoutCustomField>(json, u"checkout_custom_field"_s, readCheckoutField);
}

ApiResult<QList<JumpsellerCheckoutCustomField>> JumpsellerParser::checkoutCustomFields(const QJsonValue &json)
{
    return parseList<JumpsellerCheckoutCustomField>(json, u"checkout_custom_field"_s, u"checkout_custom_fields"_s,
                                                    readCheckoutField);
}

ApiResult<JumpsellerHook> JumpsellerParser::hook(const QJsonValue &json)
{
    return parseOne<JumpsellerHook>(json, u"hook"_s, readHook);
}

ApiResult<QList<JumpsellerHook>> JumpsellerParser::hooks(const QJsonValue &json)
{
    return parseList<JumpsellerHook>(json, u"hook"_s, u"hooks"_s, readHook);
}

JumpsellerOrderStatus JumpsellerParser::orderStatus(const QString &text)
{
    static const QHash<QString, JumpsellerOrderStatus> known {
        {u"pending_payment"_s, JumpsellerOrderStatus::PendingPayment},
        {u"pending payment"_s, JumpsellerOrderStatus::PendingPayment},
        {u"pendiente de pago"_s, JumpsellerOrderStatus::PendingPayment},
        {u"paid"_s, JumpsellerOrderStatus::Paid},
        {u"pagado"_s, JumpsellerOrderStatus::Paid},
        {u"pagada"_s, JumpsellerOrderStatus::Paid},
        {u"canceled"_s, JumpsellerOrderStatus::Canceled},
        {u"cancelled"_s, JumpsellerOrderStatus::Canceled},
        {u"cancelado"_s, JumpsellerOrderStatus::Canceled},
        {u"cancelada"_s, JumpsellerOrderStatus::Canceled},
        {u"abandoned"_s, JumpsellerOrderStatus::Abandoned},
        {u"abandonado"_s, JumpsellerOrderStatus::Abandoned},
        {u"abandonada"_s, JumpsellerOrderStatus::Abandoned},
    };
    return known.value(text.trimmed().toLower(), JumpsellerOrderStatus::Unknown);
}

JumpsellerProductStatus JumpsellerParser::productStatus(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == u"available"_s)
        return JumpsellerProductStatus::Available;
    if (lower == u"not-available"_s || lower == u"not_available"_s || lower == u"unavailable"_s)
        return JumpsellerProductStatus::NotAvailable;
    if (lower == u"disabled"_s)
        return JumpsellerProductStatus::Disabled;
    return JumpsellerProductStatus::Unknown;
}

} // namespace puente
