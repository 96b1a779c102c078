#include "SyncSession.h"

#include "SyncController.h"
#include "UiLogging.h"
#include "sync/SyncStage.h"
#include "sync/SyncStages.h"

#include <memory>

namespace puente {

SyncSession::SyncSession(QObject *parent)
    : QObject(parent)
    , m_controller(new SyncController(this))
{ }

SyncSession::~SyncSession()
{
    shutdown();
}

bool SyncSession::start(Journal &journal, const SyncSettings &settings, const SyncCredentials &credentials,
                        const SyncWorker::Options &options)
{
    if (m_started || !settings.isComplete() || !credentials.isComplete())
        return false;
    m_started = true;
    auto worker = std::make_unique<SyncWorker>(settings, credentials, journal, options);
    // The same stages, in the same order, as puente-sync.
    for (auto &stage : SyncStages::create(settings))
        worker->addStage(std::move(stage));
    connectWorker(*worker);
    m_controller->start(std::move(worker));
    qCInfo(lcUi) << "sync engine started";
    return true;
}

void SyncSession::connectWorker(SyncWorker &worker)
{
    // Connected before the worker moves to its thread: nothing it emits is missed. `this` as the
    // context makes each one a queued call on the GUI thread.
    connect(&worker, &SyncWorker::started, this, &SyncSession::started);
    connect(&worker, &SyncWorker::progress, this, &SyncSession::progress);
    connect(&worker, &SyncWorker::cycleStarted, this, [this] {
        m_cycleRunning = true;
        Q_EMIT cycleStarted();
    });
    connect(&worker, &SyncWorker::cycleFinished, this, [this](const SyncSummary &summary) {
        m_cycleRunning = false;
        Q_EMIT cycleFinished(summary);
    });
    connect(&worker, &SyncWorker::importFinished, this, &SyncSession::importFinished);
    connect(&worker, &SyncWorker::catalogueChanged, this, &SyncSession::catalogueChanged);
    connect(&worker, &SyncWorker::linksChanged, this, &SyncSession::linksChanged);
    connect(&worker, &SyncWorker::error, this, &SyncSession::error);
    connect(&worker, &SyncWorker::healthChanged, this, [this](const SyncHealth &health) {
        m_health = health;
        Q_EMIT healthChanged(health);
    });
}

bool SyncSession::isRunning() const
{
    return m_controller->isRunning();
}

bool SyncSession::shutdown(int timeoutMs)
{
    if (!m_controller->isRunning())
        return true;
    const bool inTime = m_controller->shutdown(timeoutMs);
    m_cycleRunning = false;
    Q_EMIT stopped();
    return inTime;
}

void SyncSession::syncNow()
{
    m_controller->syncNow();
}

void SyncSession::link(qint64 erpVariantId, const StoreVariantKey &store)
{
    m_controller->link(erpVariantId, store);
}

void SyncSession::unlink(qint64 erpVariantId)
{
    m_controller->unlink(erpVariantId);
}

void SyncSession::importProducts(const QList<qint64> &erpProductIds)
{
    m_controller->importProducts(erpProductIds);
}

} // namespace puente
