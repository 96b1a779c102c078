#pragma once

// Runs a SyncWorker on its own QThread the way SyncController does (moveToThread, start on
// QThread::started, deleteLater on finished, requestInterruption → stop → quit → wait), and
// collects its signals on the test thread (queued, with a context object).

#include "sync/SyncWorker.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QMetaObject>
#include <QtCore/QPointer>
#include <QtCore/QThread>
#include <QtTest/QTest>

#include <memory>

namespace puente::test {

class WorkerThread
{
public:
    explicit WorkerThread(std::unique_ptr<SyncWorker> worker)
    {
        SyncWorker *raw = worker.release();
        m_worker = raw;
        raw->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::started, raw, &SyncWorker::start);
        QObject::connect(&m_thread, &QThread::finished, raw, &QObject::deleteLater);
        QObject::connect(raw, &SyncWorker::cycleFinished, &m_receiver,
                         [this](const SyncSummary &summary) { cycles.append(summary); });
        QObject::connect(raw, &SyncWorker::importFinished, &m_receiver,
                         [this](const ImportReport &report) { imports.append(report); });
        QObject::connect(raw, &SyncWorker::error, &m_receiver,
                         [this](const SyncError &error) { errors.append(error); });
        QObject::connect(raw, &SyncWorker::linksChanged, &m_receiver, [this] { ++linksChanged; });
        QObject::connect(raw, &SyncWorker::progress, &m_receiver,
                         [this](const SyncProgress &report) { progress.append(report); });
        QObject::connect(raw, &SyncWorker::mappingsChanged, &m_receiver,
                         [this](const QList<Mapping> &list) { mappings.append(list); });
        QObject::connect(raw, &SyncWorker::exclusionsChanged, &m_receiver,
                         [this](const QList<Exclusion> &list) { exclusions.append(list); });
        QObject::connect(raw, &SyncWorker::linkIssuesRead, &m_receiver,
                         [this](const QList<NeedsManualLink> &list) { issues.append(list); });
        QObject::connect(raw, &SyncWorker::started, &m_receiver, [this] { started = true; });
    }

    ~WorkerThread()
    {
        if (!shutdown())
            m_thread.wait();
    }

    void start() { m_thread.start(); }

    /** Runs `command(worker)` on the worker thread. */
    template<typename Command>
    void post(Command command)
    {
        SyncWorker *worker = m_worker;
        if (worker)
            QMetaObject::invokeMethod(
                worker, [worker, command] { command(*worker); }, Qt::QueuedConnection);
    }

    /** Waits (spinning the test thread's loop, so the fakes answer) for cycle number `count`. */
    bool waitCycles(int count, int ms = 15000)
    {
        return QTest::qWaitFor([this, count] { return cycles.size() >= count; }, ms);
    }
    bool waitImports(int count, int ms = 15000)
    {
        return QTest::qWaitFor([this, count] { return imports.size() >= count; }, ms);
    }

    /** requestInterruption → stop → quit → wait, as SyncController::shutdown does. */
    bool shutdown(int ms = 2000)
    {
        if (!m_thread.isRunning())
            return true;
        m_thread.requestInterruption();
        post([](SyncWorker &worker) { worker.stop(); });
        m_thread.quit();
        return m_thread.wait(QDeadlineTimer(ms));
    }

    bool isRunning() const { return m_thread.isRunning(); }
    bool workerDeleted() const { return m_worker.isNull(); }

    QList<SyncSummary> cycles;
    QList<ImportReport> imports;
    QList<SyncError> errors;
    QList<SyncProgress> progress;
    QList<QList<Mapping>> mappings;
    QList<QList<Exclusion>> exclusions;
    QList<QList<NeedsManualLink>> issues;
    int linksChanged = 0;
    bool started = false;

private:
    QThread m_thread;
    QObject m_receiver;
    QPointer<SyncWorker> m_worker;
};

} // namespace puente::test
