#pragma once

#include <QtCore/QMetaType>
#include <QtCore/QString>

#include "secrets/SecretKey.h"

namespace puente {

/// Why a secret operation failed. Callers branch on this, never on the message text.
enum class SecretError {
    None, ///< success
    NotFound, ///< no secret is stored under the key
    NoBackend, ///< no system keychain (e.g. no Secret Service on Linux); never falls back to plain text
    AccessDenied, ///< the keychain is locked or the user refused access
    ReadOnly, ///< the store cannot be written (EnvironmentSecretStore)
    InvalidKey, ///< the SecretKey is empty or uses characters outside [A-Za-z0-9._-]
    Other, ///< anything else, including a keychain that did not answer in time
};

/// Stable lower-case name of an error ("not-found", "no-backend", …) for logs and JSON.
QString secretErrorName(SecretError error);

/**
 * The outcome of one SecretStore operation: the key it was about, the value (reads only) or a
 * typed error with a message written for the user. A plain value type, safe to copy across
 * threads. Its value is a secret: never log a SecretResult's value().
 */
class SecretResult
{
public:
    SecretResult() = default;

    static SecretResult success(const SecretKey &key, const QString &value = {});
    static SecretResult failure(const SecretKey &key, SecretError error, const QString &message);

    bool ok() const { return m_error == SecretError::None; }
    SecretError error() const { return m_error; }
    /// Human-readable, already names the key; empty on success.
    QString message() const { return m_message; }
    /// The secret (reads only; empty for writes and removals).
    QString value() const { return m_value; }
    SecretKey key() const { return m_key; }

private:
    SecretKey m_key;
    SecretError m_error = SecretError::None;
    QString m_message;
    QString m_value;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::SecretResult)
