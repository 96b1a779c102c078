#include "sync/PendingUnits.h"

#include <algorithm>

namespace puente {

bool PendingUnits::holds(const JumpsellerOrder &order, const IsBooked &isBooked, const QDateTime &notBefore)
{
    switch (order.status) {
    case JumpsellerOrderStatus::PendingPayment:
    case JumpsellerOrderStatus::Paid:
        break;
    case JumpsellerOrderStatus::Canceled:
    case JumpsellerOrderStatus::Abandoned:
    case JumpsellerOrderStatus::Unknown:
        return false;
    }
    if (notBefore.isValid() && order.createdAt.isValid() && order.createdAt < notBefore)
        return false;
    return !(isBooked && isBooked(order.id));
}

PendingUnits PendingUnits::fromOrders(const QList<JumpsellerOrder> &orders, const IsBooked &isBooked,
                                      const QDateTime &notBefore)
{
    PendingUnits out;
    for (const JumpsellerOrder &order : orders) {
        if (!holds(order, isBooked, notBefore) || out.m_orderIds.contains(order.id))
            continue;
        out.m_orderIds.append(order.id);
        for (const JumpsellerOrderLine &line : order.lines) {
            if (line.qty > 0 && line.productId > 0)
                out.add({line.productId, line.variantId}, line.qty);
        }
    }
    std::sort(out.m_orderIds.begin(), out.m_orderIds.end());
    return out;
}

void PendingUnits::add(const StoreVariantKey &key, qint64 units)
{
    if (units > 0)
        m_units[key] += units;
}

} // namespace puente
