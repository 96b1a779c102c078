// The order pipeline end to end over loopback HTTP: FakeJumpseller's orders become FakeBsale's
// boletas, facturas and credit notes exactly once, unpaid orders get nothing, orders paid while
// Puente was closed are issued at start, and manual emission waits for the user's command.
#include <QtCore/QJsonArray>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>

#include "OrderPipelineHarness.h"
#include "sync/OrderState.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;
using puente::test::OrderPipelineHarness;

namespace {

QString key(OrderState::Order state)
{
    return OrderState::key(state);
}

} // namespace

class TestOrderPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paidOrderGetsExactlyOneDocument_data();
    void paidOrderGetsExactlyOneDocument();
    void canceledAfterEmissionGetsOneCreditNote();
    void unpaidOrdersGetNoDocument();
    void paidWhileClosedIsIssuedAtStart();
    void firstRunWithoutStartAfterBillsOnlyNewOrders();
    void manualEmissionWaitsForTheCommand();
    void heldOrderIsExplainedAndCounted();
    void summaryCountsWhatTheCycleDid();
    void storeIsReadWhileABacklogIsSent();
    void orderNamedByAWebhookIsReadFirst();
};

void TestOrderPipeline::paidOrderGetsExactlyOneDocument_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("shipping");
    QTest::newRow("boleta") << int(DocumentKind::Boleta) << 0.0;
    QTest::newRow("boleta with shipping") << int(DocumentKind::Boleta) << 3990.0;
    QTest::newRow("factura") << int(DocumentKind::Factura) << 0.0;
    QTest::newRow("factura with shipping") << int(DocumentKind::Factura) << 4500.0;
}

void TestOrderPipeline::paidOrderGetsExactlyOneDocument()
{
    QFETCH(int, kind);
    QFETCH(double, shipping);
    const auto documentKind = DocumentKind(kind);
    const auto other = documentKind == DocumentKind::Boleta ? DocumentKind::Factura : DocumentKind::Boleta;
    OrderPipelineHarness h;
    QVERIFY(h.journalOk);
    const int id = h.placeOrder({{0, 2}, {1, 1}, {2, 3}}, documentKind, shipping);
    QVERIFY(id > 0);

    QVERIFY(h.cycle());
    QCOMPARE(h.stateOf(id), key(OrderState::Order::Waiting));
    QCOMPARE(h.fakeRecordsFor(id), 0);

    QVERIFY(h.store.payOrder(id));
    const auto summary = h.cycle();
    QVERIFY(summary);
    QCOMPARE(summary->documentsIssued, 1);
    const auto docs = h.fakeDocuments(id, documentKind);
    QCOMPARE(docs.size(), 1);
    QCOMPARE(h.fakeDocuments(id, other).size(), 0);
    const QJsonObject doc = docs.first();
    const int expectedType =
        documentKind == DocumentKind::Boleta ? h.shop.basics.boletaTypeId : h.shop.basics.facturaTypeId;
    QCOMPARE(doc.value(u"document_type"_s).toObject().value(u"id"_s).toVariant().toInt(), expectedType);
    // To the peso: what the customer paid.
    QCOMPARE(qRound64(doc.value(u"totalAmount"_s).toDouble()), qRound64(h.store.order(id)->total));

    // The journal agrees with Bsale: id, folio, totals, links.
    const auto stored = h.document(id, documentKind);
    QVERIFY(stored);
    QCOMPARE(stored->state, u"emitted"_s);
    QCOMPARE(stored->issuedBy, u"bsale"_s);
    QCOMPARE(stored->bsaleId, doc.value(u"id"_s).toVariant().toLongLong());
    QCOMPARE(stored->bsaleNumber, doc.value(u"number"_s).toVariant().toLongLong());
    QCOMPARE(stored->totalAmount, qRound64(doc.value(u"totalAmount"_s).toDouble()));
    QVERIFY(!stored->urlPdf.isEmpty());
    QVERIFY(!stored->urlPublicView.isEmpty());
    QCOMPARE(h.stateOf(id), key(OrderState::Order::Documented));

    // Again and again: nothing new.
    QVERIFY(h.cycle());
    QVERIFY(h.cycle());
    QCOMPARE(h.fakeDocuments(id, documentKind).size(), 1);
    QCOMPARE(h.requestsTo(u"/v1/documents.json"_s), 1);
}

void TestOrderPipeline::canceledAfterEmissionGetsOneCreditNote()
{
    OrderPipelineHarness h;
    QVERIFY(h.journalOk);
    const int boleta = h.placeOrder({{0, 1}, {3, 2}}, DocumentKind::Boleta, 2990);
    const int factura = h.placeOrder({{2, 1}}, DocumentKind::Factura);
    QVERIFY(h.store.payOrder(boleta));
    QVERIFY(h.store.payOrder(factura));
    QVERIFY(h.cycle());
    QCOMPARE(h.fakeDocuments(boleta, DocumentKind::Boleta).size(), 1);
    QCOMPARE(h.fakeDocuments(factura, DocumentKind::Factura).size(), 1);

    QVERIFY(h.store.cancelOrder(boleta));
    QVERIFY(h.store.cancelOrder(factura));
    const auto summary = h.cycle();
    QVERIFY(summary);
    QCOMPARE(summary->creditNotes, 2);
    for (const int id : {boleta, factura}) {
        const auto returns = h.fakeReturns(id);
        QCOMPARE(returns.size(), 1);
        const auto kind = id == boleta ? DocumentKind::Boleta : DocumentKind::Factura;
        const auto original = h.fakeDocuments(id, kind).first();
        QCOMPARE(returns.first().value(u"reference_document"_s).toObject().value(u"id"_s).toVariant().toInt(),
                 original.value(u"id"_s).toInt());
        // A full return credits the whole sale.
        QCOMPARE(qRound64(returns.first().value(u"amount"_s).toDouble()),
                 qRound64(original.value(u"totalAmount"_s).toDouble()));
        const auto note = h.document(id, DocumentKind::CreditNote);
        QVERIFY(note);
        QCOMPARE(note->state, u"emitted"_s);
        QCOMPARE(note->bsaleId, returns.first().value(u"id"_s).toVariant().toLongLong());
        QVERIFY(note->bsaleNumber > 0);
        QCOMPARE(h.stateOf(id), key(OrderState::Order::Credited));
    }
    QVERIFY(h.cycle());
    QCOMPARE(h.fakeReturns(boleta).size(), 1);
    QCOMPARE(h.requestsTo(u"/v1/returns.json"_s), 2);
}

void TestOrderPipeline::unpaidOrdersGetNoDocument()
{
    OrderPipelineHarness h;
    QVERIFY(h.journalOk);
    const int pending = h.placeOrder({{0, 1}}, DocumentKind::Boleta);
    const int abandoned = h.placeOrder({{1, 1}}, DocumentKind::Boleta);
    const int canceled = h.placeOrder({{2, 1}}, DocumentKind::Factura);
    const int seenThenCanceled = h.placeOrder({{3, 1}}, DocumentKind::Boleta);
    QVERIFY(h.store.abandonOrder(abandoned));
    QVERIFY(h.store.cancelOrder(canceled));
    QVERIFY(h.cycle());
    QCOMPARE(h.stateOf(seenThenCanceled), key(OrderState::Order::Waiting));
    QVERIFY(h.store.cancelOrder(seenThenCanceled));
    // Paid and canceled between two cycles: Puente never saw it paid.
    const int paidAndCanceled = h.placeOrder({{4, 1}}, DocumentKind::Boleta);
    QVERIFY(h.store.payOrder(paidAndCanceled));
    QVERIFY(h.store.cancelOrder(paidAndCanceled));
    QVERIFY(h.cycle());
    QVERIFY(h.cycle());

    QCOMPARE(h.stateOf(pending), key(OrderState::Order::Waiting));
    QCOMPARE(h.stateOf(abandoned), key(OrderState::Order::Abandoned));
    QCOMPARE(h.stateOf(canceled), key(OrderState::Order::Canceled));
    QCOMPARE(h.stateOf(seenThenCanceled), key(OrderState::Order::Canceled));
    QCOMPARE(h.stateOf(paidAndCanceled), key(OrderState::Order::Canceled));
    for (const int id : {pending, abandoned, canceled, seenThenCanceled, paidAndCanceled})
        QCOMPARE(h.fakeRecordsFor(id), 0);
    QVERIFY(h.bsale.documentIds().isEmpty());
    QCOMPARE(h.requestsTo(u"/v1/documents.json"_s), 0);
}

void TestOrderPipeline::paidWhileClosedIsIssuedAtStart()
{
    OrderPipelineHarness h;
    QVERIFY(h.journalOk);
    const int seen = h.placeOrder({{0, 1}}, DocumentKind::Boleta);
    QVERIFY(h.cycle());
    h.closePipeline();

    // While Puente is closed: a known order is paid, a new one is placed and paid.
    QVERIFY(h.store.payOrder(seen));
    const int unseen = h.placeOrder({{1, 2}}, DocumentKind::Factura);
    QVERIFY(h.store.payOrder(unseen));
    QVERIFY(h.bsale.documentIds().isEmpty());

    const auto summary = h.cycle(); // a new pipeline on the same journal
    QVERIFY(summary);
    QCOMPARE(summary->documentsIssued, 2);
    QCOMPARE(h.fakeDocuments(seen, DocumentKind::Boleta).size(), 1);
    QCOMPARE(h.fakeDocuments(unseen, DocumentKind::Factura).size(), 1);
}

void TestOrderPipeline::firstRunWithoutStartAfterBillsOnlyNewOrders()
{
    OrderPipelineHarness h;
    QVERIFY(h.journalOk);
    const int old = h.placeOrder({{0, 1}}, DocumentKind::Boleta);
    QVERIFY(h.store.payOrder(old));
    h.settings.startAfter.reset();
    QVERIFY(h.cycle());
    QCOMPARE(h.stateOf(old), QString()); // never recorded: before Puente was connected
    QCOMPARE(OrderLedger(*h.journal, h.clock, h.settings).cursor(), std::optional<qint64>(old));

    const int fresh = h.placeOrder({{1, 1}}, DocumentKind::Boleta);
    QVERIFY(h.store.payOrder(fresh));
    QVERIFY(h.cycle());
    QCOMPARE(h.fakeRecordsFor(old), 0);
    QCOMPARE(h.fakeDocuments(fresh, DocumentKind::Boleta).size(), 1);
}

void TestOrderPipeline::manualEmissionWaitsForTheCommand()
{
    OrderPipelineHarness h;
    QVERIFY(h.journalOk);
    h.settings.emission = OrderSettings::Emission::Manual;
    const int a = h.placeOrder({{0, 1}}, DocumentKind::Boleta);
    const int b = h.placeOrder({{1, 1}}, DocumentKind::Factura);
    QVERIFY(h.store.payOrder(a));
    QVERIFY(h.store.payOrder(b));
    auto summary = h.cycle();
    QVERIFY(summary);
    QVERIFY(h.cycle());
    QCOMPARE(h.fakeRecordsFor(a), 0);
    QCOMPARE(h.stateOf(a), key(OrderState::Order::Manual));
    const auto inbox = h.pipeline().inbox();
    QCOMPARE(inbox.size(), 2);
    QCOMPARE(inbox.first().category, DocumentInboxEntry::Category::Waiting);
    QCOMPARE(inbox.first().reason, u"manual"_s);
    QCOMPARE(summary->toJson().value(u"heldReasons"_s).toObject().value(u"manual"_s).toInt(), 2);

    QSignalSpy answers(&h.pipeline(), &OrderPipeline::commandFinished);
    h.pipeline().issue(a);
    QCOMPARE(answers.size(), 1);
    QVERIFY(answers.first().first().value<OrderCommandResult>().ok);
    QVERIFY(h.drain());
    QCOMPARE(h.fakeDocuments(a, DocumentKind::Boleta).size(), 1);
    QCOMPARE(h.fakeRecordsFor(b), 0);

    h.pipeline().issueAll();
    QVERIFY(h.drain());
    QCOMPARE(h.fakeDocuments(b, DocumentKind::Factura).size(), 1);
    QVERIFY(h.pipeline().inbox().isEmpty());
    // A second command does nothing: the order is documented.
    h.pipeline().issue(a);
    QVERIFY(!answers.last().first().value<OrderCommandResult>().ok);
    QVERIFY(h.drain());
    QCOMPARE(h.fakeDocuments(a, DocumentKind::Boleta).size(), 1);
}

void TestOrderPipeline::heldOrderIsExplainedAndCounted()
{
    OrderPipelineHarness h;
    QVERIFY(h.journalOk);
    // A store product nobody linked to Bsale.
    fakes::jumpseller::ProductSeed seed;
    seed.name = u"Producto sin enlazar"_s;
    seed.sku = u"NO-LINK"_s;
    seed.price = 5000;
    seed.stock = 10;
    const int product = h.store.addProduct(seed);
    fakes::jumpseller::OrderSeed order = h.shop.orderSeed({{0, 1}}, DocumentKind::Boleta);
    order.lines.append(fakes::jumpseller::OrderLineSeed {product, 0, {}, 1, {}, 0});
    const int id = h.store.createOrder(order);
    QVERIFY(id > 0);
    QVERIFY(h.store.payOrder(id));
    const auto summary = h.cycle();
    QVERIFY(summary);
    QCOMPARE(h.stateOf(id), key(OrderState::Order::Refused));
    QCOMPARE(h.fakeRecordsFor(id), 0);
    const QJsonObject json = summary->toJson();
    QCOMPARE(json.value(u"heldBack"_s).toInt(), 1);
    QCOMPARE(json.value(u"heldReasons"_s).toObject().value(u"UnlinkedProduct"_s).toInt(), 1);
    const auto entry = h.pipeline().inbox().first();
    QCOMPARE(entry.category, DocumentInboxEntry::Category::Held);
    QVERIFY2(entry.explanation.contains(u"NO-LINK"_s) || entry.explanation.contains(u"sin enlazar"_s),
             qPrintable(entry.explanation));
    QCOMPARE(entry.issues.first().toObject().value(u"code"_s).toString(), u"UnlinkedProduct"_s);

    // The user creates it in Bsale, links it and retries.
    fakes::bsale::Product newProduct;
    newProduct.name = u"Nuevo"_s;
    fakes::bsale::Variant variant;
    variant.productId = h.bsale.addProduct(newProduct);
    variant.code = u"NO-LINK"_s;
    const int variantId = h.bsale.addVariant(variant);
    h.bsale.setStock(variantId, h.shop.basics.officeId, 100);
    QSqlQuery link(h.journal->database());
    QVERIFY2(link.exec(u"INSERT INTO links (erp_variant_id, store_product_id, store_variant_id, how, created_at)"
                       " VALUES (%1, %2, 0, 'manual', 0)"_s.arg(variantId)
                           .arg(product)),
             qPrintable(link.lastError().text()));
    h.pipeline().retry(id);
    QVERIFY(h.drain());
    QCOMPARE(h.fakeDocuments(id, DocumentKind::Boleta).size(), 1);
    QCOMPARE(h.stateOf(id), key(OrderState::Order::Documented));
}

void TestOrderPipeline::summaryCountsWhatTheCycleDid()
{
    OrderPipelineHarness h;
    QVERIFY(h.journalOk);
    for (int i = 0; i < 5; ++i) {
        const int id = h.placeOrder({{i, 1 + i}}, i % 2 ? DocumentKind::Factura : DocumentKind::Boleta);
        if (i < 4)
            QVERIFY(h.store.payOrder(id));
    }
    const auto summary = h.cycle();
    QVERIFY(summary);
    QCOMPARE(summary->newOrders, 5);
    QCOMPARE(summary->documentsIssued, 4);
    QCOMPARE(summary->creditNotes, 0);
    QCOMPARE(summary->pendingJobs, 0);
    QVERIFY(summary->ok());
    const QJsonObject json = summary->toJson();
    QCOMPARE(json.value(u"documentsIssued"_s).toInt(), 4);
    QCOMPARE(json.value(u"heldBack"_s).toInt(), 0);
    QCOMPARE(h.bsale.documentIds().size(), 4);
}

void TestOrderPipeline::storeIsReadWhileABacklogIsSent()
{
    // After an outage dozens of documents wait for Bsale's rate limit. The store must still be
    // read meanwhile: a new sale or a cancellation may not wait for the whole backlog.
    OrderPipelineHarness h;
    QVERIFY(h.journalOk);
    h.settings.recheckPerCycle = 5; // a poll is short next to the sending
    QList<int> backlog;
    for (int i = 0; i < 60; ++i) {
        backlog.append(h.placeOrder({{i % 4, 1}}, DocumentKind::Boleta));
        QVERIFY(h.store.payOrder(backlog.last()));
    }
    QSignalSpy cycles(&h.pipeline(), &OrderPipeline::cycleFinished);
    QSignalSpy polls(&h.pipeline(), &OrderPipeline::pollFinished);
    h.pipeline().runCycle();
    QVERIFY(h.pump([&h] { return h.bsale.documentIds().size() >= 3; }));

    const int late = h.placeOrder({{1, 2}}, DocumentKind::Factura);
    QVERIFY(h.store.payOrder(late));
    const quint64 wanted = h.pipeline().runCycle();
    QVERIFY(h.pump([&h, wanted] { return h.pipeline().pollsFinished() >= wanted; }));
    QVERIFY(h.order(late)); // read in the middle of the sending...
    const OutboxRepository outbox(*h.journal);
    QVERIFY2(outbox.countInState(u"pending"_s) > 10, "the backlog is still being sent");
    QCOMPARE(polls.size(), 2);
    QCOMPARE(cycles.size(), 0); // ...by the same cycle, which ends when the sending does

    QVERIFY(h.pump([&cycles] { return cycles.size() == 1; }, 60000));
    const auto summary = cycles.first().first().value<OrderCycleSummary>();
    QCOMPARE(summary.newOrders, 61);
    QCOMPARE(summary.documentsIssued, 61);
    QCOMPARE(summary.pendingJobs, 0);
    QCOMPARE(h.fakeDocuments(late, DocumentKind::Factura).size(), 1);
    QCOMPARE(h.bsale.documentIds().size(), 61);
}

void TestOrderPipeline::orderNamedByAWebhookIsReadFirst()
{
    OrderPipelineHarness h;
    QVERIFY(h.journalOk);
    h.settings.recheckPerCycle = 1; // one issued order re-read per poll
    QList<int> ids;
    for (int i = 0; i < 6; ++i) {
        ids.append(h.placeOrder({{i % 4, 1}}, DocumentKind::Boleta));
        QVERIFY(h.store.payOrder(ids.last()));
    }
    QVERIFY(h.cycle());
    const int named = ids.at(2);
    h.clock.advance(60000);
    QVERIFY(h.pipeline().ledger().markChecked({named})); // just read: the rotation comes to it last
    for (const int id : ids)
        QVERIFY(h.store.cancelOrder(id));

    QSignalSpy polls(&h.pipeline(), &OrderPipeline::pollFinished);
    h.pipeline().lookAt(named);
    QVERIFY(h.pump([&polls] { return polls.size() == 1; }));
    QVERIFY(h.drain());
    QCOMPARE(h.fakeReturns(named).size(), 1);
    int credited = 0;
    for (const int id : ids)
        credited += int(h.fakeReturns(id).size());
    QCOMPARE(credited, 2); // the named order and the one the rotation reached
    h.pipeline().lookAt(987654); // not an order the journal knows: nothing to read, no harm
    QVERIFY(h.pump([&polls] { return polls.size() == 2; }));
}

QTEST_GUILESS_MAIN(TestOrderPipeline)
#include "tst_orderpipeline.moc"
