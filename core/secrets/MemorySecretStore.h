#pragma once

#include <QtCore/QHash>

#include "secrets/SecretStore.h"

namespace puente {

/**
 * Keeps secrets in process memory only: for tests and the demo sandbox. Same asynchronous
 * contract as the keychain store (results are queued to the context), so code tested against
 * it behaves the same against the real keychain.
 *
 * setForcedError() makes every operation fail with a given error, to drive callers' error
 * paths (e.g. NoBackend) without a real keychain.
 *
 * Ownership and threads: owned by the caller; use it from one thread.
 */
class MemorySecretStore final : public SecretStore
{
public:
    MemorySecretStore() = default;

    void read(const SecretKey &key, QObject *context, SecretCallback callback) override;
    void write(const SecretKey &key, const QString &value, QObject *context, SecretCallback callback) override;
    void remove(const SecretKey &key, QObject *context, SecretCallback callback) override;
    QList<SecretKey> knownKeys() const override;

    /// Every later operation fails with @p error (SecretError::None restores normal behaviour).
    void setForcedError(SecretError error, const QString &message = {});

private:
    bool rejectForced(const SecretKey &key, QObject *context, const SecretCallback &callback) const;

    QHash<SecretKey, QString> m_values;
    SecretError m_forcedError = SecretError::None;
    QString m_forcedMessage;
};

} // namespace puente
