#include "net/ApiCall.h"

#include "base/Clock.h"
#include "base/Logging.h"
#include "base/Redactor.h"
#include "net/ApiClient.h"

#include <QtCore/QJsonParseError>
#include <QtCore/QUuid>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

/** Errors below the HTTP layer: the status line (if any) is not the whole story. */
bool isTransportError(QNetworkReply::NetworkError code)
{
    return (code > QNetworkReply::NoError && code <= QNetworkReply::UnknownNetworkError)
        || (code >= QNetworkReply::ProxyConnectionRefusedError && code <= QNetworkReply::UnknownProxyError);
}

bool isTimeout(QNetworkReply::NetworkError code)
{
    return code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError;
}

QString statusText(const ApiResponse &response)
{
    if (response.status > 0)
        return QString::number(response.status);
    return ApiError::kindName(response.error.kind());
}

} // namespace

ApiCall::ApiCall(ApiClient &client, const ApiRequest &request)
    : QObject(&client)
    , m_client(client)
    , m_request(request)
    , m_sentAtMs(client.clock().monotonicMs())
    , m_waitingSinceMs(m_sentAtMs)
{
    const QByteArray given = m_request.header("X-Request-ID");
    m_requestId = given.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : QString::fromLatin1(given);
}

ApiCall::~ApiCall()
{
    dropReply();
}

QString ApiCall::host() const
{
    return m_request.url.host().toLower();
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    dropReply();
    ApiResponse response;
    response.error = ApiError(ApiError::Kind::Canceled, u"canceled by Puente"_s);
    finish(response);
}

QNetworkRequest ApiCall::buildRequest() const
{
    QNetworkRequest request(m_request.url);
    for (const auto &[name, value] : m_request.headers)
        request.setRawHeader(name, value);
    if (m_request.header("User-Agent").isEmpty())
        request.setRawHeader("User-Agent", m_client.userAgent());
    request.setRawHeader("X-Request-ID", m_requestId.toLatin1());
    if (m_request.expect != ApiRequest::Expect::Raw && m_request.header("Accept").isEmpty())
        request.setRawHeader("Accept", "application/json");
    if (!m_request.body.isEmpty() && m_request.header("Content-Type").isEmpty())
        request.setRawHeader("Content-Type", "application/json");

    request.setTransferTimeout(m_request.timeoutMs > 0 ? m_request.timeoutMs : m_client.defaultTimeout());
    // Following a redirect to another host would hand it our credentials.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_client.config().maxRedirects);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    return request;
}

void ApiCall::start()
{
    Q_ASSERT(!m_finished && !m_reply);
    const qint64 now = m_client.clock().monotonicMs();
    if (m_waitingSinceMs >= 0)
        m_waitedMs += now - m_waitingSinceMs;
    m_waitingSinceMs = -1;
    ++m_attempts;

    QNetworkAccessManager *network = m_client.network();
    const QNetworkRequest request = buildRequest();
    const QByteArray method = m_request.method.toUpper();
    QNetworkReply *reply = nullptr;
    if (method == "GET")
        reply = network->get(request);
    else if (method == "HEAD")
        reply = network->head(request);
    else if (method == "DELETE" && m_request.body.isEmpty())
        reply = network->deleteResource(request);
    else if (method == "POST")
        reply = network->post(request, m_request.body);
    else if (method == "PUT")
        reply = network->put(request, m_request.body);
    else
        reply = network->sendCustomRequest(request, method, m_request.body);
    m_reply = reply;
    m_client.attemptStarted();
    m_attemptTimer.start();
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
    m_client.attemptEnded();
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_client.attemptEnded();
    ApiResponse response = readReply(*reply);
    reply->deleteLater();

    qCDebug(lcNet).noquote() << Redactor::redact(u"%1 -> %2 (attempt %3/%4, %5 ms, request %6)"_s.arg(
        describe(), statusText(response), QString::number(m_attempts),
        QString::number(m_client.config().retry.maxAttempts), QString::number(m_attemptTimer.elapsed()), m_requestId));

    m_client.noteServerHints(host(), response.headers);
    if (response.ok()) {
        finish(response);
        return;
    }

    // What "retry" can and cannot do: QNetworkAccessManager itself silently re-sends a
    // request (POST included) once when a reused keep-alive connection closes before any
    // byte of the answer arrived. So even a request we never repeat can reach the server
    // twice; that is why Bsale document POSTs must carry `salesId` (Bsale deduplicates on
    // it) and are then marked idempotent. Our own retries below only repeat idempotent
    // requests.
    const RetryPolicy::Decision decision = m_client.retryPolicy().decide(m_request, response.error, response.headers,
                                                                         m_attempts, m_client.clock().nowUtc());
    if (decision.retryAfterMs >= 0)
        response.error.setRetryAfterMs(decision.retryAfterMs);
    if (!decision.retry) {
        const QString line =
            Redactor::redact(u"%1 failed: %2 (%3)"_s.arg(describe(), response.error.toString(), decision.reason));
        if (response.error.retryable())
            qCWarning(lcNet).noquote() << line;
        else
            qCInfo(lcNet).noquote() << line;
        finish(response);
        return;
    }
    qCInfo(lcNet).noquote() << Redactor::redact(u"%1: %2; retrying in %3 ms (attempt %4/%5)"_s.arg(
        describe(), response.error.toString(), QString::number(decision.delayMs), QString::number(m_attempts + 1),
        QString::number(m_client.config().retry.maxAttempts)));
    retryLater(response, decision.delayMs, decision.hostWide);
}

void ApiCall::retryLater(const ApiResponse &failed, qint64 delayMs, bool hostWide)
{
    m_waitingSinceMs = m_client.clock().monotonicMs();
    Q_EMIT retrying(m_attempts + 1, delayMs, failed.error);
    if (m_finished)
        return; // canceled from a slot
    if (hostWide) {
        // Throttling concerns every call to the host: block it and queue up front.
        m_client.throttleHost(host(), delayMs);
        m_client.enqueue(this, true);
        return;
    }
    m_client.clock().schedule(delayMs, this, [this] { m_client.enqueue(this, true); });
}

void ApiCall::failBlocked(qint64 blockedMs)
{
    ApiResponse response;
    response.error = ApiError(
        ApiError::Kind::RateLimited,
        u"sending to %1 is paused for %2 s by the server's rate limit"_s.arg(host()).arg((blockedMs + 999) / 1000),
        true);
    response.error.setRetryAfterMs(blockedMs);
    qCInfo(lcNet).noquote() << Redactor::redact(u"%1 failed: %2"_s.arg(describe(), response.error.toString()));
    finish(response);
}

ApiResponse ApiCall::readReply(QNetworkReply &reply) const
{
    ApiResponse response;
    response.status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &field : reply.rawHeaderPairs())
        response.headers.append(field);
    // A reply that timed out before any byte is closed; reading it would only warn.
    if (reply.isOpen())
        response.body = reply.readAll();
    response.error = classify(response, reply);
    return response;
}

ApiError ApiCall::classify(ApiResponse &response, QNetworkReply &reply) const
{
    const QNetworkReply::NetworkError code = reply.error();
    const bool success = response.status >= 200 && response.status < 300;
    // Qt words a transfer timeout as "Operation canceled"; say what happened instead.
    const QString qtError = code == QNetworkReply::OperationCanceledError
        ? u"no data for %1 ms"_s.arg(m_request.timeoutMs > 0 ? m_request.timeoutMs : m_client.defaultTimeout())
        : reply.errorString();
    if (response.status == 0)
        return ApiError::fromNetworkError(code, qtError);

    if (isTransportError(code)) {
        // A status line arrived, then the transfer broke: the body is incomplete.
        const QByteArray length = response.header("Content-Length");
        const QString received = length.isEmpty()
            ? u"received %1 bytes before the connection ended"_s.arg(response.body.size())
            : u"received %1 of %2 bytes"_s.arg(response.body.size()).arg(QString::fromLatin1(length));
        if (success && m_request.expect != ApiRequest::Expect::Raw && !isTimeout(code)) {
            return ApiError(ApiError::Kind::MalformedJson, u"truncated response: "_s + received, true)
                .setHttpStatus(response.status);
        }
        ApiError error = ApiError::fromNetworkError(code, qtError + u"; "_s + received);
        return error.setHttpStatus(response.status);
    }
    if (!success) {
        const bool throttled = RetryPolicy::isThrottled(response.status, response.headers, response.body);
        return ApiError::fromHttpStatus(response.status, response.body, throttled);
    }
    return parseBody(response, reply.header(QNetworkRequest::ContentTypeHeader).toByteArray());
}

ApiError ApiCall::parseBody(ApiResponse &response, const QByteArray &contentType) const
{
    if (m_request.expect == ApiRequest::Expect::Raw)
        return {};
    if (response.body.trimmed().isEmpty()) {
        if (m_request.expect == ApiRequest::Expect::JsonOrEmpty)
            return {};
        return ApiError(ApiError::Kind::MalformedJson, u"empty body where JSON was expected"_s)
            .setHttpStatus(response.status);
    }
    QJsonParseError parseError;
    response.json = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return {};
    return ApiError(ApiError::Kind::MalformedJson,
                    u"not valid JSON: %1 at offset %2 of %3 bytes (Content-Type: %4)"_s.arg(
                        parseError.errorString(), QString::number(parseError.offset),
                        QString::number(response.body.size()),
                        contentType.isEmpty() ? u"none"_s : QString::fromLatin1(contentType)))
        .setHttpStatus(response.status);
}

void ApiCall::finish(ApiResponse response)
{
    if (m_finished)
        return;
    m_finished = true;
    const qint64 now = m_client.clock().monotonicMs();
    if (m_waitingSinceMs >= 0)
        m_waitedMs += now - m_waitingSinceMs;
    m_waitingSinceMs = -1;
    response.attempts = m_attempts;
    response.elapsedMs = now - m_sentAtMs;
    response.waitedMs = m_waitedMs;
    response.requestId = m_requestId;
    response.operation = m_request.operation;
    m_client.forget(this);
    Q_EMIT finished(response);
    deleteLater();
}

QString ApiCall::describe() const
{
    QString text = QString::fromLatin1(m_request.method) + u' ' + Redactor::redactUrl(m_request.url);
    if (!m_request.operation.isEmpty())
        text += u" ["_s + m_request.operation + u']';
    return text;
}

} // namespace puente
