#include "billing/TaxMath.h"

#include <algorithm>
#include <cmath>

namespace puente {

namespace {

constexpr double kRate = TaxMath::kIvaPercent / 100.0;
constexpr qint64 kPowers[] = {1, 10, 100, 1000, 10000, 100000, 1000000};

} // namespace

Pesos TaxMath::netFromGross(Pesos gross)
{
    if (gross < 0)
        return -netFromGross(-gross);
    // round(g / 1.19) = round(100 g / 119) = floor((200 g + 119) / 238), with no floating point.
    const Pesos divisor = 100 + kIvaPercent;
    return (200 * gross + divisor) / (2 * divisor);
}

Pesos TaxMath::roundPesos(double amount)
{
    return std::llround(amount);
}

bool TaxMath::onHalfPeso(double amount)
{
    return std::abs(amount - std::floor(amount) - 0.5) < 1e-6;
}

double TaxMath::lineNet(const FixedDecimal &netUnitValue, int quantity, const FixedDecimal &discountPercent)
{
    // The discount is taken off the line, not the unit (bsale.md §7 `discount`, §12.5).
    const double gross = netUnitValue.toDouble() * quantity;
    return gross - gross * discountPercent.toDouble() / 100.0;
}

DocumentTotals TaxMath::documentTotals(const QList<DocumentPlanLine> &lines)
{
    double net = 0;
    for (const auto &line : lines)
        net += lineNet(line);
    DocumentTotals totals;
    totals.net = roundPesos(net);
    totals.total = roundPesos(net * (1.0 + kRate));
    totals.iva = totals.total - totals.net;
    return totals;
}

Pesos TaxMath::lineByLineTotal(const QList<DocumentPlanLine> &lines)
{
    Pesos total = 0;
    for (const auto &line : lines) {
        const double net = lineNet(line);
        total += roundPesos(net) + roundPesos(net * kRate);
    }
    return total;
}

FixedDecimal TaxMath::discountPercent(Pesos discount, Pesos listGross)
{
    if (discount <= 0 || listGross <= 0)
        return {};
    // Hundredths of a percent, half up: round(discount × 10000 / listGross).
    qint64 hundredths = (2 * discount * 10000 + listGross) / (2 * listGross);
    hundredths = std::min<qint64>(hundredths, 9999);
    const int places = hundredths % 100 == 0 ? 0 : (hundredths % 10 == 0 ? 1 : 2);
    return FixedDecimal::fromMillionths(hundredths * 10000, places);
}

std::optional<FixedDecimal> TaxMath::netUnitValueFor(Pesos lineGross, int quantity, const FixedDecimal &discountPercent,
                                                     double tolerance)
{
    const double keep = 1.0 - discountPercent.toDouble() / 100.0;
    if (lineGross <= 0 || quantity <= 0 || keep <= 0)
        return std::nullopt;
    const double exact = double(lineGross) / ((1.0 + kRate) * quantity * keep);
    // Fewest decimals first: 11,900 gross is 10000 net, not 10000.000000; 680 is 571.43.
    for (int places = 0; places <= FixedDecimal::kMaxDecimals; ++places) {
        const qint64 units = std::llround(exact * double(kPowers[places]));
        if (units <= 0)
            continue;
        const auto candidate =
            FixedDecimal::fromMillionths(units * kPowers[FixedDecimal::kMaxDecimals - places], places);
        if (isExact(candidate, quantity, discountPercent, lineGross, tolerance))
            return candidate;
    }
    return std::nullopt;
}

bool TaxMath::isExact(const FixedDecimal &netUnitValue, int quantity, const FixedDecimal &discountPercent,
                      Pesos lineGross, double tolerance)
{
    if (netUnitValue.isZero())
        return false;
    const double net = lineNet(netUnitValue, quantity, discountPercent);
    // A line net on a half peso would make the line-by-line reading depend on the tie rule.
    return std::abs(net * (1.0 + kRate) - double(lineGross)) <= tolerance && !onHalfPeso(net)
        && roundPesos(net) + roundPesos(net * kRate) == lineGross;
}

bool TaxMath::avoidHalfPesoNet(QList<DocumentPlanLine> *lines, double tolerance)
{
    auto documentNet = [lines] {
        double net = 0;
        for (const auto &line : std::as_const(*lines))
            net += lineNet(line);
        return net;
    };
    if (!onHalfPeso(documentNet()))
        return true;
    constexpr qint64 kNudge = 100; // millionths: 0.0001 per unit
    for (auto &line : *lines) {
        const FixedDecimal original = line.netUnitValue;
        for (const qint64 step : {kNudge, -kNudge}) {
            line.netUnitValue =
                FixedDecimal::fromMillionths(original.millionths() + step, std::max(original.decimals(), 4));
            if (isExact(line.netUnitValue, line.quantity, line.discountPercent, line.grossAmount, tolerance)
                && !onHalfPeso(documentNet()))
                return true;
        }
        line.netUnitValue = original;
    }
    return false;
}

} // namespace puente
