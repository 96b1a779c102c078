#pragma once

#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

#include <memory>

#include "demo/ConnectionProfile.h"
#include "demo/SyncProfiles.h"

class QTemporaryDir;

namespace puente {

class Journal;
class MemorySecretStore;
class SandboxProcess;
class SecretStore;
struct SandboxConnection;

/**
 * Everything `puente --demo` runs on: a puente-sandbox child process (SandboxProcess), a
 * throwaway data directory (QTemporaryDir, removed on destruction) holding the journal, and the
 * sandbox's credentials in a MemorySecretStore, never in the keychain or QSettings. Once
 * ready(), bsale() and jumpseller() are the ConnectionProfiles the rest of the app connects with.
 *
 * Ownership: a QObject; owns the child process, the directory, the journal and the secret store.
 * Thread affinity: the thread that created it (the GUI thread); start() never blocks it.
 */
class DemoSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSession)

public:
    enum class State { Idle, Starting, Ready, Failed, Stopped };
    Q_ENUM(State)

    static constexpr QLatin1StringView BsaleConnectionId {"demo-bsale"};
    static constexpr QLatin1StringView JumpsellerConnectionId {"demo-jumpseller"};
    /** The sandbox seed's Bsale office for the online store ("Bodega Tienda Online") and its
     *  price list ("Lista Base"), in every seed; tests/ui checks them against the seed. */
    static constexpr int SyncOfficeId = 3;
    static constexpr int SyncPriceListId = 3;
    /** The sandbox's fakes allow this many times Bsale's and Jumpseller's real rate limits, so
     *  the demo's first sync takes seconds, not half a minute; the engine on it paces with the
     *  same factor (SyncWorker::Options::rateScale). */
    static constexpr double SandboxRateScale = 4;

    explicit DemoSession(QObject *parent = nullptr);
    /** Stops the sandbox (bounded wait, see SandboxProcess::stop()) and removes the data dir. */
    ~DemoSession() override;

    /** The puente-sandbox to run; default: SandboxProcess::locate(). */
    void setSandboxProgram(const QString &program);
    QString sandboxProgram() const;
    /** What to seed: "demo" (default) or "large:N". */
    void setSeed(const QString &seed) { m_seed = seed; }

    /** Creates the data dir and journal, then starts the sandbox; ready() or failed() follows. */
    void start();

    State state() const { return m_state; }
    /** Why the session failed or stopped (technical English, for a details pane). */
    QString errorString() const { return m_error; }

    /** The throwaway data directory; empty before start(). */
    QString dataDirectory() const;
    /** The journal in dataDirectory(), open once start() got that far; else nullptr. */
    Journal *journal() const { return m_journal.get(); }
    /** Holds the sandbox's credentials under the profiles' SecretKeys once ready. */
    SecretStore &secrets();

    ConnectionProfile bsale() const { return m_bsale; }
    ConnectionProfile jumpseller() const { return m_jumpseller; }
    /** What the sync engine runs on here: bsale(), jumpseller() (reached as "localhost", so
     *  that each fake gets its own rate limit), SyncOfficeId, SyncPriceListId; credentials in
     *  secrets(). Valid once ready. */
    SyncProfiles syncProfiles() const;
    /** GET: the sandbox's state; POST below demoActionsUrl(): pos-sale, reception, order, pay, cancel. */
    QUrl sandboxUrl() const { return m_sandboxUrl; }
    QUrl demoActionsUrl() const { return m_demoActionsUrl; }
    QString seed() const { return m_seed; }
    /** The sandbox child's process id once ready (0 before). */
    qint64 sandboxProcessId() const { return m_sandboxPid; }

Q_SIGNALS:
    void stateChanged(puente::DemoSession::State state);
    /** The sandbox is listening and its credentials are in secrets(). */
    void ready();
    /** It could not start; `message` is technical English (errorString()). */
    void failed(const QString &message);
    /** The sandbox went away after having been ready. */
    void stopped();

private:
    void sandboxReady(const SandboxConnection &connection);
    void storeSecret(const SecretKey &key, const QString &value);
    void secretStored(bool ok, const QString &message);
    void setState(State state);
    void fail(const QString &message);

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<MemorySecretStore> m_secrets;
    SandboxProcess *m_process = nullptr;
    ConnectionProfile m_bsale;
    ConnectionProfile m_jumpseller;
    QUrl m_sandboxUrl;
    QUrl m_demoActionsUrl;
    QString m_seed = QStringLiteral("demo");
    QString m_error;
    State m_state = State::Idle;
    int m_pendingSecrets = 0;
    qint64 m_sandboxPid = 0;
};

} // namespace puente
