// JumpsellerBodies: the exact JSON JumpsellerClient sends (the FakeJumpsellerSchema test checks
// the same bodies against the official request schemas when the spec is present).
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

#include "connectors/jumpseller/JumpsellerBodies.h"

using namespace Qt::Literals::StringLiterals;
using puente::JumpsellerAdditionalField;
using puente::JumpsellerBodies;
using puente::JumpsellerOrderChanges;
using puente::JumpsellerOrderStatus;
using puente::JumpsellerProductChanges;
using puente::JumpsellerProductDraft;
using puente::JumpsellerProductStatus;
using puente::JumpsellerVariantChanges;
using puente::JumpsellerVariantDraft;

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestJumpsellerBodies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void productCreateHasTheRequiredFieldsAndZeroStock();
    void productCreateWithEverything();
    void productEditSendsOnlyWhatChanged();
    void variantCreateWithOptions();
    void variantEditSendsOnlyWhatChanged();
    void categoryCreateWithAndWithoutParent();
    void orderEditUsesDisplayStatusAndOnlyWritableFields();
    void hookCreateHasEventAndUrl();
};

void TestJumpsellerBodies::productCreateHasTheRequiredFieldsAndZeroStock()
{
    JumpsellerProductDraft draft;
    draft.name = u"Taza"_s;
    draft.price = 5990;
    // stock is always sent: the API would otherwise default to 100 units.
    QCOMPARE(compact(JumpsellerBodies::productCreate(draft)),
             QByteArray(
                 R"({"product":{"name":"Taza","price":5990,"status":"available","stock":0,"stock_unlimited":false}})"));
}

void TestJumpsellerBodies::productCreateWithEverything()
{
    JumpsellerProductDraft draft;
    draft.name = u"Polera"_s;
    draft.price = 12990.5;
    draft.sku = u"POL-1"_s;
    draft.barcode = u"780"_s;
    draft.description = u"<p>Algodón</p>"_s;
    draft.stock = 4;
    draft.stockUnlimited = true;
    draft.status = JumpsellerProductStatus::Disabled;
    draft.weight = 0.25;
    draft.categoryIds = {3, 9};
    JumpsellerVariantDraft variant;
    variant.sku = u"POL-1-M"_s;
    draft.variants = {variant};
    const QJsonObject product = JumpsellerBodies::productCreate(draft).value(u"product"_s).toObject();
    QCOMPARE(product.value(u"price"_s).toDouble(), 12990.5);
    QCOMPARE(product.value(u"status"_s).toString(), u"disabled"_s);
    QCOMPARE(product.value(u"weight"_s).toDouble(), 0.25);
    QCOMPARE(product.value(u"categories"_s).toArray(),
             (QJsonArray {QJsonObject {{u"id"_s, 3}}, QJsonObject {{u"id"_s, 9}}}));
    QVERIFY(product.value(u"stock_unlimited"_s).toBool());
    QVERIFY(!product.contains(u"variants"_s)); // created one by one afterwards (§2.8)
    QVERIFY(!product.contains(u"brand"_s)); // not in ProductCreateFields
}

void TestJumpsellerBodies::productEditSendsOnlyWhatChanged()
{
    JumpsellerProductChanges stock;
    stock.stock = 7;
    QCOMPARE(compact(JumpsellerBodies::productEdit(stock)), QByteArray(R"({"product":{"stock":7}})"));
    JumpsellerProductChanges more;
    more.price = 6490;
    more.status = JumpsellerProductStatus::NotAvailable;
    more.stockUnlimited = false;
    more.name = u"Taza grande"_s;
    more.categoryIds = QList<qint64> {};
    QCOMPARE(
        compact(JumpsellerBodies::productEdit(more)),
        QByteArray(
            R"({"product":{"categories":[],"name":"Taza grande","price":6490,"status":"not-available","stock_unlimited":false}})"));
    QVERIFY(JumpsellerProductChanges().isEmpty());
    QVERIFY(!more.isEmpty());
}

void TestJumpsellerBodies::variantCreateWithOptions()
{
    JumpsellerVariantDraft draft;
    draft.sku = u"POL-M-RO"_s;
    draft.options = {{u"Talla"_s, u"M"_s}, {u"Color"_s, u"Rojo"_s}};
    QCOMPARE(
        compact(JumpsellerBodies::variantCreate(draft)),
        QByteArray(
            R"({"variant":{"options":[{"name":"Talla","value":"M"},{"name":"Color","value":"Rojo"}],"sku":"POL-M-RO","stock":0,"stock_unlimited":false}})"));
    draft.price = 9990;
    QCOMPARE(JumpsellerBodies::variantCreate(draft).value(u"variant"_s).toObject().value(u"price"_s).toDouble(),
             9990.0);
}

void TestJumpsellerBodies::variantEditSendsOnlyWhatChanged()
{
    JumpsellerVariantChanges changes;
    changes.stock = 25;
    changes.price = 11990;
    QCOMPARE(compact(JumpsellerBodies::variantEdit(changes)), QByteArray(R"({"variant":{"price":11990,"stock":25}})"));
    JumpsellerVariantChanges unlimited;
    unlimited.stockUnlimited = true;
    QCOMPARE(compact(JumpsellerBodies::variantEdit(unlimited)), QByteArray(R"({"variant":{"stock_unlimited":true}})"));
}

void TestJumpsellerBodies::categoryCreateWithAndWithoutParent()
{
    QCOMPARE(compact(JumpsellerBodies::categoryCreate(u"Ropa"_s, 0)), QByteArray(R"({"category":{"name":"Ropa"}})"));
    QCOMPARE(compact(JumpsellerBodies::categoryCreate(u"Poleras"_s, 12)),
             QByteArray(R"({"category":{"name":"Poleras","parent_id":12}})"));
}

void TestJumpsellerBodies::orderEditUsesDisplayStatusAndOnlyWritableFields()
{
    JumpsellerOrderChanges changes;
    changes.status = JumpsellerOrderStatus::PendingPayment;
    changes.shipmentStatus = u"delivered"_s;
    changes.trackingNumber = u"T1"_s;
    changes.trackingCompany = u"Starken"_s;
    changes.trackingUrl = u"https://t.example/T1"_s;
    changes.additionalInformation = u"Boleta 12"_s;
    JumpsellerAdditionalField byLabel;
    byLabel.label = u"Documento"_s;
    byLabel.value = u"https://x.example/12.pdf"_s;
    JumpsellerAdditionalField byId;
    byId.id = 4;
    byId.label = u"Giro"_s;
    byId.value = u"Ferretería"_s;
    byId.area = u"other"_s;
    changes.additionalFields = {byLabel, byId};
    const QJsonObject order = JumpsellerBodies::orderEdit(changes).value(u"order"_s).toObject();
    QCOMPARE(order.value(u"status"_s).toString(), u"Pending Payment"_s);
    QCOMPARE(order.keys(),
             (QStringList {u"additional_fields"_s, u"additional_information"_s, u"shipment_status"_s, u"status"_s,
                           u"tracking_company"_s, u"tracking_number"_s, u"tracking_url"_s}));
    const QJsonArray fields = order.value(u"additional_fields"_s).toArray();
    QCOMPARE(fields.at(0).toObject(),
             (QJsonObject {{u"label"_s, u"Documento"_s}, {u"value"_s, u"https://x.example/12.pdf"_s}}));
    QCOMPARE(fields.at(1).toObject().value(u"id"_s).toInteger(), 4);
    QCOMPARE(fields.at(1).toObject().value(u"area"_s).toString(), u"other"_s);
    QVERIFY(JumpsellerOrderChanges().isEmpty());
}

void TestJumpsellerBodies::hookCreateHasEventAndUrl()
{
    // (No raw string here: moc's preprocessor takes the "//" of a URL inside a macro for a comment.)
    const QByteArray expected = "{\"hook\":{\"event\":\"order_paid\",\"url\":\"https://puente.example/h?a=1\"}}";
    QCOMPARE(compact(JumpsellerBodies::hookCreate(u"order_paid"_s, QUrl(u"https://puente.example/h?a=1"_s))), expected);
}

QTEST_GUILESS_MAIN(TestJumpsellerBodies)
#include "tst_jumpsellerbodies.moc"
