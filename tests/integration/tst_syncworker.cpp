// SyncWorker on its own thread against FakeBsale and FakeJumpseller, with a real journal: the
// cycle (pull, link, stages), commands, faults and shutdown.
#include "SyncTestShop.h"
#include "WorkerThread.h"
#include "base/Clock.h"
#include "journal/CatalogRepository.h"
#include "journal/LinkRepository.h"
#include "sync/SyncContext.h"
#include "sync/SyncStage.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonDocument>
#include <QtTest/QTest>

#include <atomic>

using namespace Qt::Literals::StringLiterals;
using namespace puente;
using puente::test::item;
using puente::test::SyncTestShop;
using puente::test::WorkerThread;

namespace {

/** A stage that records when it ran and what the journal held then. */
class RecordingStage final : public SyncStage
{
public:
    RecordingStage(QString name, bool async, QStringList *log)
        : m_name(std::move(name))
        , m_async(async)
        , m_log(log)
    { }

    QString name() const override { return m_name; }
    void start(SyncContext &context) override
    {
        m_log->append(m_name + u":start"_s);
        Q_UNUSED(context)
    }
    void run(SyncContext &context, QObject *callbackContext, Done done) override
    {
        const qint64 links = LinkRepository(context.journal()).count();
        m_log->append(u"%1:run links=%2 fresh=%3"_s.arg(m_name).arg(links).arg(context.catalogueFresh()));
        context.reportProgress(1, 2, m_name + u" half way"_s);
        StageResult result;
        result.pushed = 2;
        result.skipped = 1;
        result.details.insert(u"note"_s, m_name);
        if (m_async) {
            result.errors.append(SyncError {{}, u"one item failed"_s, true});
            context.clock().schedule(10, callbackContext, [done, result] { done(result); });
        } else {
            done(result);
        }
    }
    void stop(SyncContext &) override { m_log->append(m_name + u":stop"_s); }
    bool retry(SyncContext &, qint64 itemId) override
    {
        m_log->append(u"%1:retry %2"_s.arg(m_name).arg(itemId));
        return itemId == 42;
    }

private:
    QString m_name;
    bool m_async;
    QStringList *m_log;
};

SyncWorker::Options manualTimers()
{
    SyncWorker::Options options;
    options.timers = false;
    options.recommendedLimits = false;
    return options;
}

} // namespace

class TestSyncWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void syncNowLinksBySkuAndReportsProgress();
    void duplicateSkuIsNotLinkedAndListed();
    void manualLinkSurvivesAutoLinking();
    void unlinkedPairStaysApart();
    void secondCycleRewritesNothing();
    void stagesRunInOrderAfterLinking();
    void bsaleDownThenCatchesUpOnItsOwn();
    void storeDownKeepsTheBsaleSide();
    void stopMidRequestWithinTwoSeconds();
    void cancelMidRequestReportsCanceled();
    void mappingAndExclusionCommands();
    void badCommandsReportErrors();
    void clientConfigScalesTheRecommendedLimits();

private:
    std::unique_ptr<WorkerThread> makeWorker(SyncWorker::Options options = manualTimers(),
                                             const std::function<void(SyncSettings &)> &tweak = {},
                                             std::vector<std::unique_ptr<SyncStage>> stages = {});
    std::unique_ptr<SyncTestShop> m_shop;
};

void TestSyncWorker::init()
{
    m_shop = std::make_unique<SyncTestShop>();
    QVERIFY(!m_shop->journalError);
    QVERIFY(m_shop->bsale.port() > 0);
    QVERIFY(m_shop->store.port() > 0);
}

void TestSyncWorker::cleanup()
{
    m_shop.reset();
}

std::unique_ptr<WorkerThread> TestSyncWorker::makeWorker(SyncWorker::Options options,
                                                         const std::function<void(SyncSettings &)> &tweak,
                                                         std::vector<std::unique_ptr<SyncStage>> stages)
{
    SyncSettings settings = m_shop->settings();
    if (tweak)
        tweak(settings);
    auto worker = std::make_unique<SyncWorker>(settings, m_shop->credentials(), *m_shop->journal, options);
    for (auto &stage : stages)
        worker->addStage(std::move(stage));
    return std::make_unique<WorkerThread>(std::move(worker));
}

void TestSyncWorker::syncNowLinksBySkuAndReportsProgress()
{
    m_shop->bsaleProduct(u"Polera"_s, {item(u"POL-1"_s, 5)});
    m_shop->bsaleProduct(u"Jeans"_s, {item(u"JEA-1"_s, 2)});
    m_shop->bsaleProduct(u"Gorro"_s, {item(u"GOR-1"_s, 1)});
    const int polera = m_shop->storeProduct(u"Polera"_s, u"pol-1"_s);
    const int jeans = m_shop->storeProduct(u"Jeans"_s, u"JEA-1"_s);
    m_shop->storeProduct(u"Otra cosa"_s, u"OTRA"_s);

    auto worker = makeWorker();
    worker->start();
    QVERIFY(worker->waitCycles(1));
    const SyncSummary summary = worker->cycles.first();
    QVERIFY2(summary.ok(), QJsonDocument(summary.toJson()).toJson().constData());
    QVERIFY(summary.cataloguePulled);
    QCOMPARE(summary.linked, 2);
    QCOMPARE(summary.bsale.inserted, 3);
    QCOMPARE(summary.jumpseller.inserted, 3);
    QCOMPARE(summary.needsManualLink, 0);
    QVERIFY(worker->linksChanged >= 1);

    const LinkRepository links(*m_shop->journal);
    const QList<Link> all = links.all();
    QCOMPARE(all.size(), 2);
    QSet<qint64> storeProducts;
    for (const Link &link : all) {
        QCOMPARE(link.how, LinkMethod::Sku);
        QVERIFY(link.createdAt.isValid());
        storeProducts.insert(link.store.productId);
    }
    QCOMPARE(storeProducts, (QSet<qint64> {polera, jeans}));
    QCOMPARE(links.linkedPairs().size(), 2);

    bool pulledWithTotal = false;
    QList<SyncPhase> phases;
    for (const SyncProgress &p : std::as_const(worker->progress)) {
        pulledWithTotal = pulledWithTotal || (p.phase == SyncPhase::PullingBsale && p.total == 3 && p.done == 3);
        if (phases.isEmpty() || phases.last() != p.phase)
            phases.append(p.phase);
    }
    QVERIFY(pulledWithTotal);
    QVERIFY(phases.contains(SyncPhase::Linking));
    QCOMPARE(phases.last(), SyncPhase::Idle);
}

void TestSyncWorker::duplicateSkuIsNotLinkedAndListed()
{
    QList<int> first;
    QList<int> second;
    m_shop->bsaleProduct(u"Taza roja"_s, {item(u"TAZA"_s, 3)}, &first);
    m_shop->bsaleProduct(u"Taza azul"_s, {item(u"TAZA"_s, 4)}, &second);
    m_shop->bsaleProduct(u"Plato"_s, {item(u"PLATO"_s, 4)});
    m_shop->storeProduct(u"Taza"_s, u"TAZA"_s);
    m_shop->storeProduct(u"Plato"_s, u"PLATO"_s);

    auto worker = makeWorker();
    worker->start();
    QVERIFY(worker->waitCycles(1));
    QCOMPARE(worker->cycles.first().linked, 1);
    QCOMPARE(worker->cycles.first().needsManualLink, 3);
    const LinkRepository links(*m_shop->journal);
    QVERIFY(!links.forErp(first.first()));
    QVERIFY(!links.forErp(second.first()));

    worker->post([](SyncWorker &w) { w.requestLinkIssues(); });
    QVERIFY(QTest::qWaitFor([&] { return !worker->issues.isEmpty(); }, 5000));
    const QList<NeedsManualLink> issues = worker->issues.first();
    QCOMPARE(issues.size(), 3);
    QSet<qint64> erpIds;
    for (const NeedsManualLink &issue : issues) {
        QCOMPARE(issue.reason, NeedsManualLink::Reason::Duplicate);
        QCOMPARE(issue.key, u"TAZA"_s);
        QVERIFY(!issue.detail.isEmpty());
        if (issue.side == NeedsManualLink::Side::Erp)
            erpIds.insert(issue.erpVariantId);
    }
    QCOMPARE(erpIds, (QSet<qint64> {first.first(), second.first()}));
}

void TestSyncWorker::manualLinkSurvivesAutoLinking()
{
    QList<int> ids;
    m_shop->bsaleProduct(u"Polera"_s, {item(u"POL-1"_s, 5)}, &ids);
    m_shop->storeProduct(u"Polera"_s, u"POL-1"_s);
    const int other = m_shop->storeProduct(u"Polera (tienda)"_s, u"POL-1-WEB"_s);

    auto worker = makeWorker();
    worker->start();
    QVERIFY(worker->waitCycles(1));
    QCOMPARE(worker->cycles.first().linked, 1);
    const qint64 erpId = ids.first();
    worker->post([erpId, other](SyncWorker &w) { w.link(erpId, StoreVariantKey {other, 0}); });
    worker->post([](SyncWorker &w) { w.syncNow(); });
    QVERIFY(worker->waitCycles(2));
    QVERIFY(worker->errors.isEmpty());
    QCOMPARE(worker->cycles.at(1).linked, 0);
    const auto link = LinkRepository(*m_shop->journal).forErp(erpId);
    QVERIFY(link);
    QCOMPARE(link->how, LinkMethod::Manual);
    QCOMPARE(link->store, (StoreVariantKey {other, 0}));
    QCOMPARE(LinkRepository(*m_shop->journal).count(), 1);
}

void TestSyncWorker::unlinkedPairStaysApart()
{
    QList<int> ids;
    m_shop->bsaleProduct(u"Polera"_s, {item(u"POL-1"_s, 5)}, &ids);
    m_shop->storeProduct(u"Polera"_s, u"POL-1"_s);
    auto worker = makeWorker();
    worker->start();
    QVERIFY(worker->waitCycles(1));
    const qint64 erpId = ids.first();
    worker->post([erpId](SyncWorker &w) { w.unlink(erpId); });
    worker->post([](SyncWorker &w) { w.syncNow(); });
    QVERIFY(worker->waitCycles(2));
    QCOMPARE(worker->cycles.at(1).linked, 0);
    QVERIFY(!LinkRepository(*m_shop->journal).forErp(erpId));
}

void TestSyncWorker::secondCycleRewritesNothing()
{
    for (int i = 0; i < 12; ++i)
        m_shop->bsaleProduct(u"Producto %1"_s.arg(i), {item(u"P-%1"_s.arg(i), double(i))});
    auto worker = makeWorker();
    worker->start();
    QVERIFY(worker->waitCycles(1));
    worker->post([](SyncWorker &w) { w.syncNow(); });
    QVERIFY(worker->waitCycles(2));
    QCOMPARE(worker->cycles.at(1).bsale, (CatalogCounts {0, 0, 12, 0}));
    // A stock change in Bsale is one update, nothing else.
    const QList<ErpVariant> rows = CatalogRepository(*m_shop->journal).erpVariants();
    m_shop->bsale.setStock(int(rows.at(3).variantId), m_shop->basics.officeId, 99);
    worker->post([](SyncWorker &w) { w.syncNow(); });
    QVERIFY(worker->waitCycles(3));
    QCOMPARE(worker->cycles.at(2).bsale, (CatalogCounts {0, 1, 11, 0}));
    QCOMPARE(CatalogRepository(*m_shop->journal).erpVariant(rows.at(3).variantId)->quantityAvailable, 99.0);
}

void TestSyncWorker::stagesRunInOrderAfterLinking()
{
    m_shop->bsaleProduct(u"Polera"_s, {item(u"POL-1"_s, 5)});
    m_shop->storeProduct(u"Polera"_s, u"POL-1"_s);
    QStringList log; // written on the worker thread, read after it stopped
    std::vector<std::unique_ptr<SyncStage>> stages;
    stages.push_back(std::make_unique<RecordingStage>(u"stock"_s, true, &log));
    stages.push_back(std::make_unique<RecordingStage>(u"orders"_s, false, &log));
    auto worker = makeWorker(manualTimers(), {}, std::move(stages));
    worker->start();
    QVERIFY(worker->waitCycles(1));
    const SyncSummary summary = worker->cycles.first();
    QCOMPARE(summary.pushed, 4);
    QCOMPARE(summary.skipped, 2);
    QCOMPARE(summary.errors.size(), 1);
    QCOMPARE(summary.errors.first().subsystem, u"stock"_s); // empty subsystem → the stage's name
    QCOMPARE(summary.stages.value(u"orders"_s).toObject().value(u"note"_s).toString(), u"orders"_s);
    QCOMPARE(summary.stages.value(u"stock"_s).toObject().value(u"pushed"_s).toInt(), 2);
    bool stageProgress = false;
    for (const SyncProgress &p : std::as_const(worker->progress))
        stageProgress = stageProgress || (p.phase == SyncPhase::Stage && p.stage == u"orders"_s && p.done == 1);
    QVERIFY(stageProgress);

    worker->post([](SyncWorker &w) { w.retry(u"orders"_s, 42); });
    worker->post([](SyncWorker &w) { w.retry(u"orders"_s, 7); });
    worker->post([](SyncWorker &w) { w.retry(u"nope"_s, 1); });
    QVERIFY(QTest::qWaitFor([&] { return worker->errors.size() >= 2; }, 5000));
    QVERIFY(worker->shutdown());
    QCOMPARE(log,
             (QStringList {u"stock:start"_s, u"orders:start"_s, u"stock:run links=1 fresh=1"_s,
                           u"orders:run links=1 fresh=1"_s, u"orders:retry 42"_s, u"orders:retry 7"_s, u"stock:stop"_s,
                           u"orders:stop"_s}));
    QVERIFY(worker->errors.at(1).message.contains(u"nope"_s));
}

void TestSyncWorker::bsaleDownThenCatchesUpOnItsOwn()
{
    m_shop->bsaleProduct(u"Polera"_s, {item(u"POL-1"_s, 5)});
    m_shop->storeProduct(u"Polera"_s, u"POL-1"_s);
    // Bsale answers 503 to everything for a while.
    m_shop->bsale.injectFault(fakes::HttpFault::Status503, 1000, u"/v1/"_s);
    SyncWorker::Options options;
    options.recommendedLimits = false; // timers on: the worker retries by itself
    auto worker = makeWorker(options, [](SyncSettings &s) {
        s.retryIntervalMs = 200;
        s.retryAttempts = 1;
    });
    worker->start();
    QVERIFY(worker->waitCycles(1));
    const SyncSummary failed = worker->cycles.first();
    QVERIFY(!failed.ok());
    QVERIFY(!failed.cataloguePulled);
    QCOMPARE(failed.errors.size(), 1);
    QCOMPARE(failed.errors.first().subsystem, u"bsale"_s);
    QVERIFY(failed.errors.first().retryable);
    QCOMPARE(failed.jumpseller.inserted, 1); // the store side was read and kept
    QCOMPARE(CatalogRepository(*m_shop->journal).erpCount(), 0);

    // Meanwhile Bsale gets a new product; then it comes back.
    m_shop->bsaleProduct(u"Jeans"_s, {item(u"JEA-1"_s, 2)});
    m_shop->bsale.clearFaults();
    QVERIFY(QTest::qWaitFor([&] { return !worker->cycles.isEmpty() && worker->cycles.last().ok(); }, 10000));
    const SyncSummary caughtUp = worker->cycles.last();
    QCOMPARE(caughtUp.bsale.inserted, 2);
    QCOMPARE(caughtUp.linked, 1);
    QCOMPARE(CatalogRepository(*m_shop->journal).erpCount(), 2);
    QCOMPARE(LinkRepository(*m_shop->journal).count(), 1);
}

void TestSyncWorker::storeDownKeepsTheBsaleSide()
{
    m_shop->bsaleProduct(u"Polera"_s, {item(u"POL-1"_s, 5)});
    m_shop->storeProduct(u"Polera"_s, u"POL-1"_s);
    auto worker = makeWorker();
    worker->start();
    QVERIFY(worker->waitCycles(1));
    QCOMPARE(worker->cycles.first().linked, 1);

    m_shop->store.injectFault(fakes::HttpFault::Status500, 1000, u"/v1/products"_s);
    m_shop->bsale.setStock(int(CatalogRepository(*m_shop->journal).erpVariants().first().variantId),
                           m_shop->basics.officeId, 8);
    worker->post([](SyncWorker &w) { w.syncNow(); });
    QVERIFY(worker->waitCycles(2));
    const SyncSummary second = worker->cycles.at(1);
    QVERIFY(!second.ok());
    QCOMPARE(second.errors.first().subsystem, u"jumpseller"_s);
    QCOMPARE(second.bsale.updated, 1);
    // Nothing of the store side was lost: its rows and the link are still there.
    QCOMPARE(CatalogRepository(*m_shop->journal).storeCount(), 1);
    QCOMPARE(LinkRepository(*m_shop->journal).count(), 1);
    QCOMPARE(second.unlinked, 0);
}

void TestSyncWorker::stopMidRequestWithinTwoSeconds()
{
    m_shop->bsaleProduct(u"Polera"_s, {item(u"POL-1"_s, 5)});
    m_shop->bsale.injectFault(fakes::HttpFault::Timeout, 10, u"variants"_s);
    auto worker = makeWorker(manualTimers(), [](SyncSettings &s) { s.requestTimeoutMs = 60000; });
    worker->start();
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const auto &request : m_shop->bsale.requests()) {
                if (request.path.endsWith(u"variants.json"_s))
                    return true;
            }
            return false;
        },
        5000));
    QTest::qWait(50); // the request is on the wire and hanging
    QVERIFY(worker->cycles.isEmpty());
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY2(worker->shutdown(2000), "the sync thread did not stop within 2 s");
    QVERIFY(elapsed.elapsed() < 2000);
    QVERIFY(!worker->isRunning());
    QVERIFY(QTest::qWaitFor([&] { return worker->workerDeleted(); }, 1000));
    qInfo("stopped %lld ms after the request", static_cast<long long>(elapsed.elapsed()));
}

void TestSyncWorker::cancelMidRequestReportsCanceled()
{
    m_shop->bsaleProduct(u"Polera"_s, {item(u"POL-1"_s, 5)});
    m_shop->bsale.injectFault(fakes::HttpFault::Timeout, 1, u"variants"_s);
    auto worker = makeWorker(manualTimers(), [](SyncSettings &s) { s.requestTimeoutMs = 60000; });
    worker->start();
    QVERIFY(QTest::qWaitFor([&] { return m_shop->bsale.requestCount() > 0; }, 5000));
    QTest::qWait(50);
    worker->post([](SyncWorker &w) { w.cancel(); });
    QVERIFY(worker->waitCycles(1, 3000));
    QVERIFY(worker->cycles.first().canceled);
    QCOMPARE(worker->cycles.first().status(), u"canceled"_s);
    // The next cycle runs normally.
    worker->post([](SyncWorker &w) { w.syncNow(); });
    QVERIFY(worker->waitCycles(2));
    QVERIFY(worker->cycles.at(1).ok());
    QCOMPARE(worker->cycles.at(1).bsale.inserted, 1);
}

void TestSyncWorker::mappingAndExclusionCommands()
{
    auto worker = makeWorker();
    worker->start();
    QVERIFY(worker->waitCycles(1));
    worker->post([](SyncWorker &w) { w.setMapping(Mapping {MappingKind::Category, u"3"_s, u"17"_s, {}}); });
    worker->post([](SyncWorker &w) { w.setMapping(Mapping {MappingKind::Brand, u"7"_s, u"Acme"_s, {}}); });
    worker->post([](SyncWorker &w) { w.removeMapping(MappingKind::Category, u"3"_s); });
    worker->post([](SyncWorker &w) {
        w.setExclusion(Exclusion {ExclusionSide::Erp, ExclusionKind::Brand, u"7"_s, u"consignment"_s, {}});
    });
    worker->post([](SyncWorker &w) { w.requestMappings(); });
    worker->post([](SyncWorker &w) { w.requestExclusions(); });
    QVERIFY(QTest::qWaitFor([&] { return worker->mappings.size() == 4 && worker->exclusions.size() == 2; }, 5000));
    QCOMPARE(worker->mappings.at(0).size(), 1);
    QCOMPARE(worker->mappings.at(1).size(), 2);
    QCOMPARE(worker->mappings.at(3), (QList<Mapping> {worker->mappings.at(2)}));
    QCOMPARE(worker->mappings.at(3).first().kind, MappingKind::Brand);
    QCOMPARE(worker->exclusions.last().first().reason, u"consignment"_s);
    worker->post([](SyncWorker &w) { w.removeExclusion(ExclusionSide::Erp, ExclusionKind::Brand, u"7"_s); });
    QVERIFY(QTest::qWaitFor([&] { return worker->exclusions.size() == 3; }, 5000));
    QVERIFY(worker->exclusions.last().isEmpty());
    QVERIFY(worker->errors.isEmpty());
}

void TestSyncWorker::badCommandsReportErrors()
{
    auto worker = makeWorker();
    worker->start();
    QVERIFY(worker->waitCycles(1));
    worker->post([](SyncWorker &w) { w.link(12345, StoreVariantKey {1, 0}); });
    worker->post([](SyncWorker &w) { w.unlink(12345); });
    worker->post([](SyncWorker &w) { w.setMapping(Mapping {MappingKind::Brand, u"acme"_s, u"Acme"_s, {}}); });
    QVERIFY(QTest::qWaitFor([&] { return worker->errors.size() == 3; }, 5000));
    QCOMPARE(worker->errors.at(0).subsystem, u"links"_s);
    QVERIFY(worker->errors.at(0).message.contains(u"12345"_s));
    QVERIFY(worker->errors.at(1).message.contains(u"not linked"_s));
    QCOMPARE(worker->errors.at(2).subsystem, u"mappings"_s);
}

void TestSyncWorker::clientConfigScalesTheRecommendedLimits()
{
    SyncSettings s;
    s.bsaleBaseUrl = QUrl(u"https://api.bsale.io"_s);
    s.jumpsellerBaseUrl = QUrl(u"https://api.jumpseller.com/v1"_s);
    const ApiClientConfig plain = SyncWorker::clientConfig(s, SyncWorker::Options {});
    const QStringList hosts {u"api.bsale.io"_s, u"api.jumpseller.com"_s};
    for (const QString &host : hosts)
        QVERIFY2(!plain.rateLimits.hostLimits.value(host).isEmpty(), qPrintable(host));

    SyncWorker::Options scaledOptions;
    scaledOptions.rateScale = 4; // the demo: a sandbox started with --rate-scale 4
    const ApiClientConfig scaled = SyncWorker::clientConfig(s, scaledOptions);
    for (const QString &host : hosts) {
        const auto before = plain.rateLimits.hostLimits.value(host);
        const auto after = scaled.rateLimits.hostLimits.value(host);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(after.at(i).ratePerSecond, before.at(i).ratePerSecond * 4);
            QCOMPARE(after.at(i).burst, before.at(i).burst);
        }
    }

    SyncWorker::Options unpaced;
    unpaced.recommendedLimits = false;
    QVERIFY(SyncWorker::clientConfig(s, unpaced).rateLimits.hostLimits.isEmpty());

    // Both behind one host (a proxy): every limit of both sides applies to it.
    s.jumpsellerBaseUrl = QUrl(u"https://api.bsale.io/jumpseller/v1"_s);
    QCOMPARE(SyncWorker::clientConfig(s, SyncWorker::Options {}).rateLimits.hostLimits.value(u"api.bsale.io"_s).size(),
             plain.rateLimits.hostLimits.value(u"api.bsale.io"_s).size()
                 + plain.rateLimits.hostLimits.value(u"api.jumpseller.com"_s).size());
}

QTEST_GUILESS_MAIN(TestSyncWorker)
#include "tst_syncworker.moc"
