// JumpsellerParser and JumpsellerJson on hand-written answers: the wrapped and bare shapes,
// ints-or-strings, nulls for empty values, translated statuses, timestamps, and the clear
// MalformedJson errors for records Puente cannot use. (The fuzz target covers arbitrary input.)
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimeZone>
#include <QtTest/QTest>

#include "connectors/jumpseller/JumpsellerJson.h"
#include "connectors/jumpseller/JumpsellerParser.h"

using namespace Qt::Literals::StringLiterals;
using puente::JumpsellerJson;
using puente::JumpsellerOrderStatus;
using puente::JumpsellerParser;
using puente::JumpsellerProductStatus;
using Kind = puente::ApiError::Kind;

namespace {

QJsonValue json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

} // namespace

class TestJumpsellerParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersFromNumbersAndStrings_data();
    void numbersFromNumbersAndStrings();
    void integersAreRoundedOrRefused_data();
    void integersAreRoundedOrRefused();
    void textFromAnyScalar();
    void booleansFromTheUsualSpellings();
    void timestampsInEveryFormTheApiUses_data();
    void timestampsInEveryFormTheApiUses();
    void productWrappedOrBare();
    void productWithNullsEverywhere();
    void productListShapes();
    void productWithoutIdIsMalformed();
    void nestedRecordErrorsNameTheirPlace();
    void productStatuses();
    void orderStatusFromEnumOrNames_data();
    void orderStatusFromEnumOrNames();
    void orderPrefersStatusEnum();
    void orderWithStringIdsAndWebhookExample();
    void orderLineWithoutQuantityIsMalformed();
    void ordersAfterAsASingleRecord();
    void searchAnswerWithOrdersKey();
    void storeNeedsItsCode();
    void countIsANonNegativeInteger();
    void checkoutFieldsAndHooks();
    void wrongTopLevelTypesAreMalformed();
};

void TestJumpsellerParser::numbersFromNumbersAndStrings_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("present");
    QTest::addColumn<double>("expected");
    QTest::newRow("double") << QJsonValue(29.99) << true << 29.99;
    QTest::newRow("int") << QJsonValue(12990) << true << 12990.0;
    QTest::newRow("string") << QJsonValue(u"0.0"_s) << true << 0.0;
    QTest::newRow("string padded") << QJsonValue(u" 12990.5 "_s) << true << 12990.5;
    QTest::newRow("exponent") << QJsonValue(u"1e3"_s) << true << 1000.0;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << 0.0;
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << false << 0.0;
    QTest::newRow("word") << QJsonValue(u"gratis"_s) << false << 0.0;
    QTest::newRow("inf") << QJsonValue(u"inf"_s) << false << 0.0;
    QTest::newRow("nan") << QJsonValue(u"nan"_s) << false << 0.0;
    QTest::newRow("huge") << QJsonValue(u"1e400"_s) << false << 0.0;
    QTest::newRow("bool") << QJsonValue(true) << false << 0.0;
    QTest::newRow("object") << QJsonValue(QJsonObject {{u"a"_s, 1}}) << false << 0.0;
}

void TestJumpsellerParser::numbersFromNumbersAndStrings()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, present);
    QFETCH(double, expected);
    const auto number = JumpsellerJson::number(value);
    QCOMPARE(number.has_value(), present);
    if (present)
        QCOMPARE(*number, expected);
}

void TestJumpsellerParser::integersAreRoundedOrRefused_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("present");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("int") << QJsonValue(42) << true << qint64(42);
    QTest::newRow("whole double") << QJsonValue(5.0) << true << qint64(5);
    QTest::newRow("fraction") << QJsonValue(5.6) << true << qint64(6);
    QTest::newRow("string") << QJsonValue(u"123"_s) << true << qint64(123);
    QTest::newRow("negative string") << QJsonValue(u"-3"_s) << true << qint64(-3);
    QTest::newRow("string fraction") << QJsonValue(u"7.0"_s) << true << qint64(7);
    QTest::newRow("big id") << QJsonValue(qint64(9007199254740993)) << true << qint64(9007199254740993);
    QTest::newRow("big string id") << QJsonValue(u"9223372036854775807"_s) << true
                                   << std::numeric_limits<qint64>::max();
    QTest::newRow("too big") << QJsonValue(1e300) << false << qint64(0);
    QTest::newRow("too big string") << QJsonValue(u"1e30"_s) << false << qint64(0);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << qint64(0);
    QTest::newRow("empty string") << QJsonValue(u""_s) << false << qint64(0);
}

void TestJumpsellerParser::integersAreRoundedOrRefused()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, present);
    QFETCH(qint64, expected);
    const auto integer = JumpsellerJson::integer(value);
    QCOMPARE(integer.has_value(), present);
    if (present)
        QCOMPARE(*integer, expected);
    // intOr clamps instead of overflowing.
    QCOMPARE(JumpsellerJson::intOr(QJsonValue(u"99999999999"_s)), std::numeric_limits<int>::max());
    QCOMPARE(JumpsellerJson::intOr(QJsonValue(-1e15)), std::numeric_limits<int>::min());
}

void TestJumpsellerParser::textFromAnyScalar()
{
    QCOMPARE(JumpsellerJson::text(QJsonValue(u"POL-1"_s)), u"POL-1"_s);
    QCOMPARE(JumpsellerJson::text(QJsonValue(12345)), u"12345"_s);
    QCOMPARE(JumpsellerJson::text(QJsonValue(12.5)), u"12.5"_s);
    QCOMPARE(JumpsellerJson::text(QJsonValue(0.1)), u"0.1"_s);
    QCOMPARE(JumpsellerJson::text(QJsonValue(true)), u"true"_s);
    QCOMPARE(JumpsellerJson::text(QJsonValue(QJsonValue::Null)), QString());
    QCOMPARE(JumpsellerJson::text(QJsonValue(QJsonArray {1})), QString());
    QCOMPARE(JumpsellerJson::text(QJsonValue(QJsonValue::Undefined)), QString());
}

void TestJumpsellerParser::booleansFromTheUsualSpellings()
{
    QCOMPARE(JumpsellerJson::boolean(QJsonValue(true)), std::optional<bool>(true));
    QCOMPARE(JumpsellerJson::boolean(QJsonValue(u"false"_s)), std::optional<bool>(false));
    QCOMPARE(JumpsellerJson::boolean(QJsonValue(u"TRUE"_s)), std::optional<bool>(true));
    QCOMPARE(JumpsellerJson::boolean(QJsonValue(u"1"_s)), std::optional<bool>(true));
    QCOMPARE(JumpsellerJson::boolean(QJsonValue(0)), std::optional<bool>(false));
    QCOMPARE(JumpsellerJson::boolean(QJsonValue(2)), std::nullopt);
    QCOMPARE(JumpsellerJson::boolean(QJsonValue(u"yes"_s)), std::nullopt);
    QCOMPARE(JumpsellerJson::boolean(QJsonValue(QJsonValue::Null)), std::nullopt);
}

void TestJumpsellerParser::timestampsInEveryFormTheApiUses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime at(QDate(2023, 2, 10), QTime(13, 56, 35), QTimeZone::utc());
    QTest::newRow("api") << u"2023-02-10 13:56:35 UTC"_s << at;
    QTest::newRow("iso z") << u"2023-02-10T13:56:35Z"_s << at;
    QTest::newRow("iso offset") << u"2023-02-10T10:56:35-03:00"_s << at;
    QTest::newRow("ban reset") << u"2023-02-10T13:56:35+00:00"_s << at;
    QTest::newRow("no zone") << u"2023-02-10 13:56:35"_s << at;
    QTest::newRow("triggered-at ms") << u"2023-02-10 13:56:35.829 UTC"_s << at.addMSecs(829);
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("garbage") << u"ayer"_s << QDateTime();
    QTest::newRow("bad date") << u"2023-02-31 10:00:00 UTC"_s << QDateTime();
    QTest::newRow("bad time") << u"2023-02-10 25:61:00 UTC"_s << QDateTime();
}

void TestJumpsellerParser::timestampsInEveryFormTheApiUses()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = JumpsellerJson::timestamp(QJsonValue(text));
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void TestJumpsellerParser::productWrappedOrBare()
{
    const auto wrapped = JumpsellerParser::product(json(R"({"product":{"id":7,"name":"Taza","price":5990}})"));
    QVERIFY(wrapped.ok());
    QCOMPARE(wrapped.value().id, 7);
    QCOMPARE(wrapped.value().name, u"Taza"_s);
    const auto bare = JumpsellerParser::product(json(R"({"id":8,"name":"Vaso"})"));
    QVERIFY(bare.ok());
    QCOMPARE(bare.value().id, 8);
}

void TestJumpsellerParser::productWithNullsEverywhere()
{
    // The spec: "All empty value are replaced with null".
    const auto p = JumpsellerParser::product(json(R"({"product":{"id":1,"name":null,"sku":null,"barcode":null,
        "brand":null,"price":null,"stock":null,"stock_unlimited":null,"status":null,"permalink":null,
        "categories":null,"variants":null,"created_at":null}})"));
    QVERIFY2(p.ok(), qPrintable(p.error().detail()));
    QCOMPARE(p.value().name, QString());
    QCOMPARE(p.value().price, 0.0);
    QCOMPARE(p.value().stock, 0);
    QVERIFY(!p.value().stockUnlimited);
    QCOMPARE(p.value().status, JumpsellerProductStatus::Unknown);
    QVERIFY(p.value().variants.isEmpty());
    QVERIFY(!p.value().createdAt.isValid());
}

void TestJumpsellerParser::productListShapes()
{
    const auto wrapped = JumpsellerParser::products(json(R"([{"product":{"id":1}},{"product":{"id":2}}])"));
    QVERIFY(wrapped.ok());
    QCOMPARE(wrapped.value().size(), 2);
    const auto bare = JumpsellerParser::products(json(R"([{"id":1},{"id":"2"}])"));
    QVERIFY(bare.ok());
    QCOMPARE(bare.value().at(1).id, 2);
    const auto empty = JumpsellerParser::products(json("[]"));
    QVERIFY(empty.ok());
    QVERIFY(empty.value().isEmpty());
    const auto keyed = JumpsellerParser::products(json(R"({"products":[{"id":3}]})"));
    QVERIFY(keyed.ok());
    QCOMPARE(keyed.value().first().id, 3);
}

void TestJumpsellerParser::productWithoutIdIsMalformed()
{
    const auto missing = JumpsellerParser::product(json(R"({"product":{"name":"Sin id"}})"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind(), Kind::MalformedJson);
    QCOMPARE(missing.error().detail(), u"product: missing \"id\""_s);
    QVERIFY(!missing.error().retryable());
    const auto zero = JumpsellerParser::product(json(R"({"product":{"id":0}})"));
    QCOMPARE(zero.error().detail(), u"product: invalid \"id\" (a number)"_s);
    const auto text = JumpsellerParser::product(json(R"({"product":{"id":"abc"}})"));
    QCOMPARE(text.error().detail(), u"product: invalid \"id\" (a string)"_s);
    const auto nullWrapper = JumpsellerParser::product(json(R"({"product":null})"));
    QCOMPARE(nullWrapper.error().detail(), u"product: missing \"id\""_s);
}

void TestJumpsellerParser::nestedRecordErrorsNameTheirPlace()
{
    const auto list =
        JumpsellerParser::products(json(R"([{"id":1},{"id":2,"variants":[{"id":20},{"variant":{"sku":"x"}}]}])"));
    QCOMPARE(list.error().detail(), u"products[1].variants[1]: missing \"id\""_s);
    const auto notObject = JumpsellerParser::products(json(R"([{"id":1}, 5])"));
    QCOMPARE(notObject.error().detail(), u"products[1]: expected an object, got a number"_s);
    const auto category = JumpsellerParser::product(json(R"({"id":1,"categories":[{"name":"x"}]})"));
    QCOMPARE(category.error().detail(), u"product.categories[0]: missing \"id\""_s);
    // Variant options are descriptive: a stray entry is skipped, not fatal.
    const auto options =
        JumpsellerParser::variant(json(R"({"variant":{"id":3,"options":[1,{"name":"Talla","value":"M"}]}})"));
    QVERIFY(options.ok());
    QCOMPARE(options.value().options.size(), 1);
}

void TestJumpsellerParser::productStatuses()
{
    QCOMPARE(JumpsellerParser::productStatus(u"available"_s), JumpsellerProductStatus::Available);
    QCOMPARE(JumpsellerParser::productStatus(u"not-available"_s), JumpsellerProductStatus::NotAvailable);
    QCOMPARE(JumpsellerParser::productStatus(u"unavailable"_s), JumpsellerProductStatus::NotAvailable);
    QCOMPARE(JumpsellerParser::productStatus(u"Disabled"_s), JumpsellerProductStatus::Disabled);
    QCOMPARE(JumpsellerParser::productStatus(u"featured"_s), JumpsellerProductStatus::Unknown);
    const auto p = JumpsellerParser::product(json(R"({"id":1,"status":"hidden-ish"})"));
    QCOMPARE(p.value().status, JumpsellerProductStatus::Unknown);
    QCOMPARE(p.value().statusText, u"hidden-ish"_s);
}

void TestJumpsellerParser::orderStatusFromEnumOrNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    const auto row = [](const QString &text, JumpsellerOrderStatus status) {
        QTest::newRow(qPrintable(text)) << text << int(status);
    };
    row(u"pending_payment"_s, JumpsellerOrderStatus::PendingPayment);
    row(u"Pending Payment"_s, JumpsellerOrderStatus::PendingPayment);
    row(u"Pendiente de Pago"_s, JumpsellerOrderStatus::PendingPayment);
    row(u"paid"_s, JumpsellerOrderStatus::Paid);
    row(u"Paid"_s, JumpsellerOrderStatus::Paid);
    row(u"Pagado"_s, JumpsellerOrderStatus::Paid);
    row(u"canceled"_s, JumpsellerOrderStatus::Canceled);
    row(u"Cancelled"_s, JumpsellerOrderStatus::Canceled);
    row(u"Cancelado"_s, JumpsellerOrderStatus::Canceled);
    row(u"abandoned"_s, JumpsellerOrderStatus::Abandoned);
    row(u" Abandonado "_s, JumpsellerOrderStatus::Abandoned);
    row(u"Shipped"_s, JumpsellerOrderStatus::Unknown);
    row(u""_s, JumpsellerOrderStatus::Unknown);
}

void TestJumpsellerParser::orderStatusFromEnumOrNames()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QCOMPARE(int(JumpsellerParser::orderStatus(text)), expected);
}

void TestJumpsellerParser::orderPrefersStatusEnum()
{
    // A translation the parser does not know does not matter while status_enum is there.
    const auto o = JumpsellerParser::order(
        json(R"({"order":{"id":5,"status":"Pago confirmado","status_name":"Pago confirmado","status_enum":"paid"}})"));
    QVERIFY(o.ok());
    QCOMPARE(o.value().status, JumpsellerOrderStatus::Paid);
    QCOMPARE(o.value().statusName, u"Pago confirmado"_s);
    const auto noEnum = JumpsellerParser::order(json(R"({"order":{"id":6,"status":"Canceled"}})"));
    QCOMPARE(noEnum.value().status, JumpsellerOrderStatus::Canceled);
    const auto neither = JumpsellerParser::order(json(R"({"order":{"id":7}})"));
    QCOMPARE(neither.value().status, JumpsellerOrderStatus::Unknown);
}

void TestJumpsellerParser::orderWithStringIdsAndWebhookExample()
{
    // The documented webhook example (jumpseller.md §3.3), customer.id a string.
    const auto o = JumpsellerParser::order(json(R"({"order":{"id":1026,"created_at":"2023-02-10 13:56:35 UTC",
        "status":"Pending Payment","currency":"USD","subtotal":399.0,"tax":0,"shipping_tax":0,"shipping":50.0,
        "shipping_required":true,"total":369.2,"discount":79.8,"shipping_discount":0,"fulfillment_status":null,
        "shipping_method_id":317048,"shipping_service_id":null,"shipping_method_name":"Flat Rate",
        "payment_method_name":"Cash Collection","payment_method_type":"manual",
        "additional_information":"Leave at reception if not home.","coupons":null,"promotions":[],
        "customer":{"id":"123","email":"test@gmail.com","phone":"123","ip":"0.0.0.0"},
        "shipping_address":{"name":"John","surname":"Mattos","street_number":null,"latitude":51.4163},
        "billing_address":{"name":"John","taxid":null,"street_number":"12B"},
        "products":[{"id":10732902,"variant_id":81899012,"sku":"black","name":"Black","qty":1,"price":399.0,
        "tax":0,"discount":79.8,"weight":1.0,"image":"","files":[],"taxes":[]}]}})"));
    QVERIFY2(o.ok(), qPrintable(o.error().detail()));
    const auto &order = o.value();
    QCOMPARE(order.id, 1026);
    QCOMPARE(order.status, JumpsellerOrderStatus::PendingPayment);
    QCOMPARE(order.customer.id, 123);
    QCOMPARE(order.total, 369.2);
    QCOMPARE(order.discount, 79.8);
    QCOMPARE(order.billingAddress.streetNumber, u"12B"_s);
    QCOMPARE(order.shippingAddress.streetNumber, QString());
    QCOMPARE(order.lines.size(), 1);
    QCOMPARE(order.lines.first().variantId, 81899012);
    QCOMPARE(order.lines.first().discount, 79.8);
    QVERIFY(order.billingInformation.companyName.isEmpty());
}

void TestJumpsellerParser::orderLineWithoutQuantityIsMalformed()
{
    const auto noQty = JumpsellerParser::order(json(R"({"order":{"id":1,"products":[{"id":2,"price":10}]}})"));
    QCOMPARE(noQty.error().detail(), u"order.products[0]: missing \"qty\""_s);
    const auto noPrice = JumpsellerParser::order(json(R"({"order":{"id":1,"products":[{"id":2,"qty":"3"}]}})"));
    QCOMPARE(noPrice.error().detail(), u"order.products[0]: missing \"price\""_s);
    const auto stringy = JumpsellerParser::order(json(R"({"order":{"id":1,"products":[{"qty":"3","price":"990"}]}})"));
    QVERIFY(stringy.ok());
    QCOMPARE(stringy.value().lines.first().qty, 3);
    QCOMPARE(stringy.value().lines.first().price, 990.0);
}

void TestJumpsellerParser::ordersAfterAsASingleRecord()
{
    // The spec types /orders/after/{id}.json as one Order; the API sends an array. Both read.
    const auto one = JumpsellerParser::orders(json(R"({"order":{"id":5001}})"));
    QVERIFY(one.ok());
    QCOMPARE(one.value().size(), 1);
    QCOMPARE(one.value().first().id, 5001);
}

void TestJumpsellerParser::searchAnswerWithOrdersKey()
{
    const auto found =
        JumpsellerParser::orders(json(R"({"orders":[{"order":{"id":1}},{"order":{"id":2}}],"count":2})"));
    QVERIFY(found.ok());
    QCOMPARE(found.value().size(), 2);
}

void TestJumpsellerParser::storeNeedsItsCode()
{
    const auto store = JumpsellerParser::storeInfo(
        json(R"({"store":{"name":"Tienda","code":"tienda","currency":"CLP","hooks_token":"abc","logo":null}})"));
    QVERIFY(store.ok());
    QCOMPARE(store.value().code, u"tienda"_s);
    QCOMPARE(store.value().hooksToken, u"abc"_s);
    const auto flat = JumpsellerParser::storeInfo(json(R"({"name":"Tienda","code":"tienda"})"));
    QVERIFY(flat.ok()); // the spec shows it flat
    const auto codeless = JumpsellerParser::storeInfo(json(R"({"store":{"name":"Tienda","code":null}})"));
    QCOMPARE(codeless.error().detail(), u"store: missing \"code\""_s);
}

void TestJumpsellerParser::countIsANonNegativeInteger()
{
    QCOMPARE(JumpsellerParser::count(json(R"({"count":128})")).value(), 128);
    QCOMPARE(JumpsellerParser::count(json(R"({"count":"128"})")).value(), 128);
    QCOMPARE(JumpsellerParser::count(json(R"({})")).error().detail(), u"count: missing \"count\""_s);
    QCOMPARE(JumpsellerParser::count(json(R"({"count":-1})")).error().detail(), u"count: invalid \"count\""_s);
    QCOMPARE(JumpsellerParser::count(json("[1]")).error().kind(), Kind::MalformedJson);
}

void TestJumpsellerParser::checkoutFieldsAndHooks()
{
    const auto fields = JumpsellerParser::checkoutCustomFields(json(R"([{"checkout_custom_field":{"id":1,
        "label":"Tipo de Documento","type":"select","area":"other","required":"true","position":"1",
        "deletable":false,"custom_field_select_options":["boleta","factura",null]}}])"));
    QVERIFY(fields.ok());
    const auto &field = fields.value().first();
    QVERIFY(field.required);
    QCOMPARE(field.position, 1);
    QCOMPARE(field.selectOptions, (QStringList {u"boleta"_s, u"factura"_s, QString()}));
    const auto hook = JumpsellerParser::hook(json(R"({"hook":{"id":"601","name":null,"event":"order_paid",
        "url":"https://puente.example/h","created_at":"2024-05-23 16:13:47 UTC"}})"));
    QVERIFY(hook.ok());
    QCOMPARE(hook.value().id, 601);
    QCOMPARE(hook.value().url, QUrl(u"https://puente.example/h"_s));
    QVERIFY(hook.value().createdAt.isValid());
}

void TestJumpsellerParser::wrongTopLevelTypesAreMalformed()
{
    QCOMPARE(JumpsellerParser::product(json("[]")).error().detail(), u"product: expected an object, got an array"_s);
    QCOMPARE(JumpsellerParser::products(json(R"({"a":1})")).error().detail(),
             u"products: expected an array, got an object"_s);
    QCOMPARE(JumpsellerParser::order(QJsonValue()).error().kind(), Kind::MalformedJson);
    QCOMPARE(JumpsellerParser::hooks(QJsonValue(3)).error().kind(), Kind::MalformedJson);
}

QTEST_GUILESS_MAIN(TestJumpsellerParser)
#include "tst_jumpsellerparser.moc"
