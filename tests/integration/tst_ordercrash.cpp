// The order pipeline's core promise, with real processes: puente-sync --daemon is SIGKILLed at
// random moments (seeded; the seed is printed, PUENTE_CRASH_SEED replays a run) while orders are
// created, paid, canceled and abandoned in a `puente-sandbox --seed orders` process; at the end
// every paid order has exactly one document of its planned type, every order canceled after
// emission exactly one credit note, no unpaid order has any, and the journal agrees with the
// fakes. 50 kills, then 50 more while 30 % of Bsale's document and return POSTs fail (429, 500,
// reset after the request was handled). The soak (tests/bench, target `soak`) runs the same
// driver for 1,000 kills and more.
#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include "OrderCrashDriver.h"

using namespace Qt::Literals::StringLiterals;
using puente::test::OrderCrashDriver;
using puente::test::OrderCrashOptions;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

} // namespace

class TestOrderCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survivesRandomKills_data();
    void survivesRandomKills();
};

void TestOrderCrash::survivesRandomKills_data()
{
    QTest::addColumn<bool>("faults");
    QTest::addColumn<int>("kills");
    QTest::newRow("kills") << false << envInt("PUENTE_CRASH_KILLS", 50);
    QTest::newRow("kills with Bsale faults") << true << envInt("PUENTE_CRASH_FAULT_KILLS", 50);
}

void TestOrderCrash::survivesRandomKills()
{
    QFETCH(bool, faults);
    QFETCH(int, kills);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    OrderCrashOptions options;
    options.kills = kills;
    options.faults = faults;
    options.seed = qEnvironmentVariableIsSet("PUENTE_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("PUENTE_CRASH_SEED"))
        : QRandomGenerator::global()->generate();
    options.syncExecutable = QStringLiteral(PUENTE_SYNC_EXE);
    options.sandboxExecutable = QStringLiteral(PUENTE_SANDBOX_EXE);
    options.workDir = dir.path();
    options.maxOrders = 300;
    qInfo("seed=%u kills=%d faults=%s (replay with PUENTE_CRASH_SEED=%u)", options.seed, kills, faults ? "on" : "off",
          options.seed);

    OrderCrashDriver driver(options);
    const auto report = driver.run();
    qInfo("%s", qPrintable(report.summary()));
    for (const QString &detail : report.details)
        qWarning("violation: %s", qPrintable(detail));
    if (!report.ok())
        dir.setAutoRemove(false); // keep the journal and the logs for a post-mortem
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error + u" (work dir "_s + dir.path() + u')'));
    QCOMPARE(report.kills, kills);
    QCOMPARE(report.violations, 0);
    // The run must have exercised what it claims to.
    QVERIFY(report.paid > 0);
    QVERIFY(report.documents > 0);
    QVERIFY(report.orders > kills / 2);
    QVERIFY(report.killsDuringSend > 0); // some kills did land in the middle of a send
    if (faults)
        QVERIFY(report.faultsInjected > 0);
}

QTEST_GUILESS_MAIN(TestOrderCrash)
#include "tst_ordercrash.moc"
