#pragma once

#include "connectors/jumpseller/JumpsellerTypes.h"
#include "domain/StoreOrder.h"

#include <QtCore/QString>

namespace puente {

/**
 * Jumpseller's order (jumpseller.md §3.3) → the billing rules' StoreOrder, following the rules
 * StoreOrder documents:
 *  - money is gross whole pesos (floats rounded half away from zero); Chilean stores include IVA
 *    in prices (§3.4). DECISION: a store that adds IVA on top is not converted: its lines then
 *    do not add up to the total and the planner refuses the order (TotalMismatch) for a person;
 *  - a line's `discount` is the whole line's (the fake's reading of the DOCS-AMBIGUITY);
 *    Jumpseller's order `discount` includes the lines' discounts, so only the rest is the
 *    cart-level `orderDiscount` (never negative);
 *  - gift cards are a payment (`giftCardAmount`), shipping discount stays separate;
 *  - `status` is status_enum as sent (the enum's text when the API sent none);
 *  - the RUT travels in billing_address.taxid; checkout custom fields keep their labels and
 *    native billing_information uses its keys (business_activity, company_name, taxpayer_type).
 * Stateless; callable from any thread.
 */
class OrderMapper final
{
public:
    OrderMapper() = delete;

    static StoreOrder toStoreOrder(const JumpsellerOrder &order, const QString &storeCode);
    /** Whole pesos from the API's float amount. */
    static Pesos pesos(double amount);
};

} // namespace puente
