#include "jumpseller/RateLimiter.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::jumpseller {

RateLimiter::RateLimiter()
    : m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

void RateLimiter::reset()
{
    m_second = m_minute = m_hitWindow = -1;
    m_secondCount = m_minuteCount = m_hits = 0;
    m_bannedUntil = {};
}

int RateLimiter::perSecondLimit() const
{
    return std::max(1, int(std::lround(m_config.perSecond * m_config.scale)));
}

int RateLimiter::perMinuteLimit() const
{
    return std::max(1, int(std::lround(m_config.perMinute * m_config.scale)));
}

void RateLimiter::roll(const QDateTime &now)
{
    const qint64 second = now.toMSecsSinceEpoch() / 1000;
    if (second != m_second) {
        m_second = second;
        m_secondCount = 0;
    }
    if (second / 60 != m_minute) {
        m_minute = second / 60;
        m_minuteCount = 0;
    }
    const qint64 hitWindow = second / std::max(1, m_config.hitWindowSeconds);
    if (hitWindow != m_hitWindow) {
        m_hitWindow = hitWindow;
        m_hits = 0;
    }
}

RateDecision RateLimiter::admit()
{
    const QDateTime now = m_clock();
    roll(now);
    if (m_bannedUntil.isValid() && now < m_bannedUntil)
        return refuse(true);
    m_bannedUntil = {};
    const bool over = m_secondCount >= perSecondLimit() || m_minuteCount >= perMinuteLimit();
    if (over && m_config.enabled) {
        ++m_hits;
        if (m_config.banAfterHits > 0 && m_hits >= m_config.banAfterHits) {
            m_bannedUntil = now.addSecs(m_config.banSeconds);
            m_hits = 0;
            return refuse(true);
        }
        return refuse(false);
    }
    ++m_secondCount;
    ++m_minuteCount;
    RateDecision decision;
    decision.headers = headers(false);
    return decision;
}

RateDecision RateLimiter::refuse(bool banned) const
{
    RateDecision decision;
    decision.allowed = false;
    decision.status = m_config.legacy403 ? 403 : 429;
    decision.headers = headers(banned);
    return decision;
}

QList<QPair<QByteArray, QByteArray>> RateLimiter::headers(bool banned) const
{
    QList<QPair<QByteArray, QByteArray>> out {
        {"Jumpseller-PerMinuteRateLimit-Limit", QByteArray::number(perMinuteLimit())},
        {"Jumpseller-PerMinuteRateLimit-Remaining", QByteArray::number(std::max(0, perMinuteLimit() - m_minuteCount))},
        {"Jumpseller-PerSecondRateLimit-Limit", QByteArray::number(perSecondLimit())},
        {"Jumpseller-PerSecondRateLimit-Remaining", QByteArray::number(std::max(0, perSecondLimit() - m_secondCount))},
    };
    if (banned) {
        // Documented form: 2024-05-23T16:13:47+00:00
        const QString reset = m_bannedUntil.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+00:00"_s;
        out.append({"Jumpseller-BannedByRateLimit-Reset", reset.toLatin1()});
    }
    return out;
}

QJsonObject RateLimiter::state() const
{
    return {
        {u"enabled"_s, m_config.enabled},
        {u"per_second"_s, m_config.perSecond},
        {u"per_minute"_s, m_config.perMinute},
        {u"scale"_s, m_config.scale},
        {u"effective_per_second"_s, perSecondLimit()},
        {u"effective_per_minute"_s, perMinuteLimit()},
        {u"ban_after"_s, m_config.banAfterHits},
        {u"ban_seconds"_s, m_config.banSeconds},
        {u"hit_window_seconds"_s, m_config.hitWindowSeconds},
        {u"legacy_403"_s, m_config.legacy403},
        {u"hits"_s, m_hits},
        {u"banned_until"_s,
         m_bannedUntil.isValid() ? QJsonValue(m_bannedUntil.toUTC().toString(Qt::ISODate))
                                 : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace puente::fakes::jumpseller
