#pragma once

#include "domain/Money.h"

namespace puente {

/** A document's amounts as Bsale reports them: netAmount, taxAmount (IVA), totalAmount. */
struct DocumentTotals
{
    Pesos net = 0;
    Pesos iva = 0;
    Pesos total = 0;

    bool operator==(const DocumentTotals &other) const = default;
};

} // namespace puente
