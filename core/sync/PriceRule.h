#pragma once

#include <QtCore/QMetaType>
#include <QtCore/QString>

#include <optional>

namespace puente {

/**
 * How a Bsale list price becomes the store price when price sync is on: a markup, then a
 * rounding to a "price ending" such as …990, as Centry and the Bsale app offer. Prices are
 * gross CLP (IVA included), whole pesos.
 *
 * Exactly, for a gross price p > 0:
 *  1. marked = p × (10000 + markup in basis points) / 10000, rounded half up to a peso
 *     (integer arithmetic, no floating point: 9990 + 12.5 % is 11238.75 → 11239).
 *  2. With a pattern of d digits (e.g. "990", d = 3), the candidates are the prices ending in
 *     those digits: k × 10^d + pattern, for whole k ≥ 0, and only those above 0.
 *     - Up: the smallest candidate ≥ marked (12345 → 12990; 12990 stays).
 *     - Down: the largest candidate ≤ marked (12345 → 11990); when there is none above 0
 *       (marked 500 → candidate -10), Up's instead, so a price never drops to 0 or below.
 *     - Nearest: whichever of Down's and Up's is closer; a tie goes Up (12345 with "0" →
 *       12350; 12345 with "990" → 11990, 355 below rather than 645 above).
 *     A pattern of zeros rounds to a multiple ("00": to hundreds).
 *  3. Without a pattern the marked price is the result.
 * A price ≤ 0 (not in the list, or free) gives no price: nothing is pushed.
 *
 * A plain value; thread-safe.
 */
class PriceRule
{
public:
    enum class Rounding : quint8 { Up, Nearest, Down };

    static constexpr int kMaxPatternDigits = 6;
    static constexpr int kMinMarkupBasisPoints = -9000; ///< -90 %
    static constexpr int kMaxMarkupBasisPoints = 100000; ///< +1000 %

    PriceRule() = default;
    PriceRule(int markupBasisPoints, const QString &pattern, Rounding rounding = Rounding::Up);

    /** The store price for the gross list price `grossClp`; nullopt when it is ≤ 0. */
    std::optional<qint64> apply(qint64 grossClp) const;
    /** The rule changes nothing (no markup, no pattern). */
    bool isIdentity() const { return m_markupBasisPoints == 0 && m_pattern.isEmpty(); }

    int markupBasisPoints() const { return m_markupBasisPoints; }
    QString pattern() const { return m_pattern; }
    Rounding rounding() const { return m_rounding; }

    /** "12.5" / "-5" / "0" (percent, at most two decimals) → basis points; nullopt if not. */
    static std::optional<int> parseMarkup(const QString &percent);
    /** "…990", "...990" and "990" → "990"; "" → ""; nullopt for anything else. */
    static std::optional<QString> parsePattern(const QString &text);
    /** "up", "nearest", "down" (case-insensitive). */
    static std::optional<Rounding> parseRounding(const QString &text);
    static QString roundingName(Rounding rounding);

    friend bool operator==(const PriceRule &, const PriceRule &) = default;

private:
    qint64 roundToPattern(qint64 marked) const;

    int m_markupBasisPoints = 0;
    QString m_pattern; ///< digits only; empty = no rounding
    Rounding m_rounding = Rounding::Up;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::PriceRule)
