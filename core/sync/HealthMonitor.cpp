#include "sync/HealthMonitor.h"

#include "base/Clock.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
}

HealthMonitor::HealthMonitor(Clock &clock, int staleHours, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_staleHours(std::max(0, staleHours))
{ }

HealthMonitor::~HealthMonitor() = default;

QString HealthMonitor::staleWarningEs(int hours)
{
    return hours == 1 ? u"Tu tienda no está recibiendo actualizaciones de stock desde Bsale hace 1 hora"_s
                      : u"Tu tienda no está recibiendo actualizaciones de stock desde Bsale hace %1 horas"_s.arg(hours);
}

QString HealthMonitor::staleWarningEn(int hours)
{
    return hours == 1 ? u"Your store has not received stock updates from Bsale for 1 hour"_s
                      : u"Your store has not received stock updates from Bsale for %1 hours"_s.arg(hours);
}

void HealthMonitor::start(const QDateTime &lastMovement)
{
    m_health.lastMovement = lastMovement;
    m_quietSince = lastMovement.isValid() ? lastMovement : m_clock.nowUtc();
    evaluate();
    publish();
}

void HealthMonitor::setStaleHours(int hours)
{
    m_staleHours = std::max(0, hours);
    if (!m_quietSince.isValid())
        return;
    evaluate();
    publish();
}

void HealthMonitor::noteSuccess(Side s)
{
    SyncHealth::Side &state = side(s);
    state.lastSuccess = m_clock.nowUtc();
    state.consecutiveErrors = 0;
    publish();
}

void HealthMonitor::noteFailure(Side s, const QString &error)
{
    SyncHealth::Side &state = side(s);
    state.lastFailure = m_clock.nowUtc();
    ++state.consecutiveErrors;
    ++state.totalErrors;
    state.lastError = error;
    publish();
}

void HealthMonitor::noteMovement()
{
    noteMovement(m_clock.nowUtc());
}

void HealthMonitor::noteMovement(const QDateTime &at)
{
    if (m_health.lastMovement.isValid() && at < m_health.lastMovement)
        return;
    m_health.lastMovement = at;
    m_quietSince = at;
    evaluate();
    publish();
}

void HealthMonitor::evaluate()
{
    const int before = m_health.staleHours;
    const qint64 quietMs = m_quietSince.isValid() ? m_quietSince.msecsTo(m_clock.nowUtc()) : 0;
    const int hours = int(quietMs / kHourMs);
    m_health.stale = m_staleHours > 0 && hours >= m_staleHours;
    m_health.staleHours = m_health.stale ? hours : 0;
    m_health.staleWarningEs = m_health.stale ? staleWarningEs(hours) : QString();
    m_health.staleWarningEn = m_health.stale ? staleWarningEn(hours) : QString();
    if (m_health.staleHours != before)
        Q_EMIT staleWarning(m_health.staleHours);
    scheduleCheck();
}

void HealthMonitor::scheduleCheck()
{
    // An earlier check still scheduled sees a newer generation and does nothing.
    const quint64 generation = ++m_checkGeneration;
    if (m_staleHours <= 0 || !m_quietSince.isValid())
        return;
    const qint64 quietMs = m_quietSince.msecsTo(m_clock.nowUtc());
    // The next whole hour of quiet, but not before the threshold.
    const qint64 nextHour = std::max<qint64>(m_staleHours, quietMs / kHourMs + 1);
    m_clock.schedule(nextHour * kHourMs - quietMs, this, [this, generation] {
        if (generation != m_checkGeneration)
            return;
        evaluate();
        publish();
    });
}

void HealthMonitor::publish()
{
    Q_EMIT healthChanged(m_health);
}

} // namespace puente
