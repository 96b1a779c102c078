#pragma once

#include "SyncController.h"
#include "domain/StoreVariant.h"
#include "sync/ProductImporter.h"
#include "sync/SyncCredentials.h"
#include "sync/SyncHealth.h"
#include "sync/SyncSettings.h"
#include "sync/SyncTypes.h"
#include "sync/SyncWorker.h"

#include <QtCore/QList>
#include <QtCore/QObject>

#include <optional>

namespace puente {

class Journal;

/**
 * The desktop app's running sync engine. start() builds a SyncWorker with the stages
 * puente-sync runs (SyncStages::create), runs it on a SyncController, and from then on this
 * object forwards the window's commands to it and re-emits its results on the GUI thread. The
 * window connects its pages here once, whether or not (and however often) an engine runs.
 * Nothing here knows where the settings and credentials came from (demo or real accounts).
 *
 * Ownership: owns the SyncController, and through it the worker and the sync thread. Does not
 * own the journal, which must stay open until shutdown() returned or this object is gone.
 * Thread affinity: the GUI thread.
 */
class SyncSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSession)

public:
    explicit SyncSession(QObject *parent = nullptr);
    /** shutdown(): the sync thread never outlives the session (nor the journal it uses). */
    ~SyncSession() override;

    /**
     * Starts the engine on `journal` (open, not owned). False, doing nothing, when one already
     * runs or ran (a session runs one engine) or the settings are incomplete.
     */
    bool start(Journal &journal, const SyncSettings &settings, const SyncCredentials &credentials,
               const SyncWorker::Options &options = SyncWorker::Options());
    bool isStarted() const { return m_started; }
    /** True while the engine runs (started and not shut down). */
    bool isRunning() const;
    /** True between cycleStarted() and cycleFinished(). */
    bool isCycleRunning() const { return m_cycleRunning; }
    /** The last health the engine reported, if any. */
    std::optional<SyncHealth> health() const { return m_health; }
    SyncController *controller() const { return m_controller; }

    /** Stops the engine (aborting requests in flight); true when its thread ended in time. */
    bool shutdown(int timeoutMs = SyncController::kShutdownTimeoutMs);

public Q_SLOTS:
    void syncNow();
    void link(qint64 erpVariantId, const puente::StoreVariantKey &store);
    void unlink(qint64 erpVariantId);
    void importProducts(const QList<qint64> &erpProductIds);

Q_SIGNALS:
    void started();
    void progress(const puente::SyncProgress &progress);
    void cycleStarted();
    void cycleFinished(const puente::SyncSummary &summary);
    void importFinished(const puente::ImportReport &report);
    void catalogueChanged();
    void linksChanged();
    void healthChanged(const puente::SyncHealth &health);
    void error(const puente::SyncError &error);
    /** The engine's thread ended (shutdown()). */
    void stopped();

private:
    void connectWorker(SyncWorker &worker);

    SyncController *m_controller = nullptr;
    std::optional<SyncHealth> m_health;
    bool m_started = false;
    bool m_cycleRunning = false;
};

} // namespace puente
