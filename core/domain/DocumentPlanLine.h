#pragma once

#include "domain/FixedDecimal.h"
#include "domain/Money.h"

#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

namespace puente {

/**
 * One `details[]` line of a planned Bsale document (bsale.md §7), plus what it came from.
 * The variant is sent by `variantId`, or by `code` when variantId is 0 (packs, §10.5).
 * A value type.
 */
struct DocumentPlanLine
{
    enum class Kind : quint8 { Product, Shipping };

    Kind kind = Kind::Product;
    int variantId = 0;
    QString code;
    int quantity = 1;
    FixedDecimal netUnitValue; ///< net of IVA, never zero (§10.2)
    FixedDecimal discountPercent; ///< Bsale's `discount`: a percentage, not an amount
    QString taxId = QStringLiteral("[1]"); ///< the *string* "[1]" (§10.1): IVA on this line
    QString comment; ///< sent as the line's `comment`
    QString description; ///< the store's name for the line: for people, not sent
    QString sku; ///< the store's SKU: for people, not sent
    Pesos grossAmount = 0; ///< what the store charged for the line, IVA included

    /** The line's `details[]` entry. */
    QJsonObject toBsaleJson() const;
    /** The journal form (every field). */
    QJsonObject toJson() const;
    static std::optional<DocumentPlanLine> fromJson(const QJsonObject &json);

    bool operator==(const DocumentPlanLine &other) const = default;
};

} // namespace puente
