#pragma once

#include "net/ApiError.h"

#include <QtCore/QMetaType>
#include <QtCore/QObject>
#include <QtCore/QString>

namespace puente {

/**
 * What a failed Bsale call means for Puente, on top of ApiError: Bsale answers every refusal
 * with HTTP 400 and an English `error` text (bsale.md §1 Errors), so the documented messages
 * are recognised here, from one table of message fragments. The server's text itself stays in
 * ApiError::serverMessage(), verbatim; BsaleErrorExplainer turns a Kind into Spanish for
 * accountants.
 *
 * Stateless; callable from any thread.
 */
class BsaleError final
{
    Q_GADGET

public:
    enum class Kind : quint8 {
        None, ///< not an error
        // Passing trouble: sending the same request later may work.
        Unreachable, ///< network, DNS, refused, reset, timeout, TLS
        RateLimited, ///< 429, or 500 "The requested resource is not available" (FAQ)
        ServerError, ///< other 5xx
        UnreadableAnswer, ///< a 2xx whose body was not the JSON expected
        // The account or the token.
        Unauthorized, ///< 401: token wrong or revoked
        AccountBlocked, ///< 402: instance blocked for non-payment
        Forbidden, ///< 403
        NotFound, ///< 404
        // Documented refusals of the request's content (HTTP 400): permanent until fixed.
        ClientDataRequired, ///< factura without RUT, giro, address, city or comuna
        ClientRequired, ///< the type needs a client above an amount
        DuplicateClient, ///< several clients share the RUT
        OutOfFolios, ///< "does not have numbers available, check sii caf"
        CafExpired, ///< "The sii caf used is expired"
        NoStock, ///< "There is no stock for this products: ..."
        InvalidVariant, ///< unknown variant or unusable code
        SerialRequired, ///< "Use 'comment' to especify the serie ..."
        InvalidNetValue, ///< net unit value zero or negative
        InvalidQuantity,
        InvalidDocumentType,
        InvalidPriceList,
        NoDefaultPriceList, ///< the office has no default price list
        ReturnExceedsSale, ///< returned quantity above what is left of the sale
        InvalidReference, ///< return without a valid reference document or line
        BelowMinimumAmount,
        TooManyLines,
        MalformedRequest, ///< Bsale did not understand the JSON (a bug in Puente)
        Rejected, ///< another 4xx refusal: read the server's message
        Canceled, ///< canceled by Puente
    };
    Q_ENUM(Kind)

    BsaleError() = delete;

    /** Recognises `error` (message fragments for 4xx, status and ApiError kind otherwise). */
    static Kind classify(const ApiError &error);
    /** Whether sending the same request again, unchanged, may succeed. Permanent refusals
     *  need a person first (upload a CAF, fix the client, add stock). */
    static bool isRetryable(const ApiError &error);
    /** The enumerator's name, e.g. "OutOfFolios". */
    static QString kindName(Kind kind);

private:
    static Kind classifyRefusal(const QString &serverMessage);
};

} // namespace puente

Q_DECLARE_METATYPE(puente::BsaleError::Kind)
