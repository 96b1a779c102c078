#pragma once

#include <QtCore/QHashFunctions>
#include <QtCore/QLatin1StringView>
#include <QtCore/QMetaType>
#include <QtCore/QString>

namespace puente {

/**
 * Names one secret: the connection it belongs to and the field within that connection, e.g.
 * ("bsale-main", "token") or ("6f1c…-uuid", "login").
 *
 * Both parts are restricted to [A-Za-z0-9._-] so that every store can namespace them without
 * escaping (the keychain key is "puente:<connection-id>:<field>"); use QUuid::WithoutBraces
 * for uuid connection ids. A SecretKey is a plain value: copy it freely across threads.
 * It names a secret and is safe to log; the secret value itself never is.
 */
struct SecretKey
{
    /// Well-known field names. Connectors may use others that follow the same charset.
    static constexpr QLatin1StringView TokenField {"token"};
    static constexpr QLatin1StringView LoginField {"login"};

    QString connectionId;
    QString field;

    /// True when both parts are non-empty and use only [A-Za-z0-9._-].
    bool isValid() const;
    /// "connection-id/field": the form used in log lines and error messages.
    QString displayName() const;

    static bool isValidPart(const QString &part);

    friend bool operator==(const SecretKey &, const SecretKey &) = default;
};

inline size_t qHash(const SecretKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.connectionId, key.field);
}

} // namespace puente

Q_DECLARE_METATYPE(puente::SecretKey)
