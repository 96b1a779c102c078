#pragma once

#include <QtCore/QList>
#include <QtCore/QUrl>

#include "demo/ConnectionProfile.h"
#include "sync/SyncCredentials.h"
#include "sync/SyncSettings.h"

class QObject;

namespace puente {

class SecretStore;

/**
 * The two accounts a SyncWorker connects (a Bsale and a Jumpseller ConnectionProfile) and the
 * Bsale choices the engine cannot guess (which offices' stock, which price list), turned into
 * what the worker takes: SyncSettings (settings()) and SyncCredentials read from the
 * SecretStore under the profiles' keys (loadCredentials()). The demo fills it from its sandbox
 * (DemoSession::syncProfiles()); a real connection setup fills it from the user's choices.
 *
 * A plain value: copy it freely across threads. Holds no secrets.
 */
struct SyncProfiles
{
    ConnectionProfile bsale;
    ConnectionProfile jumpseller;
    QList<int> officeIds; ///< stock is summed over these Bsale offices
    int priceListId = 0; ///< gross prices come from this Bsale price list

    bool isValid() const { return bsale.isValid() && jumpseller.isValid() && !officeIds.isEmpty() && priceListId > 0; }

    /**
     * SyncSettings with the defaults for everything else. A profile's Bsale URL is the API root
     * with its version ("…/v1"); BsaleClient adds "/v1/" to each path itself, so the settings
     * get the URL without it (bsaleSettingsUrl()). Jumpseller's URL is used as it is.
     */
    SyncSettings settings() const;

    /**
     * Reads the Bsale token and the Jumpseller login and token from `store` under the profiles'
     * SecretKeys and calls `loaded` once, later, on `context`'s thread: the credentials, or
     * nullopt and the store's messages for every secret that is missing (never their values).
     */
    void loadCredentials(SecretStore &store, QObject *context, SyncCredentials::Loaded loaded) const;

    /** `apiRoot` without a trailing "/v1" (and trailing slashes): what SyncSettings expects. */
    static QUrl bsaleSettingsUrl(const QUrl &apiRoot);
};

} // namespace puente
