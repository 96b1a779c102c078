#pragma once

#include "net/ApiCall.h"
#include "net/ApiRequest.h"
#include "net/ApiResponse.h"
#include "net/RateLimiter.h"
#include "net/RetryPolicy.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace puente {

class Clock;

/** Settings of an ApiClient. */
struct ApiClientConfig
{
    int defaultTimeoutMs = 30000; ///< transfer timeout when the request sets none
    int maxRedirects = 5; ///< same-origin redirects followed per attempt
    RetryConfig retry;
    RateLimiterConfig rateLimits;
    std::optional<quint32> jitterSeed; ///< fixed backoff jitter for tests; unset = random
    QByteArray userAgent; ///< empty = "Puente/<version>"
};

/**
 * Puente's single door to HTTP APIs (Bsale, Jumpseller): the REST clients describe a call as
 * an ApiRequest and get back one ApiResponse, with pacing, retries, timeouts, JSON parsing,
 * error mapping and redacted logging done here.
 *
 * Usage:
 * @code
 *   ApiClient client(SystemClock::instance(), config);          // on the worker thread
 *   client.send(ApiRequest::get(url, u"bsale.variants.list"_s), this,
 *               [this](const ApiResponse &r) { r.ok() ? use(r.json) : report(r.error); });
 * @endcode
 *
 * Behaviour:
 *  - Asynchronous only: send() never blocks and never spins a nested event loop; finished()
 *    is never emitted before send() returns. Waits (rate limit, backoff, Retry-After) go
 *    through Clock::schedule(), so ManualClock drives them in tests.
 *  - Per-host pacing with RateLimiter, calls to one host leave in FIFO order (a retry goes
 *    first), except that an ApiRequest::Priority::Urgent call overtakes the Normal ones
 *    waiting: a tax document is not queued behind a catalogue pull. A wait the server
 *    announces pauses the whole host; if it is longer than RetryConfig::maxServerWaitMs,
 *    queued calls to that host fail at once with RateLimited and ApiError::retryAfterMs()
 *    instead of sitting silently.
 *  - Retries per RetryPolicy (idempotent requests only).
 *  - Each attempt: transfer timeout (request's or the default), User-Agent
 *    "Puente/<version>", one X-Request-ID per call (repeated on its retries), same-origin
 *    redirects only, no cookies, no cache. TLS errors are never ignored.
 *  - Logs (category puente.net): debug line per attempt (method, redacted URL, status,
 *    attempt, elapsed, request id); info on retries and failures; warning when retries run
 *    out. Header values and bodies are never logged; credential header values and
 *    credential query parameters are registered with Redactor on send().
 *
 * Ownership: owns its QNetworkAccessManager (created on first send, on this thread) and the
 * ApiCall objects. Does not own the Clock, which must outlive it.
 * Thread affinity: one thread (the one it lives on); call send()/abortAll() only there.
 */
class ApiClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    using Callback = std::function<void(const ApiResponse &)>;

    explicit ApiClient(Clock &clock, QObject *parent = nullptr);
    ApiClient(Clock &clock, const ApiClientConfig &config, QObject *parent = nullptr);
    ~ApiClient() override;

    /**
     * Starts a call. Connect to ApiCall::finished() right away (it cannot fire before the
     * event loop runs). The returned pointer is valid until finished() has been delivered.
     */
    ApiCall *send(const ApiRequest &request);
    /** send() and run `onFinished` on `context`'s thread when done; nothing runs if
     *  `context` is destroyed first. */
    ApiCall *send(const ApiRequest &request, QObject *context, Callback onFinished);

    /** Cancels every unfinished call (each emits finished() with ApiError::Canceled). */
    void abortAll();

    Clock &clock() const { return m_clock; }
    const ApiClientConfig &config() const { return m_config; }
    RateLimiter &rateLimiter() { return m_limiter; }
    RetryPolicy &retryPolicy() { return m_policy; }
    void setDefaultTimeout(int ms) { m_config.defaultTimeoutMs = ms; }
    int defaultTimeout() const { return m_config.defaultTimeoutMs; }
    QByteArray userAgent() const;

    /** Calls sent and not finished yet. */
    int activeCallCount() const;
    /** Attempts on the wire right now. */
    int inFlightCount() const { return m_inFlight; }
    /** Calls waiting in a host queue for the rate limiter. */
    int queuedCount() const;

Q_SIGNALS:
    /** Sends to `host` pause for `waitMs` because the server throttled or asked to wait
     *  (for a status line such as "Jumpseller asked us to slow down"). */
    void hostThrottled(const QString &host, qint64 waitMs);

private:
    friend class ApiCall;

    QNetworkAccessManager *network();
    void enqueue(ApiCall *call, bool atFront);
    void pump(const QString &host);
    void scheduleWake(const QString &host, qint64 delayMs);
    void throttleHost(const QString &host, qint64 waitMs);
    /** Applies what any answer says about the server's limits (e.g. Remaining: 0). */
    void noteServerHints(const QString &host, const HttpHeaders &headers);
    void forget(ApiCall *call);
    void attemptStarted() { ++m_inFlight; }
    void attemptEnded() { --m_inFlight; }

    Clock &m_clock;
    ApiClientConfig m_config;
    RateLimiter m_limiter;
    RetryPolicy m_policy;
    QNetworkAccessManager *m_network = nullptr; ///< child; created lazily on this thread
    QHash<QString, QList<QPointer<ApiCall>>> m_queues; ///< per host, FIFO
    QSet<QString> m_wakeScheduled; ///< hosts with a pending Clock wake-up
    QList<QPointer<ApiCall>> m_calls; ///< unfinished calls
    int m_inFlight = 0;
};

} // namespace puente
