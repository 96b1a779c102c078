#pragma once

#include "domain/Money.h"

#include <QtCore/QString>

namespace puente {

/**
 * One line of a store order, neutral to the store (Jumpseller `products[]`, jumpseller.md §3.3).
 * Money is gross: in a Chilean store prices include IVA (§3.4). A value type.
 */
struct StoreOrderLine
{
    QString storeProductId;
    QString storeVariantId; ///< empty for a product without variants
    QString sku;
    QString name;
    int quantity = 1;
    Pesos unitPrice = 0; ///< gross unit price as charged, IVA included
    // DOCS-AMBIGUITY: Jumpseller's OrderProduct.discount is not said to be per unit or per line
    // (the documented example has qty 1). Puente reads it as the discount of the whole line, as
    // the fake store does; a mapper that learns otherwise multiplies by quantity before this.
    Pesos discount = 0; ///< gross discount of the whole line

    /** quantity × unitPrice − discount: what the customer paid for the line (may be ≤ 0). */
    Pesos chargedAmount() const { return Pesos(quantity) * unitPrice - discount; }

    bool operator==(const StoreOrderLine &other) const = default;
};

} // namespace puente
