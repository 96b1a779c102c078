#include "sync/OrderLedger.h"

#include "base/Clock.h"
#include "base/Logging.h"
#include "billing/DocumentKindResolver.h"
#include "billing/DocumentPlanner.h"
#include "billing/SalesId.h"
#include "connectors/bsale/BsaleError.h"
#include "connectors/bsale/BsaleErrorExplainer.h"
#include "journal/Journal.h"
#include "journal/WriteTransaction.h"
#include "sync/OrderSnapshot.h"
#include "sync/OrderTransitions.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtSql/QSqlDatabase>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

using Order = OrderState::Order;
using DocState = OrderState::Document;
using Command = OrderCommandResult::Command;

const QString kCreditNoteKind = documentkind::key(DocumentKind::CreditNote);
const QString kManualReason = u"manual"_s;

bool isState(const DocumentRecord &d, DocState state)
{
    return d.state == OrderState::key(state);
}

OrderCommandResult result(Command command, qint64 orderId, bool ok, const QString &message, int affected = 0)
{
    OrderCommandResult r;
    r.command = command;
    r.orderId = orderId;
    r.ok = ok;
    r.affected = ok && affected == 0 ? 1 : affected;
    r.message = message;
    return r;
}

void clearError(DocumentRecord &d)
{
    d.lastError.clear();
    d.errorKind.clear();
    d.errorTitle.clear();
    d.errorExplanation.clear();
    d.serverMessage.clear();
}

/** The document exists now (`by` "bsale" or "hand"): emitted, any earlier error gone. */
void markEmitted(DocumentRecord &d, const QString &by, qint64 nowMs)
{
    d.state = OrderState::key(DocState::Emitted);
    d.issuedBy = by;
    d.emittedAt = nowMs;
    d.updatedAt = nowMs;
    clearError(d);
}

/** What Bsale says of a document it issued: folio, links, amounts. */
void takeIssued(DocumentRecord &d, const BsaleDocument &issued)
{
    d.bsaleNumber = issued.number;
    d.urlPdf = issued.urlPdf;
    d.urlPublicView = issued.urlPublicView;
    d.netAmount = issued.netAmount;
    d.taxAmount = issued.taxAmount;
    d.totalAmount = issued.totalAmount;
}

void explain(DocumentRecord &d, const ApiError &error)
{
    const BsaleExplanation e = BsaleErrorExplainer::explain(error);
    d.lastError = error.toString();
    d.errorKind = BsaleError::kindName(e.kind);
    d.errorTitle = e.title;
    d.errorExplanation = e.explanation;
    d.serverMessage = error.serverMessage();
}

QJsonArray issuesJson(const QList<PlanIssue> &issues)
{
    QJsonArray out;
    for (const auto &issue : issues)
        out.append(issue.toJson());
    return out;
}

} // namespace

OrderLedger::OrderLedger(const Journal &journal, Clock &clock, OrderSettings settings)
    : m_journal(journal)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_orders(journal)
    , m_documents(journal)
    , m_outbox(journal)
    , m_links(journal)
    , m_events(journal)
{ }

bool OrderLedger::log(EventLevel level, const QString &message, const QJsonObject &details) const
{
    const QString json = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    return m_events.append(level, u"orders"_s, message, json).has_value();
}

qint64 OrderLedger::nowMs() const
{
    return m_clock.nowUtc().toMSecsSinceEpoch();
}

bool OrderLedger::isDefinitiveRefusal(const QString &kind)
{
    // Outcome unknown: the request may have been carried out before the trouble.
    static const QStringList unknown {
        BsaleError::kindName(BsaleError::Kind::Unreachable), BsaleError::kindName(BsaleError::Kind::RateLimited),
        BsaleError::kindName(BsaleError::Kind::ServerError), BsaleError::kindName(BsaleError::Kind::UnreadableAnswer),
        BsaleError::kindName(BsaleError::Kind::Canceled),
    };
    return !unknown.contains(kind);
}

bool OrderLedger::inTransaction(const char *what, const std::function<bool()> &body)
{
    m_scheduledInTransaction = false;
    bool committed = false;
    {
        WriteTransaction transaction(m_journal.database());
        if (!transaction.isActive()) {
            qCWarning(lcSync).noquote() << "orders:" << what
                                        << "could not start a transaction:" << transaction.errorText();
            return false;
        }
        if (!body()) {
            qCWarning(lcSync) << "orders:" << what << "failed; rolled back";
            return false;
        }
        committed = transaction.commit();
        if (!committed)
            qCWarning(lcSync).noquote() << "orders:" << what << "commit failed:" << transaction.errorText();
    }
    if (committed && m_scheduledInTransaction)
        notifyScheduled();
    return committed;
}

void OrderLedger::notifyScheduled()
{
    if (m_jobsScheduled)
        m_jobsScheduled();
}

void OrderLedger::setState(OrderRecord &record, Order state) const
{
    record.pipelineState = OrderState::key(state);
    record.updatedAt = nowMs();
    if (!OrderState::needsAttention(state)) {
        record.holdReason.clear();
        record.holdDetails = {};
        record.lastError.clear();
    }
}

// --- store side ------------------------------------------------------------------------------

std::optional<qint64> OrderLedger::cursor() const
{
    const auto value = m_orders.cursor(kCursorName);
    if (!value)
        return std::nullopt;
    bool ok = false;
    const qint64 id = value->toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

bool OrderLedger::setCursor(qint64 lastOrderId) const
{
    return m_orders.setCursor(kCursorName, QString::number(lastOrderId), nowMs());
}

bool OrderLedger::applyStoreOrder(const StoreOrder &order, std::optional<qint64> advanceCursorTo, bool *changed)
{
    bool idOk = false;
    const qint64 id = order.orderId.toLongLong(&idOk);
    if (!idOk)
        return false;
    if (changed)
        *changed = true;
    // Re-reading an order that did not change needs no write (and no fsync): with the same
    // status the state machine has nothing to do; the caller batches the "checked" times.
    if (!advanceCursorTo) {
        const auto stored = m_orders.find(id);
        if (stored && stored->status == order.status && stored->snapshot == OrderSnapshot::toJson(order)) {
            if (changed)
                *changed = false;
            return true;
        }
    }
    return inTransaction("apply store order", [&]() {
        const qint64 now = nowMs();
        auto found = m_orders.find(id);
        const std::optional<Order> current = found ? OrderState::orderFromKey(found->pipelineState) : std::nullopt;
        OrderRecord record = found.value_or(OrderRecord {});
        if (!found) {
            record.orderId = id;
            record.firstSeenAt = now;
            record.pipelineState = OrderState::key(Order::Waiting);
        }
        record.status = order.status;
        record.snapshot = OrderSnapshot::toJson(order);
        record.total = order.total;
        record.checkedAt = now;
        record.updatedAt = now;
        // Saved first: documents and jobs reference the row (foreign keys).
        if (!m_orders.save(record))
            return false;

        const auto status = OrderTransitions::storeStatus(order.status);
        const bool started = current && (*current == Order::Emitting || *current == Order::Failed) && sendStarted(id);
        const auto decision = OrderTransitions::onStatus(current, status, started);
        bool ok = true;
        switch (decision.action) {
        case OrderTransitions::Action::Keep:
            break;
        case OrderTransitions::Action::Wait:
            setState(record, Order::Waiting);
            break;
        case OrderTransitions::Action::Plan:
            if (m_settings.emission == OrderSettings::Emission::Manual) {
                setState(record, Order::Manual);
                record.holdReason = kManualReason;
                record.lastError = u"Emisión manual: el documento espera su orden de emitir."_s;
            } else {
                ok = planOrder(record, false);
            }
            break;
        case OrderTransitions::Action::Close:
            ok = closeOrder(record, *decision.next);
            break;
        case OrderTransitions::Action::Credit:
            ok = startCreditNote(record);
            break;
        }
        if (!ok || !m_orders.save(record))
            return false;
        return !advanceCursorTo || setCursor(*advanceCursorTo);
    });
}

bool OrderLedger::markChecked(const QList<qint64> &orderIds)
{
    if (orderIds.isEmpty())
        return true;
    return inTransaction("mark checked", [&]() {
        const qint64 now = nowMs();
        for (const qint64 id : orderIds) {
            auto record = m_orders.find(id);
            if (!record)
                continue;
            record->checkedAt = now;
            if (!m_orders.save(*record))
                return false;
        }
        return true;
    });
}

QList<qint64> OrderLedger::ordersToRecheck(int budget) const
{
    // One budget of store reads per cycle, shared so that no group starves the others: unpaid
    // orders first (a payment is what must be billed promptly), then those in the pipeline
    // (a cancellation before sending saves a document), then issued ones (a cancellation means
    // a credit note). Each group least recently read first.
    QList<qint64> ids;
    const auto take = [&ids](const QList<OrderRecord> &records) {
        for (const auto &record : records)
            ids.append(record.orderId);
    };
    take(m_orders.dueForRecheck({OrderState::key(Order::Waiting)}, 0, std::max(1, budget / 2)));
    take(m_orders.dueForRecheck(OrderState::keys({Order::Manual, Order::Refused, Order::Failed, Order::Emitting}), 0,
                                std::max(1, budget / 4)));
    const qint64 since = nowMs() - qint64(m_settings.recheckDays) * 24 * 3600 * 1000;
    take(m_orders.dueForRecheck({OrderState::key(Order::Documented)}, since, std::max(1, budget - int(ids.size()))));
    return ids;
}

bool OrderLedger::knowsOrder(qint64 orderId) const
{
    return m_orders.find(orderId).has_value();
}

// --- planning --------------------------------------------------------------------------------

QList<DocumentRecord> OrderLedger::saleDocuments(qint64 orderId) const
{
    QList<DocumentRecord> out = m_documents.forOrder(orderId);
    out.removeIf([](const DocumentRecord &d) { return d.kind == kCreditNoteKind; });
    return out;
}

bool OrderLedger::mayExistInBsale(const DocumentRecord &d) const
{
    if (isState(d, DocState::Emitted) || isState(d, DocState::Sending))
        return true;
    if (isState(d, DocState::Failed))
        return !isDefinitiveRefusal(d.errorKind);
    if (isState(d, DocState::Planned)) {
        const auto job = m_outbox.forDocument(d.id, kDocumentJob);
        return job && (job->attempts > 0 || job->state == u"running"_s);
    }
    return false;
}

bool OrderLedger::sendStarted(qint64 orderId) const
{
    const auto docs = saleDocuments(orderId);
    return std::any_of(docs.cbegin(), docs.cend(), [this](const DocumentRecord &d) { return mayExistInBsale(d); });
}

std::optional<StoreOrder> OrderLedger::billingOrder(const OrderRecord &record) const
{
    auto order = OrderSnapshot::fromJson(record.snapshot);
    if (!order)
        return std::nullopt;
    if (!record.billingOverride.isEmpty())
        order = OrderBillingOverride::fromJson(record.billingOverride).applyTo(*order, m_settings.fields);
    return order;
}

bool OrderLedger::planOrder(OrderRecord &record, bool explicitAction)
{
    const QList<DocumentRecord> docs = saleDocuments(record.orderId);
    for (const auto &d : docs) {
        if (isState(d, DocState::Emitted))
            return finishEmitted(record, d);
        // Bsale may already have this one: only ever send it again unchanged.
        if (mayExistInBsale(d))
            return resendUnchanged(record, d);
    }
    const auto order = billingOrder(record);
    if (!order) {
        PlanIssue issue;
        issue.code = PlanIssue::Code::InvalidLine;
        issue.messageEs = u"La copia guardada de la orden está dañada; vuelva a leerla desde la tienda."_s;
        issue.messageEn = u"The stored copy of the order is damaged; read it again from the store."_s;
        return holdRefused(record, PlanRefusal {QString::number(record.orderId), {issue}});
    }
    const PlannerContext context = m_settings.plannerContext(m_links.function());
    // An explicit retry after a definitive refusal re-plans from the refused plan (revision + 1).
    std::optional<DocumentPlan> previous;
    if (explicitAction) {
        for (const auto &d : docs) {
            if (isState(d, DocState::Failed) && !previous)
                previous = DocumentPlan::fromJson(d.plan);
        }
    }
    const auto planned =
        previous ? DocumentPlanner::replan(*previous, *order, context) : DocumentPlanner::plan(*order, context);
    if (const auto *refusal = std::get_if<PlanRefusal>(&planned)) {
        if (refusal->needsNoDocument()) {
            setState(record, Order::NoDocument);
            return true;
        }
        return holdRefused(record, *refusal);
    }
    return storePlan(record, std::get<DocumentPlan>(planned));
}

bool OrderLedger::holdRefused(OrderRecord &record, const PlanRefusal &refusal) const
{
    setState(record, Order::Refused);
    record.holdReason = refusal.issues.isEmpty() ? u"Refused"_s : PlanIssue::codeName(refusal.issues.first().code);
    record.holdDetails = issuesJson(refusal.issues);
    record.lastError = refusal.summaryEs();
    return log(EventLevel::Warning, u"Orden %1 retenida: %2"_s.arg(record.orderId).arg(record.lastError),
               {{u"order"_s, record.orderId}, {u"reason"_s, record.holdReason}});
}

bool OrderLedger::storePlan(OrderRecord &record, const DocumentPlan &plan)
{
    const QString kind = documentkind::key(plan.kind);
    // A replan that chose another kind leaves the old one behind, never issued.
    for (const auto &d : saleDocuments(record.orderId)) {
        if (d.kind != kind && (isState(d, DocState::Failed) || isState(d, DocState::Planned))) {
            if (!supersede(d, DocState::Superseded))
                return false;
        }
    }
    const qint64 now = nowMs();
    DocumentRecord doc = m_documents.find(record.orderId, kind).value_or(DocumentRecord {});
    doc.orderId = record.orderId;
    doc.kind = kind;
    doc.salesId = plan.salesId;
    doc.state = OrderState::key(DocState::Planned);
    doc.plan = plan.toJson();
    doc.revision = plan.revision;
    doc.updatedAt = now;
    clearError(doc);
    if (doc.id == 0) {
        doc.createdAt = now;
        const auto id = m_documents.insert(doc);
        if (!id)
            return false;
        doc.id = *id;
    } else if (!m_documents.update(doc)) {
        return false;
    }
    if (!scheduleJob(kDocumentJob, doc))
        return false;
    setState(record, Order::Emitting);
    return true;
}

bool OrderLedger::resendUnchanged(OrderRecord &record, DocumentRecord document)
{
    const auto job = m_outbox.forDocument(document.id, kDocumentJob);
    if (job && job->state == u"running"_s) {
        setState(record, Order::Emitting);
        return true; // an attempt is on its way right now
    }
    document.state = OrderState::key(DocState::Planned);
    document.updatedAt = nowMs();
    clearError(document);
    if (!m_documents.update(document))
        return false;
    // Same key, same frozen plan: Bsale answers a repeat with the document it already made.
    if (!scheduleJob(kDocumentJob, document))
        return false;
    setState(record, Order::Emitting);
    return true;
}

bool OrderLedger::scheduleJob(const QString &kind, const DocumentRecord &document)
{
    OutboxJob job;
    job.kind = kind;
    job.payload = QJsonObject {{u"document"_s, document.id}, {u"order"_s, document.orderId}};
    job.idempotencyKey = kind + u':' + document.salesId;
    job.nextAttemptAt = nowMs();
    job.documentId = document.id;
    job.createdAt = nowMs();
    if (!m_outbox.schedule(job))
        return false;
    m_scheduledInTransaction = true;
    return true;
}

bool OrderLedger::supersede(DocumentRecord document, DocState state)
{
    if (const auto job = m_outbox.forDocument(document.id, kDocumentJob); job && job->state == u"pending"_s) {
        if (!m_outbox.cancel(job->id, nowMs()))
            return false;
    }
    document.state = OrderState::key(state);
    document.updatedAt = nowMs();
    return m_documents.update(document);
}

bool OrderLedger::closeOrder(OrderRecord &record, Order next)
{
    // Only documents Bsale cannot have get here (OrderTransitions): drop them.
    for (const auto &d : saleDocuments(record.orderId)) {
        if (isState(d, DocState::Planned) || isState(d, DocState::Failed)) {
            if (!supersede(d, DocState::Void))
                return false;
        }
    }
    setState(record, next);
    return true;
}

bool OrderLedger::startCreditNote(OrderRecord &record)
{
    std::optional<DocumentRecord> original;
    for (const auto &d : saleDocuments(record.orderId)) {
        if (isState(d, DocState::Emitted))
            original = d;
    }
    if (!original) {
        setState(record, Order::Canceled);
        return true;
    }
    auto note = m_documents.find(record.orderId, kCreditNoteKind);
    if (note && isState(*note, DocState::Emitted)) {
        setState(record, Order::Credited);
        return true;
    }
    if (!note) {
        const qint64 now = nowMs();
        DocumentRecord created;
        created.orderId = record.orderId;
        created.kind = kCreditNoteKind;
        created.salesId =
            SalesId::forOrder(m_settings.storeCode, QString::number(record.orderId), DocumentKind::CreditNote);
        created.state = OrderState::key(DocState::Planned);
        created.relatedDocumentId = original->id;
        created.createdAt = now;
        created.updatedAt = now;
        const auto id = m_documents.insert(created);
        if (!id)
            return false;
        created.id = *id;
        note = created;
        if (!scheduleJob(kCreditNoteJob, *note))
            return false;
    }
    setState(record, Order::Crediting);
    return true;
}

bool OrderLedger::finishEmitted(OrderRecord &record, const DocumentRecord &document)
{
    const auto decision = OrderTransitions::onEmitted(OrderTransitions::storeStatus(record.status));
    if (decision.action == OrderTransitions::Action::Credit)
        return startCreditNote(record);
    setState(record, Order::Documented);
    if (m_settings.writeBack && document.issuedBy == u"bsale"_s)
        return scheduleJob(kWriteBackJob, document);
    return true;
}

// --- inbox commands --------------------------------------------------------------------------

OrderCommandResult OrderLedger::retry(qint64 orderId)
{
    OrderCommandResult out =
        result(Command::Retry, orderId, false, u"La orden %1 no está en el diario."_s.arg(orderId));
    inTransaction("retry", [&]() {
        auto record = m_orders.find(orderId);
        if (!record)
            return true;
        const auto outcome = retryLocked(*record);
        if (!outcome) {
            out = result(Command::Retry, orderId, false, u"No se pudo guardar el nuevo intento."_s);
            return false; // rolled back
        }
        out = *outcome;
        return !out.ok || m_orders.save(*record);
    });
    return out;
}

std::optional<OrderCommandResult> OrderLedger::retryLocked(OrderRecord &record)
{
    const qint64 id = record.orderId;
    const auto state = OrderState::orderFromKey(record.pipelineState);
    const auto fail = [id](const QString &message) { return result(Command::Retry, id, false, message); };
    if (!state)
        return fail(u"Estado desconocido."_s);
    switch (*state) {
    case Order::Refused:
    case Order::Failed:
    case Order::Manual:
        if (!planOrder(record, true))
            return std::nullopt;
        return result(Command::Retry, id, true,
                      record.pipelineState == OrderState::key(Order::Refused)
                          ? u"Sigue retenida: %1"_s.arg(record.lastError)
                          : u"Se volverá a emitir el documento."_s);
    case Order::Emitting:
    case Order::Crediting: {
        const QString kind = *state == Order::Emitting ? kDocumentJob : kCreditNoteJob;
        for (const auto &d : m_documents.forOrder(id)) {
            const auto job = m_outbox.forDocument(d.id, kind);
            if (job && job->state == u"pending"_s) {
                if (!m_outbox.reschedule(job->id, nowMs(), job->lastError, nowMs()))
                    return std::nullopt;
                m_scheduledInTransaction = true;
                return result(Command::Retry, id, true, u"Se reintentará ahora."_s);
            }
        }
        return fail(u"El documento ya se está enviando."_s);
    }
    case Order::CreditFailed: {
        auto note = m_documents.find(id, kCreditNoteKind);
        if (!note)
            return fail(u"No hay nota de crédito que reintentar."_s);
        // A definitive refusal (or one of the planner's) created nothing: plan it afresh.
        if (isDefinitiveRefusal(note->errorKind))
            note->plan = {};
        note->state = OrderState::key(DocState::Planned);
        note->updatedAt = nowMs();
        clearError(*note);
        if (!m_documents.update(*note) || !scheduleJob(kCreditNoteJob, *note))
            return std::nullopt;
        setState(record, Order::Crediting);
        return result(Command::Retry, id, true, u"Se volverá a emitir la nota de crédito."_s);
    }
    default:
        return fail(u"La orden no tiene documentos pendientes."_s);
    }
}

OrderCommandResult OrderLedger::forEach(Command command, const QStringList &states,
                                        const std::function<OrderCommandResult(qint64)> &action)
{
    int affected = 0;
    int failed = 0;
    for (const auto &record : m_orders.inStates(states)) {
        const auto r = action(record.orderId);
        if (r.ok)
            ++affected;
        else
            ++failed;
    }
    auto out = result(command, 0, affected > 0 || failed == 0,
                      u"%1 órdenes procesadas, %2 sin cambios."_s.arg(affected).arg(failed), affected);
    out.affected = affected;
    return out;
}

OrderCommandResult OrderLedger::retryAll()
{
    return forEach(
        Command::RetryAll,
        OrderState::keys({Order::Refused, Order::Failed, Order::CreditFailed, Order::Emitting, Order::Crediting}),
        [this](qint64 id) { return retry(id); });
}

OrderCommandResult OrderLedger::issue(qint64 orderId)
{
    auto record = m_orders.find(orderId);
    if (!record || record->pipelineState != OrderState::key(Order::Manual))
        return result(Command::Issue, orderId, false, u"La orden %1 no espera emisión manual."_s.arg(orderId));
    auto out = retry(orderId);
    out.command = Command::Issue;
    return out;
}

OrderCommandResult OrderLedger::issueAll()
{
    return forEach(Command::IssueAll, {OrderState::key(Order::Manual)}, [this](qint64 id) { return issue(id); });
}

OrderCommandResult OrderLedger::editBilling(qint64 orderId, const OrderBillingOverride &billing)
{
    OrderCommandResult out =
        result(Command::EditBilling, orderId, false, u"La orden %1 no está en el diario."_s.arg(orderId));
    inTransaction("edit billing", [&]() {
        auto record = m_orders.find(orderId);
        if (!record)
            return true;
        record->billingOverride = billing.isEmpty() ? QJsonObject() : billing.toJson();
        record->updatedAt = nowMs();
        if (!m_orders.save(*record))
            return false;
        // Stored only: the plan changes when the user asks to retry (issue: "re-plan only on
        // explicit user action").
        out = result(Command::EditBilling, orderId, true,
                     u"Datos de facturación guardados; use Reintentar para emitir con ellos."_s);
        return true;
    });
    return out;
}

DocumentRecord OrderLedger::handTarget(const OrderRecord &record, bool creditNote,
                                       std::optional<DocumentKind> kind) const
{
    if (creditNote)
        return m_documents.find(record.orderId, kCreditNoteKind).value_or(DocumentRecord {});
    for (const auto &d : saleDocuments(record.orderId)) {
        if ((isState(d, DocState::Planned) || isState(d, DocState::Failed) || isState(d, DocState::Sending))
            && (!kind || d.kind == documentkind::key(*kind)))
            return d;
    }
    // Never planned (held, or manual emission): the kind the user names, else the customer's.
    DocumentKind chosen = kind.value_or(DocumentKind::Boleta);
    if (const auto order = billingOrder(record); order && !kind) {
        const auto resolved = DocumentKindResolver(m_settings.fields).resolve(*order);
        if (const auto *r = std::get_if<DocumentKindResolver::Resolution>(&resolved))
            chosen = r->kind;
    }
    DocumentRecord created;
    created.orderId = record.orderId;
    created.kind = documentkind::key(chosen);
    created.salesId = SalesId::forOrder(m_settings.storeCode, QString::number(record.orderId), chosen);
    created.createdAt = nowMs();
    return created;
}

bool OrderLedger::storeIssuedByHand(DocumentRecord &document, qint64 folio, qint64 bsaleDocumentId)
{
    markEmitted(document, u"hand"_s, nowMs());
    document.bsaleNumber = folio;
    if (document.kind == kCreditNoteKind)
        document.creditNoteDocumentId = bsaleDocumentId;
    else
        document.bsaleId = bsaleDocumentId;
    if (document.id > 0)
        return m_documents.update(document);
    const auto id = m_documents.insert(document);
    if (id)
        document.id = *id;
    return id.has_value();
}

OrderCommandResult OrderLedger::markIssuedByHand(qint64 orderId, std::optional<DocumentKind> kind, qint64 folio,
                                                 qint64 bsaleDocumentId)
{
    const auto answer = [orderId](bool ok, const QString &message) {
        return result(Command::MarkIssuedByHand, orderId, ok, message);
    };
    if (folio <= 0)
        return answer(false, u"Indique el folio del documento."_s);
    OrderCommandResult out = answer(false, u"La orden %1 no está en el diario."_s.arg(orderId));
    inTransaction("mark issued by hand", [&]() {
        auto record = m_orders.find(orderId);
        if (!record)
            return true;
        const auto state = OrderState::orderFromKey(record->pipelineState).value_or(Order::Waiting);
        const bool creditNote = state == Order::Crediting || state == Order::CreditFailed;
        if (!creditNote && state != Order::Refused && state != Order::Failed && state != Order::Manual
            && state != Order::Emitting) {
            out = answer(false, u"La orden no tiene un documento pendiente."_s);
            return true;
        }
        DocumentRecord doc = handTarget(*record, creditNote, kind);
        if (creditNote && doc.id == 0) {
            out = answer(false, u"No hay nota de crédito pendiente."_s);
            return true;
        }
        const auto job =
            doc.id > 0 ? m_outbox.forDocument(doc.id, creditNote ? kCreditNoteJob : kDocumentJob) : std::nullopt;
        if (job && job->state == u"running"_s) {
            out = answer(false, u"El documento se está enviando ahora; espere el resultado."_s);
            return true;
        }
        // Puente must not send it as well, nor the order's other (never issued) documents.
        if (job && job->state == u"pending"_s && !m_outbox.cancel(job->id, nowMs()))
            return false;
        for (const auto &d : creditNote ? QList<DocumentRecord> {} : saleDocuments(orderId)) {
            if (d.id != doc.id && (isState(d, DocState::Planned) || isState(d, DocState::Failed))
                && !supersede(d, DocState::Superseded))
                return false;
        }
        if (!storeIssuedByHand(doc, folio, bsaleDocumentId))
            return false;
        if (creditNote)
            setState(*record, Order::Credited);
        else if (!finishEmitted(*record, doc))
            return false;
        if (!m_orders.save(*record))
            return false;
        out = answer(true, u"Marcado como emitido a mano con folio %1."_s.arg(folio));
        return log(EventLevel::Info, u"Orden %1: %2"_s.arg(orderId).arg(out.message),
                   {{u"order"_s, orderId}, {u"kind"_s, doc.kind}, {u"folio"_s, folio}});
    });
    return out;
}

// --- outbox side -----------------------------------------------------------------------------

std::optional<int> OrderLedger::recoverRunning()
{
    std::optional<int> count;
    inTransaction("recover running jobs", [&]() {
        count = m_outbox.recoverRunning(nowMs());
        if (!count)
            return false;
        // Their documents are back to "planned": the next attempt will mark them sending.
        for (auto d : m_documents.inStates({OrderState::key(DocState::Sending)})) {
            d.state = OrderState::key(DocState::Planned);
            if (!m_documents.update(d))
                return false;
        }
        return true;
    });
    if (count && *count > 0)
        qCInfo(lcSync) << "outbox: recovered" << *count << "job(s) a crash left running";
    return count;
}

std::optional<OrderLedger::Claimed> OrderLedger::claimNextDue()
{
    std::optional<Claimed> claimed;
    inTransaction("claim job", [&]() {
        const qint64 now = nowMs();
        auto job = m_outbox.nextDue(now);
        if (!job)
            return true;
        if (!m_outbox.markRunning(job->id, now))
            return false;
        job->state = u"running"_s;
        job->attempts += 1;
        Claimed c;
        c.job = *job;
        if (job->documentId > 0) {
            c.document = m_documents.find(job->documentId);
            if (c.document && job->kind != kWriteBackJob) {
                c.document->state = OrderState::key(DocState::Sending);
                c.document->updatedAt = now;
                if (!m_documents.update(*c.document))
                    return false;
            }
            if (c.document)
                c.order = m_orders.find(c.document->orderId);
            if (c.document && c.document->relatedDocumentId > 0)
                c.related = m_documents.find(c.document->relatedDocumentId);
        }
        claimed = c;
        return true;
    });
    return claimed;
}

std::optional<qint64> OrderLedger::nextDueAt() const
{
    return m_outbox.earliestPending();
}

int OrderLedger::pendingJobs() const
{
    return m_outbox.countInState(u"pending"_s) + m_outbox.countInState(u"running"_s);
}

bool OrderLedger::documentIssued(const Claimed &claimed, const BsaleDocument &issued, bool replayed)
{
    return inTransaction("document issued", [&]() {
        auto doc = m_documents.find(claimed.job.documentId);
        auto record = doc ? m_orders.find(doc->orderId) : std::nullopt;
        if (!doc || !record)
            return false;
        markEmitted(*doc, u"bsale"_s, nowMs());
        doc->bsaleId = issued.id;
        takeIssued(*doc, issued);
        // chile-dte.md §4.3 (derived): Bsale's total must be the order's. The document exists
        // either way; a difference is recorded for a person to look at.
        const auto plan = DocumentPlan::fromJson(doc->plan);
        if (plan && plan->expected.total != issued.totalAmount) {
            doc->lastError = u"Bsale computed a total of %1, the plan expected %2"_s.arg(issued.totalAmount)
                                 .arg(plan->expected.total);
            qCWarning(lcSync).noquote() << "order" << doc->orderId << doc->lastError;
        }
        if (!m_documents.update(*doc) || !m_outbox.markDone(claimed.job.id, nowMs()))
            return false;
        if (replayed)
            qCInfo(lcSync) << "order" << doc->orderId << doc->kind << "was already in Bsale (salesId replay)";
        const auto kind = documentkind::fromKey(doc->kind).value_or(DocumentKind::Boleta);
        if (!log(EventLevel::Info,
                 u"%1 N° %2 emitida para la orden %3"_s.arg(documentkind::displayName(kind))
                     .arg(doc->bsaleNumber)
                     .arg(doc->orderId),
                 {{u"order"_s, doc->orderId},
                  {u"salesId"_s, doc->salesId},
                  {u"bsaleId"_s, doc->bsaleId},
                  {u"replayed"_s, replayed}}))
            return false;
        return finishEmitted(*record, *doc) && m_orders.save(*record);
    });
}

bool OrderLedger::creditNotePlanned(const Claimed &claimed, const CreditNotePlan &plan)
{
    return inTransaction("credit note planned", [&]() {
        auto doc = m_documents.find(claimed.job.documentId);
        if (!doc)
            return false;
        doc->plan = plan.toJson();
        doc->updatedAt = nowMs();
        return m_documents.update(*doc);
    });
}

bool OrderLedger::returnCreated(const Claimed &claimed, const BsaleReturn &created)
{
    return inTransaction("return created", [&]() {
        auto doc = m_documents.find(claimed.job.documentId);
        if (!doc)
            return false;
        doc->bsaleId = created.id;
        doc->creditNoteDocumentId = created.creditNoteId;
        doc->totalAmount = created.amount;
        doc->updatedAt = nowMs();
        return m_documents.update(*doc);
    });
}

bool OrderLedger::creditNoteIssued(const Claimed &claimed, const std::optional<BsaleDocument> &document)
{
    return inTransaction("credit note issued", [&]() {
        auto doc = m_documents.find(claimed.job.documentId);
        auto record = doc ? m_orders.find(doc->orderId) : std::nullopt;
        if (!doc || !record)
            return false;
        markEmitted(*doc, u"bsale"_s, nowMs());
        if (document) {
            doc->creditNoteDocumentId = document->id;
            takeIssued(*doc, *document);
        }
        if (!m_documents.update(*doc) || !m_outbox.markDone(claimed.job.id, nowMs()))
            return false;
        setState(*record, Order::Credited);
        if (m_settings.writeBack && !scheduleJob(kWriteBackJob, *doc))
            return false;
        if (!log(EventLevel::Info,
                 u"Nota de crédito N° %1 emitida: la orden %2 se anuló en la tienda"_s.arg(doc->bsaleNumber)
                     .arg(doc->orderId),
                 {{u"order"_s, doc->orderId}, {u"salesId"_s, doc->salesId}, {u"returnId"_s, doc->bsaleId}}))
            return false;
        return m_orders.save(*record);
    });
}

bool OrderLedger::failDocument(const Claimed &claimed, DocumentRecord &document)
{
    document.state = OrderState::key(DocState::Failed);
    document.updatedAt = nowMs();
    return m_documents.update(document) && m_outbox.markFailed(claimed.job.id, document.lastError, nowMs());
}

bool OrderLedger::refused(const Claimed &claimed, const ApiError &error)
{
    return inTransaction("refused", [&]() {
        auto doc = m_documents.find(claimed.job.documentId);
        auto record = doc ? m_orders.find(doc->orderId) : std::nullopt;
        if (!doc || !record)
            return false;
        explain(*doc, error);
        if (!failDocument(claimed, *doc))
            return false;
        const bool definitive = isDefinitiveRefusal(doc->errorKind);
        if (doc->kind == kCreditNoteKind) {
            setState(*record, Order::CreditFailed);
        } else {
            const auto decision = OrderTransitions::onRefused(OrderTransitions::storeStatus(record->status));
            if (definitive && decision.action == OrderTransitions::Action::Close) {
                if (!closeOrder(*record, *decision.next))
                    return false;
                return m_orders.save(*record);
            }
            setState(*record, Order::Failed);
        }
        record->holdReason = doc->errorKind;
        record->holdDetails = {};
        record->lastError =
            doc->serverMessage.isEmpty() ? doc->errorTitle : doc->errorTitle + u": "_s + doc->serverMessage;
        if (!log(EventLevel::Error,
                 u"Orden %1: Bsale rechazó el documento. %2"_s.arg(doc->orderId).arg(record->lastError),
                 {{u"order"_s, doc->orderId},
                  {u"kind"_s, doc->kind},
                  {u"reason"_s, doc->errorKind},
                  {u"serverMessage"_s, doc->serverMessage}}))
            return false;
        return m_orders.save(*record);
    });
}

bool OrderLedger::refusedByPlanner(const Claimed &claimed, const PlanRefusal &refusal)
{
    return inTransaction("refused by planner", [&]() {
        auto doc = m_documents.find(claimed.job.documentId);
        auto record = doc ? m_orders.find(doc->orderId) : std::nullopt;
        if (!doc || !record)
            return false;
        doc->errorKind = refusal.issues.isEmpty() ? u"Refused"_s : PlanIssue::codeName(refusal.issues.first().code);
        doc->errorTitle = u"No se pudo preparar"_s;
        doc->errorExplanation = refusal.summaryEs();
        doc->serverMessage.clear();
        doc->lastError = refusal.summaryEn();
        if (!failDocument(claimed, *doc))
            return false;
        setState(*record, doc->kind == kCreditNoteKind ? Order::CreditFailed : Order::Failed);
        record->holdReason = doc->errorKind;
        record->holdDetails = issuesJson(refusal.issues);
        record->lastError = refusal.summaryEs();
        if (!log(EventLevel::Error, u"Orden %1: %2"_s.arg(doc->orderId).arg(record->lastError),
                 {{u"order"_s, doc->orderId}, {u"kind"_s, doc->kind}, {u"reason"_s, doc->errorKind}}))
            return false;
        return m_orders.save(*record);
    });
}

bool OrderLedger::retryLater(const Claimed &claimed, const ApiError &error, qint64 delayMs)
{
    return inTransaction("retry later", [&]() {
        const qint64 now = nowMs();
        if (!m_outbox.reschedule(claimed.job.id, now + delayMs, error.toString(), now))
            return false;
        auto doc = claimed.job.documentId > 0 ? m_documents.find(claimed.job.documentId) : std::nullopt;
        if (doc && claimed.job.kind != kWriteBackJob) {
            doc->state = OrderState::key(DocState::Planned);
            doc->updatedAt = now;
            explain(*doc, error);
            if (!m_documents.update(*doc))
                return false;
        }
        m_scheduledInTransaction = true;
        return true;
    });
}

bool OrderLedger::jobDone(const Claimed &claimed)
{
    return inTransaction("job done", [&]() { return m_outbox.markDone(claimed.job.id, nowMs()); });
}

bool OrderLedger::jobAbandoned(const Claimed &claimed, const QString &why)
{
    return inTransaction("job abandoned", [&]() { return m_outbox.markFailed(claimed.job.id, why, nowMs()); });
}

} // namespace puente
