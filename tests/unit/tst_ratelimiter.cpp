// RateLimiter with ManualClock: burst, steady rate, several buckets, server blocks.
#include <QtTest/QTest>

#include "base/ManualClock.h"
#include "net/RateLimiter.h"

using namespace Qt::Literals::StringLiterals;
using puente::ManualClock;
using puente::RateLimit;
using puente::RateLimiter;
using puente::RateLimiterConfig;

namespace {

/** Sends as fast as the limiter allows until `untilMs`; returns sends per whole second. */
QList<int> sendsPerSecond(ManualClock &clock, RateLimiter &limiter, const QString &host, qint64 untilMs)
{
    QList<int> perSecond(int(untilMs / 1000), 0);
    while (clock.monotonicMs() < untilMs) {
        if (limiter.tryAcquire(host)) {
            ++perSecond[int(clock.monotonicMs() / 1000)];
            continue;
        }
        const qint64 delay = limiter.delayBeforeNext(host);
        Q_ASSERT(delay > 0);
        clock.advance(delay);
    }
    return perSecond;
}

} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unlimitedByDefault();
    void burstThenSteadyRate();
    void failedAcquireTakesNothing();
    void everyBucketMustAllow();
    void quietPeriodRefillsOnlyUpToBurst();
    void blockUntilOnlyExtends();
    void hostsAreIndependentAndCaseInsensitive();
    void perMinuteHelper();
};

void TestRateLimiter::unlimitedByDefault()
{
    ManualClock clock;
    RateLimiter limiter(clock);
    for (int i = 0; i < 1000; ++i)
        QVERIFY(limiter.tryAcquire(u"api.bsale.io"_s));
    QCOMPARE(limiter.delayBeforeNext(u"api.bsale.io"_s), 0);
}

void TestRateLimiter::burstThenSteadyRate()
{
    ManualClock clock;
    RateLimiterConfig config;
    config.hostLimits.insert(u"api.bsale.io"_s, {RateLimit::perSecond(10, 5)});
    RateLimiter limiter(clock, config);
    for (int i = 0; i < 5; ++i)
        QVERIFY(limiter.tryAcquire(u"api.bsale.io"_s));
    QCOMPARE(limiter.delayBeforeNext(u"api.bsale.io"_s), 100);
    // Second 0: the burst of 5 plus one every 100 ms from t=100; then exactly 10 per second.
    QCOMPARE(sendsPerSecond(clock, limiter, u"api.bsale.io"_s, 5000), (QList<int> {9, 10, 10, 10, 10}));
}

void TestRateLimiter::failedAcquireTakesNothing()
{
    ManualClock clock;
    RateLimiterConfig config;
    config.defaultLimits = {RateLimit::perSecond(2, 1)};
    RateLimiter limiter(clock, config);
    QVERIFY(limiter.tryAcquire(u"h"_s));
    for (int i = 0; i < 10; ++i)
        QVERIFY(!limiter.tryAcquire(u"h"_s));
    QCOMPARE(limiter.delayBeforeNext(u"h"_s), 500);
    clock.advance(500);
    QVERIFY(limiter.tryAcquire(u"h"_s));
}

void TestRateLimiter::everyBucketMustAllow()
{
    ManualClock clock;
    RateLimiter limiter(clock);
    // 10/s with bursts of 10, but only 60 a minute with bursts of 2.
    limiter.setHostLimits(u"h"_s, {RateLimit::perSecond(10, 10), RateLimit::perMinute(60, 2)});
    QVERIFY(limiter.tryAcquire(u"h"_s));
    QVERIFY(limiter.tryAcquire(u"h"_s));
    QVERIFY(!limiter.tryAcquire(u"h"_s));
    QCOMPARE(limiter.delayBeforeNext(u"h"_s), 1000);
    const QList<int> counts = sendsPerSecond(clock, limiter, u"h"_s, 60000);
    int total = 0;
    for (int n : counts)
        total += n;
    QCOMPARE(total + 2, 61); // 2 burst + one per second for 59 s
}

void TestRateLimiter::quietPeriodRefillsOnlyUpToBurst()
{
    ManualClock clock;
    RateLimiter limiter(clock);
    limiter.setHostLimits(u"h"_s, {RateLimit::perSecond(10, 3)});
    QVERIFY(limiter.tryAcquire(u"h"_s));
    clock.advance(60000);
    int sent = 0;
    while (limiter.tryAcquire(u"h"_s))
        ++sent;
    QCOMPARE(sent, 3);
}

void TestRateLimiter::blockUntilOnlyExtends()
{
    ManualClock clock;
    RateLimiter limiter(clock);
    limiter.blockFor(u"h"_s, 3000);
    QCOMPARE(limiter.blockedFor(u"h"_s), 3000);
    QCOMPARE(limiter.delayBeforeNext(u"h"_s), 3000);
    QVERIFY(!limiter.tryAcquire(u"h"_s));
    limiter.blockFor(u"h"_s, 1000); // shorter: ignored
    QCOMPARE(limiter.blockedFor(u"h"_s), 3000);
    clock.advance(1000);
    limiter.blockUntil(u"h"_s, 10000);
    QCOMPARE(limiter.blockedFor(u"h"_s), 9000);
    clock.advance(9000);
    QCOMPARE(limiter.blockedFor(u"h"_s), 0);
    QVERIFY(limiter.tryAcquire(u"h"_s));
    limiter.blockFor(u"h"_s, 500);
    limiter.reset();
    QCOMPARE(limiter.blockedFor(u"h"_s), 0);
}

void TestRateLimiter::hostsAreIndependentAndCaseInsensitive()
{
    ManualClock clock;
    RateLimiterConfig config;
    config.hostLimits.insert(u"API.Jumpseller.com"_s, {RateLimit::perSecond(1, 1)});
    RateLimiter limiter(clock, config);
    QVERIFY(limiter.tryAcquire(u"api.jumpseller.com"_s));
    QVERIFY(!limiter.tryAcquire(u"API.JUMPSELLER.COM"_s));
    QVERIFY(limiter.tryAcquire(u"api.bsale.io"_s)); // default: unlimited
    limiter.blockFor(u"api.bsale.io"_s, 100);
    QCOMPARE(limiter.delayBeforeNext(u"api.jumpseller.com"_s), 1000);
    QCOMPARE(limiter.delayBeforeNext(u"api.bsale.io"_s), 100);
    QCOMPARE(limiter.limitsFor(u"api.jumpseller.com"_s).size(), 1);
    QCOMPARE(limiter.limitsFor(u"other"_s).size(), 0);
}

void TestRateLimiter::perMinuteHelper()
{
    const RateLimit limit = RateLimit::perMinute(120, 4);
    QCOMPARE(limit.ratePerSecond, 2.0);
    QCOMPARE(limit.burst, 4);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
