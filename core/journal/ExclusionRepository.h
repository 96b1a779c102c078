#pragma once

#include "domain/Exclusion.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

namespace puente {

class Journal;

/**
 * The repository of `exclusions`: products, variants, categories and brands the user keeps out
 * of the sync, at most one per (side, kind, target).
 *
 * Holds a reference to the Journal, which must be open and outlive it; each call uses the
 * calling thread's connection. Failures are logged (lcJournal) and reported as false with
 * lastError().
 */
class ExclusionRepository final
{
public:
    explicit ExclusionRepository(const Journal &journal);

    QList<Exclusion> all() const;
    /** all(), indexed for per-variant questions. */
    ExclusionSet set() const { return ExclusionSet(all()); }
    /** Inserts or updates (reason) the exclusion; createdAt becomes `now`. */
    bool add(const Exclusion &exclusion, const QDateTime &now) const;
    /** add() for each, in one transaction: either every exclusion is stored or none. */
    bool addAll(const QList<Exclusion> &exclusions, const QDateTime &now) const;
    /** True when one was removed; false with an empty lastError() when there was none. */
    bool remove(ExclusionSide side, ExclusionKind kind, const QString &target) const;

    QString lastError() const { return m_lastError; }

private:
    void fail(const QString &what, const QString &why) const;

    const Journal &m_journal;
    mutable QString m_lastError;
};

} // namespace puente
