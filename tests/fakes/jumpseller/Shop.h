#pragma once

#include "jumpseller/Catalog.h"
#include "jumpseller/OrderBook.h"
#include "jumpseller/Serializer.h"
#include "jumpseller/StoreTypes.h"

#include <QtCore/QHash>
#include <QtCore/QJsonObject>

#include <functional>

namespace puente::fakes::jumpseller {

/**
 * The fake store's state and the business operations on it: catalogue, orders, checkout custom
 * fields, customers and store information. Operations that the real store announces through
 * hooks (orders placed or changed, products created, edited, deleted, stock moved) report each
 * event, with its payload, to the event sink; seeding does not.
 *
 * Ownership: owns all records. Thread affinity: none (used from the fake's thread only).
 */
class Shop
{
public:
    using Clock = std::function<QDateTime()>;
    using EventSink = std::function<void(const QString &event, const QJsonObject &body)>;

    Shop();
    void setClock(Clock clock);
    void setEventSink(EventSink sink) { m_sink = std::move(sink); }
    QDateTime now() const { return m_clock(); }

    StoreInfo &store() { return m_store; }
    const StoreInfo &store() const { return m_store; }
    Catalog &catalog() { return m_catalog; }
    const Catalog &catalog() const { return m_catalog; }
    OrderBook &orders() { return m_orders; }
    const OrderBook &orders() const { return m_orders; }
    const Serializer &serializer() const { return m_serializer; }

    /** Sends translated (Spanish) status and shipment_status names, as a Chilean store does. */
    void setSpanishStatusNames(bool on) { m_spanishStatus = on; }
    bool spanishStatusNames() const { return m_spanishStatus; }

    /** Forgets catalogue, orders, customers and checkout fields; keeps the store information,
     *  the clock and the event sink (the sandbox reseeds). */
    void clear();

    // Checkout custom fields
    /** Keeps `field.id` when set (seeding), else assigns the next one. */
    int addCheckoutField(CheckoutCustomField field);
    const CheckoutCustomField *checkoutField(int id) const;
    bool editCheckoutField(int id, const std::function<void(CheckoutCustomField &)> &edit);
    bool removeCheckoutField(int id);
    const SortedIds &checkoutFieldIds() const { return m_checkoutIds; }
    const CheckoutCustomField *checkoutFieldByLabel(const QString &label) const;

    /** Seeds an order from the shop's history (OrderBook::restore) and its customer; no hooks. */
    OrderOutcome restoreOrder(const Order &order);

    // Operations announced through hooks
    OrderOutcome placeOrder(const OrderSeed &seed);
    OrderOutcome changeOrderStatus(int id, OrderStatus status);
    /** Announces an order edit (order_updated, plus order_shipped when it started shipping). */
    void orderEdited(int id, bool shipped);
    void productCreated(int id);
    void productUpdated(int id, bool stockChanged);
    void productDeleted(const QJsonObject &snapshot);

    // JSON of single records, wrapped as the API sends them
    QJsonObject orderJson(int id) const;
    QJsonObject productJson(int id) const;
    QJsonObject wrappedOrder(int id) const { return Serializer::wrap(QStringLiteral("order"), orderJson(id)); }
    QJsonObject wrappedProduct(int id) const { return Serializer::wrap(QStringLiteral("product"), productJson(id)); }

private:
    Customer customerFor(const OrderSeed &seed);
    AdditionalField additionalField(const QString &label, const QString &value) const;
    void emitEvent(const QString &event, const QJsonObject &body) const;
    void announceStatus(int orderId, const QList<int> &touchedProducts);

    Clock m_clock;
    StoreInfo m_store;
    Catalog m_catalog;
    OrderBook m_orders;
    Serializer m_serializer;
    EventSink m_sink;
    QHash<int, CheckoutCustomField> m_checkoutFields;
    SortedIds m_checkoutIds;
    QHash<QString, Customer> m_customers; ///< by lower-case e-mail
    QHash<int, QString> m_customerEmails; ///< customer id -> key of m_customers
    int m_nextCheckoutFieldId = 401;
    int m_nextCustomerId = 501;
    bool m_spanishStatus = false;
};

} // namespace puente::fakes::jumpseller
