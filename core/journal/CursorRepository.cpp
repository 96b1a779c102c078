#include "journal/CursorRepository.h"

#include "base/Logging.h"
#include "journal/Journal.h"

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

void logFailure(const char *what, const QSqlQuery &query)
{
    qCWarning(lcJournal).noquote() << "cursors:" << what << "failed:" << query.lastError().text();
}

} // namespace

CursorRepository::CursorRepository(const Journal &journal)
    : m_journal(journal)
{ }

std::optional<QString> CursorRepository::value(const QString &name) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"SELECT value FROM cursors WHERE name = :name"_s);
    query.bindValue(u":name"_s, name);
    if (!query.exec()) {
        logFailure("read", query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

QDateTime CursorRepository::updatedAt(const QString &name) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"SELECT updated_at FROM cursors WHERE name = :name"_s);
    query.bindValue(u":name"_s, name);
    if (!query.exec()) {
        logFailure("read time", query);
        return {};
    }
    if (!query.next())
        return {};
    return QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
}

bool CursorRepository::setValue(const QString &name, const QString &value, const QDateTime &now) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"INSERT INTO cursors (name, value, updated_at) VALUES (:name, :value, :at)"
                  " ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"_s);
    query.bindValue(u":name"_s, name);
    query.bindValue(u":value"_s, value);
    query.bindValue(u":at"_s, now.toMSecsSinceEpoch());
    if (!query.exec()) {
        logFailure("write", query);
        return false;
    }
    return true;
}

bool CursorRepository::remove(const QString &name) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"DELETE FROM cursors WHERE name = :name"_s);
    query.bindValue(u":name"_s, name);
    if (!query.exec()) {
        logFailure("delete", query);
        return false;
    }
    return true;
}

QStringList CursorRepository::names(const QString &prefix) const
{
    QSqlQuery query(m_journal.database());
    // substr() rather than LIKE: prefixes may contain '%' or '_'.
    query.prepare(u"SELECT name FROM cursors WHERE substr(name, 1, :length) = :prefix ORDER BY name"_s);
    query.bindValue(u":length"_s, prefix.size());
    query.bindValue(u":prefix"_s, prefix);
    QStringList out;
    if (!query.exec()) {
        logFailure("list", query);
        return out;
    }
    while (query.next())
        out.append(query.value(0).toString());
    return out;
}

} // namespace puente
