#pragma once

#include <QtCore/QLatin1StringView>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include "secrets/SecretKey.h"

namespace puente {

/**
 * Where one Bsale or Jumpseller account is reached and under which SecretKeys its credentials
 * live in a SecretStore; never the credentials themselves, so a profile may be logged, shown and
 * passed around freely. Bsale: tokenKey() holds the access_token. Jumpseller: loginKey() and
 * tokenKey() hold login and authtoken, hooksTokenKey() the HMAC key of its webhooks.
 * A plain value: copy it freely across threads.
 */
struct ConnectionProfile
{
    enum class Service { Bsale, Jumpseller };

    static constexpr QLatin1StringView HooksTokenField {"hooks-token"};

    Service service = Service::Bsale;
    QString connectionId; ///< the SecretKey namespace, e.g. "demo-bsale"
    QUrl baseUrl; ///< API root, e.g. "https://api.bsale.io/v1" or the sandbox's "http://127.0.0.1:P/v1"
    QUrl adminUrl; ///< the sandbox's /_admin of this fake; empty for real accounts
    int bsaleCompanyId = 0; ///< Bsale cpnId (webhooks); 0 when unknown
    QString storeCode; ///< Jumpseller store code; empty when unknown

    SecretKey tokenKey() const { return {connectionId, QString(SecretKey::TokenField)}; }
    SecretKey loginKey() const { return {connectionId, QString(SecretKey::LoginField)}; }
    SecretKey hooksTokenKey() const { return {connectionId, QString(HooksTokenField)}; }

    bool isValid() const { return !connectionId.isEmpty() && baseUrl.isValid() && !baseUrl.isEmpty(); }
    /** "Bsale" or "Jumpseller" (product names: not translated). */
    QString serviceName() const;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::ConnectionProfile)
