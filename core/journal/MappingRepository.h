#pragma once

#include "domain/Mapping.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace puente {

class Journal;

/**
 * The repository of `mappings`: category, brand, attribute and option pairings between Bsale
 * and Jumpseller, at most one per (kind, ERP value).
 *
 * Holds a reference to the Journal, which must be open and outlive it; each call uses the
 * calling thread's connection. Failures are logged (lcJournal) and reported as false / nullopt
 * with lastError().
 */
class MappingRepository final
{
public:
    explicit MappingRepository(const Journal &journal);

    /** Every mapping, by kind then ERP value. */
    QList<Mapping> all() const;
    QList<Mapping> ofKind(MappingKind kind) const;
    std::optional<Mapping> find(MappingKind kind, const QString &erpValue) const;
    /** Inserts or replaces the mapping of (kind, erpValue); createdAt becomes `now`. */
    bool set(const Mapping &mapping, const QDateTime &now) const;
    /** set() for each, all in one transaction: either every mapping is stored or none. */
    bool setAll(const QList<Mapping> &mappings, const QDateTime &now) const;
    /** True when a mapping was removed; false with an empty lastError() when there was none. */
    bool remove(MappingKind kind, const QString &erpValue) const;

    QString lastError() const { return m_lastError; }

private:
    QList<Mapping> select(const QString &where, const QList<QPair<QString, QString>> &binds) const;
    void fail(const QString &what, const QString &why) const;

    const Journal &m_journal;
    mutable QString m_lastError;
};

} // namespace puente
