#pragma once

// A small shop seeded the same way into a FakeBsale and a FakeJumpseller for the order
// pipeline's tests: linked products (same SKU on both sides), a shipping service, the Chilean
// checkout fields, and the rows the pipeline reads from the journal (`links`, `erp_variants`).
// Used in process (tst_orderpipeline, tst_orderoutbox) and by the crash test's fakes server,
// which hands the shop to the driver as JSON.

#include "FakeBsale.h"
#include "FakeJumpseller.h"
#include "domain/DocumentKind.h"

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

namespace puente {
class Journal;
}

namespace puente::test {

class OrderTestShop
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

    /** Seeds `items` products on both fakes (stock plenty on both sides). */
    static OrderTestShop seed(fakes::FakeBsale &bsale, fakes::FakeJumpseller &store, int items = 6);

    /** Writes `erp_variants` and `links` rows for every item (the user's links). */
    bool writeLinks(const Journal &journal) const;

    /**
     * An order as the fake store's admin interface (POST /_admin/orders) and createOrder take
     * it: `lines` are (item index, quantity); factura orders carry complete receptor data unless
     * `withGiro` is false.
     */
    fakes::jumpseller::OrderSeed orderSeed(const QList<QPair<int, int>> &lines, DocumentKind kind, double shipping = 0,
                                           bool withGiro = true) const;
    static QJsonObject orderSeedJson(const fakes::jumpseller::OrderSeed &seed);

    QJsonObject toJson() const;
    static OrderTestShop fromJson(const QJsonObject &json);

    fakes::FakeBsale::Basics basics;
    QList<Item> items;
    int shippingVariantId = 0;
};

} // namespace puente::test
