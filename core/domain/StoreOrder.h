#pragma once

#include "domain/Money.h"
#include "domain/StoreOrderLine.h"

#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>

namespace puente {

/**
 * A store order as the billing rules see it, neutral to the store (filled from Jumpseller's
 * order, jumpseller.md §3.3). All money is gross CLP (prices include IVA, §3.4), and
 * `total` = Σ line charges − orderDiscount + shipping − shippingDiscount − giftCardAmount.
 * A value type.
 */
struct StoreOrder
{
    /** A postal address (billing_address: the RUT travels in `taxId`). */
    struct Address
    {
        QString name;
        QString surname;
        QString taxId; ///< RUT as the customer typed it
        QString address;
        QString streetNumber;
        QString complement;
        QString municipality; ///< comuna
        QString city;
        QString region;

        bool operator==(const Address &other) const = default;
    };

    /** One checkout custom field (`additional_fields[]`) or native billing_information entry. */
    struct Field
    {
        QString label; ///< the label the merchant gave it ("Tipo de Documento") or the native key
        QString value;

        bool operator==(const Field &other) const = default;
    };

    QString storeCode; ///< which store (Jumpseller store code): part of every salesId
    QString orderId;
    QString status; ///< status_enum: paid, canceled, ...
    QString currency = QStringLiteral("CLP");
    QList<StoreOrderLine> lines;
    Pesos shippingAmount = 0; ///< gross, before shippingDiscount
    Pesos shippingDiscount = 0;
    QString shippingName; ///< shipping_method_name
    /** Cart-level discount NOT already inside the lines' `discount` (a mapper subtracts those). */
    Pesos orderDiscount = 0;
    // Gift cards are a payment, not a discount (jumpseller.md §3.4): the sale is worth the full
    // amount, so the document must reach total + giftCardAmount.
    Pesos giftCardAmount = 0;
    Pesos total = 0; ///< what the store says the customer paid
    QString customerEmail;
    QString customerName;
    Address billingAddress;
    QList<Field> additionalFields; ///< checkout custom fields, label → value
    QList<Field> billingInformation; ///< business_activity, company_name, taxpayer_type

    /** The amount the tax document must add up to. */
    Pesos documentTotal() const { return total + giftCardAmount; }
    /** Value of the first additional field whose label equals `label` exactly. */
    std::optional<QString> additionalField(QStringView label) const;

    bool operator==(const StoreOrder &other) const = default;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::StoreOrder)
