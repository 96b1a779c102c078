#pragma once

#include "net/ApiError.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

#include <optional>

// What the Jumpseller REST API v1 sends and takes, as plain copyable values. Field names follow
// the API's (ProductFields, VariantFields, OrderFields, ... of the official spec) in camelCase.
// Text the API leaves empty (null) reads as an empty string, missing numbers as 0. Money stays
// as the API's float: stores may sell in USD, and turning CLP into integer pesos is the domain's
// job, not the connector's.

namespace puente {

/** ProductFields.status. */
enum class JumpsellerProductStatus : quint8 { Available, NotAvailable, Disabled, Unknown };

/** OrderFields.status_enum: the payment status. `Unknown` = a value this version does not know. */
enum class JumpsellerOrderStatus : quint8 { PendingPayment, Paid, Canceled, Abandoned, Unknown };

/** GET /store/info.json (Store). */
struct JumpsellerStoreInfo
{
    QString name;
    QString code; ///< the store's subdomain; equals the Jumpseller-Store-Code hook header
    QString currency; ///< e.g. "CLP"
    QString country;
    QString timezone;
    QString email;
    QString url;
    QString weightUnit;
    QString subscriptionPlan;
    QString subscriptionStatus;
    /** The HMAC key of the store's webhooks. A secret: never log it or store it in settings. */
    QString hooksToken;
};

/** CategoryFields. */
struct JumpsellerCategory
{
    qint64 id = 0;
    QString name;
    qint64 parentId = 0; ///< 0 = top level
    QString permalink;
};

/** One option value of a variant (ProductOptionVariantEdit), e.g. Talla = M. */
struct JumpsellerVariantOption
{
    QString name; ///< the option, e.g. "Talla"
    QString value; ///< e.g. "M"
    QString optionType; ///< "option" or "color"
    qint64 optionId = 0; ///< product_option_id where the API sends it, else 0
};

/** VariantFields: a sellable combination of option values with its own SKU, price and stock. */
struct JumpsellerVariant
{
    qint64 id = 0;
    QString sku;
    QString barcode;
    double price = 0;
    int stock = 0;
    bool stockUnlimited = false;
    QList<JumpsellerVariantOption> options;
};

/** A product's custom-field value (ProductCustomFieldFields), e.g. Material = Algodón. */
struct JumpsellerCustomFieldValue
{
    qint64 id = 0;
    qint64 customFieldId = 0;
    QString label;
    QString value;
    qint64 variantId = 0; ///< 0 = the whole product
};

/** ProductFields. Products with variants keep stock and price per variant (§2.3). */
struct JumpsellerProduct
{
    qint64 id = 0;
    QString name;
    QString sku;
    QString barcode;
    QString brand;
    QString description;
    QString permalink;
    QString type; ///< physical, digital or gift_card
    double price = 0;
    int stock = 0;
    bool stockUnlimited = false;
    JumpsellerProductStatus status = JumpsellerProductStatus::Unknown;
    QString statusText; ///< as sent, for statuses this version does not know
    QList<JumpsellerCategory> categories;
    QList<JumpsellerVariant> variants;
    /** Option names in variant order ("Talla", "Color"), taken from the variants. */
    QStringList options;
    /** Only filled where the answer carries them (productFields() reads them on their own). */
    QList<JumpsellerCustomFieldValue> customFields;
    QDateTime createdAt; ///< UTC; invalid if the API sent none
    QDateTime updatedAt;

    bool hasVariants() const { return !variants.isEmpty(); }
};

/** OrderShippingAddress / OrderBillingAddress. */
struct JumpsellerAddress
{
    QString name;
    QString surname;
    QString taxid; ///< the RUT in Chile (billing address); not validated by the store
    QString address;
    QString streetNumber; ///< typed as a number in the spec; kept as text ("12B" exists)
    QString complement;
    QString city;
    QString postal;
    QString municipality; ///< comuna
    QString region;
    QString regionCode;
    QString country;
    QString countryCode;
};

/** CustomerSimpleFields. */
struct JumpsellerCustomer
{
    qint64 id = 0; ///< a string in the official webhook example; read either way
    QString email;
    QString phone;
    QString fullname;
};

/** BillingInformationFields: Chilean invoicing data of the native checkout. */
struct JumpsellerBillingInformation
{
    QString businessActivity; ///< Giro
    QString companyName; ///< Razón Social
    QString taxpayerType;
};

/** OrderAdditionalFields: a checkout custom field's value on an order. */
struct JumpsellerAdditionalField
{
    qint64 id = 0;
    QString label;
    QString value;
    QString area; ///< contact, billing_shipping or other
};

/** OrderProductTax. */
struct JumpsellerLineTax
{
    QString name;
    double rate = 0; ///< as sent (19 for 19 %)
    bool fixed = false;
    bool taxOnProductPrice = false; ///< true: the line price already includes this tax
};

/** OrderProduct: one order line. */
struct JumpsellerOrderLine
{
    qint64 productId = 0;
    qint64 variantId = 0; ///< 0 = a product without variants
    QString sku;
    QString name;
    int qty = 0;
    double price = 0; ///< unit price as charged
    double discount = 0;
    QList<JumpsellerLineTax> taxes;
};

/** OrderFields. Key logic on `status` (from status_enum), never on the translated names. */
struct JumpsellerOrder
{
    qint64 id = 0;
    JumpsellerOrderStatus status = JumpsellerOrderStatus::Unknown;
    QString statusEnumText; ///< status_enum as sent
    QString statusName; ///< translated display name ("Paid", "Pagado")
    QDateTime createdAt;
    QDateTime completedAt;
    QString currency;
    double subtotal = 0;
    double tax = 0;
    double shippingTax = 0;
    double shipping = 0;
    double discount = 0;
    double shippingDiscount = 0;
    double giftCardsDiscount = 0;
    double total = 0;
    bool shippingRequired = false;
    QString shippingMethodName;
    QString shippingOption;
    QString paymentMethodName;
    QString paymentMethodType;
    QString additionalInformation;
    QString shipmentStatus; ///< shipment_status_enum (untranslated)
    QString trackingNumber;
    QString trackingCompany;
    QString trackingUrl;
    JumpsellerCustomer customer;
    JumpsellerAddress shippingAddress;
    JumpsellerAddress billingAddress;
    JumpsellerBillingInformation billingInformation;
    QList<JumpsellerAdditionalField> additionalFields;
    QList<JumpsellerOrderLine> lines;

    /** The value of the checkout field with this label (case-insensitive), or null. */
    QString additionalField(const QString &label) const;
};

/** CheckoutCustomFieldFields, e.g. "Tipo de Documento" with boleta/factura. */
struct JumpsellerCheckoutCustomField
{
    qint64 id = 0;
    QString label;
    QString type; ///< text, select, input, checkbox, date
    QString area; ///< contact, billing_shipping, other
    bool required = false;
    int position = 0;
    bool deletable = false;
    QStringList selectOptions;
};

/** HookFields: a registered webhook. */
struct JumpsellerHook
{
    qint64 id = 0;
    QString name;
    QString event; ///< e.g. order_paid
    QUrl url;
    QDateTime createdAt;
};

// --- What Puente sends ----------------------------------------------------------------------

/** A variant to create (POST /products/{id}/variants.json). */
struct JumpsellerVariantDraft
{
    QString sku;
    QString barcode;
    std::optional<double> price; ///< unset = the product's price
    /** Always sent: the API's default for a missing stock is 100 units, not 0. */
    int stock = 0;
    bool stockUnlimited = false;
    QList<QPair<QString, QString>> options; ///< (option name, value), e.g. {"Talla","M"}
};

/** A product to create: the product first, then each variant (jumpseller.md §2.8). */
struct JumpsellerProductDraft
{
    QString name; ///< required
    double price = 0; ///< required
    QString sku;
    QString barcode;
    QString description;
    /** Always sent: the API's default for a missing stock is 100 units, not 0. */
    int stock = 0;
    bool stockUnlimited = false;
    JumpsellerProductStatus status = JumpsellerProductStatus::Available;
    std::optional<double> weight;
    QList<qint64> categoryIds;
    QList<JumpsellerVariantDraft> variants;
};

/** A partial product update: only the fields set are sent. Stock and price are absolute. */
struct JumpsellerProductChanges
{
    std::optional<QString> name;
    std::optional<QString> sku;
    std::optional<QString> barcode;
    std::optional<QString> description;
    std::optional<double> price;
    std::optional<int> stock;
    std::optional<bool> stockUnlimited;
    std::optional<JumpsellerProductStatus> status;
    std::optional<QList<qint64>> categoryIds;

    bool isEmpty() const;
};

/** A partial variant update: only the fields set are sent. Stock and price are absolute. */
struct JumpsellerVariantChanges
{
    std::optional<QString> sku;
    std::optional<QString> barcode;
    std::optional<double> price;
    std::optional<int> stock;
    std::optional<bool> stockUnlimited;

    bool isEmpty() const;
};

/**
 * What PUT /orders/{id}.json may change (OrderEditFields: nothing else is writable).
 * `additionalInformation` replaces the whole note, so append to the order's current text when
 * adding a line such as a document link.
 */
struct JumpsellerOrderChanges
{
    std::optional<JumpsellerOrderStatus> status;
    std::optional<QString> shipmentStatus; ///< requested, in_transit, delivered, failed, pickup_available
    std::optional<QString> trackingNumber;
    std::optional<QString> trackingCompany;
    std::optional<QString> trackingUrl;
    std::optional<QString> additionalInformation;
    QList<JumpsellerAdditionalField> additionalFields; ///< matched by id, else by label

    bool isEmpty() const;
};

// --- Composite outcomes ---------------------------------------------------------------------

/**
 * The product createProduct() made. The product exists once this is returned, even when a
 * variant failed: then `variantError` says why and `product.variants` holds the variants that
 * were created, so a retry can create only the missing ones.
 */
struct JumpsellerCreatedProduct
{
    JumpsellerProduct product;
    ApiError variantError;
    int variantsRequested = 0;

    bool complete() const { return !variantError.isError(); }
};

/** The setup dialog's connection check. */
struct JumpsellerConnectionCheck
{
    enum class Outcome : quint8 {
        Accepted, ///< credentials work; `store` is filled
        Rejected, ///< the store refused the credentials (401/403): ask for new ones
        Failed, ///< no verdict: offline, server error, throttled, unparsable answer
    };

    Outcome outcome = Outcome::Failed;
    JumpsellerStoreInfo store;
    ApiError error; ///< why it was rejected or failed; serverMessage() is the store's text

    bool accepted() const { return outcome == Outcome::Accepted; }
};

/** "available", "not-available", "disabled" (empty for Unknown). */
QString jumpsellerProductStatusText(JumpsellerProductStatus status);
/** "pending_payment", "paid", "canceled", "abandoned" (empty for Unknown). */
QString jumpsellerOrderStatusEnum(JumpsellerOrderStatus status);
/** "Pending Payment", "Paid", "Canceled", "Abandoned": the values PUT /orders takes. */
QString jumpsellerOrderStatusName(JumpsellerOrderStatus status);

} // namespace puente

Q_DECLARE_METATYPE(puente::JumpsellerStoreInfo)
Q_DECLARE_METATYPE(puente::JumpsellerCategory)
Q_DECLARE_METATYPE(puente::JumpsellerVariant)
Q_DECLARE_METATYPE(puente::JumpsellerProduct)
Q_DECLARE_METATYPE(puente::JumpsellerOrder)
Q_DECLARE_METATYPE(puente::JumpsellerCheckoutCustomField)
Q_DECLARE_METATYPE(puente::JumpsellerHook)
Q_DECLARE_METATYPE(puente::JumpsellerConnectionCheck)
