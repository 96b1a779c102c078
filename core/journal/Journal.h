#pragma once

#include "journal/JournalError.h"
#include "journal/Migrations.h"

#include <QtCore/QString>
#include <QtCore/QtGlobal>

#include <atomic>
#include <optional>

class QSqlDatabase;

namespace puente {

/**
 * Puente's SQLite journal: one database file, one named Qt Sql connection per thread.
 *
 * Lifecycle: construct with a path (default: `puente.sqlite` in QStandardPaths::AppDataLocation;
 * `puente-sync --data-dir DIR` passes pathInDirectory(DIR)), call open() once, then call
 * database() on any thread that needs the journal.
 *
 * open() applies the migrations in one transaction while the file is still in its own journal
 * mode, and only then switches it to WAL, so a failed open leaves an existing file byte-for-byte
 * as it was (and removes a file it had just created).
 *
 * Every connection has `synchronous=FULL`, `foreign_keys=ON` and a busy timeout of
 * kBusyTimeoutMs, so concurrent writers wait for each other instead of failing.
 *
 * Ownership and thread affinity: the Journal holds only its path and configuration, never a
 * QSqlDatabase. Construct it and call open() on one thread, before handing it to others; after
 * that database() and connectionName() are safe to call from any thread and return that
 * thread's own connection, created on first use. A thread's connection is removed when the
 * thread finishes (QThread or not), when it calls closeConnection(), or, for the destroying
 * thread, when the Journal is destroyed. Destroy the Journal after the other threads that used
 * it have finished; let every QSqlQuery and QSqlDatabase copy go out of scope before a
 * connection is removed (Qt Sql's rule).
 */
class Journal final
{
    Q_DISABLE_COPY_MOVE(Journal)

public:
    static constexpr int kBusyTimeoutMs = 5000;

    /** "puente.sqlite" */
    static QString fileName();
    /** fileName() in QStandardPaths::AppDataLocation. */
    static QString defaultPath();
    /** fileName() in `directory` (for --data-dir). */
    static QString pathInDirectory(const QString &directory);

    /** The app's schema (JournalSchema::migrations()) at `path`. Opens nothing yet. */
    explicit Journal(QString path = defaultPath());
    /** Any schema history at `path`; tests inject extra or fewer steps here. */
    Journal(QString path, Migrations migrations);
    ~Journal();

    /**
     * Creates the folder and the file if needed, refuses files that are not Puente journals or
     * are newer than this build, migrates, and switches to WAL. Idempotent once it succeeded.
     * On failure nothing in an existing file has changed; the error is also logged (lcJournal).
     */
    [[nodiscard]] std::optional<JournalError> open();
    bool isOpen() const { return m_open.load(std::memory_order_acquire); }

    QString path() const { return m_path; }
    /** The version open() brings the file to. */
    int schemaVersion() const { return m_migrations.latestVersion(); }

    /**
     * The calling thread's connection, opened and configured on first use. Before a successful
     * open() this returns an invalid QSqlDatabase (and logs a warning), so queries fail loudly.
     * Do not keep the returned object beyond the current scope; call database() again.
     */
    QSqlDatabase database() const;
    /** "puente-journal-<journal instance>-<thread id>" for the calling thread. */
    QString connectionName() const;
    /** Removes the calling thread's connection now (e.g. a pool thread that lives on). */
    void closeConnection() const;

private:
    QString migrationConnectionName() const;
    std::optional<JournalError> checkFile() const;
    std::optional<JournalError> migrateAndEnableWal() const;
    QSqlDatabase addConnection(const QString &name) const;
    std::optional<QString> configure(QSqlDatabase &db) const;
    void removeCreatedFiles() const;

    const QString m_path;
    const Migrations m_migrations;
    const quint64 m_instance;
    std::atomic<bool> m_open {false};
};

} // namespace puente
