#pragma once

// Plain values that BsaleClient hands to the sync engine, parsed from Bsale REST API v1 JSON
// (bsale.md). Only the fields Puente uses are kept. Conventions:
//  - ids are ints; 0 means "absent" (Bsale ids start at 1);
//  - dates are Unix seconds as Bsale sends them (documents: UTC midnight of the date);
//  - CLP amounts that Bsale rounds to whole pesos are qint64; quantities, net unit values and
//    percentages that may carry decimals stay double;
//  - Bsale's 0/1 flags are bools; `state` keeps Bsale's numbers (0 active, 1 inactive).

#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace puente {

/** GET /v1/offices.json item (sucursal). */
struct BsaleOffice
{
    int id = 0;
    QString name;
    QString address;
    QString municipality;
    QString city;
    bool isVirtual = false; ///< available to the web store
    int state = 0;
};

/** One attribute of a product type (§13); `options` is Bsale's pipe-separated list, split. */
struct BsaleAttribute
{
    int id = 0;
    int productTypeId = 0; ///< from the request path, not the JSON
    QString name;
    bool isMandatory = false;
    bool generateVariantName = false; ///< makes variant names (size, colour): a store option
    bool hasOptions = false;
    QStringList options;
    int state = 0;
};

/** GET /v1/product_types.json item: Bsale's categories. */
struct BsaleProductType
{
    int id = 0;
    QString name;
    int state = 0;
    QList<BsaleAttribute> attributes; ///< filled only by BsaleClient::productTypes(withAttributes)
};

/** GET /v1/variants/{id}/attribute_values.json item. */
struct BsaleAttributeValue
{
    int id = 0;
    int attributeId = 0;
    QString description;
};

/** GET /v1/products.json item. */
struct BsaleProduct
{
    enum Classification : int { Product = 0, Service = 1, Pack = 3 };

    int id = 0;
    QString name;
    QString description;
    int classification = Product;
    int productTypeId = 0;
    int brandId = 0;
    bool stockControl = true;
    bool allowDecimal = false;
    int state = 0;
};

/** GET /v1/variants.json item: the sellable SKU. */
struct BsaleVariant
{
    int id = 0;
    int productId = 0;
    QString code; ///< SKU; not unique in Bsale
    QString barCode;
    QString description; ///< the variant label ("240 ML"); the name lives on the product
    bool unlimitedStock = false;
    bool allowNegativeStock = false;
    bool serialNumber = false; ///< needs a serial in the document line `comment`
    bool isLot = false;
    int state = 0;
    std::optional<BsaleProduct> product; ///< set when Bsale expanded it (BsaleClient always asks)
};

/** GET /v1/stocks.json item: one row per (variant, office). */
struct BsaleStock
{
    int id = 0;
    int variantId = 0;
    int officeId = 0;
    double quantity = 0; ///< physical
    double quantityReserved = 0;
    double quantityAvailable = 0; ///< what can be sold; may be negative
};

/** GET /v1/price_lists.json item. */
struct BsalePriceList
{
    int id = 0;
    QString name;
    int state = 0;
};

/** GET /v1/price_lists/{id}/details.json item: a variant's price. */
struct BsalePriceDetail
{
    int id = 0;
    int variantId = 0;
    double variantValue = 0; ///< net, may carry decimals
    qint64 variantValueWithTaxes = 0; ///< gross, whole pesos
};

/** GET /v1/taxes.json item. */
struct BsaleTax
{
    int id = 0;
    QString name;
    double percentage = 0; ///< "19.0" in JSON
    QString code; ///< SII code, "14" for IVA
    bool forAllProducts = false;
    int state = 0;
};

/** GET /v1/document_types.json item. */
struct BsaleDocumentType
{
    enum Use : int { Sale = 0, Return = 1, Dispatch = 2, Settlement = 3 };

    int id = 0;
    QString name;
    QString codeSii; ///< "39", "33", "61"; empty for a sales note
    int use = Sale;
    bool isElectronicDocument = false;
    bool isSalesNote = false;
    bool isExempt = false;
    bool isCreditNote = false;
    bool useClient = false;
    int state = 0;
};

/** GET /v1/payment_types.json item. */
struct BsalePaymentType
{
    int id = 0;
    QString name;
    bool isCash = false;
    bool isVirtual = false;
    bool isCreditNote = false;
    int state = 0;
};

/**
 * Bsale's `client` resource (a customer; the name avoids a clash with BsaleClient). Also the
 * body of BsaleClient::createClient() and the `client` node of a document (id ignored there).
 */
struct BsaleCustomer
{
    int id = 0;
    QString code; ///< RUT, "12345678-9"
    QString company; ///< razón social
    QString activity; ///< giro
    QString municipality; ///< comuna
    QString city;
    QString address;
    QString email;
    QString firstName;
    QString lastName;
    QString phone;
    bool companyOrPerson = false; ///< true = company (Bsale's 1)
    int state = 0;
};

/** One line of a document as Bsale returns it. */
struct BsaleDocumentDetail
{
    int id = 0; ///< the `documentDetailId` a return refers to
    int lineNumber = 0;
    int variantId = 0; ///< 0 for a free-text line
    QString variantCode;
    double quantity = 0;
    double netUnitValue = 0;
    qint64 netAmount = 0;
    qint64 taxAmount = 0;
    qint64 totalAmount = 0;
};

/** A tax document (boleta, factura, nota de crédito...). */
struct BsaleDocument
{
    int id = 0;
    int number = 0; ///< the folio
    QString token;
    qint64 emissionDate = 0;
    qint64 generationDate = 0;
    qint64 netAmount = 0;
    qint64 taxAmount = 0; ///< IVA
    qint64 exemptAmount = 0;
    qint64 totalAmount = 0;
    QString urlPdf;
    QString urlPublicView;
    QString urlXml;
    int documentTypeId = 0;
    int officeId = 0;
    int clientId = 0;
    QString salesId; ///< null in JSON when none was sent
    int state = 0; ///< 0 active, 1 void
    int informedSii = 0; ///< 0 accepted, 1 sent, 2 rejected
    QList<BsaleDocumentDetail> details;
    /** Lines Bsale says the document has; -1 when details were not expanded. */
    int detailCount = -1;
    bool detailsComplete() const { return detailCount >= 0 && details.size() >= detailCount; }
};

/** A return (credit note) as POST/GET /v1/returns.json gives it. */
struct BsaleReturn
{
    int id = 0;
    int creditNoteId = 0; ///< the nota de crédito document (GET it for folio and PDF)
    int referenceDocumentId = 0;
    int officeId = 0;
    qint64 amount = 0;
    QString code;
    int type = 0;
    qint64 returnDate = 0;
    QString motive;
    bool priceAdjustment = false;
    bool editTexts = false;
};

/** One line of a reception or consumption. */
struct BsaleMovementDetail
{
    int id = 0;
    int variantId = 0;
    double quantity = 0;
    double cost = 0; ///< receptions only
    double variantStock = 0; ///< the office's stock after the movement
    QString serialNumber;
};

/** POST/GET /v1/stocks/receptions.json (stock in). */
struct BsaleReception
{
    int id = 0;
    qint64 admissionDate = 0;
    int officeId = 0;
    QString document;
    QString documentNumber;
    QString note;
    QList<BsaleMovementDetail> details; ///< filled when asked for (withDetails)
};

/** POST/GET /v1/stocks/consumptions.json (stock out). */
struct BsaleConsumption
{
    int id = 0;
    qint64 consumptionDate = 0;
    int officeId = 0;
    QString note;
    QList<BsaleMovementDetail> details; ///< filled when asked for (withDetails)
};

/** One page of a Bsale list: the envelope without its `next` (never followed). */
template<typename T>
struct BsalePage
{
    qint64 count = -1; ///< total matching items; -1 when Bsale sent none
    int limit = 0;
    qint64 offset = 0;
    QList<T> items;
};

/** The answer to a POST that Bsale may deduplicate by `salesId`. */
template<typename T>
struct BsaleCreated
{
    T value;
    /** false: Bsale answered 200 with an existing record for the same salesId and document
     *  type, from an earlier run or from an earlier attempt of this call whose answer was lost. */
    bool created = true;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::BsaleOffice)
Q_DECLARE_METATYPE(puente::BsaleVariant)
Q_DECLARE_METATYPE(puente::BsaleStock)
Q_DECLARE_METATYPE(puente::BsaleDocument)
