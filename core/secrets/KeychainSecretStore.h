#pragma once

#include <QtCore/QLatin1StringView>

#include <chrono>
#include <memory>
#include <optional>

#include "secrets/SecretStore.h"

class QSettings;

namespace puente {

/**
 * Secrets in the operating system's keychain through QtKeychain: Keychain on macOS, the
 * Credential Manager on Windows, the Secret Service (GNOME Keyring, KWallet) on Linux.
 *
 * Every entry lives under the service "Puente" with the key "puente:<connection-id>:<field>"
 * (storageKey()). Insecure fallback is always off: without a keychain an operation fails with
 * SecretError::NoBackend and a message saying what to install, it never writes plain text.
 * The Linux backend answers through the GLib event loop; a job that does not answer is
 * reported after warnAfter and failed with SecretError::Other after failAfter (a locked
 * keyring may legitimately wait for the user's password, so failAfter is generous).
 * A NoBackend result is retried once after a short delay, because at login the keyring daemon
 * may not be up yet.
 *
 * Which keys exist is kept in a non-secret index (names only) in QSettings under
 * "secrets/index", so connections' secrets can be listed and deleted.
 *
 * Ownership and threads: owned by the caller; use it from the thread that created it (the
 * keychain jobs run in that thread's event loop). It owns @p index.
 */
class KeychainSecretStore final : public SecretStore
{
public:
    static constexpr QLatin1StringView ServiceName {"Puente"};
    static constexpr QLatin1StringView IndexSettingsKey {"secrets/index"};

    /// @p index holds the list of key names; nullptr means the application's QSettings().
    explicit KeychainSecretStore(std::unique_ptr<QSettings> index = nullptr);
    ~KeychainSecretStore() override;

    void read(const SecretKey &key, QObject *context, SecretCallback callback) override;
    void write(const SecretKey &key, const QString &value, QObject *context, SecretCallback callback) override;
    void remove(const SecretKey &key, QObject *context, SecretCallback callback) override;
    /// From the index: keys written through this store and not removed since.
    QList<SecretKey> knownKeys() const override;

    void setTimeouts(std::chrono::milliseconds warnAfter, std::chrono::milliseconds failAfter);
    /// Delay before the single retry after NoBackend; zero disables the retry.
    void setNoBackendRetryDelay(std::chrono::milliseconds delay);

    /// "puente:<connection-id>:<field>": the keychain entry name for @p key.
    static QString storageKey(const SecretKey &key);
    /// Inverse of storageKey(); nullopt for names this store did not produce.
    static std::optional<SecretKey> parseStorageKey(const QString &storageKey);
    /// The user-facing explanation for SecretError::NoBackend.
    static QString noBackendMessage();
    /// True when a keychain error text means "there is no keychain service to talk to"
    /// (no D-Bus session, no Secret Service provider), which QtKeychain reports as OtherError.
    static bool looksLikeMissingBackend(const QString &backendMessage);

private:
    struct Request;
    enum class Operation { Read, Write, Remove };

    void start(Operation operation, const SecretKey &key, const QString &value, QObject *context,
               SecretCallback callback);
    void launch(const std::shared_ptr<Request> &request);
    void armWatchdog(const std::shared_ptr<Request> &request);
    void onJobFinished(const std::shared_ptr<Request> &request, int attempt, int errorCode, const QString &errorString,
                       const QString &value);
    void finish(const std::shared_ptr<Request> &request, const SecretResult &result);
    void updateIndex(const SecretKey &key, bool present);

    std::unique_ptr<QSettings> m_index;
    std::unique_ptr<QObject> m_guard; // context of job connections and timers: dies with the store
    std::chrono::milliseconds m_warnAfter;
    std::chrono::milliseconds m_failAfter;
    std::chrono::milliseconds m_noBackendRetryDelay;
};

} // namespace puente
