// SyncSettings from puente-sync's INI: defaults, every key, and errors that name the key.
#include "base/RunnerConfig.h"
#include "sync/SyncSettings.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;
using namespace puente;

class TestSyncSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void minimalConfigGetsDefaults();
    void everyKeyIsRead();
    void errorsNameTheKey_data();
    void errorsNameTheKey();
    void otherSectionsAreLeftToStages();

private:
    ParsedSyncSettings parse(const QByteArray &ini);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSyncSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

ParsedSyncSettings TestSyncSettings::parse(const QByteArray &ini)
{
    const QString path = m_dir->filePath(u"puente.ini"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(ini) != ini.size())
        qFatal("cannot write the config");
    file.close();
    const RunnerConfig config = RunnerConfig::load(path);
    if (!config.isValid())
        qFatal("%s", qPrintable(config.errorString()));
    return SyncSettings::fromConfig(config);
}

void TestSyncSettings::minimalConfigGetsDefaults()
{
    const auto parsed = parse("[bsale]\noffice_id = 1\nprice_list_id = 3\n");
    QVERIFY2(parsed.ok(), parsed.error ? qPrintable(parsed.error->toString()) : "");
    const SyncSettings &s = *parsed.settings;
    QCOMPARE(s.officeIds, QList<int> {1});
    QCOMPARE(s.priceListId, 3);
    QCOMPARE(s.bsaleBaseUrl, QUrl(u"https://api.bsale.io"_s));
    QCOMPARE(s.jumpsellerBaseUrl, QUrl(u"https://api.jumpseller.com/v1"_s));
    QCOMPARE(s.skuCaseSensitive, false);
    QCOMPARE(s.linkByBarcode, true);
    QCOMPARE(s.linkByName, false);
    QCOMPARE(s.importCategoryName, u"Bsale"_s);
    QCOMPARE(s.reconcileIntervalMs, 900000);
    QCOMPARE(s.credentialSource, SyncSettings::CredentialSource::Environment);
    QVERIFY(s.isComplete());
}

void TestSyncSettings::everyKeyIsRead()
{
    QFile csv(m_dir->filePath(u"map.csv"_s));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.close();
    const auto parsed = parse("; comment\n[bsale]\nbase_url = http://127.0.0.1:8080\noffice_id = 1, 3,3\n"
                              "price_list_id = 7\n[jumpseller]\nbase_url = http://127.0.0.1:9090/v1\n"
                              "[sync]\nsku_case_sensitive = yes\nlink_by_barcode = off\nlink_by_name = true\n"
                              "import_category = Desde Bsale\nreconcile_interval = 60\nretry_interval = 5\n"
                              "request_timeout = 10\nretry_attempts = 2\ncredentials = keychain\n"
                              "[files]\nmappings = map.csv\n");
    QVERIFY2(parsed.ok(), parsed.error ? qPrintable(parsed.error->toString()) : "");
    const SyncSettings &s = *parsed.settings;
    QCOMPARE(s.bsaleBaseUrl, QUrl(u"http://127.0.0.1:8080"_s));
    QCOMPARE(s.officeIds, (QList<int> {1, 3}));
    QCOMPARE(s.priceListId, 7);
    QCOMPARE(s.jumpsellerBaseUrl, QUrl(u"http://127.0.0.1:9090/v1"_s));
    QVERIFY(s.skuCaseSensitive);
    QVERIFY(!s.linkByBarcode);
    QVERIFY(s.linkByName);
    QCOMPARE(s.importCategoryName, u"Desde Bsale"_s);
    QCOMPARE(s.reconcileIntervalMs, 60000);
    QCOMPARE(s.retryIntervalMs, 5000);
    QCOMPARE(s.requestTimeoutMs, 10000);
    QCOMPARE(s.retryAttempts, 2);
    QCOMPARE(s.credentialSource, SyncSettings::CredentialSource::Keychain);
    QCOMPARE(s.mappingsCsv, csv.fileName()); // relative to the config's folder
}

void TestSyncSettings::errorsNameTheKey_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("fragment");
    const QByteArray base = "[bsale]\noffice_id = 1\nprice_list_id = 3\n";
    QTest::newRow("no office") << QByteArray("[bsale]\nprice_list_id = 3\n") << u"bsale/office_id"_s
                               << u"is required"_s;
    QTest::newRow("no price list") << QByteArray("[bsale]\noffice_id = 2\n") << u"bsale/price_list_id"_s
                                   << u"is required"_s;
    QTest::newRow("office not a number") << QByteArray("[bsale]\noffice_id = central\nprice_list_id = 3\n")
                                         << u"bsale/office_id"_s << u"'central'"_s;
    QTest::newRow("bad url") << base + "base_url = ftp://example.com\n" << u"bsale/base_url"_s << u"http(s) URL"_s;
    QTest::newRow("bad bool") << base + "[sync]\nlink_by_name = maybe\n"
                              << u"sync/link_by_name"_s << u"true or false"_s;
    QTest::newRow("interval too short") << base + "[sync]\nreconcile_interval = 2\n"
                                        << u"sync/reconcile_interval"_s << u"at least 10"_s;
    QTest::newRow("typo") << base + "[sync]\nlink_by_barcodes = true\n"
                          << u"sync/link_by_barcodes"_s << u"unknown key"_s;
    QTest::newRow("token in file") << base + "[jumpseller]\nauth_token = abc\n"
                                   << u"jumpseller/auth_token"_s << u"PUENTE_JUMPSELLER_TOKEN"_s;
    QTest::newRow("missing csv") << base + "[files]\nexclusions = nope.csv\n"
                                 << u"files/exclusions"_s << u"does not exist"_s;
    QTest::newRow("empty category") << base + "[sync]\nimport_category =\n"
                                    << u"sync/import_category"_s << u"must not be empty"_s;
    QTest::newRow("credentials") << base + "[sync]\ncredentials = vault\n"
                                 << u"sync/credentials"_s << u"environment nor keychain"_s;
    QTest::newRow("key outside a section") << QByteArray("office_id = 1\n") << u"office_id"_s << u"section"_s;
}

void TestSyncSettings::errorsNameTheKey()
{
    QFETCH(QByteArray, ini);
    QFETCH(QString, key);
    QFETCH(QString, fragment);
    const auto parsed = parse(ini);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error->key, key);
    QVERIFY2(parsed.error->problem.contains(fragment), qPrintable(parsed.error->problem));
    QVERIFY(parsed.error->toString().startsWith(u"Config key '%1': "_s.arg(key)));
    QVERIFY2(!parsed.error->toString().contains(u"abc"_s), "a secret value was echoed");
}

void TestSyncSettings::otherSectionsAreLeftToStages()
{
    const auto parsed = parse("[bsale]\noffice_id = 1\nprice_list_id = 3\n[stock]\npoll_interval = 15\n");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.settings->options.value(u"stock/poll_interval"_s).toString(), u"15"_s);
}

QTEST_APPLESS_MAIN(TestSyncSettings)
#include "tst_syncsettings.moc"
