#include "bsale/BsaleTaxMath.h"

#include <cmath>

namespace puente::fakes::bsale {

BsaleTaxMath::Line BsaleTaxMath::line(double netUnitValue, double quantity, double discountPercent, double rate)
{
    Line out;
    const double gross = netUnitValue * quantity;
    out.netDiscount = gross * discountPercent / 100.0;
    out.net = gross - out.netDiscount;
    out.tax = out.net * rate;
    return out;
}

double BsaleTaxMath::pesos(double amount)
{
    // A tiny nudge keeps 680/1.19*1.19 = 679.9999999 on the peso it came from.
    return std::round(amount + (amount >= 0 ? 1e-7 : -1e-7));
}

void BsaleTaxMath::add(double lineNet, double rate)
{
    if (rate <= 0) {
        // §10.1: a line without taxId/taxes comes out exempt.
        m_exempt += lineNet;
        return;
    }
    m_taxedNet += lineNet;
    m_taxedGross += lineNet * (1.0 + rate);
}

// DOCS-AMBIGUITY: line vs document rounding is not spelled out. chile-dte.md §4.3 wants the
// total to survive gross → net (680 → net 571.43 → total 680, 86710 → 86710) and warns that
// IVA = round(net × 0.19) can break it; bsale.md §7's worked examples (10916 → 2074 → 12990)
// agree with rounding once per document. So: net = round(Σ net), total = round(Σ gross) +
// round(Σ exempt), IVA = total − net − exempt, all from unrounded line sums.
double BsaleTaxMath::netAmount() const
{
    return pesos(m_taxedNet);
}

double BsaleTaxMath::exemptAmount() const
{
    return pesos(m_exempt);
}

double BsaleTaxMath::totalAmount() const
{
    return pesos(m_taxedGross) + pesos(m_exempt);
}

} // namespace puente::fakes::bsale
