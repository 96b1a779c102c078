#pragma once

#include "domain/ErpVariant.h"
#include "domain/Exclusion.h"
#include "domain/Link.h"
#include "domain/LinkBlock.h"
#include "domain/NeedsManualLink.h"
#include "domain/StoreVariant.h"

#include <QtCore/QList>
#include <QtCore/QString>

namespace puente {

class SyncSettings;

/** Which automatic rules run, and how keys compare. */
struct LinkRules
{
    bool skuCaseSensitive = false;
    bool byBarcode = true;
    bool byName = false;

    static LinkRules fromSettings(const SyncSettings &settings);
};

/** What AutoLinker::run() decided. Nothing is written: LinkRepository::applyAutomatic does. */
struct AutoLinkResult
{
    QList<Link> added; ///< new automatic links (createdAt unset)
    QList<Link> dropped; ///< automatic links whose keys no longer match
    QList<NeedsManualLink> needsManualLink;
};

/**
 * Links Bsale variants to store items automatically. Pure: inputs in, decisions out.
 *
 * Rules, tried in order for every row not linked yet: SKU (always), barcode (optional), exact
 * name (opt-in: product name plus variant name). Keys are trimmed; letter case counts only when
 * LinkRules::skuCaseSensitive is set (for all three keys). Empty keys never match.
 *
 *  - A key on exactly one row of each side links those two rows.
 *  - A key on several rows of either side links none of them: every unlinked row of that key
 *    is listed as NeedsManualLink (Duplicate), and later rules skip those rows too, so a SKU that
 *    appears twice is never linked automatically, not even by barcode.
 *  - A unique key whose only partner is already linked elsewhere is listed (Taken).
 *  - Manual and import links are never touched; rows with any link are not relinked.
 *  - An automatic link whose two rows are still in the catalogue but whose key (by the rule
 *    that made it) no longer matches is dropped, and its rows can link anew in the same run.
 *  - Excluded rows (ExclusionSet) and blocked pairs (the user unlinked them) are left alone.
 *    Excluded rows still count when looking for duplicates.
 *
 * O(n + m) with hash tables; 100,000 × 100,000 rows in well under a second (Release).
 * Stateless apart from its rules; thread-safe.
 */
class AutoLinker
{
public:
    explicit AutoLinker(LinkRules rules);

    AutoLinkResult run(const QList<ErpVariant> &erp, const QList<StoreVariant> &store, const QList<Link> &links,
                       const QList<LinkBlock> &blocks = {}, const ExclusionSet &exclusions = {}) const;

    /** The comparison form of a key: trimmed, case-folded unless `caseSensitive`. */
    static QString normalize(const QString &key, bool caseSensitive);
    /** The key `rule` reads from a row (not normalized). */
    static QString keyOf(const ErpVariant &variant, LinkRule rule);
    static QString keyOf(const StoreVariant &variant, LinkRule rule);

private:
    LinkRules m_rules;
};

} // namespace puente
