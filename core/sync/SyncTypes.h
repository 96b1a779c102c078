#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>

namespace puente {

class ApiError;

/** What the sync engine is doing right now. */
enum class SyncPhase : quint8 {
    Idle,
    PullingBsale, ///< reading Bsale's catalogue, stock and prices
    PullingJumpseller, ///< reading the store's catalogue
    Writing, ///< writing the pulled catalogue into the journal
    Linking, ///< automatic links by SKU / barcode / name
    Stage, ///< a plugged-in SyncStage is running (SyncProgress::stage names it)
    Importing, ///< creating Bsale products in the store
    Stopping,
};

/** "idle", "pulling-bsale", ... for logs and JSON. */
QString syncPhaseName(SyncPhase phase);

/** A progress report of the worker: `done` of `total` items (total -1 = unknown). */
struct SyncProgress
{
    SyncPhase phase = SyncPhase::Idle;
    QString stage; ///< the SyncStage's name() when phase == Stage, else empty
    qint64 done = 0;
    qint64 total = -1;
    QString text; ///< one line for a person, e.g. "Bsale variants 150 of 1,200"

    friend bool operator==(const SyncProgress &, const SyncProgress &) = default;
};

/**
 * One problem the engine met. `subsystem` says where ("bsale", "jumpseller", "journal",
 * "links", "import", or a stage's name); `message` is for a person and carries the server's text
 * verbatim; `retryable` says whether running the same thing again later may succeed (network,
 * throttling, 5xx) or needs a person first (credentials, bad data).
 */
struct SyncError
{
    QString subsystem;
    QString message;
    bool retryable = false;

    static SyncError fromApi(const QString &subsystem, const ApiError &error);
    QJsonObject toJson() const;
    friend bool operator==(const SyncError &, const SyncError &) = default;
};

/** How one side's catalogue pull changed the journal. */
struct CatalogCounts
{
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int removed = 0;

    int changed() const { return inserted + updated + removed; }
    QJsonObject toJson() const;
    friend bool operator==(const CatalogCounts &, const CatalogCounts &) = default;
};

/**
 * What one sync cycle (pull, link, then every plugged-in stage) did. `pushed` and `skipped` are
 * the sums of the stages' StageResults; `stages` holds each stage's own details by name.
 */
struct SyncSummary
{
    QDateTime startedAt; ///< UTC
    QDateTime finishedAt;
    bool canceled = false;
    bool cataloguePulled = false; ///< both catalogues were read in full and written
    int linked = 0; ///< links the auto-linker made this cycle
    int unlinked = 0; ///< automatic links dropped because their keys no longer match
    int pushed = 0;
    int skipped = 0;
    int imported = 0; ///< products created in the store this cycle
    int needsManualLink = 0; ///< rows the auto-linker refused (duplicates, taken partners)
    CatalogCounts bsale;
    CatalogCounts jumpseller;
    QList<SyncError> errors;
    QJsonObject stages; ///< stage name → StageResult::details (+ its counts)

    bool ok() const { return !canceled && errors.isEmpty(); }
    /** "ok", "failed" or "canceled". */
    QString status() const;
    /**
     * {"status","linked","pushed","skipped","imported","needsManualLink","unlinked",
     *  "catalogue":{"bsale":{inserted,updated,unchanged,removed},"jumpseller":{...}},
     *  "errors":[{subsystem,message,retryable}],"stages":{...},"startedAt","finishedAt","durationMs"}
     */
    QJsonObject toJson() const;
};

/** What a SyncStage reports at the end of its run() in one cycle. */
struct StageResult
{
    int pushed = 0; ///< changes sent (stock updates, documents issued, ...)
    int skipped = 0; ///< items looked at and deliberately left alone
    QList<SyncError> errors;
    QJsonObject details; ///< anything else worth a line in the summary, by key
    bool canceled = false;
};

/** Registers the sync value types with Qt's meta-type system (idempotent, thread-safe). Call it
 *  before connecting signals that carry them across threads; SyncWorker's constructor does. */
void registerSyncMetaTypes();

} // namespace puente

Q_DECLARE_METATYPE(puente::SyncPhase)
Q_DECLARE_METATYPE(puente::SyncProgress)
Q_DECLARE_METATYPE(puente::SyncError)
Q_DECLARE_METATYPE(puente::CatalogCounts)
Q_DECLARE_METATYPE(puente::SyncSummary)
Q_DECLARE_METATYPE(puente::StageResult)
