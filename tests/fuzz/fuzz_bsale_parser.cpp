// libFuzzer target: arbitrary bytes as a Bsale answer. Every parser BsaleClient applies to what
// Bsale sends (error extraction and classification, the list envelope, count and every object)
// runs on them; none may crash, hang or trip a sanitizer.
#include "connectors/bsale/BsaleError.h"
#include "connectors/bsale/BsaleErrorExplainer.h"
#include "connectors/bsale/BsaleParser.h"
#include "net/ApiError.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace puente;

namespace {

template<typename T>
void page(const QJsonObject &object, const BsaleParser::ItemParser<T> &parse)
{
    const ApiResult<BsalePage<T>> result = BsaleParser::page<T>(object, parse);
    if (result.ok())
        (void)result.value().items.size();
    else
        (void)result.error().detail().size();
}

/** Every parser on one object, as an item and as a list envelope of such items. */
void parseObject(const QJsonObject &object)
{
    (void)BsaleParser::envelope(object);
    (void)BsaleParser::count(object);
    (void)BsaleParser::office(object);
    (void)BsaleParser::productType(object);
    (void)BsaleParser::attribute(object);
    (void)BsaleParser::attributeValue(object);
    (void)BsaleParser::product(object);
    (void)BsaleParser::priceList(object);
    (void)BsaleParser::tax(object);
    (void)BsaleParser::documentType(object);
    (void)BsaleParser::paymentType(object);
    (void)BsaleParser::customer(object);
    (void)BsaleParser::documentDetail(object);
    (void)BsaleParser::returnRecord(object);
    (void)BsaleParser::movementDetail(object);
    (void)BsaleParser::reception(object);
    (void)BsaleParser::consumption(object);
    const ApiResult<BsaleDocument> document = BsaleParser::document(object);
    if (document.ok())
        (void)document.value().detailsComplete();
    page<BsaleVariant>(object, &BsaleParser::variant);
    page<BsaleStock>(object, &BsaleParser::stock);
    page<BsalePriceDetail>(object, &BsaleParser::priceDetail);
    page<BsaleDocument>(object, &BsaleParser::document);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    // An error answer: the message is extracted verbatim, then classified and explained.
    for (const int status : {400, 401, 404, 429, 500}) {
        const ApiError error = ApiError::fromHttpStatus(status, body);
        (void)BsaleError::classify(error);
        (void)BsaleErrorExplainer::explain(error).title.size();
    }

    const QJsonDocument json = QJsonDocument::fromJson(body);
    const ApiResult<QJsonObject> top = BsaleParser::object(json, QStringLiteral("fuzz"));
    if (top.ok()) {
        parseObject(top.value());
        // Nested objects too: expanded relations and list items are parsed on their own.
        for (const QJsonValue &value : top.value()) {
            if (value.isObject())
                parseObject(value.toObject());
        }
    } else if (json.isArray()) {
        for (const QJsonValue &value : json.array()) {
            if (value.isObject())
                parseObject(value.toObject());
        }
    }
    return 0;
}
