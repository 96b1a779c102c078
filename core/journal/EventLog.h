#pragma once

#include "journal/JournalEvent.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace puente {

class Journal;

/** Which events EventLog::list returns: newest first, `limit` at most. */
struct EventFilter
{
    int limit = 200;
    qint64 beforeId = 0; ///< > 0: only events older than this id (the next page)
    EventLevel minimumLevel = EventLevel::Debug;
    QString subsystem; ///< empty: all
};

/**
 * The repository of the `events` table: the activity log the UI shows.
 *
 * Holds a reference to the Journal, which must be open and outlive it. Each call uses the
 * calling thread's journal connection, so one EventLog may be used from several threads; an
 * append joins the caller's open transaction (e.g. a WriteTransaction), if any.
 * Failures are logged (lcJournal) and reported as nullopt / an empty list.
 */
class EventLog final
{
public:
    explicit EventLog(const Journal &journal);

    /** Stores `event` (its id is ignored) and returns the new row's id. */
    std::optional<qint64> append(const JournalEvent &event) const;
    std::optional<qint64> append(EventLevel level, const QString &subsystem, const QString &message,
                                 const QString &details = {}) const;

    QList<JournalEvent> list(const EventFilter &filter = {}) const;
    /** Deletes events older than `cutoff`; returns how many. */
    std::optional<int> removeOlderThan(const QDateTime &cutoff) const;

private:
    const Journal &m_journal;
};

} // namespace puente
