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
class SyncSettings;

/**
 * The body of puente-sync, kept out of main() so it can be tested: parse the command line,
 * read the config file into SyncSettings (a bad value exits 2 naming the key), check the CSV
 * files it names, create the data dir, open the journal and apply the CSV files, then run the
 * sync engine once or as a daemon (HeadlessSync).
 *
 * stdout carries machine-readable JSON lines only (the SyncSummary; in daemon mode a "started"
 * line once the signal handlers are in place, one summary per cycle, and a "stopped" line);
 * human-readable errors go to stderr prefixed "puente-sync: ".
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

    /// Starts the --log-file (if any), reads the config file (required) into settings, checks the CSV files it names,
    /// creates the data dir, opens (migrating) the journal in it and applies the CSV files; 0, CommandLine::ExitUsage
    /// for bad input, or CommandLine::ExitFailure when the journal cannot be opened.
    int prepare(const SyncRunnerOptions &options);
    /// One full sync cycle; prints its summary; 0 when it succeeded.
    int runOnce(const SyncRunnerOptions &options);
    /// Cycles until SIGINT/SIGTERM; returns 0 on a clean stop.
    int runDaemon(const SyncRunnerOptions &options);
    /// The settings prepare() read (valid after it returned 0).
    const SyncSettings &settings() const;

    /// Creates @p dir if missing and proves it is writable; empty string or the error message.
    static QString ensureWritableDir(const QString &dir);

private:
    void printJson(const QJsonObject &object);
    void printError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<LogFile> m_logFile;
    std::unique_ptr<SyncSettings> m_settings;
};

} // namespace puente
