// puente-sync's option parsing, without running the executable.
#include <QtCore/QDir>
#include <QtCore/QStandardPaths>
#include <QtTest/QTest>

#include "base/CommandLine.h"

using namespace Qt::Literals::StringLiterals;
using puente::CommandLine;
using puente::SyncRunnerOptions;

Q_DECLARE_METATYPE(CommandLine::Action)

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actions_data();
    void actions();
    void onceAndDaemonSelectTheMode();
    void pathsAreStoredAbsolute();
    void dataDirDefaultsToAppDataLocation();
    void versionTextNamesTheExecutable();
    void helpTextListsEveryOption();
    void usageErrorsExplainTheProblem_data();
    void usageErrorsExplainTheProblem();

private:
    static CommandLine::Result parse(const QStringList &arguments)
    {
        return CommandLine::parse(QStringList {u"puente-sync"_s} + arguments);
    }
};

void TestCommandLine::actions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<CommandLine::Action>("action");
    QTest::newRow("--help") << QStringList {u"--help"_s} << CommandLine::Action::ShowHelp;
    QTest::newRow("-h") << QStringList {u"-h"_s} << CommandLine::Action::ShowHelp;
    QTest::newRow("--help-all") << QStringList {u"--help-all"_s} << CommandLine::Action::ShowHelp;
    QTest::newRow("help wins over mode") << QStringList {u"--once"_s, u"--help"_s} << CommandLine::Action::ShowHelp;
    QTest::newRow("--version") << QStringList {u"--version"_s} << CommandLine::Action::ShowVersion;
    QTest::newRow("-v") << QStringList {u"-v"_s} << CommandLine::Action::ShowVersion;
    QTest::newRow("--once") << QStringList {u"--once"_s} << CommandLine::Action::Run;
    QTest::newRow("--daemon") << QStringList {u"--daemon"_s} << CommandLine::Action::Run;
    QTest::newRow("no mode") << QStringList {} << CommandLine::Action::UsageError;
    QTest::newRow("both modes") << QStringList {u"--once"_s, u"--daemon"_s} << CommandLine::Action::UsageError;
    QTest::newRow("unknown option") << QStringList {u"--once"_s, u"--bogus"_s} << CommandLine::Action::UsageError;
    QTest::newRow("positional") << QStringList {u"--once"_s, u"extra"_s} << CommandLine::Action::UsageError;
    QTest::newRow("--config without value")
        << QStringList {u"--once"_s, u"--config"_s} << CommandLine::Action::UsageError;
    QTest::newRow("empty --data-dir") << QStringList {u"--once"_s, u"--data-dir="_s} << CommandLine::Action::UsageError;
}

void TestCommandLine::actions()
{
    QFETCH(QStringList, arguments);
    QFETCH(CommandLine::Action, action);
    const auto result = parse(arguments);
    QCOMPARE(result.action, action);
    QCOMPARE(result.error.isEmpty(), action != CommandLine::Action::UsageError);
}

void TestCommandLine::onceAndDaemonSelectTheMode()
{
    QCOMPARE(parse({u"--once"_s}).options.mode, SyncRunnerOptions::Mode::Once);
    QCOMPARE(parse({u"--daemon"_s}).options.mode, SyncRunnerOptions::Mode::Daemon);
}

void TestCommandLine::pathsAreStoredAbsolute()
{
    const auto result = parse({u"--daemon"_s, u"--config"_s, u"conf/puente.ini"_s, u"--data-dir"_s, u"/srv/puente/"_s,
                               u"--log-file=logs/../sync.log"_s});
    QCOMPARE(result.action, CommandLine::Action::Run);
    QCOMPARE(result.options.configFile, QDir::current().absoluteFilePath(u"conf/puente.ini"_s));
    QCOMPARE(result.options.dataDir, u"/srv/puente"_s);
    QCOMPARE(result.options.logFile, QDir::current().absoluteFilePath(u"sync.log"_s));
}

void TestCommandLine::dataDirDefaultsToAppDataLocation()
{
    const auto result = parse({u"--once"_s});
    QCOMPARE(result.action, CommandLine::Action::Run);
    QVERIFY(!result.options.dataDir.isEmpty());
    QCOMPARE(result.options.dataDir, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QVERIFY(result.options.configFile.isEmpty());
    QVERIFY(result.options.logFile.isEmpty());
}

void TestCommandLine::versionTextNamesTheExecutable()
{
    QCOMPARE(CommandLine::versionText(), u"puente-sync "_s + QLatin1StringView(PUENTE_VERSION));
}

void TestCommandLine::helpTextListsEveryOption()
{
    const QString help = CommandLine::helpText();
    for (const auto option : {u"--help", u"--version", u"--config <file>", u"--data-dir <dir>", u"--once", u"--daemon",
                              u"--log-file <file>", u"PUENTE_BSALE_TOKEN", u"Exit codes"})
        QVERIFY2(help.contains(QStringView(option)), qPrintable(QStringView(option).toString()));
}

void TestCommandLine::usageErrorsExplainTheProblem_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("no mode") << QStringList {} << u"--once"_s;
    QTest::newRow("both modes") << QStringList {u"--once"_s, u"--daemon"_s} << u"mutually exclusive"_s;
    QTest::newRow("unknown option") << QStringList {u"--once"_s, u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("positional") << QStringList {u"--once"_s, u"extra"_s} << u"extra"_s;
    QTest::newRow("empty value") << QStringList {u"--once"_s, u"--log-file="_s} << u"--log-file"_s;
}

void TestCommandLine::usageErrorsExplainTheProblem()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, fragment);
    const auto result = parse(arguments);
    QCOMPARE(result.action, CommandLine::Action::UsageError);
    QVERIFY2(result.error.contains(fragment), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
