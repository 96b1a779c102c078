// End to end: with a LogFile installed and puente.net debug logging on, requests carrying
// real-looking credentials (Bsale access_token header, Jumpseller Basic auth, the legacy
// ?authtoken= query, a token in a URL path, a server echoing the token) leave request lines
// in the log file, but never the credentials.
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include "ClockPump.h"
#include "HttpFake.h"
#include "base/LogFile.h"
#include "base/Logging.h"
#include "base/ManualClock.h"
#include "base/Redactor.h"
#include "net/ApiClient.h"

using namespace Qt::Literals::StringLiterals;
using puente::ApiClient;
using puente::ApiClientConfig;
using puente::ApiRequest;
using puente::ApiResponse;
using puente::LogFile;
using puente::ManualClock;
using puente::Redactor;
using puente::fakes::HttpFake;
using puente::fakes::HttpFakeRequest;
using puente::fakes::HttpFakeResponse;
using puente::fakes::HttpFault;

namespace {

const QByteArray kBsaleToken = "SECRETbsale0123456789abcdef";
const QByteArray kJumpsellerToken = "SECRETjumpseller9876543210";
const QByteArray kQueryToken = "SECRETquery55554444";
const QByteArray kBasic = "Basic " + QByteArray("myshop:" + kJumpsellerToken).toBase64();

} // namespace

class TestApiClientLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void credentialsNeverReachTheLog();

private:
    ApiResponse run(const ApiRequest &request);

    QTemporaryDir m_dir;
    std::unique_ptr<LogFile> m_log;
    ManualClock m_clock;
    HttpFake m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestApiClientLog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Redactor::clearSecrets(); // prove the client learns the secrets itself
    m_log = std::make_unique<LogFile>(m_dir.path());
    QVERIFY(m_log->install());
    QLoggingCategory::setFilterRules(u"puente.net.debug=true"_s);

    const auto ok = [](const HttpFakeRequest &) { return HttpFakeResponse::json(200, QJsonArray {}); };
    m_server.route("GET", u"/v1/clients\\.json"_s, ok);
    m_server.route("GET", u"/v1/products\\.json"_s, ok);
    m_server.route("GET", u"/v1/instances/basic/(\\w+)\\.json"_s, ok);
    m_server.route("GET", u"/v1/orders\\.json"_s, [](const HttpFakeRequest &r) {
        // A careless server that echoes the credential in its error message.
        return HttpFakeResponse::json(
            401, QJsonObject {{u"message"_s, QString(u"invalid authtoken "_s + r.queryValue(u"authtoken"_s))}});
    });
    QVERIFY(m_server.start() != 0);

    ApiClientConfig config;
    config.retry.jitter = 0;
    m_client = std::make_unique<ApiClient>(m_clock, config);
}

void TestApiClientLog::cleanupTestCase()
{
    m_client.reset();
    QLoggingCategory::setFilterRules({});
    m_log.reset();
}

ApiResponse TestApiClientLog::run(const ApiRequest &request)
{
    std::optional<ApiResponse> result;
    m_client->send(request, this, [&result](const ApiResponse &r) { result = r; });
    puente::test::pumpUntil(
        m_clock, [&result] { return result.has_value(); }, [this] { return m_client->inFlightCount() == 0; });
    return result.value_or(ApiResponse {});
}

void TestApiClientLog::credentialsNeverReachTheLog()
{
    const QUrl base = m_server.baseUrl();
    // Bsale: access_token header; one 500 first so the retry line is logged too.
    m_server.injectFault(HttpFault::Status500, 1, u"clients"_s);
    const ApiResponse bsale =
        run(ApiRequest::get(base.resolved(QUrl(u"/v1/clients.json?limit=5"_s)), u"bsale.clients"_s)
                .withHeader("access_token", kBsaleToken));
    QVERIFY2(bsale.ok(), qPrintable(bsale.error.toString()));
    QCOMPARE(bsale.attempts, 2);
    // Bsale's credential endpoint carries the token in the path.
    const ApiResponse instance = run(ApiRequest::get(
        base.resolved(QUrl(u"/v1/instances/basic/"_s + QString::fromLatin1(kBsaleToken) + u".json"_s))));
    QVERIFY(instance.ok());
    // Jumpseller: Basic auth.
    const ApiResponse basic =
        run(ApiRequest::get(base.resolved(QUrl(u"/v1/products.json"_s))).withHeader("Authorization", kBasic));
    QVERIFY(basic.ok());
    // Jumpseller legacy: credentials in the query; the server echoes the token back.
    const ApiResponse legacy = run(ApiRequest::get(
        base.resolved(QUrl(u"/v1/orders.json?login=myshop&authtoken="_s + QString::fromLatin1(kQueryToken)))));
    QCOMPARE(legacy.error.kind(), puente::ApiError::Kind::Unauthorized);
    // A developer logging a token by mistake is caught too.
    qCWarning(lcNet).noquote() << "debugging with token" << QString::fromLatin1(kJumpsellerToken);

    // The secrets really went over the wire, so the test can tell a leak from nothing sent.
    const auto &requests = m_server.requests();
    QCOMPARE(requests.at(0).header("access_token"), kBsaleToken);
    QCOMPARE(requests.at(3).header("authorization"), kBasic);
    QCOMPARE(requests.at(4).queryValue(u"authtoken"_s), QString::fromLatin1(kQueryToken));

    m_log->uninstall();
    QFile file(m_log->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray log = file.readAll();

    // The request lines are there...
    const QByteArray origin = "GET http://127.0.0.1:" + QByteArray::number(m_server.port());
    QVERIFY2(
        log.contains(QByteArray("DEBUG puente.net: " + origin + "/v1/clients.json?limit=5 [bsale.clients] -> 500")),
        log.constData());
    QVERIFY(log.contains("/v1/clients.json?limit=5 [bsale.clients] -> 200 (attempt 2/5"));
    QVERIFY(log.contains(
        QByteArray("INFO puente.net: " + origin + "/v1/clients.json?limit=5 [bsale.clients]: Server error")));
    QVERIFY(log.contains("/v1/instances/basic/***.json -> 200"));
    QVERIFY(log.contains("/v1/products.json -> 200"));
    QVERIFY(log.contains("/v1/orders.json?login=myshop&authtoken=*** -> 401"));
    QVERIFY(log.contains("invalid authtoken ***"));
    QVERIFY(log.contains("debugging with token ***"));
    // ...the secrets are not, in any form.
    for (const QByteArray &secret : {kBsaleToken, kJumpsellerToken, kQueryToken, kBasic.mid(6)})
        QVERIFY2(!log.contains(secret), secret.constData());
    QVERIFY(!log.contains("SECRET"));
}

QTEST_GUILESS_MAIN(TestApiClientLog)
#include "tst_apiclientlog.moc"
