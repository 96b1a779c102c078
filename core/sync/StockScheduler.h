#pragma once

#include "sync/StockCycle.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <functional>

namespace puente {

class Clock;
class HealthMonitor;
class WebhookReceiver;

/**
 * Runs StockCycle's passes one after the other, on time: a movement poll every
 * settings.pollSeconds (measured from the start of the previous one), a reconcile every
 * reconcileInterval (when set) and on syncNow() / reconcileNow(), and a hinted pass as soon as
 * webhook hints
 * arrive (hints that come while a pass runs are merged and run right after it). When several
 * are due, a reconcile goes first, then hints, then the poll; a poll due during a long pass runs
 * once when it ends, not once per missed interval.
 *
 * Before each reconcile the catalogue pull runs when one is set (setCataloguePull); the
 * reconcile then plans on the fresh journal. Results feed the HealthMonitor when one is set.
 *
 * Ownership: does not own the StockCycle, Clock, HealthMonitor or receivers.
 * Thread affinity: the StockCycle's thread.
 */
class StockScheduler : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockScheduler)

public:
    /** Brings the journal's catalogue up to date, then calls `pulled(ok, error)` once. */
    using CataloguePull = std::function<void(std::function<void(bool ok, const QString &error)> pulled)>;

    StockScheduler(StockCycle &cycle, Clock &clock, QObject *parent = nullptr);
    ~StockScheduler() override;

    void setHealthMonitor(HealthMonitor *monitor) { m_health = monitor; }
    /** Milliseconds between reconciles of its own; 0 (the default) = only when asked (the sync
     *  worker's cycle asks, through reconcileNow()). */
    void setReconcileInterval(qint64 ms) { m_reconcileIntervalMs = std::max<qint64>(0, ms); }
    void setCataloguePull(CataloguePull pull) { m_pull = std::move(pull); }
    /** Takes the receiver's hints from now on. */
    void connectReceiver(WebhookReceiver &receiver);

    /** Starts the timers; with `reconcileFirst` the first pass is a reconcile, else a poll. */
    void start(bool reconcileFirst = true);
    /** Stops the timers; a running pass finishes, nothing new starts. */
    void stop();
    bool isActive() const { return m_active; }
    bool isBusy() const { return m_busy; }

    /** "Sync now": a reconcile as soon as the current pass ends. */
    void syncNow();
    /** syncNow(), and `done` with that reconcile's result on `context`'s thread (not at all if
     *  `context` is destroyed first). Works while stopped too: the reconcile runs alone. */
    void reconcileNow(QObject *context, StockCycle::Done done);
    void hint(const StockHints &hints);
    void takeBsaleHint(const BsaleHint &hint);
    void takeJumpsellerHint(const JumpsellerHint &hint);

Q_SIGNALS:
    void passFinished(const puente::StockCycleResult &result);
    /** Nothing runs and nothing is due now. */
    void idle();

private:
    void runNext();
    void schedulePoll(qint64 delayMs);
    void scheduleReconcile();
    void passDone(const StockCycleResult &result);
    void report(const StockCycleResult &result);
    qint64 pollIntervalMs() const;

    StockCycle &m_cycle;
    Clock &m_clock;
    HealthMonitor *m_health = nullptr;
    CataloguePull m_pull;
    bool m_active = false;
    bool m_busy = false;
    bool m_pollDue = false;
    bool m_reconcileDue = false;
    StockHints m_hints;
    quint64 m_pollGeneration = 0; ///< only the latest scheduled poll timer acts
    quint64 m_reconcileGeneration = 0;
    qint64 m_reconcileIntervalMs = 0;
    struct Waiter
    {
        QPointer<QObject> context;
        StockCycle::Done done;
    };
    QList<Waiter> m_reconcileWaiters;
};

} // namespace puente
