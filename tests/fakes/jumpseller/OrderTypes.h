#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>

#include <optional>

// The fake store's order records and the seed a test or the sandbox uses to place an order.
// Field names follow OrderFields / OrderCreateFields of the v1 spec.

namespace puente::fakes::jumpseller {

/** Payment status of an order (OrderFields.status_enum). */
enum class OrderStatus { PendingPayment, Paid, Canceled, Abandoned };

/** "pending_payment", "paid", "canceled", "abandoned". */
QString statusEnum(OrderStatus status);
/** "Pending Payment", "Paid", "Canceled", "Abandoned" (English; the API translates them). */
QString statusName(OrderStatus status);
/** Parses either form, case-insensitively ("Paid", "paid", "pending_payment", "Pending Payment"). */
std::optional<OrderStatus> parseStatus(const QString &text);
/** §6: pending and paid orders hold stock; canceled and abandoned ones gave it back. */
inline bool holdsStock(OrderStatus status)
{
    return status == OrderStatus::PendingPayment || status == OrderStatus::Paid;
}

/** A postal address (OrderShippingAddress / OrderBillingAddress). */
struct Address
{
    QString name;
    QString surname;
    QString taxid; ///< RUT in Chile; billing address only
    QString address;
    std::optional<double> streetNumber;
    QString complement;
    QString city;
    QString postal;
    QString municipality; ///< comuna
    QString region;
    QString regionCode;
    QString country;
    QString countryCode;
};

/** CustomerSimpleFields. */
struct Customer
{
    int id = 0;
    QString email;
    QString phone;
    QString phonePrefix;
    QString ip;
    QString fullname;
};

/** BillingInformationFields: Chilean invoicing data of the native checkout. */
struct BillingInformation
{
    QString businessActivity; ///< Giro
    QString companyName; ///< Razón Social
    QString taxpayerType;
    bool isEmpty() const { return businessActivity.isEmpty() && companyName.isEmpty() && taxpayerType.isEmpty(); }
};

/** A checkout custom field value on an order (OrderAdditionalFields). */
struct AdditionalField
{
    int id = 0; ///< the checkout custom field's id; 0 = no such field (shown as null)
    QString label;
    QString value;
    QString area = QStringLiteral("other");
};

/** One order line (OrderProduct). `variantId` 0 = a product without variants. */
struct OrderLine
{
    int productId = 0;
    int variantId = 0;
    QString sku;
    QString name;
    QString image;
    int qty = 1;
    double price = 0; ///< unit price as charged (tax included when the store says so)
    // DOCS-AMBIGUITY: OrderProduct.discount is not said to be per unit or per line; the
    // documented example (qty 1, discount 79.8 = order discount) fits both. Taken per line.
    double discount = 0; ///< discount of the whole line
    double weight = 1;
};

/** An order as the store keeps it; money fields are computed when it is placed. */
struct Order
{
    int id = 0;
    OrderStatus status = OrderStatus::PendingPayment;
    bool stockHeld = false;
    QString createdFrom = QStringLiteral("checkout"); ///< TrafficSource.created_from
    QDateTime createdAt;
    QDateTime completedAt;
    QDateTime updatedAt;
    QString currency;
    double subtotal = 0;
    double tax = 0;
    double shipping = 0;
    double discount = 0;
    double total = 0;
    bool taxIncluded = true;
    double taxRate = 19;
    bool shippingRequired = true;
    QString shippingMethodName;
    QString paymentMethodName;
    QString paymentMethodType;
    QString paymentInformation;
    QString additionalInformation;
    QString shipmentStatus = QStringLiteral("unfulfilled"); ///< enum form
    QString trackingNumber;
    QString trackingCompany;
    QString trackingUrl;
    Customer customer;
    Address shippingAddress;
    Address billingAddress;
    BillingInformation billingInformation;
    QList<OrderLine> lines;
    QList<AdditionalField> additionalFields;
};

/** One line of an order to place: by product/variant id or by SKU. */
struct OrderLineSeed
{
    int productId = 0;
    int variantId = 0;
    QString sku; ///< used when productId is 0
    int qty = 1;
    std::optional<double> price; ///< unset = the catalogue price
    double discount = 0;
};

/** What a customer (or an API client) submits to place an order. */
struct OrderSeed
{
    QList<OrderLineSeed> lines;
    OrderStatus status = OrderStatus::PendingPayment;
    int customerId = 0; ///< an existing customer's id; 0 = find or create one by e-mail
    QString email = QStringLiteral("cliente@example.cl");
    QString phone;
    Address shippingAddress;
    Address billingAddress; ///< put the RUT in billingAddress.taxid
    BillingInformation billingInformation;
    QList<QPair<QString, QString>> additionalFields; ///< (checkout field label, value)
    double shippingPrice = 0;
    QString shippingMethodName = QStringLiteral("Despacho a domicilio");
    QString paymentMethodName = QStringLiteral("Transferencia bancaria");
    QString paymentMethodType = QStringLiteral("manual");
    QString additionalInformation;
    bool shippingRequired = true;
    bool allowMissingProducts = false;
    QString createdFrom = QStringLiteral("checkout");
};

} // namespace puente::fakes::jumpseller
