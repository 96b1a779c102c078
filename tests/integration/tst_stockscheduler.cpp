// StockScheduler on a ManualClock with the fakes: polls on time (from the start of the previous
// poll), a reconcile first and every reconcileMinutes, "sync now", hints merged while a pass
// runs, the catalogue pull before a reconcile, and the HealthMonitor fed from the results.
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include "StockTestRig.h"
#include "sync/HealthMonitor.h"
#include "sync/StockScheduler.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;
using puente::test::LinkedItem;
using puente::test::StockTestRig;

namespace {
StockCycleResult::Kind kindOf(const QSignalSpy &spy, qsizetype i)
{
    return spy.at(i).at(0).value<StockCycleResult>().kind;
}
} // namespace

class TestStockScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pollsOnTime();
    void reconcileFirstThenOnItsTimer();
    void syncNowRunsAReconcileNext();
    void hintsDuringAPassAreMerged();
    void pullRunsBeforeReconcile();
    void healthFollowsResults();
    void stopEndsTheTimers();
    void reconcileNowReportsItsResult();

private:
    std::unique_ptr<StockTestRig> rig;
    std::unique_ptr<StockScheduler> scheduler;
};

void TestStockScheduler::init()
{
    StockSettings settings;
    settings.pollSeconds = 5;
    rig = std::make_unique<StockTestRig>(settings);
    QVERIFY(rig->ready());
    scheduler = std::make_unique<StockScheduler>(*rig->cycle, rig->clock);
}

void TestStockScheduler::cleanup()
{
    scheduler.reset();
    rig.reset();
}

void TestStockScheduler::pollsOnTime()
{
    QSignalSpy passes(scheduler.get(), &StockScheduler::passFinished);
    scheduler->start(false);
    QVERIFY(rig->pumpShortWaits([&] { return passes.size() == 1; }));
    QCOMPARE(kindOf(passes, 0), StockCycleResult::Kind::Fast);
    const qint64 firstEnded = rig->clock.monotonicMs();
    QVERIFY(firstEnded < 5000);
    rig->clock.advance(5000 - firstEnded - 1);
    rig->pumpShortWaits([] { return false; }, 0, 100);
    QCOMPARE(passes.size(), 1);
    rig->clock.advance(1); // 5 s after the first poll started
    QVERIFY(rig->pumpShortWaits([&] { return passes.size() == 2; }));
    QCOMPARE(kindOf(passes, 1), StockCycleResult::Kind::Fast);
    // A minute in all: one poll per 5 s, each 5 s after the previous one started.
    QVERIFY(rig->runUntil(60000, [&] { return scheduler->isBusy(); }));
    QCOMPARE(passes.size(), 13); // at 0, 5, ..., 60 s
}

void TestStockScheduler::reconcileFirstThenOnItsTimer()
{
    StockSettings settings;
    settings.pollSeconds = 20;
    rig->makeCycle(settings);
    scheduler = std::make_unique<StockScheduler>(*rig->cycle, rig->clock);
    scheduler->setReconcileInterval(2 * 60000);
    rig->linkItem(u"A"_s, 3, 5);
    QSignalSpy passes(scheduler.get(), &StockScheduler::passFinished);
    scheduler->start(true);
    QVERIFY(rig->pumpShortWaits([&] { return passes.size() == 1; }));
    QCOMPARE(kindOf(passes, 0), StockCycleResult::Kind::Reconcile);
    QCOMPARE(passes[0][0].value<StockCycleResult>().pushed, 1);
    // Then polls, and the next reconcile 2 minutes after start.
    QVERIFY(rig->runUntil(2 * 60000 + 2000, [&] { return scheduler->isBusy(); }));
    int reconciles = 0;
    for (qsizetype i = 0; i < passes.size(); ++i)
        reconciles += kindOf(passes, i) == StockCycleResult::Kind::Reconcile;
    QCOMPARE(reconciles, 2);
    QVERIFY2(passes.size() >= 7 && passes.size() <= 9, qPrintable(QString::number(passes.size()))); // + 6 polls
}

void TestStockScheduler::syncNowRunsAReconcileNext()
{
    QSignalSpy passes(scheduler.get(), &StockScheduler::passFinished);
    scheduler->start(false);
    QVERIFY(rig->pumpShortWaits([&] { return passes.size() == 1; }));
    scheduler->syncNow();
    QVERIFY(rig->pumpShortWaits([&] { return passes.size() == 2; }));
    QCOMPARE(kindOf(passes, 1), StockCycleResult::Kind::Reconcile);
}

void TestStockScheduler::hintsDuringAPassAreMerged()
{
    const LinkedItem a = rig->linkItem(u"A"_s, 10, 10);
    const LinkedItem b = rig->linkItem(u"B"_s, 10, 10);
    QSignalSpy passes(scheduler.get(), &StockScheduler::passFinished);
    scheduler->start(false);
    QVERIFY(rig->sell(a, 1));
    QVERIFY(rig->sell(b, 2));
    QVERIFY(QTest::qWaitFor([&] { return scheduler->isBusy(); }, 1000)); // the first poll runs
    BsaleHint hint;
    hint.topic = u"stock"_s;
    hint.variantId = a.erpVariantId;
    scheduler->takeBsaleHint(hint);
    hint.variantId = b.erpVariantId;
    scheduler->takeBsaleHint(hint);
    QVERIFY(rig->pumpShortWaits([&] { return passes.size() == 2; }));
    QCOMPARE(kindOf(passes, 0), StockCycleResult::Kind::Fast);
    QCOMPARE(kindOf(passes, 1), StockCycleResult::Kind::Hinted);
    QCOMPARE(passes[1][0].value<StockCycleResult>().touchedVariants, 2); // one pass for both
    QCOMPARE(rig->storeStock(a), std::optional<int>(9));
    QCOMPARE(rig->storeStock(b), std::optional<int>(8));
}

void TestStockScheduler::pullRunsBeforeReconcile()
{
    QSignalSpy passes(scheduler.get(), &StockScheduler::passFinished);
    int pulls = 0;
    bool pullOk = false;
    scheduler->setCataloguePull([&](std::function<void(bool, const QString &)> pulled) {
        ++pulls;
        rig->clock.schedule(10, rig->cycle.get(), [pulled, &pullOk] { pulled(pullOk, u"Bsale unreachable"_s); });
    });
    scheduler->start(true);
    QVERIFY(rig->pumpShortWaits([&] { return passes.size() == 1; }));
    QCOMPARE(pulls, 1);
    auto result = passes[0][0].value<StockCycleResult>();
    QCOMPARE(result.kind, StockCycleResult::Kind::Reconcile);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, u"catalogue pull: Bsale unreachable"_s);
    pullOk = true;
    scheduler->syncNow();
    QVERIFY(rig->pumpShortWaits([&] { return passes.size() >= 2; }));
    QCOMPARE(pulls, 2);
    result = passes[1][0].value<StockCycleResult>();
    QCOMPARE(result.kind, StockCycleResult::Kind::Reconcile);
    QVERIFY(result.ok);
}

void TestStockScheduler::healthFollowsResults()
{
    StockSettings settings;
    settings.pollSeconds = 300; // an hour of quiet in a dozen polls
    rig->makeCycle(settings);
    scheduler = std::make_unique<StockScheduler>(*rig->cycle, rig->clock);
    const LinkedItem a = rig->linkItem(u"A"_s, 10, 10);
    HealthMonitor health(rig->clock, 1);
    health.start();
    scheduler->setHealthMonitor(&health);
    QSignalSpy passes(scheduler.get(), &StockScheduler::passFinished);
    scheduler->start(false);
    QVERIFY(rig->pumpShortWaits([&] { return passes.size() == 1; }));
    QVERIFY(health.health().bsale.lastSuccess.isValid());
    QVERIFY(!health.health().lastMovement.isValid());

    QVERIFY(rig->sell(a, 1));
    rig->clock.advance(300000 - rig->clock.monotonicMs());
    QVERIFY(rig->pumpShortWaits([&] { return passes.size() == 2; }));
    QCOMPARE(health.health().lastMovement, passes[1][0].value<StockCycleResult>().finishedAt);
    QVERIFY(health.health().store.lastSuccess.isValid());

    rig->bsale.injectFault(fakes::HttpFault::Status500, 1000);
    rig->clock.advance(300000);
    QVERIFY(rig->pump([&] { return passes.size() == 3; }));
    QCOMPARE(health.health().bsale.consecutiveErrors, 1);
    QVERIFY(!health.health().healthy());
    rig->bsale.clearFaults();
    // An hour without movements: stale.
    QVERIFY(rig->runUntil(rig->clock.monotonicMs() + 3600 * 1000, [&] { return scheduler->isBusy(); }));
    QVERIFY(health.health().stale);
    QCOMPARE(health.health().staleHours, 1);
}

void TestStockScheduler::stopEndsTheTimers()
{
    QSignalSpy passes(scheduler.get(), &StockScheduler::passFinished);
    scheduler->start(false);
    QVERIFY(rig->pumpShortWaits([&] { return passes.size() == 1; }));
    scheduler->stop();
    QVERIFY(!scheduler->isActive());
    rig->pump([] { return false; }, 300);
    QCOMPARE(passes.size(), 1);
    scheduler->syncNow(); // stopped: nothing starts
    rig->pump([] { return false; }, 100);
    QCOMPARE(passes.size(), 1);
}

void TestStockScheduler::reconcileNowReportsItsResult()
{
    const LinkedItem a = rig->linkItem(u"A"_s, 4, 9);
    std::optional<StockCycleResult> result;
    QObject context;
    // Not started: the reconcile runs alone, no poll follows.
    scheduler->reconcileNow(&context, [&result](const StockCycleResult &r) { result = r; });
    QVERIFY(rig->pumpShortWaits([&] { return result.has_value(); }));
    QCOMPARE(result->kind, StockCycleResult::Kind::Reconcile);
    QCOMPARE(result->pushed, 1);
    QCOMPARE(rig->storeStock(a), std::optional<int>(4));
    QVERIFY(!scheduler->isActive());
    // While a poll runs, it waits for it; a destroyed context hears nothing.
    scheduler->start(false);
    QVERIFY(QTest::qWaitFor([&] { return scheduler->isBusy(); }, 1000));
    result.reset();
    auto gone = std::make_unique<QObject>();
    bool heard = false;
    scheduler->reconcileNow(gone.get(), [&heard](const StockCycleResult &) { heard = true; });
    scheduler->reconcileNow(&context, [&result](const StockCycleResult &r) { result = r; });
    gone.reset();
    QVERIFY(rig->pumpShortWaits([&] { return result.has_value(); }));
    QCOMPARE(result->kind, StockCycleResult::Kind::Reconcile);
    QVERIFY(!heard);
}

QTEST_GUILESS_MAIN(TestStockScheduler)
#include "tst_stockscheduler.moc"
