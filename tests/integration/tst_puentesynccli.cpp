// Runs the real puente-sync executable (path from CMake) the way a server or cron would, against
// FakeBsale and FakeJumpseller running in this test process (so the test spins its event loop
// while the child runs). Every child gets HOME and the XDG dirs inside a temp dir, so nothing
// touches the user's data, and the tokens in PUENTE_* variables.
#include "SyncTestShop.h"
#include "journal/LinkRepository.h"

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
    void onceAgainstTheFakesLinksAndExitsZero();
    void onceExitsNonZeroWhenTheStoreFails();
    void badConfigValueExitsWith2NamingTheKey();
    void missingTokensExitWith2NamingTheVariable();
    void dataDirIsCreated();
    void unusableJournalExitsWith1();
    void logFileReceivesTheRunnersLog();
    void defaultDataDirIsPuenteAppData();
#ifdef Q_OS_UNIX
    void daemonStopsWithinTwoSecondsOnSignal_data();
    void daemonStopsWithinTwoSecondsOnSignal();
    void daemonStopsMidRequestWithinTwoSeconds();
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
    /** A config pointing at the fakes; `extra` is appended. */
    QString writeConfig(const QByteArray &extra = {}, int requestTimeoutSec = 5) const;

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<puente::test::SyncTestShop> m_shop;
    QStringList m_unsetVariables;
};

void TestPuenteSyncCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(PUENTE_SYNC_EXE)), PUENTE_SYNC_EXE);
}

void TestPuenteSyncCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_shop = std::make_unique<puente::test::SyncTestShop>();
    m_unsetVariables.clear();
}

void TestPuenteSyncCli::configure(QProcess &process) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home->path());
    env.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_home->filePath(u"cache"_s));
    env.insert(u"PUENTE_BSALE_TOKEN"_s, QString::fromLatin1(puente::test::SyncTestShop::kBsaleToken));
    env.insert(u"PUENTE_JUMPSELLER_LOGIN"_s, m_shop->store.login());
    env.insert(u"PUENTE_JUMPSELLER_TOKEN"_s, m_shop->store.authToken());
    for (const QString &name : m_unsetVariables)
        env.remove(name);
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
    // Not waitForFinished(): the fakes answer from this thread's event loop.
    if (!process.waitForStarted(kProcessTimeoutMs)
        || !QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, kProcessTimeoutMs)) {
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

QString TestPuenteSyncCli::writeConfig(const QByteArray &extra, int requestTimeoutSec) const
{
    const puente::SyncSettings s = m_shop->settings();
    const QByteArray ini = "# puente-sync against the fakes\n[bsale]\nbase_url = " + s.bsaleBaseUrl.toEncoded()
        + "\noffice_id = " + QByteArray::number(s.officeIds.first()) + "\nprice_list_id = "
        + QByteArray::number(s.priceListId) + "\n[jumpseller]\nbase_url = " + s.jumpsellerBaseUrl.toEncoded()
        + "\n[sync]\nretry_attempts = 1\nrequest_timeout = " + QByteArray::number(requestTimeoutSec) + "\n" + extra;
    return writeFile(u"puente.ini"_s, ini);
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

void TestPuenteSyncCli::onceAgainstTheFakesLinksAndExitsZero()
{
    using puente::test::item;
    m_shop->bsaleProduct(u"Polera"_s, {item(u"POL-1"_s, 5)});
    m_shop->bsaleProduct(u"Jeans"_s, {item(u"JEA-1"_s, 2)});
    m_shop->bsaleProduct(u"Taza roja"_s, {item(u"TAZA"_s, 1)});
    m_shop->bsaleProduct(u"Taza azul"_s, {item(u"TAZA"_s, 1)});
    const int polera = m_shop->storeProduct(u"Polera"_s, u"POL-1"_s);
    const int jeans = m_shop->storeProduct(u"Jeans"_s, u"jea-1"_s);
    m_shop->storeProduct(u"Taza"_s, u"TAZA"_s);
    const QString dataDir = m_home->filePath(u"d"_s);
    const Run r = run({u"--once"_s, u"--config"_s, writeConfig(), u"--data-dir"_s, dataDir});
    QCOMPARE(r.status, QProcess::NormalExit);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(lines.first().toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject summary = doc.object();
    QCOMPARE(summary.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(summary.value(u"linked"_s).toInt(-1), 2);
    // The stock stage pushed Bsale's 5 and 2 to the two linked products (the store had 0).
    QCOMPARE(summary.value(u"pushed"_s).toInt(-1), 2);
    QCOMPARE(m_shop->store.productStock(polera), std::optional<int>(5));
    QCOMPARE(m_shop->store.productStock(jeans), std::optional<int>(2));
    QCOMPARE(summary.value(u"skipped"_s).toInt(-1), 0);
    QCOMPARE(summary.value(u"needsManualLink"_s).toInt(-1), 3);
    QVERIFY(summary.value(u"errors"_s).toArray().isEmpty());
    QCOMPARE(summary.value(u"catalogue"_s).toObject().value(u"bsale"_s).toObject().value(u"inserted"_s).toInt(), 4);
    QVERIFY(!r.out.contains(m_shop->store.authToken()) && !r.err.contains(m_shop->store.authToken()));

    // The links are in the journal the run left behind.
    puente::Journal journal(puente::Journal::pathInDirectory(dataDir));
    QVERIFY(!journal.open());
    QCOMPARE(puente::LinkRepository(journal).count(), 2);
}

void TestPuenteSyncCli::onceExitsNonZeroWhenTheStoreFails()
{
    m_shop->bsaleProduct(u"Polera"_s, {puente::test::item(u"POL-1"_s, 5)});
    m_shop->store.injectFault(puente::fakes::HttpFault::Status500, 100, u"/v1/"_s);
    const Run r = run({u"--once"_s, u"--config"_s, writeConfig(), u"--data-dir"_s, m_home->filePath(u"d"_s)});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    const QJsonObject summary = QJsonDocument::fromJson(r.out.trimmed().toUtf8()).object();
    QCOMPARE(summary.value(u"status"_s).toString(), u"failed"_s);
    const QJsonArray errors = summary.value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().toObject().value(u"subsystem"_s).toString(), u"jumpseller"_s);
    QCOMPARE(errors.first().toObject().value(u"retryable"_s).toBool(), true);
    QVERIFY2(r.err.contains(u"jumpseller"_s), qPrintable(r.err));
}

void TestPuenteSyncCli::badConfigValueExitsWith2NamingTheKey()
{
    const QString config = writeFile(u"bad.ini"_s, "[bsale]\noffice_id = central\nprice_list_id = 1\n");
    const Run r = run({u"--once"_s, u"--config"_s, config, u"--data-dir"_s, m_home->filePath(u"d"_s)});
    QCOMPARE(r.exitCode, kExitUsage);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(u"bsale/office_id"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"'central'"_s), qPrintable(r.err));
}

void TestPuenteSyncCli::missingTokensExitWith2NamingTheVariable()
{
    m_unsetVariables = {u"PUENTE_BSALE_TOKEN"_s};
    const Run r = run({u"--once"_s, u"--config"_s, writeConfig(), u"--data-dir"_s, m_home->filePath(u"d"_s)});
    QCOMPARE(r.exitCode, kExitUsage);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(u"PUENTE_BSALE_TOKEN"_s), qPrintable(r.err));
    QCOMPARE(m_shop->bsale.requestCount(), 0); // nothing was sent without a token
}

void TestPuenteSyncCli::dataDirIsCreated()
{
    const QString dataDir = m_home->filePath(u"srv/puente/state"_s);
    QVERIFY(!QDir(dataDir).exists());
    const Run r = run({u"--once"_s, u"--config"_s, writeConfig(), u"--data-dir"_s, dataDir});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QDir(dataDir).exists());
    // The journal is created (and migrated) inside the data dir.
    QVERIFY(QFileInfo::exists(QDir(dataDir).filePath(u"puente.sqlite"_s)));
}

void TestPuenteSyncCli::logFileReceivesTheRunnersLog()
{
    const QString logPath = m_home->filePath(u"logs/sync.log"_s);
    const Run r = run({u"--once"_s, u"--config"_s, writeConfig(), u"--data-dir"_s, m_home->filePath(u"d"_s),
                       u"--log-file"_s, logPath});
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
    const Run r = run({u"--once"_s, u"--config"_s, writeConfig(), u"--data-dir"_s, dataDir});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"puente.sqlite"_s), qPrintable(r.err));
}

void TestPuenteSyncCli::defaultDataDirIsPuenteAppData()
{
    // Organization "Puente", application "puente" → $XDG_DATA_HOME/Puente/puente on Linux.
    const Run r = run({u"--once"_s, u"--config"_s, writeConfig()});
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
    process.setArguments({u"--daemon"_s, u"--config"_s, writeConfig(), u"--data-dir"_s, m_home->filePath(u"d"_s)});
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
    QVERIFY2(QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 2000),
             "the daemon did not stop within 2 s");
    QVERIFY(elapsed.elapsed() < 2000);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    // A cycle's summary may come before the last line; the last one says it stopped.
    const QList<QByteArray> rest = process.readAllStandardOutput().trimmed().split('\n');
    const QJsonObject stopped = QJsonDocument::fromJson(rest.last()).object();
    QCOMPARE(stopped.value(u"status"_s).toString(), u"stopped"_s);
    QCOMPARE(stopped.value(u"signal"_s).toString(), name);
    qInfo("daemon stopped %lld ms after %s", static_cast<long long>(elapsed.elapsed()), qPrintable(name));
}

void TestPuenteSyncCli::daemonStopsMidRequestWithinTwoSeconds()
{
    // Bsale never answers: the daemon's first cycle hangs on the wire when SIGTERM comes.
    m_shop->bsale.injectFault(puente::fakes::HttpFault::Timeout, 100, u"/v1/"_s);
    QProcess process;
    configure(process);
    process.setArguments(
        {u"--daemon"_s, u"--config"_s, writeConfig({}, 120), u"--data-dir"_s, m_home->filePath(u"d"_s)});
    process.start();
    QVERIFY(process.waitForStarted(kProcessTimeoutMs));
    QVERIFY(QTest::qWaitFor([&process] { return process.canReadLine(); }, kProcessTimeoutMs));
    QVERIFY(QTest::qWaitFor([this] { return m_shop->bsale.requestCount() > 0; }, kProcessTimeoutMs));
    QTest::qWait(100);
    QCOMPARE(process.state(), QProcess::Running);
    QElapsedTimer elapsed;
    elapsed.start();
    QCOMPARE(::kill(static_cast<pid_t>(process.processId()), SIGTERM), 0);
    QVERIFY2(QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 2000),
             "the daemon did not stop within 2 s");
    QCOMPARE(process.exitCode(), 0);
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(QJsonDocument::fromJson(lines.last()).object().value(u"status"_s).toString(), u"stopped"_s);
    qInfo("stopped %lld ms after SIGTERM, mid-request", static_cast<long long>(elapsed.elapsed()));
}
#endif

QTEST_GUILESS_MAIN(TestPuenteSyncCli)
#include "tst_puentesynccli.moc"
