#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QSet>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>

namespace puente {

struct ErpVariant;
struct StoreVariant;

/** Which system an exclusion's target belongs to. */
enum class ExclusionSide : quint8 { Erp, Store };

/**
 * What an exclusion names. `target` is, on the ERP side: the Bsale product id, variant id,
 * product type id (category) or brand id; on the store side: the Jumpseller product id, variant
 * id, category id, or the brand text (compared without case).
 */
enum class ExclusionKind : quint8 { Product, Variant, Category, Brand };

/** "erp" / "store" and "product" / "variant" / "category" / "brand", as the journal and CSV spell them. */
QString exclusionSideName(ExclusionSide side);
std::optional<ExclusionSide> exclusionSideFromName(QStringView name);
QString exclusionKindName(ExclusionKind kind);
std::optional<ExclusionKind> exclusionKindFromName(QStringView name);

/** Something the user keeps out of the sync: never linked automatically, imported or pushed. */
struct Exclusion
{
    ExclusionSide side = ExclusionSide::Erp;
    ExclusionKind kind = ExclusionKind::Product;
    QString target;
    QString reason; ///< the user's note, may be empty
    QDateTime createdAt; ///< UTC; set by the repository when stored

    friend bool operator==(const Exclusion &, const Exclusion &) = default;
};

/**
 * A set of exclusions indexed for the questions the engine asks per variant. Pure; a plain
 * value built from ExclusionRepository::all() (or SyncContext::exclusions()).
 */
class ExclusionSet
{
public:
    ExclusionSet() = default;
    explicit ExclusionSet(const QList<Exclusion> &exclusions);

    bool isEmpty() const { return m_size == 0; }
    qsizetype size() const { return m_size; }

    /** The exclusion that keeps this Bsale variant out (by variant, product, type or brand). */
    std::optional<Exclusion> match(const ErpVariant &variant) const;
    /** The exclusion that keeps this store item out (by variant, product, category or brand). */
    std::optional<Exclusion> match(const StoreVariant &variant) const;
    bool excludes(const ErpVariant &variant) const { return match(variant).has_value(); }
    bool excludes(const StoreVariant &variant) const { return match(variant).has_value(); }
    /** True when a Bsale product is excluded as a whole (by product id). */
    bool excludesErpProduct(qint64 productId) const;

private:
    using Index = QHash<QString, Exclusion>; ///< target → exclusion
    std::optional<Exclusion> find(ExclusionSide side, ExclusionKind kind, const QString &target) const;

    QHash<quint16, Index> m_index; ///< (side, kind) → targets
    qsizetype m_size = 0;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::Exclusion)
