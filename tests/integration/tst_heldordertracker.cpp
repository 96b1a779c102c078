// HeldOrderTracker against FakeJumpseller with a real journal: it starts from the pending
// orders, learns new orders with one /orders/after request, re-reads only the orders that left
// the pending list, and drops canceled, abandoned, booked and old orders.
#include <QtTest/QTest>

#include "StockTestRig.h"
#include "connectors/jumpseller/JumpsellerParser.h"
#include "sync/HeldOrderTracker.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;
using puente::test::LinkedItem;
using puente::test::StockTestRig;

class TestHeldOrderTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void startsFromPendingOrders();
    void newOrdersCostOneRequest();
    void paidStaysUntilBooked();
    void canceledAndAbandonedAreDropped();
    void oldOrdersAreDropped();
    void webhookOrderIsTakenAtOnce();
    void failureLeavesStateAlone();

private:
    QList<JumpsellerOrder> refresh(HeldOrderTracker &tracker, const QSet<qint64> &booked = {});
    static QList<qint64> ids(const QList<JumpsellerOrder> &orders);

    std::unique_ptr<StockTestRig> rig;
    std::unique_ptr<HeldOrderTracker> tracker;
    LinkedItem item;
    bool failed = false;
};

void TestHeldOrderTracker::init()
{
    rig = std::make_unique<StockTestRig>();
    QVERIFY(rig->ready());
    item = rig->linkItem(u"A"_s, 100, 100);
    tracker = std::make_unique<HeldOrderTracker>(*rig->storeClient, *rig->journal, rig->clock, 72);
    failed = false;
}

void TestHeldOrderTracker::cleanup()
{
    tracker.reset();
    rig.reset();
}

QList<JumpsellerOrder> TestHeldOrderTracker::refresh(HeldOrderTracker &t, const QSet<qint64> &booked)
{
    std::optional<ApiResult<QList<JumpsellerOrder>>> out;
    QObject context;
    t.refresh([booked](qint64 id) { return booked.contains(id); }, &context,
              [&out](const ApiResult<QList<JumpsellerOrder>> &r) { out = r; });
    rig->pump([&out] { return out.has_value(); });
    failed = !out || !out->ok();
    return out && out->ok() ? out->value() : QList<JumpsellerOrder> {};
}

QList<qint64> TestHeldOrderTracker::ids(const QList<JumpsellerOrder> &orders)
{
    QList<qint64> out;
    for (const auto &o : orders)
        out.append(o.id);
    return out;
}

void TestHeldOrderTracker::startsFromPendingOrders()
{
    const int paidBefore = rig->placeOrder(item, 1);
    QVERIFY(rig->store.payOrder(paidBefore));
    const int pending = rig->placeOrder(item, 2);
    const auto open = refresh(*tracker);
    QVERIFY(!failed);
    // The paid order placed before the first run is taken as booked.
    QCOMPARE(ids(open), QList<qint64> {pending});
    QCOMPARE(open[0].lines.size(), 1);
    QCOMPARE(open[0].lines[0].qty, 2);
    QCOMPARE(open[0].lines[0].productId, item.storeProductId);
    QCOMPARE(tracker->lastSeenId(), pending);
    QCOMPARE(rig->requestsTo(rig->store, "GET", u"/v1/orders/status/pending_payment.json"_s), 2);
}

void TestHeldOrderTracker::newOrdersCostOneRequest()
{
    refresh(*tracker);
    rig->store.clearRequestLog();
    QVERIFY(refresh(*tracker).isEmpty());
    QCOMPARE(rig->store.requestCount(), 1); // GET /orders/after/{last}

    const int a = rig->placeOrder(item, 1);
    const int b = rig->placeOrder(item, 3);
    QVERIFY(rig->store.payOrder(b));
    rig->store.clearRequestLog();
    const auto open = refresh(*tracker);
    QCOMPARE(ids(open), (QList<qint64> {a, b}));
    QCOMPARE(open[1].status, JumpsellerOrderStatus::Paid);
    // after/{id} plus the pending list (one pending order is known now).
    QCOMPARE(rig->store.requestCount(), 2);
}

void TestHeldOrderTracker::paidStaysUntilBooked()
{
    refresh(*tracker);
    const int a = rig->placeOrder(item, 1);
    QCOMPARE(ids(refresh(*tracker)), QList<qint64> {a});
    QVERIFY(rig->store.payOrder(a));
    rig->store.clearRequestLog();
    const auto open = refresh(*tracker);
    QCOMPARE(ids(open), QList<qint64> {a});
    QCOMPARE(open[0].status, JumpsellerOrderStatus::Paid);
    QCOMPARE(rig->requestsTo(rig->store, "GET", u"/v1/orders/%1.json"_s.arg(a)), 1); // it left the pending list
    // Booked: gone, and not read again.
    QVERIFY(refresh(*tracker, {a}).isEmpty());
    QVERIFY(tracker->openOrders().isEmpty());
}

void TestHeldOrderTracker::canceledAndAbandonedAreDropped()
{
    refresh(*tracker);
    const int a = rig->placeOrder(item, 1);
    const int b = rig->placeOrder(item, 1);
    const int c = rig->placeOrder(item, 1);
    QCOMPARE(refresh(*tracker).size(), 3);
    QVERIFY(rig->store.cancelOrder(a));
    QVERIFY(rig->store.abandonOrder(b));
    QCOMPARE(ids(refresh(*tracker)), QList<qint64> {c});
}

void TestHeldOrderTracker::oldOrdersAreDropped()
{
    refresh(*tracker);
    const int a = rig->placeOrder(item, 1);
    QVERIFY(rig->store.payOrder(a));
    QCOMPARE(refresh(*tracker).size(), 1);
    rig->clock.advance(qint64(73) * 3600 * 1000);
    QVERIFY(refresh(*tracker).isEmpty());
}

void TestHeldOrderTracker::webhookOrderIsTakenAtOnce()
{
    refresh(*tracker);
    const int a = rig->placeOrder(item, 4);
    auto parsed = JumpsellerParser::order(QJsonObject {{u"order"_s, rig->store.orderJson(a)}});
    QVERIFY(parsed.ok());
    tracker->noteOrder(parsed.value());
    QCOMPARE(ids(tracker->openOrders()), QList<qint64> {a});
    QCOMPARE(tracker->openOrders()[0].lines[0].qty, 4);
    QVERIFY(rig->store.cancelOrder(a));
    parsed = JumpsellerParser::order(QJsonObject {{u"order"_s, rig->store.orderJson(a)}});
    tracker->noteOrder(parsed.value());
    QVERIFY(tracker->openOrders().isEmpty());
}

void TestHeldOrderTracker::failureLeavesStateAlone()
{
    const int a = rig->placeOrder(item, 1);
    QCOMPARE(refresh(*tracker).size(), 1);
    rig->store.injectFault(fakes::HttpFault::Status500, 20, u"orders"_s);
    refresh(*tracker);
    QVERIFY(failed);
    QCOMPARE(ids(tracker->openOrders()), QList<qint64> {a});
}

QTEST_GUILESS_MAIN(TestHeldOrderTracker)
#include "tst_heldordertracker.moc"
