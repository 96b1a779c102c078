#include "bsale/BsaleRateLimiter.h"

#include <algorithm>
#include <cmath>

namespace puente::fakes::bsale {

namespace {
constexpr qint64 kSecondMs = 1000;
constexpr qint64 kFiveMinutesMs = 300 * 1000;
} // namespace

void BsaleRateLimiter::setLimits(int perSecond, int perFiveMinutes)
{
    m_perSecond = std::max(1, perSecond);
    m_perFiveMinutes = std::max(1, perFiveMinutes);
}

void BsaleRateLimiter::setScale(double scale)
{
    m_scale = scale > 0 ? scale : 1;
}

void BsaleRateLimiter::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        m_stamps.clear();
}

int BsaleRateLimiter::countSince(qint64 fromMs) const
{
    // Stamps are ascending: the ones inside the window are the tail after `fromMs`.
    const auto first = std::upper_bound(m_stamps.begin(), m_stamps.end(), fromMs);
    return int(std::distance(first, m_stamps.end()));
}

bool BsaleRateLimiter::admit(qint64 nowMs)
{
    if (!m_enabled)
        return true;
    while (!m_stamps.empty() && m_stamps.front() <= nowMs - kFiveMinutesMs)
        m_stamps.pop_front();
    const auto perSecond = qint64(std::llround(m_perSecond * m_scale));
    const auto perFiveMinutes = qint64(std::llround(m_perFiveMinutes * m_scale));
    if (countSince(nowMs - kSecondMs) >= perSecond || qint64(m_stamps.size()) >= perFiveMinutes)
        return false;
    // A clock that steps back (tests) must not break the ascending order.
    m_stamps.push_back(m_stamps.empty() ? nowMs : std::max(nowMs, m_stamps.back()));
    return true;
}

} // namespace puente::fakes::bsale
