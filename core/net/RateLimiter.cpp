#include "net/RateLimiter.h"

#include "base/Clock.h"

#include <cmath>

namespace puente {

namespace {

qint64 ceilMs(double ms)
{
    // A hair of tolerance so 99.99999 from floating-point noise does not become 100 ms.
    return qint64(std::ceil(ms - 1e-6));
}

} // namespace

RateLimiter::RateLimiter(Clock &clock, const RateLimiterConfig &config)
    : m_clock(clock)
{
    setConfig(config);
}

void RateLimiter::setConfig(const RateLimiterConfig &config)
{
    m_config.defaultLimits = config.defaultLimits;
    m_config.hostLimits.clear();
    for (auto it = config.hostLimits.begin(); it != config.hostLimits.end(); ++it)
        m_config.hostLimits.insert(key(it.key()), it.value());
    m_hosts.clear();
}

void RateLimiter::setDefaultLimits(const QList<RateLimit> &limits)
{
    m_config.defaultLimits = limits;
    m_hosts.clear();
}

void RateLimiter::setHostLimits(const QString &host, const QList<RateLimit> &limits)
{
    m_config.hostLimits.insert(key(host), limits);
    m_hosts.remove(key(host));
}

QList<RateLimit> RateLimiter::limitsFor(const QString &host) const
{
    return m_config.hostLimits.value(key(host), m_config.defaultLimits);
}

QList<RateLimiter::Bucket> RateLimiter::bucketsFor(const QString &host) const
{
    QList<Bucket> buckets;
    for (const RateLimit &limit : limitsFor(host)) {
        if (limit.ratePerSecond <= 0)
            continue;
        const double interval = 1000.0 / limit.ratePerSecond;
        buckets.append({interval, (qMax(1, limit.burst) - 1) * interval});
    }
    return buckets;
}

RateLimiter::HostState &RateLimiter::state(const QString &host)
{
    auto it = m_hosts.find(key(host));
    if (it == m_hosts.end())
        it = m_hosts.insert(key(host), HostState {bucketsFor(host), 0});
    return *it;
}

const RateLimiter::HostState *RateLimiter::findState(const QString &host) const
{
    const auto it = m_hosts.constFind(key(host));
    return it == m_hosts.constEnd() ? nullptr : &*it;
}

qint64 RateLimiter::delayBeforeNext(const QString &host) const
{
    const HostState *hostState = findState(host);
    if (!hostState)
        return 0; // never sent there, nothing blocked
    const qint64 now = m_clock.monotonicMs();
    qint64 delay = qMax<qint64>(0, hostState->blockedUntilMs - now);
    // GCRA: a send at `now` conforms when TAT - tolerance <= now.
    for (const Bucket &bucket : hostState->buckets)
        delay = qMax(delay, ceilMs(bucket.theoreticalArrivalMs - bucket.toleranceMs - double(now)));
    return delay;
}

bool RateLimiter::tryAcquire(const QString &host)
{
    if (delayBeforeNext(host) > 0)
        return false;
    const double now = double(m_clock.monotonicMs());
    for (Bucket &bucket : state(host).buckets)
        bucket.theoreticalArrivalMs = qMax(bucket.theoreticalArrivalMs, now) + bucket.intervalMs;
    return true;
}

void RateLimiter::blockUntil(const QString &host, qint64 untilMs)
{
    HostState &hostState = state(host);
    hostState.blockedUntilMs = qMax(hostState.blockedUntilMs, untilMs);
}

void RateLimiter::blockFor(const QString &host, qint64 ms)
{
    blockUntil(host, m_clock.monotonicMs() + qMax<qint64>(0, ms));
}

qint64 RateLimiter::blockedFor(const QString &host) const
{
    const HostState *hostState = findState(host);
    return hostState ? qMax<qint64>(0, hostState->blockedUntilMs - m_clock.monotonicMs()) : 0;
}

void RateLimiter::reset()
{
    m_hosts.clear();
}

} // namespace puente
