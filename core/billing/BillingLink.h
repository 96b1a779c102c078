#pragma once

#include <QtCore/QString>

namespace puente {

/**
 * What the billing rules need to know about the Bsale variant a store line is linked to.
 * The sync engine's links answer it through PlannerContext::linkFor. A value type.
 */
struct BillingLink
{
    int variantId = 0; ///< Bsale variant id; 0 = sell by `code`
    QString code; ///< Bsale variant code (SKU)
    bool serialNumbered = false; ///< Bsale needs the serial in the line (bsale.md §10.4)
    bool pack = false; ///< a pack: sold by its `code` only (bsale.md §10.5)
    bool inactive = false; ///< Bsale `state` 1

    bool operator==(const BillingLink &other) const = default;
};

} // namespace puente
