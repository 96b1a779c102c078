#pragma once

#include "connectors/jumpseller/JumpsellerTypes.h"
#include "domain/StoreVariant.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QMetaType>

#include <functional>

namespace puente {

/**
 * Units per store item that Jumpseller holds for its orders but Bsale has not booked yet: what
 * the stock target subtracts from Bsale's quantityAvailable (target = max(0, available − held)).
 *
 * jumpseller.md §6: an order takes its units from the store's `stock` when it becomes Pending
 * Payment (checkout), keeps them when Paid, and gives them back when Canceled or Abandoned.
 * Bsale learns about the sale only when Puente books it: the order's boleta or factura is
 * issued with dispatch, and Bsale's quantityAvailable drops then. So an order is counted when:
 *  - its status_enum is pending_payment or paid (the store holds its units), and
 *  - Bsale has not booked it (`isBooked(orderId)` is false: no emitted document of Puente's
 *    for it), and
 *  - it was created at or after `notBefore`. Older paid orders are taken as booked some other
 *    way (before Puente ran, by hand, or never): counting them forever would keep the store
 *    below Bsale for good. StockSettings::heldOrderHours sets the window.
 * Canceled, abandoned and unknown statuses count nothing. A canceled order that had been
 * booked gets a credit note, which gives Bsale its units back as the store takes its own back.
 *
 * Why this is not counted twice: the store's `stock` already lacks these units, but the target
 * is computed from Bsale's number, not from the store's; Bsale's number lacks them only once
 * the order is booked, and from then on the order is no longer counted here.
 *
 * Lines with qty ≤ 0 are ignored; one item in several orders adds up. A plain value.
 */
class PendingUnits
{
public:
    using IsBooked = std::function<bool(qint64 orderId)>;

    PendingUnits() = default;

    /** Whether `order` holds units per the rules above. */
    static bool holds(const JumpsellerOrder &order, const IsBooked &isBooked, const QDateTime &notBefore);
    static PendingUnits fromOrders(const QList<JumpsellerOrder> &orders, const IsBooked &isBooked,
                                   const QDateTime &notBefore);

    /** Units held for `key` (0 when none). */
    qint64 unitsFor(const StoreVariantKey &key) const { return m_units.value(key, 0); }
    const QHash<StoreVariantKey, qint64> &all() const { return m_units; }
    /** The orders that were counted, ascending. */
    const QList<qint64> &orderIds() const { return m_orderIds; }
    bool isEmpty() const { return m_units.isEmpty(); }

    void add(const StoreVariantKey &key, qint64 units);

private:
    QHash<StoreVariantKey, qint64> m_units;
    QList<qint64> m_orderIds;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::PendingUnits)
