#pragma once

#include "net/ApiError.h"
#include "net/HttpHeaders.h"

#include <QtCore/QByteArrayView>
#include <QtCore/QDateTime>

#include <functional>
#include <optional>

namespace puente {

struct ApiRequest;

/** Tunables of RetryPolicy. */
struct RetryConfig
{
    int maxAttempts = 5; ///< attempts in total, the first one included (>= 1)
    qint64 baseDelayMs = 1000; ///< backoff after the first failure; doubles per failure
    qint64 maxDelayMs = 30000; ///< backoff cap
    double jitter = 0.5; ///< backoff is drawn uniformly from [d * (1 - jitter), d]
    /** The longest server-announced wait (Retry-After, ban reset) honoured inside a call.
     *  Longer ones end the call at once with RateLimited and ApiError::retryAfterMs(). */
    qint64 maxServerWaitMs = 120000;
    /** Pause after a response says the per-second allowance is used up. */
    qint64 perSecondPauseMs = 1000;
};

/**
 * Decides whether and when a failed attempt is repeated. Pure apart from the random source.
 *
 *  - Retries what ApiError::retryable() marks (429 and throttling, 408, 500, 502, 503, 504,
 *    timeouts, dropped or reset connections, truncated bodies) up to maxAttempts in total.
 *    Bsale may answer a rate-limited call with 500 "The requested resource is not
 *    available": retried like any 500.
 *  - Only idempotent requests (ApiRequest::isIdempotent()) are retried. A POST that failed
 *    half-way may have been applied; repeating it could create a second tax document.
 *  - The wait is the server's when it announced one (serverWait()), else exponential
 *    backoff with jitter: base * 2^(failures-1), capped, randomised down by `jitter`.
 *
 * Value type; copy freely. Not thread-safe (the random source has state).
 */
class RetryPolicy
{
public:
    /** Returns a uniform value in [0, 1). */
    using RandomSource = std::function<double()>;

    struct Decision
    {
        bool retry = false;
        qint64 delayMs = 0; ///< wait before the next attempt
        /** The server asked everyone to slow down (throttling): the wait applies to the
         *  whole host, not only this call. */
        bool hostWide = false;
        /** A server-announced wait too long to honour in the call (else -1). */
        qint64 retryAfterMs = -1;
        QString reason; ///< for logs, e.g. "not idempotent", "attempt cap reached"
    };

    RetryPolicy();
    explicit RetryPolicy(const RetryConfig &config);
    /** Deterministic jitter for tests. */
    RetryPolicy(const RetryConfig &config, quint32 seed);

    const RetryConfig &config() const { return m_config; }
    void setConfig(const RetryConfig &config) { m_config = config; }
    void setRandomSource(RandomSource source);

    /** Backoff after `failures` failed attempts (>= 1), jitter applied. */
    qint64 backoffDelay(int failures);
    /** The same without jitter: the upper bound of backoffDelay(). */
    qint64 backoffCeiling(int failures) const;

    /** What to do after attempt number `attemptsMade` failed with `error`. */
    Decision decide(const ApiRequest &request, const ApiError &error, const HttpHeaders &responseHeaders,
                    int attemptsMade, const QDateTime &nowUtc);

    /**
     * The wait a response asks for, in ms, or nullopt: the longest of
     *  - Retry-After (delta seconds or HTTP-date),
     *  - Jumpseller-BannedByRateLimit-Reset (ISO 8601 time: wait until then),
     *  - Jumpseller-PerSecondRateLimit-Remaining: 0 (perSecondPauseMs),
     *  - Jumpseller-PerMinuteRateLimit-Remaining: 0 (until the next minute starts).
     */
    std::optional<qint64> serverWait(const HttpHeaders &headers, const QDateTime &nowUtc) const;

    /** Retry-After value in ms from `nowUtc`: delta seconds or an HTTP-date (IMF-fixdate,
     *  RFC 850, asctime). A date in the past gives 0. Nullopt if unparsable. */
    static std::optional<qint64> parseRetryAfter(QByteArrayView value, const QDateTime &nowUtc);
    /** Parses an HTTP-date (the three formats of RFC 9110 §5.6.7) as UTC. */
    static QDateTime parseHttpDate(QByteArrayView value);
    /** True if the response carries rate-limit headers (Jumpseller-*RateLimit-*,
     *  X-RateLimit-*). Jumpseller sends them on every response. */
    static bool hasRateLimitHeaders(const HttpHeaders &headers);
    /**
     * True if the response is throttling: 429, or a 403 with rate-limit headers that show
     * the limit was hit (a Remaining of 0, a ban reset, Retry-After) or whose body says
     * "rate limit" (Jumpseller's legacy answer). A 403 whose headers show allowance left is
     * a real permission error.
     */
    static bool isThrottled(int status, const HttpHeaders &headers, const QByteArray &body);

private:
    RetryConfig m_config;
    RandomSource m_random;
};

} // namespace puente
