#pragma once

#include "domain/Exclusion.h"
#include "journal/LinkRepository.h"
#include "sync/StockPlanner.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QSet>

#include <optional>

namespace puente {

class Journal;

/**
 * The stock engine's window on the journal: the linked pairs with both catalogue rows
 * (LinkRepository), the exclusions (ExclusionRepository), which store orders Bsale has booked
 * (the `documents` table), and the write-back of refetched and pushed values (CatalogRepository,
 * in Merge mode: only changed rows are written, and their pulled_at says when).
 *
 * Holds a reference to the Journal, which must be open and outlive it. Uses the calling
 * thread's connection. Failures are logged and reported as nullopt / false.
 */
class LinkedStockReader final
{
public:
    explicit LinkedStockReader(const Journal &journal);

    /** Every link whose two rows are in the journal. */
    std::optional<QList<LinkedPair>> allPairs() const;
    /** The pairs whose Bsale variant is in `erpVariantIds`. */
    std::optional<QList<LinkedPair>> pairsForErpVariants(const QSet<qint64> &erpVariantIds) const;
    /** The pairs whose store product is in `storeProductIds`. */
    std::optional<QList<LinkedPair>> pairsForStoreProducts(const QSet<qint64> &storeProductIds) const;
    std::optional<ExclusionSet> exclusions() const;
    /** Which of `orderIds` have a boleta or factura emitted (Bsale booked their units). */
    std::optional<QSet<qint64>> bookedOrders(const QList<qint64> &orderIds) const;
    /** The store items of these products as the journal has them. */
    std::optional<QHash<StoreVariantKey, StoreVariant>> storeItems(const QSet<qint64> &storeProductIds) const;
    /** Rows of erp_variants (to tell whether one list beats many single reads). */
    std::optional<qint64> erpVariantCount() const;
    /** Distinct products of store_variants. */
    std::optional<qint64> storeProductCount() const;

    /** Stores Bsale variants as refetched (quantity and office presence). */
    bool updateErpVariants(const QList<ErpVariant> &variants, const QDateTime &now) const;
    /** Stores store items as refetched or as successful pushes left them. */
    bool updateStoreVariants(const QList<StoreVariant> &items, const QDateTime &now) const;

    /** `pair.store` as `push` leaves it in the store. */
    static StoreVariant afterPush(const StoreVariant &item, const StockPush &push);

private:
    const Journal &m_journal;
};

} // namespace puente
