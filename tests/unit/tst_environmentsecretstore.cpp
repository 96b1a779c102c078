// EnvironmentSecretStore: headless runs read tokens from PUENTE_* variables; it follows the
// SecretStore contract and refuses every change with a clear read-only error.
#include <QtTest/QTest>

#include "SecretCallbackSpy.h"
#include "secrets/EnvironmentSecretStore.h"

using namespace Qt::Literals::StringLiterals;
using puente::EnvironmentSecretStore;
using puente::SecretError;
using puente::SecretKey;

class TestEnvironmentSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardMappingNamesTheDocumentedVariables_data();
    void standardMappingNamesTheDocumentedVariables();
    void readsTheMappedVariable();
    void unsetOrEmptyVariableIsNotFoundNamingIt_data();
    void unsetOrEmptyVariableIsNotFoundNamingIt();
    void unmappedKeyIsNotFound();
    void writeAndRemoveAreReadOnly();
    void invalidKeyIsRejectedBeforeReadOnly();
    void knownKeysListsOnlySetVariables();
    void otherConnectionIdsCanBeBound();
    void defaultStoreReadsTheProcessEnvironment();
    void callbacksAreQueuedAndDroppedForDeadContexts();

private:
    static QProcessEnvironment environment(const QList<std::pair<QString, QString>> &variables);
    const SecretKey m_bsaleToken {u"bsale-main"_s, u"token"_s};
    const SecretKey m_jsLogin {u"jumpseller-main"_s, u"login"_s};
    const SecretKey m_jsToken {u"jumpseller-main"_s, u"token"_s};
};

QProcessEnvironment TestEnvironmentSecretStore::environment(const QList<std::pair<QString, QString>> &variables)
{
    QProcessEnvironment env;
    for (const auto &[name, value] : variables)
        env.insert(name, value);
    return env;
}

void TestEnvironmentSecretStore::standardMappingNamesTheDocumentedVariables_data()
{
    QTest::addColumn<SecretKey>("key");
    QTest::addColumn<QString>("variable");
    QTest::newRow("bsale token") << m_bsaleToken << u"PUENTE_BSALE_TOKEN"_s;
    QTest::newRow("jumpseller login") << m_jsLogin << u"PUENTE_JUMPSELLER_LOGIN"_s;
    QTest::newRow("jumpseller token") << m_jsToken << u"PUENTE_JUMPSELLER_TOKEN"_s;
    QTest::newRow("bsale has no login") << SecretKey {u"bsale-main"_s, u"login"_s} << QString();
}

void TestEnvironmentSecretStore::standardMappingNamesTheDocumentedVariables()
{
    QFETCH(SecretKey, key);
    QFETCH(QString, variable);
    const EnvironmentSecretStore store(EnvironmentSecretStore::standardMapping(), QProcessEnvironment());
    QCOMPARE(store.variableFor(key), variable);
    QCOMPARE(EnvironmentSecretStore::standardMapping().size(), 3);
}

void TestEnvironmentSecretStore::readsTheMappedVariable()
{
    EnvironmentSecretStore store(EnvironmentSecretStore::standardMapping(),
                                 environment({{u"PUENTE_BSALE_TOKEN"_s, u"bsale-secret"_s},
                                              {u"PUENTE_JUMPSELLER_LOGIN"_s, u"js-login"_s},
                                              {u"PUENTE_JUMPSELLER_TOKEN"_s, u"js-secret"_s}}));
    SecretCallbackSpy bsale;
    SecretCallbackSpy login;
    SecretCallbackSpy token;
    store.read(m_bsaleToken, this, bsale.callback());
    store.read(m_jsLogin, this, login.callback());
    store.read(m_jsToken, this, token.callback());
    QVERIFY(bsale.wait());
    QVERIFY(login.wait());
    QVERIFY(token.wait());
    QVERIFY(bsale.last().ok());
    QCOMPARE(bsale.last().value(), u"bsale-secret"_s);
    QCOMPARE(login.last().value(), u"js-login"_s);
    QCOMPARE(token.last().value(), u"js-secret"_s);
    QCOMPARE(token.last().key(), m_jsToken);
}

void TestEnvironmentSecretStore::unsetOrEmptyVariableIsNotFoundNamingIt_data()
{
    QTest::addColumn<bool>("setEmpty");
    QTest::newRow("unset") << false;
    QTest::newRow("empty") << true;
}

void TestEnvironmentSecretStore::unsetOrEmptyVariableIsNotFoundNamingIt()
{
    QFETCH(bool, setEmpty);
    const QProcessEnvironment env =
        setEmpty ? environment({{u"PUENTE_BSALE_TOKEN"_s, QString()}}) : QProcessEnvironment();
    EnvironmentSecretStore store(EnvironmentSecretStore::standardMapping(), env);
    SecretCallbackSpy read;
    store.read(m_bsaleToken, this, read.callback());
    QVERIFY(read.wait());
    QCOMPARE(read.last().error(), SecretError::NotFound);
    QVERIFY2(read.last().message().contains(u"PUENTE_BSALE_TOKEN"_s), qPrintable(read.last().message()));
}

void TestEnvironmentSecretStore::unmappedKeyIsNotFound()
{
    EnvironmentSecretStore store(EnvironmentSecretStore::standardMapping(),
                                 environment({{u"PUENTE_BSALE_TOKEN"_s, u"x"_s}}));
    SecretCallbackSpy read;
    store.read(SecretKey {u"shopify-main"_s, u"token"_s}, this, read.callback());
    QVERIFY(read.wait());
    QCOMPARE(read.last().error(), SecretError::NotFound);
    // Tells the user which variables exist.
    QVERIFY2(read.last().message().contains(u"PUENTE_JUMPSELLER_TOKEN"_s), qPrintable(read.last().message()));
}

void TestEnvironmentSecretStore::writeAndRemoveAreReadOnly()
{
    EnvironmentSecretStore store(EnvironmentSecretStore::standardMapping(),
                                 environment({{u"PUENTE_BSALE_TOKEN"_s, u"original"_s}}));
    QVERIFY(!store.isWritable());
    SecretCallbackSpy written;
    SecretCallbackSpy removed;
    store.write(m_bsaleToken, u"changed"_s, this, written.callback());
    store.remove(m_bsaleToken, this, removed.callback());
    QVERIFY(written.wait());
    QVERIFY(removed.wait());
    for (const SecretCallbackSpy *spy : {&written, &removed}) {
        QCOMPARE(spy->last().error(), SecretError::ReadOnly);
        QVERIFY2(spy->last().message().contains(u"read-only"_s), qPrintable(spy->last().message()));
        QVERIFY2(spy->last().message().contains(u"PUENTE_BSALE_TOKEN"_s), qPrintable(spy->last().message()));
    }
    SecretCallbackSpy read;
    store.read(m_bsaleToken, this, read.callback());
    QVERIFY(read.wait());
    QCOMPARE(read.last().value(), u"original"_s);
}

void TestEnvironmentSecretStore::invalidKeyIsRejectedBeforeReadOnly()
{
    EnvironmentSecretStore store(EnvironmentSecretStore::standardMapping(), QProcessEnvironment());
    SecretCallbackSpy written;
    SecretCallbackSpy read;
    store.write(SecretKey {u"bsale:main"_s, u"token"_s}, u"x"_s, this, written.callback());
    store.read(SecretKey {u"bsale-main"_s, QString()}, this, read.callback());
    QVERIFY(written.wait());
    QVERIFY(read.wait());
    QCOMPARE(written.last().error(), SecretError::InvalidKey);
    QCOMPARE(read.last().error(), SecretError::InvalidKey);
}

void TestEnvironmentSecretStore::knownKeysListsOnlySetVariables()
{
    EnvironmentSecretStore store(EnvironmentSecretStore::standardMapping(),
                                 environment({{u"PUENTE_JUMPSELLER_TOKEN"_s, u"t"_s},
                                              {u"PUENTE_BSALE_TOKEN"_s, u"b"_s},
                                              {u"PUENTE_JUMPSELLER_LOGIN"_s, QString()}}));
    QCOMPARE(store.knownKeys(), (QList<SecretKey> {m_bsaleToken, m_jsToken}));
}

void TestEnvironmentSecretStore::otherConnectionIdsCanBeBound()
{
    const QString bsaleUuid = u"6f1c2a4e-1111-4000-8000-000000000001"_s;
    EnvironmentSecretStore store(EnvironmentSecretStore::standardMapping(bsaleUuid, u"js-2"_s),
                                 environment({{u"PUENTE_BSALE_TOKEN"_s, u"b"_s}}));
    SecretCallbackSpy read;
    SecretCallbackSpy oldId;
    store.read(SecretKey {bsaleUuid, u"token"_s}, this, read.callback());
    store.read(m_bsaleToken, this, oldId.callback());
    QVERIFY(read.wait());
    QVERIFY(oldId.wait());
    QCOMPARE(read.last().value(), u"b"_s);
    QCOMPARE(oldId.last().error(), SecretError::NotFound);
    QCOMPARE(store.variableFor(SecretKey {u"js-2"_s, u"login"_s}), u"PUENTE_JUMPSELLER_LOGIN"_s);
}

void TestEnvironmentSecretStore::defaultStoreReadsTheProcessEnvironment()
{
    qputenv("PUENTE_JUMPSELLER_LOGIN", "from-process-env");
    EnvironmentSecretStore store;
    qunsetenv("PUENTE_JUMPSELLER_LOGIN"); // captured at construction
    SecretCallbackSpy read;
    store.read(m_jsLogin, this, read.callback());
    QVERIFY(read.wait());
    QCOMPARE(read.last().value(), u"from-process-env"_s);
}

void TestEnvironmentSecretStore::callbacksAreQueuedAndDroppedForDeadContexts()
{
    EnvironmentSecretStore store(EnvironmentSecretStore::standardMapping(),
                                 environment({{u"PUENTE_BSALE_TOKEN"_s, u"b"_s}}));
    SecretCallbackSpy dropped;
    SecretCallbackSpy delivered;
    auto context = std::make_unique<QObject>();
    store.read(m_bsaleToken, context.get(), dropped.callback());
    store.write(m_bsaleToken, u"x"_s, this, delivered.callback());
    QCOMPARE(dropped.count(), 0);
    QCOMPARE(delivered.count(), 0);
    context.reset();
    QVERIFY(delivered.wait());
    QCOMPARE(dropped.count(), 0);
}

QTEST_GUILESS_MAIN(TestEnvironmentSecretStore)
#include "tst_environmentsecretstore.moc"
