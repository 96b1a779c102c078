#include "sync/OrderStage.h"

#include "base/Clock.h"
#include "base/Logging.h"
#include "journal/LinkRepository.h"
#include "sync/OrderPipeline.h"
#include "sync/SyncContext.h"
#include "sync/SyncWorker.h"
#include "sync/WebhookReceiver.h"

#include <QtCore/QJsonArray>

#include <memory>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace puente {

OrderStage::OrderStage(OrderSettings::Parsed settings)
    : m_parsed(std::move(settings))
{ }

OrderStage::~OrderStage() = default;

QString OrderStage::unavailableReason() const
{
    if (!m_parsed.ok())
        return m_parsed.error;
    if (!m_parsed.settings.enabled)
        return u"The order pipeline is off: puente-sync's config has no [orders] section."_s;
    return {};
}

void OrderStage::start(SyncContext &context)
{
    if (!unavailableReason().isEmpty())
        return;
    m_pipeline = new OrderPipeline(context.journal(), context.jumpseller(), context.bsale(), context.clock(),
                                   m_parsed.settings, context.owner());
    QObject::connect(m_pipeline, &OrderPipeline::cycleFinished, context.owner(),
                     [this](const OrderCycleSummary &summary) { m_sinceLastRun.append(summary); });
    // The next poll is timed from the end of the last one, not from the end of the sending: a
    // long backlog of documents does not keep new orders and cancellations unread.
    QObject::connect(m_pipeline, &OrderPipeline::pollFinished, context.owner(),
                     [this, &context] { schedulePoll(context); });
    // The inbox's commands and news reach the UI through the worker's signals.
    SyncWorker *worker = &context.worker();
    QObject::connect(m_pipeline, &OrderPipeline::commandFinished, worker, &SyncWorker::documentCommandFinished);
    QObject::connect(m_pipeline, &OrderPipeline::inboxChanged, worker, &SyncWorker::documentInboxChanged);
    QObject::connect(m_pipeline, &OrderPipeline::documentIssued, worker, &SyncWorker::documentIssued);
    // A store webhook about an order (when the stock stage runs the receiver) re-reads it now.
    if (WebhookReceiver *receiver = context.webhookReceiver()) {
        OrderPipeline *pipeline = m_pipeline;
        QObject::connect(receiver, &WebhookReceiver::jumpsellerHint, pipeline, [pipeline](const JumpsellerHint &hint) {
            if (hint.order)
                pipeline->lookAt(hint.order->id);
        });
    }
    m_pipeline->start();
    // A restart (after a crash, a kill, an update) polls at once: the links of earlier runs are
    // in the journal, and paid orders must not wait for a full catalogue pull. Only a first
    // start, with no link yet, waits for the first cycle's pull and auto-linker (run()).
    if (LinkRepository(context.journal()).count() > 0) {
        m_polling = true;
        m_pipeline->runCycle();
    }
}

void OrderStage::run(SyncContext &context, QObject *callbackContext, Done done)
{
    if (!m_parsed.ok()) {
        StageResult result;
        result.errors.append(SyncError {name(), m_parsed.error, false});
        return done(result);
    }
    if (!m_pipeline) {
        StageResult result;
        result.details.insert(u"enabled"_s, false);
        return done(result);
    }
    // The answer comes with the first cycle that ends after a poll begun by this call: one that
    // ran before this sync cycle's pull is waited past, and its counts join the report through
    // m_sinceLastRun.
    auto connection = std::make_shared<QMetaObject::Connection>();
    auto wanted = std::make_shared<quint64>(0);
    *connection = QObject::connect(m_pipeline, &OrderPipeline::cycleFinished, callbackContext,
                                   [this, connection, wanted, done](const OrderCycleSummary &) {
                                       if (!m_pipeline || m_pipeline->pollsFinished() < *wanted)
                                           return;
                                       QObject::disconnect(*connection);
                                       done(toStageResult(std::exchange(m_sinceLastRun, {})));
                                   });
    context.reportProgress(0, -1, u"Reading store orders"_s);
    *wanted = m_pipeline->runCycle();
    m_polling = true;
}

void OrderStage::schedulePoll(SyncContext &context)
{
    if (!m_polling || !m_pipeline)
        return;
    const quint64 generation = ++m_pollGeneration;
    context.clock().schedule(m_parsed.settings.pollIntervalMs, m_pipeline, [this, generation] {
        if (generation == m_pollGeneration && m_pipeline)
            m_pipeline->runCycle();
    });
}

void OrderStage::stop(SyncContext &)
{
    m_polling = false;
    // Jobs in flight stay "sending" in the journal; the next start() resends them (same salesId).
    delete m_pipeline;
}

bool OrderStage::retry(SyncContext &, qint64 itemId)
{
    if (!m_pipeline)
        return false;
    m_pipeline->retry(itemId);
    return true;
}

StageResult OrderStage::toStageResult(const OrderCycleSummary &summary)
{
    StageResult result;
    result.pushed = summary.documentsIssued + summary.creditNotes;
    result.skipped = int(summary.held.size());
    for (const QString &error : summary.errors)
        result.errors.append(SyncError {u"orders"_s, error, true});
    result.details = summary.toJson();
    return result;
}

} // namespace puente
