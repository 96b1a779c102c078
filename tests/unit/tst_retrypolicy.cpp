// RetryPolicy as pure logic: backoff, jitter, server-announced waits, throttling signals,
// and the retry decision (idempotency, attempt cap).
#include <QtCore/QJsonObject>
#include <QtCore/QTimeZone>
#include <QtTest/QTest>

#include "net/ApiRequest.h"
#include "net/RetryPolicy.h"

using namespace Qt::Literals::StringLiterals;
using puente::ApiError;
using puente::ApiRequest;
using puente::HttpHeaders;
using puente::RetryConfig;
using puente::RetryPolicy;
using Kind = puente::ApiError::Kind;

namespace {

QDateTime utc(int h, int m, int s, int ms = 0)
{
    return QDateTime(QDate(2024, 5, 23), QTime(h, m, s, ms), QTimeZone::utc());
}

RetryConfig noJitter()
{
    RetryConfig config;
    config.jitter = 0;
    return config;
}

const QUrl kUrl(u"https://api.example.com/v1/x.json"_s);

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffGrowsAndIsCapped();
    void jitterStaysWithinBounds();
    void jitterUsesTheRandomSource();
    void sameSeedGivesSameDelays();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void serverWait_data();
    void serverWait();
    void throttling_data();
    void throttling();
    void retriesRetryableErrorsWithBackoff();
    void stopsAtTheAttemptCap();
    void neverRepeatsNonIdempotentRequests();
    void repeatsPostMarkedIdempotent();
    void doesNotRetryPermanentErrors();
    void usesTheServersWaitHostWide();
    void plainThrottlingIsHostWide();
    void tooLongServerWaitEndsTheCall();
};

void TestRetryPolicy::backoffGrowsAndIsCapped()
{
    RetryPolicy policy(noJitter());
    QList<qint64> delays;
    for (int failures = 1; failures <= 7; ++failures)
        delays << policy.backoffDelay(failures);
    QCOMPARE(delays, (QList<qint64> {1000, 2000, 4000, 8000, 16000, 30000, 30000}));
    QCOMPARE(policy.backoffDelay(1000), 30000); // no overflow
    QCOMPARE(policy.backoffCeiling(3), 4000);
}

void TestRetryPolicy::jitterStaysWithinBounds()
{
    RetryConfig config;
    config.jitter = 0.5;
    RetryPolicy policy(config, 12345);
    qint64 low = std::numeric_limits<qint64>::max();
    qint64 high = 0;
    for (int i = 0; i < 2000; ++i) {
        const qint64 delay = policy.backoffDelay(3);
        QVERIFY2(delay >= 2000 && delay <= 4000, qPrintable(QString::number(delay)));
        low = qMin(low, delay);
        high = qMax(high, delay);
    }
    // Spread over (nearly) the whole range, not stuck on one value.
    QVERIFY2(low < 2100 && high > 3900, qPrintable(u"%1..%2"_s.arg(low).arg(high)));
}

void TestRetryPolicy::jitterUsesTheRandomSource()
{
    RetryConfig config;
    config.jitter = 0.5;
    RetryPolicy policy(config);
    policy.setRandomSource([] { return 0.0; });
    QCOMPARE(policy.backoffDelay(2), 2000);
    policy.setRandomSource([] { return 0.5; });
    QCOMPARE(policy.backoffDelay(2), 1500);
    policy.setRandomSource([] { return 0.999; });
    QCOMPARE(policy.backoffDelay(2), 1001);
}

void TestRetryPolicy::sameSeedGivesSameDelays()
{
    RetryPolicy a(RetryConfig {}, 7);
    RetryPolicy b(RetryConfig {}, 7);
    for (int i = 1; i <= 5; ++i)
        QCOMPARE(a.backoffDelay(i), b.backoffDelay(i));
}

void TestRetryPolicy::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected"); // -1 = unparsable

    QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 5 ") << qint64(5000);
    QTest::newRow("imf-fixdate") << QByteArray("Thu, 23 May 2024 16:14:47 GMT") << qint64(60000);
    QTest::newRow("rfc850") << QByteArray("Thursday, 23-May-24 16:14:47 GMT") << qint64(60000);
    QTest::newRow("asctime") << QByteArray("Thu May 23 16:14:47 2024") << qint64(60000);
    QTest::newRow("asctime padded day") << QByteArray("Sat Jun  1 16:13:47 2024") << qint64(9 * 86400000LL);
    QTest::newRow("past date") << QByteArray("Thu, 23 May 2024 10:00:00 GMT") << qint64(0);
    QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
    QTest::newRow("words") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("bad month") << QByteArray("Thu, 23 Foo 2024 16:14:47 GMT") << qint64(-1);
}

void TestRetryPolicy::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const auto parsed = RetryPolicy::parseRetryAfter(value, utc(16, 13, 47));
    QCOMPARE(parsed.value_or(-1), expected);
}

void TestRetryPolicy::serverWait_data()
{
    QTest::addColumn<HttpHeaders>("headers");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<qint64>("expected"); // -1 = none

    const QDateTime now = utc(16, 12, 47);
    QTest::newRow("nothing") << HttpHeaders {{"Content-Type", "application/json"}} << now << qint64(-1);
    QTest::newRow("retry-after") << HttpHeaders {{"retry-after", "3"}} << now << qint64(3000);
    QTest::newRow("ban reset") << HttpHeaders {{"Jumpseller-BannedByRateLimit-Reset", "2024-05-23T16:13:47+00:00"}}
                               << now << qint64(60000);
    QTest::newRow("ban reset other offset")
        << HttpHeaders {{"Jumpseller-BannedByRateLimit-Reset", "2024-05-23T18:13:47+02:00"}} << now << qint64(60000);
    QTest::newRow("per second used up") << HttpHeaders {{"Jumpseller-PerSecondRateLimit-Remaining", "0"},
                                                        {"Jumpseller-PerMinuteRateLimit-Remaining", "411"}}
                                        << now << qint64(1000);
    QTest::newRow("per minute used up") << HttpHeaders {{"Jumpseller-PerSecondRateLimit-Remaining", "12"},
                                                        {"Jumpseller-PerMinuteRateLimit-Remaining", "0"}}
                                        << utc(16, 12, 15, 250) << qint64(44750);
    QTest::newRow("allowance left") << HttpHeaders {{"Jumpseller-PerSecondRateLimit-Remaining", "19"},
                                                    {"Jumpseller-PerMinuteRateLimit-Remaining", "799"}}
                                    << now << qint64(-1);
    QTest::newRow("longest wins") << HttpHeaders {{"Retry-After", "2"},
                                                  {"Jumpseller-PerSecondRateLimit-Remaining", "0"},
                                                  {"Jumpseller-PerMinuteRateLimit-Remaining", "0"}}
                                  << utc(16, 12, 50) << qint64(10000);
    QTest::newRow("ban in the past") << HttpHeaders {{"Jumpseller-BannedByRateLimit-Reset",
                                                      "2024-05-23T16:00:00+00:00"}}
                                     << now << qint64(0);
    QTest::newRow("garbage values") << HttpHeaders {{"Retry-After", "later"},
                                                    {"Jumpseller-BannedByRateLimit-Reset", "x"}}
                                    << now << qint64(-1);
}

void TestRetryPolicy::serverWait()
{
    QFETCH(HttpHeaders, headers);
    QFETCH(QDateTime, now);
    QFETCH(qint64, expected);
    const RetryPolicy policy;
    QCOMPARE(policy.serverWait(headers, now).value_or(-1), expected);
}

void TestRetryPolicy::throttling_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<HttpHeaders>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("throttled");

    const HttpHeaders exhausted {{"Jumpseller-PerSecondRateLimit-Limit", "8"},
                                 {"Jumpseller-PerSecondRateLimit-Remaining", "0"}};
    const HttpHeaders plenty {{"Jumpseller-PerSecondRateLimit-Limit", "20"},
                              {"Jumpseller-PerSecondRateLimit-Remaining", "19"},
                              {"Jumpseller-PerMinuteRateLimit-Remaining", "700"}};
    QTest::newRow("429 bare") << 429 << HttpHeaders {} << QByteArray() << true;
    QTest::newRow("403 bare") << 403 << HttpHeaders {} << QByteArray(R"({"message":"Not authorized"})") << false;
    QTest::newRow("403 with allowance left")
        << 403 << plenty << QByteArray(R"({"message":"Not authorized to delete this JsApp"})") << false;
    QTest::newRow("legacy 403 remaining 0") << 403 << exhausted << QByteArray() << true;
    QTest::newRow("legacy 403 body") << 403 << plenty << QByteArray("Rate Limit Exceeded") << true;
    QTest::newRow("403 ban") << 403 << HttpHeaders {{"Jumpseller-BannedByRateLimit-Reset", "2024-05-23T16:13:47+00:00"}}
                             << QByteArray() << true;
    QTest::newRow("403 body without headers") << 403 << HttpHeaders {} << QByteArray("Rate Limit Exceeded") << false;
    QTest::newRow("500 with remaining 0") << 500 << exhausted << QByteArray() << false;
}

void TestRetryPolicy::throttling()
{
    QFETCH(int, status);
    QFETCH(HttpHeaders, headers);
    QFETCH(QByteArray, body);
    QFETCH(bool, throttled);
    QCOMPARE(RetryPolicy::isThrottled(status, headers, body), throttled);
}

void TestRetryPolicy::retriesRetryableErrorsWithBackoff()
{
    RetryPolicy policy(noJitter());
    const ApiRequest get = ApiRequest::get(kUrl);
    for (const ApiError &error : {ApiError::fromHttpStatus(500, {}), ApiError::fromHttpStatus(503, {}),
                                  ApiError(Kind::Timeout, {}, true), ApiError(Kind::ConnectionReset, {}, true)}) {
        const auto first = policy.decide(get, error, {}, 1, utc(0, 0, 0));
        QVERIFY(first.retry);
        QCOMPARE(first.delayMs, 1000);
        QVERIFY(!first.hostWide);
        const auto third = policy.decide(get, error, {}, 3, utc(0, 0, 0));
        QVERIFY(third.retry);
        QCOMPARE(third.delayMs, 4000);
    }
}

void TestRetryPolicy::stopsAtTheAttemptCap()
{
    RetryConfig config = noJitter();
    config.maxAttempts = 3;
    RetryPolicy policy(config);
    const ApiRequest get = ApiRequest::get(kUrl);
    const ApiError error = ApiError::fromHttpStatus(502, {});
    QVERIFY(policy.decide(get, error, {}, 2, utc(0, 0, 0)).retry);
    const auto last = policy.decide(get, error, {}, 3, utc(0, 0, 0));
    QVERIFY(!last.retry);
    QVERIFY(last.reason.contains(u"3 attempts"_s));
}

void TestRetryPolicy::neverRepeatsNonIdempotentRequests()
{
    RetryPolicy policy(noJitter());
    const ApiRequest post = ApiRequest::post(kUrl, QJsonDocument(QJsonObject {}));
    const ApiRequest patch = ApiRequest::patch(kUrl, QJsonDocument(QJsonObject {}));
    QVERIFY(!post.isIdempotent());
    QVERIFY(!patch.isIdempotent());
    QVERIFY(ApiRequest::put(kUrl, {}).isIdempotent());
    QVERIFY(ApiRequest::del(kUrl).isIdempotent());
    const ApiError error = ApiError::fromHttpStatus(500, {});
    const auto decision = policy.decide(post, error, {}, 1, utc(0, 0, 0));
    QVERIFY(!decision.retry);
    QVERIFY(decision.reason.contains(u"idempotent"_s));
    QVERIFY(error.retryable()); // the outbox still learns that a resend may work
    QVERIFY(!policy.decide(patch, ApiError(Kind::Timeout, {}, true), {}, 1, utc(0, 0, 0)).retry);
    // A GET marked non-idempotent is not repeated either.
    QVERIFY(!policy.decide(ApiRequest::get(kUrl).withIdempotent(false), error, {}, 1, utc(0, 0, 0)).retry);
}

void TestRetryPolicy::repeatsPostMarkedIdempotent()
{
    RetryPolicy policy(noJitter());
    const ApiRequest post = ApiRequest::post(kUrl, QJsonDocument(QJsonObject {})).withIdempotent(true);
    QVERIFY(policy.decide(post, ApiError::fromHttpStatus(500, {}), {}, 1, utc(0, 0, 0)).retry);
}

void TestRetryPolicy::doesNotRetryPermanentErrors()
{
    RetryPolicy policy(noJitter());
    const ApiRequest get = ApiRequest::get(kUrl);
    for (int status : {400, 401, 403, 404, 405, 422}) {
        const auto decision = policy.decide(get, ApiError::fromHttpStatus(status, {}), {}, 1, utc(0, 0, 0));
        QVERIFY2(!decision.retry, qPrintable(QString::number(status)));
    }
    QVERIFY(!policy.decide(get, ApiError(Kind::MalformedJson, {}, false), {}, 1, utc(0, 0, 0)).retry);
    QVERIFY(!policy.decide(get, ApiError(Kind::Tls), {}, 1, utc(0, 0, 0)).retry);
    QVERIFY(!policy.decide(get, ApiError(), {}, 1, utc(0, 0, 0)).retry);
}

void TestRetryPolicy::usesTheServersWaitHostWide()
{
    RetryPolicy policy(noJitter());
    const ApiRequest get = ApiRequest::get(kUrl);
    const auto decision =
        policy.decide(get, ApiError::fromHttpStatus(429, {}), {{"Retry-After", "3"}}, 1, utc(0, 0, 0));
    QVERIFY(decision.retry);
    QCOMPARE(decision.delayMs, 3000);
    QVERIFY(decision.hostWide);
    QCOMPARE(decision.retryAfterMs, 3000);

    const HttpHeaders ban {{"Jumpseller-BannedByRateLimit-Reset", "2024-05-23T16:13:47+00:00"}};
    const auto banned = policy.decide(get, ApiError::fromHttpStatus(429, {}), ban, 4, utc(16, 13, 0));
    QVERIFY(banned.retry);
    QCOMPARE(banned.delayMs, 47000);
}

void TestRetryPolicy::plainThrottlingIsHostWide()
{
    RetryPolicy policy(noJitter());
    const auto decision = policy.decide(ApiRequest::get(kUrl), ApiError::fromHttpStatus(429, {}), {}, 2, utc(0, 0, 0));
    QVERIFY(decision.retry);
    QCOMPARE(decision.delayMs, 2000); // Bsale's 429 names no wait: backoff
    QVERIFY(decision.hostWide);
    QCOMPARE(decision.retryAfterMs, -1);
}

void TestRetryPolicy::tooLongServerWaitEndsTheCall()
{
    RetryPolicy policy(noJitter());
    const auto decision = policy.decide(ApiRequest::get(kUrl), ApiError::fromHttpStatus(429, {}),
                                        {{"Retry-After", "3600"}}, 1, utc(0, 0, 0));
    QVERIFY(!decision.retry);
    QCOMPARE(decision.retryAfterMs, 3600000);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
