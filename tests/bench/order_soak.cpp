// order_soak: the order pipeline's crash test for as long as you like (default 1,000 SIGKILLs of
// puente-sync while orders flow). Prints the seed first and, at the end, one line with the count
// of kills, orders and violations; exits 1 when any invariant was broken (or the run failed).
//   order_soak [--kills N] [--seed S] [--faults] [--fault-percent P] [--max-orders N]
//              [--work-dir DIR] [--sync FILE] [--sandbox FILE]
#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>

#include <cstdio>

#include "OrderCrashDriver.h"

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"kills"_s, u"SIGKILLs of puente-sync (default 1000)."_s, u"N"_s, u"1000"_s});
    parser.addOption({u"seed"_s, u"Random seed (default: random, printed)."_s, u"S"_s});
    parser.addOption({u"faults"_s, u"Inject 429, 500 and reset-after-handling on Bsale's document POSTs."_s});
    parser.addOption(
        {u"fault-percent"_s, u"With --faults: the chance a document POST fails (default 30)."_s, u"P"_s, u"30"_s});
    parser.addOption({u"max-orders"_s, u"Stop placing orders after N (default 2000)."_s, u"N"_s, u"2000"_s});
    parser.addOption({u"work-dir"_s, u"Keep the journal and logs here (default: a temporary dir)."_s, u"DIR"_s});
    // Copies of the executables let a long soak run while the build tree is rebuilt.
    parser.addOption(
        {u"sync"_s, u"The puente-sync to test (default: the build's)."_s, u"FILE"_s, QStringLiteral(PUENTE_SYNC_EXE)});
    parser.addOption({u"sandbox"_s, u"The puente-sandbox to use (default: the build's)."_s, u"FILE"_s,
                      QStringLiteral(PUENTE_SANDBOX_EXE)});
    parser.process(app);

    puente::test::OrderCrashOptions options;
    options.kills = parser.value(u"kills"_s).toInt();
    options.seed = parser.isSet(u"seed"_s) ? parser.value(u"seed"_s).toUInt() : QRandomGenerator::global()->generate();
    options.faults = parser.isSet(u"faults"_s);
    options.faultPercent = parser.value(u"fault-percent"_s).toInt();
    options.maxOrders = parser.value(u"max-orders"_s).toInt();
    options.syncExecutable = parser.value(u"sync"_s);
    options.sandboxExecutable = parser.value(u"sandbox"_s);
    options.settleTimeoutMs = 300000;
    options.verbose = true;
    QTemporaryDir temporary;
    options.workDir = parser.isSet(u"work-dir"_s) ? parser.value(u"work-dir"_s) : temporary.path();
    std::printf("order_soak: seed=%u kills=%d faults=%s work-dir=%s\n", options.seed, options.kills,
                options.faults ? qPrintable(QString::number(options.faultPercent) + u'%') : "off",
                qPrintable(options.workDir));
    std::fflush(stdout);

    puente::test::OrderCrashDriver driver(options);
    const auto report = driver.run();
    for (const QString &detail : report.details)
        std::printf("violation: %s\n", qPrintable(detail));
    std::printf("order_soak: %s\n", qPrintable(report.summary()));
    if (!report.ok())
        temporary.setAutoRemove(false);
    return report.ok() ? 0 : 1;
}
