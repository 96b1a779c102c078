// ManualClock (the test clock everything else relies on) and SystemClock.
#include <QtCore/QThread>
#include <QtCore/QTimeZone>
#include <QtTest/QTest>

#include "base/Clock.h"
#include "base/ManualClock.h"

using namespace Qt::Literals::StringLiterals;
using puente::ManualClock;
using puente::SystemClock;

class TestClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manualClockMovesOnlyOnAdvance();
    void advanceRunsDueCallbacksInOrder();
    void callbackSeesItsDueTime();
    void callbackScheduledDuringAdvanceRunsInTheSameAdvance();
    void destroyedContextIsSkipped();
    void zeroDelayGoesThroughTheEventLoop();
    void advanceToNextJumpsToTheEarliest();
    void otherThreadContextRunsOnItsThread();
    void systemClockRunsOnContextThreadAfterDelay();
    void systemClockTimeIsUtcAndMonotonic();
};

void TestClock::manualClockMovesOnlyOnAdvance()
{
    ManualClock clock;
    QCOMPARE(clock.monotonicMs(), 0);
    QCOMPARE(clock.nowUtc(), QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(clock.nowUtc().timeSpec(), Qt::UTC);
    clock.advance(1500);
    QCOMPARE(clock.monotonicMs(), 1500);
    QCOMPARE(clock.nowUtc(), QDateTime(QDate(2024, 1, 1), QTime(0, 0, 1, 500), QTimeZone::utc()));

    const QDateTime start(QDate(2030, 6, 1), QTime(12, 0), QTimeZone::utc());
    ManualClock other(start);
    other.advance(60000);
    QCOMPARE(other.nowUtc(), start.addSecs(60));
}

void TestClock::advanceRunsDueCallbacksInOrder()
{
    ManualClock clock;
    QObject context;
    QStringList ran;
    clock.schedule(300, &context, [&] { ran << u"300"_s; });
    clock.schedule(100, &context, [&] { ran << u"100a"_s; });
    clock.schedule(200, &context, [&] { ran << u"200"_s; });
    clock.schedule(100, &context, [&] { ran << u"100b"_s; });
    QCOMPARE(clock.pendingCount(), 4);
    QCOMPARE(clock.msUntilNext(), 100);

    clock.advance(99);
    QVERIFY(ran.isEmpty());
    clock.advance(151); // now 250
    QCOMPARE(ran, (QStringList {u"100a"_s, u"100b"_s, u"200"_s}));
    QCOMPARE(clock.monotonicMs(), 250);
    QCOMPARE(clock.msUntilNext(), 50);
    clock.advance(50);
    QCOMPARE(ran.size(), 4);
    QCOMPARE(ran.last(), u"300"_s);
    QCOMPARE(clock.pendingCount(), 0);
    QCOMPARE(clock.msUntilNext(), -1);
}

void TestClock::callbackSeesItsDueTime()
{
    ManualClock clock;
    QObject context;
    QList<qint64> seen;
    clock.schedule(40, &context, [&] { seen << clock.monotonicMs(); });
    clock.schedule(70, &context, [&] { seen << clock.monotonicMs(); });
    clock.advance(1000);
    QCOMPARE(seen, (QList<qint64> {40, 70}));
    QCOMPARE(clock.monotonicMs(), 1000);
}

void TestClock::callbackScheduledDuringAdvanceRunsInTheSameAdvance()
{
    ManualClock clock;
    QObject context;
    QList<qint64> ticks;
    std::function<void()> tick = [&] {
        ticks << clock.monotonicMs();
        if (ticks.size() < 5)
            clock.schedule(100, &context, tick);
    };
    clock.schedule(100, &context, tick);
    clock.advance(350);
    QCOMPARE(ticks, (QList<qint64> {100, 200, 300}));
    clock.advance(1000);
    QCOMPARE(ticks, (QList<qint64> {100, 200, 300, 400, 500}));
}

void TestClock::destroyedContextIsSkipped()
{
    ManualClock clock;
    bool ran = false;
    {
        QObject context;
        clock.schedule(10, &context, [&] { ran = true; });
    }
    clock.advance(20);
    QVERIFY(!ran);
}

void TestClock::zeroDelayGoesThroughTheEventLoop()
{
    ManualClock clock;
    QObject context;
    bool ran = false;
    clock.schedule(0, &context, [&] { ran = true; });
    QVERIFY(!ran); // never inside schedule()
    QCOMPARE(clock.pendingCount(), 0);
    QTRY_VERIFY(ran);
    QCOMPARE(clock.monotonicMs(), 0);
}

void TestClock::advanceToNextJumpsToTheEarliest()
{
    ManualClock clock;
    QObject context;
    int ran = 0;
    QVERIFY(!clock.advanceToNext());
    clock.schedule(2500, &context, [&] { ++ran; });
    clock.schedule(7000, &context, [&] { ++ran; });
    QVERIFY(clock.advanceToNext());
    QCOMPARE(clock.monotonicMs(), 2500);
    QCOMPARE(ran, 1);
    QVERIFY(clock.advanceToNext());
    QCOMPARE(clock.monotonicMs(), 7000);
    QCOMPARE(ran, 2);
}

void TestClock::otherThreadContextRunsOnItsThread()
{
    ManualClock clock;
    QThread thread;
    thread.start();
    auto *context = new QObject;
    context->moveToThread(&thread);
    std::atomic<QThread *> ranOn {nullptr};
    clock.schedule(10, context, [&] { ranOn = QThread::currentThread(); });
    clock.advance(10);
    QTRY_VERIFY(ranOn.load() != nullptr);
    QCOMPARE(ranOn.load(), &thread);
    context->deleteLater(); // processed by the thread as it finishes
    thread.quit();
    QVERIFY(thread.wait(5000));
}

void TestClock::systemClockRunsOnContextThreadAfterDelay()
{
    SystemClock &clock = SystemClock::instance();
    QObject context;
    bool ran = false;
    const qint64 start = clock.monotonicMs();
    qint64 at = -1;
    clock.schedule(30, &context, [&] {
        ran = true;
        at = clock.monotonicMs();
    });
    QVERIFY(!ran);
    QTRY_VERIFY(ran);
    QVERIFY2(at - start >= 29, qPrintable(QString::number(at - start)));
}

void TestClock::systemClockTimeIsUtcAndMonotonic()
{
    SystemClock &clock = SystemClock::instance();
    const qint64 a = clock.monotonicMs();
    const qint64 b = clock.monotonicMs();
    QVERIFY(b >= a);
    const QDateTime now = clock.nowUtc();
    QCOMPARE(now.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(now.msecsTo(QDateTime::currentDateTimeUtc())) < 5000);
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
