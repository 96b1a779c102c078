#include "sync/OrderTransitions.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

using Order = OrderState::Order;
using Action = OrderTransitions::Action;
using Decision = OrderTransitions::Decision;
using StoreStatus = OrderTransitions::StoreStatus;

Decision keep()
{
    return {Action::Keep, std::nullopt};
}

Decision close(StoreStatus status)
{
    return {Action::Close, status == StoreStatus::Abandoned ? Order::Abandoned : Order::Canceled};
}

bool isClosing(StoreStatus status)
{
    return status == StoreStatus::Canceled || status == StoreStatus::Abandoned;
}

} // namespace

OrderTransitions::StoreStatus OrderTransitions::storeStatus(const QString &statusEnum)
{
    if (statusEnum == u"paid"_s)
        return StoreStatus::Paid;
    if (statusEnum == u"canceled"_s)
        return StoreStatus::Canceled;
    if (statusEnum == u"abandoned"_s)
        return StoreStatus::Abandoned;
    return StoreStatus::Pending;
}

OrderTransitions::Decision OrderTransitions::onStatus(std::optional<Order> current, StoreStatus status,
                                                      bool sendStarted)
{
    if (!current || *current == Order::Waiting) {
        switch (status) {
        case StoreStatus::Pending:
            return {Action::Wait, Order::Waiting};
        case StoreStatus::Paid:
            return {Action::Plan, std::nullopt};
        case StoreStatus::Canceled:
        case StoreStatus::Abandoned:
            return close(status);
        }
    }
    switch (*current) {
    case Order::Waiting: // handled above
    case Order::Manual:
    case Order::Refused:
    case Order::NoDocument:
        // Nothing was issued: a cancellation simply ends it (and takes it out of the inbox).
        return isClosing(status) ? close(status) : keep();
    case Order::Emitting:
    case Order::Failed:
        // Never sent, or refused for good: nothing exists in Bsale, drop it. An attempt whose
        // outcome is unknown: the (idempotent) send must finish first (onEmitted/onRefused).
        return isClosing(status) && !sendStarted ? close(status) : keep();
    case Order::Documented:
        // Only a cancellation undoes a sale. Abandoned is set by the store for unpaid orders
        // only (jumpseller.md §3.2), so it cannot follow an issued document; kept as is.
        return status == StoreStatus::Canceled ? Decision {Action::Credit, Order::Crediting} : keep();
    case Order::Crediting:
    case Order::CreditFailed:
    case Order::Credited:
    case Order::Canceled:
    case Order::Abandoned:
        // DECISION: a canceled order paid again is not re-billed automatically (the store
        // rarely allows it, and a second document needs a person's judgement).
        return keep();
    }
    return keep();
}

OrderTransitions::Decision OrderTransitions::onEmitted(StoreStatus status)
{
    if (status == StoreStatus::Canceled)
        return {Action::Credit, Order::Crediting};
    return {Action::Keep, Order::Documented};
}

OrderTransitions::Decision OrderTransitions::onRefused(StoreStatus status)
{
    if (isClosing(status))
        return close(status);
    return {Action::Keep, Order::Failed};
}

} // namespace puente
