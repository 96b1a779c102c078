#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QMetaType>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtNetwork/QNetworkReply>

namespace puente {

/**
 * Why an API call failed, as a copyable value. kind() is what code branches on; httpStatus()
 * and serverMessage() are what a person reads. serverMessage() is the server's own text,
 * verbatim (Bsale's and Jumpseller's messages are what an accountant can act on): taken from
 * the body's `error` (+ `error_description`), `message`, `errors` (all entries, "; "-joined)
 * or `description` field, else the trimmed raw body (capped at 500 characters).
 *
 * retryable() says whether sending the same request again may succeed (throttling, 5xx,
 * 408, timeouts, dropped connections, truncated bodies). It is true even when ApiClient did
 * not retry because the request is not idempotent, so an outbox can decide for itself.
 */
class ApiError
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind : quint8 {
        None, ///< success
        Network, ///< another transport failure (network down, proxy, protocol error)
        HostNotFound, ///< DNS lookup failed: offline, or a wrong host
        ConnectionRefused, ///< nothing listens there (server down or restarting)
        ConnectionReset, ///< the connection closed or was reset before an answer
        Timeout, ///< no data for the transfer timeout
        Tls, ///< TLS handshake or certificate failure (verification is never disabled)
        Redirect, ///< a redirect to another origin, or too many redirects
        Http, ///< any other non-2xx status: see httpStatus()
        RateLimited, ///< 429, Jumpseller's legacy 403 with rate-limit signals, or host blocked
        Unauthorized, ///< 401: wrong, revoked or expired credentials
        Forbidden, ///< 403 that is not throttling: no permission for this resource
        NotFound, ///< 404
        MalformedJson, ///< a 2xx without the JSON expected: malformed, truncated or empty
        Canceled, ///< ApiCall::cancel() or ApiClient::abortAll()
        InvalidRequest, ///< could not be sent at all (invalid URL, unsupported scheme)
    };
    Q_ENUM(Kind)

    ApiError() = default;
    explicit ApiError(Kind kind, const QString &detail = {}, bool retryable = false);

    /** Kind from the status (401, 403, 404, 429, else Http); throttled = the caller saw
     *  rate-limit signals (RetryPolicy::isThrottled), which makes it RateLimited. */
    static ApiError fromHttpStatus(int status, const QByteArray &body, bool throttled = false);
    /** Kind for a transport error. OperationCanceledError counts as Timeout: it is what
     *  QNetworkRequest's transfer timeout produces (ApiCall handles its own cancel first). */
    static ApiError fromNetworkError(QNetworkReply::NetworkError code, const QString &errorString);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    /** 0 when no HTTP answer arrived. */
    int httpStatus() const { return m_httpStatus; }
    /** The server's own text, verbatim (see class comment). Empty if none. */
    const QString &serverMessage() const { return m_serverMessage; }
    /** Our technical explanation (Qt's error string, JSON parse position, ...). */
    const QString &detail() const { return m_detail; }
    bool retryable() const { return m_retryable; }
    /** A server-announced wait (Retry-After, Jumpseller ban) in ms that was too long to wait
     *  inside the call; -1 if none. An outbox should not resend before it has passed. */
    qint64 retryAfterMs() const { return m_retryAfterMs; }

    ApiError &setRetryable(bool retryable);
    ApiError &setRetryAfterMs(qint64 ms);
    ApiError &setHttpStatus(int status);

    /** One line for people and logs, e.g.
     *  "Not authorized (HTTP 401): Sorry, this request can not be authenticated". */
    QString toString() const;
    /** The enumerator's name, e.g. "RateLimited". */
    static QString kindName(Kind kind);
    /** The server's message in `body` as described in the class comment. */
    static QString extractServerMessage(const QByteArray &body);
    /** 408, 429, 500, 502, 503, 504. */
    static bool isRetryableStatus(int status);

private:
    QString describeKind() const;

    Kind m_kind = Kind::None;
    bool m_retryable = false;
    int m_httpStatus = 0;
    qint64 m_retryAfterMs = -1;
    QString m_serverMessage;
    QString m_detail;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::ApiError)
