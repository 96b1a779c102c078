#pragma once

#include "domain/ErpVariant.h"
#include "domain/Link.h"
#include "domain/LinkBlock.h"
#include "domain/NeedsManualLink.h"
#include "domain/StoreVariant.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>

#include <optional>

namespace puente {

class Journal;

/** A link with both of its catalogue rows, as the stock push needs them. A plain value. */
struct LinkedPair
{
    Link link;
    ErpVariant erp;
    StoreVariant store;
};

/**
 * The repository of `links` (erp variant ↔ store item, 1:1 on both sides), `link_blocks` (pairs
 * the user unlinked) and `link_issues` (rows the auto-linker refused, with why).
 *
 * Links are the user's decisions and never reference the catalogue by foreign key: a pull that
 * drops a variant does not delete its link (linkedPairs() simply leaves it out).
 *
 * Holds a reference to the Journal, which must be open and outlive it; each call uses the
 * calling thread's connection. Every write is one WriteTransaction. Failures are logged
 * (lcJournal) and reported as false / nullopt with lastError().
 */
class LinkRepository final
{
public:
    explicit LinkRepository(const Journal &journal);

    QList<Link> all() const;
    qint64 count() const;
    std::optional<Link> forErp(qint64 erpVariantId) const;
    std::optional<Link> forStore(const StoreVariantKey &store) const;

    /**
     * Stores `link` (its createdAt is set to `now`), replacing any link either of its sides had,
     * and lifts a block of the same pair. Returns the links it replaced, nullopt on failure.
     */
    std::optional<QList<Link>> link(const Link &link, const QDateTime &now) const;
    /** Removes the link of `erpVariantId` and blocks the pair from automatic linking. Returns
     *  the removed link (nullopt with an empty lastError() when there was none). */
    std::optional<Link> unlink(qint64 erpVariantId, const QDateTime &now) const;

    /**
     * The auto-linker's result in one transaction: removes `dropped` (automatic links only;
     * matched by erp variant and store item), adds `added` (createdAt set to `now`), and
     * replaces every stored issue with `issues`.
     */
    bool applyAutomatic(const QList<Link> &added, const QList<Link> &dropped, const QList<NeedsManualLink> &issues,
                        const QDateTime &now) const;
    /** Imported links (how = import) in one transaction; fails without change on a conflict. */
    bool addImported(const QList<Link> &links, const QDateTime &now) const;

    QList<LinkBlock> blocks() const;
    QList<NeedsManualLink> issues() const;

    /** Every link whose two rows are in the catalogue, with those rows. */
    QList<LinkedPair> linkedPairs() const;
    QList<LinkedPair> linkedPairs(const QList<qint64> &erpVariantIds) const;

    QString lastError() const { return m_lastError; }

private:
    QList<Link> selectLinks(const QString &where, const QList<QPair<QString, qint64>> &binds) const;
    QList<LinkedPair> selectPairs(const QString &where) const;
    void fail(const QString &what, const QString &why) const;

    const Journal &m_journal;
    mutable QString m_lastError;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::LinkedPair)
