#include "base/ManualClock.h"

#include <QtCore/QMetaObject>
#include <QtCore/QThread>
#include <QtCore/QTimeZone>

#include <algorithm>

namespace puente {

ManualClock::ManualClock()
    : ManualClock(QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()))
{ }

ManualClock::ManualClock(const QDateTime &startUtc)
    : m_startUtc(startUtc.toUTC())
{ }

ManualClock::~ManualClock() = default;

qint64 ManualClock::monotonicMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_nowMs;
}

QDateTime ManualClock::nowUtc() const
{
    QMutexLocker lock(&m_mutex);
    return m_startUtc.addMSecs(m_nowMs);
}

void ManualClock::schedule(qint64 delayMs, QObject *context, std::function<void()> fn)
{
    Q_ASSERT(context);
    if (delayMs <= 0) {
        QMetaObject::invokeMethod(context, std::move(fn), Qt::QueuedConnection);
        return;
    }
    QMutexLocker lock(&m_mutex);
    Entry entry {m_nowMs + delayMs, m_sequence++, context, std::move(fn)};
    const auto pos = std::upper_bound(m_pending.begin(), m_pending.end(), entry, [](const Entry &a, const Entry &b) {
        return a.dueMs != b.dueMs ? a.dueMs < b.dueMs : a.sequence < b.sequence;
    });
    m_pending.insert(pos, std::move(entry));
}

void ManualClock::advance(qint64 ms)
{
    Q_ASSERT(ms >= 0);
    advanceTo(monotonicMs() + qMax<qint64>(0, ms));
}

bool ManualClock::advanceToNext()
{
    qint64 target = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (m_pending.isEmpty())
            return false;
        target = m_pending.first().dueMs;
    }
    advanceTo(target);
    return true;
}

int ManualClock::pendingCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_pending.size());
}

qint64 ManualClock::msUntilNext() const
{
    QMutexLocker lock(&m_mutex);
    return m_pending.isEmpty() ? -1 : m_pending.first().dueMs - m_nowMs;
}

void ManualClock::advanceTo(qint64 targetMs)
{
    {
        QMutexLocker lock(&m_mutex);
        Q_ASSERT_X(!m_advancing, "ManualClock", "advance() called from a scheduled function");
        m_advancing = true;
    }
    // One entry at a time, without the lock: a function may schedule another one that is
    // already due within this advance, and it must run in order too.
    Entry entry;
    while (takeDue(targetMs, entry))
        run(entry);
    QMutexLocker lock(&m_mutex);
    m_nowMs = qMax(m_nowMs, targetMs);
    m_advancing = false;
}

bool ManualClock::takeDue(qint64 targetMs, Entry &out)
{
    QMutexLocker lock(&m_mutex);
    if (m_pending.isEmpty() || m_pending.first().dueMs > targetMs)
        return false;
    out = m_pending.takeFirst();
    m_nowMs = qMax(m_nowMs, out.dueMs);
    return true;
}

void ManualClock::run(Entry &entry)
{
    QObject *context = entry.context.data();
    if (!context)
        return;
    if (context->thread() == QThread::currentThread())
        entry.fn();
    else
        QMetaObject::invokeMethod(context, std::move(entry.fn), Qt::QueuedConnection);
}

} // namespace puente
