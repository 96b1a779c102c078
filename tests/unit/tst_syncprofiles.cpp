// SyncProfiles: two ConnectionProfiles and the Bsale choices turned into what SyncWorker takes.
// The Bsale URL loses its "/v1" (BsaleClient adds it per path); credentials come from the store
// under the profiles' own keys, never a value in a problem message.
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include "demo/SyncProfiles.h"
#include "secrets/MemorySecretStore.h"

using namespace Qt::Literals::StringLiterals;
using puente::ConnectionProfile;
using puente::SyncCredentials;
using puente::SyncProfiles;

class TestSyncProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bsaleUrlLosesItsVersion_data();
    void bsaleUrlLosesItsVersion();
    void settingsCarryUrlsOfficesAndPriceList();
    void validityNeedsBothProfilesAnOfficeAndAList();
    void credentialsComeFromTheProfilesKeys();
    void missingCredentialsAreNamedNotShown();

private:
    static SyncProfiles profiles();
    struct Loaded
    {
        bool called = false;
        std::optional<SyncCredentials> credentials;
        QString problem;
    };
    void load(puente::SecretStore &store, Loaded &out);
    static void write(puente::SecretStore &store, const puente::SecretKey &key, const QString &value);
};

SyncProfiles TestSyncProfiles::profiles()
{
    SyncProfiles p;
    p.bsale.service = ConnectionProfile::Service::Bsale;
    p.bsale.connectionId = u"shop-bsale"_s;
    p.bsale.baseUrl = QUrl(u"http://127.0.0.1:40001/v1"_s);
    p.jumpseller.service = ConnectionProfile::Service::Jumpseller;
    p.jumpseller.connectionId = u"shop-jumpseller"_s;
    p.jumpseller.baseUrl = QUrl(u"http://127.0.0.1:40002/v1"_s);
    p.officeIds = {3};
    p.priceListId = 3;
    return p;
}

void TestSyncProfiles::bsaleUrlLosesItsVersion_data()
{
    QTest::addColumn<QString>("apiRoot");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sandbox") << u"http://127.0.0.1:40001/v1"_s << u"http://127.0.0.1:40001"_s;
    QTest::newRow("trailing slash") << u"https://api.bsale.io/v1/"_s << u"https://api.bsale.io"_s;
    QTest::newRow("no version") << u"https://api.bsale.io"_s << u"https://api.bsale.io"_s;
    QTest::newRow("proxy prefix") << u"https://proxy.example/bsale/v1"_s << u"https://proxy.example/bsale"_s;
    QTest::newRow("v1 inside a word") << u"https://proxy.example/apiv1x"_s << u"https://proxy.example/apiv1x"_s;
}

void TestSyncProfiles::bsaleUrlLosesItsVersion()
{
    QFETCH(QString, apiRoot);
    QFETCH(QString, expected);
    QCOMPARE(SyncProfiles::bsaleSettingsUrl(QUrl(apiRoot)).toString(), expected);
}

void TestSyncProfiles::settingsCarryUrlsOfficesAndPriceList()
{
    const puente::SyncSettings settings = profiles().settings();
    QCOMPARE(settings.bsaleBaseUrl, QUrl(u"http://127.0.0.1:40001"_s));
    QCOMPARE(settings.jumpsellerBaseUrl, QUrl(u"http://127.0.0.1:40002/v1"_s));
    QCOMPARE(settings.officeIds, QList<int> {3});
    QCOMPARE(settings.priceListId, 3);
    QVERIFY(settings.isComplete());
    // Everything else keeps the engine's defaults.
    QCOMPARE(settings.reconcileIntervalMs, puente::SyncSettings().reconcileIntervalMs);
    QCOMPARE(settings.importCategoryName, puente::SyncSettings().importCategoryName);
}

void TestSyncProfiles::validityNeedsBothProfilesAnOfficeAndAList()
{
    QVERIFY(profiles().isValid());
    SyncProfiles p = profiles();
    p.officeIds.clear();
    QVERIFY(!p.isValid());
    p = profiles();
    p.priceListId = 0;
    QVERIFY(!p.isValid());
    p = profiles();
    p.jumpseller.baseUrl.clear();
    QVERIFY(!p.isValid());
}

void TestSyncProfiles::write(puente::SecretStore &store, const puente::SecretKey &key, const QString &value)
{
    bool done = false;
    QObject context;
    store.write(key, value, &context, [&done](const puente::SecretResult &r) { done = r.ok(); });
    QTRY_VERIFY(done);
}

void TestSyncProfiles::load(puente::SecretStore &store, Loaded &out)
{
    profiles().loadCredentials(store, this,
                               [&out](const std::optional<SyncCredentials> &credentials, const QString &problem) {
                                   QVERIFY(!out.called); // exactly once
                                   out.called = true;
                                   out.credentials = credentials;
                                   out.problem = problem;
                               });
    QVERIFY(!out.called); // always later
    QTRY_VERIFY(out.called);
}

void TestSyncProfiles::credentialsComeFromTheProfilesKeys()
{
    puente::MemorySecretStore store;
    const SyncProfiles p = profiles();
    write(store, p.bsale.tokenKey(), u"bsale-token-1"_s);
    write(store, p.jumpseller.loginKey(), u"shop@example.cl"_s);
    write(store, p.jumpseller.tokenKey(), u"js-token-2"_s);
    // The puente-sync names are not what the profiles use.
    write(store, puente::SecretKey {QString::fromLatin1(SyncCredentials::kBsaleConnection), u"token"_s}, u"wrong"_s);
    Loaded loaded;
    load(store, loaded);
    QVERIFY(loaded.credentials);
    QCOMPARE(loaded.credentials->bsaleToken, QByteArray("bsale-token-1"));
    QCOMPARE(loaded.credentials->jumpsellerLogin, u"shop@example.cl"_s);
    QCOMPARE(loaded.credentials->jumpsellerToken, u"js-token-2"_s);
    QVERIFY(loaded.credentials->isComplete());
    QVERIFY(loaded.problem.isEmpty());
}

void TestSyncProfiles::missingCredentialsAreNamedNotShown()
{
    puente::MemorySecretStore store;
    const SyncProfiles p = profiles();
    write(store, p.bsale.tokenKey(), u"bsale-token-1"_s);
    Loaded loaded;
    load(store, loaded);
    QVERIFY(!loaded.credentials);
    QVERIFY2(loaded.problem.contains(u"shop-jumpseller"_s), qPrintable(loaded.problem));
    QVERIFY(!loaded.problem.contains(u"bsale-token-1"_s));
}

QTEST_GUILESS_MAIN(TestSyncProfiles)
#include "tst_syncprofiles.moc"
