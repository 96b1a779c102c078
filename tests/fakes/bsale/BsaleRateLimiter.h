#pragma once

#include <QtGlobal>

#include <deque>

namespace puente::fakes::bsale {

/**
 * Bsale's two documented limits as sliding windows: 10 requests per second (CHANGELOG 09/2023)
 * and 3,000 per 300 s (FAQ), bsale.md §1 "Rate limits". `scale` multiplies both (benchmarks run
 * at 100×). Refused requests do not count. Time comes from the caller (an injectable clock).
 *
 * DOCS-AMBIGUITY: whether Bsale counts per token, instance or IP is undocumented; one fake is
 * one account, so the fake counts every authenticated request together.
 *
 * A value type; the fake's thread.
 */
class BsaleRateLimiter
{
public:
    void setLimits(int perSecond, int perFiveMinutes);
    void setScale(double scale);
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    int perSecond() const { return m_perSecond; }
    int perFiveMinutes() const { return m_perFiveMinutes; }
    double scale() const { return m_scale; }

    /** Counts the request at `nowMs` and returns true, or returns false when over a limit. */
    bool admit(qint64 nowMs);
    void reset() { m_stamps.clear(); }

private:
    int countSince(qint64 fromMs) const;

    std::deque<qint64> m_stamps; ///< admitted requests of the last 300 s, ascending
    int m_perSecond = 10;
    int m_perFiveMinutes = 3000;
    double m_scale = 1;
    bool m_enabled = true;
};

} // namespace puente::fakes::bsale
