#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

// The demo shop as plain data, one side per system. Field names follow the APIs (bsale.md,
// jumpseller.md) so that FakeBsale and FakeJumpseller can serve them without guessing; the
// HTTP shapes and type quirks (string ids, 0/1 flags, wrappers) are the fakes' business.
// Money is CLP: gross amounts are integers, Bsale's net price-list values carry decimals.

namespace puente::fakes {

// ---------------------------------------------------------------------------------------------
// ERP side (Bsale)
// ---------------------------------------------------------------------------------------------

/** A Bsale office (sucursal). Store stock mirrors the virtual one. */
struct DemoOffice
{
    int id = 0;
    QString name;
    QString description;
    QString address;
    QString municipality; ///< comuna
    QString city;
    bool isVirtual = false; ///< available to the web store
    int defaultPriceListId = 0;
    int state = 0; ///< Bsale: 0 active, 1 inactive
};

/** A Bsale tax (`/v1/taxes.json`). */
struct DemoTax
{
    int id = 0;
    QString name;
    QString code; ///< SII code, "14" for IVA
    double percentage = 0; ///< 19.0
    bool forAllProducts = false;
    int state = 0;
};

/** An attribute of a Bsale product type. Options are listed; Bsale joins them with '|'. */
struct DemoAttribute
{
    int id = 0;
    QString name;
    bool isMandatory = false;
    bool generateVariantName = false; ///< true for Talla/Color (variant options), false for Material
    QStringList options;
    int state = 0;
};

/** A Bsale product type (plays the role of a category) with its attributes. */
struct DemoProductType
{
    int id = 0;
    QString name;
    int state = 0;
    QList<DemoAttribute> attributes;
};

/** A brand. Bsale products carry `brandId`; Jumpseller products a plain string. */
struct DemoBrand
{
    int id = 0;
    QString name;
};

/** One attribute value of a variant (`/v1/variants/{id}/attribute_values.json`). */
struct DemoAttributeValue
{
    int attributeId = 0;
    QString description;
};

/** One component of a pack (Bsale "pack por variante"). */
struct DemoPackItem
{
    int variantId = 0;
    double quantity = 1;
};

/** A Bsale product: the parent of one or more variants. */
struct DemoErpProduct
{
    enum Classification { Product = 0, Service = 1, Pack = 3 };

    int id = 0;
    QString name;
    QString description;
    int productTypeId = 0;
    int brandId = 0; ///< 0 = no brand
    int classification = Product;
    bool stockControl = true;
    bool serialNumber = false; ///< the product tracks serials
    bool isLot = false;
    int state = 0; ///< 0 active, 1 inactive
    QList<int> variantIds; ///< in creation order
    QList<DemoPackItem> packDetails; ///< only for classification Pack
};

/** A Bsale variant: the sellable SKU unit. */
struct DemoErpVariant
{
    int id = 0;
    int productId = 0;
    QString code; ///< SKU
    QString barCode;
    QString description; ///< variant label, e.g. "Talla M / Azul"; empty for single-variant products
    bool unlimitedStock = false;
    bool allowNegativeStock = false;
    bool serialNumber = false;
    int state = 0;
    QList<DemoAttributeValue> attributeValues;
};

/** One Bsale stock row, per (variant, office). All three quantities are floats in Bsale. */
struct DemoStock
{
    int id = 0;
    int variantId = 0;
    int officeId = 0;
    double quantity = 0; ///< physical
    double quantityReserved = 0;
    double quantityAvailable = 0; ///< quantity - reserved; may be negative
    QStringList serials; ///< for serial-tracked variants: the serials on hand in this office
};

/** A price-list detail: net with decimals, gross an integer (chile-dte.md §4.3). */
struct DemoPrice
{
    int id = 0;
    int variantId = 0;
    double variantValue = 0; ///< net = gross / 1.19, rounded to 2 decimals
    qint64 variantValueWithTaxes = 0; ///< gross CLP
};

/** A Bsale price list with one detail per variant. */
struct DemoPriceList
{
    int id = 0;
    QString name;
    QString description;
    int coinId = 1; ///< 1 = CLP
    int state = 0;
    QList<DemoPrice> details;
};

/** A Bsale document type. Ids are per account, so the app must resolve them by `codeSii`. */
struct DemoDocumentType
{
    int id = 0;
    QString name;
    QString codeSii; ///< a string in Bsale ("39"); empty for a sales note
    int initialNumber = 1;
    bool isElectronicDocument = false;
    bool breakdownTax = false;
    int use = 0; ///< 0 sale, 1 return, 2 dispatch, 3 settlement
    bool isSalesNote = false;
    bool isExempt = false;
    bool isCreditNote = false;
    bool useClient = false;
    int state = 0;
};

/** A Bsale payment type. */
struct DemoPaymentType
{
    int id = 0;
    QString name;
    bool isVirtual = false;
    bool isCheck = false;
    bool isCreditNote = false;
    bool isClientCredit = false;
    bool isCash = false;
    int state = 0;
};

/** A Bsale client: a company (factura receptor) or a person. */
struct DemoClient
{
    int id = 0;
    QString code; ///< RUT, canonical "12345678-9"
    QString company; ///< razón social
    QString activity; ///< giro
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString address;
    QString municipality; ///< comuna
    QString city;
    int companyOrPerson = 1; ///< 0 person, 1 company
    int state = 0;
};

/** Everything the fake Bsale account holds. */
struct DemoErpData
{
    int cpnId = 0; ///< instance id (webhook `cpnId`)
    QString companyRut; ///< the shop's own RUT
    QString companyName;
    QList<DemoOffice> offices;
    QList<DemoTax> taxes;
    QList<DemoProductType> productTypes;
    QList<DemoBrand> brands;
    QList<DemoErpProduct> products;
    QList<DemoErpVariant> variants;
    QList<DemoStock> stocks; ///< one row per (variant, office), variant-major
    QList<DemoPriceList> priceLists;
    QList<DemoDocumentType> documentTypes;
    QList<DemoPaymentType> paymentTypes;
    QList<DemoClient> clients;
};

// ---------------------------------------------------------------------------------------------
// Store side (Jumpseller)
// ---------------------------------------------------------------------------------------------

/** A Jumpseller category. */
struct DemoStoreCategory
{
    int id = 0;
    QString name;
    int parentId = 0; ///< 0 = top level
    QString permalink;
    /// Ground truth for tests: the Bsale product type a sensible mapping pairs it with (0 = none).
    int matchingProductTypeId = 0;
};

/** A product option with its values (`/products/{id}/options.json`). */
struct DemoStoreOption
{
    QString name; ///< "Talla", "Color"
    QString optionType; ///< "option" or "color"
    QStringList values;
};

/** A variant's value for one option. */
struct DemoStoreOptionValue
{
    QString name;
    QString optionType;
    QString value;
    QString custom; ///< hex colour for colour options, else empty
    int productOptionPosition = 0;
    int productValuePosition = 0;
};

/** A Jumpseller variant. */
struct DemoStoreVariant
{
    int id = 0;
    QString sku;
    QString barcode; ///< may be empty (not every merchant fills it in)
    qint64 price = 0; ///< gross CLP
    int stock = 0;
    bool stockUnlimited = false;
    QList<DemoStoreOptionValue> options;
    /// Ground truth for tests: the Bsale variant this one really is (0 = store only). Never
    /// served over the API; matching must happen by SKU.
    int linkedErpVariantId = 0;
};

/** A store-level custom field definition (Jumpseller `/custom_fields.json`). */
struct DemoStoreCustomField
{
    int id = 0;
    QString label;
    QString type; ///< "selection", "text" or "input"
    QStringList values;
};

/** A product's value for a custom field. */
struct DemoStoreFieldValue
{
    int customFieldId = 0;
    QString label;
    QString value;
};

/**
 * A Jumpseller product. A product without `variants` is a simple product whose sku, barcode,
 * price and stock live on the product itself; with variants those are per variant and the
 * product's own values are a summary (first variant's price, total stock).
 */
struct DemoStoreProduct
{
    int id = 0;
    QString name;
    QString description; ///< HTML
    QString permalink;
    QString sku;
    QString barcode;
    QString brand;
    QString status; ///< "available", "not-available" or "disabled"
    qint64 price = 0;
    int stock = 0;
    bool stockUnlimited = false;
    double weight = 1;
    QList<int> categoryIds;
    QList<DemoStoreOption> options;
    QList<DemoStoreVariant> variants;
    QList<DemoStoreFieldValue> fields;
    /// Ground truth for tests, never served: the Bsale product (0 = store only) and, for a
    /// simple product, the Bsale variant it really is.
    int linkedErpProductId = 0;
    int linkedErpVariantId = 0;
};

/** A checkout custom field (`/checkout_custom_fields.json`). */
struct DemoCheckoutField
{
    int id = 0;
    QString label;
    QString type; ///< "select", "input", "text", "checkbox"
    QString area; ///< "contact", "billing_shipping", "other"
    bool required = false;
    int position = 0;
    bool deletable = true;
    QStringList selectOptions;
};

/** A Chilean postal address in Jumpseller's shape. */
struct DemoAddress
{
    QString name;
    QString surname;
    QString taxid; ///< RUT as the customer typed it (billing address only); not validated by the store
    QString address;
    QString streetNumber;
    QString complement;
    QString city;
    QString municipality;
    QString region;
    QString regionCode;
    QString postal;
    QString country;
    QString countryCode;
};

/** A store customer. */
struct DemoStoreCustomer
{
    int id = 0;
    QString email;
    QString phone;
    QString phonePrefix;
    QString fullname;
    DemoAddress shippingAddress;
    DemoAddress billingAddress;
};

/** One order line. `price` is gross per unit; `discount` is the line's discount amount. */
struct DemoOrderLine
{
    int productId = 0;
    int variantId = 0; ///< 0 for a simple product
    QString sku;
    QString name;
    int qty = 1;
    qint64 price = 0;
    qint64 discount = 0;
    double weight = 0;
};

/** A value the customer entered in a checkout custom field. */
struct DemoOrderField
{
    int id = 0; ///< the checkout custom field's id
    QString label;
    QString value;
    QString area;
};

/** Jumpseller's native Chilean invoicing block. */
struct DemoBillingInformation
{
    QString businessActivity; ///< giro
    QString companyName; ///< razón social
    QString taxpayerType;
};

/** A Jumpseller order. All amounts are CLP and IVA-inclusive (tax_on_product_price). */
struct DemoOrder
{
    int id = 0;
    QDateTime createdAt; ///< UTC
    QDateTime completedAt; ///< UTC; invalid when the checkout never completed
    QString statusEnum; ///< "pending_payment", "paid", "canceled", "abandoned"
    QString currency;
    qint64 subtotal = 0; ///< sum of price * qty
    qint64 discount = 0; ///< sum of line discounts
    qint64 shipping = 0;
    qint64 tax = 0; ///< IVA included in (subtotal - discount)
    qint64 shippingTax = 0; ///< IVA included in shipping
    qint64 total = 0; ///< subtotal - discount + shipping
    QString coupons;
    QString shippingMethodName;
    QString shippingOption; ///< "delivery", "store_pickup", "no_shipping"
    QString paymentMethodName;
    QString paymentMethodType;
    QString fulfillmentStatus; ///< "unfulfilled" or "fulfilled"
    QString shipmentStatusEnum;
    QString additionalInformation;
    DemoStoreCustomer customer; ///< a copy of the customer as at checkout
    DemoAddress shippingAddress;
    DemoAddress billingAddress;
    DemoBillingInformation billingInformation;
    QList<DemoOrderField> additionalFields;
    QList<DemoOrderLine> products;

    /** The value of the additional field with this label, or a null QString if absent. */
    QString additionalField(const QString &label) const;
    /** Display name for status_enum ("Paid", "Pending Payment", ...). */
    QString statusName() const;
};

/** Everything the fake Jumpseller store holds. */
struct DemoStoreData
{
    QString name;
    QString code; ///< store subdomain (Jumpseller-Store-Code)
    QString currency;
    QString country;
    QString timezone;
    QList<DemoStoreCategory> categories;
    QList<DemoStoreCustomField> customFields;
    QList<DemoStoreProduct> products;
    QList<DemoCheckoutField> checkoutFields;
    QList<DemoStoreCustomer> customers;
    QList<DemoOrder> orders; ///< ascending id and creation time
};

// ---------------------------------------------------------------------------------------------
// The deliberate trouble, named so tests and the sandbox can find it. Empty in large catalogues.
// ---------------------------------------------------------------------------------------------

/** An ERP SKU and the store's spelling of the same SKU (differs by case or whitespace only). */
struct DemoSkuSpelling
{
    QString erpSku;
    QString storeSku;
};

/** Where each deliberate trouble case lives. SKUs are exact strings; ids as in the data. */
struct DemoShopTrouble
{
    QStringList duplicateStoreSkus; ///< each on two or more store products/variants
    QList<DemoSkuSpelling> sloppyStoreSkus; ///< store SKUs differing from Bsale by case/space
    QList<int> erpOnlyProductIds; ///< Bsale products with no store counterpart (to import)
    QList<int> storeOnlyProductIds; ///< store products with no Bsale counterpart
    QList<int> storeProductsWithoutSku; ///< store-only products with an empty SKU
    QList<int> inactiveErpProductIds; ///< Bsale state 1 (one of them still sold in the store)
    QString packSku; ///< a Bsale pack (classification 3) sold by its code
    QString serialSku; ///< a serial-tracked variant (documents need the serial in `comment`)
    QString giftSku; ///< price 0 on both sides
    QString unlimitedSku; ///< unlimitedStock in Bsale, stock_unlimited in the store
    QString negativeStockSku; ///< quantityAvailable < 0 in the web office (allowNegativeStock)
    QStringList roundingEdgeSkus; ///< gross prices where round(net * 0.19) breaks the total
    QStringList stockMismatchSkus; ///< store stock differs from Bsale's web-office availability
    QStringList priceMismatchSkus; ///< store price differs from Lista Base
    QString duplicateClientRut; ///< two Bsale clients share this RUT
    QString invalidRut; ///< as typed in the invalid-RUT order (fails módulo 11)
    QString unlinkedSku; ///< store-only SKU sold in unlinkedSkuOrderId
    int missingGiroOrderId = 0; ///< factura requested, no giro anywhere
    int invalidRutOrderId = 0; ///< factura requested with invalidRut
    int unlinkedSkuOrderId = 0; ///< contains a SKU Bsale does not have
    int giftOnlyOrderId = 0; ///< only the zero-price gift, total 0
    int discountOrderId = 0; ///< coupon with line discounts
    int multiUnitOrderId = 0; ///< a line with qty > 1
    int packOrderId = 0;
    int serialOrderId = 0;
    int unlimitedOrderId = 0;
    int duplicateSkuOrderId = 0; ///< sells a duplicated store SKU
    int sloppySkuOrderId = 0; ///< sells a store SKU that differs by case/space
    int formattedRutOrderId = 0; ///< valid RUT typed with dots and a lower-case k
    QList<int> facturaOrderIds; ///< every order whose Tipo de Documento is Factura
    QList<int> boletaOrderIds; ///< every order whose Tipo de Documento is Boleta
};

/** The whole demo shop. Plain data: copyable, no QObject, no thread affinity. */
struct DemoShopData
{
    DemoErpData erp;
    DemoStoreData store;
    DemoShopTrouble trouble;

    /** Everything as JSON, for inspection and the sandbox's admin state. Deterministic. */
    QJsonObject toJson() const;
};

} // namespace puente::fakes
