#include "HttpFake.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpSocket>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    case QHttpServerRequest::Method::Unknown:
    case QHttpServerRequest::Method::AnyKnown:
        break;
    }
    return "UNKNOWN";
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

HttpFakeResponse faultStatus(int status, int retryAfter)
{
    // Bsale documents {"error": ...}; the exact bodies of gateway errors are not documented,
    // so faults use the same shape with a neutral text.
    auto response = HttpFakeResponse::json(status, QJsonObject {{u"error"_s, u"injected fault %1"_s.arg(status)}});
    if (retryAfter >= 0 && (status == 429 || status == 503))
        response.withHeader("Retry-After", QByteArray::number(retryAfter));
    return response;
}

} // namespace

QString HttpFakeRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

HttpFakeResponse HttpFakeResponse::json(int status, const QJsonValue &value)
{
    QByteArray body;
    if (value.isArray())
        body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else if (value.isObject())
        body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else
        body = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    return raw(status, body);
}

HttpFakeResponse HttpFakeResponse::raw(int status, const QByteArray &body, const QByteArray &contentType)
{
    HttpFakeResponse response;
    response.status = status;
    response.body = body;
    if (!contentType.isEmpty())
        response.headers.append({"Content-Type", contentType});
    return response;
}

HttpFakeResponse &HttpFakeResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

HttpFake::HttpFake(QObject *parent)
    : QAbstractHttpServer(parent)
{ }

HttpFake::~HttpFake() = default;

quint16 HttpFake::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

QUrl HttpFake::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

void HttpFake::route(const QByteArray &method, const QString &pathPattern, Handler handler)
{
    m_routes.append({method, QRegularExpression(QRegularExpression::anchoredPattern(pathPattern)), std::move(handler)});
}

void HttpFake::injectFault(HttpFault fault, int count, const QString &pathPattern, const QByteArray &method,
                           double probability)
{
    if (count > 0 && probability > 0)
        m_faults.append({fault, count, QRegularExpression(pathPattern), method, std::min(probability, 1.0)});
}

void HttpFake::clearFaults()
{
    m_faults.clear();
}

int HttpFake::pendingFaults() const
{
    int total = 0;
    for (const auto &rule : m_faults)
        total += rule.remaining;
    return total;
}

std::optional<HttpFault> HttpFake::faultFromName(const QString &name)
{
    static const QHash<QString, HttpFault> names {
        {u"429"_s, HttpFault::Status429},
        {u"500"_s, HttpFault::Status500},
        {u"502"_s, HttpFault::Status502},
        {u"503"_s, HttpFault::Status503},
        {u"504"_s, HttpFault::Status504},
        {u"timeout"_s, HttpFault::Timeout},
        {u"reset"_s, HttpFault::Reset},
        {u"reset-after"_s, HttpFault::ResetAfterHandling},
        {u"malformed"_s, HttpFault::MalformedBody},
        {u"truncated"_s, HttpFault::TruncatedBody},
    };
    const auto it = names.constFind(name.trimmed().toLower());
    if (it == names.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<HttpFakeResponse> HttpFake::intercept(const HttpFakeRequest &)
{
    return std::nullopt;
}

void HttpFake::decorate(const HttpFakeRequest &, HttpFakeResponse &) { }

std::optional<HttpFault> HttpFake::takeFault(const HttpFakeRequest &request)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!it->method.isEmpty() && it->method != request.method)
            continue;
        if (!it->pattern.pattern().isEmpty() && !it->pattern.match(request.path).hasMatch())
            continue;
        if (it->probability < 1.0 && m_faultRng.generateDouble() >= it->probability)
            continue; // spared this time; a later rule may still match
        ++m_firedFaults;
        const HttpFault fault = it->fault;
        if (--it->remaining <= 0)
            m_faults.erase(it);
        return fault;
    }
    return std::nullopt;
}

HttpFakeResponse HttpFake::dispatch(HttpFakeRequest &request)
{
    if (auto early = intercept(request))
        return *early;
    bool pathMatched = false;
    for (const auto &route : std::as_const(m_routes)) {
        const auto match = route.pattern.match(request.path);
        if (!match.hasMatch())
            continue;
        pathMatched = true;
        if (!route.method.isEmpty() && route.method != request.method)
            continue;
        request.captures = match.capturedTexts();
        return route.handler(request);
    }
    if (pathMatched)
        return HttpFakeResponse::json(405, QJsonObject {{u"error"_s, u"Method not allowed"_s}});
    return HttpFakeResponse::json(404, QJsonObject {{u"error"_s, u"not found"_s}});
}

bool HttpFake::handleRequest(const QHttpServerRequest &serverRequest, QTcpSocket *socket)
{
    HttpFakeRequest request;
    request.method = methodName(serverRequest.method());
    request.url = serverRequest.url();
    request.path = request.url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(request.url);
    for (const auto &[name, value] : serverRequest.headers())
        request.headers.insert(name.toLower(), value);
    request.body = serverRequest.body();
    ++m_requestCount;
    m_requests.append(request);
    if (m_requests.size() > m_requestLogLimit)
        m_requests.remove(0, m_requests.size() - m_requestLogLimit / 2); // amortised trimming

    const auto fault = takeFault(request);
    if (!fault) {
        auto response = dispatch(request);
        decorate(request, response);
        write(socket, response);
        return true;
    }

    switch (*fault) {
    case HttpFault::Status429:
        write(socket, faultStatus(429, m_faultRetryAfter));
        break;
    case HttpFault::Status500:
        write(socket, faultStatus(500, m_faultRetryAfter));
        break;
    case HttpFault::Status502:
        write(socket, faultStatus(502, m_faultRetryAfter));
        break;
    case HttpFault::Status503:
        write(socket, faultStatus(503, m_faultRetryAfter));
        break;
    case HttpFault::Status504:
        write(socket, faultStatus(504, m_faultRetryAfter));
        break;
    case HttpFault::Timeout:
        break; // keep the connection open and say nothing
    case HttpFault::Reset:
        resetLater(socket);
        break;
    case HttpFault::ResetAfterHandling:
        dispatch(request);
        resetLater(socket);
        break;
    case HttpFault::MalformedBody: {
        auto response = dispatch(request);
        response.body = "{\"items\": [ {\"id\": 1,, <html>oops</html>";
        decorate(request, response);
        write(socket, response);
        break;
    }
    case HttpFault::TruncatedBody: {
        auto response = dispatch(request);
        if (response.body.size() < 2)
            response.body = "{\"error\": \"truncated\"}";
        decorate(request, response);
        write(socket, response, true);
        break;
    }
    }
    return true;
}

void HttpFake::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    write(socket, HttpFakeResponse::json(404, QJsonObject {{u"error"_s, u"not found"_s}}));
}

void HttpFake::write(QTcpSocket *socket, const HttpFakeResponse &response, bool truncate)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    if (truncate) {
        out += response.body.left(response.body.size() / 2);
        socket->write(out);
        // A graceful close after the partial body: the client sees fewer bytes than
        // Content-Length promised.
        QTimer::singleShot(0, this, [s = QPointer<QTcpSocket>(socket)] {
            if (s)
                s->disconnectFromHost();
        });
        return;
    }
    out += response.body;
    socket->write(out);
}

void HttpFake::resetLater(QTcpSocket *socket)
{
    // Closing from inside handleRequest would pull the socket from under QAbstractHttpServer's
    // parser; do it on the next turn of the event loop.
    // SO_LINGER 0 makes the close a real TCP RST, as a crashed peer or a proxy would send.
    QTimer::singleShot(0, this, [s = QPointer<QTcpSocket>(socket)] {
        if (!s)
            return;
#ifdef Q_OS_UNIX
        const linger hardClose {1, 0};
        ::setsockopt(int(s->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hardClose, sizeof hardClose);
#endif
        s->abort();
    });
}

} // namespace puente::fakes
