#pragma once

// What Puente sends to Bsale: request bodies (BsaleRequestJson turns them into the JSON that
// bsale.md §4, §6, §7 and §8 document) and list filters (BsaleClient turns them into query
// strings). Plain values.

#include "connectors/bsale/BsaleTypes.h"

#include <QtCore/QDate>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>

#include <optional>

namespace puente {

/**
 * One line of POST /v1/documents.json. The variant is named by variantId, code (SKU) or
 * barCode, in that order of preference; with none of them the line is free text (`comment`)
 * and never moves stock.
 */
struct BsaleDocumentLine
{
    int variantId = 0;
    QString code;
    QString barCode;
    double netUnitValue = 0; ///< NET unit price; Bsale refuses zero or negative (use discount 100)
    double quantity = 1;
    double discount = 0; ///< a percentage, not an amount
    QList<int> taxIds; ///< ids of /taxes, sent as the string "[1,2]"; empty = an exempt line
    QString comment; ///< line text; the serial number for serial-tracked variants
    QString note;
};

/** A payment of a document; without any, Bsale books the total on the default payment type. */
struct BsalePayment
{
    int paymentTypeId = 0;
    qint64 amount = 0; ///< CLP
    QDate recordDate; ///< invalid = omitted
};

/** A reference of a document, e.g. a purchase order (codeSii 801). */
struct BsaleDocumentReference
{
    QString number;
    QDate referenceDate;
    QString reason;
    QString codeSii;
};

/** POST /v1/documents.json (bsale.md §7). Dates are calendar dates (Bsale keeps no time). */
struct BsaleDocumentRequest
{
    int documentTypeId = 0; ///< per account; or set codeSii instead
    int codeSii = 0; ///< 39 boleta, 33 factura; used when documentTypeId is 0
    int officeId = 0; ///< 0 = omitted (Bsale's default office)
    int priceListId = 0; ///< 0 = omitted (the office's default list)
    QDate emissionDate; ///< invalid = omitted (today for Bsale)
    QDate expirationDate;
    bool declareSii = true;
    bool dispatch = false; ///< true = the document takes the stock now
    bool sendEmail = false; ///< Bsale emails the document to client.email
    /** Idempotency key (<= 255 characters): Bsale answers 200 with the existing document when
     *  the same salesId comes again for the same document type. Only then is the POST retried. */
    QString salesId;
    int clientId = 0; ///< an existing client; or send `client`
    std::optional<BsaleCustomer> client; ///< Bsale finds or creates the client by RUT (code)
    QList<BsaleDocumentLine> details;
    QList<BsalePayment> payments;
    QList<BsaleDocumentReference> references;
};

/** A line of a return: the original document line and what comes back. */
struct BsaleReturnLine
{
    int documentDetailId = 0; ///< BsaleDocumentDetail::id of the sale
    double quantity = 0; ///< units returned (0 for a price adjustment or text correction)
    double unitValue = 0; ///< 0 when returning units; the new price for a price adjustment
};

/** POST /v1/returns.json (bsale.md §8): a nota de crédito against a sale. */
struct BsaleReturnRequest
{
    int documentTypeId = 0; ///< a type with use 1 (codeSii 61); or set codeSii
    int codeSii = 0;
    int officeId = 0; ///< 0 = omitted
    int referenceDocumentId = 0; ///< the sale's document id
    QDate emissionDate;
    QDate expirationDate;
    QString motive;
    bool declareSii = true;
    bool priceAdjustment = false;
    bool editTexts = false;
    int type = 0; ///< how the money goes back: 0 cash, 1 new sale, 2 credit line, 3 other
    std::optional<BsaleCustomer> client; ///< mandatory for Bsale; same data as the sale
    QList<BsaleReturnLine> details;
    QString salesId; ///< idempotency key, as for documents
};

/** A line of a reception or consumption; the variant by variantId, code or barCode. */
struct BsaleMovementLine
{
    int variantId = 0;
    QString code;
    QString barCode;
    double quantity = 0;
    double cost = 0; ///< receptions: unit cost (0 = omitted)
    QString serialNumber;
};

/** POST /v1/stocks/receptions.json (stock in). */
struct BsaleReceptionRequest
{
    int officeId = 0;
    QString document; ///< free text shown in Bsale ("Guía", "Otro")
    QString documentNumber;
    QString note;
    QList<BsaleMovementLine> details;
};

/** POST /v1/stocks/consumptions.json (stock out). */
struct BsaleConsumptionRequest
{
    int officeId = 0;
    QString note; ///< keep it short (integrations cut it at 100 characters)
    int consumptionTypeId = 0; ///< 0 = omitted
    QList<BsaleMovementLine> details;
};

/** Filters of GET /v1/variants.json; empty fields are not sent. */
struct BsaleVariantFilter
{
    QString code; ///< Bsale's filter may be loose: compare codes yourself
    QString barCode;
    int productId = 0;
    std::optional<int> state; ///< 0 = active only
};

/** Filters of GET /v1/products.json. */
struct BsaleProductFilter
{
    int productTypeId = 0;
    std::optional<int> state;
};

/** What GET /v1/stocks.json should return. */
struct BsaleStockFilter
{
    int officeId = 0; ///< 0 = every office (one row per office)
    /** Empty = every variant. Otherwise one list per variant (`variantid=N`), because Bsale
     *  documents only single-valued variant filters. */
    QList<int> variantIds;
};

/** Filters of GET /v1/documents.json. */
struct BsaleDocumentFilter
{
    QDate from; ///< emission dates from..to, both included (emissiondaterange)
    QDate to;
    int officeId = 0;
    int documentTypeId = 0;
    std::optional<int> state;
    bool withDetails = true; ///< expand the lines (first 25 per document; see detailsComplete())
    qint64 offset = 0; ///< skip the list's first `offset` items (read only its tail)
};

/** Receptions, consumptions and returns filter by one date only; BsaleClient walks the days. */
struct BsaleMovementFilter
{
    QDate from;
    QDate to;
    int officeId = 0;
    bool withDetails = false; ///< receptions/consumptions: one more list per movement
    qint64 offset = 0; ///< skip the first day's first `offset` items (read only that list's tail)
};

} // namespace puente

Q_DECLARE_METATYPE(puente::BsaleDocumentRequest)
Q_DECLARE_METATYPE(puente::BsaleReturnRequest)
Q_DECLARE_METATYPE(puente::BsaleReceptionRequest)
Q_DECLARE_METATYPE(puente::BsaleConsumptionRequest)
