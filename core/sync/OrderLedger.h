#pragma once

#include "connectors/bsale/BsaleTypes.h"
#include "domain/CreditNotePlan.h"
#include "domain/DocumentKind.h"
#include "domain/DocumentPlan.h"
#include "domain/PlanRefusal.h"
#include "domain/StoreOrder.h"
#include "journal/DocumentRepository.h"
#include "journal/EventLog.h"
#include "journal/OrderRepository.h"
#include "journal/OutboxRepository.h"
#include "net/ApiError.h"
#include "sync/OrderBillingOverride.h"
#include "sync/OrderCommandResult.h"
#include "sync/OrderLinkLookup.h"
#include "sync/OrderSettings.h"
#include "sync/OrderState.h"

#include <functional>
#include <optional>

namespace puente {

class Clock;
class Journal;

/**
 * The order pipeline's journal logic: every state change of an order, its documents and their
 * outbox jobs, each as ONE write transaction, so what must survive a crash is committed before
 * the side effect it leads to is attempted (architecture.md). No network: OrderPipeline (store
 * polling, inbox commands) and Outbox (sending to Bsale) do the I/O and report here.
 *
 * Exactly-once rests on three rules kept here:
 *  - a paid order gets one documents row per kind, with the salesId of (store, order, kind); its
 *    plan is frozen once planned and re-planned only on an explicit user action after a
 *    definitive refusal (nothing exists in Bsale then);
 *  - an attempt whose outcome is unknown (sent, no answer) is only ever repeated unchanged;
 *  - a cancellation drops a document only if no attempt was started; otherwise the outcome
 *    decides, and an issued document gets exactly one credit note (its own salesId).
 *
 * Ownership: holds references to the Journal and Clock (both outlive it). Thread affinity: the
 * thread that uses it (the journal connection is per thread); not shared between threads.
 */
class OrderLedger final
{
public:
    static inline const QString kCursorName = QStringLiteral("jumpseller.orders.after");
    // outbox.kind values
    static inline const QString kDocumentJob = QStringLiteral("document");
    static inline const QString kCreditNoteJob = QStringLiteral("credit_note");
    static inline const QString kWriteBackJob = QStringLiteral("write_back");
    /** Write-back attempts before giving up (it is a courtesy, not a tax document). */
    static constexpr int kMaxWriteBackAttempts = 8;

    /** An outbox job taken for an attempt, with what it works on. */
    struct Claimed
    {
        OutboxJob job; ///< already marked running (attempts counts this one)
        std::optional<DocumentRecord> document;
        std::optional<DocumentRecord> related; ///< a credit note's original document
        std::optional<OrderRecord> order;
    };

    OrderLedger(const Journal &journal, Clock &clock, OrderSettings settings);

    const OrderSettings &settings() const { return m_settings; }
    qint64 nowMs() const;
    /** Called after every committed change that scheduled an outbox job (Outbox::kick). */
    void setJobsScheduledCallback(std::function<void()> callback) { m_jobsScheduled = std::move(callback); }

    // --- store side (OrderPipeline) ------------------------------------------------------------
    std::optional<qint64> cursor() const;
    bool setCursor(qint64 lastOrderId) const;
    /**
     * The store reported `order` (new or re-read): record it and act on its status. With
     * `advanceCursorTo` the poll cursor moves in the same transaction, so an order is never
     * skipped nor half-recorded. False when the journal refused (nothing changed). A re-read
     * that brings nothing new writes nothing: `changed` says so (markChecked() it later).
     */
    bool applyStoreOrder(const StoreOrder &order, std::optional<qint64> advanceCursorTo = std::nullopt,
                         bool *changed = nullptr);
    /** Records that these orders were re-read (unchanged, or gone from the store): one write. */
    bool markChecked(const QList<qint64> &orderIds);
    /**
     * The open orders to re-read this cycle, at most about `budget`: half of it for unpaid
     * orders, a quarter for those being issued or held, the rest for documented ones (within
     * recheckDays), least recently read first in each group.
     */
    QList<qint64> ordersToRecheck(int budget) const;
    /** The journal has order `orderId`. */
    bool knowsOrder(qint64 orderId) const;

    // --- inbox commands ------------------------------------------------------------------------
    OrderCommandResult retry(qint64 orderId);
    OrderCommandResult retryAll();
    OrderCommandResult issue(qint64 orderId);
    OrderCommandResult issueAll();
    OrderCommandResult editBilling(qint64 orderId, const OrderBillingOverride &billing);
    /** The user issued the document (or the credit note) in Bsale by hand: folio and, if
     *  known, the Bsale document id (needed later to credit it automatically). */
    OrderCommandResult markIssuedByHand(qint64 orderId, std::optional<DocumentKind> kind, qint64 folio,
                                        qint64 bsaleDocumentId);

    // --- outbox side (Outbox) ------------------------------------------------------------------
    /** Jobs a crash left running become due again; how many. */
    std::optional<int> recoverRunning();
    /** Takes the next due job (running, attempts + 1; its document `sending`). */
    std::optional<Claimed> claimNextDue();
    std::optional<qint64> nextDueAt() const;
    int pendingJobs() const;

    bool documentIssued(const Claimed &claimed, const BsaleDocument &issued, bool replayed);
    bool creditNotePlanned(const Claimed &claimed, const CreditNotePlan &plan);
    bool returnCreated(const Claimed &claimed, const BsaleReturn &created);
    /** The credit note exists; `document` is its Bsale document when it could be read. */
    bool creditNoteIssued(const Claimed &claimed, const std::optional<BsaleDocument> &document);
    /** Bsale refused for good (or the answer cannot be used): the inbox, never retried blindly. */
    bool refused(const Claimed &claimed, const ApiError &error);
    /** The credit note could not be planned (or needs a person): the inbox. */
    bool refusedByPlanner(const Claimed &claimed, const PlanRefusal &refusal);
    /** A passing failure: due again after `delayMs`, the error kept for the inbox's list. */
    bool retryLater(const Claimed &claimed, const ApiError &error, qint64 delayMs);
    bool jobDone(const Claimed &claimed);
    bool jobAbandoned(const Claimed &claimed, const QString &why);

    /** Whether a failure of this Bsale kind means Bsale created nothing (re-planning is safe). */
    static bool isDefinitiveRefusal(const QString &bsaleErrorKindName);

private:
    bool inTransaction(const char *what, const std::function<bool()> &body);
    void notifyScheduled();

    bool planOrder(OrderRecord &record, bool explicitAction);
    bool holdRefused(OrderRecord &record, const PlanRefusal &refusal) const;
    /** An activity-log line (subsystem "orders") inside the current transaction. */
    bool log(EventLevel level, const QString &message, const QJsonObject &details) const;
    bool storePlan(OrderRecord &record, const DocumentPlan &plan);
    bool resendUnchanged(OrderRecord &record, DocumentRecord document);
    bool startCreditNote(OrderRecord &record);
    bool closeOrder(OrderRecord &record, OrderState::Order next);
    /** The claimed job's document failed for good: its row and its outbox job say so. */
    bool failDocument(const Claimed &claimed, DocumentRecord &document);
    bool finishEmitted(OrderRecord &record, const DocumentRecord &document);
    /** The document a "mark issued by hand" is about (a new row when none was planned). */
    DocumentRecord handTarget(const OrderRecord &record, bool creditNote, std::optional<DocumentKind> kind) const;
    bool storeIssuedByHand(DocumentRecord &document, qint64 folio, qint64 bsaleDocumentId);
    bool scheduleJob(const QString &kind, const DocumentRecord &document);
    bool supersede(DocumentRecord document, OrderState::Document state);
    /** Bsale may have this document: an attempt started and did not end in a definitive refusal. */
    bool mayExistInBsale(const DocumentRecord &document) const;
    bool sendStarted(qint64 orderId) const;
    QList<DocumentRecord> saleDocuments(qint64 orderId) const;
    std::optional<StoreOrder> billingOrder(const OrderRecord &record) const;
    void setState(OrderRecord &record, OrderState::Order state) const;
    /** nullopt: the journal failed (roll back). */
    std::optional<OrderCommandResult> retryLocked(OrderRecord &record);
    OrderCommandResult forEach(OrderCommandResult::Command command, const QStringList &states,
                               const std::function<OrderCommandResult(qint64)> &action);

    const Journal &m_journal;
    Clock &m_clock;
    OrderSettings m_settings;
    OrderRepository m_orders;
    DocumentRepository m_documents;
    OutboxRepository m_outbox;
    OrderLinkLookup m_links;
    EventLog m_events; ///< the activity log: what was issued, refused or held, in the same transaction
    std::function<void()> m_jobsScheduled;
    bool m_scheduledInTransaction = false;
};

} // namespace puente
