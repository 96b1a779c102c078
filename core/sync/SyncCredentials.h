#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <functional>
#include <optional>

class QObject;

namespace puente {

class SecretStore;

/**
 * The three secrets the engine needs, resolved before SyncWorker starts. They live in memory
 * only: never log them, never write them to settings or the journal.
 *
 * A plain value; copy it into the worker (it travels to the worker thread with it).
 */
struct SyncCredentials
{
    static constexpr const char *kBsaleConnection = "bsale-main";
    static constexpr const char *kJumpsellerConnection = "jumpseller-main";

    QByteArray bsaleToken;
    QString jumpsellerLogin;
    QString jumpsellerToken;

    bool isComplete() const
    {
        return !bsaleToken.isEmpty() && !jumpsellerLogin.isEmpty() && !jumpsellerToken.isEmpty();
    }

    using Loaded = std::function<void(const std::optional<SyncCredentials> &credentials, const QString &problem)>;
    /**
     * Reads bsale-main/token, jumpseller-main/login and jumpseller-main/token from `store`
     * (EnvironmentSecretStore maps them to PUENTE_BSALE_TOKEN, PUENTE_JUMPSELLER_LOGIN,
     * PUENTE_JUMPSELLER_TOKEN) and calls `loaded` once, later, on `context`'s thread: the
     * credentials, or nullopt and the store's messages for every secret that is missing.
     */
    static void load(SecretStore &store, QObject *context, Loaded loaded);
};

} // namespace puente
