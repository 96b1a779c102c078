#pragma once

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace puente {

class Journal;

/**
 * One row of `orders`: a store order as the pipeline last read it and where it is in the order
 * pipeline. `status` is the store's status_enum; `pipelineState` one of OrderState's keys
 * (core/sync/OrderState.h). Times are milliseconds since the epoch, UTC. A value type.
 */
struct OrderRecord
{
    qint64 orderId = 0;
    QString status;
    QString pipelineState;
    qint64 total = 0; ///< gross CLP, what the customer paid
    QJsonObject snapshot; ///< the StoreOrder as last read (OrderSnapshot)
    qint64 orderedAt = 0; ///< 0 = unknown
    qint64 firstSeenAt = 0;
    qint64 updatedAt = 0;
    qint64 checkedAt = 0; ///< last re-read from the store; 0 = never
    QString lastError; ///< one line for people (Spanish), empty when none
    QString holdReason; ///< machine code of why it waits (see JournalSchema version 4)
    QJsonArray holdDetails; ///< PlanIssue::toJson() entries
    QJsonObject billingOverride; ///< empty = none

    bool operator==(const OrderRecord &other) const = default;
};

/**
 * The repository of the `orders` table and of the pipeline's poll cursors (`cursors`).
 *
 * Holds a reference to the Journal, which must be open and outlive it. Every call uses the
 * calling thread's connection and joins its open transaction (a WriteTransaction), so a state
 * change and the outbox job it leads to commit together. Failures are logged (lcJournal) and
 * reported as false / nullopt / an empty list; a caller inside a transaction rolls back on false.
 */
class OrderRepository final
{
public:
    explicit OrderRepository(const Journal &journal);

    std::optional<OrderRecord> find(qint64 orderId) const;
    /** Inserts or replaces the row (every column). */
    bool save(const OrderRecord &record) const;
    /** Rows in any of `states`, by order id. */
    QList<OrderRecord> inStates(const QStringList &states) const;
    /**
     * Up to `limit` rows in `states` first seen at or after `seenSinceMs`, least recently
     * re-read first (never re-read ones before all others).
     */
    QList<OrderRecord> dueForRecheck(const QStringList &states, qint64 seenSinceMs, int limit) const;
    /** Ids of every row, ascending. */
    QList<qint64> ids() const;
    int countInState(const QString &state) const;

    /** A poll position in `cursors`, e.g. "jumpseller.orders.after"; nullopt when never set. */
    std::optional<QString> cursor(const QString &name) const;
    bool setCursor(const QString &name, const QString &value, qint64 nowMs) const;

private:
    const Journal &m_journal;
};

} // namespace puente
