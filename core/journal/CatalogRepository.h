#pragma once

#include "domain/CatalogTerm.h"
#include "domain/ErpVariant.h"
#include "domain/StoreVariant.h"
#include "sync/SyncTypes.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace puente {

class Journal;

/**
 * The repository of `erp_variants` and `store_variants`: the last pulled catalogue of each side.
 *
 * Writes compare before they write: a row whose values did not change is left alone (its
 * `pulled_at`, "when it last changed", keeps its old value), a changed one is UPDATEd, a new one
 * INSERTed, and in Replace mode every row missing from the list is DELETEd. One
 * WriteTransaction per call, so a failed write changes nothing.
 *
 * Holds a reference to the Journal, which must be open and outlive it. Each call uses the
 * calling thread's connection; construct one wherever needed (it is two pointers). Failures are
 * logged (lcJournal) and reported as nullopt / false with lastError().
 */
class CatalogRepository final
{
public:
    enum class WriteMode {
        Replace, ///< the list is the whole catalogue: rows not in it are deleted
        Merge, ///< the list updates some rows (e.g. the stock of a few variants): nothing is deleted
    };

    explicit CatalogRepository(const Journal &journal);

    std::optional<CatalogCounts> writeErpVariants(const QList<ErpVariant> &variants, const QDateTime &now,
                                                  WriteMode mode = WriteMode::Replace) const;
    std::optional<CatalogCounts> writeStoreVariants(const QList<StoreVariant> &variants, const QDateTime &now,
                                                    WriteMode mode = WriteMode::Replace) const;

    /** Replaces the reference lists of `side` (catalog_terms) with `terms`, compare-and-write. */
    std::optional<CatalogCounts> writeTerms(CatalogTerm::Side side, const QList<CatalogTerm> &terms,
                                            const QDateTime &now) const;
    /** The reference list of one kind of one side, by id. */
    QList<CatalogTerm> terms(CatalogTerm::Side side, const QString &kind) const;

    /** Every Bsale variant, by variant id. */
    QList<ErpVariant> erpVariants() const;
    QList<ErpVariant> erpVariants(const QList<qint64> &variantIds) const;
    QList<ErpVariant> erpVariantsOfProducts(const QList<qint64> &productIds) const;
    std::optional<ErpVariant> erpVariant(qint64 variantId) const;
    /** Every store item, by (product id, variant id). */
    QList<StoreVariant> storeVariants() const;
    QList<StoreVariant> storeVariants(const QList<StoreVariantKey> &keys) const;
    std::optional<StoreVariant> storeVariant(const StoreVariantKey &key) const;
    qint64 erpCount() const;
    qint64 storeCount() const;
    /** When the row last changed in a pull (pulled_at), invalid if there is no such row. */
    QDateTime erpChangedAt(qint64 variantId) const;
    QDateTime storeChangedAt(const StoreVariantKey &key) const;

    QString lastError() const { return m_lastError; }

private:
    QList<ErpVariant> selectErp(const QString &where) const;
    QList<StoreVariant> selectStore(const QString &where) const;
    qint64 count(const QString &table) const;
    QDateTime changedAt(const QString &sql, const QList<qint64> &values) const;
    void fail(const QString &what, const QString &why) const;

    const Journal &m_journal;
    mutable QString m_lastError;
};

} // namespace puente
