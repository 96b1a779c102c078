#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>

namespace puente {

/**
 * What a mapping pairs (bsale.md §13, jumpseller.md §2.5, §2.6). The ERP value is always a
 * Bsale id as decimal text; the store value depends on the kind:
 *  - Category:  Bsale product type id  → Jumpseller category id;
 *  - Brand:     Bsale brand id         → Jumpseller brand (its text);
 *  - Option:    Bsale attribute id     → Jumpseller variant option name (e.g. "Talla");
 *  - Attribute: Bsale attribute id     → Jumpseller product custom field label.
 */
enum class MappingKind : quint8 {
    Category,
    Brand,
    Attribute,
    Option,
};

/** The journal's and the CSV files' spelling: "category", "brand", "attribute", "option". */
QString mappingKindName(MappingKind kind);
std::optional<MappingKind> mappingKindFromName(QStringView name);

/** One user-made pairing of an ERP value with a store value. A plain value. */
struct Mapping
{
    MappingKind kind = MappingKind::Category;
    QString erpValue;
    QString storeValue;
    QDateTime createdAt; ///< UTC; set by the repository when stored

    friend bool operator==(const Mapping &, const Mapping &) = default;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::Mapping)
