#pragma once

#include <QtCore/QString>
#include <QtCore/QStringView>

namespace puente::fakes {

/** Small, allocation-conscious string helpers for the generator's hot loops. Stateless, reentrant. */
class DemoText
{
public:
    /** URL slug as Jumpseller makes permalinks: "Polerón Ñandú" -> "poleron-nandu". */
    static QString slug(QStringView text);
    /** Appends `value` zero-padded to `width` digits. */
    static void appendPadded(QString &out, qint64 value, int width);
    /** EAN-13 with the GS1 Chile prefix 780 and a correct check digit, numbered by `serial`. */
    static QString ean13(qint64 serial);
    /** Number of decimal digits of a non-negative value. */
    static int digits(qint64 value);
};

} // namespace puente::fakes
