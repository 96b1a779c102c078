// Runs the real puente-sync executable (path from CMake) the way a server or cron would.
// Every child gets HOME and the XDG dirs inside a temp dir, so nothing touches the user's data.
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kExitUsage = 2;
constexpr int kProcessTimeoutMs = 10000;
} // namespace

class TestPuenteSyncCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void versionPrintsNameAndVersion();
    void helpListsTheOptions();
    void usageErrorsExitWith2_data();
    void usageErrorsExitWith2();
    void missingConfigExitsWith2NamingTheFile();
    void malformedConfigExitsWith2NamingTheFileAndLine();
    void onceExitsZeroWithJsonSummary();
    void dataDirIsCreated();
    void unusableJournalExitsWith1();
    void logFileReceivesTheRunnersLog();
    void defaultDataDirIsPuenteAppData();
#ifdef Q_OS_UNIX
    void daemonStopsWithinTwoSecondsOnSignal_data();
    void daemonStopsWithinTwoSecondsOnSignal();
#endif

private:
    struct Run
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments);
    void configure(QProcess &process) const;
    QString writeFile(const QString &name, const QByteArray &content) const;

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestPuenteSyncCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(PUENTE_SYNC_EXE)), PUENTE_SYNC_EXE);
}

void TestPuenteSyncCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestPuenteSyncCli::configure(QProcess &process) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home->path());
    env.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_home->filePath(u"cache"_s));
    for (const auto name : {u"PUENTE_BSALE_TOKEN", u"PUENTE_JUMPSELLER_LOGIN", u"PUENTE_JUMPSELLER_TOKEN"})
        env.remove(QStringView(name).toString());
    process.setProcessEnvironment(env);
    process.setProgram(QStringLiteral(PUENTE_SYNC_EXE));
}

TestPuenteSyncCli::Run TestPuenteSyncCli::run(const QStringList &arguments)
{
    QProcess process;
    configure(process);
    process.setArguments(arguments);
    process.start();
    Run result;
    if (!process.waitForFinished(kProcessTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.status = process.exitStatus();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString TestPuenteSyncCli::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_home->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write test file");
    return path;
}

void TestPuenteSyncCli::versionPrintsNameAndVersion()
{
    const Run r = run({u"--version"_s});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"puente-sync "_s + QLatin1StringView(PUENTE_VERSION) + u'\n');
}

void TestPuenteSyncCli::helpListsTheOptions()
{
    const Run r = run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const auto option :
         {u"--help", u"--version", u"--config", u"--data-dir", u"--once", u"--daemon", u"--log-file"})
        QVERIFY2(r.out.contains(QStringView(option)), qPrintable(r.out));
    QVERIFY(r.out.contains(u"puente-sync"_s)); // usage line names the executable
}

void TestPuenteSyncCli::usageErrorsExitWith2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("no mode") << QStringList {} << u"--once"_s;
    QTest::newRow("both modes") << QStringList {u"--once"_s, u"--daemon"_s} << u"mutually exclusive"_s;
    QTest::newRow("unknown option") << QStringList {u"--once"_s, u"--frobnicate"_s} << u"frobnicate"_s;
}

void TestPuenteSyncCli::usageErrorsExitWith2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, fragment);
    const Run r = run(arguments);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, kExitUsage);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(fragment), qPrintable(r.err));
}

void TestPuenteSyncCli::missingConfigExitsWith2NamingTheFile()
{
    const QString config = m_home->filePath(u"nope/puente.ini"_s);
    const Run r = run({u"--once"_s, u"--config"_s, config, u"--data-dir"_s, m_home->filePath(u"d"_s)});
    QCOMPARE(r.exitCode, kExitUsage);
    QVERIFY2(r.err.contains(config), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"does not exist"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestPuenteSyncCli::malformedConfigExitsWith2NamingTheFileAndLine()
{
    const QString config = writeFile(u"bad.ini"_s, "[bsale]\nbase_url=https://api.bsale.io\noops\n");
    const Run r = run({u"--once"_s, u"--config"_s, config, u"--data-dir"_s, m_home->filePath(u"d"_s)});
    QCOMPARE(r.exitCode, kExitUsage);
    QVERIFY2(r.err.contains(config), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"line 3"_s), qPrintable(r.err));
}

void TestPuenteSyncCli::onceExitsZeroWithJsonSummary()
{
    const QString config = writeFile(u"ok.ini"_s, "[bsale]\nbase_url=https://api.bsale.io\n");
    const Run r = run({u"--once"_s, u"--config"_s, config, u"--data-dir"_s, m_home->filePath(u"d"_s)});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(lines.first().toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isObject());
    const QJsonObject summary = doc.object();
    QCOMPARE(summary.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(summary.value(u"skeleton"_s).toBool(), true);
    QCOMPARE(summary.value(u"linked"_s).toInt(-1), 0);
    QCOMPARE(summary.value(u"pushed"_s).toInt(-1), 0);
    QCOMPARE(summary.value(u"skipped"_s).toInt(-1), 0);
    QVERIFY(summary.value(u"errors"_s).isArray());
}

void TestPuenteSyncCli::dataDirIsCreated()
{
    const QString dataDir = m_home->filePath(u"srv/puente/state"_s);
    QVERIFY(!QDir(dataDir).exists());
    const Run r = run({u"--once"_s, u"--data-dir"_s, dataDir});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QDir(dataDir).exists());
    // The journal is created (and migrated) inside the data dir.
    QVERIFY(QFileInfo::exists(QDir(dataDir).filePath(u"puente.sqlite"_s)));
}

void TestPuenteSyncCli::logFileReceivesTheRunnersLog()
{
    const QString logPath = m_home->filePath(u"logs/sync.log"_s);
    const Run r = run({u"--once"_s, u"--data-dir"_s, m_home->filePath(u"d"_s), u"--log-file"_s, logPath});
    QCOMPARE(r.exitCode, 0);
    QFile log(logPath);
    QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(logPath));
    const QByteArray text = log.readAll();
    QVERIFY2(text.contains("puente.journal"), text.constData());
    QVERIFY2(text.contains("puente.sync"), text.constData());
}

void TestPuenteSyncCli::unusableJournalExitsWith1()
{
    const QString dataDir = m_home->filePath(u"broken"_s);
    QVERIFY(QDir().mkpath(dataDir));
    QFile garbage(QDir(dataDir).filePath(u"puente.sqlite"_s));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("this is not a database, it is a shopping list\n");
    garbage.close();
    const Run r = run({u"--once"_s, u"--data-dir"_s, dataDir});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"puente.sqlite"_s), qPrintable(r.err));
}

void TestPuenteSyncCli::defaultDataDirIsPuenteAppData()
{
    // Organization "Puente", application "puente" → $XDG_DATA_HOME/Puente/puente on Linux.
    const Run r = run({u"--once"_s});
    QCOMPARE(r.exitCode, 0);
#ifdef Q_OS_LINUX
    QVERIFY(QDir(m_home->filePath(u"data/Puente/puente"_s)).exists());
#endif
}

#ifdef Q_OS_UNIX
void TestPuenteSyncCli::daemonStopsWithinTwoSecondsOnSignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<QString>("name");
    QTest::newRow("SIGTERM") << int(SIGTERM) << u"SIGTERM"_s;
    QTest::newRow("SIGINT") << int(SIGINT) << u"SIGINT"_s;
}

void TestPuenteSyncCli::daemonStopsWithinTwoSecondsOnSignal()
{
    QFETCH(int, signalNumber);
    QFETCH(QString, name);
    QProcess process;
    configure(process);
    process.setArguments({u"--daemon"_s, u"--data-dir"_s, m_home->filePath(u"d"_s)});
    process.start();
    QVERIFY(process.waitForStarted(kProcessTimeoutMs));
    // The "started" line is printed once the handlers are installed: signal only after it.
    QVERIFY(QTest::qWaitFor([&process] { return process.canReadLine(); }, kProcessTimeoutMs));
    const QJsonObject started = QJsonDocument::fromJson(process.readLine()).object();
    QCOMPARE(started.value(u"status"_s).toString(), u"started"_s);
    QCOMPARE(process.state(), QProcess::Running);

    QElapsedTimer elapsed;
    elapsed.start();
    QCOMPARE(::kill(static_cast<pid_t>(process.processId()), signalNumber), 0);
    QVERIFY2(process.waitForFinished(2000), "the daemon did not stop within 2 s");
    QVERIFY(elapsed.elapsed() < 2000);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject stopped = QJsonDocument::fromJson(process.readAllStandardOutput().trimmed()).object();
    QCOMPARE(stopped.value(u"status"_s).toString(), u"stopped"_s);
    QCOMPARE(stopped.value(u"signal"_s).toString(), name);
    qInfo("daemon stopped %lld ms after %s", static_cast<long long>(elapsed.elapsed()), qPrintable(name));
}
#endif

QTEST_GUILESS_MAIN(TestPuenteSyncCli)
#include "tst_puentesynccli.moc"
