#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <functional>
#include <optional>

#include "HttpFake.h"
#include "jumpseller/OrderTypes.h"

namespace puente::fakes {

class FakeBsale;
class FakeJumpseller;
struct DemoShopData;
class OrderShop;

/**
 * The sandbox's one-click events for demos and the app's Demo shop panel, behind
 * /_admin/demo/…: a POS sale or a stock reception in Bsale, a new order, a payment or a
 * cancellation in Jumpseller. Without a "sku" in the body each action picks the next item of a
 * rotation of plain linked items (same SKU on both sides, limited stock, none of the deliberate
 * trouble) that has the stock the action needs, so repeated clicks keep working.
 *
 * Ownership: borrows both fakes (the Sandbox owns them). Thread affinity: the fakes' thread.
 */
class SandboxActions
{
public:
    SandboxActions(FakeBsale &bsale, FakeJumpseller &jumpseller);

    /** Re-reads the rotation and the default office from freshly seeded data. */
    void reset(const DemoShopData &data);
    /** The same for the order test shop (`--seed orders`): every item rotates. */
    void reset(const OrderShop &shop);

    /** {"sku"?, "quantity"?, "officeId"?}: a boleta from the POS (dispatch: stock leaves). */
    HttpFakeResponse posSale(const QJsonObject &body);
    /** {"sku"?, "quantity"?, "officeId"?}: goods received into an office. */
    HttpFakeResponse reception(const QJsonObject &body);
    /** {"sku"?, "qty"?, "document": "boleta"|"factura"}: a pending web order (takes stock). */
    HttpFakeResponse newOrder(const QJsonObject &body);
    /** {"orderId"?}: moves the order (default: the newest pending one) to `status`. */
    HttpFakeResponse moveOrder(const QJsonObject &body, jumpseller::OrderStatus status);

    /** The newest order still pending payment, or 0. */
    int latestPendingOrderId() const;
    /** Bsale office the POS and reception actions use by default (the web store's). */
    int defaultOfficeId() const { return m_officeId; }

private:
    struct Item
    {
        QString sku;
        int erpVariantId = 0;
        int storeProductId = 0;
        int storeVariantId = 0; ///< 0 for a simple product
    };

    std::optional<Item> chooseItem(const QJsonObject &body, const std::function<bool(const Item &)> &fits,
                                   QString *error);
    std::optional<Item> itemForSku(const QString &sku) const;
    int storeStock(const Item &item) const;
    double erpStock(const Item &item, int officeId) const;
    int officeFrom(const QJsonObject &body) const;
    void useFallbackCompany();

    FakeBsale &m_bsale;
    FakeJumpseller &m_jumpseller;
    QList<Item> m_items;
    qsizetype m_next = 0;
    int m_officeId = 0;
    int m_orders = 0; ///< orders placed here, to vary the customer
    QString m_companyRut; ///< receptor of factura orders
    QString m_companyName;
    QString m_companyActivity;
};

} // namespace puente::fakes
