#pragma once

#include "domain/StoreOrder.h"

#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>

namespace puente {

/**
 * Finds billing data in an order's checkout custom fields (`additional_fields`) or in the
 * native `billing_information` (jumpseller.md §3.3). Stateless; callable from any thread.
 */
class OrderFields
{
public:
    // Native billing_information keys for the data merchants also collect as custom fields.
    static inline const QString kBusinessActivity = QStringLiteral("business_activity"); ///< giro
    static inline const QString kCompanyName = QStringLiteral("company_name"); ///< razón social

    /**
     * The trimmed, non-empty value of the field labelled `label` (compared folded) among the
     * additional fields, else among billing_information under `label` or `nativeKey`.
     * Custom fields win: a merchant who added "Giro" meant that one.
     */
    static std::optional<QString> value(const StoreOrder &order, QStringView label, QStringView nativeKey = {});
};

} // namespace puente
