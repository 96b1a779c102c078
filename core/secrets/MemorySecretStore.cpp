#include "secrets/MemorySecretStore.h"

#include "base/Logging.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

void MemorySecretStore::read(const SecretKey &key, QObject *context, SecretCallback callback)
{
    if (rejectInvalid(key, context, callback) || rejectForced(key, context, callback))
        return;
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd()) {
        deliver(context, std::move(callback), SecretResult::failure(key, SecretError::NotFound, notFoundMessage(key)));
        return;
    }
    qCDebug(lcSecrets) << "memory store: read" << key.displayName();
    deliver(context, std::move(callback), SecretResult::success(key, it.value()));
}

void MemorySecretStore::write(const SecretKey &key, const QString &value, QObject *context, SecretCallback callback)
{
    if (rejectInvalid(key, context, callback) || rejectEmptyValue(key, value, context, callback)
        || rejectForced(key, context, callback))
        return;
    m_values.insert(key, value);
    qCDebug(lcSecrets) << "memory store: wrote" << key.displayName();
    deliver(context, std::move(callback), SecretResult::success(key));
}

void MemorySecretStore::remove(const SecretKey &key, QObject *context, SecretCallback callback)
{
    if (rejectInvalid(key, context, callback) || rejectForced(key, context, callback))
        return;
    m_values.remove(key);
    qCDebug(lcSecrets) << "memory store: removed" << key.displayName();
    deliver(context, std::move(callback), SecretResult::success(key));
}

QList<SecretKey> MemorySecretStore::knownKeys() const
{
    QList<SecretKey> keys = m_values.keys();
    sortKeys(keys);
    return keys;
}

void MemorySecretStore::setForcedError(SecretError error, const QString &message)
{
    m_forcedError = error;
    m_forcedMessage =
        message.isEmpty() ? u"Forced %1 error (MemorySecretStore)."_s.arg(secretErrorName(error)) : message;
}

bool MemorySecretStore::rejectForced(const SecretKey &key, QObject *context, const SecretCallback &callback) const
{
    if (m_forcedError == SecretError::None)
        return false;
    deliver(context, callback, SecretResult::failure(key, m_forcedError, m_forcedMessage));
    return true;
}

} // namespace puente
