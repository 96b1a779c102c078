#pragma once

#include <QtCore/QMetaType>
#include <QtCore/QString>

class QSqlError;

namespace puente {

/**
 * Why the journal could not be opened or migrated. A plain value: copy it, log it, show
 * `message` to the user (it is written for a person, in English; the UI may translate by kind).
 */
struct JournalError
{
    enum class Kind {
        CannotOpen, ///< the file or its folder cannot be created or opened (permissions, disk)
        NotAJournal, ///< not an SQLite file, a corrupt one, or an SQLite file of another program
        TooNew, ///< written by a newer Puente: schema_version is above what this build knows
        MigrationFailed, ///< a migration step failed; the transaction was rolled back
        Storage, ///< any other SQLite failure (e.g. switching to WAL)
    };

    Kind kind = Kind::Storage;
    QString message;

    /** "CannotOpen", "NotAJournal", ... for logs and tests. */
    static QString kindName(Kind kind);

    /**
     * Classifies an SQLite error by its result code: "not a database" and "corrupt" become
     * NotAJournal, "cannot open", "read-only" and "permission" CannotOpen, the rest `fallback`.
     * `message` is `context` followed by the driver's text.
     */
    static JournalError fromSqlError(const QSqlError &error, const QString &context, Kind fallback = Kind::Storage);
};

} // namespace puente

Q_DECLARE_METATYPE(puente::JournalError)
