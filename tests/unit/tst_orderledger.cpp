// OrderLedger on a real SQLite journal, without any network: each store event and each outbox
// outcome is one transaction that leaves orders, documents and jobs consistent; a document Bsale
// may have is only ever sent again unchanged; a cancellation drops only what was never sent;
// the v4 schema step and the repositories round-trip.
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>

#include "base/ManualClock.h"
#include "billing/SalesId.h"
#include "journal/DocumentRepository.h"
#include "journal/EventLog.h"
#include "journal/Journal.h"
#include "journal/JournalSchema.h"
#include "journal/OrderRepository.h"
#include "journal/OutboxRepository.h"
#include "sync/DocumentInbox.h"
#include "sync/OrderLedger.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;

namespace {

const QString kStore = u"tienda"_s;
constexpr int kVariant = 501;

StoreOrder order(qint64 id, const QString &status, bool factura = false)
{
    StoreOrder o;
    o.storeCode = kStore;
    o.orderId = QString::number(id);
    o.status = status;
    StoreOrderLine line;
    line.storeProductId = u"9001"_s;
    line.sku = u"SKU-1"_s;
    line.name = u"Polera"_s;
    line.quantity = 2;
    line.unitPrice = 9990;
    o.lines = {line};
    o.total = 19980;
    if (factura) {
        o.billingAddress.taxId = u"76.369.187-K"_s;
        o.billingAddress.address = u"Av. Providencia 1234"_s;
        o.billingAddress.municipality = u"Providencia"_s;
        o.billingAddress.city = u"Santiago"_s;
        o.additionalFields = {{u"Tipo de Documento"_s, u"factura"_s},
                              {u"Razón Social"_s, u"Los Andes SpA"_s},
                              {u"Giro"_s, u"Ferretería"_s}};
    }
    return o;
}

BsaleDocument issued(int id, int number)
{
    BsaleDocument d;
    d.id = id;
    d.number = number;
    d.totalAmount = 19980;
    d.netAmount = 16790;
    d.taxAmount = 3190;
    d.urlPdf = u"https://example/%1.pdf"_s.arg(id);
    d.urlPublicView = u"https://example/%1"_s.arg(id);
    return d;
}

ApiError outOfFolios()
{
    return ApiError::fromHttpStatus(400, R"({"error":"does not have numbers available, check sii caf"})");
}

} // namespace

class TestOrderLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void schemaVersion4AddsThePipelineColumns();
    void paidOrderIsPlannedWithItsJobInOneTransaction();
    void unpaidOrdersNeverGetADocument();
    void cancelBeforeAnyAttemptDropsTheDocument();
    void cancelAfterAnAttemptWaitsForTheOutcome();
    void definitiveRefusalThenCancelCloses();
    void unknownOutcomeIsOnlySentAgainUnchanged();
    void recoverRunningMakesJobsDueAgain();
    void creditNoteIsPlannedOnceAndCompleted();
    void manualEmissionHoldsUntilIssued();
    void unlinkedLineIsHeldWithItsReasons();
    void zeroValueOrderNeedsNoDocument();
    void inboxListsWhatNeedsAPerson();
    void recheckBudgetIsShared();

private:
    OrderLedger ledger() { return OrderLedger(*m_journal, m_clock, m_settings); }
    OrderLedger::Claimed claim(OrderLedger &l);
    QString state(qint64 id) const
    {
        return OrderRepository(*m_journal).find(id).value_or(OrderRecord {}).pipelineState;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    ManualClock m_clock;
    OrderSettings m_settings;
};

void TestOrderLedger::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<Journal>(Journal::pathInDirectory(m_dir->path()));
    QVERIFY(!m_journal->open());
    QSqlQuery q(m_journal->database());
    QVERIFY2(q.exec(u"INSERT INTO erp_variants (variant_id, product_id, sku, active, pulled_at)"
                    " VALUES (%1, 1, 'SKU-1', 1, 0)"_s.arg(kVariant)),
             qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"INSERT INTO links (erp_variant_id, store_product_id, store_variant_id, how, created_at)"
                   " VALUES (%1, 9001, 0, 'sku', 0)"_s.arg(kVariant)));
    m_settings = OrderSettings {};
    m_settings.enabled = true;
    m_settings.storeCode = kStore;
}

void TestOrderLedger::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

OrderLedger::Claimed TestOrderLedger::claim(OrderLedger &l)
{
    const auto claimed = l.claimNextDue();
    if (!claimed) {
        QTest::qFail("no job was due", __FILE__, __LINE__);
        return {};
    }
    return *claimed;
}

void TestOrderLedger::schemaVersion4AddsThePipelineColumns()
{
    QCOMPARE(JournalSchema::kLatestVersion, 4);
    QSqlQuery q(m_journal->database());
    for (const auto &[table, column] : QList<QPair<QString, QString>> {{u"orders"_s, u"hold_reason"_s},
                                                                       {u"orders"_s, u"billing_override"_s},
                                                                       {u"orders"_s, u"checked_at"_s},
                                                                       {u"documents"_s, u"revision"_s},
                                                                       {u"documents"_s, u"server_message"_s},
                                                                       {u"documents"_s, u"related_document_id"_s},
                                                                       {u"outbox"_s, u"document_id"_s}}) {
        QVERIFY(q.exec(u"SELECT count(*) FROM pragma_table_info('%1') WHERE name = '%2'"_s.arg(table, column)));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toInt() == 1, qPrintable(table + u'.' + column));
    }
    // issued_by takes only the two values.
    OrderRecord o;
    o.orderId = 1;
    o.status = u"paid"_s;
    o.pipelineState = u"documented"_s;
    QVERIFY(OrderRepository(*m_journal).save(o));
    QVERIFY(!q.exec(u"INSERT INTO documents (store_order_id, kind, sales_id, issued_by, created_at, updated_at)"
                    " VALUES (1, 'boleta', 'x', 'someone', 0, 0)"_s));
}

void TestOrderLedger::paidOrderIsPlannedWithItsJobInOneTransaction()
{
    auto l = ledger();
    QVERIFY(l.applyStoreOrder(order(100, u"paid"_s), 100));
    QCOMPARE(l.cursor(), std::optional<qint64>(100));
    QCOMPARE(state(100), u"emitting"_s);
    const auto doc = DocumentRepository(*m_journal).find(100, u"boleta"_s);
    QVERIFY(doc);
    QCOMPARE(doc->state, u"planned"_s);
    QCOMPARE(doc->salesId, SalesId::forOrder(kStore, u"100"_s, DocumentKind::Boleta));
    const auto plan = DocumentPlan::fromJson(doc->plan);
    QVERIFY(plan);
    QCOMPARE(plan->lines.first().variantId, kVariant);
    QCOMPARE(plan->expected.total, 19980);
    const auto job = OutboxRepository(*m_journal).forDocument(doc->id, OrderLedger::kDocumentJob);
    QVERIFY(job);
    QCOMPARE(job->state, u"pending"_s);
    QCOMPARE(job->idempotencyKey, u"document:"_s + doc->salesId);

    // Seen again: nothing new, nothing written.
    bool changed = true;
    QVERIFY(l.applyStoreOrder(order(100, u"paid"_s), std::nullopt, &changed));
    QVERIFY(!changed);
    QCOMPARE(OutboxRepository(*m_journal).countInState(u"pending"_s), 1);

    // Issued.
    auto c = claim(l);
    QCOMPARE(c.job.attempts, 1);
    QCOMPARE(DocumentRepository(*m_journal).find(doc->id)->state, u"sending"_s);
    QVERIFY(l.documentIssued(c, issued(8135, 732), false));
    QCOMPARE(state(100), u"documented"_s);
    const auto done = DocumentRepository(*m_journal).find(doc->id);
    QCOMPARE(done->bsaleId, 8135);
    QCOMPARE(done->bsaleNumber, 732);
    QCOMPARE(done->issuedBy, u"bsale"_s);
    QCOMPARE(done->totalAmount, 19980);
    QCOMPARE(l.pendingJobs(), 0);
    // The activity log says so, in the same transaction.
    const auto events = EventLog(*m_journal).list({10, 0, EventLevel::Info, u"orders"_s});
    QCOMPARE(events.size(), 1);
    QVERIFY2(events.first().message.contains(u"N° 732"_s), qPrintable(events.first().message));
}

void TestOrderLedger::unpaidOrdersNeverGetADocument()
{
    auto l = ledger();
    QVERIFY(l.applyStoreOrder(order(1, u"pending_payment"_s), 1));
    QVERIFY(l.applyStoreOrder(order(2, u"abandoned"_s), 2));
    QVERIFY(l.applyStoreOrder(order(3, u"canceled"_s), 3));
    QCOMPARE(state(1), u"waiting"_s);
    QCOMPARE(state(2), u"abandoned"_s);
    QCOMPARE(state(3), u"canceled"_s);
    QVERIFY(l.applyStoreOrder(order(1, u"abandoned"_s)));
    QCOMPARE(state(1), u"abandoned"_s);
    QVERIFY(DocumentRepository(*m_journal).inStates({u"planned"_s}).isEmpty());
    QCOMPARE(l.pendingJobs(), 0);
    QCOMPARE(l.cursor(), std::optional<qint64>(3));
    QCOMPARE(l.ordersToRecheck(10), QList<qint64>()); // nothing open
}

void TestOrderLedger::cancelBeforeAnyAttemptDropsTheDocument()
{
    auto l = ledger();
    QVERIFY(l.applyStoreOrder(order(7, u"paid"_s)));
    QVERIFY(l.applyStoreOrder(order(7, u"canceled"_s)));
    QCOMPARE(state(7), u"canceled"_s);
    const auto doc = DocumentRepository(*m_journal).find(7, u"boleta"_s);
    QCOMPARE(doc->state, u"void"_s);
    QCOMPARE(OutboxRepository(*m_journal).forDocument(doc->id, OrderLedger::kDocumentJob)->state, u"canceled"_s);
    QVERIFY(!l.claimNextDue());
}

void TestOrderLedger::cancelAfterAnAttemptWaitsForTheOutcome()
{
    auto l = ledger();
    QVERIFY(l.applyStoreOrder(order(8, u"paid"_s)));
    auto c = claim(l); // the POST is on its way
    QVERIFY(l.applyStoreOrder(order(8, u"canceled"_s)));
    QCOMPARE(state(8), u"emitting"_s); // Bsale may have it: wait
    QVERIFY(l.retryLater(c, ApiError(ApiError::Kind::ConnectionReset, u"reset"_s, true), 1000));
    QVERIFY(l.applyStoreOrder(order(8, u"canceled"_s)));
    QCOMPARE(state(8), u"emitting"_s); // still unknown after the reset
    m_clock.advance(1000);
    c = claim(l);
    QCOMPARE(c.job.attempts, 2);
    QVERIFY(l.documentIssued(c, issued(9000, 1), true));
    QCOMPARE(state(8), u"crediting"_s); // issued, and the order is canceled: credit it
    const auto note = DocumentRepository(*m_journal).find(8, u"credit_note"_s);
    QVERIFY(note);
    QCOMPARE(note->salesId, SalesId::forOrder(kStore, u"8"_s, DocumentKind::CreditNote));
    QCOMPARE(note->relatedDocumentId, DocumentRepository(*m_journal).find(8, u"boleta"_s)->id);
    QCOMPARE(OutboxRepository(*m_journal).forDocument(note->id, OrderLedger::kCreditNoteJob)->state, u"pending"_s);
}

void TestOrderLedger::definitiveRefusalThenCancelCloses()
{
    auto l = ledger();
    QVERIFY(l.applyStoreOrder(order(9, u"paid"_s)));
    auto c = claim(l);
    QVERIFY(l.refused(c, outOfFolios()));
    QCOMPARE(state(9), u"failed"_s);
    const auto doc = DocumentRepository(*m_journal).find(9, u"boleta"_s);
    QCOMPARE(doc->errorKind, u"OutOfFolios"_s);
    QCOMPARE(doc->serverMessage, u"does not have numbers available, check sii caf"_s);
    QVERIFY(!doc->errorExplanation.isEmpty());
    QVERIFY(!l.claimNextDue()); // not retried by itself
    const auto events = EventLog(*m_journal).list({10, 0, EventLevel::Error, u"orders"_s});
    QCOMPARE(events.size(), 1);
    QVERIFY(events.first().message.contains(u"does not have numbers available"_s));
    QVERIFY(l.applyStoreOrder(order(9, u"canceled"_s)));
    QCOMPARE(state(9), u"canceled"_s);
    QCOMPARE(DocumentRepository(*m_journal).find(9, u"boleta"_s)->state, u"void"_s);
}

void TestOrderLedger::unknownOutcomeIsOnlySentAgainUnchanged()
{
    auto l = ledger();
    QVERIFY(l.applyStoreOrder(order(10, u"paid"_s, true)));
    auto c = claim(l);
    // A 2xx Puente could not read: Bsale may have issued the factura.
    QVERIFY(l.refused(c, ApiError(ApiError::Kind::MalformedJson, u"bad body"_s, false)));
    QCOMPARE(state(10), u"failed"_s);
    QCOMPARE(DocumentRepository(*m_journal).find(10, u"factura"_s)->errorKind, u"UnreadableAnswer"_s);
    // Even asked to make it a boleta, Puente sends the same factura again (a second kind could
    // mean two documents), and a cancellation does not drop it.
    OrderBillingOverride billing;
    billing.kind = DocumentKind::Boleta;
    QVERIFY(l.editBilling(10, billing).ok);
    QVERIFY(l.applyStoreOrder(order(10, u"canceled"_s, true)));
    QCOMPARE(state(10), u"failed"_s);
    const auto r = l.retry(10);
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(state(10), u"emitting"_s);
    QVERIFY(!DocumentRepository(*m_journal).find(10, u"boleta"_s));
    const auto doc = DocumentRepository(*m_journal).find(10, u"factura"_s);
    QCOMPARE(doc->revision, 1);
    QCOMPARE(doc->state, u"planned"_s);
    c = claim(l);
    QCOMPARE(c.document->id, doc->id);
    QVERIFY(l.documentIssued(c, issued(77, 5), true));
    QCOMPARE(state(10), u"crediting"_s);
}

void TestOrderLedger::recoverRunningMakesJobsDueAgain()
{
    {
        auto l = ledger();
        QVERIFY(l.applyStoreOrder(order(11, u"paid"_s)));
        claim(l); // ... and the process dies
    }
    QCOMPARE(OutboxRepository(*m_journal).countInState(u"running"_s), 1);
    auto l = ledger();
    QVERIFY(!l.claimNextDue()); // running is not due
    QCOMPARE(l.recoverRunning(), std::optional<int>(1));
    QCOMPARE(DocumentRepository(*m_journal).find(11, u"boleta"_s)->state, u"planned"_s);
    const auto c = claim(l);
    QCOMPARE(c.job.attempts, 2);
    QCOMPARE(l.recoverRunning(), std::optional<int>(1));
    QCOMPARE(ledger().recoverRunning(), std::optional<int>(0));
}

void TestOrderLedger::creditNoteIsPlannedOnceAndCompleted()
{
    auto l = ledger();
    QVERIFY(l.applyStoreOrder(order(12, u"paid"_s)));
    auto c = claim(l);
    QVERIFY(l.documentIssued(c, issued(500, 40), false));
    QVERIFY(l.applyStoreOrder(order(12, u"canceled"_s)));
    QVERIFY(l.applyStoreOrder(order(12, u"canceled"_s))); // seen twice: one credit note
    QCOMPARE(state(12), u"crediting"_s);
    c = claim(l);
    QCOMPARE(c.job.kind, OrderLedger::kCreditNoteJob);
    QVERIFY(c.related);
    QCOMPARE(c.related->bsaleId, 500);
    CreditNotePlan plan;
    plan.referenceDocumentId = 500;
    plan.salesId = c.document->salesId;
    plan.lines = {{1, 2, u"Polera"_s}};
    QVERIFY(l.creditNotePlanned(c, plan));
    BsaleReturn ret;
    ret.id = 71;
    ret.creditNoteId = 11539;
    ret.amount = 19980;
    QVERIFY(l.returnCreated(c, ret));
    BsaleDocument nc = issued(11539, 9);
    QVERIFY(l.creditNoteIssued(c, nc));
    QCOMPARE(state(12), u"credited"_s);
    const auto note = DocumentRepository(*m_journal).find(12, u"credit_note"_s);
    QCOMPARE(note->bsaleId, 71);
    QCOMPARE(note->creditNoteDocumentId, 11539);
    QCOMPARE(note->bsaleNumber, 9);
    QCOMPARE(CreditNotePlan::fromJson(note->plan)->referenceDocumentId, 500);
    QVERIFY(l.applyStoreOrder(order(12, u"canceled"_s)));
    QCOMPARE(l.pendingJobs(), 0);
}

void TestOrderLedger::manualEmissionHoldsUntilIssued()
{
    m_settings.emission = OrderSettings::Emission::Manual;
    auto l = ledger();
    QVERIFY(l.applyStoreOrder(order(13, u"paid"_s)));
    QCOMPARE(state(13), u"manual"_s);
    QCOMPARE(l.pendingJobs(), 0);
    QVERIFY(!l.issue(99).ok);
    QVERIFY(l.issue(13).ok);
    QCOMPARE(state(13), u"emitting"_s);
    QCOMPARE(l.pendingJobs(), 1);
}

void TestOrderLedger::unlinkedLineIsHeldWithItsReasons()
{
    auto l = ledger();
    StoreOrder o = order(14, u"paid"_s);
    o.lines.first().storeProductId = u"777"_s; // nobody linked it
    QVERIFY(l.applyStoreOrder(o));
    QCOMPARE(state(14), u"refused"_s);
    const auto record = OrderRepository(*m_journal).find(14);
    QCOMPARE(record->holdReason, u"UnlinkedProduct"_s);
    QCOMPARE(record->holdDetails.size(), 1);
    QVERIFY(!record->lastError.isEmpty());
    QVERIFY(!l.retry(14).message.isEmpty()); // still unlinked: stays held, says why
    QCOMPARE(state(14), u"refused"_s);
    QSqlQuery q(m_journal->database());
    QVERIFY(q.exec(u"UPDATE links SET store_product_id = 777"_s));
    QVERIFY(l.retry(14).ok);
    QCOMPARE(state(14), u"emitting"_s);
}

void TestOrderLedger::zeroValueOrderNeedsNoDocument()
{
    auto l = ledger();
    StoreOrder o = order(15, u"paid"_s);
    o.lines.first().discount = 19980;
    o.total = 0;
    QVERIFY(l.applyStoreOrder(o));
    QCOMPARE(state(15), u"no_document"_s);
    QCOMPARE(l.pendingJobs(), 0);
}

void TestOrderLedger::inboxListsWhatNeedsAPerson()
{
    auto l = ledger();
    QVERIFY(l.applyStoreOrder(order(20, u"paid"_s)));
    auto c = claim(l);
    QVERIFY(l.refused(c, outOfFolios()));
    QVERIFY(l.applyStoreOrder(order(21, u"paid"_s)));
    c = claim(l);
    QVERIFY(l.retryLater(c, ApiError::fromHttpStatus(429, {}), 5000));
    StoreOrder unlinked = order(22, u"paid"_s);
    unlinked.lines.first().storeProductId = u"404"_s;
    QVERIFY(l.applyStoreOrder(unlinked));
    QVERIFY(l.applyStoreOrder(order(23, u"pending_payment"_s)));

    const auto entries = DocumentInbox(*m_journal).entries();
    QCOMPARE(entries.size(), 3);
    QHash<qint64, DocumentInboxEntry> byOrder;
    for (const auto &e : entries)
        byOrder.insert(e.orderId, e);
    QCOMPARE(byOrder.value(20).category, DocumentInboxEntry::Category::Failed);
    QCOMPARE(byOrder.value(20).serverMessage, u"does not have numbers available, check sii caf"_s);
    QCOMPARE(byOrder.value(20).attempts, 1);
    QCOMPARE(byOrder.value(21).category, DocumentInboxEntry::Category::Retrying);
    QCOMPARE(byOrder.value(21).reason, u"RateLimited"_s);
    QCOMPARE(byOrder.value(21).nextAttemptAt, m_clock.nowUtc().toMSecsSinceEpoch() + 5000);
    QCOMPARE(byOrder.value(22).category, DocumentInboxEntry::Category::Held);
    QCOMPARE(byOrder.value(22).documentId, 0);
    QVERIFY(!byOrder.contains(23));
    QCOMPARE(byOrder.value(20).toJson().value(u"category"_s).toString(), u"failed"_s);
}

void TestOrderLedger::recheckBudgetIsShared()
{
    auto l = ledger();
    for (int id = 1; id <= 30; ++id)
        QVERIFY(l.applyStoreOrder(order(id, u"pending_payment"_s), id));
    for (int id = 31; id <= 60; ++id) {
        QVERIFY(l.applyStoreOrder(order(id, u"paid"_s), id));
        QVERIFY(l.documentIssued(claim(l), issued(id, id), false));
    }
    const auto first = l.ordersToRecheck(20);
    QCOMPARE(first.size(), 20);
    QCOMPARE(std::count_if(first.cbegin(), first.cend(), [](qint64 id) { return id <= 30; }), 10);
    // Read ones go to the back of their group.
    m_clock.advance(1000);
    QVERIFY(l.markChecked(first));
    const auto second = l.ordersToRecheck(20);
    for (const qint64 id : second)
        QVERIFY2(!first.contains(id), qPrintable(QString::number(id)));
}

QTEST_GUILESS_MAIN(TestOrderLedger)
#include "tst_orderledger.moc"
