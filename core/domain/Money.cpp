#include "domain/Money.h"

using namespace Qt::Literals::StringLiterals;

namespace puente::money {

QString format(Pesos amount)
{
    // Not QLocale: the grouping must not depend on the user's locale, messages quote amounts
    // the way Chilean documents print them.
    QString digits = QString::number(amount < 0 ? -amount : amount);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u'.');
    return (amount < 0 ? u"-$"_s : u"$"_s) + digits;
}

} // namespace puente::money
