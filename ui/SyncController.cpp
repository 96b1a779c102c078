#include "SyncController.h"

#include "base/Logging.h"
#include "sync/SyncWorker.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QMetaObject>

namespace puente {

SyncController::SyncController(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("puente-sync"));
}

SyncController::~SyncController()
{
    if (!shutdown())
        m_thread.wait();
}

void SyncController::start(std::unique_ptr<SyncWorker> worker)
{
    Q_ASSERT_X(!m_thread.isRunning(), "SyncController::start", "already started");
    if (!worker || m_thread.isRunning())
        return;
    SyncWorker *raw = worker.release();
    raw->moveToThread(&m_thread);
    m_worker = raw;
    connect(&m_thread, &QThread::started, raw, &SyncWorker::start);
    // Deleted on its own thread as that thread finishes (its clients and connection with it).
    connect(&m_thread, &QThread::finished, raw, &QObject::deleteLater);
    m_thread.start();
}

template<typename Command>
void SyncController::post(Command command)
{
    if (!m_worker)
        return;
    // Queued: runs on the sync thread, and not at all if the worker is gone by then.
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, command] { command(*worker); }, Qt::QueuedConnection);
}

void SyncController::syncNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

void SyncController::cancel()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::cancel, Qt::QueuedConnection);
}

void SyncController::link(qint64 erpVariantId, const StoreVariantKey &store)
{
    post([erpVariantId, store](SyncWorker &worker) { worker.link(erpVariantId, store); });
}

void SyncController::unlink(qint64 erpVariantId)
{
    post([erpVariantId](SyncWorker &worker) { worker.unlink(erpVariantId); });
}

void SyncController::importProducts(const QList<qint64> &erpProductIds)
{
    post([erpProductIds](SyncWorker &worker) { worker.importProducts(erpProductIds); });
}

void SyncController::retry(const QString &stage, qint64 itemId)
{
    post([stage, itemId](SyncWorker &worker) { worker.retry(stage, itemId); });
}

void SyncController::setMapping(const Mapping &mapping)
{
    post([mapping](SyncWorker &worker) { worker.setMapping(mapping); });
}

void SyncController::removeMapping(MappingKind kind, const QString &erpValue)
{
    post([kind, erpValue](SyncWorker &worker) { worker.removeMapping(kind, erpValue); });
}

void SyncController::setExclusion(const Exclusion &exclusion)
{
    post([exclusion](SyncWorker &worker) { worker.setExclusion(exclusion); });
}

void SyncController::removeExclusion(ExclusionSide side, ExclusionKind kind, const QString &target)
{
    post([side, kind, target](SyncWorker &worker) { worker.removeExclusion(side, kind, target); });
}

bool SyncController::shutdown(int timeoutMs)
{
    if (!m_thread.isRunning())
        return true;
    QElapsedTimer elapsed;
    elapsed.start();
    m_thread.requestInterruption();
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::stop, Qt::QueuedConnection);
    m_thread.quit();
    const bool finished = m_thread.wait(QDeadlineTimer(timeoutMs));
    if (finished)
        qCInfo(lcSync) << "sync thread stopped in" << elapsed.elapsed() << "ms";
    else
        qCWarning(lcSync) << "sync thread still busy after" << timeoutMs << "ms";
    return finished;
}

} // namespace puente
