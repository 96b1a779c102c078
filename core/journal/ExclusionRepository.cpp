#include "journal/ExclusionRepository.h"

#include "base/Logging.h"
#include "journal/CatalogRows.h"
#include "journal/Journal.h"
#include "journal/WriteTransaction.h"

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace puente {

ExclusionRepository::ExclusionRepository(const Journal &journal)
    : m_journal(journal)
{ }

QList<Exclusion> ExclusionRepository::all() const
{
    QList<Exclusion> out;
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT side, kind, target, reason, created_at FROM exclusions ORDER BY side, kind, target"_s)) {
        fail(u"read exclusions"_s, query.lastError().text());
        return out;
    }
    while (query.next()) {
        const auto side = exclusionSideFromName(query.value(0).toString());
        const auto kind = exclusionKindFromName(query.value(1).toString());
        if (!side || !kind)
            continue;
        out.append(Exclusion {*side, *kind, query.value(2).toString(), query.value(3).toString(),
                              CatalogRows::fromMs(query.value(4).toLongLong())});
    }
    return out;
}

bool ExclusionRepository::add(const Exclusion &exclusion, const QDateTime &now) const
{
    return addAll({exclusion}, now);
}

bool ExclusionRepository::addAll(const QList<Exclusion> &exclusions, const QDateTime &now) const
{
    m_lastError.clear();
    const QSqlDatabase db = m_journal.database();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        fail(u"store exclusions"_s, transaction.errorText());
        return false;
    }
    QSqlQuery upsert(db);
    if (!upsert.prepare(u"INSERT INTO exclusions (side, kind, target, reason, created_at)"
                        " VALUES (:side, :kind, :target, :reason, :created_at)"
                        " ON CONFLICT (side, kind, target) DO UPDATE SET reason = excluded.reason"_s)) {
        fail(u"store exclusions"_s, upsert.lastError().text());
        return false;
    }
    for (const Exclusion &exclusion : exclusions) {
        upsert.bindValue(u":side"_s, exclusionSideName(exclusion.side));
        upsert.bindValue(u":kind"_s, exclusionKindName(exclusion.kind));
        upsert.bindValue(u":target"_s, CatalogRows::text(exclusion.target.trimmed()));
        upsert.bindValue(u":reason"_s, CatalogRows::text(exclusion.reason));
        upsert.bindValue(u":created_at"_s, CatalogRows::toMs(now));
        if (!upsert.exec()) {
            fail(u"store exclusions"_s, upsert.lastError().text());
            return false;
        }
    }
    upsert.finish();
    if (!transaction.commit()) {
        fail(u"store exclusions"_s, transaction.errorText());
        return false;
    }
    return true;
}

bool ExclusionRepository::remove(ExclusionSide side, ExclusionKind kind, const QString &target) const
{
    m_lastError.clear();
    QSqlQuery query(m_journal.database());
    query.prepare(u"DELETE FROM exclusions WHERE side = :side AND kind = :kind AND target = :target"_s);
    query.bindValue(u":side"_s, exclusionSideName(side));
    query.bindValue(u":kind"_s, exclusionKindName(kind));
    query.bindValue(u":target"_s, target.trimmed());
    if (!query.exec()) {
        fail(u"remove an exclusion"_s, query.lastError().text());
        return false;
    }
    return query.numRowsAffected() > 0;
}

void ExclusionRepository::fail(const QString &what, const QString &why) const
{
    m_lastError = u"Cannot %1: %2"_s.arg(what, why);
    qCWarning(lcJournal).noquote() << m_lastError;
}

} // namespace puente
