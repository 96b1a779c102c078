#pragma once

#include "sync/OrderLedger.h"

#include <QtCore/QMetaType>
#include <QtCore/QObject>
#include <QtCore/QPointer>

namespace puente {

class BsaleClient;
class Clock;
class JumpsellerClient;

/** What one outbox attempt came to (Outbox::jobFinished). A value type. */
struct OutboxOutcome
{
    enum class Result : quint8 {
        Issued, ///< a boleta/factura or credit note exists in Bsale now
        Rescheduled, ///< a passing failure: due again later
        Failed, ///< refused for good: in the inbox
        Done, ///< another job (write-back) finished
        Abandoned, ///< a write-back given up
    };

    qint64 jobId = 0;
    QString jobKind;
    qint64 orderId = 0;
    qint64 documentId = 0;
    QString documentKind; ///< "boleta", "factura", "credit_note"
    Result result = Result::Done;
    qint64 folio = 0;
    bool replayed = false; ///< Bsale answered with a document it had made before (salesId)
    QString error;
};

/**
 * Works through the journal's outbox on its thread, one attempt at a time: a boleta or factura
 * (`POST /v1/documents.json` with the frozen plan and its salesId), a credit note (read the
 * original's lines, plan and freeze the return, `POST /v1/returns.json`, read the note's folio),
 * or the optional write-back of the document's link to the store order.
 *
 * Its Bsale calls (the POSTs, and the reads a credit note needs) are Urgent: they overtake
 * the catalogue pull and the stock polls waiting for the same rate limit.
 *
 * Every attempt is claimed in the journal (job running, attempts + 1) before the request
 * leaves, and its outcome is committed before the next one starts. Passing failures (429, 5xx,
 * timeouts, resets; BsaleError::isRetryable) are retried with exponential backoff through the
 * Clock (Retry-After honoured); definitive refusals go to the inbox with Bsale's message and
 * BsaleErrorExplainer's Spanish explanation, and are never retried without a person. A crash
 * leaves at most one job running; start() makes it due again (salesId makes that safe).
 *
 * Ownership: borrows the ledger, clients and clock (all outlive it). Thread affinity: the
 * clients' thread (the worker).
 */
class Outbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Outbox)

public:
    /** Attempts whose answer could not be read before the inbox is asked (see failed()). */
    static constexpr int kMaxUnknownOutcomeAttempts = 10;

    Outbox(OrderLedger &ledger, BsaleClient &bsale, JumpsellerClient *store, Clock &clock, QObject *parent = nullptr);
    ~Outbox() override;

    /** Makes the jobs a crash left running due again, then works. Call once. */
    void start();
    /** Looks for due work (after new jobs were committed). Cheap; never reenters. */
    void kick();
    /** An attempt is on its way. */
    bool isBusy() const { return m_busy; }
    /** Backoff before attempt `attempts` + 1: base·2^(attempts−1), capped; Retry-After wins. */
    qint64 backoffMs(int attempts, const ApiError &error) const;

Q_SIGNALS:
    void jobFinished(const puente::OutboxOutcome &outcome);
    /** Nothing in flight and nothing due now (jobs may wait for their backoff). */
    void idle();

private:
    using Claimed = OrderLedger::Claimed;

    void processNext();
    void continueLater();
    void scheduleWake();
    void finish(const Claimed &claimed, OutboxOutcome::Result result, qint64 folio = 0, bool replayed = false,
                const QString &error = {});
    void failed(const Claimed &claimed, const ApiError &error);

    void sendDocument(const Claimed &claimed);
    void sendCreditNote(const Claimed &claimed);
    void planCreditNote(const Claimed &claimed);
    void postReturn(const Claimed &claimed, const CreditNotePlan &plan);
    void readCreditNote(const Claimed &claimed, int creditNoteId);
    void writeBack(const Claimed &claimed);

    OrderLedger &m_ledger;
    BsaleClient &m_bsale;
    QPointer<JumpsellerClient> m_store;
    Clock &m_clock;
    bool m_busy = false;
    bool m_continuePosted = false;
    quint64 m_wakeGeneration = 0;
    qint64 m_wakeAt = -1;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::OutboxOutcome)
