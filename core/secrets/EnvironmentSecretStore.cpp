#include "secrets/EnvironmentSecretStore.h"

#include <QtCore/QStringList>

#include "base/Logging.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

EnvironmentSecretStore::Mapping EnvironmentSecretStore::standardMapping()
{
    return standardMapping(u"bsale-main"_s, u"jumpseller-main"_s);
}

EnvironmentSecretStore::Mapping EnvironmentSecretStore::standardMapping(const QString &bsaleConnectionId,
                                                                        const QString &jumpsellerConnectionId)
{
    return {
        {SecretKey {bsaleConnectionId, SecretKey::TokenField}, u"PUENTE_BSALE_TOKEN"_s},
        {SecretKey {jumpsellerConnectionId, SecretKey::LoginField}, u"PUENTE_JUMPSELLER_LOGIN"_s},
        {SecretKey {jumpsellerConnectionId, SecretKey::TokenField}, u"PUENTE_JUMPSELLER_TOKEN"_s},
    };
}

EnvironmentSecretStore::EnvironmentSecretStore()
    : EnvironmentSecretStore(standardMapping(), QProcessEnvironment::systemEnvironment())
{ }

EnvironmentSecretStore::EnvironmentSecretStore(Mapping mapping, QProcessEnvironment environment)
    : m_mapping(std::move(mapping))
    , m_environment(std::move(environment))
{ }

QString EnvironmentSecretStore::variableFor(const SecretKey &key) const
{
    return m_mapping.value(key);
}

void EnvironmentSecretStore::read(const SecretKey &key, QObject *context, SecretCallback callback)
{
    if (rejectInvalid(key, context, callback))
        return;
    const QString variable = variableFor(key);
    if (variable.isEmpty()) {
        QStringList known = m_mapping.values();
        known.sort();
        deliver(context, std::move(callback),
                SecretResult::failure(key, SecretError::NotFound,
                                      u"No environment variable provides %1 (headless runs read %2)."_s.arg(
                                          key.displayName(), known.join(u", "_s))));
        return;
    }
    const QString value = m_environment.value(variable);
    if (value.isEmpty()) {
        deliver(context, std::move(callback),
                SecretResult::failure(
                    key, SecretError::NotFound,
                    u"No secret for %1: set the environment variable %2."_s.arg(key.displayName(), variable)));
        return;
    }
    qCDebug(lcSecrets) << "environment store: read" << key.displayName() << "from" << variable;
    deliver(context, std::move(callback), SecretResult::success(key, value));
}

void EnvironmentSecretStore::write(const SecretKey &key, const QString &value, QObject *context,
                                   SecretCallback callback)
{
    Q_UNUSED(value)
    if (rejectInvalid(key, context, callback))
        return;
    rejectReadOnly(key, context, std::move(callback));
}

void EnvironmentSecretStore::remove(const SecretKey &key, QObject *context, SecretCallback callback)
{
    if (rejectInvalid(key, context, callback))
        return;
    rejectReadOnly(key, context, std::move(callback));
}

QList<SecretKey> EnvironmentSecretStore::knownKeys() const
{
    QList<SecretKey> keys;
    for (auto it = m_mapping.cbegin(); it != m_mapping.cend(); ++it) {
        if (!m_environment.value(it.value()).isEmpty())
            keys.append(it.key());
    }
    sortKeys(keys);
    return keys;
}

void EnvironmentSecretStore::rejectReadOnly(const SecretKey &key, QObject *context, SecretCallback callback) const
{
    const QString variable = variableFor(key);
    const QString hint = variable.isEmpty() ? QString() : u" Set %1 in the environment instead."_s.arg(variable);
    qCInfo(lcSecrets) << "environment store is read-only; refused to change" << key.displayName();
    deliver(
        context, std::move(callback),
        SecretResult::failure(
            key, SecretError::ReadOnly,
            u"Cannot change %1: secrets from environment variables are read-only."_s.arg(key.displayName()) + hint));
}

} // namespace puente
