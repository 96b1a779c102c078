#include "billing/Rut.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

QChar Rut::checkDigit(quint32 body)
{
    // chile-dte.md §4.1: digits right to left times 2, 3, 4, 5, 6, 7, 2, 3, …; r = 11 − sum mod 11;
    // 11 → '0', 10 → 'K'.
    quint32 sum = 0;
    quint32 factor = 2;
    for (quint32 rest = body; rest > 0; rest /= 10) {
        sum += (rest % 10) * factor;
        factor = factor == 7 ? 2 : factor + 1;
    }
    const quint32 r = 11 - sum % 11;
    if (r == 11)
        return u'0';
    if (r == 10)
        return u'K';
    return QChar(char16_t(u'0' + r));
}

std::optional<Rut> Rut::fromBody(quint32 body)
{
    if (body == 0 || body > kMaxBody)
        return std::nullopt;
    return Rut(body, checkDigit(body));
}

QString Rut::normalise(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'.' || c.isSpace())
            continue;
        if (c == u'\u2010' || c == u'\u2011' || c == u'\u2013' || c == u'\u2212')
            out += u'-';
        else
            out += c == u'k' ? u'K' : c;
    }
    return out;
}

std::optional<Rut> Rut::parse(QStringView text, Error *error)
{
    auto fail = [error](Error why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString compact = normalise(text);
    if (compact.isEmpty())
        return fail(Error::Empty);
    const qsizetype dash = compact.indexOf(u'-');
    if (dash < 1 || dash != compact.size() - 2)
        return fail(Error::Malformed);
    quint64 body = 0;
    for (qsizetype i = 0; i < dash; ++i) {
        const char16_t c = compact.at(i).unicode();
        if (c < u'0' || c > u'9')
            return fail(Error::Malformed);
        body = body * 10 + (c - u'0');
        if (body > kMaxBody)
            return fail(Error::Malformed);
    }
    const QChar digit = compact.back();
    if (body == 0 || !(digit == u'K' || (digit.unicode() >= u'0' && digit.unicode() <= u'9')))
        return fail(Error::Malformed);
    if (digit != checkDigit(quint32(body)))
        return fail(Error::WrongCheckDigit);
    if (error)
        *error = Error::None;
    return Rut(quint32(body), digit);
}

QString Rut::toString() const
{
    return QString::number(m_body) + u'-' + m_checkDigit;
}

QString Rut::toDottedString() const
{
    QString digits = QString::number(m_body);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u'.');
    return digits + u'-' + m_checkDigit;
}

} // namespace puente
