#pragma once

#include "sync/StockPlanner.h"

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QSet>

#include <optional>

namespace puente {

class Journal;

/**
 * What the user keeps out of stock sync, read from the journal's `exclusions` table:
 * side 'erp' or 'store', kind 'product' or 'variant', target = that side's id. Category
 * exclusions need the category of each variant, which the v2 catalogue tables do not keep;
 * they are counted (categoryRules) and left to the exclusion repository that will own them.
 * A plain value.
 */
struct StockExclusions
{
    QSet<qint64> erpVariants;
    QSet<qint64> erpProducts;
    QSet<qint64> storeProducts;
    QSet<qint64> storeVariants;
    int categoryRules = 0;

    bool excludes(const LinkedPair &pair) const;
    bool isEmpty() const;
};

/**
 * The stock engine's window on the journal until the catalogue repositories land: the linked
 * pairs with both sides as last pulled (or refetched), the exclusions, which store orders
 * Bsale has booked, and the write-back of refetched and pushed values. Plain SQL on the
 * v2 schema (erp_variants, store_variants, links, exclusions, documents).
 *
 * Holds a reference to the Journal, which must be open and outlive it. Uses the calling
 * thread's connection. Failures are logged (lcSync) and reported as nullopt / false.
 */
class LinkedStockReader final
{
public:
    explicit LinkedStockReader(const Journal &journal);

    /** Every link whose two sides are in the journal (links to missing rows are skipped). */
    std::optional<QList<LinkedPair>> allPairs() const;
    /** The pairs whose Bsale variant is in `erpVariantIds`. */
    std::optional<QList<LinkedPair>> pairsForErpVariants(const QSet<qint64> &erpVariantIds) const;
    /** The pairs whose store product is in `storeProductIds`. */
    std::optional<QList<LinkedPair>> pairsForStoreProducts(const QSet<qint64> &storeProductIds) const;
    std::optional<StockExclusions> exclusions() const;
    /** Which of `orderIds` have a boleta or factura emitted (Bsale booked their units). */
    std::optional<QSet<qint64>> bookedOrders(const QList<qint64> &orderIds) const;

    /** The store items of these products as the journal has them. */
    std::optional<QHash<StoreVariantKey, StoreVariant>> storeItems(const QSet<qint64> &storeProductIds) const;
    /** Rows of erp_variants (to tell whether one list beats many single reads). */
    std::optional<qint64> erpVariantCount() const;
    /** Distinct products of store_variants. */
    std::optional<qint64> storeProductCount() const;

    /** Links whose Bsale or store side is missing from the journal (for the health view). */
    std::optional<int> orphanLinkCount() const;

    /** Stores refetched Bsale quantities (nullopt = no stock row at the office: NULL). */
    bool updateErpStock(const QHash<qint64, std::optional<double>> &available) const;
    /** Stores refetched store items (stock, unlimited, price). */
    bool updateStoreItems(const QList<StoreVariant> &items) const;
    /** Stores what successful pushes set, so the journal shows the store as it now is. */
    bool applyPushes(const QList<StockPush> &pushes) const;

private:
    std::optional<QList<LinkedPair>> pairs(const QString &where, const QList<qint64> &ids) const;

    const Journal &m_journal;
};

} // namespace puente
