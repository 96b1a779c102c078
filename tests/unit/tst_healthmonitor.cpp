// HealthMonitor on a ManualClock: per-side success and error counts, and the "no stock movement
// from Bsale for N hours" warning, on time, in Spanish and English, growing by the hour and
// cleared by a movement.
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include "base/ManualClock.h"
#include "sync/HealthMonitor.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;

namespace {
constexpr qint64 kHour = 3600 * 1000;
}

class TestHealthMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsHealthy();
    void successAndFailurePerSide();
    void warnsAfterQuietHours();
    void warningGrowsByTheHour();
    void movementClearsWarning();
    void lastMovementFromEarlierRun();
    void zeroHoursNeverWarns();
    void staleHoursCanChange();
    void warningTexts();
};

void TestHealthMonitor::startsHealthy()
{
    ManualClock clock;
    HealthMonitor monitor(clock, 24);
    QSignalSpy changed(&monitor, &HealthMonitor::healthChanged);
    monitor.start();
    QCOMPARE(changed.size(), 1);
    const SyncHealth h = monitor.health();
    QVERIFY(h.healthy());
    QVERIFY(!h.stale);
    QVERIFY(!h.bsale.lastSuccess.isValid());
    QVERIFY(!h.lastMovement.isValid());
}

void TestHealthMonitor::successAndFailurePerSide()
{
    ManualClock clock;
    HealthMonitor monitor(clock, 24);
    monitor.start();
    clock.advance(1000);
    monitor.noteSuccess(HealthMonitor::Side::Bsale);
    QCOMPARE(monitor.health().bsale.lastSuccess, clock.nowUtc());
    clock.advance(1000);
    monitor.noteFailure(HealthMonitor::Side::Store, u"Too many requests (HTTP 429)"_s);
    monitor.noteFailure(HealthMonitor::Side::Store, u"Server error (HTTP 503)"_s);
    SyncHealth h = monitor.health();
    QCOMPARE(h.store.consecutiveErrors, 2);
    QCOMPARE(h.store.totalErrors, 2);
    QCOMPARE(h.store.lastError, u"Server error (HTTP 503)"_s);
    QCOMPARE(h.store.lastFailure, clock.nowUtc());
    QVERIFY(!h.healthy());
    QVERIFY(h.bsale.ok());
    monitor.noteSuccess(HealthMonitor::Side::Store);
    h = monitor.health();
    QCOMPARE(h.store.consecutiveErrors, 0);
    QCOMPARE(h.store.totalErrors, 2);
    QVERIFY(h.healthy());
}

void TestHealthMonitor::warnsAfterQuietHours()
{
    ManualClock clock;
    HealthMonitor monitor(clock, 6);
    QSignalSpy warnings(&monitor, &HealthMonitor::staleWarning);
    monitor.start();
    clock.advance(6 * kHour - 1);
    QVERIFY(!monitor.health().stale);
    QCOMPARE(warnings.size(), 0);
    clock.advance(1);
    QVERIFY(monitor.health().stale);
    QCOMPARE(monitor.health().staleHours, 6);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings[0][0].toInt(), 6);
    QCOMPARE(monitor.health().staleWarningEs,
             u"Tu tienda no está recibiendo actualizaciones de stock desde Bsale hace 6 horas"_s);
    QVERIFY(!monitor.health().healthy());
}

void TestHealthMonitor::warningGrowsByTheHour()
{
    ManualClock clock;
    HealthMonitor monitor(clock, 2);
    QSignalSpy warnings(&monitor, &HealthMonitor::staleWarning);
    monitor.start();
    clock.advance(5 * kHour + 30 * 60 * 1000);
    QCOMPARE(warnings.size(), 4); // 2, 3, 4, 5 hours
    QCOMPARE(warnings.last()[0].toInt(), 5);
    QCOMPARE(monitor.health().staleWarningEn, u"Your store has not received stock updates from Bsale for 5 hours"_s);
    QCOMPARE(clock.pendingCount(), 1); // one check ahead, not one per hour
}

void TestHealthMonitor::movementClearsWarning()
{
    ManualClock clock;
    HealthMonitor monitor(clock, 3);
    QSignalSpy warnings(&monitor, &HealthMonitor::staleWarning);
    monitor.start();
    clock.advance(3 * kHour);
    QVERIFY(monitor.health().stale);
    monitor.noteMovement();
    QVERIFY(!monitor.health().stale);
    QCOMPARE(monitor.health().lastMovement, clock.nowUtc());
    QCOMPARE(warnings.last()[0].toInt(), 0);
    QVERIFY(monitor.health().staleWarningEs.isEmpty());
    // The quiet period starts again from the movement.
    clock.advance(3 * kHour - 1);
    QVERIFY(!monitor.health().stale);
    clock.advance(1);
    QVERIFY(monitor.health().stale);
    // An older movement (a late webhook) does not reset it.
    monitor.noteMovement(clock.nowUtc().addSecs(-4 * 3600));
    QVERIFY(monitor.health().stale);
}

void TestHealthMonitor::lastMovementFromEarlierRun()
{
    ManualClock clock;
    HealthMonitor monitor(clock, 24);
    monitor.start(clock.nowUtc().addSecs(-25 * 3600));
    QVERIFY(monitor.health().stale);
    QCOMPARE(monitor.health().staleHours, 25);
}

void TestHealthMonitor::zeroHoursNeverWarns()
{
    ManualClock clock;
    HealthMonitor monitor(clock, 0);
    monitor.start();
    clock.advance(1000 * kHour);
    QVERIFY(!monitor.health().stale);
    QCOMPARE(clock.pendingCount(), 0);
}

void TestHealthMonitor::staleHoursCanChange()
{
    ManualClock clock;
    HealthMonitor monitor(clock, 24);
    monitor.start();
    clock.advance(5 * kHour);
    QVERIFY(!monitor.health().stale);
    monitor.setStaleHours(4);
    QVERIFY(monitor.health().stale);
    QCOMPARE(monitor.health().staleHours, 5);
    monitor.setStaleHours(0);
    QVERIFY(!monitor.health().stale);
}

void TestHealthMonitor::warningTexts()
{
    QCOMPARE(HealthMonitor::staleWarningEs(1),
             u"Tu tienda no está recibiendo actualizaciones de stock desde Bsale hace 1 hora"_s);
    QCOMPARE(HealthMonitor::staleWarningEn(1), u"Your store has not received stock updates from Bsale for 1 hour"_s);
    QCOMPARE(HealthMonitor::staleWarningEs(30),
             u"Tu tienda no está recibiendo actualizaciones de stock desde Bsale hace 30 horas"_s);
}

QTEST_GUILESS_MAIN(TestHealthMonitor)
#include "tst_healthmonitor.moc"
