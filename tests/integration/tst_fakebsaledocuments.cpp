// Contract tests of FakeBsale's documents, returns and stock movements, over raw HTTP. Every
// assertion cites /work/shared/api/bsale.md (§) or chile-dte.md (DTE §) so drift from the docs fails.
#include <QtCore/QRegularExpression>
#include <QtTest/QTest>

#include "BsaleHttpClient.h"
#include "FakeBsale.h"

using namespace Qt::Literals::StringLiterals;
using puente::fakes::FakeBsale;
using puente::testing::BsaleHttpClient;
using puente::testing::BsaleHttpReply;
namespace bsale = puente::fakes::bsale;

namespace {
constexpr qint64 kNow = 1462527931; // 2016-05-06 09:45:31 UTC, the docs' intro.md example
constexpr qint64 kMidnight = 1462492800; // 2016-05-06 00:00:00 UTC
constexpr qint64 kDay = 86400;
} // namespace

class TestFakeBsaleDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void emissionDateIsTruncatedToUtcMidnight();
    void totalsRoundToPesos_data();
    void totalsRoundToPesos();
    void discountIsAPercentage();
    void lineWithoutTaxIsExempt();
    void taxesArrayAndTaxIdString();
    void folioTokenAndUrls();
    void salesIdReplaysTheFirstDocumentWith200();
    void salesIdIsScopedByDocumentType();
    void dispatchDecrementsQuantityAndAvailable();
    void shortStockIsRefusedVerbatim();
    void unlimitedAndNegativeStockVariantsPass();
    void zeroOrNegativeNetUnitValueIsRefused();
    void variantsByIdCodeOrBarCode();
    void numericCodeOutOfRangeIsRefused();
    void facturaNeedsTheClientData();
    void duplicateRutIsRefusedOnDocuments();
    void serialVariantsNeedTheSerialInComment();
    void outOfFoliosIsRefused();
    void officePriceListPricesLinesWithoutValue();
    void packSoldByCodeMovesItsComponents();
    void detailsAreAPaginatedSubCollection();
    void documentListFilters();
    void paymentsDefaultToTheDefaultPaymentType();
    void returnIssuesACreditNoteAndRestoresStock();
    void returnQuantityIsChecked();
    void returnErrorsAreTheDocumentedOnes();
    void returnSalesIdReplays();
    void adminListsReturnsWithTheirSalesId();
    void receptionsAndConsumptionsMoveStock();
    void movementListsFilterByDate();

private:
    QJsonObject line(int variantId, double quantity, double net) const;
    QJsonObject boleta(const QJsonArray &details, bool dispatch = true) const;
    QJsonObject fullClient() const;
    BsaleHttpReply postDocument(const QJsonObject &body) { return m_http->post(u"/v1/documents.json"_s, body); }
    double stock(int variantId) const { return m_fake->stockQuantity(variantId, m_basics.officeId); }
    int variant(const QString &code, double stock, const std::function<void(bsale::Variant &)> &tweak = {});
    QJsonArray detailsOf(int documentId);

    std::unique_ptr<FakeBsale> m_fake;
    std::unique_ptr<BsaleHttpClient> m_http;
    FakeBsale::Basics m_basics;
    qint64 m_nowMs = kNow * 1000;
    int m_productId = 0;
    int m_a = 0; // POL-001, stock 10, list price 10000 net
    int m_b = 0; // POL-002, stock 1
};

void TestFakeBsaleDocuments::init()
{
    m_nowMs = kNow * 1000;
    m_fake = std::make_unique<FakeBsale>();
    m_fake->setRateLimitEnabled(false);
    m_fake->setClock([this] { return m_nowMs; });
    QVERIFY(m_fake->start() != 0);
    m_http = std::make_unique<BsaleHttpClient>(m_fake->baseUrl(), "puente-fake-bsale-token");
    m_basics = m_fake->seedBasics();
    bsale::Product product;
    product.name = u"Polera"_s;
    m_productId = m_fake->addProduct(product);
    m_a = variant(u"POL-001"_s, 10);
    m_b = variant(u"POL-002"_s, 1);
}

int TestFakeBsaleDocuments::variant(const QString &code, double quantity,
                                    const std::function<void(bsale::Variant &)> &tweak)
{
    bsale::Variant v;
    v.productId = m_productId;
    v.description = code;
    v.code = code;
    v.barCode = u"BAR-"_s + code;
    if (tweak)
        tweak(v);
    const int id = m_fake->addVariant(v);
    m_fake->setStock(id, m_basics.officeId, quantity);
    m_fake->setPrice(m_basics.priceListId, id, 10000);
    return id;
}

QJsonObject TestFakeBsaleDocuments::line(int variantId, double quantity, double net) const
{
    // §10.1: taxId is the *string* "[1]".
    return {{u"variantId"_s, variantId},
            {u"quantity"_s, quantity},
            {u"netUnitValue"_s, net},
            {u"taxId"_s, u"[%1]"_s.arg(m_basics.ivaTaxId)}};
}

QJsonObject TestFakeBsaleDocuments::boleta(const QJsonArray &details, bool dispatch) const
{
    return {{u"codeSii"_s, 39},
            {u"officeId"_s, m_basics.officeId},
            {u"declareSii"_s, 1},
            {u"dispatch"_s, dispatch ? 1 : 0},
            {u"details"_s, details}};
}

QJsonObject TestFakeBsaleDocuments::fullClient() const
{
    // §7 client{} for a factura; chile-dte.md §4.4.
    return {{u"code"_s, u"76555835-2"_s},     {u"company"_s, u"Ferretería Sur Ltda"_s},
            {u"activity"_s, u"Ferretería"_s}, {u"address"_s, u"Calle 1"_s},
            {u"city"_s, u"Temuco"_s},         {u"municipality"_s, u"Temuco"_s}};
}

QJsonArray TestFakeBsaleDocuments::detailsOf(int documentId)
{
    return m_http->get(u"/v1/documents/%1/details.json"_s.arg(documentId)).items();
}

// §1 Dates: "emissionDate": 1462527931 is returned as 1462492800 (UTC midnight).
void TestFakeBsaleDocuments::emissionDateIsTruncatedToUtcMidnight()
{
    auto body = boleta({line(m_a, 1, 1000)});
    body.insert(u"emissionDate"_s, kNow);
    body.insert(u"expirationDate"_s, kNow + 3 * kDay);
    const auto doc = postDocument(body).json();
    QCOMPARE(doc.value(u"emissionDate"_s).toInteger(), kMidnight);
    QCOMPARE(doc.value(u"expirationDate"_s).toInteger(), kMidnight + 3 * kDay);
    QCOMPARE(doc.value(u"generationDate"_s).toInteger(), kNow); // §1: the real creation timestamp
    // Without a date: today, truncated.
    QCOMPARE(postDocument(boleta({line(m_a, 1, 1000)})).json().value(u"emissionDate"_s).toInteger(), kMidnight);
}

// DTE §4.3 test vectors (gross → net = gross/1.19 unrounded, total must survive) and §7's worked
// examples (net 10916 → tax 2074 → total 12990; 23438 → 4453 → 27891; 12000 → 2280 → 14280).
void TestFakeBsaleDocuments::totalsRoundToPesos_data()
{
    QTest::addColumn<double>("netUnitValue");
    QTest::addColumn<double>("quantity");
    QTest::addColumn<double>("net");
    QTest::addColumn<double>("tax");
    QTest::addColumn<double>("total");
    QTest::newRow("gross 680") << 680 / 1.19 << 1.0 << 571.0 << 109.0 << 680.0;
    QTest::newRow("gross 86710") << 86710 / 1.19 << 1.0 << 72866.0 << 13844.0 << 86710.0;
    QTest::newRow("gross 3 x 9990") << 9990 / 1.19 << 3.0 << 25185.0 << 4785.0 << 29970.0;
    QTest::newRow("net 10916") << 10916.0 << 1.0 << 10916.0 << 2074.0 << 12990.0;
    QTest::newRow("net 23438") << 23438.0 << 1.0 << 23438.0 << 4453.0 << 27891.0;
    QTest::newRow("net 12000") << 12000.0 << 1.0 << 12000.0 << 2280.0 << 14280.0;
}

void TestFakeBsaleDocuments::totalsRoundToPesos()
{
    QFETCH(double, netUnitValue);
    QFETCH(double, quantity);
    QFETCH(double, net);
    QFETCH(double, tax);
    QFETCH(double, total);
    const auto reply = postDocument(boleta({line(m_a, quantity, netUnitValue)}, false));
    QCOMPARE(reply.status, 201);
    const auto doc = reply.json();
    QCOMPARE(doc.value(u"netAmount"_s).toDouble(), net);
    QCOMPARE(doc.value(u"taxAmount"_s).toDouble(), tax);
    QCOMPARE(doc.value(u"totalAmount"_s).toDouble(), total);
    QCOMPARE(doc.value(u"exemptAmount"_s).toDouble(), 0.0);
}

// §7 details: `discount` is a percentage, not an amount.
void TestFakeBsaleDocuments::discountIsAPercentage()
{
    auto detail = line(m_a, 2, 10000);
    detail.insert(u"discount"_s, 10);
    const auto doc = postDocument(boleta({detail}, false)).json();
    QCOMPARE(doc.value(u"netAmount"_s).toDouble(), 18000.0);
    QCOMPARE(doc.value(u"taxAmount"_s).toDouble(), 3420.0);
    QCOMPARE(doc.value(u"totalAmount"_s).toDouble(), 21420.0);
    const auto item = detailsOf(doc.value(u"id"_s).toInt()).first().toObject();
    QCOMPARE(item.value(u"netDiscount"_s).toDouble(), 2000.0);
    QCOMPARE(item.value(u"netAmount"_s).toDouble(), 18000.0);
    QCOMPARE(item.value(u"totalAmount"_s).toDouble(), 21420.0);
}

// §7/§10.1: "de lo contrario el detalle del documento saldrá exento" — no taxId/taxes → exemptAmount.
void TestFakeBsaleDocuments::lineWithoutTaxIsExempt()
{
    QJsonObject exempt {{u"comment"_s, u"Despacho"_s}, {u"quantity"_s, 1}, {u"netUnitValue"_s, 5000}};
    const auto doc = postDocument(boleta({line(m_a, 1, 10000), exempt}, false)).json();
    QCOMPARE(doc.value(u"netAmount"_s).toDouble(), 10000.0);
    QCOMPARE(doc.value(u"exemptAmount"_s).toDouble(), 5000.0);
    QCOMPARE(doc.value(u"taxAmount"_s).toDouble(), 1900.0);
    QCOMPARE(doc.value(u"totalAmount"_s).toDouble(), 16900.0);
}

// §7: taxes:[{"code":14,"percentage":19}] is the alternative to taxId "[1]".
void TestFakeBsaleDocuments::taxesArrayAndTaxIdString()
{
    QJsonObject detail {{u"variantId"_s, m_a},
                        {u"quantity"_s, 1},
                        {u"netUnitValue"_s, 10000},
                        {u"taxes"_s, QJsonArray {QJsonObject {{u"code"_s, 14}, {u"percentage"_s, 19}}}}};
    QCOMPARE(postDocument(boleta({detail}, false)).json().value(u"totalAmount"_s).toDouble(), 11900.0);
    // §7 full example: taxId "[1,2]" sums both taxes (IVA 19 + ILA 10).
    const int ila = m_fake->addTax({0, u"ILA"_s, 10, u"27"_s, 0, {}, 0});
    auto both = line(m_a, 1, 10000);
    both.insert(u"taxId"_s, u"[%1,%2]"_s.arg(m_basics.ivaTaxId).arg(ila));
    QCOMPARE(postDocument(boleta({both}, false)).json().value(u"totalAmount"_s).toDouble(), 12900.0);
    // §10.1: "taxId is the *string* "[1]", not a JSON array" — an array is refused (DOCS-AMBIGUITY
    // on the message, see FakeBsale's BsaleBody::taxIds).
    auto array = line(m_a, 1, 10000);
    array.insert(u"taxId"_s, QJsonArray {m_basics.ivaTaxId});
    QCOMPARE(postDocument(boleta({array}, false)).status, 400);
}

// §7 response: 201, `number` is the next folio per type, `token` 12 hex chars in urlPdf/urlPublicView.
void TestFakeBsaleDocuments::folioTokenAndUrls()
{
    const auto first = postDocument(boleta({line(m_a, 1, 1000)}, false));
    QCOMPARE(first.status, 201);
    const auto doc = first.json();
    QCOMPARE(doc.value(u"number"_s).toInt(), 1);
    const QString token = doc.value(u"token"_s).toString();
    QVERIFY(QRegularExpression(u"^[0-9a-f]{12}$"_s).match(token).hasMatch());
    QVERIFY(doc.value(u"urlPdf"_s).toString().contains(token + u".pdf"_s));
    QVERIFY(doc.value(u"urlPublicView"_s).toString().contains(token));
    QVERIFY(doc.value(u"urlXml"_s).toString().endsWith(token + u".xml"_s));
    QCOMPARE(doc.value(u"href"_s).toString(),
             m_fake->baseUrl().toString() + u"/v1/documents/%1.json"_s.arg(doc.value(u"id"_s).toInt()));
    QCOMPARE(doc.value(u"document_type"_s).toObject().value(u"id"_s),
             QJsonValue(QString::number(m_basics.boletaTypeId)));
    QCOMPARE(doc.value(u"office"_s).toObject().value(u"id"_s), QJsonValue(QString::number(m_basics.officeId)));
    QVERIFY(doc.value(u"salesId"_s).isNull());
    QCOMPARE(doc.value(u"state"_s).toInt(), 0);
    QCOMPARE(postDocument(boleta({line(m_a, 1, 1000)}, false)).json().value(u"number"_s).toInt(), 2);
    // Folios are per document type.
    QJsonObject factura {
        {u"codeSii"_s, 33}, {u"client"_s, fullClient()}, {u"details"_s, QJsonArray {line(m_a, 1, 1000)}}};
    QCOMPARE(postDocument(factura).json().value(u"number"_s).toInt(), 1);
    // The fake serves the PDF behind urlPdf.
    const auto pdf = m_http->getUrl(QUrl(doc.value(u"urlPdf"_s).toString()));
    QCOMPARE(pdf.status, 200);
    QVERIFY(pdf.body.startsWith("%PDF-"));
}

// §10: first POST 201; the same salesId + type again → 200 with the same document, no new
// folio, no second stock move (CHANGELOG 05/2023).
void TestFakeBsaleDocuments::salesIdReplaysTheFirstDocumentWith200()
{
    auto body = boleta({line(m_a, 2, 1000)});
    body.insert(u"salesId"_s, u"jumpseller-order-1001"_s);
    const auto first = postDocument(body);
    QCOMPARE(first.status, 201);
    QCOMPARE(stock(m_a), 8.0);
    const auto again = postDocument(body);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(u"id"_s), first.json().value(u"id"_s));
    QCOMPARE(again.json().value(u"number"_s), first.json().value(u"number"_s));
    QCOMPARE(again.json().value(u"salesId"_s).toString(), u"jumpseller-order-1001"_s);
    QCOMPARE(stock(m_a), 8.0);
    QCOMPARE(m_http->get(u"/v1/documents/count.json"_s).json().value(u"count"_s).toInt(), 1);
    QCOMPARE(postDocument(boleta({line(m_a, 1, 1000)}, false)).json().value(u"number"_s).toInt(), 2);
}

// §10: "The scope is per document type: the same salesId under a different type creates a new document".
void TestFakeBsaleDocuments::salesIdIsScopedByDocumentType()
{
    auto body = boleta({line(m_a, 1, 1000)}, false);
    body.insert(u"salesId"_s, u"ORDER-7"_s);
    const auto boletaDoc = postDocument(body);
    QCOMPARE(boletaDoc.status, 201);
    QJsonObject factura {{u"documentTypeId"_s, m_basics.facturaTypeId},
                         {u"salesId"_s, u"ORDER-7"_s},
                         {u"client"_s, fullClient()},
                         {u"details"_s, QJsonArray {line(m_a, 1, 1000)}}};
    const auto facturaDoc = postDocument(factura);
    QCOMPARE(facturaDoc.status, 201);
    QVERIFY(facturaDoc.json().value(u"id"_s) != boletaDoc.json().value(u"id"_s));
    QCOMPARE(postDocument(factura).status, 200);
}

// §7 dispatch: "1 = dispatch and decrement stock now"; §10.3: without dispatch nothing moves.
void TestFakeBsaleDocuments::dispatchDecrementsQuantityAndAvailable()
{
    QCOMPARE(postDocument(boleta({line(m_a, 3, 1000)})).status, 201);
    const auto row = m_http->get(u"/v1/stocks.json?variantid=%1&officeid=%2"_s.arg(m_a).arg(m_basics.officeId))
                         .items()
                         .first()
                         .toObject();
    QCOMPARE(row.value(u"quantity"_s).toDouble(), 7.0);
    QCOMPARE(row.value(u"quantityAvailable"_s).toDouble(), 7.0);
    QCOMPARE(postDocument(boleta({line(m_a, 3, 1000)}, false)).status, 201);
    QCOMPARE(stock(m_a), 7.0);
}

// §1 Errors / §12.5: `There is no stock for this products: "<code>"`; nothing is created.
void TestFakeBsaleDocuments::shortStockIsRefusedVerbatim()
{
    const auto reply = postDocument(boleta({line(m_a, 1, 1000), line(m_b, 2, 1000)}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorText(), u"There is no stock for this products: \"POL-002\""_s);
    QCOMPARE(stock(m_a), 10.0);
    QCOMPARE(stock(m_b), 1.0);
    QCOMPARE(m_http->get(u"/v1/documents/count.json"_s).json().value(u"count"_s).toInt(), 0);
    QCOMPARE(postDocument(boleta({line(m_b, 1, 1000)})).json().value(u"number"_s).toInt(), 1); // folio not spent
}

// §12.5: "unless unlimitedStock or allowNegativeStock"; §10.11 negative availability is possible.
void TestFakeBsaleDocuments::unlimitedAndNegativeStockVariantsPass()
{
    const int unlimited = variant(u"SERV-001"_s, 0, [](bsale::Variant &v) { v.unlimitedStock = 1; });
    const int negative = variant(u"NEG-001"_s, 0, [](bsale::Variant &v) { v.allowNegativeStock = 1; });
    QCOMPARE(postDocument(boleta({line(unlimited, 5, 1000), line(negative, 2, 1000)})).status, 201);
    QCOMPARE(stock(unlimited), 0.0);
    QCOMPARE(stock(negative), -2.0);
    const auto row = m_http->get(u"/v1/stocks.json?variantid=%1"_s.arg(negative)).items().first().toObject();
    QCOMPARE(row.value(u"quantityAvailable"_s).toDouble(), -2.0);
}

// FAQ / §10.2 / DTE §4.5: zero or negative netUnitValue refused verbatim; 100 % discount is the way.
void TestFakeBsaleDocuments::zeroOrNegativeNetUnitValueIsRefused()
{
    const QString message =
        u"Invalid net unit value, zero or negative values are not allowed for this type of document"_s;
    QCOMPARE(postDocument(boleta({line(m_a, 1, 0)})).errorText(), message);
    QCOMPARE(postDocument(boleta({line(m_a, 1, -5)})).errorText(), message);
    auto free = line(m_a, 1, 1000);
    free.insert(u"discount"_s, 100);
    const auto reply = postDocument(boleta({free, line(m_a, 1, 1000)}, false));
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json().value(u"totalAmount"_s).toDouble(), 1190.0);
}

// §7 details: variantId or code or barCode; FAQ "invalid variant" otherwise.
void TestFakeBsaleDocuments::variantsByIdCodeOrBarCode()
{
    QJsonObject byCode {
        {u"code"_s, u"POL-001"_s}, {u"quantity"_s, 1}, {u"netUnitValue"_s, 1000}, {u"taxId"_s, u"[1]"_s}};
    QJsonObject byBar {
        {u"barCode"_s, u"BAR-POL-001"_s}, {u"quantity"_s, 1}, {u"netUnitValue"_s, 1000}, {u"taxId"_s, u"[1]"_s}};
    QCOMPARE(postDocument(boleta({byCode, byBar})).status, 201);
    QCOMPARE(stock(m_a), 8.0);
    QCOMPARE(postDocument(boleta({line(999999, 1, 1000)})).errorText(), u"invalid variant"_s);
    byCode.insert(u"code"_s, u"NOPE"_s);
    QCOMPARE(postDocument(boleta({byCode})).errorText(), u"invalid variant"_s);
    // §7: "netUnitValue":"5882.35" — numeric strings are accepted.
    QJsonObject text {
        {u"variantId"_s, m_a}, {u"quantity"_s, 1}, {u"netUnitValue"_s, u"5882.35"_s}, {u"taxId"_s, u"[1]"_s}};
    QCOMPARE(postDocument(boleta({text}, false)).json().value(u"totalAmount"_s).toDouble(), 7000.0);
}

// FAQ / §10.6: numeric out-of-range codes fail in ActiveRecord (always send SKUs as strings).
void TestFakeBsaleDocuments::numericCodeOutOfRangeIsRefused()
{
    QJsonObject detail {{u"code"_s, 12345678901.0}, {u"quantity"_s, 1}, {u"netUnitValue"_s, 1000}};
    const QString error = postDocument(boleta({detail})).errorText();
    QVERIFY2(error.endsWith(u"is out of range for ActiveRecord::Type::Integer with limit 4"_s), qPrintable(error));
}

// FAQ / §10.8 / DTE §4.4: factura needs code, activity, address, city, municipality.
void TestFakeBsaleDocuments::facturaNeedsTheClientData()
{
    const QString message = u"client attribute required : code,activity,address,city,municipality"_s;
    QJsonObject factura {{u"codeSii"_s, 33}, {u"details"_s, QJsonArray {line(m_a, 1, 1000)}}};
    QCOMPARE(postDocument(factura).errorText(), message);
    auto partial = fullClient();
    partial.remove(u"activity"_s);
    factura.insert(u"client"_s, partial);
    QCOMPARE(postDocument(factura).errorText(), message);
    QCOMPARE(m_http->get(u"/v1/clients/count.json"_s).json().value(u"count"_s).toInt(), 0);
    factura.insert(u"client"_s, fullClient());
    const auto reply = postDocument(factura);
    QCOMPARE(reply.status, 201);
    QVERIFY(reply.json().value(u"client"_s).toObject().value(u"id"_s).isString());
    QCOMPARE(reply.json().value(u"municipality"_s).toString(), u"Temuco"_s);
    // §7: "Bsale finds or creates the client from this node".
    QCOMPARE(m_http->get(u"/v1/clients.json?code=76555835-2"_s).json().value(u"count"_s).toInt(), 1);
    QCOMPARE(postDocument(factura).status, 201);
    QCOMPARE(m_http->get(u"/v1/clients.json?code=76555835-2"_s).json().value(u"count"_s).toInt(), 1);
    // A boleta needs no client (§7 "a boleta does not need one").
    QCOMPARE(postDocument(boleta({line(m_a, 1, 1000)}, false)).status, 201);
}

// FAQ: `There are more than a client with the code "code", client id: "clientId"` once two
// clients share a RUT (§6 Pitfalls: Bsale does not prevent duplicates).
void TestFakeBsaleDocuments::duplicateRutIsRefusedOnDocuments()
{
    QCOMPARE(m_http->post(u"/v1/clients.json"_s, fullClient()).status, 201);
    const int first =
        m_http->get(u"/v1/clients.json?code=76555835-2"_s).items().first().toObject().value(u"id"_s).toInt();
    QCOMPARE(m_http->post(u"/v1/clients.json"_s, fullClient()).status, 201);
    const QJsonObject factura {
        {u"codeSii"_s, 33}, {u"client"_s, fullClient()}, {u"details"_s, QJsonArray {line(m_a, 1, 1000)}}};
    QCOMPARE(postDocument(factura).errorText(),
             u"There are more than a client with the code \"76555835-2\", client id: \"%1\""_s.arg(first));
}

// FAQ / §10.4: `Use 'comment' to especify the serie of detailid to dispatch.` (sic); CHANGELOG
// 09/2022: "invalid quantity" for quantity ≠ 1 on a non-lot serial.
void TestFakeBsaleDocuments::serialVariantsNeedTheSerialInComment()
{
    const int serial = variant(u"SER-001"_s, 5, [](bsale::Variant &v) { v.serialNumber = 1; });
    const int lot = variant(u"LOT-001"_s, 5, [](bsale::Variant &v) {
        v.serialNumber = 1;
        v.isLot = 1;
    });
    QCOMPARE(postDocument(boleta({line(serial, 1, 1000)})).errorText(),
             u"Use 'comment' to especify the serie of detailid to dispatch."_s);
    auto withSerial = line(serial, 1, 1000);
    withSerial.insert(u"comment"_s, u"SN-0001"_s);
    QCOMPARE(postDocument(boleta({withSerial})).status, 201);
    withSerial.insert(u"quantity"_s, 2);
    QCOMPARE(postDocument(boleta({withSerial})).errorText(), u"invalid quantity"_s);
    auto lotLine = line(lot, 2, 1000);
    lotLine.insert(u"comment"_s, u"LOTE-7"_s);
    QCOMPARE(postDocument(boleta({lotLine})).status, 201);
}

// FAQ / §10.7: `does not have numbers available, check sii caf`.
void TestFakeBsaleDocuments::outOfFoliosIsRefused()
{
    m_fake->setFolioRange(m_basics.boletaTypeId, 500, 501);
    QCOMPARE(postDocument(boleta({line(m_a, 1, 1000)}, false)).json().value(u"number"_s).toInt(), 500);
    QCOMPARE(postDocument(boleta({line(m_a, 1, 1000)}, false)).json().value(u"number"_s).toInt(), 501);
    QCOMPARE(postDocument(boleta({line(m_a, 1, 1000)}, false)).errorText(),
             u"does not have numbers available, check sii caf"_s);
    m_fake->setOutOfFolios(m_basics.facturaTypeId, true);
    QJsonObject factura {
        {u"codeSii"_s, 33}, {u"client"_s, fullClient()}, {u"details"_s, QJsonArray {line(m_a, 1, 1000)}}};
    QCOMPARE(postDocument(factura).errorText(), u"does not have numbers available, check sii caf"_s);
}

// §2 / §7: priceListId defaults to the office's list; without one: `Couldn't find ListaPrecio…`.
void TestFakeBsaleDocuments::officePriceListPricesLinesWithoutValue()
{
    QJsonObject unpriced {{u"variantId"_s, m_a}, {u"quantity"_s, 1}, {u"taxId"_s, u"[1]"_s}};
    QCOMPARE(postDocument(boleta({unpriced}, false)).json().value(u"totalAmount"_s).toDouble(), 11900.0);
    bsale::Office bare;
    bare.name = u"Sin lista"_s;
    const int office = m_fake->addOffice(bare);
    auto body = boleta({unpriced}, false);
    body.insert(u"officeId"_s, office);
    QVERIFY(postDocument(body).errorText().startsWith(u"Couldn't find ListaPrecio with 'id_lista_precio'="_s));
}

// §10.5: packs defined by variant are sold by the pack's code; the components' stock moves.
void TestFakeBsaleDocuments::packSoldByCodeMovesItsComponents()
{
    m_fake->addPack(u"Pack verano"_s, u"PACK-01"_s, {{m_a, 2}, {m_b, 1}});
    QJsonObject pack {
        {u"code"_s, u"PACK-01"_s}, {u"quantity"_s, 1}, {u"netUnitValue"_s, 15000}, {u"taxId"_s, u"[1]"_s}};
    QCOMPARE(postDocument(boleta({pack})).status, 201);
    QCOMPARE(stock(m_a), 8.0);
    QCOMPARE(stock(m_b), 0.0);
    QCOMPARE(postDocument(boleta({pack})).errorText(), u"There is no stock for this products: \"POL-002\""_s);
}

// §1 Pagination: "/documents/{id}/details.json returns count/limit/offset/items, default 25";
// §7 detail fields; §1 Ids: the detail's variant.id is an int.
void TestFakeBsaleDocuments::detailsAreAPaginatedSubCollection()
{
    QJsonArray lines;
    for (int i = 0; i < 30; ++i)
        lines.append(line(m_a, 1, 100));
    const int id = postDocument(boleta(lines, false)).json().value(u"id"_s).toInt();
    const auto page = m_http->get(u"/v1/documents/%1/details.json"_s.arg(id)).json();
    QCOMPARE(page.value(u"count"_s).toInt(), 30);
    QCOMPARE(page.value(u"limit"_s).toInt(), 25);
    QVERIFY(page.contains(u"next"_s));
    const auto detail = page.value(u"items"_s).toArray().first().toObject();
    for (const auto &key : {u"id"_s, u"lineNumber"_s, u"quantity"_s, u"netUnitValue"_s, u"totalUnitValue"_s,
                            u"netAmount"_s, u"taxAmount"_s, u"totalAmount"_s, u"netDiscount"_s, u"totalDiscount"_s,
                            u"variant"_s, u"note"_s, u"relatedDetailId"_s})
        QVERIFY2(detail.contains(key), qPrintable(key));
    const auto variantNode = detail.value(u"variant"_s).toObject();
    QVERIFY(variantNode.value(u"id"_s).isDouble());
    QCOMPARE(variantNode.value(u"code"_s).toString(), u"POL-001"_s);
    // §1: expanded collections arrive as paginated envelopes (details.items[]).
    const auto doc = m_http->get(u"/v1/documents/%1.json?expand=[details,document_type,office]"_s.arg(id)).json();
    QCOMPARE(doc.value(u"details"_s).toObject().value(u"count"_s).toInt(), 30);
    QCOMPARE(doc.value(u"details"_s).toObject().value(u"items"_s).toArray().size(), 25);
    QCOMPARE(doc.value(u"document_type"_s).toObject().value(u"codeSii"_s).toString(), u"39"_s);
    QCOMPARE(doc.value(u"office"_s).toObject().value(u"name"_s).toString(), u"Casa Matriz"_s);
}

// §7 "Reading documents" / §1 date filters: emissiondate, emissiondaterange, codesii, documenttypeid, number.
void TestFakeBsaleDocuments::documentListFilters()
{
    QCOMPARE(postDocument(boleta({line(m_a, 1, 1000)}, false)).status, 201);
    m_nowMs += kDay * 1000;
    QCOMPARE(postDocument(boleta({line(m_a, 1, 1000)}, false)).status, 201);
    QJsonObject factura {
        {u"codeSii"_s, 33}, {u"client"_s, fullClient()}, {u"details"_s, QJsonArray {line(m_a, 1, 1000)}}};
    QCOMPARE(postDocument(factura).status, 201);

    const auto count = [this](const QString &query) {
        return m_http->get(u"/v1/documents.json?"_s + query).json().value(u"count"_s).toInt();
    };
    QCOMPARE(count(u"emissiondate=%1"_s.arg(kMidnight)), 1);
    QCOMPARE(count(u"emissiondate=%1"_s.arg(kMidnight + kDay)), 2);
    QCOMPARE(count(u"emissiondaterange=[%1,%2]"_s.arg(kMidnight).arg(kMidnight + kDay)), 3);
    QCOMPARE(count(u"emissiondaterange=[%1,%2]"_s.arg(kMidnight + kDay).arg(kMidnight + 2 * kDay)), 2);
    QCOMPARE(count(u"codesii=39"_s), 2);
    QCOMPARE(count(u"codesii=[33,39]"_s), 3);
    QCOMPARE(count(u"documenttypeid=%1"_s.arg(m_basics.facturaTypeId)), 1);
    QCOMPARE(count(u"documenttypeid=%1&number=2"_s.arg(m_basics.boletaTypeId)), 1);
    QCOMPARE(count(u"clientcode=76555835-2"_s), 1);
}

// §7 payments: "If omitted, the default payment type gets the whole total"; expandable.
void TestFakeBsaleDocuments::paymentsDefaultToTheDefaultPaymentType()
{
    const int id = postDocument(boleta({line(m_a, 1, 10000)}, false)).json().value(u"id"_s).toInt();
    const auto doc = m_http->get(u"/v1/documents/%1.json?expand=payments"_s.arg(id)).json();
    const auto payments = doc.value(u"payments"_s).toObject().value(u"items"_s).toArray();
    QCOMPARE(payments.size(), 1);
    QCOMPARE(payments.first().toObject().value(u"amount"_s).toDouble(), 11900.0);
    QCOMPARE(payments.first().toObject().value(u"payment_type"_s).toObject().value(u"id"_s),
             QJsonValue(QString::number(m_basics.cashPaymentTypeId)));
    QCOMPARE(m_http->get(u"/v1/payments.json?documentid=%1"_s.arg(id)).json().value(u"count"_s).toInt(), 1);
}

// §8: POST /v1/returns.json → 201 {credit_note{href,id}, reference_document, amount, ...}; the
// NC is a document of a type with use 1 / codeSii "61"; returned units go back to stock.
void TestFakeBsaleDocuments::returnIssuesACreditNoteAndRestoresStock()
{
    const int saleId = postDocument(boleta({line(m_a, 3, 10000)})).json().value(u"id"_s).toInt();
    QCOMPARE(stock(m_a), 7.0);
    const int detailId = detailsOf(saleId).first().toObject().value(u"id"_s).toInt();
    const QJsonObject body {
        {u"documentTypeId"_s, m_basics.creditNoteTypeId},
        {u"officeId"_s, m_basics.officeId},
        {u"referenceDocumentId"_s, saleId},
        {u"emissionDate"_s, kNow},
        {u"motive"_s, u"Pedido cancelado"_s},
        {u"declareSii"_s, 1},
        {u"priceAdjustment"_s, 0},
        {u"editTexts"_s, 0},
        {u"type"_s, 0},
        {u"client"_s, QJsonObject {{u"code"_s, u"1-9"_s}}},
        {u"details"_s,
         QJsonArray {QJsonObject {{u"documentDetailId"_s, detailId}, {u"quantity"_s, 2}, {u"unitValue"_s, 0}}}}};
    const auto reply = m_http->post(u"/v1/returns.json"_s, body);
    QCOMPARE(reply.status, 201);
    const auto ret = reply.json();
    for (const auto &key :
         {u"credit_note"_s, u"reference_document"_s, u"amount"_s, u"code"_s, u"type"_s, u"editTexts"_s, u"href"_s,
          u"returnDate"_s, u"details"_s, u"office"_s, u"motive"_s, u"priceAdjustment"_s, u"id"_s})
        QVERIFY2(ret.contains(key), qPrintable(key));
    QCOMPARE(ret.value(u"amount"_s).toDouble(), 23800.0);
    QCOMPARE(ret.value(u"returnDate"_s).toInteger(), kMidnight);
    QCOMPARE(ret.value(u"reference_document"_s).toObject().value(u"id"_s), QJsonValue(QString::number(saleId)));
    const auto creditNote = ret.value(u"credit_note"_s).toObject();
    QVERIFY(creditNote.value(u"id"_s).isString());
    QCOMPARE(stock(m_a), 9.0);

    const auto note =
        m_http->getUrl(QUrl(creditNote.value(u"href"_s).toString() + u"?expand=[document_type]"_s)).json();
    QCOMPARE(note.value(u"document_type"_s).toObject().value(u"codeSii"_s).toString(), u"61"_s);
    QCOMPARE(note.value(u"document_type"_s).toObject().value(u"use"_s).toInt(), 1);
    QCOMPARE(note.value(u"totalAmount"_s).toDouble(), 23800.0);
    QCOMPARE(note.value(u"number"_s).toInt(), 1);
    const auto details = m_http->get(u"/v1/returns/%1/details.json"_s.arg(ret.value(u"id"_s).toInt())).items();
    QCOMPARE(details.first().toObject().value(u"quantityDevStock"_s).toDouble(), 2.0);
}

// FAQ / §8: `The quantity returned (1.0) is higher than the available (0.0) for detail: <id>`.
void TestFakeBsaleDocuments::returnQuantityIsChecked()
{
    const int saleId = postDocument(boleta({line(m_a, 3, 1000)})).json().value(u"id"_s).toInt();
    const int detailId = detailsOf(saleId).first().toObject().value(u"id"_s).toInt();
    const auto returning = [&](double quantity) {
        return m_http->post(
            u"/v1/returns.json"_s,
            {{u"codeSii"_s, 61},
             {u"referenceDocumentId"_s, saleId},
             {u"details"_s,
              QJsonArray {
                  QJsonObject {{u"documentDetailId"_s, detailId}, {u"quantity"_s, quantity}, {u"unitValue"_s, 0}}}}});
    };
    QCOMPARE(returning(2).status, 201);
    QCOMPARE(returning(2).errorText(),
             u"The quantity returned (2.0) is higher than the available (1.0) for detail: %1"_s.arg(detailId));
    QCOMPARE(returning(1).status, 201);
    QCOMPARE(returning(1).errorText(),
             u"The quantity returned (1.0) is higher than the available (0.0) for detail: %1"_s.arg(detailId));
    QCOMPARE(stock(m_a), 10.0);
}

// §8 errors: `the json does not have reference document`, `invalid reference detail`; the
// type must have use = 1.
void TestFakeBsaleDocuments::returnErrorsAreTheDocumentedOnes()
{
    const int saleId = postDocument(boleta({line(m_a, 1, 1000)})).json().value(u"id"_s).toInt();
    const int otherId = postDocument(boleta({line(m_a, 1, 1000)})).json().value(u"id"_s).toInt();
    const int otherDetail = detailsOf(otherId).first().toObject().value(u"id"_s).toInt();
    const QJsonArray details {QJsonObject {{u"documentDetailId"_s, otherDetail}, {u"quantity"_s, 1}}};
    QCOMPARE(
        m_http->post(u"/v1/returns.json"_s, {{u"documentTypeId"_s, m_basics.creditNoteTypeId}, {u"details"_s, details}})
            .errorText(),
        u"the json does not have reference document"_s);
    QCOMPARE(m_http
                 ->post(u"/v1/returns.json"_s,
                        {{u"documentTypeId"_s, m_basics.creditNoteTypeId},
                         {u"referenceDocumentId"_s, saleId},
                         {u"details"_s, details}})
                 .errorText(),
             u"invalid reference detail"_s);
    QCOMPARE(m_http
                 ->post(u"/v1/returns.json"_s,
                        {{u"documentTypeId"_s, m_basics.boletaTypeId},
                         {u"referenceDocumentId"_s, otherId},
                         {u"details"_s, details}})
                 .errorText(),
             u"invalid documentType"_s);
}

// CHANGELOG 09/2022 (§10): salesId is supported on /returns.json — a replay answers 200, no new NC.
void TestFakeBsaleDocuments::returnSalesIdReplays()
{
    const int saleId = postDocument(boleta({line(m_a, 2, 1000)})).json().value(u"id"_s).toInt();
    const int detailId = detailsOf(saleId).first().toObject().value(u"id"_s).toInt();
    const QJsonObject body {
        {u"codeSii"_s, 61},
        {u"referenceDocumentId"_s, saleId},
        {u"salesId"_s, u"refund-1001"_s},
        {u"details"_s,
         QJsonArray {QJsonObject {{u"documentDetailId"_s, detailId}, {u"quantity"_s, 1}, {u"unitValue"_s, 0}}}}};
    const auto first = m_http->post(u"/v1/returns.json"_s, body);
    QCOMPARE(first.status, 201);
    const auto again = m_http->post(u"/v1/returns.json"_s, body);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(u"id"_s), first.json().value(u"id"_s));
    QCOMPARE(stock(m_a), 9.0);
    QCOMPARE(m_http->get(u"/v1/returns.json?returndate=%1"_s.arg(kNow)).json().value(u"count"_s).toInt(), 1);
    QCOMPARE(m_http->get(u"/v1/returns.json?returndate=%1"_s.arg(kNow + kDay)).json().value(u"count"_s).toInt(), 0);
}

// GET /_admin/returns: what the API shows of each return, plus the salesId it was sent with
// (tests that only speak HTTP match credit notes to orders by it).
void TestFakeBsaleDocuments::adminListsReturnsWithTheirSalesId()
{
    QCOMPARE(m_http->get(u"/_admin/returns"_s).json().value(u"count"_s).toInt(), 0);
    const int saleId = postDocument(boleta({line(m_a, 2, 1000)})).json().value(u"id"_s).toInt();
    const int detailId = detailsOf(saleId).first().toObject().value(u"id"_s).toInt();
    const auto refund = [&](const QString &salesId) {
        QJsonObject body {
            {u"codeSii"_s, 61},
            {u"referenceDocumentId"_s, saleId},
            {u"details"_s,
             QJsonArray {QJsonObject {{u"documentDetailId"_s, detailId}, {u"quantity"_s, 1}, {u"unitValue"_s, 0}}}}};
        if (!salesId.isEmpty())
            body.insert(u"salesId"_s, salesId);
        return m_http->post(u"/v1/returns.json"_s, body).json().value(u"id"_s).toInt();
    };
    const int tagged = refund(u"refund-2002"_s);
    const int plain = refund({});
    QVERIFY(tagged > 0 && plain > tagged);

    const auto list = m_http->get(u"/_admin/returns"_s).json();
    QCOMPARE(list.value(u"count"_s).toInt(), 2);
    const QJsonArray items = list.value(u"items"_s).toArray();
    QCOMPARE(items.at(0).toObject().value(u"id"_s).toInt(), tagged);
    QCOMPARE(items.at(0).toObject().value(u"salesId"_s).toString(), u"refund-2002"_s);
    QCOMPARE(items.at(1).toObject().value(u"salesId"_s).toString(), QString());
    // Otherwise the API's JSON, e.g. the document it credits.
    QCOMPARE(items.at(0).toObject().value(u"reference_document"_s).toObject().value(u"id"_s).toVariant().toInt(),
             saleId);
}

// §4 receptions (+) and consumptions (−): documented request and response shapes.
void TestFakeBsaleDocuments::receptionsAndConsumptionsMoveStock()
{
    const auto reception = m_http->post(
        u"/v1/stocks/receptions.json"_s,
        {{u"document"_s, u"Guía"_s},
         {u"officeId"_s, m_basics.officeId},
         {u"documentNumber"_s, u"123"_s},
         {u"note"_s, u"prueba api"_s},
         {u"details"_s, QJsonArray {QJsonObject {{u"quantity"_s, 5}, {u"code"_s, u"POL-001"_s}, {u"cost"_s, 3200}}}}});
    QCOMPARE(reception.status, 201);
    const auto r = reception.json();
    QCOMPARE(r.value(u"documentNumber"_s), QJsonValue(123)); // sent "123", returned 123
    QCOMPARE(r.value(u"admissionDate"_s).toInteger(), kMidnight);
    QVERIFY(r.value(u"office"_s).toObject().value(u"id"_s).isString());
    QVERIFY(r.value(u"details"_s)
                .toObject()
                .value(u"href"_s)
                .toString()
                .endsWith(u"/stocks/receptions/%1/details.json"_s.arg(r.value(u"id"_s).toInt())));
    QCOMPARE(stock(m_a), 15.0);
    const auto detail = m_http->get(u"/v1/stocks/receptions/%1/details.json"_s.arg(r.value(u"id"_s).toInt()))
                            .items()
                            .first()
                            .toObject();
    QCOMPARE(detail.value(u"cost"_s).toDouble(), 3200.0);
    QCOMPARE(detail.value(u"variantStock"_s).toDouble(), 15.0);

    const auto consumption =
        m_http->post(u"/v1/stocks/consumptions.json"_s,
                     {{u"note"_s, u"prueba de consumo api"_s},
                      {u"officeId"_s, m_basics.officeId},
                      {u"details"_s,
                       QJsonArray {QJsonObject {{u"quantity"_s, 3}, {u"variantId"_s, m_a}},
                                   QJsonObject {{u"quantity"_s, 1}, {u"barCode"_s, u"BAR-POL-002"_s}}}}});
    QCOMPARE(consumption.status, 201);
    QCOMPARE(consumption.json().value(u"consumptionDate"_s).toInteger(), kMidnight);
    QCOMPARE(stock(m_a), 12.0);
    QCOMPARE(stock(m_b), 0.0);
    QCOMPARE(m_http->get(u"/v1/stocks/consumptions/%1/details.json"_s.arg(consumption.json().value(u"id"_s).toInt()))
                 .json()
                 .value(u"count"_s)
                 .toInt(),
             2);
    const auto tooMuch =
        m_http->post(u"/v1/stocks/consumptions.json"_s,
                     {{u"officeId"_s, m_basics.officeId},
                      {u"details"_s, QJsonArray {QJsonObject {{u"quantity"_s, 1}, {u"variantId"_s, m_b}}}}});
    QCOMPARE(tooMuch.status, 400);
    QCOMPARE(tooMuch.errorText(), u"There is a problem with the available quantity for your products"_s);
    QCOMPARE(m_http
                 ->post(u"/v1/stocks/receptions.json"_s,
                        {{u"details"_s, QJsonArray {QJsonObject {{u"quantity"_s, 1}, {u"variantId"_s, 424242}}}}})
                 .errorText(),
             u"invalid variant"_s);
}

// §1 date filters: receptions `admissiondate`, consumptions `consumptiondate`.
void TestFakeBsaleDocuments::movementListsFilterByDate()
{
    QVERIFY(m_fake->reception(m_basics.officeId, {{m_a, {}, 1, 0, {}}}).ok());
    QVERIFY(m_fake->consumption(m_basics.officeId, {{m_a, {}, 1, 0, {}}}).ok());
    m_nowMs += kDay * 1000;
    QVERIFY(m_fake->reception(m_basics.officeId, {{m_a, {}, 2, 0, {}}}).ok());
    QVERIFY(m_fake->reception(m_basics.officeId, {{m_b, {}, 2, 0, {}}}).ok());
    QVERIFY(m_fake->consumption(m_basics.officeId, {{m_b, {}, 1, 0, {}}}).ok());
    const auto count = [this](const QString &path) { return m_http->get(path).json().value(u"count"_s).toInt(); };
    QCOMPARE(count(u"/v1/stocks/receptions.json?admissiondate=%1"_s.arg(kMidnight)), 1);
    QCOMPARE(count(u"/v1/stocks/receptions.json?admissiondate=%1"_s.arg(kMidnight + kDay)), 2);
    QCOMPARE(count(u"/v1/stocks/consumptions.json?consumptiondate=%1"_s.arg(kMidnight + kDay)), 1);
    QCOMPARE(count(u"/v1/stocks/consumptions.json?officeid=%1"_s.arg(m_basics.officeId)), 2);
    QCOMPARE(count(u"/v1/stocks/receptions.json"_s), 3);
}

QTEST_GUILESS_MAIN(TestFakeBsaleDocuments)
#include "tst_fakebsaledocuments.moc"
