// StockStage inside a SyncWorker on its own thread, against FakeBsale and FakeJumpseller with a
// real journal: the cycle's pull and links feed a reconcile that pushes only differences; polls
// between cycles carry a POS sale to the store; a bad [stock] key or a failed pull are reported,
// not acted on; and puente-sync's stage list includes stock.
#include "SyncTestShop.h"
#include "WorkerThread.h"
#include "sync/StockStage.h"
#include "sync/SyncStages.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;
using namespace puente;
using puente::test::item;
using puente::test::SyncTestShop;
using puente::test::WorkerThread;

class TestStockStage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void cycleReconcilesOnlyDifferences();
    void pollsCarrySalesBetweenCycles();
    void badSettingIsReportedAndNothingPushed();
    void failedPullSkipsTheReconcile();
    void syncStagesIncludeStock();

private:
    std::unique_ptr<WorkerThread> makeWorker(const QVariantMap &stockOptions = {});
    std::unique_ptr<SyncTestShop> m_shop;
};

void TestStockStage::init()
{
    m_shop = std::make_unique<SyncTestShop>();
    QVERIFY(!m_shop->journalError);
}

void TestStockStage::cleanup()
{
    m_shop.reset();
}

std::unique_ptr<WorkerThread> TestStockStage::makeWorker(const QVariantMap &stockOptions)
{
    SyncSettings settings = m_shop->settings();
    settings.options = stockOptions;
    SyncWorker::Options options;
    options.timers = false;
    options.recommendedLimits = false;
    auto worker = std::make_unique<SyncWorker>(settings, m_shop->credentials(), *m_shop->journal, options);
    worker->addStage(std::make_unique<StockStage>(StockSettings::fromValues(settings.options)));
    return std::make_unique<WorkerThread>(std::move(worker));
}

void TestStockStage::cycleReconcilesOnlyDifferences()
{
    m_shop->bsaleProduct(u"Polera"_s, {item(u"POL-1"_s, 5)});
    m_shop->bsaleProduct(u"Jeans"_s, {item(u"JEA-1"_s, 2)});
    m_shop->bsaleProduct(u"Gorro"_s, {item(u"GOR-1"_s, 7)});
    const int polera = m_shop->storeProduct(u"Polera"_s, u"POL-1"_s, 0);
    const int jeans = m_shop->storeProduct(u"Jeans"_s, u"JEA-1"_s, 2);
    const int gorro = m_shop->storeProduct(u"Gorro"_s, u"GOR-1"_s, 9);
    auto worker = makeWorker();
    worker->start();
    QVERIFY(worker->waitCycles(1));
    const SyncSummary summary = worker->cycles.first();
    QVERIFY2(summary.ok(), QJsonDocument(summary.toJson()).toJson().constData());
    QCOMPARE(summary.linked, 3);
    QCOMPARE(summary.pushed, 2);
    QCOMPARE(summary.skipped, 1);
    const QJsonObject stock = summary.stages.value(u"stock"_s).toObject();
    QCOMPARE(stock.value(u"pairs"_s).toInt(), 3);
    QCOMPARE(stock.value(u"unchanged"_s).toInt(), 1);
    const QJsonObject health = stock.value(u"health"_s).toObject();
    QVERIFY(health.contains(u"lastMovement"_s));
    // The pull read Bsale in full and the reconcile wrote to the store: both sides are healthy.
    QVERIFY(health.value(u"bsale"_s).toObject().value(u"lastSuccess"_s).isString());
    QVERIFY(health.value(u"jumpseller"_s).toObject().value(u"lastSuccess"_s).isString());
    QCOMPARE(m_shop->store.productStock(polera), std::optional<int>(5));
    QCOMPARE(m_shop->store.productStock(jeans), std::optional<int>(2));
    QCOMPARE(m_shop->store.productStock(gorro), std::optional<int>(7));

    // A second cycle finds nothing to push.
    worker->post([](SyncWorker &w) { w.syncNow(); });
    QVERIFY(worker->waitCycles(2));
    QCOMPARE(worker->cycles.at(1).pushed, 0);
    QCOMPARE(worker->cycles.at(1).skipped, 3);
}

void TestStockStage::pollsCarrySalesBetweenCycles()
{
    QList<int> variants;
    m_shop->bsaleProduct(u"Polera"_s, {item(u"POL-1"_s, 5)}, &variants);
    const int polera = m_shop->storeProduct(u"Polera"_s, u"POL-1"_s, 5);
    auto worker = makeWorker({{u"stock/poll_seconds"_s, u"2"_s}});
    worker->start();
    QVERIFY(worker->waitCycles(1));
    QVERIFY(worker->cycles.first().ok());

    fakes::FakeBsale::SaleLine line;
    line.variantId = variants.first();
    line.quantity = 2;
    QVERIFY(m_shop->bsale.posSale(m_shop->basics.officeId, {line}).ok());
    // No cycle runs (timers off): the stage's own poll finds the sale.
    QVERIFY(QTest::qWaitFor([&] { return m_shop->store.productStock(polera) == std::optional<int>(3); }, 10000));
    QCOMPARE(worker->cycles.size(), 1);
}

void TestStockStage::badSettingIsReportedAndNothingPushed()
{
    m_shop->bsaleProduct(u"Polera"_s, {item(u"POL-1"_s, 5)});
    const int polera = m_shop->storeProduct(u"Polera"_s, u"POL-1"_s, 0);
    auto worker = makeWorker({{u"stock/poll_seconds"_s, u"1"_s}});
    worker->start();
    QVERIFY(worker->waitCycles(1));
    const SyncSummary summary = worker->cycles.first();
    QVERIFY(!summary.ok());
    QCOMPARE(summary.errors.size(), 1);
    QCOMPARE(summary.errors.first().subsystem, u"stock"_s);
    QVERIFY2(summary.errors.first().message.startsWith(u"stock/poll_seconds: "_s),
             qPrintable(summary.errors.first().message));
    QVERIFY(!summary.errors.first().retryable);
    QCOMPARE(m_shop->store.productStock(polera), std::optional<int>(0));
}

void TestStockStage::failedPullSkipsTheReconcile()
{
    m_shop->bsaleProduct(u"Polera"_s, {item(u"POL-1"_s, 5)});
    const int polera = m_shop->storeProduct(u"Polera"_s, u"POL-1"_s, 0);
    auto first = makeWorker();
    first->start();
    QVERIFY(first->waitCycles(1));
    QVERIFY(first->shutdown());
    QCOMPARE(m_shop->store.productStock(polera), std::optional<int>(5));

    // A merchant's edit in the store; then the store's catalogue cannot be read.
    QVERIFY(m_shop->store.setProductStock(polera, 11));
    m_shop->store.injectFault(fakes::HttpFault::Status500, 1000, u"^/v1/products"_s, "GET");
    auto second = makeWorker();
    second->start();
    QVERIFY(second->waitCycles(1));
    const SyncSummary summary = second->cycles.first();
    QVERIFY(!summary.ok()); // the pull's error
    QVERIFY(summary.stages.value(u"stock"_s).toObject().value(u"reconcile"_s).toString().startsWith(u"skipped"_s));
    QCOMPARE(m_shop->store.productStock(polera), std::optional<int>(11)); // not pushed from a stale journal
}

void TestStockStage::syncStagesIncludeStock()
{
    SyncSettings settings;
    settings.options = {{u"stock/presale"_s, u"yes"_s}};
    const auto stages = SyncStages::create(settings);
    QCOMPARE(stages.size(), std::size_t(2));
    QCOMPARE(stages.front()->name(), u"stock"_s); // first: the time-critical push
    QCOMPARE(stages.back()->name(), u"orders"_s);
    QCOMPARE(SyncStages::check(settings), QString());
    settings.options.insert(u"stock/poll_seconds"_s, u"often"_s);
    QVERIFY2(SyncStages::check(settings).contains(u"stock/poll_seconds"_s), qPrintable(SyncStages::check(settings)));
    settings.options.remove(u"stock/poll_seconds"_s);
    settings.options.insert(u"orders/emission"_s, u"sometimes"_s);
    QVERIFY2(SyncStages::check(settings).contains(u"orders/emission"_s), qPrintable(SyncStages::check(settings)));
}

QTEST_GUILESS_MAIN(TestStockStage)
#include "tst_stockstage.moc"
