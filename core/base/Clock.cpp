#include "base/Clock.h"

#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <limits>

namespace puente {

Clock::~Clock() = default;

SystemClock::SystemClock()
{
    m_started.start();
}

SystemClock::~SystemClock() = default;

SystemClock &SystemClock::instance()
{
    static SystemClock clock;
    return clock;
}

qint64 SystemClock::monotonicMs() const
{
    return m_started.elapsed();
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

void SystemClock::schedule(qint64 delayMs, QObject *context, std::function<void()> fn)
{
    Q_ASSERT(context);
    // QTimer takes an int; a wait of more than 24 days is a bug upstream, so clamp rather than wrap.
    const int delay = int(qBound(qint64(0), delayMs, qint64(std::numeric_limits<int>::max())));
    // PreciseTimer: coarse timers may fire up to 5% early, which would make a rate-limit
    // wait end before the server's window does.
    QTimer::singleShot(delay, Qt::PreciseTimer, context, std::move(fn));
}

} // namespace puente
