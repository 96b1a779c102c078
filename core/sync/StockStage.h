#pragma once

#include "sync/HealthMonitor.h"
#include "sync/StockCycle.h"
#include "sync/StockScheduler.h"
#include "sync/StockSettings.h"
#include "sync/SyncHealth.h"
#include "sync/SyncStage.h"
#include "sync/SyncTypes.h"

#include <QtCore/QPointer>
#include <QtCore/QString>

#include <memory>
#include <optional>

namespace puente {

/**
 * Stock, Bsale → Jumpseller, as a stage of the sync worker (see SyncStage).
 *
 *  - run() (every cycle, after the catalogue pull and the auto-linker): a full reconcile of
 *    every linked pair against the freshly pulled journal (StockCycle::runReconcile()), pushing
 *    only differences. Without a fresh catalogue (the pull failed) the reconcile is skipped:
 *    planning on stale rows could push stale numbers.
 *  - Between cycles, from the first run() on: a movement poll every [stock] poll_seconds and,
 *    with [stock] webhooks on, the WebhookReceiver's hints (StockScheduler). Their outcomes feed
 *    the HealthMonitor; the next cycle's StageResult carries its state under "health".
 *  - start() reads the store's info once (its code for Puente's salesIds, its hooks token for
 *    the webhook signatures).
 *
 * The settings come from the [stock] section (StockSettings::fromValues on
 * SyncSettings::options); a bad value makes every run() report it and push nothing.
 *
 * Ownership: the worker owns the stage; the stage's QObjects (cycle, scheduler, monitor,
 * receiver) are children of SyncContext::owner() and deleted in stop().
 * Thread affinity: the worker thread from start() on.
 */
class StockStage final : public SyncStage
{
public:
    explicit StockStage(StockSettings::Parsed settings);
    ~StockStage() override;

    QString name() const override { return QStringLiteral("stock"); }
    void start(SyncContext &context) override;
    void run(SyncContext &context, QObject *callbackContext, Done done) override;
    void stop(SyncContext &context) override;

    /** The monitor and the scheduler while started (null before start() and after stop()). */
    HealthMonitor *health() const { return m_health; }
    StockScheduler *scheduler() const { return m_scheduler; }
    WebhookReceiver *receiver() const { return m_receiver; }
    StockCycle *cycle() const { return m_cycle; }

    /** A reconcile's outcome as the worker's summary shows it. */
    static StageResult toStageResult(const StockCycleResult &result, const SyncHealth &health);
    static QJsonObject healthJson(const SyncHealth &health);

    static constexpr const char *kLastMovementCursor = "stock.last_movement";

private:
    void readStoreInfo(SyncContext &context);
    void startWebhooks(SyncContext &context);

    StockSettings::Parsed m_parsed;
    QPointer<StockCycle> m_cycle;
    QPointer<StockScheduler> m_scheduler;
    QPointer<HealthMonitor> m_health;
    QPointer<WebhookReceiver> m_receiver;
    QString m_webhookError;
    std::shared_ptr<bool> m_storeInfoRead = std::make_shared<bool>(false);
};

} // namespace puente
