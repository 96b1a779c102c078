#include "journal/MappingRepository.h"

#include "base/Logging.h"
#include "journal/CatalogRows.h"
#include "journal/Journal.h"
#include "journal/WriteTransaction.h"

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace puente {

MappingRepository::MappingRepository(const Journal &journal)
    : m_journal(journal)
{ }

QList<Mapping> MappingRepository::select(const QString &where, const QList<QPair<QString, QString>> &binds) const
{
    QList<Mapping> out;
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT kind, erp_value, store_value, created_at FROM mappings %1 ORDER BY kind, erp_value"_s.arg(where));
    for (const auto &[name, value] : binds)
        query.bindValue(name, value);
    if (!query.exec()) {
        fail(u"read mappings"_s, query.lastError().text());
        return out;
    }
    while (query.next()) {
        const auto kind = mappingKindFromName(query.value(0).toString());
        if (!kind)
            continue; // a kind a newer version added: not ours to interpret
        out.append(Mapping {*kind, query.value(1).toString(), query.value(2).toString(),
                            CatalogRows::fromMs(query.value(3).toLongLong())});
    }
    return out;
}

QList<Mapping> MappingRepository::all() const
{
    return select({}, {});
}

QList<Mapping> MappingRepository::ofKind(MappingKind kind) const
{
    return select(u"WHERE kind = :kind"_s, {{u":kind"_s, mappingKindName(kind)}});
}

std::optional<Mapping> MappingRepository::find(MappingKind kind, const QString &erpValue) const
{
    const QList<Mapping> found = select(u"WHERE kind = :kind AND erp_value = :erp"_s,
                                        {{u":kind"_s, mappingKindName(kind)}, {u":erp"_s, erpValue.trimmed()}});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

bool MappingRepository::set(const Mapping &mapping, const QDateTime &now) const
{
    return setAll({mapping}, now);
}

bool MappingRepository::setAll(const QList<Mapping> &mappings, const QDateTime &now) const
{
    m_lastError.clear();
    const QSqlDatabase db = m_journal.database();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        fail(u"store mappings"_s, transaction.errorText());
        return false;
    }
    QSqlQuery upsert(db);
    if (!upsert.prepare(u"INSERT INTO mappings (kind, erp_value, store_value, created_at)"
                        " VALUES (:kind, :erp, :store, :created_at)"
                        " ON CONFLICT (kind, erp_value) DO UPDATE SET store_value = excluded.store_value,"
                        " created_at = excluded.created_at"_s)) {
        fail(u"store mappings"_s, upsert.lastError().text());
        return false;
    }
    for (const Mapping &mapping : mappings) {
        upsert.bindValue(u":kind"_s, mappingKindName(mapping.kind));
        upsert.bindValue(u":erp"_s, CatalogRows::text(mapping.erpValue.trimmed()));
        upsert.bindValue(u":store"_s, CatalogRows::text(mapping.storeValue.trimmed()));
        upsert.bindValue(u":created_at"_s, CatalogRows::toMs(now));
        if (!upsert.exec()) {
            fail(u"store mappings"_s, upsert.lastError().text());
            return false;
        }
    }
    upsert.finish();
    if (!transaction.commit()) {
        fail(u"store mappings"_s, transaction.errorText());
        return false;
    }
    return true;
}

bool MappingRepository::remove(MappingKind kind, const QString &erpValue) const
{
    m_lastError.clear();
    QSqlQuery query(m_journal.database());
    query.prepare(u"DELETE FROM mappings WHERE kind = :kind AND erp_value = :erp"_s);
    query.bindValue(u":kind"_s, mappingKindName(kind));
    query.bindValue(u":erp"_s, erpValue.trimmed());
    if (!query.exec()) {
        fail(u"remove a mapping"_s, query.lastError().text());
        return false;
    }
    return query.numRowsAffected() > 0;
}

void MappingRepository::fail(const QString &what, const QString &why) const
{
    m_lastError = u"Cannot %1: %2"_s.arg(what, why);
    qCWarning(lcJournal).noquote() << m_lastError;
}

} // namespace puente
