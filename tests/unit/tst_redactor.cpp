// Redactor: the patterns that keep credentials out of logs, and the known-secret registry.
#include <QtCore/QUrl>
#include <QtTest/QTest>

#include "base/Redactor.h"

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using puente::Redactor;

class TestRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanupTestCase();
    void patterns_data();
    void patterns();
    void knownSecretIsMaskedAnywhere();
    void percentEncodedSecretIsMasked();
    void shortSecretsAreIgnored();
    void longerSecretWinsOverItsPrefix();
    void redactUrl_data();
    void redactUrl();
    void headerValues();
    void learnsSecretsFromBasicAuth();
    void learnsSecretsFromUrl();
    void concurrentUseIsSafe();
};

void TestRedactor::init()
{
    Redactor::clearSecrets();
}

void TestRedactor::cleanupTestCase()
{
    Redactor::clearSecrets();
}

void TestRedactor::patterns_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("basic header") << u"Authorization: Basic c2hvcDpTRUNSRVQxMjM0NTY="_s
                                  << u"Authorization: Basic ***"_s;
    QTest::newRow("bearer header lower-case")
        << u"authorization: bearer abc.DEF-ghi_123"_s << u"authorization: bearer ***"_s;
    QTest::newRow("bsale access_token header") << u"access_token: 0123456789abcdef0123"_s << u"access_token: ***"_s;
    QTest::newRow("jumpseller query keeps login")
        << u"GET https://api.jumpseller.com/v1/products.json?login=myshop&authtoken=ZZZ999zzz&limit=50"_s
        << u"GET https://api.jumpseller.com/v1/products.json?login=myshop&authtoken=***&limit=50"_s;
    QTest::newRow("several query keys") << u"?access_token=abc123&token=t0k3n&password=hunter2&secret=s3cr3t&page=2"_s
                                        << u"?access_token=***&token=***&password=***&secret=***&page=2"_s;
    QTest::newRow("oauth json")
        << uR"({"access_token":"eyJ.abc","token_type":"bearer","expires_in":3600,"refresh_token":"r3fr3sh"})"_s
        << uR"({"access_token":"***","token_type":"bearer","expires_in":3600,"refresh_token":"***"})"_s;
    QTest::newRow("oauth form") << u"grant_type=refresh_token&client_id=app&client_secret=xyz987&refresh_token=abc"_s
                                << u"grant_type=refresh_token&client_id=app&client_secret=***&refresh_token=***"_s;
    QTest::newRow("bearer in prose") << u"retrying with Bearer eyJhbGciOi.payload.sig now"_s
                                     << u"retrying with Bearer *** now"_s;
    QTest::newRow("basic in prose") << u"sent basic c2hvcDpUT0tFTjk5OQ== upstream"_s << u"sent basic *** upstream"_s;
    QTest::newRow("url user info") << u"proxy https://user:pa55word@example.com/path"_s
                                   << u"proxy https://user:***@example.com/path"_s;
    QTest::newRow("cookie line") << u"Cookie: session=abc; other=def"_s << u"Cookie: ***"_s;
    QTest::newRow("x-auth-token") << u"X-Auth-Token: abcdef123"_s << u"X-Auth-Token: ***"_s;
    // Things that look similar but are not secrets stay as they are.
    QTest::newRow("prose basic") << u"Use basic settings; login=myshop"_s << u"Use basic settings; login=myshop"_s;
    QTest::newRow("secrets category") << u"puente.secrets: stored key bsale:1234:token"_s
                                      << u"puente.secrets: stored key bsale:1234:token"_s;
    QTest::newRow("plural keys") << u"tokens=5 secrets: 3"_s << u"tokens=5 secrets: 3"_s;
    QTest::newRow("token_type") << u"token_type=bearer"_s << u"token_type=bearer"_s;
    QTest::newRow("plain line") << u"GET https://api.bsale.io/v1/variants.json?limit=50 -> 200"_s
                                << u"GET https://api.bsale.io/v1/variants.json?limit=50 -> 200"_s;
}

void TestRedactor::patterns()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Redactor::redact(input), expected);
}

void TestRedactor::knownSecretIsMaskedAnywhere()
{
    Redactor::addSecret(u"S3CR3T-VALUE-42"_s);
    QCOMPARE(Redactor::redact(u"GET https://credential.bsale.io/v1/instances/basic/S3CR3T-VALUE-42.json"_s),
             u"GET https://credential.bsale.io/v1/instances/basic/***.json"_s);
    QCOMPARE(Redactor::redact(u"xS3CR3T-VALUE-42x and S3CR3T-VALUE-42"_s), u"x***x and ***"_s);
    Redactor::removeSecret(u"S3CR3T-VALUE-42"_s);
    QCOMPARE(Redactor::redact(u"S3CR3T-VALUE-42"_s), u"S3CR3T-VALUE-42"_s);
}

void TestRedactor::percentEncodedSecretIsMasked()
{
    Redactor::addSecret(u"abc+def/ghi="_s);
    QCOMPARE(Redactor::redact(u"q=abc%2Bdef%2Fghi%3D&x=1"_s), u"q=***&x=1"_s);
}

void TestRedactor::shortSecretsAreIgnored()
{
    Redactor::addSecret(u"abc"_s);
    Redactor::addSecret({});
    QCOMPARE(Redactor::secretCount(), 0);
    QCOMPARE(Redactor::redact(u"abc"_s), u"abc"_s);
}

void TestRedactor::longerSecretWinsOverItsPrefix()
{
    Redactor::addSecret(u"prefix"_s);
    Redactor::addSecret(u"prefix-and-more"_s);
    QCOMPARE(Redactor::redact(u"[prefix-and-more]"_s), u"[***]"_s);
}

void TestRedactor::redactUrl_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("jumpseller legacy auth")
        << QUrl(u"https://api.jumpseller.com/v1/orders.json?login=shop&authtoken=SEC123456&page=2"_s)
        << u"https://api.jumpseller.com/v1/orders.json?login=shop&authtoken=***&page=2"_s;
    QTest::newRow("user info") << QUrl(u"https://u:p4ssw0rd@api.example.com/v1"_s)
                               << u"https://u:***@api.example.com/v1"_s;
    QTest::newRow("encoded key") << QUrl(u"https://h/x?access%5Ftoken=abc123"_s) << u"https://h/x?access_token=***"_s;
    QTest::newRow("nothing secret") << QUrl(u"https://api.bsale.io/v1/stocks.json?variantid=12&limit=50"_s)
                                    << u"https://api.bsale.io/v1/stocks.json?variantid=12&limit=50"_s;
}

void TestRedactor::redactUrl()
{
    QFETCH(QUrl, url);
    QFETCH(QString, expected);
    QCOMPARE(Redactor::redactUrl(url), expected);
}

void TestRedactor::headerValues()
{
    QCOMPARE(Redactor::redactHeaderValue("Authorization", "Basic c2hvcDpUT0tFTg=="), u"Basic ***"_s);
    QCOMPARE(Redactor::redactHeaderValue("authorization", "opaque"), u"***"_s);
    QCOMPARE(Redactor::redactHeaderValue("access_token", "0123456789"), u"***"_s);
    QCOMPARE(Redactor::redactHeaderValue("Content-Type", "application/json"), u"application/json"_s);
    QCOMPARE(Redactor::redactHeaders({{"Accept", "application/json"}, {"access_token", "abcdef123"}}),
             u"Accept: application/json, access_token: ***"_s);
    QVERIFY(Redactor::isSensitiveHeader("ACCESS_TOKEN"));
    QVERIFY(!Redactor::isSensitiveHeader("X-Login-Key"));
    QVERIFY(Redactor::isSensitiveKey(u"AuthToken"));
    QVERIFY(!Redactor::isSensitiveKey(u"login"));
}

void TestRedactor::learnsSecretsFromBasicAuth()
{
    const QByteArray credentials = QByteArray("myshop:TOKEN-1234567890").toBase64();
    Redactor::addSecretsFromHeader("Authorization", "Basic " + credentials);
    QCOMPARE(Redactor::redact(QString(u"echo TOKEN-1234567890 and "_s + QString::fromLatin1(credentials))),
             u"echo *** and ***"_s);
    QCOMPARE(Redactor::redact(u"login myshop"_s), u"login myshop"_s); // the login is not secret

    Redactor::addSecretsFromHeader("access_token", "bsale-token-abcdef");
    QCOMPARE(Redactor::redact(u"path/bsale-token-abcdef.json"_s), u"path/***.json"_s);
    const int before = Redactor::secretCount();
    Redactor::addSecretsFromHeader("Content-Type", "application/json-not-a-secret");
    QCOMPARE(Redactor::secretCount(), before);
}

void TestRedactor::learnsSecretsFromUrl()
{
    Redactor::addSecretsFromUrl(QUrl(u"https://u:pw-123456@h/x?login=shop&authtoken=AUTH-987654&limit=5"_s));
    QCOMPARE(Redactor::redact(u"AUTH-987654 pw-123456 shop"_s), u"*** *** shop"_s);
}

void TestRedactor::concurrentUseIsSafe()
{
    std::atomic<bool> leaked {false};
    std::vector<std::thread> threads;
    for (int t = 0; t < 2; ++t) {
        threads.emplace_back([t] {
            for (int i = 0; i < 300; ++i)
                Redactor::addSecret(u"thread%1-secret-%2"_s.arg(t).arg(i));
        });
    }
    for (int t = 0; t < 2; ++t) {
        threads.emplace_back([&leaked] {
            for (int i = 0; i < 300; ++i) {
                const QString out = Redactor::redact(u"Authorization: Bearer abcdefgh%1"_s.arg(i));
                if (out != u"Authorization: Bearer ***"_s)
                    leaked = true;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    QVERIFY(!leaked);
    QCOMPARE(Redactor::redact(u"thread1-secret-299"_s), u"***"_s);
    QCOMPARE(Redactor::secretCount(), 600);
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
