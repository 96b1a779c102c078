#include "secrets/SecretStore.h"

#include <QtCore/QMetaObject>

#include <algorithm>
#include <tuple>

#include "base/Logging.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

SecretStore::~SecretStore() = default;

void SecretStore::deliver(QObject *context, SecretCallback callback, const SecretResult &result)
{
    Q_ASSERT_X(context, "SecretStore", "a context object is required");
    if (!context || !callback)
        return;
    // Queued even when the result is already known, so callers never see re-entrant callbacks.
    QMetaObject::invokeMethod(
        context, [callback = std::move(callback), result] { callback(result); }, Qt::QueuedConnection);
}

bool SecretStore::rejectInvalid(const SecretKey &key, QObject *context, const SecretCallback &callback)
{
    if (key.isValid())
        return false;
    qCWarning(lcSecrets) << "rejected invalid secret key" << key.displayName();
    deliver(context, callback,
            SecretResult::failure(key, SecretError::InvalidKey,
                                  u"Invalid secret key \"%1\": connection id and field must be non-empty and use "
                                  u"only letters, digits, '.', '-' and '_'."_s.arg(key.displayName())));
    return true;
}

bool SecretStore::rejectEmptyValue(const SecretKey &key, const QString &value, QObject *context,
                                   const SecretCallback &callback)
{
    if (!value.isEmpty())
        return false;
    deliver(context, callback,
            SecretResult::failure(
                key, SecretError::Other,
                u"Refusing to store an empty secret for %1; remove it instead."_s.arg(key.displayName())));
    return true;
}

QString SecretStore::notFoundMessage(const SecretKey &key)
{
    return u"No secret is stored for %1."_s.arg(key.displayName());
}

void SecretStore::sortKeys(QList<SecretKey> &keys)
{
    std::sort(keys.begin(), keys.end(), [](const SecretKey &a, const SecretKey &b) {
        return std::tie(a.connectionId, a.field) < std::tie(b.connectionId, b.field);
    });
}

} // namespace puente
