#include "sync/Outbox.h"

#include "base/Clock.h"
#include "base/Logging.h"
#include "billing/CreditNotePlanner.h"
#include "connectors/bsale/BsaleClient.h"
#include "connectors/bsale/BsaleError.h"
#include "connectors/jumpseller/JumpsellerClient.h"
#include "sync/OrderSnapshot.h"
#include "sync/OrderState.h"
#include "sync/OutboxRequests.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

const QString kCreditNoteKind = documentkind::key(DocumentKind::CreditNote);

PlanRefusal refusalOf(qint64 orderId, const QString &es, const QString &en)
{
    PlanIssue issue;
    issue.code = PlanIssue::Code::NothingToCredit;
    issue.messageEs = es;
    issue.messageEn = en;
    return PlanRefusal {QString::number(orderId), {issue}};
}

QString documentLine(const DocumentRecord &d)
{
    const auto kind = documentkind::fromKey(d.kind).value_or(DocumentKind::Boleta);
    const QString url = d.urlPublicView.isEmpty() ? d.urlPdf : d.urlPublicView;
    return u"%1 N° %2: %3"_s.arg(documentkind::displayName(kind)).arg(d.bsaleNumber).arg(url);
}

} // namespace

Outbox::Outbox(OrderLedger &ledger, BsaleClient &bsale, JumpsellerClient *store, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_bsale(bsale)
    , m_store(store)
    , m_clock(clock)
{ }

Outbox::~Outbox() = default;

void Outbox::start()
{
    m_ledger.recoverRunning();
    kick();
}

void Outbox::kick()
{
    if (!m_busy)
        continueLater();
}

void Outbox::continueLater()
{
    // Always on a later turn: callers may be inside a ledger callback or a client callback.
    if (m_continuePosted)
        return;
    m_continuePosted = true;
    m_clock.schedule(0, this, [this] {
        m_continuePosted = false;
        processNext();
    });
}

qint64 Outbox::backoffMs(int attempts, const ApiError &error) const
{
    const auto &s = m_ledger.settings();
    qint64 delay = s.retryBaseMs;
    for (int i = 1; i < attempts && delay < s.retryMaxMs; ++i)
        delay *= 2;
    delay = std::min(delay, s.retryMaxMs);
    if (error.retryAfterMs() > delay)
        delay = error.retryAfterMs(); // the server knows best when it will take requests again
    return delay;
}

void Outbox::scheduleWake()
{
    const auto due = m_ledger.nextDueAt();
    if (!due)
        return;
    if (m_wakeAt >= 0 && m_wakeAt <= *due)
        return; // an earlier (or the same) wake-up is already set
    m_wakeAt = *due;
    const quint64 generation = ++m_wakeGeneration;
    m_clock.schedule(std::max<qint64>(0, *due - m_ledger.nowMs()), this, [this, generation] {
        if (generation != m_wakeGeneration)
            return;
        m_wakeAt = -1;
        kick();
    });
}

void Outbox::processNext()
{
    if (m_busy)
        return;
    const auto claimed = m_ledger.claimNextDue();
    if (!claimed) {
        scheduleWake();
        Q_EMIT idle();
        return;
    }
    m_busy = true;
    const QString &kind = claimed->job.kind;
    if (!claimed->document) {
        m_ledger.jobAbandoned(*claimed, u"its document row is missing"_s);
        finish(*claimed, OutboxOutcome::Result::Abandoned, 0, false, u"document row missing"_s);
    } else if (kind == OrderLedger::kDocumentJob) {
        sendDocument(*claimed);
    } else if (kind == OrderLedger::kCreditNoteJob) {
        sendCreditNote(*claimed);
    } else if (kind == OrderLedger::kWriteBackJob) {
        writeBack(*claimed);
    } else {
        m_ledger.jobAbandoned(*claimed, u"unknown job kind "_s + kind);
        finish(*claimed, OutboxOutcome::Result::Abandoned, 0, false, u"unknown job kind"_s);
    }
}

void Outbox::finish(const Claimed &claimed, OutboxOutcome::Result result, qint64 folio, bool replayed,
                    const QString &error)
{
    OutboxOutcome outcome;
    outcome.jobId = claimed.job.id;
    outcome.jobKind = claimed.job.kind;
    outcome.documentId = claimed.job.documentId;
    if (claimed.document) {
        outcome.orderId = claimed.document->orderId;
        outcome.documentKind = claimed.document->kind;
    }
    outcome.result = result;
    outcome.folio = folio;
    outcome.replayed = replayed;
    outcome.error = error;
    m_busy = false;
    Q_EMIT jobFinished(outcome);
    continueLater();
}

void Outbox::failed(const Claimed &claimed, const ApiError &error)
{
    // Passing trouble is retried for as long as it lasts. An answer Puente could not read may
    // hide a document Bsale did make: sending the same salesId again is how to find out, a few
    // times, before a person is asked to look.
    const bool outcomeUnknown = !OrderLedger::isDefinitiveRefusal(BsaleError::kindName(BsaleError::classify(error)));
    if (BsaleError::isRetryable(error) || error.kind() == ApiError::Kind::Canceled
        || (outcomeUnknown && claimed.job.attempts < kMaxUnknownOutcomeAttempts)) {
        const qint64 delay = backoffMs(claimed.job.attempts, error);
        qCInfo(lcSync).noquote() << "outbox: job" << claimed.job.id << claimed.job.kind << "will retry in" << delay
                                 << "ms:" << error.toString();
        m_ledger.retryLater(claimed, error, delay);
        finish(claimed, OutboxOutcome::Result::Rescheduled, 0, false, error.toString());
        return;
    }
    qCWarning(lcSync).noquote() << "outbox: job" << claimed.job.id << claimed.job.kind
                                << "refused:" << error.toString();
    m_ledger.refused(claimed, error);
    finish(claimed, OutboxOutcome::Result::Failed, 0, false, error.toString());
}

// --- boleta / factura ------------------------------------------------------------------------

void Outbox::sendDocument(const Claimed &claimed)
{
    QString why;
    const auto plan = DocumentPlan::fromJson(claimed.document->plan, &why);
    if (!plan) {
        m_ledger.refusedByPlanner(claimed,
                                  refusalOf(claimed.document->orderId, u"El plan guardado está dañado: "_s + why,
                                            u"The stored plan is damaged: "_s + why));
        finish(claimed, OutboxOutcome::Result::Failed, 0, false, why);
        return;
    }
    const auto request = OutboxRequests::document(*plan, OutboxRequests::emissionDate(m_clock.nowUtc()),
                                                  m_ledger.settings().paymentTypeId);
    m_bsale.createDocument(request, this, [this, claimed](const ApiResult<BsaleCreated<BsaleDocument>> &r) {
        if (!r.ok())
            return failed(claimed, r.error());
        const BsaleDocument &doc = r.value().value;
        m_ledger.documentIssued(claimed, doc, !r.value().created);
        finish(claimed, OutboxOutcome::Result::Issued, doc.number, !r.value().created);
    });
}

// --- credit note -----------------------------------------------------------------------------

void Outbox::sendCreditNote(const Claimed &claimed)
{
    const DocumentRecord &note = *claimed.document;
    if (note.bsaleId > 0) // the return exists (an earlier attempt): only its folio is missing
        return readCreditNote(claimed, int(note.creditNoteDocumentId));
    if (!note.plan.isEmpty()) {
        if (const auto plan = CreditNotePlan::fromJson(note.plan))
            return postReturn(claimed, *plan);
    }
    planCreditNote(claimed);
}

void Outbox::planCreditNote(const Claimed &claimed)
{
    const qint64 orderId = claimed.document->orderId;
    if (!claimed.related || claimed.related->bsaleId <= 0) {
        m_ledger.refusedByPlanner(
            claimed,
            refusalOf(orderId,
                      u"El documento original se emitió a mano sin su id de Bsale: emita la nota de crédito "
                      "a mano y márquela como emitida."_s,
                      u"The original document was issued by hand without its Bsale id: issue the credit "
                      "note by hand and mark it issued."_s));
        finish(claimed, OutboxOutcome::Result::Failed, 0, false, u"original without Bsale id"_s);
        return;
    }
    m_bsale.document(
        int(claimed.related->bsaleId), this,
        [this, claimed](const ApiResult<BsaleDocument> &r) {
            if (!r.ok())
                return failed(claimed, r.error());
            const auto originalPlan = DocumentPlan::fromJson(claimed.related->plan).value_or(DocumentPlan {});
            const IssuedDocument issued = OutboxRequests::issued(r.value(), originalPlan);
            const auto order = claimed.order ? OrderSnapshot::fromJson(claimed.order->snapshot) : std::nullopt;
            StoreOrder base = order.value_or(StoreOrder {});
            base.orderId = QString::number(claimed.document->orderId);
            const auto planned = CreditNotePlanner::plan(issued, base, m_ledger.settings().creditNoteContext());
            if (const auto *refusal = std::get_if<PlanRefusal>(&planned)) {
                m_ledger.refusedByPlanner(claimed, *refusal);
                finish(claimed, OutboxOutcome::Result::Failed, 0, false, refusal->summaryEn());
                return;
            }
            const auto &plan = std::get<CreditNotePlan>(planned);
            // Frozen before it is sent: a retry sends exactly this return.
            if (!m_ledger.creditNotePlanned(claimed, plan)) {
                failed(claimed, ApiError(ApiError::Kind::Canceled, u"journal refused the credit note plan"_s, true));
                return;
            }
            postReturn(claimed, plan);
        },
        ApiRequest::Priority::Urgent);
}

void Outbox::postReturn(const Claimed &claimed, const CreditNotePlan &plan)
{
    const auto request = OutboxRequests::creditNote(plan, OutboxRequests::emissionDate(m_clock.nowUtc()));
    m_bsale.createReturn(request, this, [this, claimed](const ApiResult<BsaleCreated<BsaleReturn>> &r) {
        if (!r.ok())
            return failed(claimed, r.error());
        m_ledger.returnCreated(claimed, r.value().value);
        readCreditNote(claimed, r.value().value.creditNoteId);
    });
}

void Outbox::readCreditNote(const Claimed &claimed, int creditNoteId)
{
    if (creditNoteId <= 0) {
        m_ledger.creditNoteIssued(claimed, std::nullopt);
        finish(claimed, OutboxOutcome::Result::Issued);
        return;
    }
    m_bsale.document(
        creditNoteId, this,
        [this, claimed](const ApiResult<BsaleDocument> &r) {
            if (!r.ok() && BsaleError::isRetryable(r.error()))
                return failed(claimed, r.error()); // the return is stored: the retry only reads
            // The note exists even if it cannot be read: never leave it pending for that.
            m_ledger.creditNoteIssued(claimed, r.ok() ? std::optional<BsaleDocument>(r.value()) : std::nullopt);
            finish(claimed, OutboxOutcome::Result::Issued, r.ok() ? r.value().number : 0);
        },
        ApiRequest::Priority::Urgent);
}

// --- write-back ------------------------------------------------------------------------------

void Outbox::writeBack(const Claimed &claimed)
{
    if (!m_store) {
        m_ledger.jobDone(claimed);
        finish(claimed, OutboxOutcome::Result::Done);
        return;
    }
    const auto giveUpOrRetry = [this, claimed](const ApiError &error) {
        if (error.retryable() && claimed.job.attempts < OrderLedger::kMaxWriteBackAttempts) {
            m_ledger.retryLater(claimed, error, backoffMs(claimed.job.attempts, error));
            finish(claimed, OutboxOutcome::Result::Rescheduled, 0, false, error.toString());
        } else {
            m_ledger.jobAbandoned(claimed, error.toString());
            finish(claimed, OutboxOutcome::Result::Abandoned, 0, false, error.toString());
        }
    };
    const qint64 orderId = claimed.document->orderId;
    const QString line = documentLine(*claimed.document);
    m_store->order(this, orderId, [this, claimed, orderId, line, giveUpOrRetry](ApiResult<JumpsellerOrder> r) {
        if (!r.ok())
            return giveUpOrRetry(r.error());
        const QString current = r.value().additionalInformation;
        if (current.contains(line)) { // an earlier attempt got there
            m_ledger.jobDone(claimed);
            return finish(claimed, OutboxOutcome::Result::Done);
        }
        JumpsellerOrderChanges changes;
        changes.additionalInformation = current.isEmpty() ? line : current + u'\n' + line;
        m_store->updateOrder(this, orderId, changes, [this, claimed, giveUpOrRetry](ApiResult<JumpsellerOrder> u) {
            if (!u.ok())
                return giveUpOrRetry(u.error());
            m_ledger.jobDone(claimed);
            finish(claimed, OutboxOutcome::Result::Done);
        });
    });
}

} // namespace puente
