#include "domain/FixedDecimal.h"

#include <algorithm>

namespace puente {

namespace {
constexpr qint64 kPowers[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
} // namespace

FixedDecimal FixedDecimal::fromMillionths(qint64 millionths, int decimals)
{
    FixedDecimal out;
    out.m_decimals = std::clamp(decimals, 0, kMaxDecimals);
    // Round half up to the declared places, so what is printed is exactly what is held and a
    // value survives toString() → parse() unchanged.
    const qint64 unit = kPowers[kMaxDecimals - out.m_decimals];
    out.m_millionths = (std::max<qint64>(0, millionths) + unit / 2) / unit * unit;
    return out;
}

std::optional<FixedDecimal> FixedDecimal::parse(QStringView text)
{
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 12 || fraction.size() > kMaxDecimals || (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;
    qint64 value = 0;
    for (const QChar c : whole) {
        if (!c.isDigit() || c.unicode() > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    qint64 decimals = 0;
    for (const QChar c : fraction) {
        if (!c.isDigit() || c.unicode() > u'9')
            return std::nullopt;
        decimals = decimals * 10 + (c.unicode() - u'0');
    }
    const int places = int(fraction.size());
    return fromMillionths(value * kScale + decimals * kPowers[kMaxDecimals - places], places);
}

QString FixedDecimal::toString() const
{
    const qint64 scaled = m_millionths / kPowers[kMaxDecimals - m_decimals];
    QString out = QString::number(scaled / kPowers[m_decimals]);
    if (m_decimals > 0) {
        const qint64 fraction = scaled % kPowers[m_decimals];
        out += u'.' + QString::number(fraction).rightJustified(m_decimals, u'0');
    }
    return out;
}

} // namespace puente
