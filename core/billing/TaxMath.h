#pragma once

#include "domain/DocumentPlanLine.h"
#include "domain/DocumentTotals.h"
#include "domain/FixedDecimal.h"
#include "domain/Money.h"

#include <QtCore/QList>

#include <optional>

namespace puente {

/**
 * IVA arithmetic in whole Chilean pesos, written from chile-dte.md §4.3 and bsale.md §7
 * (independently of the fake Bsale, which checks it). Stateless; callable from any thread.
 *
 * How Bsale totals a document (our reading, documented nowhere in full):
 * - Lines stay unrounded: line net = netUnitValue × quantity × (1 − discount/100).
 * - The document rounds once: net = round(Σ line net), total = round(Σ line net × 1.19),
 *   IVA = total − net. This is LibreDTE's `calculateNetoIVA` rule (IVA as the remainder, never
 *   round(net × 0.19), which turns 680 into 679 and 86,710 into 86,711) and agrees with every
 *   worked example in bsale.md §7 (10916 → 2074 → 12990, 23438 → 4453 → 27891).
 * - Because Bsale may instead round line by line (round(net) + round(net × 0.19) per line),
 *   netUnitValueFor() only accepts values for which both readings give the same line total,
 *   with the line's error kept far below half a peso so the document-level sum holds too.
 *   A plan is therefore right under either rounding, and the integration test holds the fake
 *   (which rounds per document) to the peso.
 * - If Bsale rounded the net first and took IVA from the rounded net, 680 would be out of
 *   reach for every net value (571 → 679, 572 → 681); chile-dte.md §4.3 records that Bsale
 *   keeps 680, so that reading is ruled out.
 */
class TaxMath
{
public:
    static constexpr int kIvaPercent = 19;
    /** Largest error, in pesos, netUnitValueFor() accepts for one line by default. */
    static constexpr double kDefaultTolerance = 0.01;

    /** LibreDTE's gross → net: round(gross / 1.19), half up, in exact integer arithmetic. */
    static Pesos netFromGross(Pesos gross);
    /** gross − netFromGross(gross): IVA as the remainder, so net + IVA is the gross again. */
    static Pesos ivaFromGross(Pesos gross) { return gross - netFromGross(gross); }
    /** Half away from zero. */
    static Pesos roundPesos(double amount);
    /**
     * True within a millionth of a half peso: there Bsale's tie rule (undocumented) and
     * floating-point noise decide the rounding, so plans keep their amounts clear of it.
     */
    static bool onHalfPeso(double amount);

    /** Unrounded net of one line: netUnitValue × quantity × (1 − discount/100). */
    static double lineNet(const FixedDecimal &netUnitValue, int quantity, const FixedDecimal &discountPercent);
    static double lineNet(const DocumentPlanLine &line)
    {
        return lineNet(line.netUnitValue, line.quantity, line.discountPercent);
    }
    /** Net, IVA and total as Bsale computes them for these (taxed) lines, rounding once. */
    static DocumentTotals documentTotals(const QList<DocumentPlanLine> &lines);
    /** The total if Bsale rounded each line's net and IVA separately instead. */
    static Pesos lineByLineTotal(const QList<DocumentPlanLine> &lines);
    /**
     * When the document's net falls on a half peso, nudges one line's net unit value by
     * ±0.0001 (keeping that line's total exact) so the net/IVA split does not hang on how
     * Bsale breaks ties. False if no line could move; the total is right either way.
     */
    static bool avoidHalfPesoNet(QList<DocumentPlanLine> *lines, double tolerance = kDefaultTolerance);

    /**
     * The percentage, with at most two decimals, that takes `discount` off `listGross`
     * (Bsale's `discount` is a percentage, §7). Capped at 99.99 % so a line keeps a value;
     * the net unit value absorbs the rounding of the percentage.
     */
    static FixedDecimal discountPercent(Pesos discount, Pesos listGross);

    /**
     * The net unit value, with as few decimals as possible (0 to 6), for which Bsale computes
     * exactly `lineGross` for `quantity` units at `discountPercent`: |line net × 1.19 −
     * lineGross| ≤ `tolerance`, round(net) + round(net × 0.19) = lineGross and the line's net
     * is not on a half peso. Nullopt when
     * no such value exists (lineGross ≤ 0, or absurd quantities).
     */
    static std::optional<FixedDecimal> netUnitValueFor(Pesos lineGross, int quantity,
                                                       const FixedDecimal &discountPercent,
                                                       double tolerance = kDefaultTolerance);
    /** The acceptance test of netUnitValueFor() for a line that should add up to `lineGross`. */
    static bool isExact(const FixedDecimal &netUnitValue, int quantity, const FixedDecimal &discountPercent,
                        Pesos lineGross, double tolerance = kDefaultTolerance);
};

} // namespace puente
