#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QtGlobal>

#include <functional>

class QObject;

namespace puente {

/**
 * The source of time and of deferred work for everything that waits: backoff, rate limits,
 * polling. Inject a Clock instead of calling QDateTime::currentDateTimeUtc() or
 * QTimer::singleShot() directly, so tests can move time with ManualClock instead of sleeping.
 *
 * Implementations are thread-safe. The clock does not own the scheduled functions' context.
 */
class Clock
{
public:
    virtual ~Clock();

    /** Milliseconds on a monotonic scale (not wall time; only differences mean anything). */
    virtual qint64 monotonicMs() const = 0;
    /** The current wall time, in UTC. */
    virtual QDateTime nowUtc() const = 0;
    /**
     * Runs `fn` on `context`'s thread once `delayMs` have passed (negative counts as 0).
     * Never runs `fn` before schedule() returns. Nothing runs if `context` is destroyed first,
     * so destroying the context is the way to cancel.
     */
    virtual void schedule(qint64 delayMs, QObject *context, std::function<void()> fn) = 0;

protected:
    Clock() = default;
    Q_DISABLE_COPY_MOVE(Clock)
};

/**
 * The real clock: QElapsedTimer for monotonic time, QTimer::singleShot (precise) for schedule().
 * Stateless apart from its start point, so the shared instance() can be used from any thread.
 */
class SystemClock final : public Clock
{
public:
    SystemClock();
    ~SystemClock() override;

    /** The process-wide instance; lives until the process exits. */
    static SystemClock &instance();

    qint64 monotonicMs() const override;
    QDateTime nowUtc() const override;
    void schedule(qint64 delayMs, QObject *context, std::function<void()> fn) override;

private:
    QElapsedTimer m_started; ///< monotonic where the platform has it; read-only after construction
};

} // namespace puente
