#include "journal/Migrations.h"

#include "base/Logging.h"
#include "journal/WriteTransaction.h"

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

const QString kSchemaVersionKey = u"schema_version"_s;

std::optional<QString> execAll(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return query.lastError().text() + u" in: "_s + sql.simplified();
    }
    return std::nullopt;
}

std::optional<QString> writeVersion(const QSqlDatabase &db, int version)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO meta (name, value) VALUES (:name, :value) "
                  "ON CONFLICT (name) DO UPDATE SET value = excluded.value"_s);
    query.bindValue(u":name"_s, kSchemaVersionKey);
    query.bindValue(u":value"_s, QString::number(version));
    if (!query.exec())
        return query.lastError().text();
    return std::nullopt;
}

std::optional<QString> foreignKeyViolations(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA foreign_key_check"_s))
        return query.lastError().text();
    if (query.next())
        return u"foreign key violation in table %1, row %2"_s.arg(query.value(0).toString(), query.value(1).toString());
    return std::nullopt;
}

JournalError notAJournal(const QSqlDatabase &db, const QString &why)
{
    return JournalError {JournalError::Kind::NotAJournal,
                         u"%1 is not a Puente journal or the file is corrupt: %2"_s.arg(db.databaseName(), why)};
}

} // namespace

Migrations::Migrations(QList<MigrationStep> steps)
    : m_steps(std::move(steps))
{ }

int Migrations::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.constLast().version;
}

Migrations Migrations::upTo(int version) const
{
    QList<MigrationStep> kept;
    for (const MigrationStep &step : m_steps) {
        if (step.version <= version)
            kept.append(step);
    }
    return Migrations(std::move(kept));
}

Migrations Migrations::withStep(MigrationStep step) const
{
    QList<MigrationStep> steps = m_steps;
    steps.append(std::move(step));
    return Migrations(std::move(steps));
}

std::optional<int> Migrations::storedVersion(const QSqlDatabase &db, JournalError &error)
{
    QSqlQuery query(db);
    // The first read of the file: a non-SQLite file fails here ("file is not a database").
    if (!query.exec(
            u"SELECT count(*), count(CASE WHEN type = 'table' AND name = 'meta' THEN 1 END) FROM sqlite_master"_s)
        || !query.next()) {
        error = JournalError::fromSqlError(query.lastError(), u"Cannot read %1"_s.arg(db.databaseName()));
        if (error.kind == JournalError::Kind::NotAJournal)
            error = notAJournal(db, query.lastError().text());
        return std::nullopt;
    }
    if (query.value(0).toInt() == 0)
        return 0; // a new, empty database
    if (query.value(1).toInt() == 0) {
        error = notAJournal(db, u"it has tables but no meta table"_s);
        return std::nullopt;
    }
    query.prepare(u"SELECT value FROM meta WHERE name = :name"_s);
    query.bindValue(u":name"_s, kSchemaVersionKey);
    if (!query.exec()) {
        error = notAJournal(db, query.lastError().text());
        return std::nullopt;
    }
    bool ok = false;
    const int version = query.next() ? query.value(0).toString().toInt(&ok) : 0;
    if (!ok || version < 1) {
        error = notAJournal(db, u"no valid schema_version in its meta table"_s);
        return std::nullopt;
    }
    return version;
}

std::optional<JournalError> Migrations::migrate(const QSqlDatabase &db) const
{
    if (const auto orderError = checkOrder())
        return JournalError {JournalError::Kind::MigrationFailed, *orderError};

    JournalError error;
    std::optional<int> from = storedVersion(db, error);
    if (!from)
        return error;
    if (*from == latestVersion())
        return std::nullopt; // the common case: nothing to write, no transaction taken
    if (*from > latestVersion())
        return tooNew(db, *from);

    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        return JournalError {JournalError::Kind::Storage,
                             u"Cannot start the migration of %1: %2"_s.arg(db.databaseName(), transaction.errorText())};
    }
    // Another process may have migrated between the read above and our write lock.
    from = storedVersion(db, error);
    if (!from)
        return error;
    if (*from >= latestVersion()) {
        transaction.rollback(); // nothing was written
        return *from == latestVersion() ? std::nullopt : std::optional(tooNew(db, *from));
    }
    if (auto stepError = runSteps(db, *from))
        return stepError; // ~WriteTransaction rolls back: the file is left as it was
    if (!transaction.commit()) {
        return JournalError {
            JournalError::Kind::MigrationFailed,
            u"Cannot commit the migration of %1: %2"_s.arg(db.databaseName(), transaction.errorText())};
    }
    qCInfo(lcJournal) << "migrated" << db.databaseName() << "from schema version" << *from << "to" << latestVersion();
    return std::nullopt;
}

JournalError Migrations::tooNew(const QSqlDatabase &db, int version) const
{
    return JournalError {JournalError::Kind::TooNew,
                         u"%1 has schema version %2, newer than this version of Puente understands (%3). "
                         "Update Puente to open it; the file was left untouched."_s.arg(db.databaseName())
                             .arg(version)
                             .arg(latestVersion())};
}

std::optional<JournalError> Migrations::runSteps(const QSqlDatabase &db, int from) const
{
    auto failed = [&db](int version, const QString &why) {
        return JournalError {
            JournalError::Kind::MigrationFailed,
            u"Migrating %1 to schema version %2 failed, nothing was changed: %3"_s.arg(db.databaseName())
                .arg(version)
                .arg(why)};
    };
    if (from == 0) {
        if (auto metaError =
                execAll(db, {u"CREATE TABLE meta (name TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"_s}))
            return failed(1, *metaError);
    }
    for (const MigrationStep &step : m_steps) {
        if (step.version <= from)
            continue;
        qCInfo(lcJournal) << "applying schema version" << step.version << step.summary;
        std::optional<QString> stepError = execAll(db, step.statements);
        if (!stepError && step.function)
            stepError = step.function(db);
        if (stepError)
            return failed(step.version, *stepError);
    }
    if (auto versionError = writeVersion(db, latestVersion()))
        return failed(latestVersion(), *versionError);
    if (auto fkError = foreignKeyViolations(db))
        return failed(latestVersion(), *fkError);
    return std::nullopt;
}

std::optional<QString> Migrations::checkOrder() const
{
    int previous = 0;
    for (const MigrationStep &step : m_steps) {
        if (step.version != previous + 1)
            return u"migration steps must be numbered 1, 2, 3...; found %1 after %2"_s.arg(step.version).arg(previous);
        previous = step.version;
    }
    return std::nullopt;
}

std::optional<QString> Migrations::addColumnIfMissing(const QSqlDatabase &db, const QString &table,
                                                      const QString &column, const QString &declaration)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT count(*) FROM pragma_table_info(:table) WHERE name = :column"_s);
    query.bindValue(u":table"_s, table);
    query.bindValue(u":column"_s, column);
    if (!query.exec() || !query.next())
        return query.lastError().text();
    if (query.value(0).toInt() > 0)
        return std::nullopt;
    return execAll(db, {u"ALTER TABLE %1 ADD COLUMN %2 %3"_s.arg(table, column, declaration)});
}

} // namespace puente
