// ApiClient against a real loopback HTTP server (HttpFake), with time on a ManualClock:
// every wait (backoff, Retry-After, rate limits) is measured exactly and nothing sleeps.
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QUuid>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include "ClockPump.h"
#include "HttpFake.h"
#include "base/ManualClock.h"
#include "net/ApiClient.h"

using namespace Qt::Literals::StringLiterals;
using puente::ApiCall;
using puente::ApiClient;
using puente::ApiClientConfig;
using puente::ApiError;
using puente::ApiRequest;
using puente::ApiResponse;
using puente::ManualClock;
using puente::RateLimit;
using puente::fakes::HttpFake;
using puente::fakes::HttpFakeRequest;
using puente::fakes::HttpFakeResponse;
using puente::fakes::HttpFault;
using Kind = puente::ApiError::Kind;

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void getParsesJsonAndSendsStandardHeaders();
    void requestIdIsSharedByRetriesAndNewPerCall();
    void retryAfterOf429IsTheWait();
    void serverErrorsAreRetriedWithBackoff_data();
    void serverErrorsAreRetriedWithBackoff();
    void bsaleRateLimit500IsRetried();
    void timeoutIsRetried();
    void timeoutGivesUpAfterTheCap();
    void connectionResetIsRetried();
    void connectionResetGivesUpAfterTheCap();
    void connectionRefusedGivesUpAfterTheCap();
    void malformedBodyIsMalformedJson();
    void truncatedBodyIsRetried();
    void truncatedBodyEveryTimeIsMalformedJson();
    void emptyBodyNeedsJsonOrEmpty();
    void givesUpAfterTheCapWithTheLastError();
    void postIsNotRetried();
    void postMarkedIdempotentIsRetried();
    void networkStackResendsPostOnReusedConnection();
    void jumpsellerPerSecondExhaustedPausesTheHost();
    void jumpsellerPerMinuteExhaustedWaitsForNextMinute();
    void jumpsellerBanResetIsWaitedFor();
    void jumpsellerLegacy403WithHeadersIsRetried();
    void genuine403IsForbidden();
    void longBanFailsFastAndBlocksTheHost();
    void rateLimiterKeepsToItsRate();
    void urgentCallsOvertakeQueuedNormalOnes();
    void unauthorizedKeepsServerMessageVerbatim();
    void notFoundKeepsServerMessage();
    void cancelEndsARunningCall();
    void abortAllCancelsQueuedCalls();
    void redirectsOnlyWithinTheSameOrigin();
    void invalidUrlFailsAfterSendReturns();
    void callbackRunsOnlyWhileContextLives();

private:
    static ApiClientConfig defaultConfig();
    void makeClient(const ApiClientConfig &config);
    QUrl url(const QString &path) const { return m_server->baseUrl().resolved(QUrl(path)); }
    /** Sends and pumps network + clock until finished. False on a (real-time) hang. */
    bool run(const ApiRequest &request, ApiResponse &out);
    bool pumpUntil(const std::function<bool()> &done);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<HttpFake> m_server;
    std::unique_ptr<ApiClient> m_client;
    QList<qint64> m_retryDelays;
    int m_handled = 0;
};

ApiClientConfig TestApiClient::defaultConfig()
{
    ApiClientConfig config;
    config.retry.maxAttempts = 5;
    config.retry.baseDelayMs = 1000;
    config.retry.maxDelayMs = 30000;
    config.retry.jitter = 0; // exact waits; jitter has its own unit test
    config.defaultTimeoutMs = 5000;
    return config;
}

void TestApiClient::makeClient(const ApiClientConfig &config)
{
    m_client.reset();
    m_client = std::make_unique<ApiClient>(*m_clock, config);
}

void TestApiClient::init()
{
    m_handled = 0;
    m_retryDelays.clear();
    m_clock = std::make_unique<ManualClock>();
    m_server = std::make_unique<HttpFake>();
    m_server->route("GET", u"/v1/items/(\\d+)\\.json"_s, [this](const HttpFakeRequest &r) {
        ++m_handled;
        return HttpFakeResponse::json(200, QJsonObject {{u"id"_s, r.captures.value(1).toInt()}});
    });
    m_server->route("POST", u"/v1/documents\\.json"_s, [this](const HttpFakeRequest &) {
        ++m_handled;
        return HttpFakeResponse::json(201, QJsonObject {{u"id"_s, 99}});
    });
    QVERIFY(m_server->start() != 0);
    makeClient(defaultConfig());
}

void TestApiClient::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_clock.reset();
}

bool TestApiClient::pumpUntil(const std::function<bool()> &done)
{
    // The clock may only jump while nothing is on the wire: then the client is waiting on it.
    return puente::test::pumpUntil(*m_clock, done, [this] { return m_client->inFlightCount() == 0; });
}

bool TestApiClient::run(const ApiRequest &request, ApiResponse &out)
{
    std::optional<ApiResponse> result;
    ApiCall *call = m_client->send(request);
    connect(call, &ApiCall::retrying, this,
            [this](int, qint64 delayMs, const ApiError &) { m_retryDelays << delayMs; });
    connect(call, &ApiCall::finished, this, [&result](const ApiResponse &response) { result = response; });
    if (!pumpUntil([&result] { return result.has_value(); }))
        return false;
    out = *result;
    return true;
}

#define RUN(response, request)                                                                                         \
    ApiResponse response;                                                                                              \
    QVERIFY2(run(request, response), "call did not finish")

void TestApiClient::getParsesJsonAndSendsStandardHeaders()
{
    RUN(response, ApiRequest::get(url(u"/v1/items/7.json"_s), u"test.items.get"_s));
    QVERIFY2(response.ok(), qPrintable(response.error.toString()));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.object().value(u"id"_s).toInt(), 7);
    QCOMPARE(response.attempts, 1);
    QCOMPARE(response.waitedMs, 0);
    QCOMPARE(response.operation, u"test.items.get"_s);
    QVERIFY(response.header("content-type").startsWith("application/json"));

    QCOMPARE(m_server->requestCount(), 1);
    const HttpFakeRequest &seen = m_server->requests().first();
    QCOMPARE(seen.header("user-agent"), QByteArray("Puente/" PUENTE_VERSION));
    QCOMPARE(seen.header("accept"), QByteArray("application/json"));
    QCOMPARE(QString::fromLatin1(seen.header("x-request-id")), response.requestId);
    QVERIFY(!QUuid::fromString(response.requestId).isNull());
    QCOMPARE(m_client->activeCallCount(), 0);
}

void TestApiClient::requestIdIsSharedByRetriesAndNewPerCall()
{
    m_server->injectFault(HttpFault::Status500, 1);
    RUN(first, ApiRequest::get(url(u"/v1/items/1.json"_s)));
    QVERIFY(first.ok());
    RUN(second, ApiRequest::get(url(u"/v1/items/1.json"_s)));
    QCOMPARE(m_server->requestCount(), 3);
    const auto &requests = m_server->requests();
    QCOMPARE(requests.at(0).header("x-request-id"), requests.at(1).header("x-request-id"));
    QVERIFY(requests.at(2).header("x-request-id") != requests.at(0).header("x-request-id"));
    QCOMPARE(QString::fromLatin1(requests.at(2).header("x-request-id")), second.requestId);
}

void TestApiClient::retryAfterOf429IsTheWait()
{
    QSignalSpy throttled(m_client.get(), &ApiClient::hostThrottled);
    m_server->setFaultRetryAfter(3);
    m_server->injectFault(HttpFault::Status429, 1);
    RUN(response, ApiRequest::get(url(u"/v1/items/2.json"_s)));
    QVERIFY2(response.ok(), qPrintable(response.error.toString()));
    QCOMPARE(response.attempts, 2);
    // The wait came from the header (3 s), not from backoff (which would be 1 s).
    QCOMPARE(m_retryDelays, (QList<qint64> {3000}));
    QCOMPARE(response.waitedMs, 3000);
    QCOMPARE(m_clock->monotonicMs(), 3000);
    QCOMPARE(response.elapsedMs, 3000);
    QCOMPARE(throttled.size(), 1);
    QCOMPARE(throttled.first().at(0).toString(), u"127.0.0.1"_s);
    QCOMPARE(throttled.first().at(1).toLongLong(), 3000);
}

void TestApiClient::serverErrorsAreRetriedWithBackoff_data()
{
    QTest::addColumn<HttpFault>("fault");
    QTest::newRow("500") << HttpFault::Status500;
    QTest::newRow("502") << HttpFault::Status502;
    QTest::newRow("503") << HttpFault::Status503;
    QTest::newRow("504") << HttpFault::Status504;
}

void TestApiClient::serverErrorsAreRetriedWithBackoff()
{
    QFETCH(HttpFault, fault);
    m_server->injectFault(fault, 2);
    RUN(response, ApiRequest::get(url(u"/v1/items/3.json"_s)));
    QVERIFY2(response.ok(), qPrintable(response.error.toString()));
    QCOMPARE(response.json.object().value(u"id"_s).toInt(), 3);
    QCOMPARE(response.attempts, 3);
    QCOMPARE(m_retryDelays, (QList<qint64> {1000, 2000}));
    QCOMPARE(response.waitedMs, 3000);
    QCOMPARE(m_server->requestCount(), 3);
    QCOMPARE(m_handled, 1);
}

void TestApiClient::bsaleRateLimit500IsRetried()
{
    int calls = 0;
    m_server->route("GET", u"/v1/variants\\.json"_s, [&calls](const HttpFakeRequest &) {
        if (++calls <= 2) {
            return HttpFakeResponse::json(500,
                                          QJsonObject {{u"error"_s, u"The requested resource is not available"_s}});
        }
        return HttpFakeResponse::json(200, QJsonObject {{u"count"_s, 0}, {u"items"_s, QJsonArray {}}});
    });
    RUN(response, ApiRequest::get(url(u"/v1/variants.json"_s)));
    QVERIFY2(response.ok(), qPrintable(response.error.toString()));
    QCOMPARE(response.attempts, 3);
    QCOMPARE(calls, 3);
}

void TestApiClient::timeoutIsRetried()
{
    m_server->injectFault(HttpFault::Timeout, 1);
    RUN(response, ApiRequest::get(url(u"/v1/items/4.json"_s)).withTimeout(300));
    QVERIFY2(response.ok(), qPrintable(response.error.toString()));
    QCOMPARE(response.attempts, 2);
    QCOMPARE(m_retryDelays, (QList<qint64> {1000}));
}

void TestApiClient::timeoutGivesUpAfterTheCap()
{
    ApiClientConfig config = defaultConfig();
    config.retry.maxAttempts = 3;
    config.defaultTimeoutMs = 250;
    makeClient(config);
    m_server->injectFault(HttpFault::Timeout, 10);
    RUN(response, ApiRequest::get(url(u"/v1/items/4.json"_s)));
    QCOMPARE(response.error.kind(), Kind::Timeout);
    QVERIFY(response.error.retryable());
    QCOMPARE(response.attempts, 3);
    QCOMPARE(response.status, 0);
    QCOMPARE(response.error.detail(), u"no data for 250 ms"_s);
    QCOMPARE(m_server->requestCount(), 3);
}

void TestApiClient::connectionResetIsRetried()
{
    // Several resets: the network stack itself absorbs one on a reused connection.
    m_server->injectFault(HttpFault::Reset, 3);
    RUN(response, ApiRequest::get(url(u"/v1/items/5.json"_s)));
    QVERIFY2(response.ok(), qPrintable(response.error.toString()));
    QVERIFY(response.attempts >= 2);
    QCOMPARE(m_server->requestCount(), 4);
    QCOMPARE(m_handled, 1);
}

void TestApiClient::connectionResetGivesUpAfterTheCap()
{
    m_server->injectFault(HttpFault::Reset, 100);
    RUN(response, ApiRequest::get(url(u"/v1/items/5.json"_s)));
    QCOMPARE(response.error.kind(), Kind::ConnectionReset);
    QVERIFY(response.error.retryable());
    QCOMPARE(response.attempts, 5);
    QCOMPARE(m_retryDelays, (QList<qint64> {1000, 2000, 4000, 8000}));
    QCOMPARE(m_handled, 0);
}

void TestApiClient::connectionRefusedGivesUpAfterTheCap()
{
    quint16 closedPort = 0;
    {
        HttpFake gone;
        closedPort = gone.start();
    }
    QVERIFY(closedPort != 0);
    RUN(response, ApiRequest::get(QUrl(u"http://127.0.0.1:%1/v1/items/1.json"_s.arg(closedPort))));
    QCOMPARE(response.error.kind(), Kind::ConnectionRefused);
    QCOMPARE(response.attempts, 5);
    QCOMPARE(response.waitedMs, 1000 + 2000 + 4000 + 8000);
}

void TestApiClient::malformedBodyIsMalformedJson()
{
    m_server->injectFault(HttpFault::MalformedBody, 1);
    RUN(response, ApiRequest::get(url(u"/v1/items/6.json"_s)));
    QCOMPARE(response.error.kind(), Kind::MalformedJson);
    QVERIFY2(response.error.detail().contains(u"offset"_s), qPrintable(response.error.detail()));
    QVERIFY(!response.error.retryable());
    QCOMPARE(response.attempts, 1);
    QCOMPARE(response.status, 200);
    QVERIFY(response.body.contains("<html>")); // the raw body is kept for diagnosis
    QVERIFY(response.json.isNull());
}

void TestApiClient::truncatedBodyIsRetried()
{
    m_server->injectFault(HttpFault::TruncatedBody, 1);
    RUN(response, ApiRequest::get(url(u"/v1/items/123456.json"_s)));
    QVERIFY2(response.ok(), qPrintable(response.error.toString()));
    QCOMPARE(response.attempts, 2);
    QCOMPARE(response.json.object().value(u"id"_s).toInt(), 123456);
}

void TestApiClient::truncatedBodyEveryTimeIsMalformedJson()
{
    m_server->injectFault(HttpFault::TruncatedBody, 100);
    RUN(response, ApiRequest::get(url(u"/v1/items/123456.json"_s)));
    QCOMPARE(response.error.kind(), Kind::MalformedJson);
    QVERIFY2(response.error.detail().contains(u"truncated"_s), qPrintable(response.error.detail()));
    QVERIFY(response.error.detail().contains(u"of 13 bytes"_s));
    QVERIFY(response.error.retryable());
    QCOMPARE(response.attempts, 5);
}

void TestApiClient::emptyBodyNeedsJsonOrEmpty()
{
    m_server->route("DELETE", u"/v1/items/(\\d+)\\.json"_s,
                    [](const HttpFakeRequest &) { return HttpFakeResponse::raw(204, {}, {}); });
    m_server->route("GET", u"/v1/files/1\\.xml"_s, [](const HttpFakeRequest &) {
        return HttpFakeResponse::raw(200, "<DTE version=\"1.0\"/>", "application/xml");
    });
    RUN(strict, ApiRequest::del(url(u"/v1/items/1.json"_s)));
    QCOMPARE(strict.error.kind(), Kind::MalformedJson);
    QVERIFY(strict.error.detail().contains(u"empty"_s));
    RUN(lenient, ApiRequest::del(url(u"/v1/items/1.json"_s)).withExpect(ApiRequest::Expect::JsonOrEmpty));
    QVERIFY2(lenient.ok(), qPrintable(lenient.error.toString()));
    QCOMPARE(lenient.status, 204);
    RUN(raw, ApiRequest::get(url(u"/v1/files/1.xml"_s)).withExpect(ApiRequest::Expect::Raw));
    QVERIFY2(raw.ok(), qPrintable(raw.error.toString()));
    QCOMPARE(raw.body, QByteArray("<DTE version=\"1.0\"/>"));
    QCOMPARE(m_server->requests().last().header("accept"), QByteArray()); // no JSON Accept for raw
}

void TestApiClient::givesUpAfterTheCapWithTheLastError()
{
    m_server->injectFault(HttpFault::Status503, 100);
    RUN(response, ApiRequest::get(url(u"/v1/items/8.json"_s)));
    QCOMPARE(response.error.kind(), Kind::Http);
    QCOMPARE(response.error.httpStatus(), 503);
    QCOMPARE(response.status, 503);
    QCOMPARE(response.error.serverMessage(), u"injected fault 503"_s);
    QVERIFY(response.error.retryable());
    QCOMPARE(response.attempts, 5);
    QCOMPARE(response.waitedMs, 1000 + 2000 + 4000 + 8000);
    QCOMPARE(m_server->requestCount(), 5);
}

void TestApiClient::postIsNotRetried()
{
    const QJsonDocument body(QJsonObject {{u"documentTypeId"_s, 1}});
    m_server->injectFault(HttpFault::Status500, 1, {}, "POST");
    RUN(failed, ApiRequest::post(url(u"/v1/documents.json"_s), body));
    QCOMPARE(failed.error.kind(), Kind::Http);
    QCOMPARE(failed.attempts, 1);
    QVERIFY(failed.error.retryable()); // an outbox may decide to resend
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(m_retryDelays.isEmpty());
    QCOMPARE(m_server->requests().first().header("content-type"), QByteArray("application/json"));
    QCOMPARE(m_server->requests().first().body, QByteArray(R"({"documentTypeId":1})"));

    m_server->injectFault(HttpFault::Timeout, 1, {}, "POST");
    RUN(timedOut, ApiRequest::post(url(u"/v1/documents.json"_s), body).withTimeout(250));
    QCOMPARE(timedOut.error.kind(), Kind::Timeout);
    QCOMPARE(timedOut.attempts, 1);
}

void TestApiClient::postMarkedIdempotentIsRetried()
{
    m_server->injectFault(HttpFault::Status500, 1, {}, "POST");
    const QJsonDocument body(QJsonObject {{u"salesId"_s, u"puente-42"_s}});
    RUN(response, ApiRequest::post(url(u"/v1/documents.json"_s), body).withIdempotent(true));
    QVERIFY2(response.ok(), qPrintable(response.error.toString()));
    QCOMPARE(response.status, 201);
    QCOMPARE(response.attempts, 2);
}

void TestApiClient::networkStackResendsPostOnReusedConnection()
{
    // Documents a property of QNetworkAccessManager that ApiClient cannot switch off: when a
    // reused keep-alive connection closes before any answer, the request (POST included) is
    // sent again by Qt itself. Bsale document POSTs must therefore carry `salesId`.
    RUN(warmUp, ApiRequest::get(url(u"/v1/items/1.json"_s)));
    QVERIFY(warmUp.ok());
    m_handled = 0;
    m_server->injectFault(HttpFault::ResetAfterHandling, 1, {}, "POST");
    RUN(response, ApiRequest::post(url(u"/v1/documents.json"_s), QJsonDocument(QJsonObject {})));
    QCOMPARE(response.attempts, 1); // ApiClient did not repeat it...
    QCOMPARE(m_handled, 2); // ...yet the server applied it twice
}

void TestApiClient::jumpsellerPerSecondExhaustedPausesTheHost()
{
    QSignalSpy throttled(m_client.get(), &ApiClient::hostThrottled);
    m_server->route("GET", u"/v1/products\\.json"_s, [](const HttpFakeRequest &) {
        return HttpFakeResponse::json(200, QJsonArray {})
            .withHeader("Jumpseller-PerMinuteRateLimit-Limit", "800")
            .withHeader("Jumpseller-PerMinuteRateLimit-Remaining", "790")
            .withHeader("Jumpseller-PerSecondRateLimit-Limit", "20")
            .withHeader("Jumpseller-PerSecondRateLimit-Remaining", "0");
    });
    RUN(first, ApiRequest::get(url(u"/v1/products.json"_s)));
    QVERIFY(first.ok());
    QCOMPARE(first.waitedMs, 0);
    RUN(second, ApiRequest::get(url(u"/v1/products.json"_s)));
    QVERIFY(second.ok());
    QCOMPARE(second.waitedMs, 1000);
    QCOMPARE(second.attempts, 1);
    QCOMPARE(throttled.size(), 2);
}

void TestApiClient::jumpsellerPerMinuteExhaustedWaitsForNextMinute()
{
    m_clock->advance(15000); // 00:00:15 UTC
    m_server->route("GET", u"/v1/orders\\.json"_s, [](const HttpFakeRequest &) {
        return HttpFakeResponse::json(200, QJsonArray {})
            .withHeader("Jumpseller-PerMinuteRateLimit-Remaining", "0")
            .withHeader("Jumpseller-PerSecondRateLimit-Remaining", "19");
    });
    RUN(first, ApiRequest::get(url(u"/v1/orders.json"_s)));
    QVERIFY(first.ok());
    RUN(second, ApiRequest::get(url(u"/v1/orders.json"_s)));
    QVERIFY(second.ok());
    QCOMPARE(second.waitedMs, 45000);
    QCOMPARE(m_clock->nowUtc().time(), QTime(0, 1, 0));
}

void TestApiClient::jumpsellerBanResetIsWaitedFor()
{
    int calls = 0;
    ManualClock *clock = m_clock.get();
    m_server->route("GET", u"/v1/customers\\.json"_s, [&calls, clock](const HttpFakeRequest &) {
        if (++calls == 1) {
            const QDateTime until = clock->nowUtc().addSecs(90);
            return HttpFakeResponse::json(429, QJsonObject {{u"message"_s, u"Too Many Requests"_s}})
                .withHeader("Jumpseller-BannedByRateLimit-Reset", until.toString(Qt::ISODate).toLatin1());
        }
        return HttpFakeResponse::json(200, QJsonArray {});
    });
    RUN(response, ApiRequest::get(url(u"/v1/customers.json"_s)));
    QVERIFY2(response.ok(), qPrintable(response.error.toString()));
    QCOMPARE(response.attempts, 2);
    QCOMPARE(response.waitedMs, 90000);
}

void TestApiClient::jumpsellerLegacy403WithHeadersIsRetried()
{
    int calls = 0;
    m_server->route("GET", u"/v1/categories\\.json"_s, [&calls](const HttpFakeRequest &) {
        if (++calls == 1) {
            return HttpFakeResponse::raw(403, "Rate Limit Exceeded", "text/plain")
                .withHeader("Jumpseller-PerSecondRateLimit-Limit", "8")
                .withHeader("Jumpseller-PerSecondRateLimit-Remaining", "0");
        }
        return HttpFakeResponse::json(200, QJsonArray {});
    });
    RUN(response, ApiRequest::get(url(u"/v1/categories.json"_s)));
    QVERIFY2(response.ok(), qPrintable(response.error.toString()));
    QCOMPARE(response.attempts, 2);
    QCOMPARE(m_retryDelays, (QList<qint64> {1000}));
}

void TestApiClient::genuine403IsForbidden()
{
    m_server->route("DELETE", u"/v1/jsapps/(\\w+)\\.json"_s, [](const HttpFakeRequest &) {
        return HttpFakeResponse::json(403, QJsonObject {{u"message"_s, u"Not authorized to delete this JsApp"_s}})
            .withHeader("Jumpseller-PerSecondRateLimit-Remaining", "19")
            .withHeader("Jumpseller-PerMinuteRateLimit-Remaining", "799");
    });
    RUN(response, ApiRequest::del(url(u"/v1/jsapps/test.json"_s)));
    QCOMPARE(response.error.kind(), Kind::Forbidden);
    QCOMPARE(response.error.serverMessage(), u"Not authorized to delete this JsApp"_s);
    QCOMPARE(response.attempts, 1);
}

void TestApiClient::longBanFailsFastAndBlocksTheHost()
{
    ManualClock *clock = m_clock.get();
    m_server->route("GET", u"/v1/store/info\\.json"_s, [clock](const HttpFakeRequest &) {
        return HttpFakeResponse::json(429, QJsonObject {})
            .withHeader("Jumpseller-BannedByRateLimit-Reset",
                        clock->nowUtc().addSecs(3600).toString(Qt::ISODate).toLatin1());
    });
    RUN(banned, ApiRequest::get(url(u"/v1/store/info.json"_s)));
    QCOMPARE(banned.error.kind(), Kind::RateLimited);
    QCOMPARE(banned.error.retryAfterMs(), 3600000);
    QVERIFY(banned.error.retryable());
    QCOMPARE(banned.attempts, 1);
    QCOMPARE(m_clock->monotonicMs(), 0); // did not wait an hour

    // Another call to the same host is refused at once without reaching the server.
    RUN(next, ApiRequest::get(url(u"/v1/items/1.json"_s)));
    QCOMPARE(next.error.kind(), Kind::RateLimited);
    QCOMPARE(next.attempts, 0);
    QCOMPARE(next.error.retryAfterMs(), 3600000);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestApiClient::rateLimiterKeepsToItsRate()
{
    ApiClientConfig config = defaultConfig();
    config.rateLimits.hostLimits.insert(u"127.0.0.1"_s, {RateLimit::perSecond(10, 5)});
    makeClient(config);
    QList<qint64> sentAt;
    ManualClock *clock = m_clock.get();
    m_server->route("GET", u"/v1/stocks\\.json"_s, [&sentAt, clock](const HttpFakeRequest &) {
        sentAt << clock->monotonicMs();
        return HttpFakeResponse::json(200, QJsonObject {{u"count"_s, 0}});
    });
    int finished = 0;
    for (int i = 0; i < 30; ++i) {
        m_client->send(ApiRequest::get(url(u"/v1/stocks.json?offset=%1"_s.arg(i))), this,
                       [&finished](const ApiResponse &r) { finished += r.ok() ? 1 : 0; });
    }
    QVERIFY(pumpUntil([&finished] { return finished == 30; }));
    QList<int> perSecond(3, 0);
    for (qint64 at : sentAt)
        ++perSecond[int(at / 1000)];
    // Second 0: the burst of 5 plus one per 100 ms (t=100..900); then 10 per second.
    QCOMPARE(perSecond, (QList<int> {14, 10, 6}));
    QCOMPARE(sentAt.first(), 0);
    QCOMPARE(sentAt.last(), 2500);
}

void TestApiClient::urgentCallsOvertakeQueuedNormalOnes()
{
    ApiClientConfig config = defaultConfig();
    config.rateLimits.hostLimits.insert(u"127.0.0.1"_s, {RateLimit::perSecond(1, 1)});
    makeClient(config);
    QStringList arrived;
    m_server->route("GET", u"/v1/calls/(\\w+)\\.json"_s, [&arrived](const HttpFakeRequest &r) {
        arrived << r.captures.value(1);
        return HttpFakeResponse::json(200, QJsonObject {});
    });
    const auto send = [this](const QString &name, ApiRequest::Priority priority) {
        m_client->send(ApiRequest::get(url(u"/v1/calls/%1.json"_s.arg(name))).withPriority(priority), this,
                       [](const ApiResponse &) {});
    };
    using Priority = ApiRequest::Priority;
    send(u"n1"_s, Priority::Normal); // takes the only token: the rest queue
    send(u"n2"_s, Priority::Normal);
    send(u"n3"_s, Priority::Normal);
    send(u"u1"_s, Priority::Urgent);
    send(u"n4"_s, Priority::Normal);
    send(u"u2"_s, Priority::Urgent);
    QVERIFY(pumpUntil([&arrived] { return arrived.size() == 6; }));
    // Urgent calls go ahead of the waiting Normal ones, in their own order; Normal ones keep theirs.
    QCOMPARE(arrived, (QStringList {u"n1"_s, u"u1"_s, u"u2"_s, u"n2"_s, u"n3"_s, u"n4"_s}));
}

void TestApiClient::unauthorizedKeepsServerMessageVerbatim()
{
    m_server->route("GET", u"/v1/clients\\.json"_s, [](const HttpFakeRequest &) {
        return HttpFakeResponse::json(401,
                                      QJsonObject {{u"error"_s, u"Sorry, this request can not be authenticated"_s}});
    });
    RUN(response, ApiRequest::get(url(u"/v1/clients.json"_s)).withHeader("access_token", "bad-token-value"));
    QCOMPARE(response.error.kind(), Kind::Unauthorized);
    QCOMPARE(response.error.httpStatus(), 401);
    QCOMPARE(response.error.serverMessage(), u"Sorry, this request can not be authenticated"_s);
    QVERIFY(!response.error.retryable());
    QCOMPARE(response.attempts, 1);
    QVERIFY(response.error.toString().contains(u"Sorry, this request can not be authenticated"_s));
}

void TestApiClient::notFoundKeepsServerMessage()
{
    m_server->route("GET", u"/v1/products/(\\d+)\\.json"_s, [](const HttpFakeRequest &) {
        return HttpFakeResponse::json(404, QJsonObject {{u"message"_s, u"Product Not Found."_s}});
    });
    RUN(response, ApiRequest::get(url(u"/v1/products/404.json"_s)));
    QCOMPARE(response.error.kind(), Kind::NotFound);
    QCOMPARE(response.error.serverMessage(), u"Product Not Found."_s);
    QCOMPARE(response.attempts, 1);
}

void TestApiClient::cancelEndsARunningCall()
{
    m_server->injectFault(HttpFault::Timeout, 1);
    ApiCall *call = m_client->send(ApiRequest::get(url(u"/v1/items/1.json"_s)).withTimeout(20000));
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(pumpUntil([this] { return m_client->inFlightCount() == 1 && m_server->requestCount() == 1; }));
    call->cancel();
    QCOMPARE(finished.size(), 1); // synchronous
    const auto response = finished.first().first().value<ApiResponse>();
    QCOMPARE(response.error.kind(), Kind::Canceled);
    QCOMPARE(response.attempts, 1);
    QCOMPARE(m_client->inFlightCount(), 0);
    QCOMPARE(m_client->activeCallCount(), 0);
}

void TestApiClient::abortAllCancelsQueuedCalls()
{
    ApiClientConfig config = defaultConfig();
    config.rateLimits.defaultLimits = {RateLimit::perSecond(1, 1)};
    makeClient(config);
    QList<ApiResponse> results;
    for (int i = 0; i < 3; ++i) {
        m_client->send(ApiRequest::get(url(u"/v1/items/%1.json"_s.arg(i))), this,
                       [&results](const ApiResponse &r) { results << r; });
    }
    // Only the first may go now; the others wait for the limiter (the clock is not advanced).
    QTRY_COMPARE(results.size(), 1);
    QCOMPARE(m_client->queuedCount(), 2);
    m_client->abortAll();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(1).error.kind(), Kind::Canceled);
    QCOMPARE(results.at(2).error.kind(), Kind::Canceled);
    QCOMPARE(results.at(2).attempts, 0);
    QCOMPARE(m_client->queuedCount(), 0);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestApiClient::redirectsOnlyWithinTheSameOrigin()
{
    HttpFake elsewhere;
    QVERIFY(elsewhere.start() != 0);
    const QByteArray away = elsewhere.baseUrl().toString().toLatin1() + "/v1/items/1.json";
    m_server->route("GET", u"/v1/moved\\.json"_s, [](const HttpFakeRequest &) {
        return HttpFakeResponse::raw(302, {}, {}).withHeader("Location", "/v1/items/5.json");
    });
    m_server->route("GET", u"/v1/away\\.json"_s, [away](const HttpFakeRequest &) {
        return HttpFakeResponse::raw(302, {}, {}).withHeader("Location", away);
    });
    RUN(followed, ApiRequest::get(url(u"/v1/moved.json"_s)));
    QVERIFY2(followed.ok(), qPrintable(followed.error.toString()));
    QCOMPARE(followed.json.object().value(u"id"_s).toInt(), 5);

    RUN(refused, ApiRequest::get(url(u"/v1/away.json"_s)).withHeader("access_token", "must-not-travel"));
    QCOMPARE(refused.error.kind(), Kind::Redirect);
    QCOMPARE(refused.attempts, 1);
    QCOMPARE(elsewhere.requestCount(), 0);
}

void TestApiClient::invalidUrlFailsAfterSendReturns()
{
    ApiCall *call = m_client->send(ApiRequest::get(QUrl(u"ftp://example.com/x"_s)));
    QSignalSpy finished(call, &ApiCall::finished);
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(2000));
    const auto response = finished.first().first().value<ApiResponse>();
    QCOMPARE(response.error.kind(), Kind::InvalidRequest);
    QCOMPARE(response.attempts, 0);
}

void TestApiClient::callbackRunsOnlyWhileContextLives()
{
    int called = 0;
    auto context = std::make_unique<QObject>();
    m_client->send(ApiRequest::get(url(u"/v1/items/1.json"_s)), context.get(),
                   [&called](const ApiResponse &) { ++called; });
    context.reset();
    bool done = false;
    m_client->send(ApiRequest::get(url(u"/v1/items/2.json"_s)), this, [&done, &called](const ApiResponse &r) {
        done = r.ok();
        ++called;
    });
    QVERIFY(pumpUntil([&done, this] { return done && m_client->activeCallCount() == 0; }));
    QCOMPARE(called, 1);
    QCOMPARE(m_server->requestCount(), 2);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
