// OrderMapper (Jumpseller order → StoreOrder), OrderSnapshot (StoreOrder ↔ journal JSON) and
// OrderBillingOverride (the inbox's billing data on top of the store's).
#include <QtTest/QTest>

#include "billing/DocumentKindResolver.h"
#include "billing/FacturaReceptor.h"
#include "sync/OrderBillingOverride.h"
#include "sync/OrderMapper.h"
#include "sync/OrderSnapshot.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;

namespace {

JumpsellerOrder sampleOrder()
{
    JumpsellerOrder o;
    o.id = 1026;
    o.status = JumpsellerOrderStatus::Paid;
    o.statusEnumText = u"paid"_s;
    o.statusName = u"Pagado"_s;
    o.currency = u"CLP"_s;
    JumpsellerOrderLine a;
    a.productId = 10732902;
    a.variantId = 81899012;
    a.sku = u"black"_s;
    a.name = u"Black"_s;
    a.qty = 2;
    a.price = 9990.0;
    a.discount = 999.4; // rounds to 999
    JumpsellerOrderLine b;
    b.productId = 555;
    b.sku = u"plain"_s;
    b.qty = 1;
    b.price = 680.0;
    o.lines = {a, b};
    o.shipping = 3990.0;
    o.shippingDiscount = 1000.0;
    o.discount = 1999.4; // 999 on the line + 1,000 on the cart
    o.giftCardsDiscount = 5000.0;
    o.total = 2 * 9990 - 999 + 680 - 1000 + 3990 - 1000 - 5000;
    o.shippingMethodName = u"Despacho a domicilio"_s;
    o.customer.email = u"ana@example.cl"_s;
    o.customer.fullname = u"Ana Pérez"_s;
    o.billingAddress.taxid = u"76.369.187-k"_s;
    o.billingAddress.address = u"Av. Providencia"_s;
    o.billingAddress.streetNumber = u"1234"_s;
    o.billingAddress.municipality = u"Providencia"_s;
    o.billingAddress.city = u"Santiago"_s;
    o.billingInformation.businessActivity = u"Ferretería"_s;
    o.billingInformation.companyName = u"Los Andes SpA"_s;
    o.additionalFields = {{1, u"Tipo de Documento"_s, u"Factura"_s, u"other"_s}};
    return o;
}

} // namespace

class TestOrderMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsEveryRule();
    void missingStatusEnumFallsBackToTheEnum();
    void cartDiscountIsNeverNegative();
    void snapshotRoundTrips();
    void snapshotRefusesOtherVersions();
    void overrideWinsOverTheCheckout();
    void overrideJsonRoundTrips();
};

void TestOrderMapper::mapsEveryRule()
{
    const StoreOrder s = OrderMapper::toStoreOrder(sampleOrder(), u"mitienda"_s);
    QCOMPARE(s.storeCode, u"mitienda"_s);
    QCOMPARE(s.orderId, u"1026"_s);
    QCOMPARE(s.status, u"paid"_s);
    QCOMPARE(s.lines.size(), 2);
    QCOMPARE(s.lines.at(0).storeProductId, u"10732902"_s);
    QCOMPARE(s.lines.at(0).storeVariantId, u"81899012"_s);
    QCOMPARE(s.lines.at(0).quantity, 2);
    QCOMPARE(s.lines.at(0).unitPrice, Pesos(9990));
    QCOMPARE(s.lines.at(0).discount, Pesos(999));
    QCOMPARE(s.lines.at(1).storeVariantId, QString()); // no variant
    QCOMPARE(s.orderDiscount, Pesos(1000)); // order discount minus the lines' own
    QCOMPARE(s.shippingAmount, Pesos(3990));
    QCOMPARE(s.shippingDiscount, Pesos(1000));
    QCOMPARE(s.giftCardAmount, Pesos(5000));
    QCOMPARE(s.total, Pesos(2 * 9990 - 999 + 680 - 1000 + 3990 - 1000 - 5000));
    // StoreOrder's rule: total = Σ charges − orderDiscount + shipping − shippingDiscount − gift cards.
    Pesos charges = 0;
    for (const auto &line : s.lines)
        charges += line.chargedAmount();
    QCOMPARE(s.total, charges - s.orderDiscount + s.shippingAmount - s.shippingDiscount - s.giftCardAmount);
    QCOMPARE(s.documentTotal(), s.total + 5000);
    QCOMPARE(s.billingAddress.taxId, u"76.369.187-k"_s);
    QCOMPARE(s.billingAddress.streetNumber, u"1234"_s);
    QCOMPARE(s.customerEmail, u"ana@example.cl"_s);
    QCOMPARE(s.additionalField(u"Tipo de Documento"), std::optional<QString>(u"Factura"_s));
    // The billing rules find what they need where they look for it.
    const auto kind = DocumentKindResolver().resolve(s);
    QCOMPARE(std::get<DocumentKindResolver::Resolution>(kind).kind, DocumentKind::Factura);
    const auto receptor = FacturaReceptor::fromOrder(s, {});
    QVERIFY(receptor.ok());
    QCOMPARE(receptor.client.activity, u"Ferretería"_s);
    QCOMPARE(receptor.client.company, u"Los Andes SpA"_s);
    QCOMPARE(receptor.client.code, u"76369187-K"_s);
}

void TestOrderMapper::missingStatusEnumFallsBackToTheEnum()
{
    JumpsellerOrder o = sampleOrder();
    o.statusEnumText.clear();
    o.status = JumpsellerOrderStatus::Canceled;
    QCOMPARE(OrderMapper::toStoreOrder(o, u"x"_s).status, u"canceled"_s);
    o.currency.clear();
    QCOMPARE(OrderMapper::toStoreOrder(o, u"x"_s).currency, u"CLP"_s);
}

void TestOrderMapper::cartDiscountIsNeverNegative()
{
    JumpsellerOrder o = sampleOrder();
    o.discount = 0; // a store that does not sum line discounts into the order's
    QCOMPARE(OrderMapper::toStoreOrder(o, u"x"_s).orderDiscount, Pesos(0));
    QCOMPARE(OrderMapper::pesos(0.5), Pesos(1));
    QCOMPARE(OrderMapper::pesos(86709.6), Pesos(86710));
}

void TestOrderMapper::snapshotRoundTrips()
{
    const StoreOrder s = OrderMapper::toStoreOrder(sampleOrder(), u"mitienda"_s);
    const auto back = OrderSnapshot::fromJson(OrderSnapshot::toJson(s));
    QVERIFY(back);
    QCOMPARE(*back, s);
}

void TestOrderMapper::snapshotRefusesOtherVersions()
{
    QJsonObject json = OrderSnapshot::toJson(OrderMapper::toStoreOrder(sampleOrder(), u"x"_s));
    json.insert(u"version"_s, 99);
    QVERIFY(!OrderSnapshot::fromJson(json));
    QVERIFY(!OrderSnapshot::fromJson({}));
}

void TestOrderMapper::overrideWinsOverTheCheckout()
{
    StoreOrder s = OrderMapper::toStoreOrder(sampleOrder(), u"x"_s);
    s.billingInformation.clear(); // no giro at all
    QVERIFY(!FacturaReceptor::fromOrder(s, {}).ok());
    OrderBillingOverride billing;
    billing.giro = u"Venta de herramientas"_s;
    billing.razonSocial = u"Otra SpA"_s;
    billing.address = u"Calle Nueva 55"_s;
    billing.rut = u"12.345.678-5"_s;
    const StoreOrder fixed = billing.applyTo(s, {});
    const auto receptor = FacturaReceptor::fromOrder(fixed, {});
    QVERIFY(receptor.ok());
    QCOMPARE(receptor.client.activity, billing.giro);
    QCOMPARE(receptor.client.company, billing.razonSocial);
    QCOMPARE(receptor.client.address, billing.address);
    QCOMPARE(receptor.client.code, u"12345678-5"_s);
    QCOMPARE(receptor.client.municipality, u"Providencia"_s); // kept from the store

    OrderBillingOverride boleta;
    boleta.kind = DocumentKind::Boleta;
    QCOMPARE(std::get<DocumentKindResolver::Resolution>(DocumentKindResolver().resolve(boleta.applyTo(s, {}))).kind,
             DocumentKind::Boleta);
    QVERIFY(OrderBillingOverride().isEmpty());
    QCOMPARE(OrderBillingOverride().applyTo(s, {}), s);
}

void TestOrderMapper::overrideJsonRoundTrips()
{
    OrderBillingOverride o;
    o.kind = DocumentKind::Factura;
    o.rut = u"1-9"_s;
    o.giro = u"Giro"_s;
    o.city = u"Temuco"_s;
    QCOMPARE(OrderBillingOverride::fromJson(o.toJson()), o);
    QCOMPARE(OrderBillingOverride::fromJson({}), OrderBillingOverride());
    QJsonObject credit {{u"kind"_s, u"credit_note"_s}};
    QVERIFY(!OrderBillingOverride::fromJson(credit).kind); // only boleta or factura
}

QTEST_GUILESS_MAIN(TestOrderMapper)
#include "tst_ordermapper.moc"
