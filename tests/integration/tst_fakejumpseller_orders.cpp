// Contract tests of FakeJumpseller's orders: the stock lifecycle (§6), statuses (§3.2), the
// order routes (§3.1, §3.5, §3.6), checkout custom fields on orders (§3.3, §4), the admin
// interface and fault injection. Raw HTTP over loopback.
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QTimeZone>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QTest>

#include "FakeJumpseller.h"
#include "JumpsellerProbe.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;
using puente::fakes::FakeJumpseller;
namespace js = puente::fakes::jumpseller;

class TestFakeJumpsellerOrders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pendingOrderTakesStock();
    void paidChangesNothing();
    void canceledGivesStockBack();
    void abandonedGivesStockBack();
    void canceledAfterPaidGivesStockBack();
    void unlimitedStockIsSkipped();
    void orderBeyondStockIsRefusedUnlessOversellAllowed();
    void statusEnumAndNames_data();
    void statusEnumAndNames();
    void ordersByStatusAndInvalidStatus();
    void statusFiltersAndDateFilterOnOrderList();
    void ordersAfterIdArePagedAscending();
    void putOrderStatusMovesStockAndIgnoresOtherFields();
    void putOrderShipmentAndAdditionalFields();
    void postOrderCreatesAndTakesStock();
    void postOrderWithUnknownProductIs404();
    void checkoutCustomFieldsTravelOnOrders();
    void moneyFieldsIncludeIva();
    void adminInterfaceNeedsNoAuthAndIsNotLimited();
    void adminPlacesAndMovesOrders();
    void adminSetsStockBySku();
    void faultsInjectedThroughAdmin();

private:
    js::OrderSeed orderFor(int productId, int variantId, int qty) const;
    int stockOfProduct(int productId);
    int stockOfVariant(int productId, int variantId);
    QString statusOf(int orderId);

    std::unique_ptr<FakeJumpseller> m_fake;
    std::unique_ptr<JumpsellerProbe> m_probe;
    int m_mug = 0; // simple product, stock 10
    int m_shirt = 0; // product with variants S (5) and M (7)
    int m_shirtS = 0;
    int m_shirtM = 0;
    int m_ebook = 0; // unlimited stock
};

void TestFakeJumpsellerOrders::init()
{
    m_fake = std::make_unique<FakeJumpseller>();
    js::RateLimitConfig limits;
    limits.enabled = false;
    m_fake->setRateLimits(limits);
    QVERIFY(m_fake->start() != 0);
    m_probe = std::make_unique<JumpsellerProbe>(*m_fake, u"orders"_s);

    js::ProductSeed mug;
    mug.name = u"Taza Cerámica"_s;
    mug.sku = u"TAZA-01"_s;
    mug.price = 5990;
    mug.stock = 10;
    m_mug = m_fake->addProduct(mug);

    js::ProductSeed shirt;
    shirt.name = u"Polera"_s;
    shirt.sku = u"POL"_s;
    shirt.price = 9990;
    shirt.variants = {{u"POL-S"_s, {}, std::nullopt, 5, false, {{u"Talla"_s, u"S"_s}}},
                      {u"POL-M"_s, {}, std::nullopt, 7, false, {{u"Talla"_s, u"M"_s}}}};
    m_shirt = m_fake->addProduct(shirt);
    m_shirtS = m_fake->findSku(u"POL-S"_s)->second;
    m_shirtM = m_fake->findSku(u"POL-M"_s)->second;

    js::ProductSeed ebook;
    ebook.name = u"Libro Digital"_s;
    ebook.sku = u"EBOOK"_s;
    ebook.price = 4990;
    ebook.stock = 0;
    ebook.stockUnlimited = true;
    m_ebook = m_fake->addProduct(ebook);
}

void TestFakeJumpsellerOrders::cleanup()
{
    m_probe.reset();
    m_fake.reset();
}

js::OrderSeed TestFakeJumpsellerOrders::orderFor(int productId, int variantId, int qty) const
{
    js::OrderSeed seed;
    js::OrderLineSeed line;
    line.productId = productId;
    line.variantId = variantId;
    line.qty = qty;
    seed.lines = {line};
    seed.email = u"ana@example.cl"_s;
    seed.billingAddress.name = u"Ana"_s;
    seed.billingAddress.surname = u"Rojas"_s;
    return seed;
}

int TestFakeJumpsellerOrders::stockOfProduct(int productId)
{
    // Read through the API, as a client would.
    return m_probe->get(u"/v1/products/%1.json"_s.arg(productId)).object()[u"product"_s][u"stock"_s].toInt(-1);
}

int TestFakeJumpsellerOrders::stockOfVariant(int productId, int variantId)
{
    return m_probe->get(u"/v1/products/%1/variants/%2.json"_s.arg(productId).arg(variantId))
        .object()[u"variant"_s][u"stock"_s]
        .toInt(-1);
}

QString TestFakeJumpsellerOrders::statusOf(int orderId)
{
    return m_probe->get(u"/v1/orders/%1.json"_s.arg(orderId), u"Order.one"_s)
        .object()[u"order"_s][u"status_enum"_s]
        .toString();
}

void TestFakeJumpsellerOrders::pendingOrderTakesStock()
{
    // §6: New -> Pending Payment reduces stock (product without variants, and a variant).
    QVERIFY(m_fake->createOrder(orderFor(m_mug, 0, 3)) > 0);
    QCOMPARE(stockOfProduct(m_mug), 7);
    QVERIFY(m_fake->createOrder(orderFor(m_shirt, m_shirtM, 2)) > 0);
    QCOMPARE(stockOfVariant(m_shirt, m_shirtM), 5);
    QCOMPARE(stockOfVariant(m_shirt, m_shirtS), 5);
    QCOMPARE(stockOfProduct(m_shirt), 10); // product.stock: sum of its variants
}

void TestFakeJumpsellerOrders::paidChangesNothing()
{
    // §6: Pending -> Paid: no stock change.
    const int id = m_fake->createOrder(orderFor(m_mug, 0, 3));
    QVERIFY(m_fake->payOrder(id));
    QCOMPARE(statusOf(id), u"paid"_s);
    QCOMPARE(stockOfProduct(m_mug), 7);
}

void TestFakeJumpsellerOrders::canceledGivesStockBack()
{
    // §6: Pending -> Canceled returns the stock.
    const int id = m_fake->createOrder(orderFor(m_shirt, m_shirtS, 4));
    QCOMPARE(stockOfVariant(m_shirt, m_shirtS), 1);
    QVERIFY(m_fake->cancelOrder(id));
    QCOMPARE(statusOf(id), u"canceled"_s);
    QCOMPARE(stockOfVariant(m_shirt, m_shirtS), 5);
    QVERIFY(m_fake->cancelOrder(id)); // canceling again moves nothing
    QCOMPARE(stockOfVariant(m_shirt, m_shirtS), 5);
}

void TestFakeJumpsellerOrders::abandonedGivesStockBack()
{
    // §6: Pending -> Abandoned (system only, after the expiration time) returns the stock.
    const int id = m_fake->createOrder(orderFor(m_mug, 0, 10));
    QCOMPARE(stockOfProduct(m_mug), 0);
    QVERIFY(m_fake->abandonOrder(id));
    QCOMPARE(statusOf(id), u"abandoned"_s);
    QCOMPARE(stockOfProduct(m_mug), 10);
}

void TestFakeJumpsellerOrders::canceledAfterPaidGivesStockBack()
{
    // §6: Pending or Paid -> Canceled returns the stock.
    const int id = m_fake->createOrder(orderFor(m_mug, 0, 2));
    QVERIFY(m_fake->payOrder(id));
    QCOMPARE(stockOfProduct(m_mug), 8);
    QVERIFY(m_fake->cancelOrder(id));
    QCOMPARE(stockOfProduct(m_mug), 10);
}

void TestFakeJumpsellerOrders::unlimitedStockIsSkipped()
{
    // §6: skip all of this when stock_unlimited.
    const int id = m_fake->createOrder(orderFor(m_ebook, 0, 50));
    QVERIFY(id > 0);
    QCOMPARE(stockOfProduct(m_ebook), 0);
    QVERIFY(m_fake->cancelOrder(id));
    QCOMPARE(stockOfProduct(m_ebook), 0);
    const QJsonObject product = m_probe->get(u"/v1/products/%1.json"_s.arg(m_ebook)).object()[u"product"_s].toObject();
    QCOMPARE(product[u"stock_unlimited"_s].toBool(), true);
}

void TestFakeJumpsellerOrders::orderBeyondStockIsRefusedUnlessOversellAllowed()
{
    // The checkout does not sell what is not there; a switch lets stock go negative (races).
    QString error;
    QCOMPARE(m_fake->createOrder(orderFor(m_mug, 0, 11), &error), 0);
    QVERIFY(error.contains(u"stock"_s));
    QCOMPARE(m_fake->productStock(m_mug), 10);
    QVERIFY(m_fake->orderIds().isEmpty());
    m_fake->setAllowOversell(true);
    QVERIFY(m_fake->createOrder(orderFor(m_mug, 0, 11)) > 0);
    QCOMPARE(m_fake->productStock(m_mug), -1);
}

void TestFakeJumpsellerOrders::statusEnumAndNames_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("statusEnum");
    QTest::addColumn<QString>("statusName");
    QTest::newRow("pending") << QString() << u"pending_payment"_s << u"Pending Payment"_s;
    QTest::newRow("paid") << u"pay"_s << u"paid"_s << u"Paid"_s;
    QTest::newRow("canceled") << u"cancel"_s << u"canceled"_s << u"Canceled"_s;
    QTest::newRow("abandoned") << u"abandon"_s << u"abandoned"_s << u"Abandoned"_s;
}

void TestFakeJumpsellerOrders::statusEnumAndNames()
{
    // §3.2: status / status_name are display names; status_enum is one of
    // abandoned | canceled | pending_payment | paid; shipment_status(_enum) present too.
    QFETCH(QString, action);
    QFETCH(QString, statusEnum);
    QFETCH(QString, statusName);
    const int id = m_fake->createOrder(orderFor(m_mug, 0, 1));
    if (!action.isEmpty())
        QCOMPARE(m_probe->admin("POST", u"/_admin/orders/%1/%2"_s.arg(id).arg(action)).status, 200);
    const QJsonObject order =
        m_probe->get(u"/v1/orders/%1.json"_s.arg(id), u"Order.one"_s).object()[u"order"_s].toObject();
    QCOMPARE(order[u"status_enum"_s].toString(), statusEnum);
    QCOMPARE(order[u"status"_s].toString(), statusName);
    QCOMPARE(order[u"status_name"_s].toString(), statusName);
    QCOMPARE(order[u"shipment_status_enum"_s].toString(), u"unfulfilled"_s);
    // A Chilean store translates the display names; the enum never changes.
    m_fake->setSpanishStatusNames(true);
    const QJsonObject spanish = m_probe->get(u"/v1/orders/%1.json"_s.arg(id)).object()[u"order"_s].toObject();
    QVERIFY(spanish[u"status"_s].toString() != statusName);
    QCOMPARE(spanish[u"status_enum"_s].toString(), statusEnum);
}

void TestFakeJumpsellerOrders::ordersByStatusAndInvalidStatus()
{
    // §3.1: /orders/status/{status}.json with the enum form; 404 "Status Invalid." otherwise.
    const int pending = m_fake->createOrder(orderFor(m_mug, 0, 1));
    const int paid = m_fake->createOrder(orderFor(m_mug, 0, 1));
    m_fake->payOrder(paid);
    const ProbeReply reply = m_probe->get(u"/v1/orders/status/paid.json"_s, u"Order.list"_s);
    QCOMPARE(reply.array().size(), 1);
    QCOMPARE(reply.array().first()[u"order"_s][u"id"_s].toInt(), paid);
    QCOMPARE(m_probe->get(u"/v1/orders/status/pending_payment.json"_s).array().first()[u"order"_s][u"id"_s].toInt(),
             pending);
    const ProbeReply invalid =
        m_probe->expectError(m_probe->get(u"/v1/orders/status/Paid.json"_s), u"StatusInvalid.one"_s);
    QCOMPARE(invalid.status, 404);
    QCOMPARE(invalid.object()[u"message"_s].toString(), u"Status Invalid."_s);
}

void TestFakeJumpsellerOrders::statusFiltersAndDateFilterOnOrderList()
{
    // §3.1: /orders.json?status_filters[]=paid&... and dateFilter=customDate with
    // initialDate/finalDate (YYYY-MM-DD, the store's day).
    QDateTime now = QDateTime(QDate(2025, 3, 10), QTime(15, 0), QTimeZone::utc());
    m_fake->setClock([&now] { return now; });
    const int early = m_fake->createOrder(orderFor(m_mug, 0, 1));
    now = now.addDays(2);
    const int late = m_fake->createOrder(orderFor(m_mug, 0, 1));
    const int canceled = m_fake->createOrder(orderFor(m_mug, 0, 1));
    m_fake->payOrder(early);
    m_fake->payOrder(late);
    m_fake->cancelOrder(canceled);
    const auto ids = [this](const QString &query) {
        QList<int> out;
        for (const QJsonValue &entry : m_probe->get(u"/v1/orders.json?"_s + query, u"Order.list"_s).array())
            out.append(entry[u"order"_s][u"id"_s].toInt());
        return out;
    };
    QCOMPARE(ids(u"status_filters[]=paid"_s), (QList<int> {early, late}));
    QCOMPARE(ids(u"status_filters%5B%5D=paid&status_filters%5B%5D=canceled"_s), (QList<int> {early, late, canceled}));
    QCOMPARE(ids(u"status_filters[]=paid&dateFilter=customDate&initialDate=2025-03-12&finalDate=2025-03-12"_s),
             QList<int> {late});
    QCOMPARE(ids(u"dateFilter=today"_s), (QList<int> {late, canceled}));
    m_fake->setOrdersDescending(true);
    QCOMPARE(ids(u"status_filters[]=paid"_s), (QList<int> {late, early}));
}

void TestFakeJumpsellerOrders::ordersAfterIdArePagedAscending()
{
    // §3.1: "GET /orders/after/5000 will return Order 5001, 5002, 5003" — an array in practice —
    // and clients page it with page/limit.
    QList<int> ids;
    for (int i = 0; i < 7; ++i)
        ids.append(m_fake->createOrder(orderFor(m_ebook, 0, 1)));
    const auto after = [this](int id, const QString &paging) {
        QList<int> out;
        const ProbeReply reply = m_probe->get(u"/v1/orders/after/%1.json%2"_s.arg(id).arg(paging), u"Order.list"_s);
        for (const QJsonValue &entry : reply.array())
            out.append(entry[u"order"_s][u"id"_s].toInt());
        return out;
    };
    QCOMPARE(after(ids.at(1), QString()), ids.mid(2));
    QCOMPARE(after(ids.at(1), u"?page=1&limit=2"_s), ids.mid(2, 2));
    QCOMPARE(after(ids.at(1), u"?page=3&limit=2"_s), ids.mid(6, 1));
    QCOMPARE(after(ids.last(), QString()), QList<int> {});
}

void TestFakeJumpsellerOrders::putOrderStatusMovesStockAndIgnoresOtherFields()
{
    // §3.5: PUT /orders/{id}.json {"order":{"status":"Paid"}}; only the whitelisted keys are
    // writable. §6 applies to API status changes too.
    const int id = m_fake->createOrder(orderFor(m_mug, 0, 4));
    const double total = m_fake->order(id)->total;
    const QJsonObject pay {
        {u"order"_s, QJsonObject {{u"status"_s, u"Paid"_s}, {u"total"_s, 1}, {u"currency"_s, u"USD"_s}}}};
    // (Not sampled as OrderEdit: "total" and "currency" are deliberately outside the schema.)
    const ProbeReply paid = m_probe->send("PUT", u"/v1/orders/%1.json"_s.arg(id), pay, {}, u"Order.one"_s);
    QCOMPARE(paid.status, 200);
    QCOMPARE(paid.object()[u"order"_s][u"status_enum"_s].toString(), u"paid"_s);
    QCOMPARE(paid.object()[u"order"_s][u"total"_s].toDouble(), total);
    QCOMPARE(paid.object()[u"order"_s][u"currency"_s].toString(), u"CLP"_s);
    QCOMPARE(stockOfProduct(m_mug), 6);
    const QJsonObject cancel {{u"order"_s, QJsonObject {{u"status"_s, u"canceled"_s}}}}; // lower case accepted
    QCOMPARE(m_probe->send("PUT", u"/v1/orders/%1.json"_s.arg(id), cancel).status, 200);
    QCOMPARE(stockOfProduct(m_mug), 10);
    const QJsonObject bogus {{u"order"_s, QJsonObject {{u"status"_s, u"Shipped"_s}}}};
    QCOMPARE(m_probe->send("PUT", u"/v1/orders/%1.json"_s.arg(id), bogus).status, 400);
    QCOMPARE(m_probe->send("PUT", u"/v1/orders/99999.json"_s, cancel).status, 404);
}

void TestFakeJumpsellerOrders::putOrderShipmentAndAdditionalFields()
{
    // §3.5: shipment_status, tracking_*, additional_information and additional_fields are writable.
    m_fake->addChileanCheckoutFields();
    js::OrderSeed seed = orderFor(m_mug, 0, 1);
    seed.additionalFields = {{u"Tipo de Documento"_s, u"boleta"_s}};
    const int id = m_fake->createOrder(seed);
    const QJsonObject edit {
        {u"order"_s,
         QJsonObject {
             {u"shipment_status"_s, u"in_transit"_s},
             {u"tracking_number"_s, u"TRK-1"_s},
             {u"tracking_company"_s, u"Starken"_s},
             {u"additional_information"_s, u"Boleta 1234 emitida"_s},
             {u"additional_fields"_s,
              QJsonArray {QJsonObject {{u"label"_s, u"Tipo de Documento"_s}, {u"value"_s, u"factura"_s}}}},
         }}};
    const ProbeReply reply =
        m_probe->send("PUT", u"/v1/orders/%1.json"_s.arg(id), edit, u"OrderEdit.partial"_s, u"Order.one"_s);
    QCOMPARE(reply.status, 200);
    const QJsonObject order = reply.object()[u"order"_s].toObject();
    QCOMPARE(order[u"shipment_status_enum"_s].toString(), u"in_transit"_s);
    QCOMPARE(order[u"shipment_status"_s].toString(), u"In Transit"_s);
    QCOMPARE(order[u"tracking_number"_s].toString(), u"TRK-1"_s);
    QCOMPARE(order[u"additional_information"_s].toString(), u"Boleta 1234 emitida"_s);
    QCOMPARE(order[u"additional_fields"_s].toArray().size(), 1);
    QCOMPARE(order[u"additional_fields"_s][0][u"value"_s].toString(), u"factura"_s);
    QCOMPARE(order[u"status_enum"_s].toString(), u"pending_payment"_s);
}

void TestFakeJumpsellerOrders::postOrderCreatesAndTakesStock()
{
    // §3.6: POST /orders.json with OrderCreateFields; "Orders created externally keep the given
    // order product's values"; a Paid order holds stock like a pending one (§6).
    const QJsonObject body {
        {u"order"_s,
         QJsonObject {
             {u"status"_s, u"Paid"_s},
             {u"shipping_method_name"_s, u"Retiro en tienda"_s},
             {u"shipping_price"_s, 0},
             {u"shipping_required"_s, false},
             {u"customer"_s,
              QJsonObject {
                  {u"id"_s, 77},
                  {u"billing_address"_s,
                   QJsonObject {{u"name"_s, u"Pedro"_s},
                                {u"surname"_s, u"Soto"_s},
                                {u"taxid"_s, u"11.111.111-1"_s},
                                {u"address"_s, u"Los Leones 10"_s},
                                {u"city"_s, u"Santiago"_s},
                                {u"municipality"_s, u"Providencia"_s},
                                {u"region"_s, u"RM"_s},
                                {u"country"_s, u"CL"_s}}},
              }},
             {u"products"_s,
              QJsonArray {
                  QJsonObject {{u"id"_s, m_shirt},
                               {u"variant_id"_s, m_shirtS},
                               {u"qty"_s, 2},
                               {u"price"_s, 8990},
                               {u"discount"_s, 0}},
                  QJsonObject {{u"id"_s, m_mug}, {u"qty"_s, 1}},
              }},
             {u"billing_information"_s,
              QJsonObject {{u"business_activity"_s, u"Comercio"_s}, {u"company_name"_s, u"Soto Ltda."_s}}},
         }}};
    const ProbeReply reply = m_probe->send("POST", u"/v1/orders.json"_s, body, u"OrderCreate.one"_s, u"Order.one"_s);
    QCOMPARE(reply.status, 200);
    const QJsonObject order = reply.object()[u"order"_s].toObject();
    QCOMPARE(order[u"status_enum"_s].toString(), u"paid"_s);
    QCOMPARE(order[u"source"_s][u"created_from"_s].toString(), u"api"_s);
    QCOMPARE(order[u"products"_s][0][u"price"_s].toDouble(), 8990.0);
    QCOMPARE(order[u"products"_s][0][u"sku"_s].toString(), u"POL-S"_s);
    QCOMPARE(order[u"products"_s][1][u"price"_s].toDouble(), 5990.0);
    QVERIFY(order[u"products"_s][1][u"variant_id"_s].isNull());
    QCOMPARE(order[u"billing_address"_s][u"taxid"_s].toString(), u"11.111.111-1"_s);
    QCOMPARE(order[u"billing_address"_s][u"country_code"_s].toString(), u"CL"_s);
    QCOMPARE(order[u"billing_information"_s][u"company_name"_s].toString(), u"Soto Ltda."_s);
    QCOMPARE(order[u"subtotal"_s].toDouble(), 2 * 8990.0 + 5990.0);
    QCOMPARE(stockOfVariant(m_shirt, m_shirtS), 3);
    QCOMPARE(stockOfProduct(m_mug), 9);
    QCOMPARE(m_probe->get(u"/v1/orders/count.json"_s).object()[u"count"_s].toInt(), 1);
}

void TestFakeJumpsellerOrders::postOrderWithUnknownProductIs404()
{
    // allow_missing_products (OrderCreateFields) decides whether unknown lines are refused.
    QJsonObject order {{u"products"_s, QJsonArray {QJsonObject {{u"id"_s, 4242}, {u"qty"_s, 1}, {u"price"_s, 100}}}}};
    const ProbeReply refused = m_probe->send("POST", u"/v1/orders.json"_s, {{u"order"_s, order}});
    QCOMPARE(refused.status, 404);
    QCOMPARE(refused.object()[u"message"_s].toString(), u"Product Not Found."_s);
    order.insert(u"allow_missing_products"_s, true);
    const ProbeReply allowed =
        m_probe->send("POST", u"/v1/orders.json"_s, {{u"order"_s, order}}, u"OrderCreate.one"_s, u"Order.one"_s);
    QCOMPARE(allowed.status, 200);
    QCOMPARE(allowed.object()[u"order"_s][u"total"_s].toDouble(), 100.0);
}

void TestFakeJumpsellerOrders::checkoutCustomFieldsTravelOnOrders()
{
    // §3.3/§4: checkout custom field values come as additional_fields [{id,label,value,area}]
    // (id = the checkout_custom_field's id), the RUT in billing_address.taxid, Giro and Razón
    // Social also natively in billing_information.
    m_fake->addChileanCheckoutFields();
    js::OrderSeed seed = orderFor(m_mug, 0, 1);
    seed.billingAddress.taxid = u"76.543.210-K"_s;
    seed.additionalFields = {{u"Tipo de Documento"_s, u"factura"_s},
                             {u"Razón Social"_s, u"Comercial Andes SpA"_s},
                             {u"Giro"_s, u"Venta al por menor"_s}};
    seed.billingInformation.companyName = u"Comercial Andes SpA"_s;
    seed.billingInformation.businessActivity = u"Venta al por menor"_s;
    const int id = m_fake->createOrder(seed);
    const QJsonArray definitions = m_probe->get(u"/v1/checkout_custom_fields.json"_s).array();
    const QJsonObject order =
        m_probe->get(u"/v1/orders/%1.json"_s.arg(id), u"Order.one"_s).object()[u"order"_s].toObject();
    const QJsonArray fields = order[u"additional_fields"_s].toArray();
    QCOMPARE(fields.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject definition = definitions.at(i)[u"checkout_custom_field"_s].toObject();
        QCOMPARE(fields.at(i)[u"id"_s].toInt(), definition[u"id"_s].toInt());
        QCOMPARE(fields.at(i)[u"label"_s].toString(), definition[u"label"_s].toString());
        QCOMPARE(fields.at(i)[u"area"_s].toString(), u"other"_s);
    }
    QCOMPARE(fields.at(0)[u"value"_s].toString(), u"factura"_s);
    QCOMPARE(order[u"billing_address"_s][u"taxid"_s].toString(), u"76.543.210-K"_s);
    QCOMPARE(order[u"billing_information"_s][u"business_activity"_s].toString(), u"Venta al por menor"_s);
    QCOMPARE(order[u"customer"_s][u"fullname"_s].toString(), u"Ana Rojas"_s);
}

void TestFakeJumpsellerOrders::moneyFieldsIncludeIva()
{
    // §3.4: with tax_on_product_price the line price already includes IVA; tax reports it and
    // total = subtotal + shipping - discount.
    js::OrderSeed seed = orderFor(m_mug, 0, 2); // 2 x 5990
    seed.lines.first().discount = 980;
    seed.shippingPrice = 3500;
    const int id = m_fake->createOrder(seed);
    const QJsonObject order = m_probe->get(u"/v1/orders/%1.json"_s.arg(id)).object()[u"order"_s].toObject();
    QCOMPARE(order[u"subtotal"_s].toDouble(), 11980.0);
    QCOMPARE(order[u"discount"_s].toDouble(), 980.0);
    QCOMPARE(order[u"shipping"_s].toDouble(), 3500.0);
    QCOMPARE(order[u"total"_s].toDouble(), 11980.0 + 3500 - 980);
    QCOMPARE(order[u"tax"_s].toDouble(), 1756.0); // 11000 - 11000 / 1.19, rounded to pesos
    QCOMPARE(order[u"currency"_s].toString(), u"CLP"_s);
    const QJsonObject tax = order[u"products"_s][0][u"taxes"_s][0].toObject();
    QCOMPARE(tax[u"tax_on_product_price"_s].toBool(), true);
    QCOMPARE(tax[u"rate"_s].toDouble(), 19.0);
}

void TestFakeJumpsellerOrders::adminInterfaceNeedsNoAuthAndIsNotLimited()
{
    // /_admin/ is the fake's own: no credentials, no rate limit, no Jumpseller headers.
    js::RateLimitConfig tight;
    tight.perSecond = 1;
    m_fake->setRateLimits(tight);
    QDateTime frozen = QDateTime::currentDateTimeUtc();
    m_fake->setClock([&frozen] { return frozen; });
    for (int i = 0; i < 5; ++i) {
        const ProbeReply state = m_probe->admin("GET", u"/_admin/state"_s);
        QCOMPARE(state.status, 200);
        QVERIFY(state.header("jumpseller-persecondratelimit-limit").isEmpty());
        QCOMPARE(state.object()[u"products"_s].toInt(), 3);
    }
    QCOMPARE(m_probe->get(u"/v1/products/count.json"_s).status, 200);
    QCOMPARE(m_probe->get(u"/v1/products/count.json"_s).status, 429);
}

void TestFakeJumpsellerOrders::adminPlacesAndMovesOrders()
{
    // POST /_admin/orders (by SKU, with checkout fields as an object), /pay, /cancel, GET list.
    m_fake->addChileanCheckoutFields();
    const QJsonObject body {
        {u"products"_s, QJsonArray {QJsonObject {{u"sku"_s, u"POL-M"_s}, {u"qty"_s, 3}}}},
        {u"customer"_s, QJsonObject {{u"email"_s, u"luis@example.cl"_s}, {u"name"_s, u"Luis"_s}}},
        {u"billing_address"_s, QJsonObject {{u"taxid"_s, u"12.345.678-5"_s}}},
        {u"additional_fields"_s, QJsonObject {{u"Tipo de Documento"_s, u"boleta"_s}}},
    };
    const ProbeReply placed = m_probe->admin("POST", u"/_admin/orders"_s, body);
    QCOMPARE(placed.status, 200);
    const int id = placed.object()[u"order"_s][u"id"_s].toInt();
    QCOMPARE(placed.object()[u"order"_s][u"status_enum"_s].toString(), u"pending_payment"_s);
    QCOMPARE(placed.object()[u"order"_s][u"customer"_s][u"email"_s].toString(), u"luis@example.cl"_s);
    QCOMPARE(m_fake->variantStock(m_shirtM), 4);
    QCOMPARE(
        m_probe->admin("POST", u"/_admin/orders/%1/pay"_s.arg(id)).object()[u"order"_s][u"status_enum"_s].toString(),
        u"paid"_s);
    QCOMPARE(m_probe->admin("POST", u"/_admin/orders/%1/cancel"_s.arg(id)).status, 200);
    QCOMPARE(m_fake->variantStock(m_shirtM), 7);
    QCOMPARE(m_probe->admin("GET", u"/_admin/orders"_s).array().size(), 1);
    QCOMPARE(m_probe->admin("POST", u"/_admin/orders/999/pay"_s).status, 404);
    const ProbeReply tooMany =
        m_probe->admin("POST", u"/_admin/orders"_s,
                       {{u"products"_s, QJsonArray {QJsonObject {{u"sku"_s, u"POL-M"_s}, {u"qty"_s, 30}}}}});
    QCOMPARE(tooMany.status, 400);
}

void TestFakeJumpsellerOrders::adminSetsStockBySku()
{
    // POST /_admin/stock: a merchant's edit in the admin panel.
    const ProbeReply reply = m_probe->admin("POST", u"/_admin/stock"_s, {{u"sku"_s, u"POL-S"_s}, {u"stock"_s, 42}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(stockOfVariant(m_shirt, m_shirtS), 42);
    QCOMPARE(m_probe->admin("POST", u"/_admin/stock"_s, {{u"sku"_s, u"NOPE"_s}, {u"stock"_s, 1}}).status, 404);
}

void TestFakeJumpsellerOrders::faultsInjectedThroughAdmin()
{
    // POST /_admin/fault {"fault", "count", "path"} uses HttpFake's fault injection.
    const ProbeReply bad = m_probe->admin("POST", u"/_admin/fault"_s, {{u"fault"_s, u"418"_s}});
    QCOMPARE(bad.status, 400);
    const ProbeReply armed = m_probe->admin("POST", u"/_admin/fault"_s,
                                            {{u"fault"_s, u"503"_s}, {u"count"_s, 2}, {u"path"_s, u"/v1/products"_s}});
    QCOMPARE(armed.object()[u"pending_faults"_s].toInt(), 2);
    QCOMPARE(m_probe->get(u"/v1/orders.json"_s).status, 200); // other paths untouched
    QCOMPARE(m_probe->get(u"/v1/products.json"_s).status, 503);
    QCOMPARE(m_probe->get(u"/v1/products.json"_s).status, 503);
    QCOMPARE(m_probe->get(u"/v1/products.json"_s).status, 200);

    m_probe->admin("POST", u"/_admin/fault"_s, {{u"fault"_s, u"malformed"_s}});
    const ProbeReply malformed = m_probe->get(u"/v1/products.json"_s);
    QCOMPARE(malformed.status, 200);
    QVERIFY(!malformed.isJson());

    // QNetworkAccessManager silently re-sends a request whose connection closed before any
    // answer, so a reset reaches the caller only when every attempt is reset: arm plenty.
    m_probe->admin("POST", u"/_admin/fault"_s, {{u"fault"_s, u"reset"_s}, {u"count"_s, 10}});
    const ProbeReply reset = m_probe->get(u"/v1/products.json"_s);
    QCOMPARE(reset.status, 0);
    QVERIFY(reset.networkError != int(QNetworkReply::NoError));
    QCOMPARE(m_probe->admin("DELETE", u"/_admin/fault"_s).status, 200);

    // reset-after: the order is placed (once per attempt that reached the fake) although the
    // client never hears back.
    m_probe->admin("POST", u"/_admin/fault"_s,
                   {{u"fault"_s, u"reset-after"_s}, {u"count"_s, 10}, {u"path"_s, u"/v1/orders"_s}});
    const QJsonObject body {
        {u"order"_s, QJsonObject {{u"products"_s, QJsonArray {QJsonObject {{u"id"_s, m_mug}, {u"qty"_s, 1}}}}}}};
    const int before = m_fake->requestCount();
    QCOMPARE(m_probe->send("POST", u"/v1/orders.json"_s, body).status, 0);
    const int attempts = m_fake->requestCount() - before;
    QVERIFY(attempts >= 1);
    QCOMPARE(m_fake->orderIds().size(), attempts);
    QCOMPARE(m_fake->productStock(m_mug), 10 - attempts);

    m_probe->admin("POST", u"/_admin/fault"_s, {{u"fault"_s, u"500"_s}, {u"count"_s, 5}});
    QCOMPARE(m_probe->admin("DELETE", u"/_admin/fault"_s).status, 200);
    QCOMPARE(m_probe->get(u"/v1/products.json"_s).status, 200);
}

QTEST_GUILESS_MAIN(TestFakeJumpsellerOrders)
#include "tst_fakejumpseller_orders.moc"
