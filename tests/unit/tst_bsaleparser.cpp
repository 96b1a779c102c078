// BsaleParser and BsaleJsonReader on hand-written JSON in Bsale's shapes: the documented type
// quirks (string ids, "19.0", 0/1 flags, float amounts), missing required fields and garbage.
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

#include "connectors/bsale/BsaleJsonReader.h"
#include "connectors/bsale/BsaleParser.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;
using puente::ApiError;
using puente::BsaleJsonReader;
using puente::BsaleParser;

namespace {

QJsonObject obj(const char *json)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QJsonValue val(const char *json)
{
    const QByteArray wrapped = QByteArray("{\"v\":") + json + "}";
    return obj(wrapped.constData()).value(u"v"_s);
}

} // namespace

class TestBsaleParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void integersFromNumbersOrStrings_data();
    void integersFromNumbersOrStrings();
    void idsArePositiveInts();
    void moneyRoundsToPesos();
    void numbersRejectNonFinite();
    void flagsFromZeroOne();
    void textFromNumbers();
    void relationIdsFromNodesOrBareValues();

    void envelopeReadsCountAndItems();
    void envelopeIgnoresNext();
    void envelopeRejectsBadItems();
    void countAnswer();
    void nonObjectDocumentIsMalformed();

    void officeWithNulls();
    void variantWithRelationProduct();
    void variantWithExpandedProduct();
    void variantWithNumericCodes();
    void stockFloatsAndStringIds();
    void stockWithoutOfficeFails();
    void priceListIdIsAString();
    void priceDetailNetAndGross();
    void taxPercentageString();
    void documentTypeCodeSiiStringOrInt();
    void paymentType();
    void customer();
    void productTypeAndAttributeOptions();
    void attributeValueShapes();
    void productFields();
    void documentTotalsAndLinks();
    void documentExpandedDetails();
    void documentBadDetailFails();
    void returnRecord();
    void receptionAndConsumption();

    void missingIdIsNamed_data();
    void missingIdIsNamed();
    void garbageNeverCrashes();
};

void TestBsaleParser::integersFromNumbersOrStrings_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("int") << u"12"_s << true << qint64(12);
    QTest::newRow("string") << u"\"12\""_s << true << qint64(12);
    QTest::newRow("spaced string") << u"\" 12 \""_s << true << qint64(12);
    QTest::newRow("float string") << u"\"12.0\""_s << true << qint64(12);
    QTest::newRow("float") << u"12.0"_s << true << qint64(12);
    QTest::newRow("negative") << u"-3"_s << true << qint64(-3);
    QTest::newRow("fraction") << u"12.5"_s << false << qint64(0);
    QTest::newRow("word") << u"\"abc\""_s << false << qint64(0);
    QTest::newRow("empty string") << u"\"\""_s << false << qint64(0);
    QTest::newRow("null") << u"null"_s << false << qint64(0);
    QTest::newRow("bool") << u"true"_s << false << qint64(0);
    QTest::newRow("array") << u"[1]"_s << false << qint64(0);
    QTest::newRow("object") << u"{\"id\":1}"_s << false << qint64(0);
    QTest::newRow("huge") << u"1e300"_s << false << qint64(0);
    QTest::newRow("huge string") << u"\"1e400\""_s << false << qint64(0);
    QTest::newRow("nan string") << u"\"nan\""_s << false << qint64(0);
}

void TestBsaleParser::integersFromNumbersOrStrings()
{
    QFETCH(QString, json);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    const auto value = BsaleJsonReader::toInteger(val(json.toUtf8().constData()));
    QCOMPARE(value.has_value(), ok);
    if (ok)
        QCOMPARE(*value, expected);
}

void TestBsaleParser::idsArePositiveInts()
{
    QCOMPARE(BsaleJsonReader::toId(val("\"3960\"")), std::optional<int>(3960));
    QCOMPARE(BsaleJsonReader::toId(val("7")), std::optional<int>(7));
    QVERIFY(!BsaleJsonReader::toId(val("0")));
    QVERIFY(!BsaleJsonReader::toId(val("-5")));
    QVERIFY(!BsaleJsonReader::toId(val("4294967296")));
    QCOMPARE(BsaleJsonReader::toId(val("2147483647")), std::optional<int>(std::numeric_limits<int>::max()));
}

void TestBsaleParser::moneyRoundsToPesos()
{
    QCOMPARE(BsaleJsonReader::toMoney(val("27891.0")), std::optional<qint64>(27891));
    QCOMPARE(BsaleJsonReader::toMoney(val("\"27891.0\"")), std::optional<qint64>(27891));
    QCOMPARE(BsaleJsonReader::toMoney(val("5462.5")), std::optional<qint64>(5463));
    QCOMPARE(BsaleJsonReader::toMoney(val("-10.4")), std::optional<qint64>(-10));
    QVERIFY(!BsaleJsonReader::toMoney(val("1e30")));
    QVERIFY(!BsaleJsonReader::toMoney(val("\"x\"")));
}

void TestBsaleParser::numbersRejectNonFinite()
{
    QCOMPARE(BsaleJsonReader::toNumber(val("\"19.0\"")), std::optional<double>(19.0));
    QCOMPARE(BsaleJsonReader::toNumber(val("32.22")), std::optional<double>(32.22));
    QVERIFY(!BsaleJsonReader::toNumber(val("\"inf\"")));
    QVERIFY(!BsaleJsonReader::toNumber(val("\"nan\"")));
    QVERIFY(!BsaleJsonReader::toNumber(val("\"1e999\"")));
    QVERIFY(!BsaleJsonReader::toNumber(val("null")));
}

void TestBsaleParser::flagsFromZeroOne()
{
    QCOMPARE(BsaleJsonReader::toFlag(val("1")), std::optional<bool>(true));
    QCOMPARE(BsaleJsonReader::toFlag(val("0")), std::optional<bool>(false));
    QCOMPARE(BsaleJsonReader::toFlag(val("\"1\"")), std::optional<bool>(true));
    QCOMPARE(BsaleJsonReader::toFlag(val("\"0\"")), std::optional<bool>(false));
    QCOMPARE(BsaleJsonReader::toFlag(val("true")), std::optional<bool>(true));
    QCOMPARE(BsaleJsonReader::toFlag(val("\"false\"")), std::optional<bool>(false));
    QVERIFY(!BsaleJsonReader::toFlag(val("\"yes\"")));
    QVERIFY(!BsaleJsonReader::toFlag(val("[]")));
}

void TestBsaleParser::textFromNumbers()
{
    QCOMPARE(BsaleJsonReader::toText(val("1441310864")), u"1441310864"_s);
    QCOMPARE(BsaleJsonReader::toText(val("\"ABC-1\"")), u"ABC-1"_s);
    QCOMPARE(BsaleJsonReader::toText(val("2.5")), u"2.5"_s);
    QCOMPARE(BsaleJsonReader::toText(val("null")), QString());
    QCOMPARE(BsaleJsonReader::toText(val("{}")), QString());
}

void TestBsaleParser::relationIdsFromNodesOrBareValues()
{
    QCOMPARE(BsaleJsonReader::toRelationId(val(R"({"href":"https:\/\/x/v1/variants/3960.json","id":"3960"})")),
             std::optional<int>(3960));
    QCOMPARE(BsaleJsonReader::toRelationId(val(R"({"id":3960})")), std::optional<int>(3960));
    QCOMPARE(BsaleJsonReader::toRelationId(val("3960")), std::optional<int>(3960));
    QCOMPARE(BsaleJsonReader::toRelationId(val("\"3960\"")), std::optional<int>(3960));
    QVERIFY(!BsaleJsonReader::toRelationId(val(R"({"href":"https:\/\/x/v1/variants.json"})")));
}

void TestBsaleParser::envelopeReadsCountAndItems()
{
    const auto page = BsaleParser::envelope(
        obj(R"({"href":"h","count":"868","limit":3,"offset":6,"items":[{"id":1},{"id":"2"},{"id":3}]})"));
    QVERIFY2(page.ok(), qPrintable(page.error().detail()));
    QCOMPARE(page.value().count, 868);
    QCOMPARE(page.value().limit, 3);
    QCOMPARE(page.value().offset, 6);
    QCOMPARE(page.value().items.size(), 3);

    const auto bare = BsaleParser::envelope(obj(R"({"items":[]})"));
    QVERIFY(bare.ok());
    QCOMPARE(bare.value().count, -1);
    QCOMPARE(bare.value().limit, 0);
    QCOMPARE(bare.value().offset, 0);
}

void TestBsaleParser::envelopeIgnoresNext()
{
    // `next` is never read, whatever it holds.
    const auto page = BsaleParser::envelope(obj(R"({"count":1,"items":[{"id":1}],"next":{"evil":true}})"));
    QVERIFY(page.ok());
    QCOMPARE(page.value().items.size(), 1);
}

void TestBsaleParser::envelopeRejectsBadItems()
{
    const auto missing = BsaleParser::envelope(obj(R"({"count":3})"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind(), ApiError::Kind::MalformedJson);
    QVERIFY(missing.error().detail().contains(u"'items'"_s));
    QVERIFY(!missing.error().retryable());

    const auto notArray = BsaleParser::envelope(obj(R"({"items":{"id":1}})"));
    QVERIFY(!notArray.ok());

    const auto scalar = BsaleParser::envelope(obj(R"({"items":[{"id":1},5]})"));
    QVERIFY(!scalar.ok());
    QVERIFY2(scalar.error().detail().contains(u"item 1"_s), qPrintable(scalar.error().detail()));

    // One bad item fails the whole page: a silently dropped variant would look deleted.
    const auto page =
        BsaleParser::page<puente::BsaleVariant>(obj(R"({"items":[{"id":1},{"code":"X"}]})"), &BsaleParser::variant);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().detail(), u"bsale variant: missing or invalid 'id'"_s);
}

void TestBsaleParser::countAnswer()
{
    QCOMPARE(BsaleParser::count(obj(R"({"count":42})")).value(), 42);
    QCOMPARE(BsaleParser::count(obj(R"({"count":"42"})")).value(), 42);
    QVERIFY(!BsaleParser::count(obj(R"({"count":-1})")).ok());
    QVERIFY(!BsaleParser::count(obj(R"({"total":42})")).ok());
}

void TestBsaleParser::nonObjectDocumentIsMalformed()
{
    const auto array = BsaleParser::object(QJsonDocument(QJsonArray {1, 2}), u"variant"_s);
    QVERIFY(!array.ok());
    QCOMPARE(array.error().kind(), ApiError::Kind::MalformedJson);
    QVERIFY(array.error().detail().contains(u"variant"_s));
    QVERIFY(!BsaleParser::object(QJsonDocument(), u"x"_s).ok());
}

void TestBsaleParser::officeWithNulls()
{
    const auto office = BsaleParser::office(obj(
        R"({"href":"h","id":2,"name":"Bodega Sur","address":"Los Aromos 55","country":null,"municipality":"Ñuñoa",
            "city":null,"isVirtual":"1","state":0})"));
    QVERIFY(office.ok());
    QCOMPARE(office.value().id, 2);
    QCOMPARE(office.value().name, u"Bodega Sur"_s);
    QCOMPARE(office.value().municipality, u"Ñuñoa"_s);
    QCOMPARE(office.value().city, QString());
    QVERIFY(office.value().isVirtual);
}

void TestBsaleParser::variantWithRelationProduct()
{
    const auto v = BsaleParser::variant(
        obj(R"({"href":"h","id":77,"description":"500 ML","unlimitedStock":0,"allowNegativeStock":1,"state":0,
                "barCode":"7801234567890","code":"SKU-77","serialNumber":0,
                "product":{"href":"https:\/\/x/v1/products/12.json","id":"12"},
                "attribute_values":{"href":"a"},"costs":{"href":"c"}})"));
    QVERIFY2(v.ok(), qPrintable(v.error().detail()));
    QCOMPARE(v.value().id, 77);
    QCOMPARE(v.value().productId, 12);
    QCOMPARE(v.value().code, u"SKU-77"_s);
    QCOMPARE(v.value().barCode, u"7801234567890"_s);
    QVERIFY(!v.value().unlimitedStock);
    QVERIFY(v.value().allowNegativeStock);
    QVERIFY(!v.value().product.has_value());
}

void TestBsaleParser::variantWithExpandedProduct()
{
    const auto v = BsaleParser::variant(obj(R"({"id":"78","code":"A","product":{"id":13,"name":"Polera",
        "classification":0,"product_type":{"href":"t","id":"4"},"brandId":9,"stockControl":1,"state":0}})"));
    QVERIFY(v.ok());
    QCOMPARE(v.value().id, 78);
    QCOMPARE(v.value().productId, 13);
    QVERIFY(v.value().product.has_value());
    QCOMPARE(v.value().product->name, u"Polera"_s);
    QCOMPARE(v.value().product->productTypeId, 4);
    QCOMPARE(v.value().product->brandId, 9);
}

void TestBsaleParser::variantWithNumericCodes()
{
    // The POST answer shows auto-generated codes as numbers.
    const auto v = BsaleParser::variant(obj(R"({"id":5,"code":1462527931,"barCode":1462527932})"));
    QVERIFY(v.ok());
    QCOMPARE(v.value().code, u"1462527931"_s);
    QCOMPARE(v.value().barCode, u"1462527932"_s);
}

void TestBsaleParser::stockFloatsAndStringIds()
{
    const auto s =
        BsaleParser::stock(obj(R"({"href":"h","id":1442,"quantity":5.0,"quantityReserved":1.5,"quantityAvailable":-0.5,
                "variant":{"href":"v","id":"3960"},"office":{"href":"o","id":"1"}})"));
    QVERIFY(s.ok());
    QCOMPARE(s.value().variantId, 3960);
    QCOMPARE(s.value().officeId, 1);
    QCOMPARE(s.value().quantity, 5.0);
    QCOMPARE(s.value().quantityReserved, 1.5);
    QCOMPARE(s.value().quantityAvailable, -0.5);

    // Without quantityAvailable it is derived; numbers may be strings.
    const auto derived = BsaleParser::stock(
        obj(R"({"id":1,"quantity":"10.0","quantityReserved":"4","variant":{"id":2},"office":{"id":3}})"));
    QVERIFY(derived.ok());
    QCOMPARE(derived.value().quantityAvailable, 6.0);
}

void TestBsaleParser::stockWithoutOfficeFails()
{
    const auto s = BsaleParser::stock(obj(R"({"id":1,"quantity":1,"variant":{"id":"2"}})"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().detail(), u"bsale stock: missing or invalid 'office'"_s);
}

void TestBsaleParser::priceListIdIsAString()
{
    const auto l = BsaleParser::priceList(obj(R"({"id":"3","name":"Mayorista","state":0,"coin":{"id":"1"}})"));
    QVERIFY(l.ok());
    QCOMPARE(l.value().id, 3);
    QCOMPARE(l.value().name, u"Mayorista"_s);
}

void TestBsaleParser::priceDetailNetAndGross()
{
    const auto d = BsaleParser::priceDetail(
        obj(R"({"id":663,"variantValue":25000.23,"variantValueWithTaxes":29750.0,"variant":{"id":"388"}})"));
    QVERIFY(d.ok());
    QCOMPARE(d.value().variantId, 388);
    QCOMPARE(d.value().variantValue, 25000.23);
    QCOMPARE(d.value().variantValueWithTaxes, 29750);
}

void TestBsaleParser::taxPercentageString()
{
    const auto t = BsaleParser::tax(
        obj(R"({"id":1,"name":"IVA","percentage":"19.0","forAllProducts":1,"ledgerAccount":null,"code":"14"})"));
    QVERIFY(t.ok());
    QCOMPARE(t.value().percentage, 19.0);
    QCOMPARE(t.value().code, u"14"_s);
    QVERIFY(t.value().forAllProducts);
}

void TestBsaleParser::documentTypeCodeSiiStringOrInt()
{
    const auto note = BsaleParser::documentType(
        obj(R"({"id":9,"name":"NOTA CREDITO ELECTRONICA","codeSii":"61","use":1,"isCreditNote":1,
                "isElectronicDocument":1,"state":0})"));
    QVERIFY(note.ok());
    QCOMPARE(note.value().codeSii, u"61"_s);
    QCOMPARE(note.value().use, int(puente::BsaleDocumentType::Return));
    QVERIFY(note.value().isCreditNote);
    QVERIFY(note.value().isElectronicDocument);

    const auto boleta = BsaleParser::documentType(obj(R"({"id":1,"codeSii":39})"));
    QCOMPARE(boleta.value().codeSii, u"39"_s);
    const auto salesNote = BsaleParser::documentType(obj(R"({"id":2,"codeSii":"","isSalesNote":1})"));
    QCOMPARE(salesNote.value().codeSii, QString());
    QVERIFY(salesNote.value().isSalesNote);
}

void TestBsaleParser::paymentType()
{
    const auto t = BsaleParser::paymentType(obj(R"({"id":4,"name":"Efectivo","isCash":1,"state":0})"));
    QVERIFY(t.ok());
    QVERIFY(t.value().isCash);
    QCOMPARE(t.value().name, u"Efectivo"_s);
}

void TestBsaleParser::customer()
{
    const auto c = BsaleParser::customer(
        obj(R"({"id":6098,"code":"76555835-2","company":"Comercial Los Andes SpA","activity":"Venta al por menor",
                "municipality":"Providencia","city":"Santiago","address":"Av. Siempre Viva 123",
                "maxCredit":"10000.0","companyOrPerson":1,"pointsUpdated":null})"));
    QVERIFY(c.ok());
    QCOMPARE(c.value().code, u"76555835-2"_s);
    QCOMPARE(c.value().company, u"Comercial Los Andes SpA"_s);
    QVERIFY(c.value().companyOrPerson);
}

void TestBsaleParser::productTypeAndAttributeOptions()
{
    const auto t = BsaleParser::productType(obj(R"({"id":"5","name":"Consolas","isEditable":1,"state":0})"));
    QVERIFY(t.ok());
    QCOMPARE(t.value().id, 5);
    const auto a =
        BsaleParser::attribute(obj(R"({"id":46,"name":"Marca","isMandatory":1,"generateVariantName":0,"hasOptions":1,
                "options":"Nintendo| Microsoft||Sony ","state":0})"));
    QVERIFY(a.ok());
    QCOMPARE(a.value().options, (QStringList {u"Nintendo"_s, u"Microsoft"_s, u"Sony"_s}));
    QVERIFY(a.value().isMandatory);
    QVERIFY(!a.value().generateVariantName);
}

void TestBsaleParser::attributeValueShapes()
{
    const auto node =
        BsaleParser::attributeValue(obj(R"({"id":3,"description":"XL","attribute":{"href":"a","id":"46"}})"));
    QCOMPARE(node.value().attributeId, 46);
    QCOMPARE(node.value().description, u"XL"_s);
    const auto flat = BsaleParser::attributeValue(obj(R"({"id":4,"description":"Rojo","attributeId":"47"})"));
    QCOMPARE(flat.value().attributeId, 47);
}

void TestBsaleParser::productFields()
{
    const auto p = BsaleParser::product(obj(R"({"id":656,"name":"Shampoo","classification":"1","stockControl":0,
        "product_type":{"id":"2"},"state":1})"));
    QVERIFY(p.ok());
    QCOMPARE(p.value().classification, int(puente::BsaleProduct::Service));
    QVERIFY(!p.value().stockControl);
    QCOMPARE(p.value().productTypeId, 2);
    QCOMPARE(p.value().state, 1);
    // stockControl defaults to true when Bsale leaves it out.
    QVERIFY(BsaleParser::product(obj(R"({"id":1})")).value().stockControl);
}

void TestBsaleParser::documentTotalsAndLinks()
{
    const auto d = BsaleParser::document(obj(R"({
        "href":"h","id":8135,"emissionDate":1704067200,"generationDate":1704100000,"number":732,
        "totalAmount":27891.0,"netAmount":23438.0,"taxAmount":4453.0,"exemptAmount":0.0,
        "urlPublicView":"https:\/\/app/view/1/abc","urlPdf":"https:\/\/app/view/1/abc.pdf","urlXml":"https:\/\/api/x.xml",
        "token":"2414bddfb871","state":0,"salesId":null,"informedSii":0,
        "document_type":{"href":"t","id":"5"},"client":{"href":"c","id":"6098"},"office":{"href":"o","id":"1"},
        "details":{"href":"https:\/\/api/v1/documents/8135/details.json"}})"));
    QVERIFY2(d.ok(), qPrintable(d.error().detail()));
    const auto &doc = d.value();
    QCOMPARE(doc.id, 8135);
    QCOMPARE(doc.number, 732);
    QCOMPARE(doc.totalAmount, 27891);
    QCOMPARE(doc.netAmount, 23438);
    QCOMPARE(doc.taxAmount, 4453);
    QCOMPARE(doc.exemptAmount, 0);
    QCOMPARE(doc.documentTypeId, 5);
    QCOMPARE(doc.clientId, 6098);
    QCOMPARE(doc.officeId, 1);
    QCOMPARE(doc.salesId, QString());
    QCOMPARE(doc.token, u"2414bddfb871"_s);
    QCOMPARE(doc.urlPdf, u"https://app/view/1/abc.pdf"_s);
    QCOMPARE(doc.detailCount, -1);
    QVERIFY(!doc.detailsComplete());
}

void TestBsaleParser::documentExpandedDetails()
{
    const auto d = BsaleParser::document(obj(R"({"id":1,"number":"10","salesId":"puente-7",
        "details":{"href":"h","count":3,"limit":25,"offset":0,"items":[
          {"id":11,"lineNumber":1,"quantity":2.0,"netUnitValue":5882.35,"netAmount":11765,"taxAmount":2235,
           "totalAmount":14000,"variant":{"href":"v","id":99,"description":"Azul","code":"SKU-99"}},
          {"id":12,"lineNumber":2,"quantity":1.0,"netUnitValue":100,"variant":{"href":"v","id":"100"}}]}})"));
    QVERIFY2(d.ok(), qPrintable(d.error().detail()));
    QCOMPARE(d.value().number, 10);
    QCOMPARE(d.value().salesId, u"puente-7"_s);
    QCOMPARE(d.value().details.size(), 2);
    QCOMPARE(d.value().detailCount, 3);
    QVERIFY(!d.value().detailsComplete()); // 3 lines, 2 given
    const auto &line = d.value().details.first();
    QCOMPARE(line.id, 11);
    QCOMPARE(line.variantId, 99);
    QCOMPARE(line.variantCode, u"SKU-99"_s);
    QCOMPARE(line.quantity, 2.0);
    QCOMPARE(line.netUnitValue, 5882.35);
    QCOMPARE(line.totalAmount, 14000);
    QCOMPARE(d.value().details.at(1).variantId, 100);

    const auto free = BsaleParser::document(
        obj(R"({"id":2,"details":{"count":1,"items":[{"id":13,"quantity":1,"netUnitValue":500}]}})"));
    QVERIFY(free.ok());
    QCOMPARE(free.value().details.first().variantId, 0); // a free-text line
    QVERIFY(free.value().detailsComplete());
}

void TestBsaleParser::documentBadDetailFails()
{
    const auto d = BsaleParser::document(obj(R"({"id":1,"details":{"items":[{"quantity":1}]}})"));
    QVERIFY(!d.ok());
    QCOMPARE(d.error().detail(), u"bsale document detail: missing or invalid 'id'"_s);
}

void TestBsaleParser::returnRecord()
{
    const auto r = BsaleParser::returnRecord(obj(R"({"credit_note":{"href":"h","id":"11539"},
        "reference_document":{"href":"h","id":"11528"},"amount":6490,"code":"140745397411","type":1,"editTexts":0,
        "href":"h","returnDate":1407384000,"office":{"id":"1"},"motive":"cambio de talla","priceAdjustment":0,"id":71})"));
    QVERIFY(r.ok());
    QCOMPARE(r.value().id, 71);
    QCOMPARE(r.value().creditNoteId, 11539);
    QCOMPARE(r.value().referenceDocumentId, 11528);
    QCOMPARE(r.value().amount, 6490);
    QCOMPARE(r.value().code, u"140745397411"_s);
    QCOMPARE(r.value().motive, u"cambio de talla"_s);
}

void TestBsaleParser::receptionAndConsumption()
{
    const auto r = BsaleParser::reception(obj(R"({"admissionDate":1407297600,"id":831,"details":{"href":"d"},
        "document":"Guía","documentNumber":123,"office":{"href":"o","id":"1"},"note":"ingreso"})"));
    QVERIFY(r.ok());
    QCOMPARE(r.value().documentNumber, u"123"_s);
    QCOMPARE(r.value().officeId, 1);
    QCOMPARE(r.value().admissionDate, 1407297600);
    QVERIFY(r.value().details.isEmpty());

    const auto c = BsaleParser::consumption(obj(R"({"office":{"id":"2"},"consumptionDate":1407297600,"id":593,
        "note":"merma","details":{"count":1,"items":[{"id":1,"quantity":"13","variant":{"id":"629"},
        "variantStock":7.0,"serialNumber":null}]}})"));
    QVERIFY(c.ok());
    QCOMPARE(c.value().officeId, 2);
    QCOMPARE(c.value().details.size(), 1);
    QCOMPARE(c.value().details.first().variantId, 629);
    QCOMPARE(c.value().details.first().quantity, 13.0);

    const auto detail = BsaleParser::movementDetail(obj(R"({"id":1,"quantity":1})"));
    QCOMPARE(detail.error().detail(), u"bsale movement detail: missing or invalid 'variant'"_s);
}

void TestBsaleParser::missingIdIsNamed_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("detail");
    const auto check = [](const char *name, const ApiError &error, const QString &what) {
        QTest::newRow(name) << what << error.detail();
    };
    const QJsonObject empty = obj(R"({"name":"x","id":"abc"})");
    check("office", BsaleParser::office(empty).error(), u"office"_s);
    check("variant", BsaleParser::variant(empty).error(), u"variant"_s);
    check("product", BsaleParser::product(empty).error(), u"product"_s);
    check("stock", BsaleParser::stock(empty).error(), u"stock"_s);
    check("document", BsaleParser::document(empty).error(), u"document"_s);
    check("return", BsaleParser::returnRecord(empty).error(), u"return"_s);
    check("reception", BsaleParser::reception(empty).error(), u"reception"_s);
    check("client", BsaleParser::customer(empty).error(), u"client"_s);
    check("tax", BsaleParser::tax(empty).error(), u"tax"_s);
}

void TestBsaleParser::missingIdIsNamed()
{
    QFETCH(QString, what);
    QFETCH(QString, detail);
    QCOMPARE(detail, u"bsale %1: missing or invalid 'id'"_s.arg(what));
}

void TestBsaleParser::garbageNeverCrashes()
{
    // Every field with the wrong type: parsers must type-check, not assume.
    const QJsonObject garbage = obj(R"({"id":[1],"name":{"a":1},"code":[],"quantity":"lots","variant":[1,2],
        "office":"x","details":{"items":"no"},"product":{"name":[]},"count":{"n":1},"items":[null,1,"a"],
        "totalAmount":"1e999","number":1e300,"state":"inactive","options":7,"percentage":{}})");
    QVERIFY(!BsaleParser::office(garbage).ok());
    QVERIFY(!BsaleParser::variant(garbage).ok());
    QVERIFY(!BsaleParser::stock(garbage).ok());
    QVERIFY(!BsaleParser::document(garbage).ok());
    QVERIFY(!BsaleParser::envelope(garbage).ok());
    QVERIFY(!BsaleParser::count(garbage).ok());
    QVERIFY(!BsaleParser::attribute(garbage).ok());
    QVERIFY(!BsaleParser::reception(garbage).ok());

    // The same with a usable id: the rest defaults instead of failing or crashing.
    QJsonObject withId = garbage;
    withId.insert(u"id"_s, 1);
    const auto variant = BsaleParser::variant(withId);
    QVERIFY(variant.ok());
    QCOMPARE(variant.value().code, QString());
    QVERIFY(!variant.value().product.has_value());
    const auto document = BsaleParser::document(withId);
    QVERIFY(!document.ok()); // "details.items" is not a list
    withId.remove(u"details"_s);
    QVERIFY(BsaleParser::document(withId).ok());
    QCOMPARE(BsaleParser::document(withId).value().number, 0);
    QCOMPARE(BsaleParser::document(withId).value().totalAmount, 0);
}

QTEST_GUILESS_MAIN(TestBsaleParser)
#include "tst_bsaleparser.moc"
