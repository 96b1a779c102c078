// The self-pipe signal watcher: a raised signal reaches Qt code through the event loop only,
// and the previous handlers come back when the watcher goes.
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <csignal>

#include "base/UnixSignalWatcher.h"

using namespace Qt::Literals::StringLiterals;
using puente::UnixSignalWatcher;

namespace {
volatile sig_atomic_t g_customHandlerCalls = 0;
extern "C" void customHandler(int)
{
    g_customHandlerCalls = g_customHandlerCalls + 1;
}
} // namespace

class TestUnixSignalWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void raisedSignalArrivesThroughTheEventLoop();
    void everySignalIsDeliveredInOrder();
    void previousHandlerIsRestored();
    void onlyOneWatcherIsActive();
    void signalNames();
};

void TestUnixSignalWatcher::raisedSignalArrivesThroughTheEventLoop()
{
    UnixSignalWatcher watcher({SIGUSR1});
    QVERIFY(watcher.isActive());
    QSignalSpy received(&watcher, &UnixSignalWatcher::received);
    QCOMPARE(::raise(SIGUSR1), 0);
    QCOMPARE(received.count(), 0); // the handler only wrote to the pipe
    QVERIFY(received.wait(5000));
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).toInt(), SIGUSR1);
}

void TestUnixSignalWatcher::everySignalIsDeliveredInOrder()
{
    UnixSignalWatcher watcher({SIGUSR1, SIGUSR2});
    QSignalSpy received(&watcher, &UnixSignalWatcher::received);
    QCOMPARE(::raise(SIGUSR2), 0);
    QCOMPARE(::raise(SIGUSR1), 0);
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 2, 5000);
    QCOMPARE(received.at(0).at(0).toInt(), SIGUSR2);
    QCOMPARE(received.at(1).at(0).toInt(), SIGUSR1);
}

void TestUnixSignalWatcher::previousHandlerIsRestored()
{
    struct sigaction custom = {};
    custom.sa_handler = &customHandler;
    sigemptyset(&custom.sa_mask);
    struct sigaction original = {};
    QCOMPARE(::sigaction(SIGUSR2, &custom, &original), 0);
    {
        UnixSignalWatcher watcher({SIGUSR2});
        QSignalSpy received(&watcher, &UnixSignalWatcher::received);
        QCOMPARE(::raise(SIGUSR2), 0);
        QVERIFY(received.wait(5000));
        QCOMPARE(int(g_customHandlerCalls), 0);
    }
    QCOMPARE(::raise(SIGUSR2), 0);
    QCOMPARE(int(g_customHandlerCalls), 1);
    QCOMPARE(::sigaction(SIGUSR2, &original, nullptr), 0);
}

void TestUnixSignalWatcher::onlyOneWatcherIsActive()
{
    UnixSignalWatcher first({SIGUSR1});
    UnixSignalWatcher second({SIGUSR1});
    QVERIFY(first.isActive());
    QVERIFY(!second.isActive());
    QSignalSpy received(&first, &UnixSignalWatcher::received);
    QCOMPARE(::raise(SIGUSR1), 0);
    QVERIFY(received.wait(5000));
}

void TestUnixSignalWatcher::signalNames()
{
    QCOMPARE(UnixSignalWatcher::signalName(SIGTERM), u"SIGTERM"_s);
    QCOMPARE(UnixSignalWatcher::signalName(SIGINT), u"SIGINT"_s);
    QCOMPARE(UnixSignalWatcher::signalName(63), u"signal 63"_s);
}

QTEST_GUILESS_MAIN(TestUnixSignalWatcher)
#include "tst_unixsignalwatcher.moc"
