#include "sync/StockStage.h"

#include "base/Clock.h"
#include "base/Logging.h"
#include "connectors/jumpseller/JumpsellerClient.h"
#include "journal/CursorRepository.h"
#include "sync/HealthMonitor.h"
#include "sync/StockScheduler.h"
#include "sync/SyncContext.h"
#include "sync/SyncSettings.h"
#include "sync/WebhookReceiver.h"

#include <QtCore/QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

} // namespace

StockStage::StockStage(StockSettings::Parsed settings)
    : m_parsed(std::move(settings))
{ }

StockStage::~StockStage() = default;

void StockStage::start(SyncContext &context)
{
    if (!m_parsed.ok())
        return;
    const StockSettings &settings = *m_parsed.settings;
    StockCycle::Config config;
    config.officeIds = context.settings().officeIds;
    config.settings = settings;
    m_cycle = new StockCycle(context.journal(), context.bsale(), context.jumpseller(), context.clock(), config,
                             context.owner());
    m_health = new HealthMonitor(context.clock(), settings.staleHours, context.owner());
    // The UI's view of it (the dashboard): the monitor dies in stop(), while the context lives.
    QObject::connect(m_health, &HealthMonitor::healthChanged, m_health,
                     [&context](const SyncHealth &health) { context.reportHealth(health); });
    const CursorRepository cursors(context.journal());
    const QString lastMovementCursor = QString::fromLatin1(kLastMovementCursor);
    const auto last = cursors.value(lastMovementCursor);
    m_health->start(last ? QDateTime::fromString(*last, Qt::ISODateWithMs) : QDateTime());
    // The quiet period survives a restart.
    QObject::connect(m_health, &HealthMonitor::healthChanged, context.owner(),
                     [&journal = context.journal(), &clock = context.clock(), lastMovementCursor,
                      previous = QDateTime()](const SyncHealth &health) mutable {
                         if (!health.lastMovement.isValid() || health.lastMovement == previous)
                             return;
                         previous = health.lastMovement;
                         CursorRepository(journal).setValue(
                             lastMovementCursor, health.lastMovement.toString(Qt::ISODateWithMs), clock.nowUtc());
                     });
    m_scheduler = new StockScheduler(*m_cycle, context.clock(), context.owner());
    m_scheduler->setHealthMonitor(m_health);
    if (settings.webhooks)
        startWebhooks(context);
    readStoreInfo(context);
}

void StockStage::startWebhooks(SyncContext &context)
{
    const StockSettings &settings = *m_parsed.settings;
    WebhookReceiver::Config config;
    config.address = QHostAddress(settings.webhookBind);
    config.port = settings.webhookPort;
    config.officeIds = context.settings().officeIds;
    m_receiver = new WebhookReceiver(context.clock(), config, context.owner());
    if (!m_receiver->listen(&m_webhookError)) {
        qCWarning(lcSync).noquote() << "stock: webhook receiver:" << m_webhookError;
        delete m_receiver;
        return;
    }
    m_scheduler->connectReceiver(*m_receiver);
    context.setWebhookReceiver(m_receiver);
}

void StockStage::readStoreInfo(SyncContext &context)
{
    if (*m_storeInfoRead || !m_cycle)
        return;
    // The stage may be gone before the answer: capture only what outlives it safely.
    context.jumpseller().storeInfo(
        context.owner(),
        [read = m_storeInfoRead, cycle = m_cycle, receiver = m_receiver](ApiResult<JumpsellerStoreInfo> info) {
            if (!info.ok()) {
                qCInfo(lcSync).noquote() << "stock: store info not read yet:" << info.error().toString();
                return;
            }
            *read = true;
            if (cycle)
                cycle->setStoreCode(info.value().code);
            if (receiver)
                receiver->setJumpsellerHooksToken(info.value().hooksToken);
        });
}

void StockStage::run(SyncContext &context, QObject *callbackContext, Done done)
{
    if (!m_parsed.ok()) {
        StageResult result;
        result.errors.append(SyncError {name(), m_parsed.error, false});
        return done(result);
    }
    if (!m_cycle)
        start(context); // stopped before: start again
    readStoreInfo(context);
    if (!context.catalogueFresh()) {
        StageResult result;
        result.details.insert(u"reconcile"_s, u"skipped: the catalogue was not pulled in full"_s);
        result.details.insert(u"health"_s, healthJson(m_health->health()));
        if (!m_scheduler->isActive())
            m_scheduler->start(false);
        return done(result);
    }
    // This cycle's pull read all of Bsale: that is a success for the health panel too (the
    // reconcile itself plans from the journal and never asks Bsale).
    m_health->noteSuccess(HealthMonitor::Side::Bsale);
    QPointer<HealthMonitor> health = m_health;
    QString webhookError = m_webhookError;
    QPointer<WebhookReceiver> receiver = m_receiver;
    m_scheduler->reconcileNow(callbackContext, [done, health, webhookError, receiver](const StockCycleResult &r) {
        StageResult result = toStageResult(r, health ? health->health() : SyncHealth());
        if (receiver)
            result.details.insert(u"webhooks"_s, receiver->baseUrl().toString());
        else if (!webhookError.isEmpty())
            result.errors.append(SyncError {u"stock"_s, u"webhook receiver: "_s + webhookError, false});
        done(result);
    });
    // From the first reconcile on, polls follow every poll_seconds.
    if (!m_scheduler->isActive())
        m_scheduler->start(true);
}

void StockStage::stop(SyncContext &context)
{
    Q_UNUSED(context)
    if (m_scheduler)
        m_scheduler->stop();
    delete m_receiver;
    delete m_scheduler;
    delete m_cycle;
    delete m_health;
    m_storeInfoRead = std::make_shared<bool>(false);
}

StageResult StockStage::toStageResult(const StockCycleResult &r, const SyncHealth &health)
{
    StageResult result;
    result.pushed = r.pushed;
    result.skipped = r.skipped.value(StockSkip::Excluded) + r.skipped.value(StockSkip::Unchanged)
        + r.skipped.value(StockSkip::DuplicateStoreItem);
    if (!r.bsaleOk)
        result.errors.append(SyncError {u"bsale"_s, r.error, true});
    else if (!r.storeOk)
        result.errors.append(SyncError {u"jumpseller"_s, r.error, true});
    result.details = {
        {u"pairs"_s, r.pairs},
        {u"planned"_s, r.planned},
        {u"pushFailed"_s, r.pushFailed},
        {u"heldOrders"_s, r.heldOrders},
        {u"excluded"_s, r.skipped.value(StockSkip::Excluded)},
        {u"unchanged"_s, r.skipped.value(StockSkip::Unchanged)},
        {u"noPrice"_s, r.skipped.value(StockSkip::NoPrice)},
        {u"durationMs"_s, r.elapsedMs},
        {u"health"_s, healthJson(health)},
    };
    return result;
}

QJsonObject StockStage::healthJson(const SyncHealth &health)
{
    auto side = [](const SyncHealth::Side &s) {
        return QJsonObject {{u"lastSuccess"_s, timeJson(s.lastSuccess)},
                            {u"consecutiveErrors"_s, s.consecutiveErrors},
                            {u"totalErrors"_s, s.totalErrors},
                            {u"lastError"_s, s.lastError}};
    };
    QJsonObject out {
        {u"bsale"_s, side(health.bsale)},
        {u"jumpseller"_s, side(health.store)},
        {u"lastMovement"_s, timeJson(health.lastMovement)},
        {u"stale"_s, health.stale},
    };
    if (health.stale) {
        out.insert(u"staleHours"_s, health.staleHours);
        out.insert(u"warning"_s, health.staleWarningEs);
    }
    return out;
}

} // namespace puente
