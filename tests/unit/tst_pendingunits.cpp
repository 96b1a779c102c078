// PendingUnits: which store orders hold units that Bsale has not booked (jumpseller.md §6), and
// the scenario that must not count a pending order twice.
#include <QtCore/QTimeZone>
#include <QtTest/QTest>

#include "sync/PendingUnits.h"
#include "sync/StockPlanner.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;

namespace {

const QDateTime kNow(QDate(2025, 3, 10), QTime(15, 0), QTimeZone::utc());

JumpsellerOrder order(qint64 id, JumpsellerOrderStatus status, QList<JumpsellerOrderLine> lines,
                      const QDateTime &created = kNow.addSecs(-600))
{
    JumpsellerOrder o;
    o.id = id;
    o.status = status;
    o.createdAt = created;
    o.lines = std::move(lines);
    return o;
}

JumpsellerOrderLine line(qint64 product, qint64 variant, int qty)
{
    JumpsellerOrderLine l;
    l.productId = product;
    l.variantId = variant;
    l.qty = qty;
    return l;
}

const auto kNothingBooked = [](qint64) { return false; };

} // namespace

class TestPendingUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pendingAndPaidHold();
    void canceledAbandonedUnknownDoNotHold();
    void bookedOrdersDoNotHold();
    void ordersBeforeTheWindowDoNotHold();
    void linesAddUpPerItem();
    void oddLinesAreIgnored();
    void sameOrderTwiceCountsOnce();
    void pendingOrderIsNotCountedTwice();
};

void TestPendingUnits::pendingAndPaidHold()
{
    const auto units = PendingUnits::fromOrders({order(1, JumpsellerOrderStatus::PendingPayment, {line(10, 100, 2)}),
                                                 order(2, JumpsellerOrderStatus::Paid, {line(10, 101, 3)})},
                                                kNothingBooked, kNow.addDays(-3));
    QCOMPARE(units.unitsFor({10, 100}), 2);
    QCOMPARE(units.unitsFor({10, 101}), 3);
    QCOMPARE(units.unitsFor({10, 102}), 0);
    QCOMPARE(units.orderIds(), (QList<qint64> {1, 2}));
}

void TestPendingUnits::canceledAbandonedUnknownDoNotHold()
{
    // §6: canceled and abandoned orders gave their units back to the store.
    const auto units = PendingUnits::fromOrders({order(1, JumpsellerOrderStatus::Canceled, {line(10, 100, 2)}),
                                                 order(2, JumpsellerOrderStatus::Abandoned, {line(10, 100, 3)}),
                                                 order(3, JumpsellerOrderStatus::Unknown, {line(10, 100, 4)})},
                                                kNothingBooked, kNow.addDays(-3));
    QVERIFY(units.isEmpty());
    QVERIFY(units.orderIds().isEmpty());
}

void TestPendingUnits::bookedOrdersDoNotHold()
{
    // Booked = Bsale's quantityAvailable already lacks the units.
    const auto units = PendingUnits::fromOrders(
        {order(7, JumpsellerOrderStatus::Paid, {line(10, 100, 2)}),
         order(8, JumpsellerOrderStatus::Paid, {line(10, 100, 5)})},
        [](qint64 id) { return id == 7; }, kNow.addDays(-3));
    QCOMPARE(units.unitsFor({10, 100}), 5);
    QCOMPARE(units.orderIds(), QList<qint64> {8});
}

void TestPendingUnits::ordersBeforeTheWindowDoNotHold()
{
    const QDateTime notBefore = kNow.addSecs(-72 * 3600);
    const auto units =
        PendingUnits::fromOrders({order(1, JumpsellerOrderStatus::Paid, {line(10, 100, 2)}, notBefore.addSecs(-1)),
                                  order(2, JumpsellerOrderStatus::Paid, {line(10, 100, 3)}, notBefore),
                                  // An order without a creation time is counted: better low than oversold.
                                  order(3, JumpsellerOrderStatus::PendingPayment, {line(10, 100, 1)}, QDateTime())},
                                 kNothingBooked, notBefore);
    QCOMPARE(units.unitsFor({10, 100}), 4);
    QCOMPARE(units.orderIds(), (QList<qint64> {2, 3}));
}

void TestPendingUnits::linesAddUpPerItem()
{
    const auto units = PendingUnits::fromOrders(
        {order(1, JumpsellerOrderStatus::PendingPayment, {line(10, 100, 2), line(20, 0, 1), line(10, 100, 1)}),
         order(2, JumpsellerOrderStatus::Paid, {line(20, 0, 4)})},
        kNothingBooked, {});
    QCOMPARE(units.unitsFor({10, 100}), 3);
    QCOMPARE(units.unitsFor({20, 0}), 5); // a product without variants: variant id 0
    QCOMPARE(units.all().size(), 2);
}

void TestPendingUnits::oddLinesAreIgnored()
{
    const auto units = PendingUnits::fromOrders(
        {order(1, JumpsellerOrderStatus::PendingPayment, {line(10, 100, 0), line(10, 100, -2), line(0, 5, 3)})},
        kNothingBooked, {});
    QVERIFY(units.isEmpty());
}

void TestPendingUnits::sameOrderTwiceCountsOnce()
{
    // A list that repeats an order (paging shifted) must not double its units.
    const auto o = order(4, JumpsellerOrderStatus::PendingPayment, {line(10, 100, 2)});
    const auto units = PendingUnits::fromOrders({o, o}, kNothingBooked, {});
    QCOMPARE(units.unitsFor({10, 100}), 2);
}

void TestPendingUnits::pendingOrderIsNotCountedTwice()
{
    // §6 step by step for one variant. Bsale has 10 available; the store shows 10.
    LinkedPair pair;
    pair.erp.variantId = 500;
    pair.erp.inOffice = true;
    pair.erp.quantityAvailable = 10;
    pair.store.key = {10, 100};
    pair.store.stock = 10;
    StockPlanner::Input input;
    input.pairs = {pair};
    QVERIFY(StockPlanner::plan(input).pushes.isEmpty());

    // 1. Checkout: order 1 takes 2 units, Pending Payment; the store now shows 8 (§6: "stock is
    //    reduced"). Bsale still says 10. Target = 10 − 2 = 8 = what the store shows: no push.
    //    (Pushing Bsale's 10 would give the held units back: oversold by 2 when the order pays.
    //    Subtracting from the store's 8 would count them twice: 6.)
    auto o = order(1, JumpsellerOrderStatus::PendingPayment, {line(10, 100, 2)});
    input.pairs[0].store.stock = 8;
    input.pending = PendingUnits::fromOrders({o}, kNothingBooked, {});
    QCOMPARE(StockPlanner::targetStock(input.pairs[0], input.pending, false), std::optional<qint64>(8));
    QVERIFY(StockPlanner::plan(input).pushes.isEmpty());

    // 2. Paid: nothing moves in the store; still held, still 8.
    o.status = JumpsellerOrderStatus::Paid;
    input.pending = PendingUnits::fromOrders({o}, kNothingBooked, {});
    QVERIFY(StockPlanner::plan(input).pushes.isEmpty());

    // 3. Puente issues the boleta with dispatch: Bsale books it and has 8 available. The order
    //    is booked, so it no longer counts: target 8, not 8 − 2 = 6.
    input.pairs[0].erp.quantityAvailable = 8;
    input.pending = PendingUnits::fromOrders({o}, [](qint64 id) { return id == 1; }, {});
    QCOMPARE(input.pending.unitsFor({10, 100}), 0);
    QVERIFY(StockPlanner::plan(input).pushes.isEmpty());

    // 4. A POS sale of 1 in Bsale: 7 available, the store gets 7.
    input.pairs[0].erp.quantityAvailable = 7;
    const StockPlan plan = StockPlanner::plan(input);
    QCOMPARE(plan.pushes.size(), 1);
    QCOMPARE(plan.pushes[0].stock, std::optional<qint64>(7));

    // 5. Another order, canceled before paying: the store took 3 and gave them back; nothing held.
    auto canceled = order(2, JumpsellerOrderStatus::Canceled, {line(10, 100, 3)});
    input.pairs[0].store.stock = 7;
    input.pending = PendingUnits::fromOrders({o, canceled}, [](qint64 id) { return id == 1; }, {});
    QVERIFY(input.pending.isEmpty());
    QVERIFY(StockPlanner::plan(input).pushes.isEmpty());
}

QTEST_GUILESS_MAIN(TestPendingUnits)
#include "tst_pendingunits.moc"
