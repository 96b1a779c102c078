#include "secrets/SecretResult.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

QString secretErrorName(SecretError error)
{
    switch (error) {
    case SecretError::None:
        return u"none"_s;
    case SecretError::NotFound:
        return u"not-found"_s;
    case SecretError::NoBackend:
        return u"no-backend"_s;
    case SecretError::AccessDenied:
        return u"access-denied"_s;
    case SecretError::ReadOnly:
        return u"read-only"_s;
    case SecretError::InvalidKey:
        return u"invalid-key"_s;
    case SecretError::Other:
        return u"other"_s;
    }
    return u"other"_s;
}

SecretResult SecretResult::success(const SecretKey &key, const QString &value)
{
    SecretResult result;
    result.m_key = key;
    result.m_value = value;
    return result;
}

SecretResult SecretResult::failure(const SecretKey &key, SecretError error, const QString &message)
{
    Q_ASSERT(error != SecretError::None);
    SecretResult result;
    result.m_key = key;
    result.m_error = error;
    result.m_message = message;
    return result;
}

} // namespace puente
