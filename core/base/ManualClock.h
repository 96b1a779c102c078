#pragma once

#include "base/Clock.h"

#include <QtCore/QList>
#include <QtCore/QMutex>
#include <QtCore/QPointer>

namespace puente {

/**
 * A Clock whose time only moves when advance() or advanceToNext() is called. Tests use it to
 * check waits (backoff, Retry-After, rate limits) exactly and without sleeping; the sandbox
 * may use it to fast-forward.
 *
 * Scheduled functions with a positive delay run inside advance*(), in order of due time
 * (ties in scheduling order), each with the clock set to its due time. A function scheduled
 * with a delay <= 0 is posted to its context's event loop instead, like QTimer::singleShot(0).
 * Functions whose context lives on another thread are posted there (queued).
 *
 * Thread-safe; advance*() must not be called from inside a scheduled function.
 */
class ManualClock final : public Clock
{
public:
    /** Starts at monotonic 0 and wall time `startUtc` (default 2024-01-01T00:00:00Z). */
    ManualClock();
    explicit ManualClock(const QDateTime &startUtc);
    ~ManualClock() override;

    qint64 monotonicMs() const override;
    QDateTime nowUtc() const override;
    void schedule(qint64 delayMs, QObject *context, std::function<void()> fn) override;

    /** Moves time forward by `ms`, running every function that falls due on the way. */
    void advance(qint64 ms);
    /** Jumps to the earliest pending function and runs everything due then. False if none. */
    bool advanceToNext();
    /** Functions waiting for time to pass (contexts already destroyed included). */
    int pendingCount() const;
    /** Milliseconds until the earliest pending function, or -1 if none is pending. */
    qint64 msUntilNext() const;
    /** Total of all advances so far (= monotonicMs(), as the clock starts at 0). */
    qint64 advancedMs() const { return monotonicMs(); }

private:
    struct Entry
    {
        qint64 dueMs;
        quint64 sequence;
        QPointer<QObject> context;
        std::function<void()> fn;
    };

    void advanceTo(qint64 targetMs);
    bool takeDue(qint64 targetMs, Entry &out);
    static void run(Entry &entry);

    mutable QMutex m_mutex;
    QList<Entry> m_pending; ///< sorted by (dueMs, sequence)
    QDateTime m_startUtc;
    qint64 m_nowMs = 0;
    quint64 m_sequence = 0;
    bool m_advancing = false;
};

} // namespace puente
