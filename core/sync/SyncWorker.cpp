#include "sync/SyncWorker.h"

#include "base/Clock.h"
#include "base/Logging.h"
#include "connectors/bsale/BsaleClient.h"
#include "connectors/jumpseller/JumpsellerClient.h"
#include "journal/CatalogRepository.h"
#include "journal/EventLog.h"
#include "journal/ExclusionRepository.h"
#include "journal/Journal.h"
#include "journal/LinkRepository.h"
#include "journal/MappingRepository.h"
#include "net/ApiClient.h"
#include "sync/AutoLinker.h"
#include "sync/CatalogPull.h"
#include "sync/OrderPipeline.h"
#include "sync/OrderStage.h"
#include "sync/SyncContext.h"
#include "sync/SyncStage.h"

#include <QtCore/QThread>
#include <QtSql/QSqlDatabase>

using namespace Qt::Literals::StringLiterals;

namespace puente {

/** The state of the running cycle. */
struct SyncWorker::Cycle
{
    SyncSummary summary;
};

SyncWorker::SyncWorker(SyncSettings settings, SyncCredentials credentials, Journal &journal, Options options,
                       QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_credentials(std::move(credentials))
    , m_journal(journal)
    , m_clock(options.clock ? options.clock : &SystemClock::instance())
    , m_options(options)
{
    registerSyncMetaTypes();
    qRegisterMetaType<ImportReport>();
    qRegisterMetaType<SyncHealth>();
    qRegisterMetaType<Mapping>();
    qRegisterMetaType<Exclusion>();
    qRegisterMetaType<NeedsManualLink>();
    qRegisterMetaType<StoreVariantKey>();
    qRegisterMetaType<QList<Mapping>>();
    qRegisterMetaType<QList<Exclusion>>();
    qRegisterMetaType<QList<NeedsManualLink>>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<MappingKind>();
    qRegisterMetaType<ExclusionSide>();
    qRegisterMetaType<ExclusionKind>();
}

SyncWorker::SyncWorker(SyncSettings settings, SyncCredentials credentials, Journal &journal, QObject *parent)
    : SyncWorker(std::move(settings), std::move(credentials), journal, Options(), parent)
{ }

SyncWorker::~SyncWorker()
{
    if (m_started && !m_stopped) {
        // Quietly: no signals from a half-destroyed object.
        ++m_jobSerial;
        m_job = Job::None;
        if (m_context) {
            for (const auto &stage : m_stages)
                stage->stop(*m_context);
        }
        releaseAll();
    }
}

void SyncWorker::addStage(std::unique_ptr<SyncStage> stage)
{
    Q_ASSERT_X(!m_started, "SyncWorker::addStage", "stages are added before start()");
    if (stage && !m_started)
        m_stages.push_back(std::move(stage));
}

ApiClientConfig SyncWorker::clientConfig(const SyncSettings &settings, const Options &options)
{
    ApiClientConfig config;
    config.defaultTimeoutMs = settings.requestTimeoutMs;
    config.retry.maxAttempts = settings.retryAttempts;
    config.retry.baseDelayMs = settings.retryBaseDelayMs;
    if (!options.recommendedLimits)
        return config;
    BsaleClient::applyRecommendedLimits(config, settings.bsaleBaseUrl);
    const QList<RateLimit> bsaleLimits = config.rateLimits.hostLimits.value(settings.bsaleBaseUrl.host().toLower());
    JumpsellerClient::applyRecommendedLimits(config, settings.jumpsellerBaseUrl);
    // One host for both (a proxy): every limit of both must allow a send.
    if (settings.bsaleBaseUrl.host().compare(settings.jumpsellerBaseUrl.host(), Qt::CaseInsensitive) == 0)
        config.rateLimits.hostLimits[settings.jumpsellerBaseUrl.host().toLower()] += bsaleLimits;
    if (options.rateScale > 0 && options.rateScale != 1) {
        for (QList<RateLimit> &limits : config.rateLimits.hostLimits) {
            for (RateLimit &limit : limits)
                limit.ratePerSecond *= options.rateScale;
        }
    }
    return config;
}

void SyncWorker::start()
{
    if (m_started)
        return;
    m_started = true;
    m_api = new ApiClient(*m_clock, clientConfig(m_settings, m_options), this);
    m_bsale = new BsaleClient(*m_api, m_credentials.bsaleToken, this);
    m_bsale->setBaseUrl(m_settings.bsaleBaseUrl);
    m_jumpseller = new JumpsellerClient(*m_api, this);
    m_jumpseller->setBaseUrl(m_settings.jumpsellerBaseUrl);
    m_jumpseller->setCredentials(m_credentials.jumpsellerLogin, m_credentials.jumpsellerToken);
    m_pull = new CatalogPull(*m_bsale, *m_jumpseller, m_settings, this);
    connect(m_pull, &CatalogPull::progress, this, &SyncWorker::progress);
    m_importer = new ProductImporter(*m_bsale, *m_jumpseller, m_journal, *m_clock, m_settings, this);
    connect(m_importer, &ProductImporter::progress, this, &SyncWorker::progress);
    if (!m_journal.database().isOpen())
        commandFailed(u"journal"_s, u"The journal %1 cannot be opened on the sync thread"_s.arg(m_journal.path()));
    m_context = std::make_unique<SyncContext>(
        SyncContext::Parts {&m_settings, &m_journal, m_clock, m_api, m_bsale, m_jumpseller, this});
    for (const auto &stage : m_stages)
        stage->start(*m_context);
    qCInfo(lcSync) << "sync worker started with" << m_stages.size() << "stage(s)";
    Q_EMIT started();
    if (m_options.cycleOnStart)
        syncNow();
}

void SyncWorker::stop()
{
    if (!m_started || m_stopped)
        return;
    Q_EMIT progress(SyncProgress {SyncPhase::Stopping, {}, 0, -1, u"Stopping"_s});
    cancel();
    for (const auto &stage : m_stages)
        stage->stop(*m_context);
    releaseAll();
    m_stopped = true;
    qCInfo(lcSync) << "sync worker stopped";
    Q_EMIT stopped();
}

void SyncWorker::releaseAll()
{
    delete m_timerToken.data();
    delete m_jobToken.data();
    delete m_pull;
    delete m_importer;
    m_pull = nullptr;
    m_importer = nullptr;
    m_context.reset();
    delete m_jumpseller;
    delete m_bsale;
    delete m_api; // aborts and deletes what is still in flight
    m_jumpseller = nullptr;
    m_bsale = nullptr;
    m_api = nullptr;
    m_cycle.reset();
    m_stopped = true;
    // The connection belongs to this thread; another thread's call would close its own.
    if (QThread::currentThread() == thread())
        m_journal.closeConnection();
}

// --- jobs ------------------------------------------------------------------------------------

quint64 SyncWorker::beginJob(Job job)
{
    m_job = job;
    delete m_jobToken.data();
    m_jobToken = new QObject(this);
    return ++m_jobSerial;
}

void SyncWorker::endJob()
{
    m_job = Job::None;
    ++m_jobSerial;
    if (m_jobToken)
        m_jobToken->deleteLater(); // we may be inside one of its callbacks
    m_jobToken = nullptr;
}

void SyncWorker::runNextJob()
{
    if (m_job != Job::None || m_stopped || !m_started)
        return;
    if (!m_importQueue.isEmpty())
        return startImport(m_importQueue.takeFirst());
    if (m_cycleQueued) {
        m_cycleQueued = false;
        startCycle();
    }
}

void SyncWorker::syncNow()
{
    if (!m_started || m_stopped)
        return;
    m_cycleQueued = true;
    runNextJob();
}

void SyncWorker::cancel()
{
    m_cycleQueued = false;
    m_importQueue.clear();
    if (m_job == Job::None)
        return;
    const Job job = m_job;
    // Invalidate first: aborting calls delivers Canceled to callbacks that must not run on.
    if (m_pull)
        m_pull->cancel();
    if (m_importer)
        m_importer->cancel();
    delete m_jobToken.data();
    if (job == Job::Cycle && m_context) {
        for (const auto &stage : m_stages)
            stage->cancel(*m_context);
    }
    if (m_api)
        m_api->abortAll();
    qCInfo(lcSync) << "canceled the running" << (job == Job::Cycle ? "cycle" : "import");
    if (job == Job::Cycle) {
        m_cycle->summary.canceled = true;
        finishCycle();
    } else {
        ImportReport report;
        report.canceled = true;
        finishImport(report);
    }
}

// --- the cycle -------------------------------------------------------------------------------

void SyncWorker::startCycle()
{
    const quint64 serial = beginJob(Job::Cycle);
    delete m_timerToken.data(); // this cycle replaces the scheduled one
    m_cycle = std::make_unique<Cycle>();
    m_cycle->summary.startedAt = m_clock->nowUtc();
    qCInfo(lcSync) << "sync cycle started";
    Q_EMIT cycleStarted();
    m_pull->start([this, serial](const CatalogSnapshot &snapshot) {
        if (isCurrent(serial, Job::Cycle))
            onPulled(snapshot);
    });
}

void SyncWorker::onPulled(const CatalogSnapshot &snapshot)
{
    if (QThread::currentThread()->isInterruptionRequested())
        return;
    writeSnapshot(snapshot);
    m_context->m_catalogueFresh = m_cycle->summary.cataloguePulled;
    runLinker();
    runStage(0);
}

void SyncWorker::writeSnapshot(const CatalogSnapshot &snapshot)
{
    Q_EMIT progress(SyncProgress {SyncPhase::Writing, {}, 0, -1, u"Writing the catalogue to the journal"_s});
    SyncSummary &summary = m_cycle->summary;
    const QDateTime now = m_clock->nowUtc();
    const CatalogRepository catalog(m_journal);
    bool written = true;
    if (snapshot.bsaleOk()) {
        const auto counts = catalog.writeErpVariants(snapshot.erp, now);
        if (counts && catalog.writeTerms(CatalogTerm::Side::Erp, snapshot.erpTerms, now)) {
            summary.bsale = *counts;
        } else {
            written = false;
            summary.errors.append(SyncError {u"journal"_s, catalog.lastError(), true});
        }
    } else {
        summary.errors.append(SyncError::fromApi(u"bsale"_s, snapshot.bsaleError));
    }
    if (snapshot.jumpsellerOk()) {
        const auto counts = catalog.writeStoreVariants(snapshot.store, now);
        if (counts && catalog.writeTerms(CatalogTerm::Side::Store, snapshot.storeTerms, now)) {
            summary.jumpseller = *counts;
        } else {
            written = false;
            summary.errors.append(SyncError {u"journal"_s, catalog.lastError(), true});
        }
    } else {
        summary.errors.append(SyncError::fromApi(u"jumpseller"_s, snapshot.jumpsellerError));
    }
    summary.cataloguePulled = written && snapshot.bsaleOk() && snapshot.jumpsellerOk();
    if (summary.bsale.changed() + summary.jumpseller.changed() > 0)
        Q_EMIT catalogueChanged();
}

void SyncWorker::runLinker()
{
    Q_EMIT progress(SyncProgress {SyncPhase::Linking, {}, 0, -1, u"Linking by SKU"_s});
    SyncSummary &summary = m_cycle->summary;
    const CatalogRepository catalog(m_journal);
    const LinkRepository links(m_journal);
    // The journal, not the snapshot: when one side could not be pulled its last good state
    // still links correctly.
    const AutoLinkResult result = AutoLinker(LinkRules::fromSettings(m_settings))
                                      .run(catalog.erpVariants(), catalog.storeVariants(), links.all(), links.blocks(),
                                           ExclusionRepository(m_journal).set());
    if (!links.applyAutomatic(result.added, result.dropped, result.needsManualLink, m_clock->nowUtc())) {
        summary.errors.append(SyncError {u"journal"_s, links.lastError(), true});
        return;
    }
    summary.linked = int(result.added.size());
    summary.unlinked = int(result.dropped.size());
    summary.needsManualLink = int(result.needsManualLink.size());
    if (!result.added.isEmpty() || !result.dropped.isEmpty())
        Q_EMIT linksChanged();
}

void SyncWorker::runStage(std::size_t index)
{
    if (index >= m_stages.size())
        return finishCycle();
    SyncStage &stage = *m_stages.at(index);
    const QString name = stage.name();
    m_context->m_currentStage = name;
    Q_EMIT progress(SyncProgress {SyncPhase::Stage, name, 0, -1, name});
    const quint64 serial = m_jobSerial;
    auto called = std::make_shared<bool>(false);
    stage.run(*m_context, m_jobToken, [this, serial, index, name, called](const StageResult &result) {
        if (*called || !isCurrent(serial, Job::Cycle))
            return;
        *called = true;
        SyncSummary &summary = m_cycle->summary;
        summary.pushed += result.pushed;
        summary.skipped += result.skipped;
        for (SyncError error : result.errors) {
            if (error.subsystem.isEmpty())
                error.subsystem = name;
            summary.errors.append(error);
        }
        QJsonObject details = result.details;
        details.insert(u"pushed"_s, result.pushed);
        details.insert(u"skipped"_s, result.skipped);
        details.insert(u"errors"_s, int(result.errors.size()));
        if (result.canceled)
            details.insert(u"canceled"_s, true);
        summary.stages.insert(name, details);
        // On a later turn: `done` may have been called from inside run().
        m_clock->schedule(0, m_jobToken, [this, serial, index] {
            if (isCurrent(serial, Job::Cycle))
                runStage(index + 1);
        });
    });
}

void SyncWorker::finishCycle()
{
    if (m_context) {
        m_context->m_currentStage.clear();
        m_context->m_catalogueFresh = false;
    }
    SyncSummary summary = m_cycle->summary;
    summary.finishedAt = m_clock->nowUtc();
    m_cycle.reset();
    endJob();
    const QString line =
        u"Sync %1: %2 linked, %3 pushed, %4 skipped, %5 need a manual link, %6 error(s)"_s.arg(summary.status())
            .arg(summary.linked)
            .arg(summary.pushed)
            .arg(summary.skipped)
            .arg(summary.needsManualLink)
            .arg(summary.errors.size());
    qCInfo(lcSync).noquote() << line;
    for (const SyncError &error : std::as_const(summary.errors))
        qCWarning(lcSync).noquote() << error.subsystem << error.message;
    logEvent(int(summary.ok() || summary.canceled ? EventLevel::Info : EventLevel::Warning), u"sync"_s, line);
    Q_EMIT progress(SyncProgress {SyncPhase::Idle, {}, 0, 0, line});
    Q_EMIT cycleFinished(summary);
    scheduleNextCycle(!summary.ok() && !summary.canceled);
    runNextJob();
}

void SyncWorker::scheduleNextCycle(bool failed)
{
    if (!m_options.timers || m_stopped || !m_started)
        return;
    delete m_timerToken.data();
    m_timerToken = new QObject(this);
    m_clock->schedule(failed ? m_settings.retryIntervalMs : m_settings.reconcileIntervalMs, m_timerToken,
                      [this] { syncNow(); });
}

// --- import ----------------------------------------------------------------------------------

void SyncWorker::importProducts(const QList<qint64> &erpProductIds)
{
    if (!m_started || m_stopped)
        return;
    m_importQueue.append(erpProductIds);
    runNextJob();
}

void SyncWorker::startImport(const QList<qint64> &erpProductIds)
{
    const quint64 serial = beginJob(Job::Import);
    m_importer->start(erpProductIds, [this, serial](const ImportReport &report) {
        if (isCurrent(serial, Job::Import))
            finishImport(report);
    });
}

void SyncWorker::finishImport(const ImportReport &report)
{
    endJob();
    const QString line = u"Import: %1 created, %2 found in the store, %3 variants linked, %4 skipped, %5 error(s)"_s
                             .arg(report.productsCreated)
                             .arg(report.productsFound)
                             .arg(report.variantsLinked)
                             .arg(report.skipped.size())
                             .arg(report.errors.size());
    qCInfo(lcSync).noquote() << line;
    logEvent(int(report.ok() ? EventLevel::Info : EventLevel::Warning), u"import"_s, line);
    Q_EMIT importFinished(report);
    if (report.variantsLinked > 0) {
        Q_EMIT catalogueChanged();
        Q_EMIT linksChanged();
    }
    runNextJob();
}

// --- commands --------------------------------------------------------------------------------

void SyncWorker::link(qint64 erpVariantId, const StoreVariantKey &store)
{
    if (!m_started || m_stopped)
        return;
    const CatalogRepository catalog(m_journal);
    if (!catalog.erpVariant(erpVariantId))
        return commandFailed(u"links"_s, u"Bsale variant %1 is not in the catalogue; sync first"_s.arg(erpVariantId));
    if (!catalog.storeVariant(store)) {
        return commandFailed(
            u"links"_s,
            u"Store item %1/%2 is not in the catalogue; sync first"_s.arg(store.productId).arg(store.variantId));
    }
    const LinkRepository links(m_journal);
    const auto replaced = links.link(Link {erpVariantId, store, LinkMethod::Manual, {}}, m_clock->nowUtc());
    if (!replaced)
        return commandFailed(u"links"_s, links.lastError());
    logEvent(int(EventLevel::Info), u"links"_s,
             u"Linked Bsale variant %1 to store item %2/%3 by hand%4"_s.arg(erpVariantId)
                 .arg(store.productId)
                 .arg(store.variantId)
                 .arg(replaced->isEmpty() ? QString() : u" (replacing %1 link(s))"_s.arg(replaced->size())));
    Q_EMIT linksChanged();
}

void SyncWorker::unlink(qint64 erpVariantId)
{
    if (!m_started || m_stopped)
        return;
    const LinkRepository links(m_journal);
    const auto removed = links.unlink(erpVariantId, m_clock->nowUtc());
    if (!removed) {
        return commandFailed(u"links"_s,
                             links.lastError().isEmpty() ? u"Bsale variant %1 is not linked"_s.arg(erpVariantId)
                                                         : links.lastError());
    }
    logEvent(int(EventLevel::Info), u"links"_s,
             u"Unlinked Bsale variant %1 from store item %2/%3"_s.arg(erpVariantId)
                 .arg(removed->store.productId)
                 .arg(removed->store.variantId));
    Q_EMIT linksChanged();
}

void SyncWorker::retry(const QString &stage, qint64 itemId)
{
    if (!m_started || m_stopped)
        return;
    if (stage.isEmpty())
        return syncNow();
    for (const auto &candidate : m_stages) {
        if (candidate->name() != stage)
            continue;
        if (!candidate->retry(*m_context, itemId))
            commandFailed(stage, u"Nothing to retry for %1 in %2"_s.arg(itemId).arg(stage));
        return;
    }
    commandFailed(stage, u"No sync stage is called '%1'"_s.arg(stage));
}

void SyncWorker::setMapping(const Mapping &mapping)
{
    if (!m_started || m_stopped)
        return;
    bool ok = false;
    if (mapping.erpValue.trimmed().toLongLong(&ok) <= 0 || !ok)
        return commandFailed(u"mappings"_s, u"A mapping needs a Bsale id, not '%1'"_s.arg(mapping.erpValue));
    if (mapping.storeValue.trimmed().isEmpty())
        return commandFailed(u"mappings"_s, u"A mapping needs a Jumpseller value"_s);
    const MappingRepository mappings(m_journal);
    if (!mappings.set(mapping, m_clock->nowUtc()))
        return commandFailed(u"mappings"_s, mappings.lastError());
    Q_EMIT mappingsChanged(mappings.all());
}

void SyncWorker::removeMapping(MappingKind kind, const QString &erpValue)
{
    if (!m_started || m_stopped)
        return;
    const MappingRepository mappings(m_journal);
    if (!mappings.remove(kind, erpValue) && !mappings.lastError().isEmpty())
        return commandFailed(u"mappings"_s, mappings.lastError());
    Q_EMIT mappingsChanged(mappings.all());
}

void SyncWorker::setExclusion(const Exclusion &exclusion)
{
    if (!m_started || m_stopped)
        return;
    if (exclusion.target.trimmed().isEmpty())
        return commandFailed(u"exclusions"_s, u"An exclusion needs a target"_s);
    const ExclusionRepository exclusions(m_journal);
    if (!exclusions.add(exclusion, m_clock->nowUtc()))
        return commandFailed(u"exclusions"_s, exclusions.lastError());
    Q_EMIT exclusionsChanged(exclusions.all());
}

void SyncWorker::removeExclusion(ExclusionSide side, ExclusionKind kind, const QString &target)
{
    if (!m_started || m_stopped)
        return;
    const ExclusionRepository exclusions(m_journal);
    if (!exclusions.remove(side, kind, target) && !exclusions.lastError().isEmpty())
        return commandFailed(u"exclusions"_s, exclusions.lastError());
    Q_EMIT exclusionsChanged(exclusions.all());
}

void SyncWorker::requestMappings()
{
    if (m_started && !m_stopped)
        Q_EMIT mappingsChanged(MappingRepository(m_journal).all());
}

void SyncWorker::requestExclusions()
{
    if (m_started && !m_stopped)
        Q_EMIT exclusionsChanged(ExclusionRepository(m_journal).all());
}

void SyncWorker::requestLinkIssues()
{
    if (m_started && !m_stopped)
        Q_EMIT linkIssuesRead(LinkRepository(m_journal).issues());
}

OrderPipeline *SyncWorker::orderPipeline(OrderCommandResult::Command command, qint64 orderId)
{
    if (!m_started || m_stopped)
        return nullptr;
    QString why = u"This sync has no order stage."_s;
    for (const auto &stage : m_stages) {
        if (const auto *orders = dynamic_cast<const OrderStage *>(stage.get())) {
            if (orders->pipeline())
                return orders->pipeline();
            why = orders->unavailableReason();
        }
    }
    Q_EMIT documentCommandFinished(OrderCommandResult {command, orderId, false, 0, why});
    return nullptr;
}

void SyncWorker::requestDocumentInbox()
{
    if (m_started && !m_stopped)
        Q_EMIT documentInboxRead(DocumentInbox(m_journal).entries());
}

void SyncWorker::retryAllDocuments()
{
    if (OrderPipeline *pipeline = orderPipeline(OrderCommandResult::Command::RetryAll, 0))
        pipeline->retryAll();
}

void SyncWorker::issueDocument(qint64 orderId)
{
    if (OrderPipeline *pipeline = orderPipeline(OrderCommandResult::Command::Issue, orderId))
        pipeline->issue(orderId);
}

void SyncWorker::issueAllDocuments()
{
    if (OrderPipeline *pipeline = orderPipeline(OrderCommandResult::Command::IssueAll, 0))
        pipeline->issueAll();
}

void SyncWorker::editBilling(qint64 orderId, const OrderBillingOverride &billing)
{
    if (OrderPipeline *pipeline = orderPipeline(OrderCommandResult::Command::EditBilling, orderId))
        pipeline->editBilling(orderId, billing);
}

void SyncWorker::markIssuedByHand(qint64 orderId, const QString &kind, qint64 folio, qint64 bsaleDocumentId)
{
    if (OrderPipeline *pipeline = orderPipeline(OrderCommandResult::Command::MarkIssuedByHand, orderId))
        pipeline->markIssuedByHand(orderId, kind, folio, bsaleDocumentId);
}

void SyncWorker::commandFailed(const QString &subsystem, const QString &message)
{
    qCWarning(lcSync).noquote() << subsystem << message;
    logEvent(int(EventLevel::Warning), subsystem, message);
    Q_EMIT error(SyncError {subsystem, message, false});
}

void SyncWorker::logEvent(int level, const QString &subsystem, const QString &message) const
{
    if (m_journal.isOpen())
        EventLog(m_journal).append(EventLevel(level), subsystem, message);
}

} // namespace puente
