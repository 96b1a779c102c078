#include "secrets/SecretKey.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

bool SecretKey::isValidPart(const QString &part)
{
    if (part.isEmpty())
        return false;
    for (const QChar c : part) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'-' || c == u'_' || c == u'.';
        if (!allowed)
            return false;
    }
    return true;
}

bool SecretKey::isValid() const
{
    return isValidPart(connectionId) && isValidPart(field);
}

QString SecretKey::displayName() const
{
    return connectionId + u'/' + field;
}

} // namespace puente
