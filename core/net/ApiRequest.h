#pragma once

#include "net/HttpHeaders.h"

#include <QtCore/QByteArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include <optional>

namespace puente {

/**
 * One HTTP request as the REST clients describe it to ApiClient: a plain copyable value.
 *
 * ApiClient adds User-Agent, X-Request-ID, Accept (for JSON) and Content-Type
 * "application/json" (when there is a body and no Content-Type) unless already set here.
 * Credentials go in `headers` (Bsale `access_token`, Jumpseller `Authorization: Basic`):
 * ApiClient registers their values with Redactor so they can never reach a log.
 */
struct ApiRequest
{
    /** What a 2xx answer must contain. */
    enum class Expect : quint8 {
        Json, ///< a JSON document; an empty or unparsable body is ApiError::MalformedJson
        JsonOrEmpty, ///< JSON, or an empty body (204, some DELETEs)
        Raw, ///< anything (XML, PDF); not parsed
    };
    /** Where the call joins its host's queue (see ApiClient). */
    enum class Priority : quint8 {
        Normal, ///< behind every call queued before it
        Urgent, ///< ahead of queued Normal calls, behind earlier Urgent ones
    };

    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    /** Unset: decided by method (GET, HEAD, PUT, DELETE, OPTIONS are idempotent; POST and
     *  PATCH are not). Set true for a POST the server deduplicates (Bsale document with
     *  `salesId`), false to forbid retries of anything. Only idempotent requests are retried. */
    std::optional<bool> idempotent;
    Expect expect = Expect::Json;
    /** Transfer timeout in ms for this request (no data for that long fails it);
     *  0 = ApiClient's default. */
    int timeoutMs = 0;
    /** Short label for logs and errors, e.g. "bsale.stock.list". No ids of people, no secrets. */
    QString operation;
    Priority priority = Priority::Normal;

    static ApiRequest get(const QUrl &url, const QString &operation = {});
    static ApiRequest del(const QUrl &url, const QString &operation = {});
    static ApiRequest post(const QUrl &url, const QJsonDocument &body, const QString &operation = {});
    static ApiRequest put(const QUrl &url, const QJsonDocument &body, const QString &operation = {});
    static ApiRequest patch(const QUrl &url, const QJsonDocument &body, const QString &operation = {});

    /** Sets (replaces) a header. */
    ApiRequest &withHeader(const QByteArray &name, const QByteArray &value);
    /** Compact JSON body plus "Content-Type: application/json". */
    ApiRequest &withJsonBody(const QJsonDocument &document);
    ApiRequest &withIdempotent(bool value);
    ApiRequest &withExpect(Expect value);
    ApiRequest &withTimeout(int ms);
    ApiRequest &withPriority(Priority value);

    /** Value of a header set on this request (case-insensitive), or null. */
    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
    /** The effective idempotency (see `idempotent`). */
    bool isIdempotent() const;
    static bool isIdempotentMethod(QByteArrayView method);
};

} // namespace puente

Q_DECLARE_METATYPE(puente::ApiRequest)
