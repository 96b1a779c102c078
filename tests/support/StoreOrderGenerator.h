#pragma once

// Random but reproducible Chilean store orders for the billing tests: gross CLP prices with the
// shapes shops really use (x.990 prices, tiny ones, the chile-dte.md edge cases), several units,
// line discounts as amounts (percent-like and odd), free lines, shipping with and without
// discounts, cart discounts and gift cards. Every order's `total` is the store's own arithmetic
// (jumpseller.md §3.4), computed here and never by the code under test.

#include "domain/StoreOrder.h"

#include <QtCore/QRandomGenerator>
#include <QtCore/QString>

#include <algorithm>
#include <array>

namespace puente::testing {

/** Deterministic for a seed. Use on one thread. */
class StoreOrderGenerator
{
public:
    static constexpr int kSkuCount = 40;

    explicit StoreOrderGenerator(quint32 seed)
        : m_random(seed)
    { }

    /** "GEN-001" … "GEN-040": every SKU an order can hold. */
    static QString sku(int index) { return QStringLiteral("GEN-%1").arg(index + 1, 3, 10, QLatin1Char('0')); }

    /** An order of 1..maxLines lines (or exactly `lineCount` when given). */
    StoreOrder next(int maxLines = 8, int lineCount = 0)
    {
        StoreOrder order;
        order.storeCode = QStringLiteral("tienda-prueba");
        order.orderId = QString::number(++m_orderId);
        order.status = QStringLiteral("paid");
        const int count = lineCount > 0 ? lineCount : between(1, maxLines);
        Pesos lines = 0;
        for (int i = 0; i < count; ++i) {
            order.lines.append(line());
            lines += order.lines.constLast().chargedAmount();
        }
        if (lines == 0) // keep the order billable: the zero-value rules have their own tests
            order.lines.append(plainLine(9990, 1));
        lines = 0;
        for (const auto &l : std::as_const(order.lines))
            lines += l.chargedAmount();
        addShipping(order);
        if (chance(15) && lines >= 4) // at most 30 %: the whole cart free is a case of its own
            order.orderDiscount = between(1, int(std::min<Pesos>(lines * 3 / 10, 200000)));
        order.total = lines - order.orderDiscount + order.shippingAmount - order.shippingDiscount;
        if (chance(5) && order.total > 2) {
            order.giftCardAmount = between(1, int(std::min<Pesos>(order.total - 1, 50000)));
            order.total -= order.giftCardAmount;
        }
        return order;
    }

    static StoreOrderLine plainLine(Pesos unitPrice, int quantity, Pesos discount = 0, int skuIndex = 0)
    {
        StoreOrderLine l;
        l.sku = sku(skuIndex);
        l.name = QStringLiteral("Producto %1").arg(l.sku);
        l.storeProductId = QString::number(1000 + skuIndex);
        l.quantity = quantity;
        l.unitPrice = unitPrice;
        l.discount = discount;
        return l;
    }

private:
    int between(int low, int high) { return low + int(m_random.bounded(quint32(high - low + 1))); }
    bool chance(int percent) { return between(1, 100) <= percent; }

    Pesos price()
    {
        static constexpr std::array<Pesos, 10> kEdges {680, 86710, 1190, 333, 11900, 1, 9990, 2, 119, 990};
        const int roll = between(1, 100);
        if (roll <= 55)
            return Pesos(between(1, 300)) * 1000 - 10; // 990, 9.990, 149.990 …
        if (roll <= 80)
            return between(1, 400000);
        if (roll <= 88)
            return between(1, 60);
        return kEdges.at(size_t(between(0, int(kEdges.size()) - 1)));
    }

    int quantity()
    {
        const int roll = between(1, 100);
        if (roll <= 65)
            return 1;
        if (roll <= 90)
            return between(2, 6);
        return between(7, 60);
    }

    StoreOrderLine line()
    {
        const Pesos unit = price();
        const int qty = quantity();
        const Pesos list = unit * qty;
        Pesos discount = 0;
        const int roll = between(1, 100);
        if (roll <= 12) {
            static constexpr std::array<int, 7> kPercents {5, 10, 15, 20, 25, 33, 50};
            discount = list * kPercents.at(size_t(between(0, int(kPercents.size()) - 1))) / 100;
        } else if (roll <= 22 && list > 1) {
            discount = between(1, int(std::min<Pesos>(list - 1, 500000)));
        } else if (roll <= 25) {
            discount = list; // a gift: zero-value line
        }
        return plainLine(unit, qty, discount, between(0, kSkuCount - 1));
    }

    void addShipping(StoreOrder &order)
    {
        if (!chance(50))
            return;
        static constexpr std::array<Pesos, 5> kRates {2990, 3490, 4990, 5990, 1};
        order.shippingAmount = chance(80) ? kRates.at(size_t(between(0, int(kRates.size()) - 1))) : between(1, 25000);
        order.shippingName = QStringLiteral("Despacho a domicilio");
        if (chance(10))
            order.shippingDiscount = chance(50) ? order.shippingAmount : between(0, int(order.shippingAmount));
    }

    QRandomGenerator m_random;
    int m_orderId = 5000;
};

} // namespace puente::testing
