#pragma once

#include "connectors/jumpseller/JumpsellerTypes.h"
#include "net/ApiResult.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QObject>

#include <functional>
#include <memory>

namespace puente {

class Clock;
class Journal;
class JumpsellerClient;

/**
 * Keeps the list of store orders that may hold stock (PendingUnits decides which do): pending
 * and paid orders of the last `heldOrderHours`, with their lines, without reading the store's
 * whole order history each time.
 *
 * refresh() costs one request when nothing happened: GET /orders/after/{last id seen} for new
 * orders (any status). When orders the tracker knows as pending exist, GET
 * /orders/status/pending_payment shows which of them moved on, and only those are read again
 * (GET /orders/{id}) to learn whether they were paid (still held until booked) or canceled or
 * abandoned (dropped). Paid orders Bsale has booked (`isBooked`) and orders older than the
 * window are dropped too. noteOrder() takes an order from a verified Jumpseller webhook.
 *
 * The first refresh on a journal starts from the store's pending orders; the last id seen is
 * the highest of them, so paid orders placed before the first run are taken as booked.
 * Without any pending order the first refresh reads the order history once.
 *
 * State: the journal cursor "stock.held_orders" (JSON: last id seen, open orders with lines).
 * Ownership: does not own the client, Journal or Clock, which must outlive it.
 * Thread affinity: the JumpsellerClient's thread.
 */
class HeldOrderTracker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeldOrderTracker)

public:
    using IsBooked = std::function<bool(qint64 orderId)>;
    using Done = std::function<void(const ApiResult<QList<JumpsellerOrder>> &)>;

    static constexpr const char *kCursorName = "stock.held_orders";

    HeldOrderTracker(JumpsellerClient &store, const Journal &journal, Clock &clock, int heldOrderHours,
                     QObject *parent = nullptr);
    ~HeldOrderTracker() override;

    void setHeldOrderHours(int hours) { m_heldOrderHours = std::max(1, hours); }

    /** Updates the open orders from the store; `done` gets them (ascending id) on `context`'s
     *  thread, never inside refresh(). */
    void refresh(const IsBooked &isBooked, QObject *context, Done done);
    /** The open orders as last stored, without asking the store. */
    QList<JumpsellerOrder> openOrders() const;
    /** Takes an order from a verified webhook: adds, updates or drops it. */
    void noteOrder(const JumpsellerOrder &order);
    /** The highest order id seen (0 before the first refresh). */
    qint64 lastSeenId() const;

private:
    struct State;
    struct Pass;

    State load() const;
    void store(const State &state) const;
    void readNew(const std::shared_ptr<Pass> &pass);
    void checkPending(const std::shared_ptr<Pass> &pass);
    void rereadMoved(const std::shared_ptr<Pass> &pass, QList<qint64> moved);
    void finish(const std::shared_ptr<Pass> &pass, const ApiError &error);

    JumpsellerClient &m_store;
    const Journal &m_journal;
    Clock &m_clock;
    int m_heldOrderHours;
};

} // namespace puente
