// KeychainSecretStore without a keychain: the test process points D-Bus at a socket that does
// not exist before the first job, so QtKeychain finds no keychain service. Every operation must
// then fail as NoBackend with the install hint, and the secret must not appear in plain text
// anywhere: not in the index, not in QtKeychain's insecure-fallback QSettings file.
// CTest runs this twice (tests/unit/CMakeLists.txt): once down QtKeychain's libsecret path (the
// usual Linux one) and once, with PUENTE_TEST_KEYCHAIN_PATH=kwallet, down its KWallet path,
// which is where QtKeychain would write plain text if insecure fallback were on.
// No keychain daemon is needed; every wait is bounded.
#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUuid>
#include <QtTest/QTest>

#include "SecretCallbackSpy.h"
#include "secrets/KeychainSecretStore.h"

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using puente::KeychainSecretStore;
using puente::SecretError;
using puente::SecretKey;

namespace {
constexpr int kJobTimeoutMs = 10000;
// Unique per run, so a leak is attributable to this run and not to an older one.
const QByteArray kSecret = "s3cr3t-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storageKeyIsNamespacedPerConnection_data();
    void storageKeyIsNamespacedPerConnection();
    void parseStorageKeyRejectsForeignNames_data();
    void parseStorageKeyRejectsForeignNames();
    void missingBackendMessagesAreRecognised_data();
    void missingBackendMessagesAreRecognised();
    void writeWithoutBackendIsNoBackendAndWritesNoPlainText();
    void readAndRemoveWithoutBackendAreNoBackend();
    void retryAfterNoBackendStillDeliversOnce();
    void invalidKeyNeverReachesTheKeychain();
    void knownKeysComeFromTheIndex();

private:
    std::unique_ptr<QSettings> indexSettings() const;
    QStringList filesContaining(const QByteArray &needle) const;

    QTemporaryDir m_dir;
    const SecretKey m_token {u"bsale-main"_s, u"token"_s};
};

void TestKeychainSecretStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Before the first job: QtKeychain picks and caches its backend on first use.
    qputenv("DBUS_SESSION_BUS_ADDRESS", u"unix:path=%1/no-such-bus"_s.arg(m_dir.path()).toLocal8Bit());
    for (const char *hint : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
                             "GNOME_DESKTOP_SESSION_ID", "KDE_FULL_SESSION", "KDE_SESSION_VERSION"})
        qunsetenv(hint);
    if (qgetenv("PUENTE_TEST_KEYCHAIN_PATH") == "kwallet") {
        // The only desktop hints that make QtKeychain 0.13 pick KWallet without probing D-Bus.
        qputenv("XDG_CURRENT_DESKTOP", "KDE");
        qputenv("KDE_SESSION_VERSION", "4");
    }
}

std::unique_ptr<QSettings> TestKeychainSecretStore::indexSettings() const
{
    return std::make_unique<QSettings>(m_dir.filePath(u"index.ini"_s), QSettings::IniFormat);
}

QStringList TestKeychainSecretStore::filesContaining(const QByteArray &needle) const
{
    // Our temp dir plus everywhere QSettings/QtKeychain could put a plain-text fallback
    // (test mode redirects these locations into a throw-away tree).
    const QStringList roots {
        m_dir.path(),
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
    };
    QStringList hits;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.size() < 4 * 1024 * 1024 && file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                hits.append(file.fileName());
        }
    }
    return hits;
}

void TestKeychainSecretStore::storageKeyIsNamespacedPerConnection_data()
{
    QTest::addColumn<SecretKey>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bsale token") << m_token << u"puente:bsale-main:token"_s;
    QTest::newRow("jumpseller login") << SecretKey {u"jumpseller-main"_s, u"login"_s}
                                      << u"puente:jumpseller-main:login"_s;
    QTest::newRow("uuid connection") << SecretKey {u"6f1c2a4e-1111-4000-8000-000000000001"_s, u"token"_s}
                                     << u"puente:6f1c2a4e-1111-4000-8000-000000000001:token"_s;
}

void TestKeychainSecretStore::storageKeyIsNamespacedPerConnection()
{
    QFETCH(SecretKey, key);
    QFETCH(QString, expected);
    QCOMPARE(KeychainSecretStore::storageKey(key), expected);
    const auto parsed = KeychainSecretStore::parseStorageKey(expected);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, key);
    QCOMPARE(KeychainSecretStore::ServiceName, QLatin1StringView("Puente"));
}

void TestKeychainSecretStore::parseStorageKeyRejectsForeignNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("other app") << u"nextcloud:bsale-main:token"_s;
    QTest::newRow("too few parts") << u"puente:token"_s;
    QTest::newRow("too many parts") << u"puente:a:b:c"_s;
    QTest::newRow("empty field") << u"puente:bsale-main:"_s;
    QTest::newRow("bad characters") << u"puente:bsale main:token"_s;
    QTest::newRow("empty") << QString();
}

void TestKeychainSecretStore::parseStorageKeyRejectsForeignNames()
{
    QFETCH(QString, name);
    QVERIFY(!KeychainSecretStore::parseStorageKey(name).has_value());
}

void TestKeychainSecretStore::missingBackendMessagesAreRecognised_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("missing");
    // Texts QtKeychain 0.13 (libsecret/KWallet paths) reports as OtherError, recorded on Debian 12.
    QTest::newRow("no session bus, no X11") << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s << true;
    QTest::newRow("bus socket missing") << u"Could not connect: No such file or directory"_s << true;
    QTest::newRow("no secret service") << u"The name org.freedesktop.secrets was not provided by any .service files"_s
                                       << true;
    QTest::newRow("kwallet without dbus") << u"Could not open wallet: org.freedesktop.DBus.Error.NoServer; D-Bus is "
                                             u"not running"_s
                                          << true;
    QTest::newRow("gnome keyring") << u"No keyring daemon"_s << true;
    QTest::newRow("entry missing") << u"Entry not found"_s << false;
    QTest::newRow("denied") << u"Access to keychain denied"_s << false;
    QTest::newRow("unknown") << u"Unknown error"_s << false;
}

void TestKeychainSecretStore::missingBackendMessagesAreRecognised()
{
    QFETCH(QString, message);
    QFETCH(bool, missing);
    QCOMPARE(KeychainSecretStore::looksLikeMissingBackend(message), missing);
}

void TestKeychainSecretStore::writeWithoutBackendIsNoBackendAndWritesNoPlainText()
{
    QVERIFY(filesContaining(kSecret).isEmpty()); // the check below can fail for the right reason only
    KeychainSecretStore store(indexSettings());
    store.setNoBackendRetryDelay(0ms);
    SecretCallbackSpy written;
    store.write(m_token, QString::fromLatin1(kSecret), this, written.callback());
    QVERIFY2(written.wait(kJobTimeoutMs), "the keychain job never answered");
    const QStringList leaks = filesContaining(kSecret);
    QVERIFY2(leaks.isEmpty(), qPrintable(u"secret written in plain text to "_s + leaks.join(u", "_s)));
    QCOMPARE(written.count(), 1);
    const auto result = written.last();
    QCOMPARE(result.error(), SecretError::NoBackend);
    QVERIFY2(result.message().startsWith(KeychainSecretStore::noBackendMessage()), qPrintable(result.message()));
    QVERIFY(result.message().contains(u"GNOME Keyring or KWallet"_s));
    QVERIFY(result.message().contains(u"never stores tokens in plain text"_s));
    QVERIFY(!result.message().contains(QString::fromLatin1(kSecret)));

    QVERIFY(store.knownKeys().isEmpty()); // nothing was stored, so nothing is indexed
}

void TestKeychainSecretStore::readAndRemoveWithoutBackendAreNoBackend()
{
    KeychainSecretStore store(indexSettings());
    store.setNoBackendRetryDelay(0ms);
    SecretCallbackSpy read;
    SecretCallbackSpy removed;
    store.read(m_token, this, read.callback());
    store.remove(m_token, this, removed.callback());
    QVERIFY(read.wait(kJobTimeoutMs));
    QVERIFY(removed.wait(kJobTimeoutMs));
    QCOMPARE(read.last().error(), SecretError::NoBackend);
    QCOMPARE(removed.last().error(), SecretError::NoBackend);
    QVERIFY(read.last().value().isEmpty());
}

void TestKeychainSecretStore::retryAfterNoBackendStillDeliversOnce()
{
    KeychainSecretStore store(indexSettings());
    store.setNoBackendRetryDelay(50ms);
    SecretCallbackSpy written;
    store.write(m_token, QString::fromLatin1(kSecret), this, written.callback());
    QVERIFY(written.wait(kJobTimeoutMs));
    QCOMPARE(written.last().error(), SecretError::NoBackend);
    QTest::qWait(200); // a second delivery (from the retry) would land here
    QCOMPARE(written.count(), 1);
    QVERIFY(filesContaining(kSecret).isEmpty());
}

void TestKeychainSecretStore::invalidKeyNeverReachesTheKeychain()
{
    KeychainSecretStore store(indexSettings());
    SecretCallbackSpy written;
    store.write(SecretKey {u"bsale:main"_s, u"token"_s}, u"x"_s, this, written.callback());
    QCOMPARE(written.count(), 0);
    QVERIFY(written.wait());
    QCOMPARE(written.last().error(), SecretError::InvalidKey);
}

void TestKeychainSecretStore::knownKeysComeFromTheIndex()
{
    {
        auto settings = indexSettings();
        settings->setValue(KeychainSecretStore::IndexSettingsKey,
                           QStringList {u"puente:jumpseller-main:token"_s, u"garbage"_s, u"puente:bsale-main:token"_s});
    }
    KeychainSecretStore store(indexSettings());
    QCOMPARE(store.knownKeys(), (QList<SecretKey> {m_token, SecretKey {u"jumpseller-main"_s, u"token"_s}}));

    // A failed write (no backend) neither adds to nor drops from the index.
    store.setNoBackendRetryDelay(0ms);
    SecretCallbackSpy written;
    store.write(SecretKey {u"new-conn"_s, u"token"_s}, u"x"_s, this, written.callback());
    QVERIFY(written.wait(kJobTimeoutMs));
    QCOMPARE(written.last().error(), SecretError::NoBackend);
    QCOMPARE(store.knownKeys().size(), 2);
    indexSettings()->remove(KeychainSecretStore::IndexSettingsKey);
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
