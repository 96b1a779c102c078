#include "sync/StockScheduler.h"

#include "base/Clock.h"
#include "base/Logging.h"
#include "sync/HealthMonitor.h"
#include "sync/WebhookReceiver.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

StockScheduler::StockScheduler(StockCycle &cycle, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_cycle(cycle)
    , m_clock(clock)
{ }

StockScheduler::~StockScheduler() = default;

void StockScheduler::connectReceiver(WebhookReceiver &receiver)
{
    connect(&receiver, &WebhookReceiver::bsaleHint, this, &StockScheduler::takeBsaleHint);
    connect(&receiver, &WebhookReceiver::jumpsellerHint, this, &StockScheduler::takeJumpsellerHint);
}

qint64 StockScheduler::pollIntervalMs() const
{
    return qint64(m_cycle.config().settings.pollSeconds) * 1000;
}

void StockScheduler::start(bool reconcileFirst)
{
    if (m_active)
        return;
    m_active = true;
    if (reconcileFirst) {
        m_reconcileDue = true;
        schedulePoll(pollIntervalMs());
    } else {
        m_pollDue = true;
    }
    scheduleReconcile();
    m_clock.schedule(0, this, [this] { runNext(); });
}

void StockScheduler::stop()
{
    m_active = false;
    ++m_pollGeneration;
    ++m_reconcileGeneration;
}

void StockScheduler::syncNow()
{
    m_reconcileDue = true;
    if (m_active && !m_busy)
        m_clock.schedule(0, this, [this] { runNext(); });
}

void StockScheduler::reconcileNow(QObject *context, StockCycle::Done done)
{
    m_reconcileWaiters.append({context, std::move(done)});
    m_reconcileDue = true;
    if (!m_busy)
        m_clock.schedule(0, this, [this] { runNext(); });
}

void StockScheduler::hint(const StockHints &hints)
{
    if (hints.isEmpty())
        return;
    m_hints.merge(hints);
    if (m_active && !m_busy)
        m_clock.schedule(0, this, [this] { runNext(); });
}

void StockScheduler::takeBsaleHint(const BsaleHint &hint)
{
    if (m_health)
        m_health->noteMovement();
    StockHints hints;
    if (hint.variantId > 0)
        hints.erpVariantIds.insert(hint.variantId);
    if (hint.documentId > 0)
        hints.bsaleDocumentIds.insert(hint.documentId);
    this->hint(hints);
}

void StockScheduler::takeJumpsellerHint(const JumpsellerHint &hint)
{
    if (hint.order)
        m_cycle.noteStoreOrder(*hint.order);
    if (m_cycle.isEchoOfOwnPush(hint))
        return; // the store telling us what we just told it
    StockHints hints;
    for (const qint64 id : hint.productIds())
        hints.storeProductIds.insert(id);
    this->hint(hints);
}

void StockScheduler::schedulePoll(qint64 delayMs)
{
    const quint64 generation = ++m_pollGeneration;
    m_clock.schedule(delayMs, this, [this, generation] {
        if (generation != m_pollGeneration || !m_active)
            return;
        m_pollDue = true;
        runNext();
    });
}

void StockScheduler::scheduleReconcile()
{
    const quint64 generation = ++m_reconcileGeneration;
    if (m_reconcileIntervalMs <= 0)
        return;
    m_clock.schedule(m_reconcileIntervalMs, this, [this, generation] {
        if (generation != m_reconcileGeneration || !m_active)
            return;
        m_reconcileDue = true;
        scheduleReconcile();
        runNext();
    });
}

void StockScheduler::runNext()
{
    // Stopped, only a reconcile someone waits for may run.
    if (m_busy || (!m_active && m_reconcileWaiters.isEmpty()))
        return;
    auto done = [this](const StockCycleResult &result) { passDone(result); };
    if (m_reconcileDue) {
        m_reconcileDue = false;
        m_busy = true;
        if (!m_pull)
            return m_cycle.runReconcile(done);
        m_pull([this, done](bool ok, const QString &error) {
            if (ok)
                return m_cycle.runReconcile(done);
            StockCycleResult failed;
            failed.kind = StockCycleResult::Kind::Reconcile;
            failed.bsaleOk = false;
            failed.error = u"catalogue pull: "_s + error;
            failed.finishedAt = m_clock.nowUtc();
            passDone(failed);
        });
        return;
    }
    if (!m_active)
        return;
    if (!m_hints.isEmpty()) {
        const StockHints hints = m_hints;
        m_hints = {};
        m_busy = true;
        return m_cycle.runHinted(hints, done);
    }
    if (m_pollDue) {
        m_pollDue = false;
        m_busy = true;
        schedulePoll(pollIntervalMs());
        return m_cycle.runFast(done);
    }
    Q_EMIT idle();
}

void StockScheduler::passDone(const StockCycleResult &result)
{
    m_busy = false;
    report(result);
    if (result.kind == StockCycleResult::Kind::Reconcile) {
        const QList<Waiter> waiters = std::exchange(m_reconcileWaiters, {});
        for (const Waiter &waiter : waiters) {
            if (waiter.context && waiter.done)
                waiter.done(result);
        }
    }
    Q_EMIT passFinished(result);
    runNext();
}

void StockScheduler::report(const StockCycleResult &result)
{
    if (!m_health)
        return;
    const bool usedBsale = result.kind != StockCycleResult::Kind::Reconcile || !result.bsaleOk;
    if (usedBsale) {
        if (result.bsaleOk)
            m_health->noteSuccess(HealthMonitor::Side::Bsale);
        else
            m_health->noteFailure(HealthMonitor::Side::Bsale, result.error);
    }
    const bool usedStore = result.pairs > 0 || result.kind == StockCycleResult::Kind::Reconcile || !result.storeOk;
    if (usedStore && result.bsaleOk) {
        if (result.storeOk)
            m_health->noteSuccess(HealthMonitor::Side::Store);
        else
            m_health->noteFailure(HealthMonitor::Side::Store, result.error);
    }
    if (result.newMovements > 0)
        m_health->noteMovement();
}

} // namespace puente
