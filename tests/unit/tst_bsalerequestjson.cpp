// BsaleRequestJson: request bodies in exactly the shape bsale.md documents.
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

#include "connectors/bsale/BsaleRequestJson.h"

using namespace Qt::Literals::StringLiterals;
using puente::BsaleRequestJson;

class TestBsaleRequestJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void datesAreUtcMidnightSeconds();
    void facturaBody();
    void boletaByCodeSiiLeavesDefaultsOut();
    void lineVariantByCodeOrBarCode();
    void returnBody();
    void receptionAndConsumption();
};

void TestBsaleRequestJson::datesAreUtcMidnightSeconds()
{
    QCOMPARE(BsaleRequestJson::unixDate(QDate(2016, 5, 6)), 1462492800); // the docs' truncated example
    QCOMPARE(BsaleRequestJson::unixDate(QDate(1970, 1, 1)), 0);
    QCOMPARE(BsaleRequestJson::taxIdList({1, 2}), u"[1,2]"_s);
    QCOMPARE(BsaleRequestJson::taxIdList({}), u"[]"_s);
}

void TestBsaleRequestJson::facturaBody()
{
    puente::BsaleDocumentRequest r;
    r.documentTypeId = 8;
    r.officeId = 1;
    r.priceListId = 18;
    r.emissionDate = QDate(2024, 3, 1);
    r.expirationDate = QDate(2024, 3, 31);
    r.dispatch = true;
    r.sendEmail = true;
    r.salesId = u"puente-js-1001-factura"_s;
    puente::BsaleCustomer client;
    client.code = u"76555835-2"_s;
    client.company = u"Comercial Los Andes SpA"_s;
    client.activity = u"Venta al por menor"_s;
    client.municipality = u"Providencia"_s;
    client.city = u"Santiago"_s;
    client.address = u"Av. Siempre Viva 123"_s;
    client.email = u"pagos@losandes.cl"_s;
    client.companyOrPerson = true;
    r.client = client;
    r.details.append({12, {}, {}, 5882.35, 2, 10, {1}, u"Polera"_s, {}});
    r.payments.append({3, 14000, QDate(2024, 3, 1)});
    r.references.append({u"4500"_s, QDate(2024, 2, 28), u"Orden de Compra 4500"_s, u"801"_s});

    const QJsonObject body = BsaleRequestJson::document(r);
    QCOMPARE(body.value(u"documentTypeId"_s).toInt(), 8);
    QVERIFY(!body.contains(u"codeSii"_s));
    QCOMPARE(body.value(u"officeId"_s).toInt(), 1);
    QCOMPARE(body.value(u"priceListId"_s).toInt(), 18);
    QCOMPARE(body.value(u"emissionDate"_s).toInteger(), 1709251200);
    QCOMPARE(body.value(u"expirationDate"_s).toInteger(), 1711843200);
    QCOMPARE(body.value(u"declareSii"_s).toInt(), 1);
    QCOMPARE(body.value(u"dispatch"_s).toInt(), 1);
    QCOMPARE(body.value(u"sendEmail"_s).toInt(), 1);
    QCOMPARE(body.value(u"salesId"_s).toString(), u"puente-js-1001-factura"_s);

    const QJsonObject node = body.value(u"client"_s).toObject();
    QCOMPARE(node.value(u"code"_s).toString(), u"76555835-2"_s);
    QCOMPARE(node.value(u"activity"_s).toString(), u"Venta al por menor"_s);
    QCOMPARE(node.value(u"companyOrPerson"_s).toInt(), 1);
    QVERIFY(!node.contains(u"firstName"_s));
    QVERIFY(!node.contains(u"sendEmail"_s));

    const QJsonObject line = body.value(u"details"_s).toArray().first().toObject();
    QCOMPARE(line.value(u"variantId"_s).toInt(), 12);
    QCOMPARE(line.value(u"netUnitValue"_s).toDouble(), 5882.35);
    QCOMPARE(line.value(u"quantity"_s).toDouble(), 2.0);
    QCOMPARE(line.value(u"discount"_s).toDouble(), 10.0);
    QVERIFY(line.value(u"taxId"_s).isString()); // the string "[1]", never an array
    QCOMPARE(line.value(u"taxId"_s).toString(), u"[1]"_s);
    QCOMPARE(line.value(u"comment"_s).toString(), u"Polera"_s);

    const QJsonObject payment = body.value(u"payments"_s).toArray().first().toObject();
    QCOMPARE(payment.value(u"paymentTypeId"_s).toInt(), 3);
    QCOMPARE(payment.value(u"amount"_s).toInteger(), 14000);
    QCOMPARE(payment.value(u"recordDate"_s).toInteger(), 1709251200);
    const QJsonObject reference = body.value(u"references"_s).toArray().first().toObject();
    QCOMPARE(reference.value(u"codeSii"_s).toInt(), 801);
    QCOMPARE(reference.value(u"number"_s).toString(), u"4500"_s);
}

void TestBsaleRequestJson::boletaByCodeSiiLeavesDefaultsOut()
{
    puente::BsaleDocumentRequest r;
    r.codeSii = 39;
    r.details.append({5, {}, {}, 840.34, 1, 0, {1}, {}, {}});
    const QJsonObject body = BsaleRequestJson::document(r);
    QCOMPARE(body.value(u"codeSii"_s).toInt(), 39);
    for (const auto &key : {u"documentTypeId"_s, u"officeId"_s, u"priceListId"_s, u"emissionDate"_s, u"salesId"_s,
                            u"client"_s, u"clientId"_s, u"payments"_s, u"references"_s, u"sendEmail"_s})
        QVERIFY2(!body.contains(key), qPrintable(key));
    QCOMPARE(body.value(u"dispatch"_s).toInt(), 0);

    // clientId wins over a client node.
    r.clientId = 44;
    r.client = puente::BsaleCustomer {};
    const QJsonObject withId = BsaleRequestJson::document(r);
    QCOMPARE(withId.value(u"clientId"_s).toInt(), 44);
    QVERIFY(!withId.contains(u"client"_s));
}

void TestBsaleRequestJson::lineVariantByCodeOrBarCode()
{
    puente::BsaleDocumentRequest r;
    r.details.append({0, u"12345"_s, u"780"_s, 100, 1, 0, {}, {}, {}});
    r.details.append({0, {}, u"7801234"_s, 100, 1, 0, {}, {}, {}});
    r.details.append({0, {}, {}, 100, 1, 0, {}, u"Despacho"_s, {}});
    const QJsonArray lines = BsaleRequestJson::document(r).value(u"details"_s).toArray();
    QVERIFY(lines.at(0).toObject().value(u"code"_s).isString()); // numeric SKUs stay strings (§10.6)
    QVERIFY(!lines.at(0).toObject().contains(u"barCode"_s));
    QCOMPARE(lines.at(1).toObject().value(u"barCode"_s).toString(), u"7801234"_s);
    QVERIFY(!lines.at(2).toObject().contains(u"variantId"_s));
    QVERIFY(!lines.at(2).toObject().contains(u"code"_s));
    QVERIFY(!lines.at(2).toObject().contains(u"taxId"_s)); // no taxes: an exempt line
    QCOMPARE(lines.at(2).toObject().value(u"comment"_s).toString(), u"Despacho"_s);
}

void TestBsaleRequestJson::returnBody()
{
    puente::BsaleReturnRequest r;
    r.documentTypeId = 9;
    r.officeId = 1;
    r.referenceDocumentId = 11528;
    r.emissionDate = QDate(2024, 3, 2);
    r.motive = u"Devolución pedido 1001"_s;
    r.type = 0;
    r.salesId = u"puente-js-1001-nc"_s;
    puente::BsaleCustomer client;
    client.code = u"1-9"_s;
    r.client = client;
    r.details.append({21493, 1, 0});
    const QJsonObject body = BsaleRequestJson::returnBody(r);
    QCOMPARE(body.value(u"documentTypeId"_s).toInt(), 9);
    QCOMPARE(body.value(u"referenceDocumentId"_s).toInt(), 11528);
    QCOMPARE(body.value(u"emissionDate"_s).toInteger(), 1709337600);
    QCOMPARE(body.value(u"priceAdjustment"_s).toInt(), 0);
    QCOMPARE(body.value(u"editTexts"_s).toInt(), 0);
    QCOMPARE(body.value(u"declareSii"_s).toInt(), 1);
    QCOMPARE(body.value(u"type"_s).toInt(), 0);
    QCOMPARE(body.value(u"salesId"_s).toString(), u"puente-js-1001-nc"_s);
    QCOMPARE(body.value(u"client"_s).toObject().value(u"code"_s).toString(), u"1-9"_s);
    const QJsonObject line = body.value(u"details"_s).toArray().first().toObject();
    QCOMPARE(line.value(u"documentDetailId"_s).toInt(), 21493);
    QCOMPARE(line.value(u"quantity"_s).toDouble(), 1.0);
    QCOMPARE(line.value(u"unitValue"_s).toDouble(), 0.0);
}

void TestBsaleRequestJson::receptionAndConsumption()
{
    puente::BsaleReceptionRequest reception;
    reception.officeId = 1;
    reception.document = u"Guía"_s;
    reception.documentNumber = u"123"_s;
    reception.note = u"Ajuste desde Puente"_s;
    reception.details.append({629, {}, {}, 32.5, 3200, u"SN-1"_s});
    const QJsonObject in = BsaleRequestJson::reception(reception);
    QCOMPARE(in.value(u"document"_s).toString(), u"Guía"_s);
    QCOMPARE(in.value(u"documentNumber"_s).toString(), u"123"_s);
    const QJsonObject inLine = in.value(u"details"_s).toArray().first().toObject();
    QCOMPARE(inLine.value(u"variantId"_s).toInt(), 629);
    QCOMPARE(inLine.value(u"quantity"_s).toDouble(), 32.5);
    QCOMPARE(inLine.value(u"cost"_s).toDouble(), 3200.0);
    QCOMPARE(inLine.value(u"serialNumber"_s).toString(), u"SN-1"_s);

    puente::BsaleConsumptionRequest consumption;
    consumption.officeId = 2;
    consumption.note = u"Venta tienda online 1001"_s;
    consumption.details.append({0, u"SKU-9"_s, {}, 13, 500, {}});
    const QJsonObject out = BsaleRequestJson::consumption(consumption);
    QCOMPARE(out.value(u"officeId"_s).toInt(), 2);
    QVERIFY(!out.contains(u"consumptionTypeId"_s));
    const QJsonObject outLine = out.value(u"details"_s).toArray().first().toObject();
    QCOMPARE(outLine.value(u"code"_s).toString(), u"SKU-9"_s);
    QVERIFY(!outLine.contains(u"cost"_s)); // consumptions carry no cost
}

QTEST_GUILESS_MAIN(TestBsaleRequestJson)
#include "tst_bsalerequestjson.moc"
