#include "sync/SyncContext.h"

#include "domain/Exclusion.h"
#include "journal/ExclusionRepository.h"
#include "sync/SyncWorker.h"
#include "sync/WebhookReceiver.h"

#include <QtCore/QThread>

namespace puente {

SyncContext::SyncContext(const Parts &parts)
    : m_parts(parts)
{ }

QObject *SyncContext::owner() const
{
    return m_parts.worker;
}

ExclusionSet SyncContext::exclusions() const
{
    return ExclusionRepository(*m_parts.journal).set();
}

WebhookReceiver *SyncContext::webhookReceiver() const
{
    return m_webhookReceiver.data();
}

void SyncContext::setWebhookReceiver(WebhookReceiver *receiver)
{
    m_webhookReceiver = receiver;
}

bool SyncContext::isInterruptionRequested() const
{
    return QThread::currentThread()->isInterruptionRequested();
}

void SyncContext::reportProgress(qint64 done, qint64 total, const QString &text) const
{
    if (m_parts.worker)
        Q_EMIT m_parts.worker->progress(SyncProgress {SyncPhase::Stage, m_currentStage, done, total, text});
}

void SyncContext::reportHealth(const SyncHealth &health) const
{
    if (m_parts.worker)
        Q_EMIT m_parts.worker->healthChanged(health);
}

} // namespace puente
