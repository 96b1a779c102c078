#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QString>

#include <optional>

namespace puente {

class Journal;

/**
 * The repository of the `cursors` table: named poll positions (a last seen id, the ids of
 * today's Bsale movements already handled) that must survive a restart. Values are opaque text;
 * each owner picks its names under its own prefix ("stock.", "orders.").
 *
 * Holds a reference to the Journal, which must be open and outlive it. Each call uses the
 * calling thread's journal connection and joins its open transaction, if any. Failures are
 * logged (lcJournal) and reported as nullopt / false.
 */
class CursorRepository final
{
public:
    explicit CursorRepository(const Journal &journal);

    /** The value stored under `name`; nullopt if none (or on failure). */
    std::optional<QString> value(const QString &name) const;
    /** When `name` was last written (UTC); invalid if never. */
    QDateTime updatedAt(const QString &name) const;
    /** Inserts or replaces; `now` (UTC) is stored as updated_at, in milliseconds. */
    bool setValue(const QString &name, const QString &value, const QDateTime &now) const;
    bool remove(const QString &name) const;
    /** Names starting with `prefix`, sorted. */
    QStringList names(const QString &prefix) const;

private:
    const Journal &m_journal;
};

} // namespace puente
