// MemorySecretStore must honour the full SecretStore contract, because tests of every caller
// stand in for the keychain with it.
#include <QtCore/QThread>
#include <QtTest/QTest>

#include "SecretCallbackSpy.h"
#include "secrets/MemorySecretStore.h"

using namespace Qt::Literals::StringLiterals;
using puente::MemorySecretStore;
using puente::SecretError;
using puente::SecretKey;

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeThenReadReturnsTheValue();
    void readOfMissingKeyIsNotFound();
    void overwriteReplacesTheValue();
    void removeDeletesAndIsIdempotent();
    void invalidKeysAreRejected_data();
    void invalidKeysAreRejected();
    void emptyValueIsRejected();
    void callbacksAreNeverSynchronous();
    void callbackIsDroppedWhenContextDies();
    void callbackRunsInTheContextThread();
    void knownKeysAreSortedNames();
    void forcedErrorDrivesErrorPaths();

private:
    const SecretKey m_token {u"bsale-main"_s, u"token"_s};
};

void TestMemorySecretStore::writeThenReadReturnsTheValue()
{
    MemorySecretStore store;
    SecretCallbackSpy written;
    store.write(m_token, u"abc123"_s, this, written.callback());
    QVERIFY(written.wait());
    QVERIFY(written.last().ok());
    QCOMPARE(written.last().key(), m_token);
    QVERIFY(written.last().value().isEmpty());

    SecretCallbackSpy read;
    store.read(m_token, this, read.callback());
    QVERIFY(read.wait());
    QVERIFY(read.last().ok());
    QCOMPARE(read.last().value(), u"abc123"_s);
    QCOMPARE(read.count(), 1);
}

void TestMemorySecretStore::readOfMissingKeyIsNotFound()
{
    MemorySecretStore store;
    SecretCallbackSpy read;
    store.read(m_token, this, read.callback());
    QVERIFY(read.wait());
    QCOMPARE(read.last().error(), SecretError::NotFound);
    QVERIFY2(read.last().message().contains(u"bsale-main/token"_s), qPrintable(read.last().message()));
}

void TestMemorySecretStore::overwriteReplacesTheValue()
{
    MemorySecretStore store;
    SecretCallbackSpy first;
    SecretCallbackSpy second;
    store.write(m_token, u"old"_s, this, first.callback());
    store.write(m_token, u"new"_s, this, second.callback());
    QVERIFY(second.wait());
    SecretCallbackSpy read;
    store.read(m_token, this, read.callback());
    QVERIFY(read.wait());
    QCOMPARE(read.last().value(), u"new"_s);
    QCOMPARE(store.knownKeys().size(), 1);
}

void TestMemorySecretStore::removeDeletesAndIsIdempotent()
{
    MemorySecretStore store;
    SecretCallbackSpy written;
    store.write(m_token, u"abc"_s, this, written.callback());
    QVERIFY(written.wait());

    SecretCallbackSpy removed;
    store.remove(m_token, this, removed.callback());
    QVERIFY(removed.wait());
    QVERIFY(removed.last().ok());
    QVERIFY(store.knownKeys().isEmpty());

    SecretCallbackSpy removedAgain;
    store.remove(m_token, this, removedAgain.callback());
    QVERIFY(removedAgain.wait());
    QVERIFY(removedAgain.last().ok());

    SecretCallbackSpy read;
    store.read(m_token, this, read.callback());
    QVERIFY(read.wait());
    QCOMPARE(read.last().error(), SecretError::NotFound);
}

void TestMemorySecretStore::invalidKeysAreRejected_data()
{
    QTest::addColumn<QString>("connectionId");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty connection") << QString() << u"token"_s;
    QTest::newRow("empty field") << u"bsale-main"_s << QString();
    QTest::newRow("colon would break namespacing") << u"bsale:main"_s << u"token"_s;
    QTest::newRow("space") << u"bsale main"_s << u"token"_s;
    QTest::newRow("slash") << u"bsale-main"_s << u"to/ken"_s;
    QTest::newRow("braced uuid") << u"{6f1c2a4e-0000-4000-8000-000000000001}"_s << u"token"_s;
    QTest::newRow("non-ascii") << u"tienda-ñuñoa"_s << u"token"_s;
}

void TestMemorySecretStore::invalidKeysAreRejected()
{
    QFETCH(QString, connectionId);
    QFETCH(QString, field);
    const SecretKey key {connectionId, field};
    QVERIFY(!key.isValid());
    MemorySecretStore store;
    SecretCallbackSpy written;
    SecretCallbackSpy read;
    SecretCallbackSpy removed;
    store.write(key, u"abc"_s, this, written.callback());
    store.read(key, this, read.callback());
    store.remove(key, this, removed.callback());
    QVERIFY(written.wait());
    QVERIFY(read.wait());
    QVERIFY(removed.wait());
    QCOMPARE(written.last().error(), SecretError::InvalidKey);
    QCOMPARE(read.last().error(), SecretError::InvalidKey);
    QCOMPARE(removed.last().error(), SecretError::InvalidKey);
    QVERIFY(store.knownKeys().isEmpty());
}

void TestMemorySecretStore::emptyValueIsRejected()
{
    MemorySecretStore store;
    SecretCallbackSpy written;
    store.write(m_token, QString(), this, written.callback());
    QVERIFY(written.wait());
    QCOMPARE(written.last().error(), SecretError::Other);
    QVERIFY(written.last().message().contains(u"empty"_s));
    QVERIFY(store.knownKeys().isEmpty());
}

void TestMemorySecretStore::callbacksAreNeverSynchronous()
{
    MemorySecretStore store;
    SecretCallbackSpy written;
    SecretCallbackSpy read;
    SecretCallbackSpy invalid;
    store.write(m_token, u"abc"_s, this, written.callback());
    store.read(m_token, this, read.callback());
    store.read(SecretKey {}, this, invalid.callback());
    QCOMPARE(written.count(), 0);
    QCOMPARE(read.count(), 0);
    QCOMPARE(invalid.count(), 0);
    QVERIFY(invalid.wait());
    QVERIFY(read.wait());
    QCOMPARE(written.count(), 1);
    QCOMPARE(read.count(), 1);
    QCOMPARE(invalid.count(), 1);
}

void TestMemorySecretStore::callbackIsDroppedWhenContextDies()
{
    MemorySecretStore store;
    SecretCallbackSpy dropped;
    SecretCallbackSpy delivered;
    auto context = std::make_unique<QObject>();
    store.write(m_token, u"abc"_s, context.get(), dropped.callback());
    context.reset();
    store.read(m_token, this, delivered.callback()); // queued after the first: a marker
    QVERIFY(delivered.wait());
    QCOMPARE(dropped.count(), 0);
    QVERIFY(delivered.last().ok()); // the write itself happened
}

void TestMemorySecretStore::callbackRunsInTheContextThread()
{
    QThread worker;
    worker.start();
    QObject context;
    context.moveToThread(&worker);
    MemorySecretStore store;
    SecretCallbackSpy written;
    store.write(m_token, u"abc"_s, &context, written.callback());
    QVERIFY(written.wait());
    QCOMPARE(written.lastThread(), &worker);
    worker.quit();
    QVERIFY(worker.wait(5000));
}

void TestMemorySecretStore::knownKeysAreSortedNames()
{
    MemorySecretStore store;
    const SecretKey jsLogin {u"jumpseller-main"_s, u"login"_s};
    const SecretKey jsToken {u"jumpseller-main"_s, u"token"_s};
    SecretCallbackSpy last;
    SecretCallbackSpy ignored;
    store.write(jsToken, u"t"_s, this, ignored.callback());
    store.write(m_token, u"b"_s, this, ignored.callback());
    store.write(jsLogin, u"l"_s, this, last.callback());
    QVERIFY(last.wait());
    QCOMPARE(store.knownKeys(), (QList<SecretKey> {m_token, jsLogin, jsToken}));
}

void TestMemorySecretStore::forcedErrorDrivesErrorPaths()
{
    MemorySecretStore store;
    store.setForcedError(SecretError::NoBackend);
    SecretCallbackSpy written;
    store.write(m_token, u"abc"_s, this, written.callback());
    QVERIFY(written.wait());
    QCOMPARE(written.last().error(), SecretError::NoBackend);
    QVERIFY(store.knownKeys().isEmpty());

    store.setForcedError(SecretError::None);
    SecretCallbackSpy writtenAgain;
    store.write(m_token, u"abc"_s, this, writtenAgain.callback());
    QVERIFY(writtenAgain.wait());
    QVERIFY(writtenAgain.last().ok());
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
