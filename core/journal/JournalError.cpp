#include "journal/JournalError.h"

#include <QtSql/QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

// Primary SQLite result codes (https://www.sqlite.org/rescode.html); the QSQLITE driver reports
// them, possibly extended (primary | detail << 8), as QSqlError::nativeErrorCode().
constexpr int kSqlitePerm = 3;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADb = 26;

} // namespace

QString JournalError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::CannotOpen:
        return u"CannotOpen"_s;
    case Kind::NotAJournal:
        return u"NotAJournal"_s;
    case Kind::TooNew:
        return u"TooNew"_s;
    case Kind::MigrationFailed:
        return u"MigrationFailed"_s;
    case Kind::Storage:
        return u"Storage"_s;
    }
    return {};
}

JournalError JournalError::fromSqlError(const QSqlError &error, const QString &context, Kind fallback)
{
    bool ok = false;
    const int primary = error.nativeErrorCode().toInt(&ok) & 0xff;
    Kind kind = fallback;
    if (ok && (primary == kSqliteNotADb || primary == kSqliteCorrupt))
        kind = Kind::NotAJournal;
    else if (ok && (primary == kSqliteCantOpen || primary == kSqliteReadOnly || primary == kSqlitePerm))
        kind = Kind::CannotOpen;
    return JournalError {kind, context + u": "_s + error.text()};
}

} // namespace puente
