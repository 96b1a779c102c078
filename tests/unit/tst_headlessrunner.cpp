// puente-sync's body in process: what goes to stdout (JSON only) and stderr, exit codes, the
// data dir, and a clean stop on SIGINT in daemon mode.
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTextStream>
#include <QtCore/QTimer>
#include <QtTest/QTest>

#include <csignal>

#include "base/CommandLine.h"
#include "base/HeadlessRunner.h"

using namespace Qt::Literals::StringLiterals;
using puente::CommandLine;
using puente::HeadlessRunner;

class TestHeadlessRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void onceCreatesTheDataDirAndPrintsOneJsonLine();
    void helpAndVersionGoToStdout();
    void usageErrorGoesToStderrWithExitCode2();
    void missingConfigNamesTheFile();
    void unusableDataDirIsAUsageError();
    void existingDataDirIsReused();
    void daemonStopsCleanlyOnSigint();

private:
    int run(const QStringList &arguments);
    QStringList outLines() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_out;
    QString m_err;
};

void TestHeadlessRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_out.clear();
    m_err.clear();
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

void TestHeadlessRunner::onceCreatesTheDataDirAndPrintsOneJsonLine()
{
    const QString dataDir = m_dir->filePath(u"a/b/data"_s);
    QCOMPARE(run({u"--once"_s, u"--data-dir"_s, dataDir}), int(CommandLine::ExitOk));
    QVERIFY(QDir(dataDir).exists());
    QVERIFY2(m_err.isEmpty(), qPrintable(m_err));
    const QStringList lines = outLines();
    QCOMPARE(lines.size(), 1);
    QJsonParseError error {};
    const QJsonObject summary = QJsonDocument::fromJson(lines.first().toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(summary.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(summary.value(u"skeleton"_s).toBool(), true);
    for (const auto count : {u"linked", u"pushed", u"skipped"})
        QCOMPARE(summary.value(QStringView(count).toString()).toInt(-1), 0);
    QVERIFY(summary.value(u"errors"_s).isArray());
    QVERIFY(summary.value(u"errors"_s).toArray().isEmpty());
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

void TestHeadlessRunner::unusableDataDirIsAUsageError()
{
    // A path below a regular file cannot be created, even as root.
    const QString file = m_dir->filePath(u"plain-file"_s);
    QFile blocker(file);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString dataDir = file + u"/data"_s;
    QCOMPARE(run({u"--once"_s, u"--data-dir"_s, dataDir}), int(CommandLine::ExitUsage));
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
    QCOMPARE(run({u"--daemon"_s, u"--data-dir"_s, m_dir->filePath(u"d"_s)}), int(CommandLine::ExitOk));
    const QStringList lines = outLines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines.at(0).toUtf8()).object().value(u"status"_s).toString(), u"started"_s);
    const QJsonObject stopped = QJsonDocument::fromJson(lines.at(1).toUtf8()).object();
    QCOMPARE(stopped.value(u"status"_s).toString(), u"stopped"_s);
    QCOMPARE(stopped.value(u"signal"_s).toString(), u"SIGINT"_s);
}

QTEST_GUILESS_MAIN(TestHeadlessRunner)
#include "tst_headlessrunner.moc"
