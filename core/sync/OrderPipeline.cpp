#include "sync/OrderPipeline.h"

#include "base/Logging.h"
#include "connectors/jumpseller/JumpsellerClient.h"
#include "sync/OrderMapper.h"

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace puente {

OrderPipeline::OrderPipeline(const Journal &journal, JumpsellerClient &store, BsaleClient &bsale, Clock &clock,
                             OrderSettings settings, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_store(store)
    , m_ledger(journal, clock, std::move(settings))
{
    qRegisterMetaType<OrderCycleSummary>();
    qRegisterMetaType<OrderCommandResult>();
    qRegisterMetaType<OrderBillingOverride>();
    qRegisterMetaType<OutboxOutcome>();
    qRegisterMetaType<DocumentInboxEntry>();
    m_outbox = std::make_unique<Outbox>(m_ledger, bsale, m_ledger.settings().writeBack ? &store : nullptr, clock);
    m_ledger.setJobsScheduledCallback([this] { m_outbox->kick(); });
    connect(m_outbox.get(), &Outbox::jobFinished, this, &OrderPipeline::onJobFinished);
    connect(m_outbox.get(), &Outbox::idle, this, &OrderPipeline::maybeFinishCycle);
}

OrderPipeline::~OrderPipeline() = default;

void OrderPipeline::start()
{
    m_outbox->start();
}

QList<DocumentInboxEntry> OrderPipeline::inbox() const
{
    return DocumentInbox(m_journal).entries();
}

// --- the cycle -------------------------------------------------------------------------------

quint64 OrderPipeline::runCycle()
{
    if (m_polling) {
        m_pollAgain = true;
        return m_pollsStarted + 1;
    }
    if (!m_cycleRunning) {
        m_cycleRunning = true;
        m_summary = {};
    }
    startPoll();
    return m_pollsStarted;
}

void OrderPipeline::startPoll()
{
    ++m_pollsStarted;
    m_polling = true;
    m_seenThisCycle.clear();
    pollNewOrders();
}

void OrderPipeline::pollNewOrders()
{
    const auto stored = m_ledger.cursor();
    const auto &settings = m_ledger.settings();
    // First run: start where the user said, or after everything that exists today.
    const bool baseline = !stored && !settings.startAfter;
    const qint64 cursor = stored.value_or(settings.startAfter.value_or(0));
    m_store.ordersAfter(this, cursor, {}, [this, cursor, baseline](ApiResult<QList<JumpsellerOrder>> r) {
        if (!r.ok()) {
            m_summary.errors.append(u"Could not read new orders from the store: "_s + r.error().toString());
            recheckOrders();
            return;
        }
        recordNewOrders(r.takeValue(), cursor, baseline);
        recheckOrders();
    });
}

void OrderPipeline::recordNewOrders(QList<JumpsellerOrder> orders, qint64 cursor, bool baseline)
{
    std::sort(orders.begin(), orders.end(),
              [](const JumpsellerOrder &a, const JumpsellerOrder &b) { return a.id < b.id; });
    if (baseline) {
        const qint64 newest = orders.isEmpty() ? 0 : orders.constLast().id;
        m_ledger.setCursor(newest);
        qCInfo(lcSync) << "orders: first run; billing orders placed after order" << newest;
        return;
    }
    const QString storeCode = m_ledger.settings().storeCode;
    for (const auto &order : orders) {
        if (order.id <= cursor)
            continue; // a store that ignores the cursor
        if (!m_ledger.applyStoreOrder(OrderMapper::toStoreOrder(order, storeCode), order.id)) {
            m_summary.errors.append(u"The journal refused order %1; it will be read again."_s.arg(order.id));
            return; // the cursor stays before it
        }
        cursor = order.id;
        ++m_summary.newOrders;
        m_seenThisCycle.insert(order.id);
    }
}

void OrderPipeline::lookAt(qint64 orderId)
{
    if (orderId > 0 && !m_hinted.contains(orderId))
        m_hinted.append(orderId);
    runCycle();
}

void OrderPipeline::recheckOrders()
{
    m_toRead.clear();
    // Named by a webhook first; an order the journal does not know yet came with the new ones
    // (or was placed before Puente started billing).
    for (const qint64 id : std::exchange(m_hinted, {})) {
        if (!m_seenThisCycle.contains(id) && m_ledger.knowsOrder(id))
            m_toRead.append(id);
    }
    for (const qint64 id : m_ledger.ordersToRecheck(m_ledger.settings().recheckPerCycle)) {
        if (!m_seenThisCycle.contains(id) && !m_toRead.contains(id))
            m_toRead.append(id);
    }
    readNext();
}

void OrderPipeline::readNext()
{
    if (m_toRead.isEmpty())
        return pollingDone();
    const qint64 id = m_toRead.takeFirst();
    m_store.order(this, id, [this, id](ApiResult<JumpsellerOrder> r) {
        if (r.ok()) {
            bool changed = true;
            if (m_ledger.applyStoreOrder(OrderMapper::toStoreOrder(r.value(), m_ledger.settings().storeCode),
                                         std::nullopt, &changed))
                ++m_summary.ordersRead;
            if (!changed)
                m_unchanged.append(id);
        } else if (r.error().kind() == ApiError::Kind::NotFound) {
            qCWarning(lcSync) << "orders: order" << id << "is gone from the store";
            m_unchanged.append(id);
        } else {
            // The store is unreachable or throttling: the rest waits for the next cycle.
            m_summary.errors.append(u"Could not re-read order %1: %2"_s.arg(id).arg(r.error().toString()));
            m_toRead.clear();
        }
        readNext();
    });
}

void OrderPipeline::pollingDone()
{
    m_ledger.markChecked(m_unchanged);
    m_unchanged.clear();
    if (m_pollAgain) {
        m_pollAgain = false;
        return startPoll();
    }
    m_polling = false;
    m_pollsFinished = m_pollsStarted;
    Q_EMIT pollFinished();
    Q_EMIT inboxChanged();
    m_outbox->kick(); // answers with idle() once nothing is due
}

void OrderPipeline::maybeFinishCycle()
{
    if (!m_cycleRunning || m_polling || m_outbox->isBusy())
        return;
    m_summary.pendingJobs = m_ledger.pendingJobs();
    m_summary.held = inbox();
    m_cycleRunning = false;
    const OrderCycleSummary summary = m_summary;
    Q_EMIT cycleFinished(summary);
}

void OrderPipeline::onJobFinished(const OutboxOutcome &outcome)
{
    if (outcome.result == OutboxOutcome::Result::Issued) {
        if (outcome.documentKind == u"credit_note"_s)
            ++m_summary.creditNotes;
        else
            ++m_summary.documentsIssued;
        if (outcome.replayed)
            ++m_summary.replayed;
        Q_EMIT documentIssued(outcome.orderId, outcome.documentKind, outcome.folio);
    }
    Q_EMIT inboxChanged();
}

// --- inbox commands --------------------------------------------------------------------------

void OrderPipeline::answer(const OrderCommandResult &result)
{
    qCInfo(lcSync).noquote() << "orders: command" << OrderCommandResult::commandName(result.command) << "order"
                             << result.orderId << (result.ok ? "ok:" : "refused:") << result.message;
    Q_EMIT commandFinished(result);
    Q_EMIT inboxChanged();
}

void OrderPipeline::retry(qint64 orderId)
{
    answer(m_ledger.retry(orderId));
}

void OrderPipeline::retryAll()
{
    answer(m_ledger.retryAll());
}

void OrderPipeline::issue(qint64 orderId)
{
    answer(m_ledger.issue(orderId));
}

void OrderPipeline::issueAll()
{
    answer(m_ledger.issueAll());
}

void OrderPipeline::editBilling(qint64 orderId, const OrderBillingOverride &billing)
{
    answer(m_ledger.editBilling(orderId, billing));
}

void OrderPipeline::markIssuedByHand(qint64 orderId, const QString &kind, qint64 folio, qint64 bsaleDocumentId)
{
    std::optional<DocumentKind> chosen;
    if (!kind.isEmpty()) {
        chosen = documentkind::fromKey(kind);
        if (!chosen || *chosen == DocumentKind::CreditNote) {
            OrderCommandResult r;
            r.command = OrderCommandResult::Command::MarkIssuedByHand;
            r.orderId = orderId;
            r.message = u"Tipo de documento desconocido: %1"_s.arg(kind);
            return answer(r);
        }
    }
    answer(m_ledger.markIssuedByHand(orderId, chosen, folio, bsaleDocumentId));
}

} // namespace puente
