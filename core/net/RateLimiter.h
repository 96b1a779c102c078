#pragma once

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>

namespace puente {

class Clock;

/** One token bucket: a sustained rate plus a burst allowance. */
struct RateLimit
{
    double ratePerSecond = 0; ///< sustained sends per second; <= 0 means no limit
    int burst = 1; ///< sends allowed back to back after a quiet period (bucket size, >= 1)

    static RateLimit perSecond(double count, int burst = 1) { return {count, burst}; }
    static RateLimit perMinute(double count, int burst = 1) { return {count / 60.0, burst}; }
};

/** Per-host limits for an ApiClient. Hosts compare case-insensitively. */
struct RateLimiterConfig
{
    QList<RateLimit> defaultLimits; ///< hosts without their own entry; empty = unlimited
    QHash<QString, QList<RateLimit>> hostLimits; ///< every limit of a host must allow a send
};

/**
 * Paces sends per host so Puente stays under the servers' published limits instead of
 * finding them with 429s: one or more token buckets per host (e.g. Jumpseller's 20/s and
 * 800/min) driven by the injected Clock, plus a "blocked until" time for waits the server
 * announced (Retry-After, Jumpseller's ban reset, exhausted Remaining counters).
 *
 * It never waits itself: delayBeforeNext() says how long until a send may happen and
 * tryAcquire() takes the slot. Implemented as GCRA (the exact, integer-friendly form of a
 * token bucket), so with ManualClock the pacing is deterministic to the millisecond.
 *
 * Not thread-safe: owned and used by one ApiClient on its thread.
 */
class RateLimiter
{
public:
    explicit RateLimiter(Clock &clock, const RateLimiterConfig &config = {});

    void setConfig(const RateLimiterConfig &config);
    const RateLimiterConfig &config() const { return m_config; }
    void setDefaultLimits(const QList<RateLimit> &limits);
    /** Limits for one host; replaces earlier ones and forgets its send history. */
    void setHostLimits(const QString &host, const QList<RateLimit> &limits);
    QList<RateLimit> limitsFor(const QString &host) const;

    /** Milliseconds until a send to `host` is allowed (0 = now): the longest of every
     *  bucket's wait and any block. */
    qint64 delayBeforeNext(const QString &host) const;
    /** Takes a send slot if delayBeforeNext() is 0; false otherwise (nothing taken). */
    bool tryAcquire(const QString &host);

    /** No sends to `host` before monotonic time `untilMs`. Only ever extends a block. */
    void blockUntil(const QString &host, qint64 untilMs);
    /** blockUntil(now + ms). */
    void blockFor(const QString &host, qint64 ms);
    /** Remaining block in ms (0 if none). */
    qint64 blockedFor(const QString &host) const;

    /** Forgets all history and blocks (limits stay). */
    void reset();

private:
    struct Bucket
    {
        double intervalMs; ///< 1000 / rate
        double toleranceMs; ///< (burst - 1) * interval
        double theoreticalArrivalMs = 0; ///< GCRA's TAT
    };
    struct HostState
    {
        QList<Bucket> buckets;
        qint64 blockedUntilMs = 0;
    };

    static QString key(const QString &host) { return host.toLower(); }
    HostState &state(const QString &host);
    const HostState *findState(const QString &host) const;
    QList<Bucket> bucketsFor(const QString &host) const;

    Clock &m_clock;
    RateLimiterConfig m_config;
    QHash<QString, HostState> m_hosts;
};

} // namespace puente
