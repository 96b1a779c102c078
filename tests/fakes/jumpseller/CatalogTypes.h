#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

// The fake store's catalogue records. Plain value types; field names follow the API's snake_case
// fields (ProductFields, VariantFields, CategoryFields, ProductOptionFields of the v1 spec).

namespace puente::fakes::jumpseller {

/** Product status values of the spec (ProductFields.status). */
inline const QStringList &productStatuses()
{
    static const QStringList statuses {QStringLiteral("available"), QStringLiteral("not-available"),
                                       QStringLiteral("disabled")};
    return statuses;
}

/** A category (CategoryFields). `parentId` 0 = top level. */
struct Category
{
    int id = 0;
    QString name;
    int parentId = 0;
    QString permalink;
};

/** One value of a product option, e.g. "Rojo" of "Color" (ProductOptionValueFields). */
struct OptionValue
{
    int id = 0;
    QString name;
    QString custom; ///< hex colour for option_type "color"
    int position = 1;
};

/** A product option such as "Talla" (ProductOptionFields). */
struct ProductOption
{
    int id = 0;
    QString name;
    QString optionType = QStringLiteral("option");
    int position = 1;
    QList<OptionValue> values;
};

/** A variant: a combination of option values with its own sku, price and stock (VariantFields). */
struct Variant
{
    int id = 0;
    int productId = 0;
    QString sku;
    QString barcode;
    double price = 0;
    std::optional<double> costPerItem;
    std::optional<double> compareAtPrice;
    int stock = 0;
    bool stockUnlimited = false;
    int stockThreshold = 0;
    bool stockNotification = false;
    QList<QPair<int, int>> optionValues; ///< (option id, value id), in option position order
};

/** A product custom-field value (ProductCustomFieldFields), bound to a store-level custom field. */
struct ProductField
{
    int id = 0;
    int customFieldId = 0;
    QString value;
    int variantId = 0; ///< 0 = the whole product
};

/** A store-level product custom field definition (CustomFieldFields). */
struct CustomField
{
    int id = 0;
    QString label;
    QString type = QStringLiteral("input"); ///< text | selection | input
    QStringList values;
};

/** A product (ProductFields). Variants live in the catalogue; `variantIds` keeps their order. */
struct Product
{
    int id = 0;
    QString name;
    QString description;
    QString pageTitle;
    QString metaDescription;
    QString type = QStringLiteral("physical");
    QString sku;
    QString barcode;
    QString brand;
    QString permalink;
    QString status = QStringLiteral("available");
    QString packageFormat = QStringLiteral("box");
    double price = 0;
    double discount = 0;
    double weight = 1;
    std::optional<double> costPerItem;
    std::optional<double> compareAtPrice;
    int stock = 0;
    bool stockUnlimited = false;
    int stockThreshold = 0;
    bool stockNotification = false;
    bool featured = false;
    bool shippingRequired = true;
    QList<int> categoryIds;
    QStringList imageUrls;
    QList<int> variantIds;
    QList<ProductOption> options;
    QList<ProductField> fields;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/** Seed for one variant: option values are given by name, e.g. {{"Talla","M"},{"Color","Rojo"}}. */
struct VariantSeed
{
    QString sku;
    QString barcode;
    std::optional<double> price; ///< unset = the product's price
    int stock = 0;
    bool stockUnlimited = false;
    QList<QPair<QString, QString>> options;
};

/** Seed for one product, as tests and the sandbox describe it. */
struct ProductSeed
{
    QString name;
    QString sku;
    QString barcode;
    QString brand;
    QString description;
    double price = 0;
    int stock = 0;
    bool stockUnlimited = false;
    QString status = QStringLiteral("available");
    QList<int> categoryIds;
    QList<VariantSeed> variants;
    QList<QPair<QString, QString>> customFields; ///< (label, value); definitions are created on demand
    QStringList imageUrls;
};

} // namespace puente::fakes::jumpseller
