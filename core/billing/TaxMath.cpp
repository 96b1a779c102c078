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

std::optional<FixedDecimal> TaxMath::netUnitValueFor(Pesos lineGross, int quantity,
                                                     const FixedDecimal &discountPercent, double tolerance)
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
        const double net = lineNet(candidate, quantity, discountPercent);
        if (std::abs(net * (1.0 + kRate) - double(lineGross)) <= tolerance
            && roundPesos(net) + roundPesos(net * kRate) == lineGross)
            return candidate;
    }
    return std::nullopt;
}

} // namespace puente
