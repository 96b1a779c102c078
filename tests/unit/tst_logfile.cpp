// LogFile: format, redaction, handler chaining, category filters, rotation, threads.
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QMutex>
#include <QtCore/QRegularExpression>
#include <QtCore/QScopeGuard>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimeZone>
#include <QtTest/QTest>

#include "base/LogFile.h"
#include "base/Logging.h"

#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using puente::LogFile;
using puente::LogFileOptions;

namespace {

QMutex g_capturedMutex;
QStringList g_captured;

void capturingHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&g_capturedMutex);
    g_captured.append(message);
}

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestLogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void writesOneFormattedLinePerMessage();
    void continuationLinesAreIndented();
    void redactsSecrets();
    void chainsAndRestoresThePreviousHandler();
    void followsCategoryFilters();
    void onlyOneInstalledAtATime();
    void rotatesBySize();
    void keepsAtMostMaxFiles();
    void concurrentWritesStayWhole();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLogFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QMutexLocker lock(&g_capturedMutex);
    g_captured.clear();
}

void TestLogFile::cleanup()
{
    QLoggingCategory::setFilterRules({});
    m_dir.reset();
}

void TestLogFile::writesOneFormattedLinePerMessage()
{
    LogFile log(m_dir->filePath(u"logs"_s));
    QVERIFY(log.install());
    QVERIFY(log.isInstalled());
    qCInfo(lcNet) << "hello" << 42;
    qCWarning(lcSync).noquote() << "sync failed";
    log.uninstall();
    QVERIFY(!log.isInstalled());

    QCOMPARE(log.filePath(), m_dir->filePath(u"logs/puente.log"_s));
    const QStringList lines = readLines(log.filePath());
    QCOMPARE(lines.size(), 2);
    static const QRegularExpression shape(
        u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z (\\w+) ([\\w.]+): (.*)$"_s);
    const auto first = shape.match(lines.at(0));
    QVERIFY2(first.hasMatch(), qPrintable(lines.at(0)));
    QCOMPARE(first.captured(1), u"INFO"_s);
    QCOMPARE(first.captured(2), u"puente.net"_s);
    QCOMPARE(first.captured(3), u"hello 42"_s);
    const auto second = shape.match(lines.at(1));
    QVERIFY2(second.hasMatch(), qPrintable(lines.at(1)));
    QCOMPARE(second.captured(1), u"WARN"_s);
    QCOMPARE(second.captured(2), u"puente.sync"_s);
    QCOMPARE(second.captured(3), u"sync failed"_s);

    const auto permissions = QFile::permissions(log.filePath());
    QVERIFY(!(permissions & QFileDevice::ReadOther));
}

void TestLogFile::continuationLinesAreIndented()
{
    const QDateTime at(QDate(2024, 5, 23), QTime(16, 13, 47, 123), QTimeZone::utc());
    QCOMPARE(LogFile::formatLine(QtCriticalMsg, "puente.journal", u"first\nsecond"_s, at),
             u"2024-05-23T16:13:47.123Z CRIT puente.journal: first\n    second"_s);
    QCOMPARE(LogFile::formatLine(QtDebugMsg, nullptr, u"x"_s, at), u"2024-05-23T16:13:47.123Z DEBUG default: x"_s);
}

void TestLogFile::redactsSecrets()
{
    LogFile log(m_dir->path());
    QVERIFY(log.install());
    qCWarning(lcNet).noquote() << "Authorization: Bearer abc123SECRETxyz";
    qCWarning(lcNet).noquote() << "GET https://h/x?authtoken=TOPSECRET99&login=shop";
    log.uninstall();
    const QString text = readLines(log.filePath()).join(u'\n');
    QVERIFY(text.contains(u"Bearer ***"_s));
    QVERIFY(text.contains(u"authtoken=***&login=shop"_s));
    QVERIFY(!text.contains(u"SECRET"_s));
}

void TestLogFile::chainsAndRestoresThePreviousHandler()
{
    const QtMessageHandler qtest = qInstallMessageHandler(capturingHandler);
    {
        LogFile log(m_dir->path());
        QVERIFY(log.install());
        qCWarning(lcNet).noquote() << "access_token: SECRETVALUE1";
        log.uninstall();
        qCWarning(lcNet).noquote() << "after uninstall";
        QCOMPARE(readLines(log.filePath()).size(), 1);
    }
    qInstallMessageHandler(qtest);
    QMutexLocker lock(&g_capturedMutex);
    // The previous handler got the message too, redacted, and is current again afterwards.
    QCOMPARE(g_captured, (QStringList {u"access_token: ***"_s, u"after uninstall"_s}));
}

void TestLogFile::followsCategoryFilters()
{
    LogFile log(m_dir->path());
    QVERIFY(log.install());
    qCDebug(lcJournal) << "hidden by default";
    QLoggingCategory::setFilterRules(u"puente.journal.debug=true"_s);
    qCDebug(lcJournal) << "shown";
    log.uninstall();
    const QStringList lines = readLines(log.filePath());
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.first().endsWith(u"DEBUG puente.journal: shown"_s));
}

void TestLogFile::onlyOneInstalledAtATime()
{
    LogFile first(m_dir->filePath(u"a"_s));
    LogFile second(m_dir->filePath(u"b"_s));
    QVERIFY(first.install());
    QVERIFY(!second.install());
    QVERIFY(first.install()); // idempotent
    first.uninstall();
    QVERIFY(second.install());
    QVERIFY(second.isInstalled());
}

void TestLogFile::rotatesBySize()
{
    LogFileOptions options;
    options.maxFileBytes = 1024;
    options.maxFiles = 3;
    options.baseName = u"app"_s;
    LogFile log(m_dir->path(), options);
    QVERIFY(log.install());
    const QMessageLogContext context(nullptr, 0, nullptr, "puente.test");
    for (int i = 0; i < 40; ++i)
        log.write(QtInfoMsg, context, u"line %1 "_s.arg(i, 3, 10, QChar(u'0')) + QString(40, u'x'));
    log.uninstall();

    QCOMPARE(log.rotatedFilePath(1), m_dir->filePath(u"app.1.log"_s));
    const QStringList current = readLines(log.filePath());
    const QStringList previous = readLines(log.rotatedFilePath(1));
    QVERIFY(!current.isEmpty());
    QVERIFY(!previous.isEmpty());
    QVERIFY(QFileInfo(log.filePath()).size() <= 1024);
    QVERIFY(QFileInfo(log.rotatedFilePath(1)).size() <= 1024);
    QVERIFY(current.last().contains(u"line 039"_s));
    // No line lost at the seam between the files.
    const int lastOfPrevious = previous.last().section(u"line "_s, 1).left(3).toInt();
    const int firstOfCurrent = current.first().section(u"line "_s, 1).left(3).toInt();
    QCOMPARE(firstOfCurrent, lastOfPrevious + 1);
}

void TestLogFile::keepsAtMostMaxFiles()
{
    LogFileOptions options;
    options.maxFileBytes = 1024;
    options.maxFiles = 3;
    LogFile log(m_dir->path(), options);
    QVERIFY(log.install());
    const QMessageLogContext context(nullptr, 0, nullptr, "puente.test");
    for (int i = 0; i < 200; ++i)
        log.write(QtInfoMsg, context, u"entry %1 "_s.arg(i) + QString(60, u'y'));
    log.uninstall();
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files, (QStringList {u"puente.1.log"_s, u"puente.2.log"_s, u"puente.log"_s}));
    QVERIFY(readLines(log.filePath()).last().contains(u"entry 199"_s));
    QVERIFY(!readLines(log.rotatedFilePath(2)).join(u'\n').contains(u"entry 0 "_s));
}

void TestLogFile::concurrentWritesStayWhole()
{
    // A quiet handler underneath, so Qt Test does not print a thousand lines.
    const QtMessageHandler qtest =
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    auto restore = qScopeGuard([qtest] { qInstallMessageHandler(qtest); });
    LogFile log(m_dir->path());
    QVERIFY(log.install());
    constexpr int threads = 4;
    constexpr int perThread = 250;
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([t] {
            for (int i = 0; i < perThread; ++i)
                qCInfo(lcSync).noquote() << u"worker %1 message %2 end"_s.arg(t).arg(i);
        });
    }
    for (auto &worker : workers)
        worker.join();
    log.uninstall();
    const QStringList lines = readLines(log.filePath());
    QCOMPARE(lines.size(), threads * perThread);
    static const QRegularExpression whole(u"^\\S+ INFO puente.sync: worker \\d message \\d+ end$"_s);
    for (const QString &line : lines)
        QVERIFY2(whole.match(line).hasMatch(), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
