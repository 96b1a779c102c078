// Contract tests of FakeJumpseller's request limits (§1.4): the four Jumpseller-Per*RateLimit-*
// headers on every answer, 429 past 20/s or 800/min, the temporary ban with
// Jumpseller-BannedByRateLimit-Reset, the legacy 403 and the test knobs. The fake runs on an
// injected clock, so windows roll exactly when the test says.
#include <QtCore/QJsonObject>
#include <QtCore/QTimeZone>
#include <QtTest/QTest>

#include "FakeJumpseller.h"
#include "JumpsellerProbe.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;
using puente::fakes::FakeJumpseller;
namespace js = puente::fakes::jumpseller;

class TestFakeJumpsellerLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void headersOnEveryResponse();
    void remainingCountsDown();
    void overTwentyPerSecondIs429();
    void perMinuteLimitHoldsAcrossSeconds();
    void banAfterNHitsCarriesResetHeader();
    void legacySwitchAnswers403();
    void disabledLimitsNeverRefuse();
    void scaleMultipliesLimits();
    void rateAdminEndpointChangesLimits();

private:
    ProbeReply hit();
    static int header(const ProbeReply &reply, const char *name);

    std::unique_ptr<FakeJumpseller> m_fake;
    std::unique_ptr<JumpsellerProbe> m_probe;
    QDateTime m_now;
};

void TestFakeJumpsellerLimits::init()
{
    m_now = QDateTime(QDate(2025, 5, 23), QTime(16, 0, 0, 100), QTimeZone::utc());
    m_fake = std::make_unique<FakeJumpseller>();
    m_fake->setClock([this] { return m_now; });
    QVERIFY(m_fake->start() != 0);
    m_probe = std::make_unique<JumpsellerProbe>(*m_fake, u"limits"_s);
}

void TestFakeJumpsellerLimits::cleanup()
{
    m_probe.reset();
    m_fake.reset();
}

ProbeReply TestFakeJumpsellerLimits::hit()
{
    return m_probe->get(u"/v1/products/count.json"_s);
}

int TestFakeJumpsellerLimits::header(const ProbeReply &reply, const char *name)
{
    bool ok = false;
    const int value = reply.header(QByteArray(name).toLower()).toInt(&ok);
    return ok ? value : -1;
}

void TestFakeJumpsellerLimits::headersOnEveryResponse()
{
    // §1.4: "Every response carries these headers", with the current limits 800/min and 20/s:
    // successes, 404s and 401s alike.
    const ProbeReply ok = hit();
    const ProbeReply missing = m_probe->get(u"/v1/products/1.json"_s);
    m_probe->setAuth(JumpsellerProbe::Auth::None);
    const ProbeReply unauthorized = hit();
    QCOMPARE(ok.status, 200);
    QCOMPARE(missing.status, 404);
    QCOMPARE(unauthorized.status, 401);
    for (const ProbeReply &reply : {ok, missing, unauthorized}) {
        QCOMPARE(header(reply, "Jumpseller-PerMinuteRateLimit-Limit"), 800);
        QCOMPARE(header(reply, "Jumpseller-PerSecondRateLimit-Limit"), 20);
        QVERIFY(header(reply, "Jumpseller-PerMinuteRateLimit-Remaining") >= 0);
        QVERIFY(header(reply, "Jumpseller-PerSecondRateLimit-Remaining") >= 0);
        QVERIFY(reply.header("x-ratelimit-limit").isEmpty()); // no X-RateLimit-* headers
    }
}

void TestFakeJumpsellerLimits::remainingCountsDown()
{
    // §1.4: the first request of a window leaves 799 and 19.
    const ProbeReply first = hit();
    QCOMPARE(header(first, "Jumpseller-PerMinuteRateLimit-Remaining"), 799);
    QCOMPARE(header(first, "Jumpseller-PerSecondRateLimit-Remaining"), 19);
    const ProbeReply second = hit();
    QCOMPARE(header(second, "Jumpseller-PerMinuteRateLimit-Remaining"), 798);
    QCOMPARE(header(second, "Jumpseller-PerSecondRateLimit-Remaining"), 18);
    m_now = m_now.addSecs(1); // a new second, same minute
    const ProbeReply third = hit();
    QCOMPARE(header(third, "Jumpseller-PerMinuteRateLimit-Remaining"), 797);
    QCOMPARE(header(third, "Jumpseller-PerSecondRateLimit-Remaining"), 19);
}

void TestFakeJumpsellerLimits::overTwentyPerSecondIs429()
{
    // §1.4: going over 20 requests in a second returns 429 Too Many Requests.
    for (int i = 0; i < 20; ++i)
        QCOMPARE(hit().status, 200);
    const ProbeReply refused = m_probe->expectError(hit(), u"MessageObject.one"_s);
    QCOMPARE(refused.status, 429);
    QVERIFY(!refused.object().value(u"message"_s).toString().isEmpty());
    QCOMPARE(header(refused, "Jumpseller-PerSecondRateLimit-Remaining"), 0);
    QVERIFY(refused.header("jumpseller-bannedbyratelimit-reset").isEmpty());
    m_now = m_now.addMSecs(900); // next second
    QCOMPARE(hit().status, 200);
}

void TestFakeJumpsellerLimits::perMinuteLimitHoldsAcrossSeconds()
{
    // §1.4: 800 per minute, counted over the minute whatever the per-second pace.
    m_now = QDateTime(QDate(2025, 5, 23), QTime(16, 0, 0), QTimeZone::utc());
    int ok = 0;
    for (int second = 0; second < 40 && ok < 800; ++second) {
        for (int i = 0; i < 20; ++i)
            ok += hit().status == 200 ? 1 : 0;
        m_now = m_now.addSecs(1);
    }
    QCOMPARE(ok, 800);
    const ProbeReply refused = hit();
    QCOMPARE(refused.status, 429);
    QCOMPARE(header(refused, "Jumpseller-PerMinuteRateLimit-Remaining"), 0);
    QCOMPARE(header(refused, "Jumpseller-PerSecondRateLimit-Remaining"), 20);
    m_now = QDateTime(QDate(2025, 5, 23), QTime(16, 1, 0), QTimeZone::utc());
    QCOMPARE(hit().status, 200);
}

void TestFakeJumpsellerLimits::banAfterNHitsCarriesResetHeader()
{
    // §1.4: "After 2000 rate-limit hits, a temporary ban is applied", announced by
    // Jumpseller-BannedByRateLimit-Reset: 2024-05-23T16:13:47+00:00 (N small here).
    js::RateLimitConfig limits;
    limits.perSecond = 2;
    limits.banAfterHits = 3;
    limits.banSeconds = 600;
    m_fake->setRateLimits(limits);
    QCOMPARE(hit().status, 200);
    QCOMPARE(hit().status, 200);
    QCOMPARE(hit().status, 429); // hit 1
    QCOMPARE(hit().status, 429); // hit 2
    const ProbeReply banned = hit(); // hit 3: banned
    QCOMPARE(banned.status, 429);
    const QByteArray reset = banned.header("jumpseller-bannedbyratelimit-reset");
    QCOMPARE(reset, QByteArray("2025-05-23T16:10:00+00:00"));
    QCOMPARE(QDateTime::fromString(QString::fromLatin1(reset), Qt::ISODate), m_now.addSecs(600).addMSecs(-100));
    m_now = m_now.addSecs(30); // a fresh second does not lift the ban
    const ProbeReply stillBanned = hit();
    QCOMPARE(stillBanned.status, 429);
    QCOMPARE(stillBanned.header("jumpseller-bannedbyratelimit-reset"), reset);
    QCOMPARE(header(stillBanned, "Jumpseller-PerSecondRateLimit-Limit"), 2);
    m_now = m_now.addSecs(600);
    const ProbeReply lifted = hit();
    QCOMPARE(lifted.status, 200);
    QVERIFY(lifted.header("jumpseller-bannedbyratelimit-reset").isEmpty());
}

void TestFakeJumpsellerLimits::legacySwitchAnswers403()
{
    // §1.4 historical: the old API answered 403 Forbidden (Rate Limit Exceeded).
    js::RateLimitConfig limits;
    limits.perSecond = 1;
    limits.legacy403 = true;
    m_fake->setRateLimits(limits);
    QCOMPARE(hit().status, 200);
    const ProbeReply refused = hit();
    QCOMPARE(refused.status, 403);
    QCOMPARE(header(refused, "Jumpseller-PerSecondRateLimit-Remaining"), 0);
}

void TestFakeJumpsellerLimits::disabledLimitsNeverRefuse()
{
    js::RateLimitConfig limits;
    limits.enabled = false;
    m_fake->setRateLimits(limits);
    for (int i = 0; i < 30; ++i)
        QCOMPARE(hit().status, 200);
    QCOMPARE(header(hit(), "Jumpseller-PerSecondRateLimit-Remaining"), 0); // still counted
}

void TestFakeJumpsellerLimits::scaleMultipliesLimits()
{
    // A benchmark knob: scale 2.5 -> 50/s and 2000/min, as the headers say.
    js::RateLimitConfig limits;
    limits.scale = 2.5;
    m_fake->setRateLimits(limits);
    const ProbeReply reply = hit();
    QCOMPARE(header(reply, "Jumpseller-PerSecondRateLimit-Limit"), 50);
    QCOMPARE(header(reply, "Jumpseller-PerMinuteRateLimit-Limit"), 2000);
    for (int i = 0; i < 49; ++i)
        QCOMPARE(hit().status, 200);
    QCOMPARE(hit().status, 429);
}

void TestFakeJumpsellerLimits::rateAdminEndpointChangesLimits()
{
    // POST /_admin/rate {...} sets the limits at run time; "reset" forgets counters and bans.
    const ProbeReply set = m_probe->admin("POST", u"/_admin/rate"_s,
                                          {{u"per_second"_s, 1}, {u"legacy_403"_s, false}, {u"ban_after"_s, 0}});
    QCOMPARE(set.status, 200);
    QCOMPARE(set.object()[u"effective_per_second"_s].toInt(), 1);
    QCOMPARE(hit().status, 200);
    QCOMPARE(hit().status, 429);
    m_probe->admin("POST", u"/_admin/rate"_s, {{u"reset"_s, true}});
    QCOMPARE(hit().status, 200);
    m_probe->admin("POST", u"/_admin/rate"_s, {{u"enabled"_s, false}});
    QCOMPARE(hit().status, 200);
}

QTEST_GUILESS_MAIN(TestFakeJumpsellerLimits)
#include "tst_fakejumpseller_limits.moc"
