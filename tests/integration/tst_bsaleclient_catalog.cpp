// BsaleClient against FakeBsale over loopback: the setup and catalogue endpoints, paging, the
// connection check and Bsale's type quirks (string relation ids, "19.0", float quantities).
#include <QtCore/QSet>
#include <QtTest/QTest>

#include "BsaleClientHarness.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;
using puente::test::BsaleClientHarness;

class TestBsaleClientCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void checkConnectionWithGoodToken();
    void checkConnectionWithBadToken();
    void setupLists();
    void variantsPageUntilCountWithoutFollowingNext();
    void variantsByCode();
    void variantAndProductById();
    void variantAttributeValues();
    void productTypesWithAttributes();
    void productsByType();
    void stocksWithStringIds();
    void stocksPerVariant();
    void priceListDetails();
    void counts();
    void clientsFindAndCreate();
    void emptyListIsOneRequest();

private:
    std::unique_ptr<BsaleClientHarness> h;
};

void TestBsaleClientCatalog::init()
{
    h = std::make_unique<BsaleClientHarness>();
    QVERIFY(h->port != 0);
}

void TestBsaleClientCatalog::cleanup()
{
    h.reset();
}

void TestBsaleClientCatalog::checkConnectionWithGoodToken()
{
    std::optional<BsaleConnectionCheck> check;
    h->client->checkConnection(h->context(), [&check](const BsaleConnectionCheck &c) { check = c; });
    QVERIFY(h->pump([&check] { return check.has_value(); }));
    QVERIFY2(check->ok(), qPrintable(check->error.toString()));
    QVERIFY(check->tokenAccepted);
    QCOMPARE(check->offices.size(), 1);
    QCOMPARE(check->offices.first().id, h->basics.officeId);
    QCOMPARE(check->offices.first().name, u"Casa Matriz"_s);
    QVERIFY(check->offices.first().isVirtual);
    QCOMPARE(check->priceLists.size(), 1);
    QCOMPARE(check->priceLists.first().id, h->basics.priceListId); // a string id in the JSON
    QStringList codes;
    for (const auto &type : check->documentTypes)
        codes << type.codeSii;
    QCOMPARE(codes, (QStringList {u"39"_s, u"33"_s, u"61"_s}));
}

void TestBsaleClientCatalog::checkConnectionWithBadToken()
{
    h->client->setAccessToken("not-the-right-token");
    std::optional<BsaleConnectionCheck> check;
    h->client->checkConnection(h->context(), [&check](const BsaleConnectionCheck &c) { check = c; });
    QVERIFY(h->pump([&check] { return check.has_value(); }));
    QVERIFY(!check->ok());
    QVERIFY(!check->tokenAccepted);
    QCOMPARE(check->error.kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(check->error.httpStatus(), 401);
    QCOMPARE(check->error.serverMessage(), u"Sorry, this request can not be authenticated"_s);
    QVERIFY(check->offices.isEmpty());
    QCOMPARE(h->fake.requestCount(), 1); // stopped at the first answer, not retried
}

void TestBsaleClientCatalog::setupLists()
{
    const auto taxes = h->wait<QList<BsaleTax>>([this](auto done) { h->client->taxes(h->context(), done); });
    QVERIFY(taxes && taxes->ok());
    QCOMPARE(taxes->value().size(), 1);
    QCOMPARE(taxes->value().first().id, h->basics.ivaTaxId);
    QCOMPARE(taxes->value().first().percentage, 19.0); // "19.0" on the wire
    QCOMPARE(taxes->value().first().code, u"14"_s);

    const auto payments =
        h->wait<QList<BsalePaymentType>>([this](auto done) { h->client->paymentTypes(h->context(), done); });
    QVERIFY(payments && payments->ok());
    QCOMPARE(payments->value().size(), 2);
    QCOMPARE(payments->value().first().id, h->basics.cashPaymentTypeId);
    QVERIFY(payments->value().first().isCash);

    const auto types =
        h->wait<QList<BsaleDocumentType>>([this](auto done) { h->client->documentTypes(h->context(), done); });
    QVERIFY(types && types->ok());
    const auto &note = types->value().at(2);
    QCOMPARE(note.id, h->basics.creditNoteTypeId);
    QCOMPARE(note.use, int(BsaleDocumentType::Return));
    QVERIFY(note.isCreditNote);

    const auto offices = h->wait<QList<BsaleOffice>>([this](auto done) { h->client->offices(h->context(), done); });
    QVERIFY(offices && offices->ok());
    QCOMPARE(offices->value().first().municipality, u"Providencia"_s);
    const auto lists = h->wait<QList<BsalePriceList>>([this](auto done) { h->client->priceLists(h->context(), done); });
    QVERIFY(lists && lists->ok());
    QCOMPARE(lists->value().first().name, u"Lista de precios base"_s);
}

void TestBsaleClientCatalog::variantsPageUntilCountWithoutFollowingNext()
{
    // Every href and `next` the fake writes points at a host that does not exist: following
    // `next` would fail the fetch.
    h->fake.setPublicOrigin(u"http://next.invalid:9"_s);
    QSet<int> seeded;
    for (int i = 0; i < 130; ++i)
        seeded.insert(h->addVariant(u"SKU-%1"_s.arg(i, 3, 10, QLatin1Char('0'))));
    QList<QPair<qint64, qint64>> progress;
    const auto variants = h->wait<QList<BsaleVariant>>([this, &progress](auto done) {
        h->client->variants({}, h->context(), done, [&progress](qint64 so, qint64 total) {
            progress.append({so, total});
        });
    });
    QVERIFY(variants);
    QVERIFY2(variants->ok(), qPrintable(variants->error().toString()));
    QCOMPARE(variants->value().size(), 130);
    QSet<int> arrived;
    for (const auto &variant : variants->value()) {
        QVERIFY2(!arrived.contains(variant.id), "a variant arrived twice");
        arrived.insert(variant.id);
        QVERIFY(variant.product.has_value()); // expand=[product]
        QCOMPARE(variant.product->id, variant.productId);
        QCOMPARE(variant.product->name, u"Producto "_s + variant.code);
    }
    QCOMPARE(arrived, seeded);
    QCOMPARE(progress, (QList<QPair<qint64, qint64>> {{50, 130}, {100, 130}, {130, 130}}));

    const auto requests = h->requestsTo(u"/v1/variants.json"_s);
    QCOMPARE(requests.size(), 3);
    QStringList offsets;
    for (const auto &request : requests) {
        offsets << request.queryValue(u"offset"_s);
        QCOMPARE(request.queryValue(u"limit"_s), u"50"_s);
        QCOMPARE(request.queryValue(u"expand"_s), u"[product]"_s);
        QVERIFY(!request.url.toString().contains(u"next.invalid"_s));
        QVERIFY(!request.query.hasQueryItem(u"access_token"_s)); // the token only in the header
        QCOMPARE(request.header("access_token"), QByteArray(BsaleClientHarness::kToken));
    }
    QCOMPARE(offsets, (QStringList {u"0"_s, u"50"_s, u"100"_s}));
    QCOMPARE(h->fake.requestCount(), 3);
}

void TestBsaleClientCatalog::variantsByCode()
{
    h->addVariant(u"A-1"_s);
    const int wanted = h->addVariant(u"B-2"_s);
    BsaleVariantFilter filter;
    filter.code = u"B-2"_s;
    filter.state = 0;
    const auto variants =
        h->wait<QList<BsaleVariant>>([this, &filter](auto done) { h->client->variants(filter, h->context(), done); });
    QVERIFY(variants && variants->ok());
    QCOMPARE(variants->value().size(), 1);
    QCOMPARE(variants->value().first().id, wanted);
    QCOMPARE(variants->value().first().barCode, u"780B-2"_s);
    const auto request = h->requestsTo(u"/v1/variants.json"_s).first();
    QCOMPARE(request.queryValue(u"code"_s), u"B-2"_s);
    QCOMPARE(request.queryValue(u"state"_s), u"0"_s);
}

void TestBsaleClientCatalog::variantAndProductById()
{
    fakes::bsale::Product product;
    product.name = u"Cafetera"_s;
    product.classification = 0;
    product.brandId = 7;
    const int productId = h->fake.addProduct(product);
    fakes::bsale::Variant seeded;
    seeded.productId = productId;
    seeded.code = u"CAF-1"_s;
    seeded.description = u"Roja"_s;
    seeded.unlimitedStock = 1;
    seeded.serialNumber = 1;
    const int variantId = h->fake.addVariant(seeded);

    const auto variant =
        h->wait<BsaleVariant>([this, variantId](auto done) { h->client->variant(variantId, h->context(), done); });
    QVERIFY(variant && variant->ok());
    QCOMPARE(variant->value().id, variantId);
    QCOMPARE(variant->value().productId, productId);
    QCOMPARE(variant->value().description, u"Roja"_s);
    QVERIFY(variant->value().unlimitedStock);
    QVERIFY(variant->value().serialNumber);
    QCOMPARE(variant->value().product->name, u"Cafetera"_s);

    const auto read =
        h->wait<BsaleProduct>([this, productId](auto done) { h->client->product(productId, h->context(), done); });
    QVERIFY(read && read->ok());
    QCOMPARE(read->value().name, u"Cafetera"_s);
    QCOMPARE(read->value().brandId, 7);

    const auto missing = h->wait<BsaleVariant>([this](auto done) { h->client->variant(99999, h->context(), done); });
    QVERIFY(missing && !missing->ok());
    QCOMPARE(missing->error().kind(), ApiError::Kind::NotFound);
    QCOMPARE(missing->error().serverMessage(), u"not found"_s);
}

void TestBsaleClientCatalog::variantAttributeValues()
{
    const int typeId = h->fake.addProductType({0, u"Poleras"_s, 1, 0, {}});
    const int size = h->fake.addAttribute({0, typeId, u"Talla"_s, 1, 1, 1, u"S|M|L"_s, 0});
    const int color = h->fake.addAttribute({0, typeId, u"Color"_s, 0, 1, 0, {}, 0});
    fakes::bsale::Product product;
    product.name = u"Polera"_s;
    product.productTypeId = typeId;
    fakes::bsale::Variant seeded;
    seeded.productId = h->fake.addProduct(product);
    seeded.code = u"POL-M-AZ"_s;
    const int variantId = h->fake.addVariant(seeded, {{size, u"M"_s}, {color, u"Azul"_s}});

    const auto values = h->wait<QList<BsaleAttributeValue>>(
        [this, variantId](auto done) { h->client->variantAttributeValues(variantId, h->context(), done); });
    QVERIFY(values && values->ok());
    QCOMPARE(values->value().size(), 2);
    QCOMPARE(values->value().at(0).attributeId, size);
    QCOMPARE(values->value().at(0).description, u"M"_s);
    QCOMPARE(values->value().at(1).attributeId, color);
    QCOMPARE(values->value().at(1).description, u"Azul"_s);
}

void TestBsaleClientCatalog::productTypesWithAttributes()
{
    const int shirts = h->fake.addProductType({0, u"Poleras"_s, 1, 0, {}});
    const int games = h->fake.addProductType({0, u"Consolas"_s, 1, 0, {}});
    h->fake.addAttribute({0, shirts, u"Talla"_s, 1, 1, 1, u"S|M|L"_s, 0});
    h->fake.addAttribute({0, games, u"Marca"_s, 0, 0, 1, u"Nintendo|Sony"_s, 0});
    const auto types =
        h->wait<QList<BsaleProductType>>([this](auto done) { h->client->productTypes(true, h->context(), done); });
    QVERIFY(types && types->ok());
    QCOMPARE(types->value().size(), 2);
    const auto &first = types->value().at(0);
    QCOMPARE(first.id, shirts);
    QCOMPARE(first.attributes.size(), 1);
    QCOMPARE(first.attributes.first().productTypeId, shirts);
    QCOMPARE(first.attributes.first().options, (QStringList {u"S"_s, u"M"_s, u"L"_s}));
    QVERIFY(first.attributes.first().generateVariantName);
    QCOMPARE(types->value().at(1).attributes.first().name, u"Marca"_s);
    QCOMPARE(h->fake.requestCount(), 3); // the list, then one attribute list per type

    const auto bare =
        h->wait<QList<BsaleProductType>>([this](auto done) { h->client->productTypes(false, h->context(), done); });
    QVERIFY(bare && bare->ok());
    QVERIFY(bare->value().first().attributes.isEmpty());
}

void TestBsaleClientCatalog::productsByType()
{
    const int typeId = h->fake.addProductType({0, u"Tazas"_s, 1, 0, {}});
    for (int i = 0; i < 3; ++i) {
        fakes::bsale::Product product;
        product.name = u"Taza %1"_s.arg(i);
        product.productTypeId = i < 2 ? typeId : 0;
        h->fake.addProduct(product);
    }
    BsaleProductFilter filter;
    filter.productTypeId = typeId;
    const auto products =
        h->wait<QList<BsaleProduct>>([this, &filter](auto done) { h->client->products(filter, h->context(), done); });
    QVERIFY(products && products->ok());
    QCOMPARE(products->value().size(), 2);
    QCOMPARE(products->value().first().productTypeId, typeId);
}

void TestBsaleClientCatalog::stocksWithStringIds()
{
    const int a = h->addVariant(u"A"_s);
    const int b = h->addVariant(u"B"_s);
    fakes::bsale::Office second;
    second.name = u"Bodega"_s;
    const int otherOffice = h->fake.addOffice(second);
    h->fake.setStock(a, h->basics.officeId, 10, 2.5);
    h->fake.setStock(b, h->basics.officeId, 3);
    h->fake.setStock(a, otherOffice, 99);

    BsaleStockFilter filter;
    filter.officeId = h->basics.officeId;
    const auto stocks =
        h->wait<QList<BsaleStock>>([this, &filter](auto done) { h->client->stocks(filter, h->context(), done); });
    QVERIFY(stocks && stocks->ok());
    QCOMPARE(stocks->value().size(), 2);
    // The JSON carries the variant and office ids as strings ("variant":{"id":"12"}).
    const auto raw = h->requestsTo(u"/v1/stocks.json"_s);
    QCOMPARE(raw.first().queryValue(u"officeid"_s), QString::number(h->basics.officeId));
    const BsaleStock &first = stocks->value().first();
    QCOMPARE(first.variantId, a);
    QCOMPARE(first.officeId, h->basics.officeId);
    QCOMPARE(first.quantity, 10.0);
    QCOMPARE(first.quantityReserved, 2.5);
    QCOMPARE(first.quantityAvailable, 7.5);
    QCOMPARE(stocks->value().at(1).variantId, b);

    const auto everywhere =
        h->wait<QList<BsaleStock>>([this](auto done) { h->client->stocks({}, h->context(), done); });
    QVERIFY(everywhere && everywhere->ok());
    QCOMPARE(everywhere->value().size(), 3);
}

void TestBsaleClientCatalog::stocksPerVariant()
{
    const int a = h->addVariant(u"A"_s, 4);
    h->addVariant(u"B"_s, 5);
    const int c = h->addVariant(u"C"_s, 6);
    BsaleStockFilter filter;
    filter.officeId = h->basics.officeId;
    filter.variantIds = {a, c};
    const auto stocks =
        h->wait<QList<BsaleStock>>([this, &filter](auto done) { h->client->stocks(filter, h->context(), done); });
    QVERIFY(stocks && stocks->ok());
    QCOMPARE(stocks->value().size(), 2);
    QCOMPARE(stocks->value().at(0).variantId, a);
    QCOMPARE(stocks->value().at(0).quantityAvailable, 4.0);
    QCOMPARE(stocks->value().at(1).variantId, c);
    const auto requests = h->requestsTo(u"/v1/stocks.json"_s);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).queryValue(u"variantid"_s), QString::number(a));
    QCOMPARE(requests.at(1).queryValue(u"variantid"_s), QString::number(c));
}

void TestBsaleClientCatalog::priceListDetails()
{
    const int a = h->addVariant(u"A"_s);
    const int b = h->addVariant(u"B"_s);
    h->fake.setPrice(h->basics.priceListId, a, 8403.36);
    h->fake.setPrice(h->basics.priceListId, b, 25000.23, 29750);
    const auto details = h->wait<QList<BsalePriceDetail>>(
        [this](auto done) { h->client->priceListDetails(h->basics.priceListId, 0, h->context(), done); });
    QVERIFY(details && details->ok());
    QCOMPARE(details->value().size(), 2);
    QCOMPARE(details->value().at(0).variantId, a);
    QCOMPARE(details->value().at(0).variantValue, 8403.36);
    QCOMPARE(details->value().at(0).variantValueWithTaxes, 10000);
    QCOMPARE(details->value().at(1).variantValue, 25000.23);
    QCOMPARE(details->value().at(1).variantValueWithTaxes, 29750);

    const auto one = h->wait<QList<BsalePriceDetail>>(
        [this, b](auto done) { h->client->priceListDetails(h->basics.priceListId, b, h->context(), done); });
    QVERIFY(one && one->ok());
    QCOMPARE(one->value().size(), 1);
    QCOMPARE(one->value().first().variantId, b);
}

void TestBsaleClientCatalog::counts()
{
    for (int i = 0; i < 7; ++i)
        h->addVariant(u"V%1"_s.arg(i));
    const auto variants = h->wait<qint64>(
        [this](auto done) { h->client->count(BsaleClient::Countable::Variants, 0, h->context(), done); });
    QVERIFY(variants && variants->ok());
    QCOMPARE(variants->value(), 7);
    QCOMPARE(h->requestsTo(u"/v1/variants/count.json"_s).first().queryValue(u"state"_s), u"0"_s);
    const auto documents = h->wait<qint64>(
        [this](auto done) { h->client->count(BsaleClient::Countable::Documents, std::nullopt, h->context(), done); });
    QVERIFY(documents && documents->ok());
    QCOMPARE(documents->value(), 0);
    const auto types = h->wait<qint64>([this](auto done) {
        h->client->count(BsaleClient::Countable::DocumentTypes, std::nullopt, h->context(), done);
    });
    QCOMPARE(types->value(), 3);
}

void TestBsaleClientCatalog::clientsFindAndCreate()
{
    BsaleCustomer customer;
    customer.code = u"76555835-2"_s;
    customer.company = u"Comercial Los Andes SpA"_s;
    customer.activity = u"Venta al por menor"_s;
    customer.municipality = u"Providencia"_s;
    customer.city = u"Santiago"_s;
    customer.address = u"Av. Siempre Viva 123"_s;
    customer.email = u"pagos@losandes.cl"_s;
    customer.companyOrPerson = true;
    const auto created =
        h->wait<BsaleCustomer>([this, &customer](auto done) { h->client->createClient(customer, h->context(), done); });
    QVERIFY(created && created->ok());
    QVERIFY(created->value().id > 0);
    QCOMPARE(created->value().company, customer.company);
    QCOMPARE(h->requestsTo(u"/v1/clients.json"_s, "POST").size(), 1);

    const auto found =
        h->wait<QList<BsaleCustomer>>([this](auto done) { h->client->clients(u"76555835-2"_s, h->context(), done); });
    QVERIFY(found && found->ok());
    QCOMPARE(found->value().size(), 1);
    QCOMPARE(found->value().first().id, created->value().id);
    QCOMPARE(found->value().first().activity, u"Venta al por menor"_s);
    QCOMPARE(found->value().first().municipality, u"Providencia"_s);
    QVERIFY(found->value().first().companyOrPerson);
}

void TestBsaleClientCatalog::emptyListIsOneRequest()
{
    const auto found =
        h->wait<QList<BsaleCustomer>>([this](auto done) { h->client->clients(u"11111111-1"_s, h->context(), done); });
    QVERIFY(found && found->ok());
    QVERIFY(found->value().isEmpty());
    QCOMPARE(h->fake.requestCount(), 1);
}

QTEST_GUILESS_MAIN(TestBsaleClientCatalog)
#include "tst_bsaleclient_catalog.moc"
