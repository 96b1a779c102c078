// SyncController owns the sync thread: it starts the worker there, forwards commands, and shuts
// down within 2 s even while a request hangs. The worker talks to the fakes in this process.
#include "../integration/SyncTestShop.h"
#include "SyncController.h"
#include "journal/LinkRepository.h"

#include <QtCore/QElapsedTimer>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;
using namespace puente;
using puente::test::item;
using puente::test::SyncTestShop;

class TestSyncController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runsTheWorkerOnItsOwnThread();
    void forwardsCommands();
    void shutsDownWithinTwoSecondsMidRequest();

private:
    std::unique_ptr<SyncWorker> makeWorker(int requestTimeoutMs = 5000);

    std::unique_ptr<SyncTestShop> m_shop;
};

void TestSyncController::init()
{
    m_shop = std::make_unique<SyncTestShop>();
    QVERIFY(!m_shop->journalError);
}

void TestSyncController::cleanup()
{
    m_shop.reset();
}

std::unique_ptr<SyncWorker> TestSyncController::makeWorker(int requestTimeoutMs)
{
    SyncSettings settings = m_shop->settings();
    settings.requestTimeoutMs = requestTimeoutMs;
    SyncWorker::Options options;
    options.timers = false;
    options.recommendedLimits = false;
    return std::make_unique<SyncWorker>(settings, m_shop->credentials(), *m_shop->journal, options);
}

void TestSyncController::runsTheWorkerOnItsOwnThread()
{
    m_shop->bsaleProduct(u"Polera"_s, {item(u"POL-1"_s, 5)});
    m_shop->storeProduct(u"Polera"_s, u"POL-1"_s);
    SyncController controller;
    QList<SyncSummary> cycles;
    QThread *workerThread = nullptr;
    auto worker = makeWorker();
    connect(worker.get(), &SyncWorker::started, &controller, [&] { workerThread = controller.worker()->thread(); });
    connect(worker.get(), &SyncWorker::cycleFinished, &controller,
            [&cycles](const SyncSummary &summary) { cycles.append(summary); });
    controller.start(std::move(worker));
    QVERIFY(controller.isRunning());
    QVERIFY(QTest::qWaitFor([&] { return !cycles.isEmpty(); }, 10000));
    QCOMPARE(workerThread, controller.thread());
    QVERIFY(workerThread != QThread::currentThread());
    QCOMPARE(cycles.first().linked, 1);
    QVERIFY(controller.shutdown());
    QVERIFY(!controller.isRunning());
    QVERIFY(QTest::qWaitFor([&] { return controller.worker() == nullptr; }, 1000)); // deleted on its thread
}

void TestSyncController::forwardsCommands()
{
    QList<int> ids;
    m_shop->bsaleProduct(u"Polera"_s, {item(u"POL-1"_s, 5)}, &ids);
    const int storeId = m_shop->storeProduct(u"Polera web"_s, u"WEB-1"_s);
    SyncController controller;
    QList<SyncSummary> cycles;
    int linksChanged = 0;
    QList<ImportReport> imports;
    auto worker = makeWorker();
    connect(worker.get(), &SyncWorker::cycleFinished, &controller,
            [&cycles](const SyncSummary &summary) { cycles.append(summary); });
    connect(worker.get(), &SyncWorker::linksChanged, &controller, [&linksChanged] { ++linksChanged; });
    connect(worker.get(), &SyncWorker::importFinished, &controller,
            [&imports](const ImportReport &report) { imports.append(report); });
    controller.start(std::move(worker));
    QVERIFY(QTest::qWaitFor([&] { return !cycles.isEmpty(); }, 10000));
    QCOMPARE(cycles.first().linked, 0);

    controller.link(ids.first(), StoreVariantKey {storeId, 0});
    QVERIFY(QTest::qWaitFor([&] { return linksChanged == 1; }, 5000));
    QCOMPARE(LinkRepository(*m_shop->journal).forErp(ids.first())->how, LinkMethod::Manual);
    controller.unlink(ids.first());
    QVERIFY(QTest::qWaitFor([&] { return linksChanged == 2; }, 5000));
    QCOMPARE(LinkRepository(*m_shop->journal).count(), 0);
    controller.importProducts({});
    QVERIFY(QTest::qWaitFor([&] { return !imports.isEmpty(); }, 10000));
    QCOMPARE(imports.first().productsCreated, 1);
    controller.syncNow();
    QVERIFY(QTest::qWaitFor([&] { return cycles.size() == 2; }, 10000));
    QVERIFY(cycles.at(1).ok());
}

void TestSyncController::shutsDownWithinTwoSecondsMidRequest()
{
    m_shop->bsaleProduct(u"Polera"_s, {item(u"POL-1"_s, 5)});
    m_shop->bsale.injectFault(fakes::HttpFault::Timeout, 100, u"/v1/"_s);
    SyncController controller;
    controller.start(makeWorker(120000));
    QVERIFY(QTest::qWaitFor([&] { return m_shop->bsale.requestCount() > 0; }, 5000));
    QTest::qWait(50);
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(controller.shutdown());
    QVERIFY(elapsed.elapsed() < SyncController::kShutdownTimeoutMs);
    QVERIFY(!controller.isRunning());
}

QTEST_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
