// JumpsellerClient against FakeJumpseller over loopback: order counts, orders after an id
// (paged), single orders with their Chilean invoicing data, the four payment statuses (also
// with translated names), orders by status, order updates (document link written back),
// checkout custom fields and webhooks (list, create, delete).
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

#include "JumpsellerTestBench.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;
using puente::ApiResult;
using puente::JumpsellerAdditionalField;
using puente::JumpsellerCheckoutCustomField;
using puente::JumpsellerHook;
using puente::JumpsellerOrder;
using puente::JumpsellerOrderChanges;
using puente::JumpsellerOrderStatus;
using Kind = puente::ApiError::Kind;
namespace js = puente::fakes::jumpseller;

#define REQUIRE_OK(result)                                                                                             \
    do {                                                                                                               \
        QVERIFY2((result).has_value(), "no answer in time");                                                           \
        QVERIFY2((result)->ok(), qPrintable((result)->error().toString() + u" / "_s + (result)->error().detail()));    \
    } while (false)

class TestJumpsellerClientOrders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void orderCountIsTheStoreCount();
    void ordersAfterPageAscendingFromTheId();
    void ordersAfterTheNewestIsEmpty();
    void orderReadsCustomerBillingAndLines();
    void statusEnumOfEachStatus_data();
    void statusEnumOfEachStatus();
    void ordersByStatusFilters();
    void missingOrderIsNotFound();
    void updateOrderWritesTheDocumentLinkBack();
    void updateOrderStatusUsesTheDisplayName();
    void checkoutCustomFieldsListsTheChileanFields();
    void hooksCreateListAndDelete();
    void deletingAMissingHookIsNotFound();

private:
    int placeOrder(js::OrderStatus status = js::OrderStatus::PendingPayment, int qty = 1);
    std::optional<ApiResult<JumpsellerOrder>> fetchOrder(qint64 id);

    std::unique_ptr<JumpsellerTestBench> m_bench;
    int m_mug = 0;
    int m_shirt = 0;
    int m_shirtMedium = 0;
};

void TestJumpsellerClientOrders::init()
{
    m_bench = std::make_unique<JumpsellerTestBench>(u"client-orders"_s);
    QVERIFY(m_bench->start());
    m_bench->fake().addChileanCheckoutFields();
    js::ProductSeed mug;
    mug.name = u"Taza Cerámica"_s;
    mug.sku = u"TAZA-01"_s;
    mug.price = 5990;
    mug.stock = 100000;
    m_mug = m_bench->fake().addProduct(mug);
    js::ProductSeed shirt;
    shirt.name = u"Polera"_s;
    shirt.sku = u"POL"_s;
    shirt.price = 12990;
    js::VariantSeed medium;
    medium.sku = u"POL-M"_s;
    medium.stock = 1000;
    medium.options = {{u"Talla"_s, u"M"_s}};
    shirt.variants = {medium};
    m_shirt = m_bench->fake().addProduct(shirt);
    m_shirtMedium = m_bench->fake().product(m_shirt)->variantIds.first();
}

void TestJumpsellerClientOrders::cleanup()
{
    const QStringList unsampled = m_bench->unsampledBodies();
    QVERIFY2(unsampled.isEmpty(), qPrintable(unsampled.join(u", "_s)));
    m_bench.reset();
}

int TestJumpsellerClientOrders::placeOrder(js::OrderStatus status, int qty)
{
    js::OrderSeed seed;
    js::OrderLineSeed line;
    line.productId = m_mug;
    line.qty = qty;
    seed.lines = {line};
    seed.status = status;
    QString error;
    const int id = m_bench->fake().createOrder(seed, &error);
    if (id == 0)
        qWarning("createOrder failed: %s", qPrintable(error));
    return id;
}

std::optional<ApiResult<JumpsellerOrder>> TestJumpsellerClientOrders::fetchOrder(qint64 id)
{
    return m_bench->run<JumpsellerOrder>([&](auto done) { m_bench->client().order(m_bench->context(), id, done); });
}

void TestJumpsellerClientOrders::orderCountIsTheStoreCount()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(placeOrder() > 0);
    auto count = m_bench->run<qint64>([&](auto done) { m_bench->client().orderCount(m_bench->context(), done); });
    REQUIRE_OK(count);
    QCOMPARE(count->value(), 5);
}

void TestJumpsellerClientOrders::ordersAfterPageAscendingFromTheId()
{
    QList<int> ids;
    for (int i = 0; i < 230; ++i)
        ids.append(placeOrder());
    const int lastSeen = ids.at(9);
    QList<QPair<qint64, qint64>> progress;
    auto result = m_bench->run<QList<JumpsellerOrder>>([&](auto done) {
        m_bench->client().ordersAfter(
            m_bench->context(), lastSeen,
            [&progress](qint64 n, qint64 total) {
                progress.append({n, total});
            },
            done);
    });
    REQUIRE_OK(result);
    const QList<JumpsellerOrder> &orders = result->value();
    QCOMPARE(orders.size(), 220);
    for (int i = 0; i < orders.size(); ++i)
        QCOMPARE(orders.at(i).id, ids.at(10 + i)); // every newer order once, ascending
    const QList<QPair<qint64, qint64>> expected {{0, -1}, {100, -1}, {200, -1}, {220, -1}};
    QCOMPARE(progress, expected);
    const auto pages = m_bench->requests("GET", u"/orders/after/%1\\.json"_s.arg(lastSeen));
    QCOMPARE(pages.size(), 3);
    QCOMPARE(pages.last().queryValue(u"page"_s), u"3"_s);
    QCOMPARE(pages.last().queryValue(u"limit"_s), u"100"_s);
}

void TestJumpsellerClientOrders::ordersAfterTheNewestIsEmpty()
{
    const int newest = placeOrder();
    auto result = m_bench->run<QList<JumpsellerOrder>>(
        [&](auto done) { m_bench->client().ordersAfter(m_bench->context(), newest, {}, done); });
    REQUIRE_OK(result);
    QVERIFY(result->value().isEmpty());
    QCOMPARE(m_bench->fake().requestCount(), 1);
}

void TestJumpsellerClientOrders::orderReadsCustomerBillingAndLines()
{
    js::OrderSeed seed;
    js::OrderLineSeed mugs;
    mugs.productId = m_mug;
    mugs.qty = 2;
    mugs.discount = 1000;
    js::OrderLineSeed shirt;
    shirt.productId = m_shirt;
    shirt.variantId = m_shirtMedium;
    seed.lines = {mugs, shirt};
    seed.status = js::OrderStatus::Paid;
    seed.email = u"compras@ferreteria.cl"_s;
    seed.phone = u"+56912345678"_s;
    seed.billingAddress.name = u"María"_s;
    seed.billingAddress.surname = u"González"_s;
    seed.billingAddress.taxid = u"76.123.456-7"_s;
    seed.billingAddress.address = u"Av. Matta"_s;
    seed.billingAddress.streetNumber = 1234;
    seed.billingAddress.municipality = u"Santiago"_s;
    seed.billingAddress.region = u"Región Metropolitana"_s;
    seed.billingAddress.country = u"Chile"_s;
    seed.billingAddress.countryCode = u"CL"_s;
    seed.shippingAddress = seed.billingAddress;
    seed.billingInformation.businessActivity = u"Ferretería"_s;
    seed.billingInformation.companyName = u"Ferretería González SpA"_s;
    seed.additionalFields = {{u"Tipo de Documento"_s, u"factura"_s}, {u"Giro"_s, u"Ferretería"_s}};
    seed.shippingPrice = 3990;
    QString error;
    const int id = m_bench->fake().createOrder(seed, &error);
    QVERIFY2(id > 0, qPrintable(error));

    auto result = fetchOrder(id);
    REQUIRE_OK(result);
    const JumpsellerOrder &o = result->value();
    QCOMPARE(o.id, id);
    QCOMPARE(o.status, JumpsellerOrderStatus::Paid);
    QCOMPARE(o.statusEnumText, u"paid"_s);
    QCOMPARE(o.statusName, u"Paid"_s);
    QCOMPARE(o.currency, u"CLP"_s);
    QVERIFY(o.createdAt.isValid());
    QCOMPARE(o.customer.email, u"compras@ferreteria.cl"_s);
    QVERIFY(o.customer.id > 0);
    QCOMPARE(o.billingAddress.taxid, u"76.123.456-7"_s);
    QCOMPARE(o.billingAddress.streetNumber, u"1234"_s);
    QCOMPARE(o.billingAddress.municipality, u"Santiago"_s);
    QCOMPARE(o.shippingAddress.surname, u"González"_s);
    QCOMPARE(o.billingInformation.companyName, u"Ferretería González SpA"_s);
    QCOMPARE(o.billingInformation.businessActivity, u"Ferretería"_s);
    QCOMPARE(o.additionalField(u"tipo de documento"_s), u"factura"_s);
    QCOMPARE(o.additionalField(u"Giro"_s), u"Ferretería"_s);
    QVERIFY(o.additionalFields.first().id > 0); // the checkout field's id
    QCOMPARE(o.shipping, 3990.0);
    QVERIFY(o.shippingRequired);
    QCOMPARE(o.shipmentStatus, u"unfulfilled"_s);
    QCOMPARE(o.lines.size(), 2);
    const auto &first = o.lines.at(0);
    QCOMPARE(first.productId, m_mug);
    QCOMPARE(first.variantId, 0);
    QCOMPARE(first.sku, u"TAZA-01"_s);
    QCOMPARE(first.qty, 2);
    QCOMPARE(first.price, 5990.0);
    QCOMPARE(first.discount, 1000.0);
    QCOMPARE(first.taxes.size(), 1);
    QVERIFY(first.taxes.first().taxOnProductPrice);
    QCOMPARE(first.taxes.first().rate, 19.0);
    QCOMPARE(o.lines.at(1).variantId, m_shirtMedium);
    QCOMPARE(o.lines.at(1).sku, u"POL-M"_s);
    QCOMPARE(o.total, 2 * 5990.0 - 1000 + 12990 + 3990);
}

void TestJumpsellerClientOrders::statusEnumOfEachStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("spanish");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("name");
    const auto row = [](const char *tag, js::OrderStatus status, bool spanish, JumpsellerOrderStatus expected,
                        const QString &name) { QTest::newRow(tag) << int(status) << spanish << int(expected) << name; };
    row("pending", js::OrderStatus::PendingPayment, false, JumpsellerOrderStatus::PendingPayment, u"Pending Payment"_s);
    row("paid", js::OrderStatus::Paid, false, JumpsellerOrderStatus::Paid, u"Paid"_s);
    row("canceled", js::OrderStatus::Canceled, false, JumpsellerOrderStatus::Canceled, u"Canceled"_s);
    row("abandoned", js::OrderStatus::Abandoned, false, JumpsellerOrderStatus::Abandoned, u"Abandoned"_s);
    row("pending-es", js::OrderStatus::PendingPayment, true, JumpsellerOrderStatus::PendingPayment,
        u"Pendiente de Pago"_s);
    row("paid-es", js::OrderStatus::Paid, true, JumpsellerOrderStatus::Paid, u"Pagado"_s);
    row("canceled-es", js::OrderStatus::Canceled, true, JumpsellerOrderStatus::Canceled, u"Cancelado"_s);
}

void TestJumpsellerClientOrders::statusEnumOfEachStatus()
{
    QFETCH(int, status);
    QFETCH(bool, spanish);
    QFETCH(int, expected);
    QFETCH(QString, name);
    m_bench->fake().setSpanishStatusNames(spanish);
    m_bench->fake().setSampling(!spanish); // translated names are outside the spec's enum
    const int id = placeOrder();
    QVERIFY(id > 0);
    const auto target = js::OrderStatus(status);
    if (target != js::OrderStatus::PendingPayment) {
        QString error;
        QVERIFY2(m_bench->fake().setOrderStatus(id, target, &error), qPrintable(error));
    }
    auto result = fetchOrder(id);
    REQUIRE_OK(result);
    QCOMPARE(int(result->value().status), expected);
    QCOMPARE(result->value().statusName, name);
    QCOMPARE(result->value().statusEnumText, js::statusEnum(target));
}

void TestJumpsellerClientOrders::ordersByStatusFilters()
{
    const int pending = placeOrder();
    const int paid = placeOrder(js::OrderStatus::Paid);
    const int canceled = placeOrder();
    QVERIFY(m_bench->fake().cancelOrder(canceled));
    const int paidToo = placeOrder(js::OrderStatus::Paid);
    auto result = m_bench->run<QList<JumpsellerOrder>>(
        [&](auto done) { m_bench->client().ordersByStatus(m_bench->context(), JumpsellerOrderStatus::Paid, done); });
    REQUIRE_OK(result);
    QCOMPARE(result->value().size(), 2);
    QCOMPARE(result->value().at(0).id, paid);
    QCOMPARE(result->value().at(1).id, paidToo);
    QCOMPARE(m_bench->requests("GET", u"/v1/orders/status/paid\\.json"_s).size(), 1);

    auto canceledOnes = m_bench->run<QList<JumpsellerOrder>>([&](auto done) {
        m_bench->client().ordersByStatus(m_bench->context(), JumpsellerOrderStatus::Canceled, done);
    });
    REQUIRE_OK(canceledOnes);
    QCOMPARE(canceledOnes->value().size(), 1);
    QCOMPARE(canceledOnes->value().first().id, canceled);
    QVERIFY(pending > 0);

    auto unknown = m_bench->run<QList<JumpsellerOrder>>(
        [&](auto done) { m_bench->client().ordersByStatus(m_bench->context(), JumpsellerOrderStatus::Unknown, done); });
    QVERIFY(unknown.has_value());
    QCOMPARE(unknown->error().kind(), Kind::InvalidRequest);
}

void TestJumpsellerClientOrders::missingOrderIsNotFound()
{
    auto result = fetchOrder(987654);
    QVERIFY(result.has_value());
    QCOMPARE(result->error().kind(), Kind::NotFound);
    QCOMPARE(result->error().serverMessage(), u"Order Not Found."_s);
}

void TestJumpsellerClientOrders::updateOrderWritesTheDocumentLinkBack()
{
    // OrderEditFields allow additional_information and additional_fields: the document's
    // number and PDF link go there (appended to the customer's note, which PUT replaces).
    js::OrderSeed seed;
    js::OrderLineSeed line;
    line.productId = m_mug;
    seed.lines = {line};
    seed.status = js::OrderStatus::Paid;
    seed.additionalInformation = u"Dejar en conserjería"_s;
    const int id = m_bench->fake().createOrder(seed);
    QVERIFY(id > 0);
    auto before = fetchOrder(id);
    REQUIRE_OK(before);

    JumpsellerOrderChanges changes;
    const QString link = u"Boleta 4521: https://app.bsale.cl/view/1234/boleta.pdf"_s;
    changes.additionalInformation = before->value().additionalInformation + u"\n"_s + link;
    JumpsellerAdditionalField field;
    field.label = u"Documento Bsale"_s;
    field.value = u"https://app.bsale.cl/view/1234/boleta.pdf"_s;
    field.area = u"other"_s;
    changes.additionalFields = {field};
    auto result = m_bench->run<JumpsellerOrder>(
        [&](auto done) { m_bench->client().updateOrder(m_bench->context(), id, changes, done); });
    REQUIRE_OK(result);
    QCOMPARE(result->value().additionalInformation, u"Dejar en conserjería\n"_s + link);
    QCOMPARE(result->value().additionalField(u"Documento Bsale"_s), field.value);
    QCOMPARE(result->value().status, JumpsellerOrderStatus::Paid);
    QCOMPARE(m_bench->fake().order(id)->additionalInformation, u"Dejar en conserjería\n"_s + link);

    const auto puts = m_bench->requests("PUT", u"/orders/%1\\.json"_s.arg(id));
    QCOMPARE(puts.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(puts.first().body).object().value(u"order"_s).toObject();
    QCOMPARE(body.keys(), (QStringList {u"additional_fields"_s, u"additional_information"_s}));
}

void TestJumpsellerClientOrders::updateOrderStatusUsesTheDisplayName()
{
    const int id = placeOrder();
    JumpsellerOrderChanges changes;
    changes.status = JumpsellerOrderStatus::Paid;
    changes.shipmentStatus = u"in_transit"_s;
    changes.trackingNumber = u"TRK-778899"_s;
    auto result = m_bench->run<JumpsellerOrder>(
        [&](auto done) { m_bench->client().updateOrder(m_bench->context(), id, changes, done); });
    REQUIRE_OK(result);
    QCOMPARE(result->value().status, JumpsellerOrderStatus::Paid);
    QCOMPARE(result->value().shipmentStatus, u"in_transit"_s);
    QCOMPARE(result->value().trackingNumber, u"TRK-778899"_s);
    const auto puts = m_bench->requests("PUT", u"/orders/%1\\.json"_s.arg(id));
    const QJsonObject body = QJsonDocument::fromJson(puts.first().body).object().value(u"order"_s).toObject();
    QCOMPARE(body.value(u"status"_s).toString(), u"Paid"_s); // OrderEditFields.status enum

    auto nothing = m_bench->run<JumpsellerOrder>(
        [&](auto done) { m_bench->client().updateOrder(m_bench->context(), id, JumpsellerOrderChanges(), done); });
    QVERIFY(nothing.has_value());
    QCOMPARE(nothing->error().kind(), Kind::InvalidRequest);
}

void TestJumpsellerClientOrders::checkoutCustomFieldsListsTheChileanFields()
{
    auto result = m_bench->run<QList<JumpsellerCheckoutCustomField>>(
        [&](auto done) { m_bench->client().checkoutCustomFields(m_bench->context(), done); });
    REQUIRE_OK(result);
    const auto &fields = result->value();
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields.at(0).label, u"Tipo de Documento"_s);
    QCOMPARE(fields.at(0).type, u"select"_s);
    QCOMPARE(fields.at(0).area, u"other"_s);
    QVERIFY(fields.at(0).required);
    QVERIFY(!fields.at(0).deletable);
    QCOMPARE(fields.at(0).selectOptions, (QStringList {u"boleta"_s, u"factura"_s}));
    QCOMPARE(fields.at(1).label, u"Razón Social"_s);
    QCOMPARE(fields.at(2).label, u"Giro"_s);
}

void TestJumpsellerClientOrders::hooksCreateListAndDelete()
{
    const int existing = m_bench->fake().addHook(u"order_updated"_s, QUrl(u"https://puente.example/old"_s));
    auto created = m_bench->run<JumpsellerHook>([&](auto done) {
        m_bench->client().createHook(m_bench->context(), u"order_paid"_s, QUrl(u"https://puente.example/hooks"_s),
                                     done);
    });
    REQUIRE_OK(created);
    QVERIFY(created->value().id > 0);
    QCOMPARE(created->value().event, u"order_paid"_s);
    QCOMPARE(created->value().url, QUrl(u"https://puente.example/hooks"_s));
    QVERIFY(created->value().createdAt.isValid());

    auto listed =
        m_bench->run<QList<JumpsellerHook>>([&](auto done) { m_bench->client().hooks(m_bench->context(), done); });
    REQUIRE_OK(listed);
    QCOMPARE(listed->value().size(), 2);
    QCOMPARE(listed->value().at(0).id, existing);
    QCOMPARE(listed->value().at(1).id, created->value().id);

    auto deleted =
        m_bench->run<bool>([&](auto done) { m_bench->client().deleteHook(m_bench->context(), existing, done); });
    REQUIRE_OK(deleted);
    QVERIFY(deleted->value());
    QVERIFY(!m_bench->fake().hooks().hook(existing));
    QVERIFY(m_bench->fake().hooks().hook(int(created->value().id)));
}

void TestJumpsellerClientOrders::deletingAMissingHookIsNotFound()
{
    auto deleted =
        m_bench->run<bool>([&](auto done) { m_bench->client().deleteHook(m_bench->context(), 31337, done); });
    QVERIFY(deleted.has_value());
    QCOMPARE(deleted->error().kind(), Kind::NotFound);
    QCOMPARE(deleted->error().serverMessage(), u"Hook Not Found."_s);
}

QTEST_GUILESS_MAIN(TestJumpsellerClientOrders)
#include "tst_jumpsellerclient_orders.moc"
