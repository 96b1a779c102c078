#include "sync/PriceRule.h"

#include <QtCore/QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace puente {

PriceRule::PriceRule(int markupBasisPoints, const QString &pattern, Rounding rounding)
    : m_markupBasisPoints(std::clamp(markupBasisPoints, kMinMarkupBasisPoints, kMaxMarkupBasisPoints))
    , m_pattern(parsePattern(pattern).value_or(QString()))
    , m_rounding(rounding)
{ }

std::optional<qint64> PriceRule::apply(qint64 grossClp) const
{
    if (grossClp <= 0)
        return std::nullopt;
    // Half up on positive values: (a + b/2) / b. The factor is ≥ 1000 (markup ≥ -90 %).
    const qint64 factor = 10000 + m_markupBasisPoints;
    const qint64 marked = (grossClp * factor + 5000) / 10000;
    if (marked <= 0)
        return std::nullopt;
    return m_pattern.isEmpty() ? marked : roundToPattern(marked);
}

qint64 PriceRule::roundToPattern(qint64 marked) const
{
    qint64 modulus = 1;
    for (qsizetype i = 0; i < m_pattern.size(); ++i)
        modulus *= 10;
    const qint64 ending = m_pattern.toLongLong();
    // The candidate in marked's own block of `modulus`, then its neighbours.
    const qint64 inBlock = marked - marked % modulus + ending;
    const qint64 up = inBlock >= marked ? inBlock : inBlock + modulus;
    const qint64 down = inBlock <= marked ? inBlock : inBlock - modulus;
    switch (m_rounding) {
    case Rounding::Up:
        return up;
    case Rounding::Down:
        return down > 0 ? down : up;
    case Rounding::Nearest:
        if (down <= 0)
            return up;
        return (marked - down) < (up - marked) ? down : up;
    }
    return up;
}

std::optional<int> PriceRule::parseMarkup(const QString &percent)
{
    static const QRegularExpression re(u"^\\s*([+-]?)(\\d{1,4})(?:[.,](\\d{1,2}))?\\s*%?\\s*$"_s);
    const auto match = re.match(percent);
    if (!match.hasMatch())
        return std::nullopt;
    QString decimals = match.captured(3);
    while (decimals.size() < 2)
        decimals.append(u'0');
    int value = match.captured(2).toInt() * 100 + decimals.toInt();
    if (match.captured(1) == u"-"_s)
        value = -value;
    if (value < kMinMarkupBasisPoints || value > kMaxMarkupBasisPoints)
        return std::nullopt;
    return value;
}

std::optional<QString> PriceRule::parsePattern(const QString &text)
{
    QString digits = text.trimmed();
    // The ellipsis is how people write it ("…990"); accept it and its three-dot spelling.
    while (digits.startsWith(u'…') || digits.startsWith(u'.'))
        digits.remove(0, 1);
    if (digits.isEmpty())
        return text.trimmed().isEmpty() ? std::optional<QString>(QString()) : std::nullopt;
    if (digits.size() > kMaxPatternDigits)
        return std::nullopt;
    for (const QChar c : std::as_const(digits)) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    return digits;
}

std::optional<PriceRule::Rounding> PriceRule::parseRounding(const QString &text)
{
    const QString name = text.trimmed().toLower();
    for (const auto rounding : {Rounding::Up, Rounding::Nearest, Rounding::Down}) {
        if (name == roundingName(rounding))
            return rounding;
    }
    return std::nullopt;
}

QString PriceRule::roundingName(Rounding rounding)
{
    switch (rounding) {
    case Rounding::Up:
        return u"up"_s;
    case Rounding::Nearest:
        return u"nearest"_s;
    case Rounding::Down:
        return u"down"_s;
    }
    return {};
}

} // namespace puente
