#include "domain/Exclusion.h"

#include "domain/ErpVariant.h"
#include "domain/StoreVariant.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

quint16 slot(ExclusionSide side, ExclusionKind kind)
{
    return quint16(quint16(side) << 8 | quint16(kind));
}

/** Brands are typed by people on the store side: compare them without case or outer spaces. */
QString normalizedTarget(ExclusionKind kind, const QString &target)
{
    const QString trimmed = target.trimmed();
    return kind == ExclusionKind::Brand ? trimmed.toCaseFolded() : trimmed;
}

} // namespace

QString exclusionSideName(ExclusionSide side)
{
    return side == ExclusionSide::Erp ? u"erp"_s : u"store"_s;
}

std::optional<ExclusionSide> exclusionSideFromName(QStringView name)
{
    for (const auto side : {ExclusionSide::Erp, ExclusionSide::Store}) {
        if (name.compare(exclusionSideName(side), Qt::CaseInsensitive) == 0)
            return side;
    }
    return std::nullopt;
}

QString exclusionKindName(ExclusionKind kind)
{
    switch (kind) {
    case ExclusionKind::Product:
        return u"product"_s;
    case ExclusionKind::Variant:
        return u"variant"_s;
    case ExclusionKind::Category:
        return u"category"_s;
    case ExclusionKind::Brand:
        return u"brand"_s;
    }
    return {};
}

std::optional<ExclusionKind> exclusionKindFromName(QStringView name)
{
    for (const auto kind :
         {ExclusionKind::Product, ExclusionKind::Variant, ExclusionKind::Category, ExclusionKind::Brand}) {
        if (name.compare(exclusionKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

ExclusionSet::ExclusionSet(const QList<Exclusion> &exclusions)
{
    for (const Exclusion &exclusion : exclusions) {
        Index &index = m_index[slot(exclusion.side, exclusion.kind)];
        const QString target = normalizedTarget(exclusion.kind, exclusion.target);
        if (!index.contains(target))
            ++m_size;
        index.insert(target, exclusion);
    }
}

std::optional<Exclusion> ExclusionSet::find(ExclusionSide side, ExclusionKind kind, const QString &target) const
{
    const auto index = m_index.constFind(slot(side, kind));
    if (index == m_index.constEnd())
        return std::nullopt;
    const auto found = index->constFind(normalizedTarget(kind, target));
    if (found == index->constEnd())
        return std::nullopt;
    return *found;
}

std::optional<Exclusion> ExclusionSet::match(const ErpVariant &variant) const
{
    if (m_size == 0)
        return std::nullopt;
    constexpr auto erp = ExclusionSide::Erp;
    if (auto hit = find(erp, ExclusionKind::Variant, QString::number(variant.variantId)))
        return hit;
    if (auto hit = find(erp, ExclusionKind::Product, QString::number(variant.productId)))
        return hit;
    if (variant.productTypeId > 0) {
        if (auto hit = find(erp, ExclusionKind::Category, QString::number(variant.productTypeId)))
            return hit;
    }
    if (variant.brandId > 0) {
        if (auto hit = find(erp, ExclusionKind::Brand, QString::number(variant.brandId)))
            return hit;
    }
    return std::nullopt;
}

std::optional<Exclusion> ExclusionSet::match(const StoreVariant &variant) const
{
    if (m_size == 0)
        return std::nullopt;
    constexpr auto store = ExclusionSide::Store;
    if (variant.key.variantId > 0) {
        if (auto hit = find(store, ExclusionKind::Variant, QString::number(variant.key.variantId)))
            return hit;
    }
    if (auto hit = find(store, ExclusionKind::Product, QString::number(variant.key.productId)))
        return hit;
    for (const qint64 category : variant.categoryIds) {
        if (auto hit = find(store, ExclusionKind::Category, QString::number(category)))
            return hit;
    }
    if (!variant.brand.trimmed().isEmpty()) {
        if (auto hit = find(store, ExclusionKind::Brand, variant.brand))
            return hit;
    }
    return std::nullopt;
}

bool ExclusionSet::excludesErpProduct(qint64 productId) const
{
    return find(ExclusionSide::Erp, ExclusionKind::Product, QString::number(productId)).has_value();
}

} // namespace puente
