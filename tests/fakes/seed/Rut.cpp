#include "seed/Rut.h"

namespace puente::fakes {

QChar rutCheckDigit(int body)
{
    int sum = 0;
    int factor = 2;
    for (int rest = body; rest > 0; rest /= 10) {
        sum += (rest % 10) * factor;
        factor = factor == 7 ? 2 : factor + 1;
    }
    const int r = 11 - sum % 11;
    if (r == 11)
        return u'0';
    if (r == 10)
        return u'K';
    return QChar(u'0' + r);
}

QString formatRut(int body)
{
    return QString::number(body) + u'-' + rutCheckDigit(body);
}

QString formatRutWithDots(int body)
{
    QString digits = QString::number(body);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u'.');
    return digits + u'-' + rutCheckDigit(body).toLower();
}

bool isValidRut(QStringView rut)
{
    QString compact;
    for (const QChar c : rut) {
        if (c != u'.' && !c.isSpace())
            compact += c.toUpper();
    }
    const qsizetype dash = compact.indexOf(u'-');
    if (dash < 1 || dash != compact.size() - 2 || dash > 8)
        return false;
    bool ok = false;
    const int body = QStringView(compact).left(dash).toInt(&ok);
    if (!ok || body <= 0)
        return false;
    for (qsizetype i = 0; i < dash; ++i) {
        if (!compact.at(i).isDigit())
            return false;
    }
    return compact.back() == rutCheckDigit(body);
}

} // namespace puente::fakes
