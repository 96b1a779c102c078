#pragma once

#include <QtCore/QString>
#include <QtCore/QStringView>
#include <QtCore/QtGlobal>

#include <optional>

namespace puente {

/**
 * A non-negative decimal with at most six decimal places, kept exactly as an integer count of
 * millionths. Bsale's `netUnitValue` and `discount` are floats on the wire, but the values Puente
 * decides on ("571.43", "12.5") must survive the journal and a retry digit for digit, so they are
 * never held as doubles. Six places is SII's `Dec12_6` for unit prices (chile-dte.md §4.3).
 * A value type.
 */
class FixedDecimal
{
public:
    static constexpr int kMaxDecimals = 6;
    static constexpr qint64 kScale = 1'000'000;

    FixedDecimal() = default;
    /** `millionths` / 10^6 rounded half up to `decimals` places (0..6); negatives become 0. */
    static FixedDecimal fromMillionths(qint64 millionths, int decimals);
    static FixedDecimal fromInteger(qint64 value) { return fromMillionths(value * kScale, 0); }
    /** "571.43", "10", "0.5": digits, at most one '.', at most six decimals, no sign. */
    static std::optional<FixedDecimal> parse(QStringView text);

    qint64 millionths() const { return m_millionths; }
    int decimals() const { return m_decimals; }
    bool isZero() const { return m_millionths == 0; }
    double toDouble() const { return double(m_millionths) / double(kScale); }
    /** Exactly `decimals()` places, '.' as separator, no grouping: "571.43", "10". */
    QString toString() const;

    bool operator==(const FixedDecimal &other) const = default;

private:
    qint64 m_millionths = 0;
    int m_decimals = 0;
};

} // namespace puente
