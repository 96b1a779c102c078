#pragma once

namespace puente::fakes::bsale {

/**
 * Document arithmetic in integer Chilean pesos (bsale.md §7 "Tax arithmetic", chile-dte.md §4.3).
 * Lines are kept unrounded; only the amounts shown are rounded. A value type.
 */
class BsaleTaxMath
{
public:
    /** Unrounded amounts of one line. `rate` is the sum of its tax percentages / 100. */
    struct Line
    {
        double net = 0; ///< netUnitValue × quantity × (1 − discount%)
        double tax = 0;
        double netDiscount = 0;
    };
    static Line line(double netUnitValue, double quantity, double discountPercent, double rate);

    /** Rounds half away from zero to whole pesos. */
    static double pesos(double amount);

    /** Adds lines, then rounds once at document level. */
    void add(double lineNet, double rate);
    double netAmount() const; ///< taxed lines
    double exemptAmount() const; ///< lines without taxes
    double totalAmount() const;
    double taxAmount() const { return totalAmount() - netAmount() - exemptAmount(); }

private:
    double m_taxedNet = 0;
    double m_taxedGross = 0;
    double m_exempt = 0;
};

} // namespace puente::fakes::bsale
