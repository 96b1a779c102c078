#pragma once

#include "connectors/bsale/BsaleTypes.h"
#include "net/ApiResult.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <functional>

namespace puente {

/**
 * Pure functions from Bsale REST API v1 JSON to Puente's values (BsaleTypes.h): the list
 * envelope, count answers and every object BsaleClient reads. They accept Bsale's type quirks
 * (BsaleJsonReader), never crash on any input (the fuzz target fuzz_bsale_parser drives them
 * with arbitrary bytes) and fail with ApiError::Kind::MalformedJson naming the first missing
 * or unreadable required field. Unknown fields are ignored; optional ones default.
 *
 * Stateless; callable from any thread.
 */
class BsaleParser final
{
public:
    template<typename T>
    using ItemParser = std::function<ApiResult<T>(const QJsonObject &)>;

    BsaleParser() = delete;

    /** The document's top-level object (every Bsale answer is one). */
    static ApiResult<QJsonObject> object(const QJsonDocument &document, const QString &what);
    /** {href, count, limit, offset, items, next}: `next` is deliberately not read. */
    static ApiResult<BsalePage<QJsonObject>> envelope(const QJsonObject &object);
    /** A list page with every item parsed; fails on the first bad item. */
    template<typename T>
    static ApiResult<BsalePage<T>> page(const QJsonObject &object, const ItemParser<T> &parseItem);
    /** GET .../count.json: {"count": N}. */
    static ApiResult<qint64> count(const QJsonObject &object);

    static ApiResult<BsaleOffice> office(const QJsonObject &object);
    static ApiResult<BsaleProductType> productType(const QJsonObject &object);
    static ApiResult<BsaleAttribute> attribute(const QJsonObject &object);
    static ApiResult<BsaleAttributeValue> attributeValue(const QJsonObject &object);
    static ApiResult<BsaleProduct> product(const QJsonObject &object);
    static ApiResult<BsaleVariant> variant(const QJsonObject &object);
    static ApiResult<BsaleStock> stock(const QJsonObject &object);
    static ApiResult<BsalePriceList> priceList(const QJsonObject &object);
    static ApiResult<BsalePriceDetail> priceDetail(const QJsonObject &object);
    static ApiResult<BsaleTax> tax(const QJsonObject &object);
    static ApiResult<BsaleDocumentType> documentType(const QJsonObject &object);
    static ApiResult<BsalePaymentType> paymentType(const QJsonObject &object);
    static ApiResult<BsaleCustomer> customer(const QJsonObject &object);
    static ApiResult<BsaleDocument> document(const QJsonObject &object);
    static ApiResult<BsaleDocumentDetail> documentDetail(const QJsonObject &object);
    static ApiResult<BsaleReturn> returnRecord(const QJsonObject &object);
    static ApiResult<BsaleReception> reception(const QJsonObject &object);
    static ApiResult<BsaleConsumption> consumption(const QJsonObject &object);
    static ApiResult<BsaleMovementDetail> movementDetail(const QJsonObject &object);

    /** The error every parser returns: MalformedJson, not retryable, with `detail`. */
    static ApiError malformed(const QString &detail);

private:
    /** Items of an expanded child collection ({"href"} alone = not expanded: nullopt list). */
    template<typename T>
    static ApiResult<BsalePage<T>> expanded(const QJsonObject &parent, const QString &key,
                                            const ItemParser<T> &parseItem);
};

template<typename T>
ApiResult<BsalePage<T>> BsaleParser::page(const QJsonObject &object, const ItemParser<T> &parseItem)
{
    ApiResult<BsalePage<QJsonObject>> raw = envelope(object);
    if (!raw.ok())
        return raw.error();
    BsalePage<T> out;
    out.count = raw.value().count;
    out.limit = raw.value().limit;
    out.offset = raw.value().offset;
    out.items.reserve(raw.value().items.size());
    for (const QJsonObject &item : std::as_const(raw.value().items)) {
        ApiResult<T> parsed = parseItem(item);
        if (!parsed.ok())
            return parsed.error();
        out.items.append(parsed.takeValue());
    }
    return out;
}

template<typename T>
ApiResult<BsalePage<T>> BsaleParser::expanded(const QJsonObject &parent, const QString &key,
                                              const ItemParser<T> &parseItem)
{
    const QJsonObject node = parent.value(key).toObject();
    if (!node.contains(QStringLiteral("items"))) {
        BsalePage<T> none;
        none.count = -1;
        return none;
    }
    return page(node, parseItem);
}

} // namespace puente
