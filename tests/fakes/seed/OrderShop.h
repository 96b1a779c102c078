#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>

#include "FakeBsale.h"
#include "FakeJumpseller.h"
#include "domain/DocumentKind.h"
#include "jumpseller/OrderTypes.h"

namespace puente::fakes {

/**
 * A small shop for the order pipeline's tests, seeded the same way into a FakeBsale and a
 * FakeJumpseller: linked products (same SKU on both sides, plenty of stock), a shipping service
 * without stock control, the Chilean checkout fields, and a store named kStoreCode. Unlike the
 * demo shop it has none of the deliberate trouble, so a test sees only what it causes itself.
 * Used in process (the order pipeline's integration tests) and by `puente-sandbox --seed orders`,
 * which prints toJson() under "shop" for tests that run the sandbox as a process.
 *
 * A plain value: copy it freely; seed() must run on the fakes' thread while they serve no request.
 */
class OrderShop
{
public:
    static inline const QString kStoreCode = QStringLiteral("tienda-test");
    static inline const QString kShippingCode = QStringLiteral("DESPACHO");

    struct Item
    {
        QString sku;
        int bsaleVariantId = 0;
        int storeProductId = 0;
        int storeVariantId = 0; ///< 0: a product without variants
        double price = 0; ///< gross, as the store sells it
    };

    /** Seeds `items` products on both fakes, which should be empty (new or cleared). */
    static OrderShop seed(FakeBsale &bsale, FakeJumpseller &store, int items = 6);

    /**
     * An order as the fake store's admin interface (POST /_admin/orders) and createOrder take
     * it: `lines` are (item index, quantity); factura orders carry complete receptor data unless
     * `withGiro` is false.
     */
    jumpseller::OrderSeed orderSeed(const QList<QPair<int, int>> &lines, DocumentKind kind, double shipping = 0,
                                    bool withGiro = true) const;
    static QJsonObject orderSeedJson(const jumpseller::OrderSeed &seed);

    QJsonObject toJson() const;
    static OrderShop fromJson(const QJsonObject &json);

    FakeBsale::Basics basics;
    QList<Item> items;
    int shippingVariantId = 0;
};

} // namespace puente::fakes
