#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QPair>

#include <functional>

namespace puente::fakes::jumpseller {

/** The documented limits (§1.4) and the knobs tests and benchmarks turn. */
struct RateLimitConfig
{
    bool enabled = true; ///< false = never refuse (headers still count down)
    int perSecond = 20;
    int perMinute = 800;
    double scale = 1.0; ///< multiplies both limits, e.g. 10 for a benchmark
    int banAfterHits = 2000; ///< rate-limit hits that start a temporary ban; 0 = never ban
    int banSeconds = 900; ///< DOCS-AMBIGUITY: the ban length is not documented
    int hitWindowSeconds = 3600; ///< DOCS-AMBIGUITY: the period the hits are counted over is not documented
    bool legacy403 = false; ///< answer 403 as the pre-2022 API did, instead of 429
};

/** The verdict for one request, with the headers its answer must carry. */
struct RateDecision
{
    bool allowed = true;
    int status = 200; ///< 429 or 403 when refused
    QList<QPair<QByteArray, QByteArray>> headers;
};

/**
 * Jumpseller's request limits: fixed one-second and one-minute windows on the injected clock
 * (as Rack::Attack counts them; [INFERRED]), the four Jumpseller-Per*RateLimit-* headers on every
 * answer, and a temporary ban with Jumpseller-BannedByRateLimit-Reset after N refused requests.
 * DOCS-AMBIGUITY: whether refused requests count towards the windows is not documented; here
 * only admitted ones do, so a client that backs off for the rest of the second gets through.
 *
 * Value type; no thread affinity.
 */
class RateLimiter
{
public:
    using Clock = std::function<QDateTime()>;

    RateLimiter();
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setConfig(const RateLimitConfig &config) { m_config = config; }
    const RateLimitConfig &config() const { return m_config; }
    /** Forgets all counters, hits and bans. */
    void reset();

    /** Counts one request and says whether it may proceed. */
    RateDecision admit();

    int perSecondLimit() const;
    int perMinuteLimit() const;
    int hits() const { return m_hits; }
    QDateTime bannedUntil() const { return m_bannedUntil; }
    QJsonObject state() const;

private:
    void roll(const QDateTime &now);
    QList<QPair<QByteArray, QByteArray>> headers(bool banned) const;
    RateDecision refuse(bool banned) const;

    Clock m_clock;
    RateLimitConfig m_config;
    qint64 m_second = -1;
    qint64 m_minute = -1;
    qint64 m_hitWindow = -1;
    int m_secondCount = 0;
    int m_minuteCount = 0;
    int m_hits = 0;
    QDateTime m_bannedUntil;
};

} // namespace puente::fakes::jumpseller
