#pragma once

#include "sync/SyncCredentials.h"
#include "sync/SyncSettings.h"
#include "sync/SyncTypes.h"

#include <QtCore/QObject>
#include <QtCore/QString>

#include <functional>
#include <optional>

class QTextStream;

namespace puente {

class Clock;
class Journal;
class SecretStore;
class SyncWorker;

/**
 * The sync part of puente-sync: the same SyncWorker (and stages) as the desktop app, without
 * widgets and on the calling thread. Reads the credentials (PUENTE_* environment variables, or
 * the keychain when the config says so), then either runs one full cycle and prints its
 * SyncSummary as one JSON line (runOnce), or keeps the worker's timers running and prints one
 * JSON line per cycle until SIGINT/SIGTERM (runDaemon).
 *
 * stdout carries JSON lines only; problems a person must fix go to stderr ("puente-sync: ...").
 *
 * Ownership: does not own the journal (open, outliving it) or the streams. Thread affinity: the
 * thread that runs it (puente-sync's main thread); runOnce/runDaemon spin its event loop.
 */
class HeadlessSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessSync)

public:
    HeadlessSync(Journal &journal, SyncSettings settings, QTextStream &out, QTextStream &err,
                 QObject *parent = nullptr);
    ~HeadlessSync() override;

    /** Another secret store (tests); default: EnvironmentSecretStore or KeychainSecretStore. */
    void setSecretStore(SecretStore *store) { m_secrets = store; }

    /** One cycle; 0 when it succeeded, CommandLine::ExitFailure when it reported errors,
     *  ExitUsage when credentials are missing. */
    int runOnce();
    /** Cycles on the worker's timers until SIGINT/SIGTERM; 0 on a clean stop. */
    int runDaemon(const QString &dataDir);

    /**
     * Checks the CSV files the settings name ([files] mappings, exclusions): empty when every
     * row is good, else the problem naming the config key, the file and each bad line.
     */
    static QString checkFiles(const SyncSettings &settings);
    /** Applies them to the journal, each file in one transaction (after checkFiles()). */
    static QString applyFiles(const SyncSettings &settings, Journal &journal, Clock &clock);

private:
    std::optional<SyncCredentials> loadCredentials();
    void printJson(const QJsonObject &object);
    void printError(const QString &message);

    Journal &m_journal;
    SyncSettings m_settings;
    QTextStream &m_out;
    QTextStream &m_err;
    SecretStore *m_secrets = nullptr;
};

} // namespace puente
