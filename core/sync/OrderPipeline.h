#pragma once

#include "sync/DocumentInbox.h"
#include "sync/OrderBillingOverride.h"
#include "sync/OrderCommandResult.h"
#include "sync/OrderCycleSummary.h"
#include "sync/OrderLedger.h"
#include "sync/OrderSettings.h"
#include "sync/Outbox.h"

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QSet>

#include <memory>

namespace puente {

class BsaleClient;
class Clock;
class Journal;
class JumpsellerClient;
struct JumpsellerOrder;

/**
 * Store orders → tax documents, exactly once (issue "Paid orders become exactly one boleta or
 * factura, cancellations exactly one credit note, and every failure is explained").
 *
 * A cycle (runCycle()):
 *  1. polls new orders (`GET /orders/after/{cursor}.json`); each is recorded and acted on in one
 *     transaction that also moves the cursor, so a crash never skips nor repeats an order. On
 *     the very first run the cursor starts at OrderSettings::startAfter, or, when that is unset,
 *     at the newest existing order (orders placed before Puente was connected are not billed);
 *  2. re-reads the open orders (not paid yet, held, being issued) and a budget of documented
 *     ones (a cancellation means a credit note), acting on status changes (OrderTransitions);
 *  3. lets the Outbox send what was scheduled, and reports cycleFinished() once nothing is due
 *     (jobs waiting for a backoff stay pending and are counted).
 * Orders paid while Puente was closed are simply found by the first cycle after start().
 *
 * Inbox commands (retry, retryAll, issue, issueAll, editBilling, markIssuedByHand) are slots,
 * safe to invoke queued from the GUI thread; each answers with commandFinished().
 *
 * Ownership: owns its OrderLedger and Outbox; borrows the journal, clients and clock, which
 * must outlive it. Thread affinity: the clients' thread (the worker); construct it there.
 */
class OrderPipeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderPipeline)

public:
    OrderPipeline(const Journal &journal, JumpsellerClient &store, BsaleClient &bsale, Clock &clock,
                  OrderSettings settings, QObject *parent = nullptr);
    ~OrderPipeline() override;

    /** Recovers the outbox after a crash and starts sending what is due. Call once. */
    void start();
    /** One cycle; if one is running, another follows it. */
    void runCycle();
    bool isCycleRunning() const { return m_cycleRunning; }

    OrderLedger &ledger() { return m_ledger; }
    Outbox &outbox() { return *m_outbox; }
    const OrderSettings &settings() const { return m_ledger.settings(); }
    /** The inbox as it is now (reads the journal). */
    QList<DocumentInboxEntry> inbox() const;

public Q_SLOTS:
    void retry(qint64 orderId);
    void retryAll();
    void issue(qint64 orderId);
    void issueAll();
    void editBilling(qint64 orderId, const puente::OrderBillingOverride &billing);
    /** `kind` "boleta"/"factura" or empty (the order's own choice); `bsaleDocumentId` 0 if unknown. */
    void markIssuedByHand(qint64 orderId, const QString &kind, qint64 folio, qint64 bsaleDocumentId);

Q_SIGNALS:
    void cycleFinished(const puente::OrderCycleSummary &summary);
    void commandFinished(const puente::OrderCommandResult &result);
    /** The inbox may look different now (a job finished, a command ran, a cycle ended). */
    void inboxChanged();
    void documentIssued(qint64 orderId, const QString &kind, qint64 folio);

private:
    void pollNewOrders();
    void recordNewOrders(QList<JumpsellerOrder> orders, qint64 cursor, bool baseline);
    void recheckOrders();
    void readNext();
    void pollingDone();
    void maybeFinishCycle();
    void onJobFinished(const OutboxOutcome &outcome);
    void answer(const OrderCommandResult &result);

    const Journal &m_journal;
    JumpsellerClient &m_store;
    Clock &m_clock;
    OrderLedger m_ledger;
    std::unique_ptr<Outbox> m_outbox;

    bool m_cycleRunning = false;
    bool m_polling = false;
    bool m_cycleAgain = false;
    OrderCycleSummary m_summary;
    QSet<qint64> m_seenThisCycle;
    QList<qint64> m_toRead;
    QList<qint64> m_unchanged; ///< re-read without news: their "checked" time is written at once
};

} // namespace puente
