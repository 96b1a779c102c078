// `puente --demo --log-file FILE` as a real process (offscreen): the desktop app writes its
// rotating log where asked, with the UI's and the sync engine's lines, and without the demo
// shop's API tokens, which the app holds in memory the whole time.
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QString readLogs(const QDir &dir)
{
    QString all;
    for (const QString &name : dir.entryList({u"*.log"_s}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            all += QString::fromUtf8(file.readAll());
    }
    return all;
}

} // namespace

class TestAppLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoWritesARedactedLog();
};

void TestAppLog::demoWritesARedactedLog()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QDir logs(home.filePath(u"diagnostics"_s));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // The app's data and settings go to the temporary home, not the user's.
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"QT_LOGGING_RULES"_s, u"puente.*.debug=true"_s);
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(PUENTE_APP_EXE),
              {u"--demo"_s, u"--lang"_s, u"en"_s, u"--log-file"_s, logs.filePath(u"puente.log"_s)});
    QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));

    // The first sync cycle against the demo shop ends with its summary line.
    QElapsedTimer waited;
    waited.start();
    while (!readLogs(logs).contains(u"linked,"_s) && waited.elapsed() < 60000 && app.state() == QProcess::Running)
        QTest::qWait(200);
    const QString duringRun = readLogs(logs);
    app.terminate(); // like File > Quit
    QVERIFY(app.waitForFinished(15000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);

    QVERIFY2(duringRun.contains(u"linked,"_s), qPrintable(duringRun.right(2000)));
    const QString log = readLogs(logs);
    QVERIFY(log.contains(u"puente.ui: Puente"_s));
    QVERIFY(log.contains(u"puente.sync: "_s));
    QVERIFY(log.contains(u"puente.net: "_s)); // every request's debug line
    QVERIFY(QFile::exists(logs.filePath(u"puente.log"_s)));
    // The tokens the demo's sandbox hands out (tests/fakes/sandbox/Sandbox.cpp) never appear.
    for (const QString &secret :
         {u"sandbox-bsale-access-token"_s, u"sandbox-jumpseller-authtoken"_s, u"sandbox-jumpseller-login"_s})
        QVERIFY2(!log.contains(secret), qPrintable(secret));
}

QTEST_GUILESS_MAIN(TestAppLog)
#include "tst_applog.moc"
