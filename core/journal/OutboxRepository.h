#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace puente {

class Journal;

/**
 * One row of `outbox`: a side effect that must happen once the state change that asked for it
 * is committed (architecture.md: "committed before the side effect it leads to is attempted").
 * `state`: pending (waits for next_attempt_at), running (an attempt is on its way: after a
 * crash, unknown outcome), done, failed (needs a person), canceled (never attempted and no
 * longer wanted). `attempts` counts attempts started. A value type.
 */
struct OutboxJob
{
    qint64 id = 0;
    QString kind; ///< "document", "credit_note", "write_back"
    QJsonObject payload;
    QString idempotencyKey; ///< unique; e.g. "document:<salesId>"
    QString state = QStringLiteral("pending");
    int attempts = 0;
    qint64 nextAttemptAt = 0; ///< ms UTC
    QString lastError;
    qint64 documentId = 0; ///< the documents row it works for; 0 = none
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    bool operator==(const OutboxJob &other) const = default;
};

/**
 * The repository of the `outbox` table. Same conventions as OrderRepository.
 *
 * A job's life: schedule() → (markRunning() → side effect → markDone() | reschedule() |
 * markFailed())*. recoverRunning() at start-up turns the jobs a crash left `running` back into
 * due `pending` ones: their outcome is unknown, and only idempotent side effects (Bsale salesId)
 * go through the outbox, so sending again is safe.
 */
class OutboxRepository final
{
public:
    explicit OutboxRepository(const Journal &journal);

    /**
     * Inserts the job, or, when its idempotency key exists, makes that job pending again from
     * scratch (attempts 0, the new payload and due time, no error). Only for jobs whose earlier
     * attempts are all known to have had no effect (a fresh plan after a definitive refusal).
     * The job's id.
     */
    std::optional<qint64> schedule(const OutboxJob &job) const;
    std::optional<OutboxJob> find(qint64 id) const;
    std::optional<OutboxJob> findByKey(const QString &idempotencyKey) const;
    /** The job of `kind` for documents row `documentId`, if any. */
    std::optional<OutboxJob> forDocument(qint64 documentId, const QString &kind) const;
    /** The pending job due first among those due at `nowMs`. */
    std::optional<OutboxJob> nextDue(qint64 nowMs) const;
    /** Due time of the earliest pending job, if any. */
    std::optional<qint64> earliestPending() const;

    /** pending → running, attempts + 1. False if the job was not pending. */
    bool markRunning(qint64 id, qint64 nowMs) const;
    bool markDone(qint64 id, qint64 nowMs) const;
    bool markFailed(qint64 id, const QString &error, qint64 nowMs) const;
    /** Back to pending, due at `nextAttemptAt`, with the error that made it wait. */
    bool reschedule(qint64 id, qint64 nextAttemptAt, const QString &error, qint64 nowMs) const;
    bool cancel(qint64 id, qint64 nowMs) const;
    /** running → pending (due now); how many. */
    std::optional<int> recoverRunning(qint64 nowMs) const;
    int countInState(const QString &state) const;

private:
    const Journal &m_journal;
};

} // namespace puente
