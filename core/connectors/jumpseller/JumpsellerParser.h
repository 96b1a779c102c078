#pragma once

#include "connectors/jumpseller/JumpsellerTypes.h"
#include "net/ApiResult.h"

#include <QtCore/QJsonValue>
#include <QtCore/QList>

namespace puente {

/**
 * Turns Jumpseller REST API v1 answers (already parsed JSON) into the value types of
 * JumpsellerTypes.h. Pure: no I/O, no state.
 *
 *  - Unwraps records ({"product": {...}}) and lists ([{"product": {...}}, ...]); bare records
 *    and {"products": [...]} lists are taken too.
 *  - Tolerant of what the API is known to send loosely: numbers and ids as strings, null for
 *    any empty value, missing optional fields (JumpsellerJson).
 *  - Strict only where Puente cannot go on: a record without its id (or a store without its
 *    code, a count without a count) fails with ApiError::MalformedJson whose detail names the
 *    record and field, e.g. `products[3]: missing "id"`. A list fails as a whole when one of
 *    its records does: silently dropping a product would make it look deleted to the sync.
 *  - Never crashes, whatever the input (the fuzz target fuzz_jumpseller_parser drives it).
 *
 * Stateless; all functions are thread-safe.
 */
class JumpsellerParser final
{
public:
    JumpsellerParser() = delete;

    static ApiResult<JumpsellerStoreInfo> storeInfo(const QJsonValue &json);
    /** {"count": N} */
    static ApiResult<qint64> count(const QJsonValue &json);

    static ApiResult<JumpsellerProduct> product(const QJsonValue &json);
    static ApiResult<QList<JumpsellerProduct>> products(const QJsonValue &json);
    static ApiResult<JumpsellerVariant> variant(const QJsonValue &json);
    static ApiResult<QList<JumpsellerVariant>> variants(const QJsonValue &json);
    static ApiResult<JumpsellerCategory> category(const QJsonValue &json);
    static ApiResult<QList<JumpsellerCategory>> categories(const QJsonValue &json);
    static ApiResult<QList<JumpsellerCustomFieldValue>> productFields(const QJsonValue &json);

    static ApiResult<JumpsellerOrder> order(const QJsonValue &json);
    static ApiResult<QList<JumpsellerOrder>> orders(const QJsonValue &json);

    static ApiResult<JumpsellerCheckoutCustomField> checkoutCustomField(const QJsonValue &json);
    static ApiResult<QList<JumpsellerCheckoutCustomField>> checkoutCustomFields(const QJsonValue &json);
    static ApiResult<JumpsellerHook> hook(const QJsonValue &json);
    static ApiResult<QList<JumpsellerHook>> hooks(const QJsonValue &json);

    /** status_enum ("paid"), or failing that a display name in English or Spanish ("Paid",
     *  "Pending Payment", "Pagado", "Pendiente de Pago"), case-insensitively. */
    static JumpsellerOrderStatus orderStatus(const QString &text);
    /** "available", "not-available" (also "unavailable", as some docs write it), "disabled". */
    static JumpsellerProductStatus productStatus(const QString &text);
};

} // namespace puente
