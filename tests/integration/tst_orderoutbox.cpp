// The outbox against FakeBsale's faults and refusals, and the inbox commands: permanent errors
// land in the inbox with Bsale's exact words and a Spanish explanation and are never retried by
// themselves; passing ones (429, 500, a reset after Bsale did the work) are retried and still
// give exactly one document; a person fixes, retries, or marks a document issued by hand; a
// crash in the middle of a send is recovered by sending the same request again.
#include <QtCore/QJsonArray>
#include <QtTest/QTest>

#include "OrderPipelineHarness.h"
#include "journal/OutboxRepository.h"
#include "sync/OrderState.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;
using puente::fakes::HttpFault;
using puente::test::OrderPipelineHarness;

Q_DECLARE_METATYPE(puente::fakes::HttpFault)

namespace {

const QString kDocuments = u"/v1/documents.json"_s;
const QString kReturns = u"/v1/returns.json"_s;

QString key(OrderState::Order state)
{
    return OrderState::key(state);
}

OrderCommandResult lastAnswer(const QSignalSpy &spy)
{
    return spy.isEmpty() ? OrderCommandResult {} : spy.last().first().value<OrderCommandResult>();
}

} // namespace

class TestOrderOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void permanentErrorGoesToTheInbox_data();
    void permanentErrorGoesToTheInbox();
    void passingErrorsStillGiveExactlyOneDocument_data();
    void passingErrorsStillGiveExactlyOneDocument();
    void creditNoteSurvivesAResetAfterHandling();
    void missingGiroIsFixedByABillingOverride();
    void overrideSwitchesARefusedFacturaToABoleta();
    void markIssuedByHand();
    void retryAllAfterFixingTheAccount();
    void crashDuringASendIsRecoveredAtStart();
    void cancelWhileTheOutcomeIsUnknownEndsInACreditNote();
    void writeBackPutsTheDocumentOnTheOrder();
};

void TestOrderOutbox::permanentErrorGoesToTheInbox_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("explanationWord");
    QTest::newRow("out of folios") << u"folios"_s << u"does not have numbers available, check sii caf"_s
                                   << u"OutOfFolios"_s << u"folio"_s;
    QTest::newRow("no stock") << u"stock"_s << u"There is no stock for this products"_s << u"NoStock"_s << u"stock"_s;
}

void TestOrderOutbox::permanentErrorGoesToTheInbox()
{
    QFETCH(QString, problem);
    QFETCH(QString, message);
    QFETCH(QString, reason);
    QFETCH(QString, explanationWord);
    OrderPipelineHarness h;
    QVERIFY(h.journalOk);
    if (problem == u"folios"_s)
        h.bsale.setOutOfFolios(h.shop.basics.boletaTypeId, true);
    else
        h.bsale.setStock(h.shop.items.at(1).bsaleVariantId, h.shop.basics.officeId, 0);
    const int id = h.placeOrder({{1, 1}}, DocumentKind::Boleta);
    QVERIFY(h.store.payOrder(id));
    const auto summary = h.cycle();
    QVERIFY(summary);
    QCOMPARE(summary->documentsIssued, 0);
    QCOMPARE(h.stateOf(id), key(OrderState::Order::Failed));

    const auto inbox = h.pipeline().inbox();
    QCOMPARE(inbox.size(), 1);
    const DocumentInboxEntry &entry = inbox.first();
    QCOMPARE(entry.category, DocumentInboxEntry::Category::Failed);
    QCOMPARE(entry.orderId, qint64(id));
    QCOMPARE(entry.documentKind, u"boleta"_s);
    QCOMPARE(entry.reason, reason);
    QVERIFY2(entry.serverMessage.startsWith(message), qPrintable(entry.serverMessage)); // verbatim
    QVERIFY2(entry.explanation.contains(explanationWord, Qt::CaseInsensitive), qPrintable(entry.explanation));
    QVERIFY(!entry.title.isEmpty());
    QVERIFY(!entry.plan.isEmpty());
    QCOMPARE(summary->toJson().value(u"heldReasons"_s).toObject().value(reason).toInt(), 1);

    // Never retried blindly: an hour and several cycles later, still one request.
    h.clock.advance(3600 * 1000);
    QVERIFY(h.cycle());
    QVERIFY(h.cycle());
    QCOMPARE(h.requestsTo(kDocuments), 1);
    QCOMPARE(h.fakeRecordsFor(id), 0);

    // The merchant fixes the account, then presses Retry.
    h.bsale.setOutOfFolios(h.shop.basics.boletaTypeId, false);
    h.bsale.setStock(h.shop.items.at(1).bsaleVariantId, h.shop.basics.officeId, 100);
    QSignalSpy answers(&h.pipeline(), &OrderPipeline::commandFinished);
    h.pipeline().retry(id);
    QVERIFY(lastAnswer(answers).ok);
    QVERIFY(h.drain());
    QCOMPARE(h.fakeDocuments(id, DocumentKind::Boleta).size(), 1);
    QCOMPARE(h.stateOf(id), key(OrderState::Order::Documented));
    QVERIFY(h.pipeline().inbox().isEmpty());
}

void TestOrderOutbox::passingErrorsStillGiveExactlyOneDocument_data()
{
    QTest::addColumn<HttpFault>("fault");
    QTest::addColumn<int>("count");
    // The client tries 3 times per call; more faults than that go back to the outbox's backoff.
    QTest::newRow("429 twice") << HttpFault::Status429 << 2;
    QTest::newRow("500 twice") << HttpFault::Status500 << 2;
    QTest::newRow("503 beyond the client's retries") << HttpFault::Status503 << 5;
    QTest::newRow("reset after handling") << HttpFault::ResetAfterHandling << 1;
    QTest::newRow("reset after handling, 5 times") << HttpFault::ResetAfterHandling << 5;
    QTest::newRow("malformed answer after handling") << HttpFault::MalformedBody << 1;
}

void TestOrderOutbox::passingErrorsStillGiveExactlyOneDocument()
{
    QFETCH(HttpFault, fault);
    QFETCH(int, count);
    OrderPipelineHarness h;
    QVERIFY(h.journalOk);
    h.bsale.injectFault(fault, count, u"^/v1/documents\\.json$"_s, "POST");
    const int boleta = h.placeOrder({{0, 2}}, DocumentKind::Boleta, 1990);
    const int factura = h.placeOrder({{2, 1}}, DocumentKind::Factura);
    QVERIFY(h.store.payOrder(boleta));
    QVERIFY(h.store.payOrder(factura));
    QVERIFY(h.cycle(30000));
    QVERIFY(h.drain(30000));
    QCOMPARE(h.bsale.pendingFaults(), 0);
    QCOMPARE(h.fakeDocuments(boleta, DocumentKind::Boleta).size(), 1);
    QCOMPARE(h.fakeDocuments(factura, DocumentKind::Factura).size(), 1);
    QCOMPARE(h.bsale.documentIds().size(), 2);
    QVERIFY(h.requestsTo(kDocuments) > 2);
    for (const int id : {boleta, factura})
        QCOMPARE(h.stateOf(id), key(OrderState::Order::Documented));
    const auto doc = h.document(boleta, DocumentKind::Boleta);
    QVERIFY(doc);
    QCOMPARE(doc->bsaleId,
             h.fakeDocuments(boleta, DocumentKind::Boleta).first().value(u"id"_s).toVariant().toLongLong());
    QVERIFY(h.pipeline().inbox().isEmpty());
}

void TestOrderOutbox::creditNoteSurvivesAResetAfterHandling()
{
    OrderPipelineHarness h;
    QVERIFY(h.journalOk);
    const int id = h.placeOrder({{0, 1}, {1, 3}}, DocumentKind::Factura, 2500);
    QVERIFY(h.store.payOrder(id));
    QVERIFY(h.cycle());
    QVERIFY(h.store.cancelOrder(id));
    h.bsale.injectFault(HttpFault::ResetAfterHandling, 4, u"^/v1/returns\\.json$"_s, "POST");
    QVERIFY(h.cycle(30000));
    QVERIFY(h.drain(30000));
    QCOMPARE(h.fakeReturns(id).size(), 1);
    QCOMPARE(h.bsale.returnIds().size(), 1);
    QCOMPARE(h.stateOf(id), key(OrderState::Order::Credited));
    QVERIFY(h.document(id, DocumentKind::CreditNote)->bsaleNumber > 0);
}

void TestOrderOutbox::missingGiroIsFixedByABillingOverride()
{
    OrderPipelineHarness h;
    QVERIFY(h.journalOk);
    const int id = h.placeOrder({{3, 1}}, DocumentKind::Factura, 0, false);
    QVERIFY(h.store.payOrder(id));
    QVERIFY(h.cycle());
    QCOMPARE(h.stateOf(id), key(OrderState::Order::Refused));
    auto entry = h.pipeline().inbox().first();
    QCOMPARE(entry.category, DocumentInboxEntry::Category::Held);
    QCOMPARE(entry.reason, u"MissingReceptorField"_s);
    QVERIFY2(entry.explanation.contains(u"giro"_s, Qt::CaseInsensitive), qPrintable(entry.explanation));

    QSignalSpy answers(&h.pipeline(), &OrderPipeline::commandFinished);
    OrderBillingOverride billing;
    billing.giro = u"Venta al por menor de herramientas"_s;
    h.pipeline().editBilling(id, billing);
    QVERIFY(lastAnswer(answers).ok);
    // Stored, not acted on: re-planning waits for the user's Retry.
    QVERIFY(h.cycle());
    QCOMPARE(h.stateOf(id), key(OrderState::Order::Refused));
    QCOMPARE(h.requestsTo(kDocuments), 0);
    QCOMPARE(h.order(id)->billingOverride.value(u"giro"_s).toString(), billing.giro);

    h.pipeline().retry(id);
    QVERIFY(lastAnswer(answers).ok);
    QVERIFY(h.drain());
    const auto docs = h.fakeDocuments(id, DocumentKind::Factura);
    QCOMPARE(docs.size(), 1);
    QCOMPARE(docs.first().value(u"client"_s).toObject().value(u"activity"_s).toString(), billing.giro);
    // The store's order was never touched.
    QVERIFY(h.store.order(id)->additionalFields.size() == 2);
    QVERIFY(h.cycle());
    QCOMPARE(h.fakeDocuments(id, DocumentKind::Factura).size(), 1);
}

void TestOrderOutbox::overrideSwitchesARefusedFacturaToABoleta()
{
    OrderPipelineHarness h;
    QVERIFY(h.journalOk);
    h.bsale.setOutOfFolios(h.shop.basics.facturaTypeId, true);
    const int id = h.placeOrder({{0, 1}}, DocumentKind::Factura);
    QVERIFY(h.store.payOrder(id));
    QVERIFY(h.cycle());
    QCOMPARE(h.stateOf(id), key(OrderState::Order::Failed));
    // Bsale refused for good (no folios): nothing exists, so the customer may take a boleta.
    OrderBillingOverride billing;
    billing.kind = DocumentKind::Boleta;
    h.pipeline().editBilling(id, billing);
    h.pipeline().retry(id);
    QVERIFY(h.drain());
    QCOMPARE(h.fakeDocuments(id, DocumentKind::Boleta).size(), 1);
    QCOMPARE(h.fakeDocuments(id, DocumentKind::Factura).size(), 0);
    QCOMPARE(h.document(id, DocumentKind::Factura)->state, u"superseded"_s);
    QCOMPARE(h.document(id, DocumentKind::Boleta)->revision, 2);
}

void TestOrderOutbox::markIssuedByHand()
{
    OrderPipelineHarness h;
    QVERIFY(h.journalOk);
    h.bsale.setOutOfFolios(h.shop.basics.boletaTypeId, true);
    const int id = h.placeOrder({{0, 1}}, DocumentKind::Boleta);
    QVERIFY(h.store.payOrder(id));
    QVERIFY(h.cycle());
    QCOMPARE(h.stateOf(id), key(OrderState::Order::Failed));

    QSignalSpy answers(&h.pipeline(), &OrderPipeline::commandFinished);
    h.pipeline().markIssuedByHand(id, {}, 0, 0);
    QVERIFY(!lastAnswer(answers).ok); // a folio is required
    h.pipeline().markIssuedByHand(id, {}, 4711, 0);
    QVERIFY2(lastAnswer(answers).ok, qPrintable(lastAnswer(answers).message));
    QCOMPARE(h.stateOf(id), key(OrderState::Order::Documented));
    auto doc = h.document(id, DocumentKind::Boleta);
    QCOMPARE(doc->state, u"emitted"_s);
    QCOMPARE(doc->issuedBy, u"hand"_s);
    QCOMPARE(doc->bsaleNumber, 4711);
    QVERIFY(h.pipeline().inbox().isEmpty());
    h.bsale.setOutOfFolios(h.shop.basics.boletaTypeId, false);
    QVERIFY(h.cycle());
    QCOMPARE(h.fakeRecordsFor(id), 0); // Puente never sends it now
    QCOMPARE(h.requestsTo(kDocuments), 1);

    // Canceled: Puente cannot credit a document it has no Bsale id for; it says so.
    QVERIFY(h.store.cancelOrder(id));
    QVERIFY(h.cycle());
    QCOMPARE(h.stateOf(id), key(OrderState::Order::CreditFailed));
    const auto entry = h.pipeline().inbox().first();
    QCOMPARE(entry.documentKind, u"credit_note"_s);
    QVERIFY2(entry.explanation.contains(u"a mano"_s), qPrintable(entry.explanation));
    h.pipeline().markIssuedByHand(id, {}, 88, 0);
    QVERIFY(lastAnswer(answers).ok);
    QCOMPARE(h.stateOf(id), key(OrderState::Order::Credited));
    QCOMPARE(h.document(id, DocumentKind::CreditNote)->bsaleNumber, 88);
    QVERIFY(h.bsale.returnIds().isEmpty());
}

void TestOrderOutbox::retryAllAfterFixingTheAccount()
{
    OrderPipelineHarness h;
    QVERIFY(h.journalOk);
    h.bsale.setOutOfFolios(h.shop.basics.boletaTypeId, true);
    QList<int> ids;
    for (int i = 0; i < 3; ++i) {
        ids.append(h.placeOrder({{i, 1}}, DocumentKind::Boleta));
        QVERIFY(h.store.payOrder(ids.last()));
    }
    QVERIFY(h.cycle());
    QCOMPARE(h.pipeline().inbox().size(), 3);
    h.bsale.setOutOfFolios(h.shop.basics.boletaTypeId, false);
    QSignalSpy answers(&h.pipeline(), &OrderPipeline::commandFinished);
    h.pipeline().retryAll();
    QCOMPARE(lastAnswer(answers).affected, 3);
    QVERIFY(h.drain());
    for (const int id : ids)
        QCOMPARE(h.fakeDocuments(id, DocumentKind::Boleta).size(), 1);
    QVERIFY(h.pipeline().inbox().isEmpty());
}

void TestOrderOutbox::crashDuringASendIsRecoveredAtStart()
{
    OrderPipelineHarness h;
    QVERIFY(h.journalOk);
    // Bsale does the work but the answer never arrives, on every attempt.
    h.bsale.injectFault(HttpFault::ResetAfterHandling, 100, u"^/v1/documents\\.json$"_s, "POST");
    const int id = h.placeOrder({{4, 2}}, DocumentKind::Factura);
    QVERIFY(h.store.payOrder(id));
    h.pipeline().runCycle();
    QVERIFY(h.pump([&h] { return h.requestsTo(kDocuments) >= 1; }));
    // "Crash": the process goes away with the job running and the document in Bsale.
    h.closePipeline();
    OutboxRepository outbox(*h.journal);
    QCOMPARE(outbox.countInState(u"running"_s), 1);
    QCOMPARE(h.fakeDocuments(id, DocumentKind::Factura).size(), 1);
    QCOMPARE(h.document(id, DocumentKind::Factura)->state, u"sending"_s);

    h.bsale.clearFaults();
    const auto summary = h.cycle(); // start() makes the job due again; salesId replays it
    QVERIFY(summary);
    QCOMPARE(summary->documentsIssued, 1);
    QCOMPARE(summary->replayed, 1);
    QCOMPARE(h.fakeDocuments(id, DocumentKind::Factura).size(), 1);
    QCOMPARE(h.bsale.documentIds().size(), 1);
    const auto doc = h.document(id, DocumentKind::Factura);
    QCOMPARE(doc->state, u"emitted"_s);
    QCOMPARE(doc->bsaleId, h.fakeDocuments(id, DocumentKind::Factura).first().value(u"id"_s).toVariant().toLongLong());
    QCOMPARE(outbox.countInState(u"running"_s), 0);
}

void TestOrderOutbox::cancelWhileTheOutcomeIsUnknownEndsInACreditNote()
{
    OrderPipelineHarness h;
    QVERIFY(h.journalOk);
    h.settings.retryBaseMs = 3600 * 1000; // the outbox waits an hour before trying again
    h.bsale.injectFault(HttpFault::ResetAfterHandling, 50, u"^/v1/documents\\.json$"_s, "POST");
    const int id = h.placeOrder({{0, 1}}, DocumentKind::Boleta);
    QVERIFY(h.store.payOrder(id));
    const auto first = h.cycle();
    QVERIFY(first);
    QCOMPARE(first->pendingJobs, 1); // waiting for its backoff
    QCOMPARE(h.fakeDocuments(id, DocumentKind::Boleta).size(), 1); // Bsale has it; Puente does not know
    QCOMPARE(h.pipeline().inbox().first().category, DocumentInboxEntry::Category::Retrying);

    // Canceled while the outcome is unknown: the send must finish first.
    QVERIFY(h.store.cancelOrder(id));
    QVERIFY(h.cycle());
    QCOMPARE(h.stateOf(id), key(OrderState::Order::Emitting));
    h.bsale.clearFaults();
    QVERIFY(h.drain(30000)); // the backoff passes; the retry learns the document exists
    QCOMPARE(h.fakeDocuments(id, DocumentKind::Boleta).size(), 1);
    QCOMPARE(h.fakeReturns(id).size(), 1);
    QCOMPARE(h.stateOf(id), key(OrderState::Order::Credited));
}

void TestOrderOutbox::writeBackPutsTheDocumentOnTheOrder()
{
    OrderPipelineHarness h;
    QVERIFY(h.journalOk);
    h.settings.writeBack = true;
    const int id = h.placeOrder({{0, 1}}, DocumentKind::Boleta);
    QVERIFY(h.store.payOrder(id));
    QVERIFY(h.cycle());
    QVERIFY(h.drain());
    const auto doc = h.document(id, DocumentKind::Boleta);
    QVERIFY(doc);
    const QString note = h.store.order(id)->additionalInformation;
    QVERIFY2(note.contains(u"N° %1"_s.arg(doc->bsaleNumber)), qPrintable(note));
    QVERIFY2(note.contains(doc->urlPublicView), qPrintable(note));
    // Written once, even if asked again.
    QVERIFY(h.cycle());
    QCOMPARE(h.store.order(id)->additionalInformation.count(doc->urlPublicView), 1);
}

QTEST_GUILESS_MAIN(TestOrderOutbox)
#include "tst_orderoutbox.moc"
