// SandboxProcess runs puente-sandbox as a child without blocking: ready() with the parsed line,
// failed() for every way a start can go wrong (missing program, bad line, early exit, timeout),
// stopped() when a running sandbox goes away, and no child left behind after stop().
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QStandardPaths>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include "demo/SandboxConnection.h"
#include "demo/SandboxProcess.h"

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

using namespace Qt::Literals::StringLiterals;
using puente::SandboxConnection;
using puente::SandboxProcess;

namespace {
constexpr int kWaitMs = 30000;

bool nothingListensOn(const QUrl &url)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    return !socket.waitForConnected(2000);
}
} // namespace

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readyCarriesTheConnection();
    void stopEndsTheChild();
    void exitAfterReadyIsReportedAsStopped();
    void missingProgramFails();
    void usageErrorFailsWithTheChildsMessage();
    void lineThatIsNotJsonFails();
    void silenceFailsAfterTheTimeout();
    void locateLooksBesideTheApplication();
    void connectionLineNamesWhatIsMissing_data();
    void connectionLineNamesWhatIsMissing();
};

void TestSandboxProcess::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(PUENTE_SANDBOX_EXE)), PUENTE_SANDBOX_EXE);
    qRegisterMetaType<SandboxConnection>();
}

void TestSandboxProcess::readyCarriesTheConnection()
{
    SandboxProcess process;
    process.setProgram(QStringLiteral(PUENTE_SANDBOX_EXE));
    QSignalSpy ready(&process, &SandboxProcess::ready);
    QSignalSpy failed(&process, &SandboxProcess::failed);
    process.start();
    QCOMPARE(process.state(), SandboxProcess::State::Starting); // start() did not wait
    QVERIFY(ready.wait(kWaitMs));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(process.state(), SandboxProcess::State::Running);
    const auto connection = ready.constFirst().at(0).value<SandboxConnection>();
    QCOMPARE(connection.bsaleBaseUrl.host(), u"127.0.0.1"_s);
    QCOMPARE(connection.jumpsellerBaseUrl.path(), u"/v1"_s);
    QVERIFY(!connection.bsaleAccessToken.isEmpty());
    QVERIFY(!connection.jumpsellerAuthToken.isEmpty());
    QCOMPARE(connection.seed, u"demo"_s);
    QCOMPARE(connection.processId, process.processId());
    QVERIFY(connection.demoActionsUrl.path().endsWith(u"/_admin/demo"_s));
}

void TestSandboxProcess::stopEndsTheChild()
{
    SandboxProcess process;
    process.setProgram(QStringLiteral(PUENTE_SANDBOX_EXE));
    QSignalSpy ready(&process, &SandboxProcess::ready);
    QSignalSpy stopped(&process, &SandboxProcess::stopped);
    process.start();
    QVERIFY(ready.wait(kWaitMs));
    const auto connection = ready.constFirst().at(0).value<SandboxConnection>();
    const qint64 pid = process.processId();
    process.stop();
    QCOMPARE(process.state(), SandboxProcess::State::NotRunning);
    QCOMPARE(stopped.count(), 0); // a requested stop is not news
#ifdef Q_OS_UNIX
    errno = 0;
    QCOMPARE(::kill(pid_t(pid), 0), -1);
    QCOMPARE(errno, ESRCH);
#else
    Q_UNUSED(pid)
#endif
    QVERIFY(nothingListensOn(connection.bsaleBaseUrl));
    QVERIFY(nothingListensOn(connection.jumpsellerBaseUrl));
}

void TestSandboxProcess::exitAfterReadyIsReportedAsStopped()
{
#ifdef Q_OS_UNIX
    SandboxProcess process;
    process.setProgram(QStringLiteral(PUENTE_SANDBOX_EXE));
    QSignalSpy ready(&process, &SandboxProcess::ready);
    QSignalSpy stopped(&process, &SandboxProcess::stopped);
    process.start();
    QVERIFY(ready.wait(kWaitMs));
    ::kill(pid_t(process.processId()), SIGTERM); // someone else ends it
    QVERIFY(stopped.wait(kWaitMs));
    QCOMPARE(stopped.constFirst().at(0).toInt(), 0);
    QCOMPARE(process.state(), SandboxProcess::State::NotRunning);
#else
    QVERIFY(true);
#endif
}

void TestSandboxProcess::missingProgramFails()
{
    SandboxProcess process;
    process.setProgram(QDir::temp().filePath(u"no-such-dir/puente-sandbox"_s));
    QSignalSpy failed(&process, &SandboxProcess::failed);
    process.start();
    QVERIFY(failed.wait(kWaitMs));
    QVERIFY2(failed.constFirst().at(0).toString().contains(u"could not be started"_s),
             qPrintable(failed.constFirst().at(0).toString()));
    QCOMPARE(process.state(), SandboxProcess::State::NotRunning);

    SandboxProcess unlocated;
    unlocated.setProgram({});
    QSignalSpy failedToo(&unlocated, &SandboxProcess::failed);
    unlocated.start();
    QCOMPARE(failedToo.count(), 1); // nothing to wait for
    QVERIFY(failedToo.constFirst().at(0).toString().contains(u"not installed"_s));
}

void TestSandboxProcess::usageErrorFailsWithTheChildsMessage()
{
    SandboxProcess process;
    process.setProgram(QStringLiteral(PUENTE_SANDBOX_EXE));
    process.setArguments({u"--rate-scale"_s, u"fast"_s});
    QSignalSpy failed(&process, &SandboxProcess::failed);
    process.start();
    QVERIFY(failed.wait(kWaitMs));
    const QString message = failed.constFirst().at(0).toString();
    QVERIFY2(message.contains(u"code 2"_s), qPrintable(message));
    QVERIFY2(message.contains(u"--rate-scale must be a number"_s), qPrintable(message));
}

void TestSandboxProcess::lineThatIsNotJsonFails()
{
    const QString echo = QStandardPaths::findExecutable(u"echo"_s);
    if (echo.isEmpty())
        QFAIL("no echo program to stand in for a broken sandbox");
    SandboxProcess process;
    process.setProgram(echo);
    process.setArguments({u"hello"_s});
    QSignalSpy failed(&process, &SandboxProcess::failed);
    QSignalSpy ready(&process, &SandboxProcess::ready);
    process.start();
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(ready.count(), 0);
    QVERIFY2(failed.constFirst().at(0).toString().contains(u"JSON"_s),
             qPrintable(failed.constFirst().at(0).toString()));
}

void TestSandboxProcess::silenceFailsAfterTheTimeout()
{
    SandboxProcess process;
    process.setProgram(QStringLiteral(PUENTE_SANDBOX_EXE));
    process.setArguments({u"--seed"_s, u"large:300000"_s}); // takes far longer than the timeout
    process.setStartTimeout(200);
    QSignalSpy failed(&process, &SandboxProcess::failed);
    process.start();
    QVERIFY(failed.wait(kWaitMs));
    QVERIFY2(failed.constFirst().at(0).toString().contains(u"did not report ready"_s),
             qPrintable(failed.constFirst().at(0).toString()));
    QCOMPARE(process.state(), SandboxProcess::State::NotRunning);
    QCOMPARE(process.processId(), 0); // the child was killed, not left seeding
}

void TestSandboxProcess::locateLooksBesideTheApplication()
{
    const QFileInfo exe(QStringLiteral(PUENTE_SANDBOX_EXE));
    QCOMPARE(SandboxProcess::locate(exe.absolutePath()), exe.absoluteFilePath());
    QCOMPARE(SandboxProcess::locate(QDir::temp().filePath(u"no-such-dir"_s)), QString());
    qputenv("PUENTE_SANDBOX", exe.absoluteFilePath().toLocal8Bit());
    QCOMPARE(SandboxProcess::locate(QDir::temp().filePath(u"no-such-dir"_s)), exe.absoluteFilePath());
    qunsetenv("PUENTE_SANDBOX");
}

void TestSandboxProcess::connectionLineNamesWhatIsMissing_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("error");
    const QByteArray good =
        R"({"bsale":{"baseUrl":"http://127.0.0.1:1/v1","adminUrl":"http://127.0.0.1:1/_admin","accessToken":"t"},)"
        R"("jumpseller":{"baseUrl":"http://127.0.0.1:2/v1","adminUrl":"http://127.0.0.1:2/_admin","login":"l","authToken":"a"},)"
        R"("admin":{"sandbox":"http://127.0.0.1:1/_admin/sandbox","demo":"http://127.0.0.1:1/_admin/demo"}})";
    QTest::newRow("good") << good << QString();
    QTest::newRow("not json") << QByteArray("puente-sandbox starting") << u"JSON object"_s;
    QTest::newRow("no token") << QByteArray(good).replace(R"("accessToken":"t")", R"("accessToken":"")")
                              << u"\"accessToken\""_s;
    QTest::newRow("not http") << QByteArray(good).replace("http://127.0.0.1:2/v1", "ftp://127.0.0.1:2/v1")
                              << u"\"baseUrl\""_s;
    QTest::newRow("no admin") << QByteArray(good).replace(R"("demo":)", R"("other":)") << u"\"demo\""_s;
}

void TestSandboxProcess::connectionLineNamesWhatIsMissing()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, error);
    QString message;
    const auto connection = SandboxConnection::fromJsonLine(line, &message);
    QCOMPARE(connection.has_value(), error.isEmpty());
    if (connection) {
        QCOMPARE(connection->bsaleAccessToken, u"t"_s);
        QCOMPARE(connection->jumpsellerBaseUrl.port(), 2);
    } else {
        QVERIFY2(message.contains(error), qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
