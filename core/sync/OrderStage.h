#pragma once

#include "sync/OrderCycleSummary.h"
#include "sync/OrderPipeline.h"
#include "sync/OrderSettings.h"
#include "sync/SyncStage.h"

#include <QtCore/QPointer>
#include <QtCore/QString>

#include <memory>

namespace puente {

/**
 * Store orders → Bsale documents (OrderPipeline) as a stage of the sync worker (see SyncStage).
 *
 *  - start(): builds the pipeline on the worker's clients and journal and lets its outbox resume
 *    what a previous run left half-sent (a crash, a kill): documents already planned go out at
 *    once, with the same salesId, so Bsale answers a replay instead of issuing twice.
 *  - run() (every cycle, after the catalogue pull and the auto-linker, so new orders are planned
 *    against fresh links): one order cycle. The stage's details are the OrderCycleSummary of
 *    every order cycle since the previous run() (polls included): documents issued, credit
 *    notes, orders held back with their reasons.
 *  - Between cycles: an order cycle every [orders] poll_interval_ms, from start() on when the
 *    journal has links (a restart: orders paid meanwhile are billed at once), else from the
 *    first run() on, so that on a first start no order is planned before the catalogue was
 *    pulled and linked.
 *
 * The settings come from the [orders] section (OrderSettings::fromValues on
 * SyncSettings::options); without it the stage does nothing; a bad value makes every run()
 * report it.
 *
 * Ownership: the worker owns the stage; the pipeline is a child of SyncContext::owner(),
 * deleted in stop(). Thread affinity: the worker thread from start() on.
 */
class OrderStage final : public SyncStage
{
public:
    explicit OrderStage(OrderSettings::Parsed settings);
    ~OrderStage() override;

    QString name() const override { return QStringLiteral("orders"); }
    void start(SyncContext &context) override;
    void run(SyncContext &context, QObject *callbackContext, Done done) override;
    void stop(SyncContext &context) override;
    /** Retries the failed document of order `itemId` (OrderPipeline::retry). */
    bool retry(SyncContext &context, qint64 itemId) override;

    /** The pipeline while started with [orders] on; else nullptr. */
    OrderPipeline *pipeline() const { return m_pipeline; }
    /** Why the stage cannot run: a bad [orders] value, or "off" when it is not configured. */
    QString unavailableReason() const;

    /** An order cycle as the worker's summary shows it. */
    static StageResult toStageResult(const OrderCycleSummary &summary);

private:
    void schedulePoll(SyncContext &context);

    OrderSettings::Parsed m_parsed;
    QPointer<OrderPipeline> m_pipeline;
    bool m_polling = false;
    OrderCycleSummary m_sinceLastRun; ///< every order cycle since the last run() reported
    quint64 m_pollGeneration = 0; ///< only the newest scheduled poll runs
};

} // namespace puente
