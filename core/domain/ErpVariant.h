#pragma once

#include <QtCore/QMetaType>
#include <QtCore/QString>

#include <optional>

namespace puente {

/**
 * One sellable variant on the ERP side (Bsale), as the sync engine sees it after a catalogue
 * pull: the variant, what it needs of its product, its stock at the configured office(s) and its
 * gross price in the configured price list. A plain value.
 */
struct ErpVariant
{
    qint64 variantId = 0;
    qint64 productId = 0;
    QString productName;
    QString description; ///< variant description, e.g. "Talla M / Azul"
    QString sku; ///< Bsale `code`, as Bsale has it (not trimmed)
    QString barcode; ///< Bsale `barCode`
    qint64 productTypeId = 0; ///< Bsale product type (plays the role of a category); 0 = none
    qint64 brandId = 0; ///< 0 = none
    std::optional<qint64> grossPrice; ///< CLP with IVA from the price list; unset = not in the list
    double quantityAvailable = 0; ///< summed over the configured offices; may be negative
    bool inOffice = false; ///< the configured office(s) carry a stock row for it
    bool unlimitedStock = false;
    bool allowNegativeStock = false;
    bool active = true; ///< Bsale state 0 on variant and product
    bool serialNumber = false; ///< serial-tracked: documents need the serial, issue by hand
    bool pack = false; ///< a pack sold by its own code

    QString displayName() const
    {
        return description.isEmpty() ? productName : productName + QStringLiteral(" — ") + description;
    }
    friend bool operator==(const ErpVariant &, const ErpVariant &) = default;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::ErpVariant)
