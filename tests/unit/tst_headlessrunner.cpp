// puente-sync's body in process: what goes to stdout (JSON only) and stderr, exit codes, the
// config and its errors, the data dir, and a clean stop on SIGINT in daemon mode. The servers
// here are unreachable on purpose (the sync itself is tested against the fakes in
// tests/integration/tst_puentesynccli.cpp), so a cycle fails fast.
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTextStream>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpServer>
#include <QtTest/QTest>

#include <csignal>

#include "base/CommandLine.h"
#include "base/HeadlessRunner.h"
#include "journal/Journal.h"
#include "journal/MappingRepository.h"

using namespace Qt::Literals::StringLiterals;
using puente::CommandLine;
using puente::HeadlessRunner;

class TestHeadlessRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void onceWithServersDownPrintsFailedSummaryAndExits1();
    void helpAndVersionGoToStdout();
    void usageErrorGoesToStderrWithExitCode2();
    void missingConfigNamesTheFile();
    void configIsRequired();
    void badConfigValueNamesTheKey();
    void missingCredentialsNameTheVariables();
    void badCsvRowsAreReportedAndNothingIsCreated();
    void goodCsvFilesAreApplied();
    void unusableDataDirIsAUsageError();
    void existingDataDirIsReused();
    void daemonStopsCleanlyOnSigint();

private:
    int run(const QStringList &arguments);
    QStringList outLines() const;
    QString writeFile(const QString &name, const QByteArray &content) const;
    /** A valid config whose servers refuse connections. */
    QString writeConfig(const QByteArray &extra = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_out;
    QString m_err;
    quint16 m_closedPort = 0;
};

void TestHeadlessRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_out.clear();
    m_err.clear();
    // A port that was free a moment ago: nothing listens there, connections are refused.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_closedPort = probe.serverPort();
    probe.close();
    qputenv("PUENTE_BSALE_TOKEN", "bsale-token-for-tests");
    qputenv("PUENTE_JUMPSELLER_LOGIN", "login-for-tests");
    qputenv("PUENTE_JUMPSELLER_TOKEN", "jumpseller-token-for-tests");
}

void TestHeadlessRunner::cleanup()
{
    qunsetenv("PUENTE_BSALE_TOKEN");
    qunsetenv("PUENTE_JUMPSELLER_LOGIN");
    qunsetenv("PUENTE_JUMPSELLER_TOKEN");
}

int TestHeadlessRunner::run(const QStringList &arguments)
{
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    HeadlessRunner runner(out, err);
    return runner.run(QStringList {u"puente-sync"_s} + arguments);
}

QStringList TestHeadlessRunner::outLines() const
{
    return m_out.split(u'\n', Qt::SkipEmptyParts);
}

QString TestHeadlessRunner::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString TestHeadlessRunner::writeConfig(const QByteArray &extra) const
{
    const QByteArray port = QByteArray::number(m_closedPort);
    return writeFile(u"puente.ini"_s,
                     "[bsale]\nbase_url = http://127.0.0.1:" + port
                         + "\noffice_id = 1\nprice_list_id = 2\n"
                           "[jumpseller]\nbase_url = http://127.0.0.1:"
                         + port + "/v1\n[sync]\nretry_attempts = 1\nrequest_timeout = 3\n" + extra);
}

void TestHeadlessRunner::onceWithServersDownPrintsFailedSummaryAndExits1()
{
    const QString dataDir = m_dir->filePath(u"a/b/data"_s);
    QCOMPARE(run({u"--once"_s, u"--config"_s, writeConfig(), u"--data-dir"_s, dataDir}), int(CommandLine::ExitFailure));
    QVERIFY(QDir(dataDir).exists());
    const QStringList lines = outLines();
    QCOMPARE(lines.size(), 1);
    QJsonParseError error {};
    const QJsonObject summary = QJsonDocument::fromJson(lines.first().toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(summary.value(u"status"_s).toString(), u"failed"_s);
    for (const auto count : {u"linked", u"pushed", u"skipped"})
        QCOMPARE(summary.value(QStringView(count).toString()).toInt(-1), 0);
    const QJsonArray errors = summary.value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 2);
    QStringList subsystems;
    for (const QJsonValue &e : errors) {
        subsystems.append(e.toObject().value(u"subsystem"_s).toString());
        QVERIFY(e.toObject().value(u"retryable"_s).toBool());
    }
    subsystems.sort();
    QCOMPARE(subsystems, (QStringList {u"bsale"_s, u"jumpseller"_s}));
    // People read stderr; the tokens never appear anywhere.
    QVERIFY2(m_err.contains(u"puente-sync: bsale: "_s), qPrintable(m_err));
    QVERIFY(!m_out.contains(u"token-for-tests"_s) && !m_err.contains(u"token-for-tests"_s));
    // The write probe leaves nothing behind: only the journal (and its WAL files) is there.
    const QStringList left = QDir(dataDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : left)
        QVERIFY2(name.startsWith(u"puente.sqlite"_s), qPrintable(name));
    QVERIFY(left.contains(u"puente.sqlite"_s));
}

void TestHeadlessRunner::helpAndVersionGoToStdout()
{
    QCOMPARE(run({u"--version"_s}), 0);
    QCOMPARE(m_out, CommandLine::versionText() + u'\n');
    m_out.clear();
    QCOMPARE(run({u"--help"_s}), 0);
    QVERIFY(m_out.contains(u"--data-dir"_s));
    QVERIFY(m_err.isEmpty());
}

void TestHeadlessRunner::usageErrorGoesToStderrWithExitCode2()
{
    QCOMPARE(run({u"--once"_s, u"--daemon"_s}), int(CommandLine::ExitUsage));
    QVERIFY(m_out.isEmpty());
    QVERIFY2(m_err.startsWith(u"puente-sync: "_s), qPrintable(m_err));
    QVERIFY(m_err.contains(u"--help"_s));
}

void TestHeadlessRunner::missingConfigNamesTheFile()
{
    const QString config = m_dir->filePath(u"missing.ini"_s);
    const QString dataDir = m_dir->filePath(u"data"_s);
    QCOMPARE(run({u"--once"_s, u"--config"_s, config, u"--data-dir"_s, dataDir}), int(CommandLine::ExitUsage));
    QVERIFY(m_out.isEmpty());
    QVERIFY2(m_err.contains(config), qPrintable(m_err));
    QVERIFY(!QDir(dataDir).exists()); // nothing is created for a run that cannot start
}

void TestHeadlessRunner::configIsRequired()
{
    const QString dataDir = m_dir->filePath(u"data"_s);
    QCOMPARE(run({u"--once"_s, u"--data-dir"_s, dataDir}), int(CommandLine::ExitUsage));
    QVERIFY2(m_err.contains(u"--config FILE"_s), qPrintable(m_err));
    QVERIFY(!QDir(dataDir).exists());
}

void TestHeadlessRunner::badConfigValueNamesTheKey()
{
    const QString config = writeFile(u"bad.ini"_s, "[bsale]\noffice_id = 1\nprice_list_id = lista\n");
    const QString dataDir = m_dir->filePath(u"data"_s);
    QCOMPARE(run({u"--once"_s, u"--config"_s, config, u"--data-dir"_s, dataDir}), int(CommandLine::ExitUsage));
    QVERIFY(m_out.isEmpty());
    QVERIFY2(m_err.contains(u"'bsale/price_list_id'"_s) && m_err.contains(u"'lista'"_s), qPrintable(m_err));
    QVERIFY2(m_err.contains(config), qPrintable(m_err));
    QVERIFY(!QDir(dataDir).exists());
}

void TestHeadlessRunner::missingCredentialsNameTheVariables()
{
    qunsetenv("PUENTE_JUMPSELLER_TOKEN");
    QCOMPARE(run({u"--once"_s, u"--config"_s, writeConfig(), u"--data-dir"_s, m_dir->filePath(u"d"_s)}),
             int(CommandLine::ExitUsage));
    QVERIFY(m_out.isEmpty());
    QVERIFY2(m_err.contains(u"PUENTE_JUMPSELLER_TOKEN"_s), qPrintable(m_err));
    QVERIFY2(!m_err.contains(u"token-for-tests"_s), qPrintable(m_err));
}

void TestHeadlessRunner::badCsvRowsAreReportedAndNothingIsCreated()
{
    writeFile(u"mappings.csv"_s, "kind,bsale,jumpseller\ncategory,3,17\ncategory,4,Poleras\nbrand,x,Acme\n");
    const QString dataDir = m_dir->filePath(u"data"_s);
    QCOMPARE(
        run({u"--once"_s, u"--config"_s, writeConfig("[files]\nmappings = mappings.csv\n"), u"--data-dir"_s, dataDir}),
        int(CommandLine::ExitUsage));
    QVERIFY2(m_err.contains(u"'files/mappings'"_s), qPrintable(m_err));
    QVERIFY2(m_err.contains(u"line 3:"_s) && m_err.contains(u"line 4:"_s), qPrintable(m_err));
    QVERIFY2(!m_err.contains(u"line 2:"_s), qPrintable(m_err));
    QVERIFY(!QDir(dataDir).exists()); // checked before anything is created or applied
}

void TestHeadlessRunner::goodCsvFilesAreApplied()
{
    writeFile(u"mappings.csv"_s, "kind,bsale,jumpseller\ncategory,3,17\nbrand,7,Acme\n");
    writeFile(u"exclusions.csv"_s, "side,kind,target,reason\nerp,product,1500,discontinued\n");
    const QString dataDir = m_dir->filePath(u"data"_s);
    QCOMPARE(
        run({u"--once"_s, u"--config"_s, writeConfig("[files]\nmappings = mappings.csv\nexclusions = exclusions.csv\n"),
             u"--data-dir"_s, dataDir}),
        int(CommandLine::ExitFailure)); // the servers are down, the files are in
    puente::Journal journal(puente::Journal::pathInDirectory(dataDir));
    QVERIFY(!journal.open());
    QCOMPARE(puente::MappingRepository(journal).all().size(), 2);
}

void TestHeadlessRunner::unusableDataDirIsAUsageError()
{
    // A path below a regular file cannot be created, even as root.
    const QString file = m_dir->filePath(u"plain-file"_s);
    QFile blocker(file);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString dataDir = file + u"/data"_s;
    QCOMPARE(run({u"--once"_s, u"--config"_s, writeConfig(), u"--data-dir"_s, dataDir}), int(CommandLine::ExitUsage));
    QVERIFY(m_out.isEmpty());
    QVERIFY2(m_err.contains(dataDir), qPrintable(m_err));
    QVERIFY(!HeadlessRunner::ensureWritableDir(dataDir).isEmpty());
    QVERIFY(!HeadlessRunner::ensureWritableDir(QString()).isEmpty());
}

void TestHeadlessRunner::existingDataDirIsReused()
{
    const QString marker = m_dir->filePath(u"keep.txt"_s);
    QFile file(marker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(HeadlessRunner::ensureWritableDir(m_dir->path()), QString());
    QVERIFY(QFile::exists(marker));
}

void TestHeadlessRunner::daemonStopsCleanlyOnSigint()
{
    // Raised from inside the event loop, i.e. after the handlers were installed.
    QTimer::singleShot(0, this, [] { ::raise(SIGINT); });
    QCOMPARE(run({u"--daemon"_s, u"--config"_s, writeConfig(), u"--data-dir"_s, m_dir->filePath(u"d"_s)}),
             int(CommandLine::ExitOk));
    const QStringList lines = outLines();
    QVERIFY(lines.size() >= 2); // started, perhaps a cycle's summary, stopped
    QCOMPARE(QJsonDocument::fromJson(lines.first().toUtf8()).object().value(u"status"_s).toString(), u"started"_s);
    const QJsonObject stopped = QJsonDocument::fromJson(lines.last().toUtf8()).object();
    QCOMPARE(stopped.value(u"status"_s).toString(), u"stopped"_s);
    QCOMPARE(stopped.value(u"signal"_s).toString(), u"SIGINT"_s);
}

QTEST_GUILESS_MAIN(TestHeadlessRunner)
#include "tst_headlessrunner.moc"
