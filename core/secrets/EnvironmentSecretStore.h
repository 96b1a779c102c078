#pragma once

#include <QtCore/QHash>
#include <QtCore/QProcessEnvironment>

#include "secrets/SecretStore.h"

namespace puente {

/**
 * Read-only secrets from environment variables, for headless runs (puente-sync on a server,
 * CI) where no keychain exists. The standard mapping is:
 *
 *   bsale-main/token       ← PUENTE_BSALE_TOKEN
 *   jumpseller-main/login  ← PUENTE_JUMPSELLER_LOGIN
 *   jumpseller-main/token  ← PUENTE_JUMPSELLER_TOKEN
 *
 * (standardMapping(bsaleId, jumpsellerId) binds the same variables to other connection ids,
 * e.g. uuids). An unset or empty variable reads as NotFound; write() and remove() always fail
 * with SecretError::ReadOnly.
 *
 * The environment is captured at construction. Ownership and threads: owned by the caller;
 * use it from one thread.
 */
class EnvironmentSecretStore final : public SecretStore
{
public:
    /// Which environment variable provides which secret.
    using Mapping = QHash<SecretKey, QString>;

    static Mapping standardMapping();
    static Mapping standardMapping(const QString &bsaleConnectionId, const QString &jumpsellerConnectionId);

    /// Standard mapping over the process environment.
    EnvironmentSecretStore();
    EnvironmentSecretStore(Mapping mapping, QProcessEnvironment environment);

    void read(const SecretKey &key, QObject *context, SecretCallback callback) override;
    void write(const SecretKey &key, const QString &value, QObject *context, SecretCallback callback) override;
    void remove(const SecretKey &key, QObject *context, SecretCallback callback) override;
    /// Mapped keys whose variable is set and non-empty.
    QList<SecretKey> knownKeys() const override;
    bool isWritable() const override { return false; }

    /// The variable that provides @p key, or an empty string when none is mapped.
    QString variableFor(const SecretKey &key) const;

private:
    void rejectReadOnly(const SecretKey &key, QObject *context, SecretCallback callback) const;

    Mapping m_mapping;
    QProcessEnvironment m_environment;
};

} // namespace puente
