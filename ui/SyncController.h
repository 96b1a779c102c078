#pragma once

#include "domain/Exclusion.h"
#include "domain/Mapping.h"
#include "domain/StoreVariant.h"
#include "sync/SyncWorker.h"

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QThread>

#include <memory>

namespace puente {

/**
 * Owns the sync thread and the SyncWorker on it, and is the UI's way to command it.
 *
 * start() moves the worker to a new QThread, runs SyncWorker::start() there and deletes the
 * worker when the thread finishes. Commands are forwarded as queued invocations; the UI
 * connects to worker()'s signals (with a context object: they arrive queued on the GUI thread).
 * shutdown() asks the worker to stop (which aborts in-flight HTTP calls), ends the thread's
 * event loop and waits at most the given time: the app closes within 2 s even mid-request.
 *
 * Ownership: owns the QThread and, from start() on, the worker (deleted on the sync thread).
 * Thread affinity: the GUI thread.
 */
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    static constexpr int kShutdownTimeoutMs = 2000;

    explicit SyncController(QObject *parent = nullptr);
    /** shutdown(), then waits for the thread however long it takes (it must not outlive us). */
    ~SyncController() override;

    /** Takes the worker (without parent, stages added), moves it to the sync thread, starts it. */
    void start(std::unique_ptr<SyncWorker> worker);
    /** The worker, for connecting to its signals; null before start() and after shutdown(). */
    SyncWorker *worker() const { return m_worker; }
    bool isRunning() const { return m_thread.isRunning(); }
    QThread *thread() { return &m_thread; }

    void syncNow();
    void cancel();
    void link(qint64 erpVariantId, const StoreVariantKey &store);
    void unlink(qint64 erpVariantId);
    void importProducts(const QList<qint64> &erpProductIds);
    void retry(const QString &stage, qint64 itemId);
    void setMapping(const Mapping &mapping);
    void removeMapping(MappingKind kind, const QString &erpValue);
    void setExclusion(const Exclusion &exclusion);
    void removeExclusion(ExclusionSide side, ExclusionKind kind, const QString &target);

    /** Stops the worker and the thread; true when the thread ended within `timeoutMs`. */
    bool shutdown(int timeoutMs = kShutdownTimeoutMs);

private:
    template<typename Command>
    void post(Command command);

    QThread m_thread;
    QPointer<SyncWorker> m_worker;
};

} // namespace puente
