// StockPusher against FakeJumpseller: variant and product PUTs with only the changed fields,
// bounded concurrency, and a 429 storm (low store limits plus injected 429s and 503s) that ends
// with every push landed and the store's own limiter never having had to refuse Puente.
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include "StockTestRig.h"
#include "sync/StockPusher.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;
using puente::test::LinkedItem;
using puente::test::StockTestRig;
namespace js = puente::fakes::jumpseller;

class TestStockPusher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pushesVariantsAndProducts();
    void concurrencyIsBounded();
    void permanentErrorFailsAtOnce();
    void stormEndsWithEveryPushLanded();
    void storeLimitsBelowOurPacingStillLand();

private:
    StockPushReport run(StockPusher &pusher, const QList<StockPush> &pushes, int realMs = 20000);
    QList<LinkedItem> items(int count);
    static StockPush stockPush(const LinkedItem &item, qint64 stock);
    void useStoreClient(const QList<RateLimit> &limits);

    std::unique_ptr<StockTestRig> rig;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<JumpsellerClient> client;
};

void TestStockPusher::init()
{
    rig = std::make_unique<StockTestRig>();
    QVERIFY(rig->ready());
    useStoreClient(JumpsellerClient::recommendedLimits());
}

void TestStockPusher::cleanup()
{
    client.reset();
    api.reset();
    rig.reset();
}

void TestStockPusher::useStoreClient(const QList<RateLimit> &limits)
{
    client.reset();
    ApiClientConfig config = StockTestRig::apiConfig(rig->store.baseUrl(), false);
    config.rateLimits.hostLimits.insert(rig->store.baseUrl().host(), limits);
    api = std::make_unique<ApiClient>(rig->clock, config);
    client = std::make_unique<JumpsellerClient>(*api);
    client->setBaseUrl(rig->store.baseUrl().resolved(QUrl(u"/v1"_s)));
    client->setCredentials(rig->store.login(), rig->store.authToken());
}

StockPushReport TestStockPusher::run(StockPusher &pusher, const QList<StockPush> &pushes, int realMs)
{
    std::optional<StockPushReport> out;
    QObject context;
    pusher.push(pushes, &context, [&out](const StockPushReport &r) { out = r; });
    puente::test::pumpUntil(
        rig->clock, [&out] { return out.has_value(); }, [this] { return api->inFlightCount() == 0; }, realMs);
    return out.value_or(StockPushReport {});
}

QList<LinkedItem> TestStockPusher::items(int count)
{
    QList<LinkedItem> out;
    for (int i = 0; i < count; ++i)
        out.append(rig->linkItem(u"P%1"_s.arg(i), 10, 10, i % 2 == 0));
    return out;
}

StockPush TestStockPusher::stockPush(const LinkedItem &item, qint64 stock)
{
    StockPush push;
    push.key = item.storeKey();
    push.erpVariantId = item.erpVariantId;
    push.stock = stock;
    return push;
}

void TestStockPusher::pushesVariantsAndProducts()
{
    const auto its = items(2); // [0] has a variant, [1] is a simple product
    rig->store.setVariantStock(its[0].storeVariantId, 3);
    QVERIFY(rig->store.setProductStock(its[1].storeProductId, 3));
    QVERIFY(rig->store.variant(its[0].storeVariantId));
    StockPush unlimited;
    unlimited.key = its[0].storeKey();
    unlimited.unlimited = true;
    StockPush priced = stockPush(its[1], 7);
    priced.price = 12990;

    StockPusher pusher(*client, rig->clock);
    QSignalSpy finished(&pusher, &StockPusher::pushFinished);
    const StockPushReport report = run(pusher, {unlimited, priced});
    QVERIFY(report.ok());
    QCOMPARE(report.succeeded, 2);
    QCOMPARE(finished.size(), 2);
    QVERIFY(rig->store.variant(its[0].storeVariantId)->stockUnlimited);
    QVERIFY(report.results[0].unlimitedAfter);
    QCOMPARE(rig->store.productStock(its[1].storeProductId), std::optional<int>(7));
    QCOMPARE(rig->store.product(its[1].storeProductId)->price, 12990.0);
    QCOMPARE(report.results[1].stockAfter, std::optional<qint64>(7));

    // The bodies carry only what changes: absolute values, unlimited off with a number.
    QList<QJsonObject> bodies;
    for (const auto &r : rig->store.requests()) {
        if (r.method == "PUT")
            bodies.append(QJsonDocument::fromJson(r.body).object());
    }
    QCOMPARE(bodies.size(), 2);
    QCOMPARE(bodies[0], (QJsonObject {{u"variant"_s, QJsonObject {{u"stock_unlimited"_s, true}}}}));
    QCOMPARE(bodies[1].value(u"product"_s).toObject(),
             (QJsonObject {{u"stock"_s, 7}, {u"stock_unlimited"_s, false}, {u"price"_s, 12990.0}}));
}

void TestStockPusher::concurrencyIsBounded()
{
    const auto its = items(12);
    QList<StockPush> pushes;
    for (const auto &item : its)
        pushes.append(stockPush(item, 4));
    StockPusher pusher(*client, rig->clock);
    pusher.setConcurrency(3);
    int most = 0;
    QObject probe;
    // ApiClient's active calls, sampled at every result: never above the bound.
    connect(&pusher, &StockPusher::pushFinished, &probe,
            [this, &most] { most = std::max(most, api->activeCallCount()); });
    std::optional<StockPushReport> out;
    pusher.push(pushes, &probe, [&out](const StockPushReport &r) { out = r; });
    bool sawBound = false;
    puente::test::pumpUntil(
        rig->clock,
        [&] {
            most = std::max(most, api->activeCallCount());
            sawBound = sawBound || api->activeCallCount() == 3;
            return out.has_value();
        },
        [this] { return api->inFlightCount() == 0; });
    QVERIFY(out && out->ok());
    QVERIFY(most <= 3);
    QVERIFY(sawBound);
}

void TestStockPusher::permanentErrorFailsAtOnce()
{
    const auto its = items(1);
    StockPush missing = stockPush(its[0], 1);
    missing.key.productId = 999999; // no such product: 404
    StockPusher pusher(*client, rig->clock);
    const StockPushReport report = run(pusher, {missing, stockPush(its[0], 2)});
    QCOMPARE(report.failed, 1);
    QCOMPARE(report.succeeded, 1);
    QCOMPARE(report.results[0].rounds, 1);
    QCOMPARE(report.results[0].error.kind(), ApiError::Kind::NotFound);
    QVERIFY(!report.ok());
    QCOMPARE(report.succeededPushes().size(), 1);
}

void TestStockPusher::stormEndsWithEveryPushLanded()
{
    // The store allows only 5 per second and 100 per minute here, and bans after 30 refusals.
    js::RateLimitConfig limits;
    limits.perSecond = 5;
    limits.perMinute = 100;
    limits.banAfterHits = 30;
    rig->store.setRateLimits(limits);
    // Puente's pacing for those limits, with the same margins as recommendedLimits().
    useStoreClient({RateLimit::perSecond(3, 2), RateLimit::perMinute(90, 5)});
    const auto its = items(40);
    QList<StockPush> pushes;
    for (const auto &item : its)
        pushes.append(stockPush(item, 1 + item.erpVariantId % 7));
    // And the storm: 429s and 503s on top (with Retry-After: 2).
    rig->store.setFaultRetryAfter(2);
    rig->store.injectFault(fakes::HttpFault::Status429, 15, u"^/v1/products/"_s, "PUT");
    rig->store.injectFault(fakes::HttpFault::Status503, 5, u"^/v1/products/"_s, "PUT");

    StockPusher pusher(*client, rig->clock);
    pusher.setConcurrency(4);
    pusher.setRoundDelayMs(3000);
    const qint64 started = rig->clock.monotonicMs();
    const StockPushReport report = run(pusher, pushes, 60000);
    QCOMPARE(report.succeeded, 40);
    QCOMPARE(report.failed, 0);
    QCOMPARE(rig->store.pendingFaults(), 0); // the whole storm was met
    for (const auto &item : its)
        QCOMPARE(rig->storeStock(item), std::optional<int>(int(1 + item.erpVariantId % 7)));
    // The store's limiter never had to refuse a request (the only 429s were the injected ones)
    // and never banned us.
    const QJsonObject rate = rig->store.state().value(u"rate"_s).toObject();
    QCOMPARE(rate.value(u"hits"_s).toInt(), 0);
    QVERIFY(rate.value(u"banned_until"_s).isNull());
    // 60 PUTs at 3 per second cannot take less than ~19 s of (virtual) time.
    QVERIFY(rig->clock.monotonicMs() - started >= 19000);
}

void TestStockPusher::storeLimitsBelowOurPacingStillLand()
{
    // A store stricter than documented (4/s): Puente's pacing (12/s) meets real 429s with the
    // Jumpseller-*-Remaining headers, backs off, and gets everything through without a ban.
    js::RateLimitConfig limits;
    limits.perSecond = 4;
    limits.perMinute = 200;
    limits.banAfterHits = 40;
    rig->store.setRateLimits(limits);
    const auto its = items(30);
    QList<StockPush> pushes;
    for (const auto &item : its)
        pushes.append(stockPush(item, 5));
    StockPusher pusher(*client, rig->clock);
    pusher.setConcurrency(6);
    const StockPushReport report = run(pusher, pushes, 60000);
    QCOMPARE(report.succeeded, 30);
    const QJsonObject rate = rig->store.state().value(u"rate"_s).toObject();
    QVERIFY(rate.value(u"banned_until"_s).isNull());
    qInfo("store refused %d requests", rate.value(u"hits"_s).toInt());
    QVERIFY(rate.value(u"hits"_s).toInt() > 0); // the store did push back
    QVERIFY2(rate.value(u"hits"_s).toInt() < 40, qPrintable(QString::number(rate.value(u"hits"_s).toInt())));
}

QTEST_GUILESS_MAIN(TestStockPusher)
#include "tst_stockpusher.moc"
