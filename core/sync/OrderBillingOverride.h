#pragma once

#include "billing/BillingFieldNames.h"
#include "domain/DocumentKind.h"
#include "domain/StoreOrder.h"

#include <QtCore/QJsonObject>
#include <QtCore/QMetaType>
#include <QtCore/QString>

#include <optional>

namespace puente {

/**
 * Billing data the user typed in the inbox for one order ("Edit billing data"): kept on the
 * journal's order row, applied on top of the store's order whenever it is planned, never
 * written back to the store. Empty fields mean "keep the store's value". A value type.
 */
struct OrderBillingOverride
{
    std::optional<DocumentKind> kind; ///< boleta or factura; unset = what the checkout says
    QString rut;
    QString razonSocial;
    QString giro;
    QString address; ///< replaces street, number and complement
    QString municipality; ///< comuna
    QString city;
    QString email;

    bool isEmpty() const;
    /**
     * `order` with these values in the places the billing rules read them: the RUT in the
     * billing address, the kind, razón social and giro as checkout fields under the merchant's
     * labels (`names`), placed first so they win over the customer's.
     */
    StoreOrder applyTo(StoreOrder order, const BillingFieldNames &names) const;

    QJsonObject toJson() const;
    static OrderBillingOverride fromJson(const QJsonObject &json);

    bool operator==(const OrderBillingOverride &other) const = default;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::OrderBillingOverride)
