// The order pipeline as a stage of the sync worker (OrderStage, registered by SyncStages): in a
// cycle it runs after the catalogue pull and the auto-linker, so a paid order is billed against
// links made in the same cycle; its counts land in the cycle's summary; the document inbox's
// commands go through the worker and answer with its signals; without an [orders] section (or
// with a bad key) the commands and the cycle say why. Real loopback fakes, a real journal.
#include <QtCore/QJsonDocument>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpServer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include "FakeBsale.h"
#include "FakeJumpseller.h"
#include "billing/SalesId.h"
#include "journal/Journal.h"
#include "journal/LinkRepository.h"
#include "seed/OrderShop.h"
#include "sync/SyncStage.h"
#include "sync/SyncStages.h"
#include "sync/SyncWorker.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace puente;
using puente::fakes::OrderShop;

namespace {

constexpr auto kBsaleToken = "puente-fake-bsale-token";

} // namespace

class TestOrderStage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cycleLinksThenBills();
    void inboxCommandsGoThroughTheWorker();
    void restartBillsWithoutWaitingForACycle();
    void withoutOrdersSectionCommandsSayWhy();
    void badOrdersKeyFailsTheCycle();
    void storeWebhookCreditsACancellationAtOnce();

private:
    /** The [orders] section the test shop needs (document types, payment, shipping). */
    QVariantMap ordersOptions() const;
    std::unique_ptr<SyncWorker> makeWorker(const QVariantMap &options);
    /** syncNow() and the summary of the cycle it ran. */
    SyncSummary cycle(SyncWorker &worker);
    int placePaid(const QList<QPair<int, int>> &lines, DocumentKind kind, bool withGiro = true);
    int documentsWithSalesId(int orderId, DocumentKind kind) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<fakes::FakeBsale> m_bsale;
    std::unique_ptr<fakes::FakeJumpseller> m_store;
    std::unique_ptr<Journal> m_journal;
    OrderShop m_shop;
};

void TestOrderStage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_bsale = std::make_unique<fakes::FakeBsale>();
    m_store = std::make_unique<fakes::FakeJumpseller>();
    m_bsale->setRateLimitEnabled(false);
    QVERIFY(m_bsale->start() > 0);
    QVERIFY(m_store->start() > 0);
    m_shop = OrderShop::seed(*m_bsale, *m_store);
    m_journal = std::make_unique<Journal>(Journal::pathInDirectory(m_dir->path()));
    QVERIFY(!m_journal->open()); // no links written: the cycle's auto-linker makes them
}

void TestOrderStage::cleanup()
{
    m_journal.reset();
    m_store.reset();
    m_bsale.reset();
    m_dir.reset();
}

QVariantMap TestOrderStage::ordersOptions() const
{
    return {
        {u"jumpseller/store_code"_s, OrderShop::kStoreCode},
        {u"orders/start_after"_s, u"0"_s},
        {u"orders/boleta_type"_s, u"id:%1"_s.arg(m_shop.basics.boletaTypeId)},
        {u"orders/factura_type"_s, u"id:%1"_s.arg(m_shop.basics.facturaTypeId)},
        {u"orders/credit_note_type"_s, u"id:%1"_s.arg(m_shop.basics.creditNoteTypeId)},
        {u"orders/payment_type"_s, QString::number(m_shop.basics.cashPaymentTypeId)},
        {u"orders/shipping_product"_s, OrderShop::kShippingCode},
    };
}

std::unique_ptr<SyncWorker> TestOrderStage::makeWorker(const QVariantMap &options)
{
    SyncSettings s;
    s.bsaleBaseUrl = m_bsale->baseUrl();
    s.jumpsellerBaseUrl = m_store->baseUrl().resolved(QUrl(u"/v1"_s));
    s.officeIds = {m_shop.basics.officeId};
    s.priceListId = m_shop.basics.priceListId;
    s.retryAttempts = 2;
    s.retryBaseDelayMs = 20;
    s.options = options;
    SyncWorker::Options workerOptions;
    workerOptions.timers = false;
    workerOptions.cycleOnStart = false;
    workerOptions.recommendedLimits = false;
    auto worker = std::make_unique<SyncWorker>(
        s, SyncCredentials {QByteArray(kBsaleToken), m_store->login(), m_store->authToken()}, *m_journal,
        workerOptions);
    for (auto &stage : SyncStages::create(s))
        worker->addStage(std::move(stage));
    worker->start();
    return worker;
}

SyncSummary TestOrderStage::cycle(SyncWorker &worker)
{
    QSignalSpy finished(&worker, &SyncWorker::cycleFinished);
    worker.syncNow();
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<SyncSummary>();
}

int TestOrderStage::placePaid(const QList<QPair<int, int>> &lines, DocumentKind kind, bool withGiro)
{
    QString error;
    const int id = m_store->createOrder(m_shop.orderSeed(lines, kind, 0, withGiro), &error);
    if (id == 0 || !m_store->payOrder(id))
        qWarning() << "order not placed/paid:" << error;
    return id;
}

int TestOrderStage::documentsWithSalesId(int orderId, DocumentKind kind) const
{
    const QString key = SalesId::forOrder(OrderShop::kStoreCode, QString::number(orderId), kind);
    int n = 0;
    for (const int id : m_bsale->documentIds())
        n += m_bsale->documentJson(id).value(u"salesId"_s).toString() == key ? 1 : 0;
    return n;
}

void TestOrderStage::cycleLinksThenBills()
{
    const int boleta = placePaid({{0, 2}}, DocumentKind::Boleta);
    const int noGiro = placePaid({{1, 1}}, DocumentKind::Factura, false);
    QString error;
    const int unpaid = m_store->createOrder(m_shop.orderSeed({{2, 1}}, DocumentKind::Boleta, 0, true), &error);
    QVERIFY(boleta > 0 && noGiro > 0 && unpaid > 0);
    QCOMPARE(LinkRepository(*m_journal).count(), qint64(0));

    auto worker = makeWorker(ordersOptions());
    const SyncSummary summary = cycle(*worker);
    QVERIFY2(summary.ok(), QJsonDocument(summary.toJson()).toJson().constData());
    QCOMPARE(summary.linked, int(m_shop.items.size())); // linked by SKU in this very cycle...
    const QJsonObject orders = summary.stages.value(u"orders"_s).toObject();
    QCOMPARE(orders.value(u"newOrders"_s).toInt(), 3); // ...before the orders were planned
    QCOMPARE(orders.value(u"documentsIssued"_s).toInt(), 1);
    QCOMPARE(orders.value(u"heldBack"_s).toInt(), 1);
    QCOMPARE(orders.value(u"heldReasons"_s).toObject().value(u"MissingReceptorField"_s).toInt(), 1);
    QCOMPARE(documentsWithSalesId(boleta, DocumentKind::Boleta), 1);
    QCOMPARE(documentsWithSalesId(unpaid, DocumentKind::Boleta), 0);
    QVERIFY(summary.pushed >= 1); // the document counts among the cycle's changes

    // A second cycle issues nothing twice.
    const SyncSummary again = cycle(*worker);
    QCOMPARE(again.stages.value(u"orders"_s).toObject().value(u"documentsIssued"_s).toInt(), 0);
    QCOMPARE(documentsWithSalesId(boleta, DocumentKind::Boleta), 1);
    worker->stop();
}

void TestOrderStage::inboxCommandsGoThroughTheWorker()
{
    const int noGiro = placePaid({{1, 1}}, DocumentKind::Factura, false);
    const int byHand = placePaid({{3, 1}}, DocumentKind::Factura, false);
    auto worker = makeWorker(ordersOptions());
    QVERIFY(cycle(*worker).ok());

    QSignalSpy inbox(worker.get(), &SyncWorker::documentInboxRead);
    worker->requestDocumentInbox();
    QCOMPARE(inbox.size(), 1);
    const auto entries = inbox.first().first().value<QList<DocumentInboxEntry>>();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().reason, u"MissingReceptorField"_s);

    QSignalSpy answers(worker.get(), &SyncWorker::documentCommandFinished);
    QSignalSpy issued(worker.get(), &SyncWorker::documentIssued);
    OrderBillingOverride billing;
    billing.giro = u"Venta al por menor de herramientas"_s;
    worker->editBilling(noGiro, billing);
    QTRY_COMPARE(answers.size(), 1);
    QVERIFY(answers.last().first().value<OrderCommandResult>().ok);
    worker->retry(u"orders"_s, noGiro);
    QVERIFY(issued.wait(10000));
    QCOMPARE(issued.first().at(0).toLongLong(), qint64(noGiro));
    QCOMPARE(documentsWithSalesId(noGiro, DocumentKind::Factura), 1);

    worker->markIssuedByHand(byHand, {}, 4711, 0);
    QTRY_COMPARE(answers.size(), 3); // edit, retry, mark
    const auto marked = answers.last().first().value<OrderCommandResult>();
    QCOMPARE(marked.command, OrderCommandResult::Command::MarkIssuedByHand);
    QVERIFY2(marked.ok, qPrintable(marked.message));
    QCOMPARE(documentsWithSalesId(byHand, DocumentKind::Factura), 0); // never sent
    worker->requestDocumentInbox();
    QCOMPARE(inbox.last().first().value<QList<DocumentInboxEntry>>().size(), 0);
    worker->stop();
}

void TestOrderStage::restartBillsWithoutWaitingForACycle()
{
    QVariantMap options = ordersOptions();
    options.insert(u"orders/poll_interval_ms"_s, u"50"_s);
    auto first = makeWorker(options);
    QVERIFY(cycle(*first).ok()); // links made; Puente is then closed
    first->stop();
    first.reset();

    // Paid while Puente was closed: a restarted worker bills it before any sync cycle ran.
    const int paid = placePaid({{0, 1}}, DocumentKind::Boleta);
    auto second = makeWorker(options);
    QSignalSpy cycles(second.get(), &SyncWorker::cycleFinished);
    QSignalSpy issued(second.get(), &SyncWorker::documentIssued);
    QVERIFY(issued.wait(10000));
    QCOMPARE(issued.first().at(0).toLongLong(), qint64(paid));
    QCOMPARE(documentsWithSalesId(paid, DocumentKind::Boleta), 1);
    QCOMPARE(cycles.size(), 0);
    second->stop();
}

void TestOrderStage::withoutOrdersSectionCommandsSayWhy()
{
    const int paid = placePaid({{0, 1}}, DocumentKind::Boleta);
    auto worker = makeWorker({});
    const SyncSummary summary = cycle(*worker);
    QVERIFY(summary.ok());
    QCOMPARE(summary.stages.value(u"orders"_s).toObject().value(u"enabled"_s).toBool(true), false);
    QCOMPARE(documentsWithSalesId(paid, DocumentKind::Boleta), 0);

    QSignalSpy answers(worker.get(), &SyncWorker::documentCommandFinished);
    worker->retryAllDocuments();
    QCOMPARE(answers.size(), 1);
    const auto answer = answers.first().first().value<OrderCommandResult>();
    QVERIFY(!answer.ok);
    QVERIFY2(answer.message.contains(u"[orders]"_s), qPrintable(answer.message));
    worker->stop();
}

void TestOrderStage::badOrdersKeyFailsTheCycle()
{
    QVariantMap options = ordersOptions();
    options.insert(u"orders/emission"_s, u"sometimes"_s);
    auto worker = makeWorker(options);
    const SyncSummary summary = cycle(*worker);
    QVERIFY(!summary.ok());
    bool named = false;
    for (const SyncError &e : summary.errors)
        named = named || (e.subsystem == u"orders"_s && e.message.contains(u"orders/emission"_s));
    QVERIFY(named);
    worker->stop();
}

void TestOrderStage::storeWebhookCreditsACancellationAtOnce()
{
    // With the webhook receiver on, the store's order_canceled hook is a hint: the order is
    // re-read at once (its content is not trusted) and credited, with no poll and no cycle.
    QTcpServer probe; // a free port for the receiver
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QVariantMap options = ordersOptions();
    options.insert(u"orders/poll_interval_ms"_s, u"600000"_s); // no poll within the test
    options.insert(u"stock/webhooks"_s, u"true"_s);
    options.insert(u"stock/webhook_port"_s, QString::number(port));
    const int paid = placePaid({{0, 1}}, DocumentKind::Boleta);
    auto worker = makeWorker(options);
    QVERIFY(cycle(*worker).ok()); // billed; the store info (the hooks token) has been read
    QCOMPARE(documentsWithSalesId(paid, DocumentKind::Boleta), 1);
    m_store->addHook(u"order_canceled"_s, QUrl(u"http://127.0.0.1:%1/hooks/jumpseller"_s.arg(port)));

    QSignalSpy cycles(worker.get(), &SyncWorker::cycleFinished);
    QSignalSpy issued(worker.get(), &SyncWorker::documentIssued);
    QVERIFY(m_store->cancelOrder(paid));
    QVERIFY(issued.wait(10000));
    QCOMPARE(issued.first().at(0).toLongLong(), qint64(paid));
    QCOMPARE(issued.first().at(1).toString(), u"credit_note"_s);
    const QString noteId = SalesId::forOrder(OrderShop::kStoreCode, QString::number(paid), DocumentKind::CreditNote);
    int notes = 0;
    for (const int id : m_bsale->returnIds()) {
        const auto *ret = m_bsale->store().returns().find(id);
        notes += ret && ret->salesId == noteId ? 1 : 0;
    }
    QCOMPARE(notes, 1);
    QCOMPARE(cycles.size(), 0);
    worker->stop();
}

QTEST_GUILESS_MAIN(TestOrderStage)
#include "tst_orderstage.moc"
