#pragma once

#include "jumpseller/Catalog.h"
#include "jumpseller/OrderTypes.h"

#include <QtCore/QHash>

namespace puente::fakes::jumpseller {

/** What an order operation did: the order, or why it was refused, and whose stock moved. */
struct OrderOutcome
{
    int orderId = 0;
    QString error; ///< empty = done
    QList<int> touchedProducts; ///< products whose (or whose variants') stock changed
    bool ok() const { return error.isEmpty(); }
};

/**
 * The store's orders and the stock lifecycle of the inventory-management rules (§6): an order
 * takes stock while it is pending or paid and gives it back when canceled or abandoned;
 * unlimited stock is never touched. Indexed by id and by status.
 *
 * Ownership: owns the orders; uses (does not own) the catalogue. Thread affinity: none.
 */
class OrderBook
{
public:
    using Clock = std::function<QDateTime()>;

    explicit OrderBook(Catalog &catalog);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    /** Default false: an order for more than the stock is refused, as the checkout would. */
    void setAllowOversell(bool allow) { m_allowOversell = allow; }
    bool allowOversell() const { return m_allowOversell; }

    /** Turns line seeds into lines with catalogue names, SKUs and prices. */
    QString resolveLines(const QList<OrderLineSeed> &seeds, bool allowMissing, QList<OrderLine> *lines) const;
    /** Stores a new order (id assigned), computes its money fields and takes stock if it holds. */
    OrderOutcome place(Order order);
    /**
     * Seeds an order from the shop's history exactly as given (id, dates, money fields). Its
     * stock counts as already taken when its status holds stock, so nothing moves now but a
     * later cancellation gives it back. Refuses an id already in use.
     */
    OrderOutcome restore(Order order);
    /** Forgets every order and restarts the id sequence. */
    void clear();
    /** Moves an order to `status`, taking or returning stock as the lifecycle says. */
    OrderOutcome setStatus(int id, OrderStatus status);
    bool edit(int id, const std::function<void(Order &)> &edit);

    const Order *order(int id) const;
    const SortedIds &ids() const { return m_ids; }
    const SortedIds &withStatus(OrderStatus status) const;
    int count() const { return m_ids.size(); }

private:
    static void computeTotals(Order &order);
    QString takeStock(const Order &order, QList<int> *touched);
    void returnStock(const Order &order, QList<int> *touched);

    Catalog &m_catalog;
    Clock m_clock;
    bool m_allowOversell = false;
    QHash<int, Order> m_orders;
    SortedIds m_ids;
    QHash<int, SortedIds> m_byStatus;
    int m_nextId = 10001;
};

} // namespace puente::fakes::jumpseller
