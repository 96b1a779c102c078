// Contract tests of FakeJumpseller's webhooks (§5): delivery to a local receiver (a plain
// HttpFake) with the five documented headers, a base64 HMAC-SHA256 of the raw body keyed by the
// store's hooks token (checked here with QMessageAuthenticationCode), the events of each order
// and product change, the duplicate and reorder switches and the retry schedule.
#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMessageAuthenticationCode>
#include <QtCore/QRegularExpression>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include "FakeJumpseller.h"
#include "JumpsellerProbe.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;
using puente::fakes::FakeJumpseller;
using puente::fakes::HttpFake;
using puente::fakes::HttpFakeRequest;
using puente::fakes::HttpFakeResponse;
namespace js = puente::fakes::jumpseller;

class TestFakeJumpsellerHooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void orderEventsArriveSignedWithDocumentedHeaders();
    void hookRegisteredOverApiGetsProductUpdates();
    void stockMovementsAnnounceProductStockUpdated();
    void paymentAndCancellationEvents();
    void duplicateSwitchDeliversTwice();
    void reorderSwitchDeliversBatchBackwards();
    void failedDeliveryIsRetriedThenHookPaused();

private:
    /** Waits until the receiver got `count` hook calls. */
    bool waitForDeliveries(int count);
    QList<HttpFakeRequest> received(const QByteArray &event = {}) const;
    QUrl receiverUrl() const { return m_receiver->baseUrl().resolved(QUrl(u"/hook"_s)); }
    js::OrderSeed mugOrder(int qty) const;

    std::unique_ptr<FakeJumpseller> m_fake;
    std::unique_ptr<HttpFake> m_receiver;
    std::unique_ptr<JumpsellerProbe> m_probe;
    int m_receiverStatus = 200;
    int m_mug = 0;
};

void TestFakeJumpsellerHooks::init()
{
    m_receiverStatus = 200;
    m_receiver = std::make_unique<HttpFake>();
    m_receiver->route("POST", u"/hook"_s, [this](const HttpFakeRequest &) {
        return HttpFakeResponse::json(m_receiverStatus, QJsonObject {{u"ok"_s, m_receiverStatus == 200}});
    });
    QVERIFY(m_receiver->start() != 0);

    m_fake = std::make_unique<FakeJumpseller>();
    js::RateLimitConfig limits;
    limits.enabled = false;
    m_fake->setRateLimits(limits);
    js::StoreInfo store;
    store.code = u"puente-demo"_s;
    store.hooksToken = u"s3cr3t-hooks-token-0123456789abc"_s;
    m_fake->setStore(store);
    QVERIFY(m_fake->start() != 0);
    m_probe = std::make_unique<JumpsellerProbe>(*m_fake, u"hooks"_s);

    js::ProductSeed mug;
    mug.name = u"Taza"_s;
    mug.sku = u"TAZA"_s;
    mug.price = 5990;
    mug.stock = 10;
    m_mug = m_fake->addProduct(mug);
}

void TestFakeJumpsellerHooks::cleanup()
{
    m_probe.reset();
    m_fake.reset();
    m_receiver.reset();
}

bool TestFakeJumpsellerHooks::waitForDeliveries(int count)
{
    return QTest::qWaitFor([this, count] { return received().size() >= count; }, 5000);
}

QList<HttpFakeRequest> TestFakeJumpsellerHooks::received(const QByteArray &event) const
{
    QList<HttpFakeRequest> out;
    for (const HttpFakeRequest &request : m_receiver->requests()) {
        if (event.isEmpty() || request.header("jumpseller-event") == event)
            out.append(request);
    }
    return out;
}

js::OrderSeed TestFakeJumpsellerHooks::mugOrder(int qty) const
{
    js::OrderSeed seed;
    js::OrderLineSeed line;
    line.productId = m_mug;
    line.qty = qty;
    seed.lines = {line};
    return seed;
}

void TestFakeJumpsellerHooks::orderEventsArriveSignedWithDocumentedHeaders()
{
    // §5: POST, JSON {"order":{...}}, headers Content-Type, Jumpseller-Store-Code,
    // Jumpseller-Event, Jumpseller-Hmac-Sha256 = Base64(HMAC-SHA256(hooks token, raw body)),
    // Jumpseller-Triggered-At "2025-01-01 10:18:51.829 UTC". "Order Pending" fires on creation.
    m_fake->addHook(u"order_pending_payment"_s, receiverUrl());
    const int id = m_fake->createOrder(mugOrder(2));
    QVERIFY(waitForDeliveries(1));
    const HttpFakeRequest delivery = received().first();
    QCOMPARE(delivery.method, QByteArray("POST"));
    QVERIFY(delivery.header("content-type").startsWith("application/json"));
    QCOMPARE(delivery.header("jumpseller-store-code"), QByteArray("puente-demo"));
    QCOMPARE(delivery.header("jumpseller-event"), QByteArray("order_pending_payment"));
    const QByteArray expected =
        QMessageAuthenticationCode::hash(delivery.body, "s3cr3t-hooks-token-0123456789abc", QCryptographicHash::Sha256)
            .toBase64();
    QCOMPARE(delivery.header("jumpseller-hmac-sha256"), expected);
    QVERIFY(delivery.header("x-jumpseller-hmac-sha256").isEmpty());
    const QRegularExpression triggeredAt(u"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} UTC$"_s);
    QVERIFY(triggeredAt.match(QString::fromLatin1(delivery.header("jumpseller-triggered-at"))).hasMatch());
    const QJsonObject order = QJsonDocument::fromJson(delivery.body).object()[u"order"_s].toObject();
    QCOMPARE(order[u"id"_s].toInt(), id);
    QCOMPARE(order[u"status_enum"_s].toString(), u"pending_payment"_s);
    m_probe->sample(u"Order.one"_s, delivery.body);
    // A signature made with another key does not match.
    QVERIFY(QMessageAuthenticationCode::hash(delivery.body, "other", QCryptographicHash::Sha256).toBase64()
            != expected);
}

void TestFakeJumpsellerHooks::hookRegisteredOverApiGetsProductUpdates()
{
    // §5: a hook registered with POST /hooks.json receives product_updated after an API PUT,
    // with the product as the Products API shows it.
    const ProbeReply created = m_probe->send(
        "POST", u"/v1/hooks.json"_s,
        {{u"hook"_s, QJsonObject {{u"event"_s, u"product_updated"_s}, {u"url"_s, receiverUrl().toString()}}}});
    QCOMPARE(created.status, 200);
    QCOMPARE(
        m_probe->send("PUT", u"/v1/products/%1.json"_s.arg(m_mug), {{u"product"_s, QJsonObject {{u"price"_s, 6490}}}})
            .status,
        200);
    QVERIFY(waitForDeliveries(1));
    const QJsonObject product = QJsonDocument::fromJson(received().first().body).object()[u"product"_s].toObject();
    QCOMPARE(product[u"id"_s].toInt(), m_mug);
    QCOMPARE(product[u"price"_s].toDouble(), 6490.0);
    m_probe->sample(u"Product.one"_s, received().first().body);
}

void TestFakeJumpsellerHooks::stockMovementsAnnounceProductStockUpdated()
{
    // §6 [INFERRED]: every stock change of an order fires product_stock_updated.
    m_fake->addHook(u"product_stock_updated"_s, receiverUrl());
    const int id = m_fake->createOrder(mugOrder(3));
    QVERIFY(waitForDeliveries(1));
    QCOMPARE(QJsonDocument::fromJson(received().first().body).object()[u"product"_s][u"stock"_s].toInt(), 7);
    m_fake->payOrder(id); // no stock change, no event
    m_fake->cancelOrder(id);
    QVERIFY(waitForDeliveries(2));
    QCOMPARE(QJsonDocument::fromJson(received().at(1).body).object()[u"product"_s][u"stock"_s].toInt(), 10);
    QCOMPARE(received().size(), 2);
}

void TestFakeJumpsellerHooks::paymentAndCancellationEvents()
{
    // §5: order_updated fires on creation, payment and cancellation; order_paid and
    // order_canceled on theirs. Deliveries to one hook keep the event order.
    for (const QString &event : {u"order_updated"_s, u"order_paid"_s, u"order_canceled"_s})
        m_fake->addHook(event, receiverUrl());
    const int id = m_fake->createOrder(mugOrder(1));
    m_fake->payOrder(id);
    m_fake->cancelOrder(id);
    QVERIFY(waitForDeliveries(5));
    QCOMPARE(received("order_paid").size(), 1);
    QCOMPARE(received("order_canceled").size(), 1);
    const QList<HttpFakeRequest> updates = received("order_updated");
    QCOMPARE(updates.size(), 3);
    QStringList states;
    for (const HttpFakeRequest &update : updates)
        states << QJsonDocument::fromJson(update.body).object()[u"order"_s][u"status_enum"_s].toString();
    QCOMPARE(states, (QStringList {u"pending_payment"_s, u"paid"_s, u"canceled"_s}));
}

void TestFakeJumpsellerHooks::duplicateSwitchDeliversTwice()
{
    // §7 item 7: duplicate deliveries happen; POST /_admin/hooks {"duplicate": true}.
    m_fake->addHook(u"order_paid"_s, receiverUrl());
    QCOMPARE(m_probe->admin("POST", u"/_admin/hooks"_s, {{u"duplicate"_s, true}}).object()[u"duplicate"_s].toBool(),
             true);
    const int id = m_fake->createOrder(mugOrder(1));
    m_fake->payOrder(id);
    QVERIFY(waitForDeliveries(2));
    const QList<HttpFakeRequest> got = received();
    QCOMPARE(got.size(), 2);
    QCOMPARE(got.at(0).body, got.at(1).body);
    QCOMPARE(got.at(0).header("jumpseller-hmac-sha256"), got.at(1).header("jumpseller-hmac-sha256"));
}

void TestFakeJumpsellerHooks::reorderSwitchDeliversBatchBackwards()
{
    // POST /_admin/hooks {"reorder": true}: events of one batch reach the receiver newest first,
    // so the "paid" update overtakes the "pending" one.
    m_fake->addHook(u"order_updated"_s, receiverUrl());
    QCOMPARE(m_probe->admin("POST", u"/_admin/hooks"_s, {{u"reorder"_s, true}}).status, 200);
    const int id = m_fake->createOrder(mugOrder(1));
    m_fake->payOrder(id);
    QVERIFY(waitForDeliveries(2));
    QStringList states;
    for (const HttpFakeRequest &update : received())
        states << QJsonDocument::fromJson(update.body).object()[u"order"_s][u"status_enum"_s].toString();
    QCOMPARE(states, (QStringList {u"paid"_s, u"pending_payment"_s}));
}

void TestFakeJumpsellerHooks::failedDeliveryIsRetriedThenHookPaused()
{
    // §5 [SKILL]: retries after N^4 minutes, up to 4 times; after 8 failures the hook is paused.
    // One "minute" lasts 1 ms here.
    m_receiverStatus = 500;
    m_fake->hooks().setRetryMinuteMs(1);
    const int hookId = m_fake->addHook(u"order_paid"_s, receiverUrl());
    QSignalSpy attempts(&m_fake->hooks(), &js::HookDispatcher::delivered);
    const int first = m_fake->createOrder(mugOrder(1));
    m_fake->payOrder(first);
    QVERIFY(QTest::qWaitFor([&attempts] { return attempts.size() >= 5; }, 5000));
    QCOMPARE(attempts.size(), 5); // 1 + 4 retries
    QCOMPARE(attempts.last().first().value<js::HookDelivery>().attempt, 5);
    QCOMPARE(attempts.last().first().value<js::HookDelivery>().httpStatus, 500);
    QVERIFY(!m_fake->hooks().hook(hookId)->paused);
    const int second = m_fake->createOrder(mugOrder(1));
    m_fake->payOrder(second);
    QVERIFY(QTest::qWaitFor([&] { return m_fake->hooks().hook(hookId)->paused; }, 5000));
    QCOMPARE(m_fake->hooks().hook(hookId)->failures, 8);
    QTRY_COMPARE(m_fake->hooks().pending(), 0);
    // A paused hook gets nothing more, even once the receiver is healthy again.
    m_receiverStatus = 200;
    const int deliveredBefore = m_receiver->requestCount();
    m_fake->payOrder(m_fake->createOrder(mugOrder(1)));
    QTRY_COMPARE(m_fake->hooks().pending(), 0);
    QCOMPARE(m_receiver->requestCount(), deliveredBefore);
}

QTEST_GUILESS_MAIN(TestFakeJumpsellerHooks)
#include "tst_fakejumpseller_hooks.moc"
