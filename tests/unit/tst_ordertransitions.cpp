// OrderTransitions: the order pipeline's state machine, every (state, store status) pair.
#include <QtTest/QTest>

#include "sync/OrderTransitions.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;

using Order = OrderState::Order;
using Status = OrderTransitions::StoreStatus;
using Action = OrderTransitions::Action;

Q_DECLARE_METATYPE(std::optional<puente::OrderState::Order>)
Q_DECLARE_METATYPE(puente::OrderTransitions::StoreStatus)
Q_DECLARE_METATYPE(puente::OrderTransitions::Action)

class TestOrderTransitions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storeStatusKeysOnStatusEnum();
    void onStatus_data();
    void onStatus();
    void afterTheOutboxFinishes();
    void stateKeysRoundTrip();
};

void TestOrderTransitions::storeStatusKeysOnStatusEnum()
{
    QCOMPARE(OrderTransitions::storeStatus(u"paid"_s), Status::Paid);
    QCOMPARE(OrderTransitions::storeStatus(u"canceled"_s), Status::Canceled);
    QCOMPARE(OrderTransitions::storeStatus(u"abandoned"_s), Status::Abandoned);
    QCOMPARE(OrderTransitions::storeStatus(u"pending_payment"_s), Status::Pending);
    // Display names are translated (jumpseller.md §3.2): never keyed on.
    QCOMPARE(OrderTransitions::storeStatus(u"Paid"_s), Status::Pending);
    QCOMPARE(OrderTransitions::storeStatus(u"created"_s), Status::Pending);
}

void TestOrderTransitions::onStatus_data()
{
    QTest::addColumn<std::optional<Order>>("current");
    QTest::addColumn<Status>("status");
    QTest::addColumn<bool>("sendStarted");
    QTest::addColumn<Action>("action");
    QTest::addColumn<std::optional<Order>>("next");
    const std::optional<Order> none;
    const auto row = [](const char *name) { return &QTest::newRow(name); };

    *row("new pending") << none << Status::Pending << false << Action::Wait << std::optional(Order::Waiting);
    *row("new paid") << none << Status::Paid << false << Action::Plan << none;
    *row("new canceled") << none << Status::Canceled << false << Action::Close << std::optional(Order::Canceled);
    *row("new abandoned") << none << Status::Abandoned << false << Action::Close << std::optional(Order::Abandoned);
    *row("waiting paid") << std::optional(Order::Waiting) << Status::Paid << false << Action::Plan << none;
    *row("waiting still pending") << std::optional(Order::Waiting) << Status::Pending << false << Action::Wait
                                  << std::optional(Order::Waiting);
    *row("waiting abandoned") << std::optional(Order::Waiting) << Status::Abandoned << false << Action::Close
                              << std::optional(Order::Abandoned);
    *row("manual canceled") << std::optional(Order::Manual) << Status::Canceled << false << Action::Close
                            << std::optional(Order::Canceled);
    *row("manual still paid") << std::optional(Order::Manual) << Status::Paid << false << Action::Keep << none;
    *row("refused canceled") << std::optional(Order::Refused) << Status::Canceled << false << Action::Close
                             << std::optional(Order::Canceled);
    *row("emitting, unsent, canceled") << std::optional(Order::Emitting) << Status::Canceled << false << Action::Close
                                       << std::optional(Order::Canceled);
    *row("emitting, sent, canceled") << std::optional(Order::Emitting) << Status::Canceled << true << Action::Keep
                                     << none;
    *row("failed for good, canceled") << std::optional(Order::Failed) << Status::Canceled << false << Action::Close
                                      << std::optional(Order::Canceled);
    *row("failed, outcome unknown, canceled")
        << std::optional(Order::Failed) << Status::Canceled << true << Action::Keep << none;
    *row("documented canceled") << std::optional(Order::Documented) << Status::Canceled << false << Action::Credit
                                << std::optional(Order::Crediting);
    *row("documented abandoned") << std::optional(Order::Documented) << Status::Abandoned << false << Action::Keep
                                 << none;
    *row("documented still paid") << std::optional(Order::Documented) << Status::Paid << false << Action::Keep << none;
    *row("crediting canceled") << std::optional(Order::Crediting) << Status::Canceled << false << Action::Keep << none;
    *row("credited paid again") << std::optional(Order::Credited) << Status::Paid << false << Action::Keep << none;
    *row("canceled paid again") << std::optional(Order::Canceled) << Status::Paid << false << Action::Keep << none;
    *row("abandoned paid") << std::optional(Order::Abandoned) << Status::Paid << false << Action::Keep << none;
}

void TestOrderTransitions::onStatus()
{
    QFETCH(std::optional<Order>, current);
    QFETCH(Status, status);
    QFETCH(bool, sendStarted);
    QFETCH(Action, action);
    QFETCH(std::optional<Order>, next);
    const auto decision = OrderTransitions::onStatus(current, status, sendStarted);
    QCOMPARE(decision.action, action);
    QCOMPARE(decision.next, next);
}

void TestOrderTransitions::afterTheOutboxFinishes()
{
    QCOMPARE(OrderTransitions::onEmitted(Status::Paid).next, std::optional(Order::Documented));
    QCOMPARE(OrderTransitions::onEmitted(Status::Canceled).action, Action::Credit);
    QCOMPARE(OrderTransitions::onRefused(Status::Paid).next, std::optional(Order::Failed));
    QCOMPARE(OrderTransitions::onRefused(Status::Canceled).action, Action::Close);
    QCOMPARE(OrderTransitions::onRefused(Status::Abandoned).next, std::optional(Order::Abandoned));
}

void TestOrderTransitions::stateKeysRoundTrip()
{
    for (int i = 0; i <= int(Order::Abandoned); ++i) {
        const auto state = Order(i);
        QVERIFY(!OrderState::key(state).isEmpty());
        QCOMPARE(OrderState::orderFromKey(OrderState::key(state)), std::optional(state));
    }
    for (int i = 0; i <= int(OrderState::Document::Void); ++i) {
        const auto state = OrderState::Document(i);
        QCOMPARE(OrderState::documentFromKey(OrderState::key(state)), std::optional(state));
    }
    QCOMPARE(OrderState::orderFromKey(u"nonsense"_s), std::nullopt);
    QVERIFY(OrderState::openKeys().contains(u"emitting"_s));
    QVERIFY(!OrderState::openKeys().contains(u"credited"_s));
}

QTEST_GUILESS_MAIN(TestOrderTransitions)
#include "tst_ordertransitions.moc"
