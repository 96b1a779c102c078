// puente-sync's --config check: every failure names the file (and the line).
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include "base/RunnerConfig.h"

using namespace Qt::Literals::StringLiterals;
using puente::RunnerConfig;

class TestRunnerConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validFileExposesValues();
    void missingFileIsNamed();
    void directoryIsNotAConfigFile();
    void malformedLinesAreReportedByNumber_data();
    void malformedLinesAreReportedByNumber();
    void invalidUtf8IsRejected();

private:
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

void TestRunnerConfig::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestRunnerConfig::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        qFatal("cannot write test file");
    return path;
}

void TestRunnerConfig::validFileExposesValues()
{
    const QString path = write(u"ok.ini"_s,
                               "; comment\n# another\n\n[bsale]\nbase_url = https://api.bsale.io\n"
                               "office=1\n[jumpseller]\n  stock_mode = available  \n");
    const RunnerConfig config = RunnerConfig::load(path);
    QVERIFY2(config.isValid(), qPrintable(config.errorString()));
    QCOMPARE(config.path(), path);
    QCOMPARE(config.values().value(u"bsale/base_url"_s).toString(), u"https://api.bsale.io"_s);
    QCOMPARE(config.values().value(u"bsale/office"_s).toString(), u"1"_s);
    QCOMPARE(config.values().value(u"jumpseller/stock_mode"_s).toString(), u"available"_s);
    QCOMPARE(config.values().size(), 3);
}

void TestRunnerConfig::missingFileIsNamed()
{
    const QString path = m_dir.filePath(u"absent.ini"_s);
    const RunnerConfig config = RunnerConfig::load(path);
    QVERIFY(!config.isValid());
    QVERIFY2(config.errorString().contains(path), qPrintable(config.errorString()));
    QVERIFY(config.errorString().contains(u"does not exist"_s));
}

void TestRunnerConfig::directoryIsNotAConfigFile()
{
    const RunnerConfig config = RunnerConfig::load(m_dir.path());
    QVERIFY(!config.isValid());
    QVERIFY(config.errorString().contains(m_dir.path()));
    QVERIFY(config.errorString().contains(u"not a regular file"_s));
}

void TestRunnerConfig::malformedLinesAreReportedByNumber_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("bare word") << QByteArray("[a]\nx=1\nsecret-looking-word\n") << u"line 3"_s;
    QTest::newRow("unclosed section") << QByteArray("[bsale\nx=1\n") << u"line 1"_s;
    QTest::newRow("empty section") << QByteArray("[a]\n[]\n") << u"line 2"_s;
    QTest::newRow("missing key") << QByteArray("[a]\n\n = 3\n") << u"line 3"_s;
}

void TestRunnerConfig::malformedLinesAreReportedByNumber()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, fragment);
    const QString path = write(u"bad.ini"_s, content);
    const RunnerConfig config = RunnerConfig::load(path);
    QVERIFY(!config.isValid());
    QVERIFY2(config.errorString().contains(path), qPrintable(config.errorString()));
    QVERIFY2(config.errorString().contains(fragment), qPrintable(config.errorString()));
    // The offending text is not echoed (it could be a mistyped token).
    QVERIFY(!config.errorString().contains(u"secret-looking-word"_s));
    QVERIFY(config.values().isEmpty());
}

void TestRunnerConfig::invalidUtf8IsRejected()
{
    const QString path = write(u"latin1.ini"_s,
                               "[a]\nname=Pe\xf1"
                               "alol\n");
    const RunnerConfig config = RunnerConfig::load(path);
    QVERIFY(!config.isValid());
    QVERIFY(config.errorString().contains(u"UTF-8"_s));
}

QTEST_GUILESS_MAIN(TestRunnerConfig)
#include "tst_runnerconfig.moc"
