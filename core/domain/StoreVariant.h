#pragma once

#include <QtCore/QHashFunctions>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>

#include <optional>

namespace puente {

/** Identifies a sellable item in the store: a product's variant, or the product itself when it
 *  has no variants (variantId 0, as Jumpseller puts stock and SKU on the product then). */
struct StoreVariantKey
{
    qint64 productId = 0;
    qint64 variantId = 0;

    bool isValid() const { return productId > 0; }
    friend bool operator==(const StoreVariantKey &, const StoreVariantKey &) = default;
};

inline size_t qHash(const StoreVariantKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.productId, key.variantId);
}

/** One sellable item on the store side (Jumpseller) after a catalogue pull. A plain value. */
struct StoreVariant
{
    StoreVariantKey key;
    QString productName;
    QString variantName; ///< option values joined, e.g. "M / Azul"; empty without variants
    QString sku;
    QString barcode;
    QString brand;
    QString status; ///< product status: available, not-available, disabled
    QList<qint64> categoryIds;
    std::optional<qint64> grossPrice; ///< CLP with IVA
    std::optional<qint64> stock; ///< what Jumpseller shows: already net of pending orders
    bool stockUnlimited = false;

    QString displayName() const
    {
        return variantName.isEmpty() ? productName : productName + QStringLiteral(" — ") + variantName;
    }
    friend bool operator==(const StoreVariant &, const StoreVariant &) = default;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::StoreVariantKey)
Q_DECLARE_METATYPE(puente::StoreVariant)
