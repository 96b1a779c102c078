#pragma once

#include "net/ApiError.h"
#include "net/HttpHeaders.h"

#include <QtCore/QByteArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QMetaType>
#include <QtCore/QString>

namespace puente {

/**
 * The outcome of one ApiCall (after all its attempts): a plain copyable value.
 * On failure the status, headers and body are those of the last attempt (if it got an
 * answer) and `error` says what went wrong.
 */
struct ApiResponse
{
    int status = 0; ///< HTTP status of the last attempt; 0 if no answer arrived
    HttpHeaders headers; ///< response headers of the last attempt
    QByteArray body; ///< raw body of the last attempt (partial if truncated)
    QJsonDocument json; ///< parsed body when the request expected JSON and got it
    ApiError error; ///< kind() == None on success
    int attempts = 0; ///< requests actually put on the wire (0 if it never left the queue)
    qint64 elapsedMs = 0; ///< from send() to finished, on ApiClient's Clock
    qint64 waitedMs = 0; ///< of elapsedMs, time spent waiting (rate limiter, backoff)
    QString requestId; ///< X-Request-ID sent (same on every attempt of the call)
    QString operation; ///< copied from the request

    bool ok() const { return !error.isError(); }
    /** Value of a response header (case-insensitive), or null. */
    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
};

} // namespace puente

Q_DECLARE_METATYPE(puente::ApiResponse)
