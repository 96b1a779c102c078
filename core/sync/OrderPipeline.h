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
 * A poll (runCycle()):
 *  1. reads new orders (`GET /orders/after/{cursor}.json`); each is recorded and acted on in one
 *     transaction that also moves the cursor, so a crash never skips nor repeats an order. On
 *     the very first run the cursor starts at OrderSettings::startAfter, or, when that is unset,
 *     at the newest existing order (orders placed before Puente was connected are not billed);
 *  2. re-reads the open orders (not paid yet, held, being issued) and a budget of documented
 *     ones (a cancellation means a credit note), acting on status changes (OrderTransitions),
 *     and reports pollFinished().
 * The Outbox sends what was scheduled meanwhile, on its own: Bsale and the store are paced
 * apart, so a backlog of documents (after an outage) never stops new orders and cancellations
 * from being read. A cycle is the polls asked for while it ran plus the sending they caused: it
 * ends with cycleFinished() once no poll is running and nothing is due (jobs waiting for a
 * backoff stay pending and are counted). A runCycle() during a cycle's sending adds a poll to
 * it; during a poll it queues the next one.
 * Orders paid while Puente was closed are simply found by the first poll after start().
 * A store webhook about an order (lookAt()) starts a poll that re-reads that order first, so a
 * payment or cancellation the store announces is acted on in seconds, not when the re-read
 * rotation reaches it; the webhook's content itself is never trusted.
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
    /**
     * Asks for a poll (see above) and returns its number: the cycle that ends with
     * pollsFinished() ≥ that number has read the store after this call.
     */
    quint64 runCycle();
    /** How many polls have finished since construction. */
    quint64 pollsFinished() const { return m_pollsFinished; }
    /** The store says order `orderId` changed: a poll reads it ahead of the rotation. */
    void lookAt(qint64 orderId);

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
    /** A poll read the store; its sending may go on (the time to schedule the next poll). */
    void pollFinished();
    void commandFinished(const puente::OrderCommandResult &result);
    /** The inbox may look different now (a job finished, a command ran, a cycle ended). */
    void inboxChanged();
    void documentIssued(qint64 orderId, const QString &kind, qint64 folio);

private:
    void startPoll();
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
    OrderLedger m_ledger;
    std::unique_ptr<Outbox> m_outbox;

    bool m_cycleRunning = false;
    bool m_polling = false;
    bool m_pollAgain = false;
    quint64 m_pollsStarted = 0;
    quint64 m_pollsFinished = 0;
    OrderCycleSummary m_summary;
    QSet<qint64> m_seenThisCycle;
    QList<qint64> m_hinted; ///< orders a webhook named, read at the next poll
    QList<qint64> m_toRead;
    QList<qint64> m_unchanged; ///< re-read without news: their "checked" time is written at once
};

} // namespace puente
