#include "journal/EventLog.h"

#include "base/Logging.h"
#include "journal/Journal.h"

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

JournalEvent eventFromRow(const QSqlQuery &query)
{
    JournalEvent event;
    event.id = query.value(0).toLongLong();
    event.time = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    event.level = JournalEvent::levelFromName(query.value(2).toString()).value_or(EventLevel::Error);
    event.subsystem = query.value(3).toString();
    event.message = query.value(4).toString();
    event.details = query.value(5).toString();
    return event;
}

void logFailure(const char *what, const QSqlQuery &query)
{
    qCWarning(lcJournal).noquote() << "events:" << what << "failed:" << query.lastError().text();
}

} // namespace

EventLog::EventLog(const Journal &journal)
    : m_journal(journal)
{ }

std::optional<qint64> EventLog::append(const JournalEvent &event) const
{
    const QDateTime time = event.time.isValid() ? event.time : QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_journal.database());
    query.prepare(u"INSERT INTO events (time, level, subsystem, message, details)"
                  " VALUES (:time, :level, :subsystem, :message, :details)"_s);
    query.bindValue(u":time"_s, time.toMSecsSinceEpoch());
    query.bindValue(u":level"_s, JournalEvent::levelName(event.level));
    query.bindValue(u":subsystem"_s, event.subsystem);
    query.bindValue(u":message"_s, event.message);
    // An empty details string is stored as NULL: "nothing more to say".
    query.bindValue(u":details"_s, event.details.isEmpty() ? QVariant() : QVariant(event.details));
    if (!query.exec()) {
        logFailure("append", query);
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

std::optional<qint64> EventLog::append(EventLevel level, const QString &subsystem, const QString &message,
                                       const QString &details) const
{
    return append(JournalEvent {0, {}, level, subsystem, message, details});
}

QList<JournalEvent> EventLog::list(const EventFilter &filter) const
{
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    // The CASE ranks the TEXT level so minimumLevel filters without a dynamic IN list.
    query.prepare(u"SELECT id, time, level, subsystem, message, details FROM events"
                  " WHERE (:before_id <= 0 OR id < :before_id)"
                  " AND (CASE level WHEN 'debug' THEN 0 WHEN 'info' THEN 1 WHEN 'warning' THEN 2 ELSE 3 END)"
                  " >= :min_rank"
                  " AND (:subsystem = '' OR subsystem = :subsystem)"
                  " ORDER BY id DESC LIMIT :limit"_s);
    query.bindValue(u":before_id"_s, filter.beforeId);
    query.bindValue(u":min_rank"_s, static_cast<int>(filter.minimumLevel));
    query.bindValue(u":subsystem"_s, filter.subsystem.isNull() ? u""_s : filter.subsystem);
    query.bindValue(u":limit"_s, filter.limit);
    QList<JournalEvent> events;
    if (!query.exec()) {
        logFailure("list", query);
        return events;
    }
    while (query.next())
        events.append(eventFromRow(query));
    return events;
}

std::optional<int> EventLog::removeOlderThan(const QDateTime &cutoff) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"DELETE FROM events WHERE time < :cutoff"_s);
    query.bindValue(u":cutoff"_s, cutoff.toMSecsSinceEpoch());
    if (!query.exec()) {
        logFailure("removeOlderThan", query);
        return std::nullopt;
    }
    return query.numRowsAffected();
}

} // namespace puente
