#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QObject>
#include <QtCore/QStringList>

#include "base/SyncRunnerOptions.h"

#include <memory>

class QTextStream;

namespace puente {

class Journal;
class LogFile;
class OrderRunner;
class RunnerConfig;
class SecretStore;

/**
 * The body of puente-sync, kept out of main() so it can be tested: parse the command line,
 * check the config file, create the data dir, then run once or as a daemon.
 *
 * SKELETON: the sync engine is not wired in yet. --once prints a summary with zero counts and
 * "skeleton": true; --daemon only waits for SIGINT/SIGTERM. Only the order pipeline runs: with an
 * [orders] section in the config, --once adds its cycle's summary under "orders" (and exits 1
 * when the cycle could not reach the store) and --daemon runs it every poll_interval_ms.
 * Credentials come from the environment (EnvironmentSecretStore).
 *
 * stdout carries machine-readable JSON lines only (the summary; in daemon mode a "started"
 * line once the signal handlers are in place, and a "stopped" line); human-readable errors go
 * to stderr prefixed "puente-sync: ".
 *
 * Ownership and threads: a QObject for the GUI-less main thread; it does not own the streams,
 * which must outlive it. run() in daemon mode spins QCoreApplication::exec().
 */
class HeadlessRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessRunner)

public:
    HeadlessRunner(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~HeadlessRunner() override;

    /// The whole program; returns the process exit code (see CommandLine::ExitCode).
    int run(const QStringList &arguments);

    /// Starts the --log-file (if any), checks the config file, creates the data dir and opens (migrating) the journal
    /// in it; 0, CommandLine::ExitUsage for bad input, or CommandLine::ExitFailure when the journal cannot be opened.
    int prepare(const SyncRunnerOptions &options);
    /// One sync cycle's summary (skeleton: all counts zero).
    QJsonObject runOnce(const SyncRunnerOptions &options);
    /// Runs the event loop until SIGINT/SIGTERM; returns 0 on a clean stop.
    int runDaemon(const SyncRunnerOptions &options);

    /// Creates @p dir if missing and proves it is writable; empty string or the error message.
    static QString ensureWritableDir(const QString &dir);

private:
    void printJson(const QJsonObject &object);
    void printError(const QString &message);
    // The order pipeline ([orders] in the config; wip/orders). Empty error = started.
    QString startOrders();
    QJsonObject runOrdersOnce();

    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<LogFile> m_logFile;
    std::unique_ptr<RunnerConfig> m_config;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<OrderRunner> m_orders;
};

} // namespace puente
