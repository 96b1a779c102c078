#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QRandomGenerator>
#include <QtCore/QRegularExpression>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>
#include <QtHttpServer/QAbstractHttpServer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace puente::fakes {

/** One request as the fake saw it. Header names are lower-case. */
struct HttpFakeRequest
{
    QByteArray method; ///< "GET", "POST", ...
    QUrl url; ///< as sent, including the query
    QString path; ///< decoded path, e.g. "/v1/variants.json"
    QUrlQuery query; ///< decoded query items
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QStringList captures; ///< regex captures of the matched route (index 1..n)

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    QString queryValue(const QString &key) const;
};

/** A response to write. `headers` are written in order, after Content-Length. */
struct HttpFakeResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpFakeResponse json(int status, const QJsonValue &value);
    static HttpFakeResponse raw(int status, const QByteArray &body,
                                const QByteArray &contentType = "application/json; charset=utf-8");
    HttpFakeResponse &withHeader(const QByteArray &name, const QByteArray &value);
};

/** Faults the server can put in place of (or after) a normal answer. */
enum class HttpFault {
    Status429, ///< 429 with an empty JSON error body (plus Retry-After when set)
    Status500, ///< 500 {"error":"..."} without running the handler
    Status502,
    Status503,
    Status504,
    Timeout, ///< read the request, never answer (client's transfer timeout fires)
    Reset, ///< close the connection without answering; handler not run
    ResetAfterHandling, ///< run the handler (side effects happen), then close without answering
    MalformedBody, ///< run the handler, answer its status with a body that is not JSON
    TruncatedBody, ///< run the handler, send half of the body and close
};

/**
 * A real HTTP/1.1 server on 127.0.0.1 built on Qt HttpServer, with a route table and
 * fault injection. FakeBsale, FakeJumpseller and the HTTP-layer tests build on it.
 *
 * Thread affinity: lives and answers on the thread that created it (it needs an event loop).
 */
class HttpFake : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFake)

public:
    using Handler = std::function<HttpFakeResponse(const HttpFakeRequest &)>;

    explicit HttpFake(QObject *parent = nullptr);
    ~HttpFake() override;

    /** Listens on 127.0.0.1:port (0 = any free port). Returns the port, or 0 on failure. */
    quint16 start(quint16 port = 0);
    quint16 port() const { return m_port; }
    /** "http://127.0.0.1:PORT" (no trailing slash). */
    QUrl baseUrl() const;

    /**
     * Adds a route. `pathPattern` is a regular expression anchored to the whole decoded path;
     * its captures reach the handler. Routes are tried in the order they were added.
     * `method` empty matches any method.
     */
    void route(const QByteArray &method, const QString &pathPattern, Handler handler);

    /**
     * The next `count` requests whose path matches `pathPattern` (regex, unanchored; empty =
     * all) and whose method matches (empty = any) fail with `fault`. With `probability` below 1
     * each matching request fails only with that chance (drawn from the fault RNG, see
     * setFaultSeed()), until `count` of them failed: intermittent trouble rather than an outage.
     */
    void injectFault(HttpFault fault, int count = 1, const QString &pathPattern = {}, const QByteArray &method = {},
                     double probability = 1.0);
    void clearFaults();
    int pendingFaults() const;
    /** Requests answered with an injected fault since start. */
    int firedFaults() const { return m_firedFaults; }
    /** Seeds the draws of probabilistic faults (a run can be repeated). */
    void setFaultSeed(quint32 seed) { m_faultRng.seed(seed); }
    /** Retry-After seconds sent with injected 429/503 answers; negative = no header. */
    void setFaultRetryAfter(int seconds) { m_faultRetryAfter = seconds; }

    /** The most recent requests received (also faulted ones), oldest first; at most
     *  requestLogLimit() of them, so a long-running sandbox does not grow without bound. */
    const QList<HttpFakeRequest> &requests() const { return m_requests; }
    /** Requests received since start or the last clearRequestLog(), whatever the log limit. */
    int requestCount() const { return m_requestCount; }
    void clearRequestLog()
    {
        m_requests.clear();
        m_requestCount = 0;
    }
    void setRequestLogLimit(int limit) { m_requestLogLimit = qMax(1, limit); }
    int requestLogLimit() const { return m_requestLogLimit; }

    /** Parses a fault name as used by admin interfaces: "429", "500", "502", "503", "504",
     *  "timeout", "reset", "reset-after", "malformed", "truncated". */
    static std::optional<HttpFault> faultFromName(const QString &name);

protected:
    /** Called for every request before routing; a non-empty response short-cuts it
     *  (used for authentication and rate limits). Runs after fault injection. */
    virtual std::optional<HttpFakeResponse> intercept(const HttpFakeRequest &request);
    /** Called for every answer that is written, e.g. to add rate-limit headers. */
    virtual void decorate(const HttpFakeRequest &request, HttpFakeResponse &response);

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
    };
    struct FaultRule
    {
        HttpFault fault;
        int remaining;
        QRegularExpression pattern;
        QByteArray method;
        double probability = 1.0;
    };

    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

    HttpFakeResponse dispatch(HttpFakeRequest &request);
    std::optional<HttpFault> takeFault(const HttpFakeRequest &request);
    void write(QTcpSocket *socket, const HttpFakeResponse &response, bool truncate = false);
    void resetLater(QTcpSocket *socket);

    QList<Route> m_routes;
    QList<FaultRule> m_faults;
    QList<HttpFakeRequest> m_requests;
    int m_requestCount = 0;
    int m_requestLogLimit = 10000;
    quint16 m_port = 0;
    int m_faultRetryAfter = -1;
    int m_firedFaults = 0;
    QRandomGenerator m_faultRng {1};
};

} // namespace puente::fakes
