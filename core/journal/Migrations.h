#pragma once

#include "journal/JournalError.h"

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <functional>
#include <optional>

class QSqlDatabase;

namespace puente {

/**
 * One step of the journal's schema history: what turns a database of version `version - 1`
 * (or older) into one of version `version`. `statements` run first, one per entry (the SQLite
 * driver executes only the first statement of a string), then `function` when set.
 */
struct MigrationStep
{
    /** Runs extra work on the migration connection; returns an error text on failure. */
    using Function = std::function<std::optional<QString>(const QSqlDatabase &db)>;

    int version = 0;
    QString summary; ///< one line for the log, e.g. "add events; links.how gains 'name'"
    QStringList statements;
    Function function;
};

/**
 * An ordered list of migration steps and the machinery that applies them: read the version in
 * `meta`, run every step above it and record the new version, all in ONE write transaction that
 * is rolled back on any failure, so a failed upgrade leaves the database file as it was.
 *
 * The `meta(name, value)` table and its `schema_version` row belong to this mechanism, not to
 * any step: the first migration of an empty database creates it.
 *
 * A value type: copy it freely. The steps are injected, so a test can append a failing step
 * (`withStep`) or stop the history early (`upTo`) without touching the app's schema.
 * Thread affinity: none of its own; `migrate` uses the connection it is given, on the thread
 * that owns that connection.
 */
class Migrations final
{
public:
    /** `steps` must have strictly increasing versions starting at 1; `migrate` refuses others. */
    explicit Migrations(QList<MigrationStep> steps);

    /** The version a database has after all steps (0 when there are none). */
    int latestVersion() const;
    const QList<MigrationStep> &steps() const { return m_steps; }

    /** The same history cut after `version` (for producing old-schema files in tests). */
    Migrations upTo(int version) const;
    /** The same history plus one more step at the end. */
    Migrations withStep(MigrationStep step) const;

    /**
     * Brings `db` (open, in rollback-journal or WAL mode) from its stored version to
     * latestVersion(). Writes nothing when the database is already current, is newer than
     * latestVersion() (TooNew) or is not a Puente journal (NotAJournal). Call it with foreign
     * keys off: table rebuilds would otherwise trip over them; violations are checked with
     * `PRAGMA foreign_key_check` before the commit.
     */
    std::optional<JournalError> migrate(const QSqlDatabase &db) const;

    /**
     * The version stored in `db`: 0 for an empty database, nullopt with `error` set when the
     * file is not a readable Puente journal. Only reads.
     */
    static std::optional<int> storedVersion(const QSqlDatabase &db, JournalError &error);

    /** Helper for function steps: `ALTER TABLE table ADD COLUMN ...` unless the column exists. */
    static std::optional<QString> addColumnIfMissing(const QSqlDatabase &db, const QString &table,
                                                     const QString &column, const QString &declaration);

private:
    std::optional<QString> checkOrder() const;
    JournalError tooNew(const QSqlDatabase &db, int version) const;
    std::optional<JournalError> runSteps(const QSqlDatabase &db, int from) const;

    QList<MigrationStep> m_steps;
};

} // namespace puente
