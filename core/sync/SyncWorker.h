#pragma once

#include "domain/Exclusion.h"
#include "domain/Mapping.h"
#include "domain/NeedsManualLink.h"
#include "domain/StoreVariant.h"
#include "net/ApiClient.h"
#include "sync/DocumentInbox.h"
#include "sync/OrderBillingOverride.h"
#include "sync/OrderCommandResult.h"
#include "sync/ProductImporter.h"
#include "sync/SyncCredentials.h"
#include "sync/SyncHealth.h"
#include "sync/SyncSettings.h"
#include "sync/SyncTypes.h"

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <memory>
#include <vector>

namespace puente {

class ApiClient;
class BsaleClient;
class CatalogPull;
class Clock;
class Journal;
class JumpsellerClient;
class OrderPipeline;
class SyncContext;
class SyncStage;
struct CatalogSnapshot;

/**
 * The sync engine. Lives on its own QThread (moved there by SyncController; never a QThread
 * subclass) and does everything there: its ApiClient (one QNetworkAccessManager, paced per host
 * with Bsale's and Jumpseller's recommended limits), the two REST clients, its journal
 * connection and its timers are created in start() on that thread.
 *
 * A cycle: pull both catalogues into the journal (CatalogPull; unchanged rows are not
 * rewritten), link automatically (AutoLinker; manual and import links untouched), then run every
 * plugged-in SyncStage in order (stock push, orders, ...), and report a SyncSummary. One job
 * runs at a time (a cycle or an import); commands that start a job while one runs are queued.
 * With timers on, the next cycle comes SyncSettings::reconcileIntervalMs after a good one and
 * retryIntervalMs after a failed one: nothing pulled is lost while Bsale or the store is down,
 * the next cycle simply catches up.
 *
 * Commands are slots: call them through queued invocations (QMetaObject::invokeMethod) from
 * other threads. Results are signals carrying value types (registered by registerSyncMetaTypes(),
 * which the constructor calls). cancel() and stop() abort in-flight HTTP calls
 * (ApiClient::abortAll), so stopping takes milliseconds even mid-request.
 *
 * Ownership: owns its stages and everything start() creates; does not own the Journal (open,
 * outliving the worker) or the Clock. Thread affinity: construct anywhere, addStage() before
 * moving it; from start() on, only its thread touches it.
 */
class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    struct Options
    {
        Clock *clock = nullptr; ///< nullptr = SystemClock::instance()
        bool timers = true; ///< schedule cycles by themselves (off for puente-sync --once)
        bool cycleOnStart = true; ///< the first cycle right after start()
        /** Pace requests with BsaleClient's and JumpsellerClient's recommended limits. Tests
         *  against the local fakes turn it off; real hosts always want it. */
        bool recommendedLimits = true;
        /** Multiplies the recommended rates: only for servers known to allow that much more,
         *  e.g. the demo sandbox started with the same `--rate-scale`. */
        double rateScale = 1;
    };

    SyncWorker(SyncSettings settings, SyncCredentials credentials, Journal &journal, Options options,
               QObject *parent = nullptr);
    SyncWorker(SyncSettings settings, SyncCredentials credentials, Journal &journal, QObject *parent = nullptr);
    ~SyncWorker() override;

    /** The HTTP settings start() gives the worker's ApiClient: timeouts, retries, and the
     *  clients' recommended limits (scaled by `options.rateScale`) when `options` ask for them. */
    static ApiClientConfig clientConfig(const SyncSettings &settings, const Options &options);

    /** Adds a stage that runs in every cycle after linking, in the order added. Before start(). */
    void addStage(std::unique_ptr<SyncStage> stage);
    const SyncSettings &settings() const { return m_settings; }
    Journal &journal() const { return m_journal; }
    Clock &clock() const { return *m_clock; }
    /** The stages' context; null before start() and after stop(). */
    SyncContext *context() const { return m_context.get(); }
    bool isBusy() const { return m_job != Job::None; }

public Q_SLOTS:
    /** Creates clients, journal connection and timers on the calling (worker) thread. */
    void start();
    /** Cancels what runs, stops the stages and releases everything start() created. */
    void stop();
    /** A full cycle now (or right after the running job). */
    void syncNow();
    /** Cancels the running job (cycleFinished / importFinished report it as canceled) and
     *  drops queued ones. */
    void cancel();
    /** A manual link; replaces links either side had. Both rows must be in the journal. */
    void link(qint64 erpVariantId, const puente::StoreVariantKey &store);
    /** Removes the link and keeps the pair from being linked automatically again. */
    void unlink(qint64 erpVariantId);
    /** Creates Bsale products in the store (ProductImporter); empty = every unlinked product. */
    void importProducts(const QList<qint64> &erpProductIds);
    /** Hands `itemId` to the stage named `stage` (SyncStage::retry); empty stage = syncNow(). */
    void retry(const QString &stage, qint64 itemId);
    void setMapping(const puente::Mapping &mapping);
    void removeMapping(puente::MappingKind kind, const QString &erpValue);
    void setExclusion(const puente::Exclusion &exclusion);
    void removeExclusion(puente::ExclusionSide side, puente::ExclusionKind kind, const QString &target);
    /** Answer with mappingsChanged / exclusionsChanged / linkIssuesRead. */
    void requestMappings();
    void requestExclusions();
    void requestLinkIssues();

    // The document inbox (the "orders" stage). Each command answers with documentCommandFinished;
    // retry one failed document with retry("orders", orderId).
    /** Answers with documentInboxRead: failed, held and pending documents, with reasons. */
    void requestDocumentInbox();
    void retryAllDocuments();
    /** Manual emission: issue the held document of one order / of every paid order waiting. */
    void issueDocument(qint64 orderId);
    void issueAllDocuments();
    /** Stores the user's billing data as an override on the order (never sent to the store). */
    void editBilling(qint64 orderId, const puente::OrderBillingOverride &billing);
    /** The accountant issued it in Bsale by hand: record it, never send it. */
    void markIssuedByHand(qint64 orderId, const QString &kind, qint64 folio, qint64 bsaleDocumentId);

Q_SIGNALS:
    void started();
    void stopped();
    void progress(const puente::SyncProgress &progress);
    void cycleStarted();
    void cycleFinished(const puente::SyncSummary &summary);
    void importFinished(const puente::ImportReport &report);
    /** The journal's catalogue changed (a pull or an import wrote rows). */
    void catalogueChanged();
    /** Links were added or removed (auto-linker, manual command, import). */
    void linksChanged();
    void mappingsChanged(const QList<puente::Mapping> &mappings);
    void exclusionsChanged(const QList<puente::Exclusion> &exclusions);
    void linkIssuesRead(const QList<puente::NeedsManualLink> &issues);
    void documentInboxRead(const QList<puente::DocumentInboxEntry> &entries);
    /** The inbox may look different now (a document was issued or failed, a command ran). */
    void documentInboxChanged();
    void documentCommandFinished(const puente::OrderCommandResult &result);
    /** Bsale issued a document (kind "boleta", "factura" or "credit_note") for a store order. */
    void documentIssued(qint64 orderId, const QString &kind, qint64 folio);
    /** A command failed (cycle and import errors come in their summaries instead). */
    void error(const puente::SyncError &error);
    /** A stage's health changed (the stock stage's HealthMonitor, via
     *  SyncContext::reportHealth): on start, after every poll or push, when Bsale goes quiet. */
    void healthChanged(const puente::SyncHealth &health);

private:
    enum class Job { None, Cycle, Import };
    struct Cycle;

    void releaseAll();
    void runNextJob();
    void startCycle();
    void onPulled(const CatalogSnapshot &snapshot);
    void writeSnapshot(const CatalogSnapshot &snapshot);
    void runLinker();
    void runStage(std::size_t index);
    void finishCycle();
    void startImport(const QList<qint64> &erpProductIds);
    void finishImport(const ImportReport &report);
    /** A new job: bumps the serial, makes a fresh callback token. */
    quint64 beginJob(Job job);
    bool isCurrent(quint64 serial, Job job) const { return m_jobSerial == serial && m_job == job; }
    void endJob();
    void scheduleNextCycle(bool failed);
    void commandFailed(const QString &subsystem, const QString &message);
    /** The running order pipeline, or nullptr after answering `command` with why there is none. */
    OrderPipeline *orderPipeline(OrderCommandResult::Command command, qint64 orderId);
    void logEvent(int level, const QString &subsystem, const QString &message) const;

    SyncSettings m_settings;
    SyncCredentials m_credentials;
    Journal &m_journal;
    Clock *m_clock;
    Options m_options;
    std::vector<std::unique_ptr<SyncStage>> m_stages;

    // Created in start(), released in stop().
    ApiClient *m_api = nullptr; ///< child
    BsaleClient *m_bsale = nullptr; ///< child
    JumpsellerClient *m_jumpseller = nullptr; ///< child
    CatalogPull *m_pull = nullptr; ///< child
    ProductImporter *m_importer = nullptr; ///< child
    std::unique_ptr<SyncContext> m_context;
    bool m_started = false;
    bool m_stopped = false;

    Job m_job = Job::None;
    std::unique_ptr<Cycle> m_cycle;
    quint64 m_jobSerial = 0; ///< callbacks of an older job compare unequal and do nothing
    QPointer<QObject> m_jobToken; ///< callback context of the running job; deleted when it ends
    QPointer<QObject> m_timerToken; ///< context of the scheduled next cycle
    bool m_cycleQueued = false;
    QList<QList<qint64>> m_importQueue;
};

} // namespace puente
