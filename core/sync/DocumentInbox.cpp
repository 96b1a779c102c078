#include "sync/DocumentInbox.h"

#include "journal/DocumentRepository.h"
#include "journal/OrderRepository.h"
#include "journal/OutboxRepository.h"
#include "sync/OrderLedger.h"
#include "sync/OrderState.h"

#include <QtCore/QMetaEnum>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

using Order = OrderState::Order;
using Category = DocumentInboxEntry::Category;

DocumentInboxEntry fromOrder(const OrderRecord &o, Category category)
{
    DocumentInboxEntry e;
    e.category = category;
    e.orderId = o.orderId;
    e.orderState = o.pipelineState;
    e.storeStatus = o.status;
    e.total = o.total;
    e.reason = o.holdReason;
    e.issues = o.holdDetails;
    e.billingOverride = o.billingOverride;
    e.updatedAt = o.updatedAt;
    return e;
}

void addDocument(DocumentInboxEntry &e, const DocumentRecord &d, const OutboxRepository &outbox)
{
    e.documentId = d.id;
    e.documentKind = d.kind;
    e.plan = d.plan;
    e.reason = d.errorKind.isEmpty() ? e.reason : d.errorKind;
    e.title = d.errorTitle;
    e.explanation = d.errorExplanation;
    e.serverMessage = d.serverMessage;
    e.rawError = d.lastError;
    e.updatedAt = std::max(e.updatedAt, d.updatedAt);
    const QString jobKind = d.kind == u"credit_note"_s ? OrderLedger::kCreditNoteJob : OrderLedger::kDocumentJob;
    if (const auto job = outbox.forDocument(d.id, jobKind)) {
        e.attempts = job->attempts;
        if (job->state == u"pending"_s)
            e.nextAttemptAt = job->nextAttemptAt;
    }
}

/** The order's document the entry is about: the credit note, or its latest sale document. */
std::optional<DocumentRecord> documentOf(const QList<DocumentRecord> &docs, bool creditNote)
{
    std::optional<DocumentRecord> found;
    for (const auto &d : docs) {
        if ((d.kind == u"credit_note"_s) == creditNote)
            found = d;
    }
    return found;
}

} // namespace

QString DocumentInboxEntry::categoryName(Category category)
{
    switch (category) {
    case Category::Failed:
        return u"failed"_s;
    case Category::Held:
        return u"held"_s;
    case Category::Waiting:
        return u"waiting"_s;
    case Category::Retrying:
        return u"retrying"_s;
    }
    return {};
}

QJsonObject DocumentInboxEntry::toJson() const
{
    return {{u"category"_s, categoryName(category)},
            {u"order"_s, orderId},
            {u"state"_s, orderState},
            {u"storeStatus"_s, storeStatus},
            {u"total"_s, total},
            {u"document"_s, documentId},
            {u"kind"_s, documentKind},
            {u"reason"_s, reason},
            {u"title"_s, title},
            {u"explanation"_s, explanation},
            {u"serverMessage"_s, serverMessage},
            {u"rawError"_s, rawError},
            {u"attempts"_s, attempts},
            {u"nextAttemptAt"_s, nextAttemptAt}};
}

DocumentInbox::DocumentInbox(const Journal &journal)
    : m_journal(journal)
{ }

QList<DocumentInboxEntry> DocumentInbox::entries() const
{
    const OrderRepository orders(m_journal);
    const DocumentRepository documents(m_journal);
    const OutboxRepository outbox(m_journal);
    QList<DocumentInboxEntry> out;
    const auto states = OrderState::keys(
        {Order::Refused, Order::Manual, Order::Failed, Order::CreditFailed, Order::Emitting, Order::Crediting});
    for (const auto &o : orders.inStates(states)) {
        const auto state = OrderState::orderFromKey(o.pipelineState).value_or(Order::Waiting);
        const auto docs = documents.forOrder(o.orderId);
        const bool creditNote = state == Order::CreditFailed || state == Order::Crediting;
        const auto doc = documentOf(docs, creditNote);
        if (state == Order::Refused) {
            auto e = fromOrder(o, Category::Held);
            e.title = u"Retenida: no se puede emitir todavía"_s;
            e.explanation = o.lastError;
            out.append(e);
        } else if (state == Order::Manual) {
            auto e = fromOrder(o, Category::Waiting);
            e.title = u"Esperando su orden de emitir"_s;
            e.explanation = o.lastError;
            out.append(e);
        } else if (state == Order::Failed || state == Order::CreditFailed) {
            auto e = fromOrder(o, Category::Failed);
            if (doc)
                addDocument(e, *doc, outbox);
            if (e.explanation.isEmpty())
                e.explanation = o.lastError;
            out.append(e);
        } else if (doc && doc->hasError() && doc->state == OrderState::key(OrderState::Document::Planned)) {
            auto e = fromOrder(o, Category::Retrying);
            addDocument(e, *doc, outbox);
            out.append(e);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const DocumentInboxEntry &a, const DocumentInboxEntry &b) {
        return a.updatedAt > b.updatedAt;
    });
    return out;
}

} // namespace puente
