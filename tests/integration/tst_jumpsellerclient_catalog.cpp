// JumpsellerClient against FakeJumpseller over loopback: store info and the connection check,
// the catalogue (paging, products, variants, search, categories, custom fields) and the writes
// (create product/category/variant, partial PUTs with absolute stock and price). Every body the
// client sends and every answer it parses is sampled for the FakeJumpsellerSchema test.
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>
#include <QtCore/QUrlQuery>
#include <QtTest/QTest>

#include "JumpsellerTestBench.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;
using puente::ApiError;
using puente::ApiResult;
using puente::JumpsellerCategory;
using puente::JumpsellerClient;
using puente::JumpsellerConnectionCheck;
using puente::JumpsellerCreatedProduct;
using puente::JumpsellerCustomFieldValue;
using puente::JumpsellerProduct;
using puente::JumpsellerProductChanges;
using puente::JumpsellerProductDraft;
using puente::JumpsellerProductStatus;
using puente::JumpsellerStoreInfo;
using puente::JumpsellerVariant;
using puente::JumpsellerVariantChanges;
using puente::JumpsellerVariantDraft;
using Kind = puente::ApiError::Kind;
namespace js = puente::fakes::jumpseller;

#define REQUIRE_OK(result)                                                                                             \
    do {                                                                                                               \
        QVERIFY2((result).has_value(), "no answer in time");                                                           \
        QVERIFY2((result)->ok(), qPrintable((result)->error().toString() + u" / "_s + (result)->error().detail()));    \
    } while (false)

class TestJumpsellerClientCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void storeInfoReadsTheWrappedStore();
    void checkConnectionAcceptsGoodCredentials();
    void checkConnectionRejectsBadCredentialsVerbatim();
    void checkConnectionWithoutCredentialsAsksForThem();
    void checkConnectionFailsWhenNobodyListens();
    void productCountIsTheStoreCount();
    void productsPageThroughEveryItemOnce();
    void productReadsEveryField();
    void missingProductIsNotFoundWithTheStoreMessage();
    void variantsOfAProduct();
    void productFieldsOfAProduct();
    void searchFindsBySku();
    void categoriesAndCreateCategory();
    void createProductThenVariantsThenReadsBack();
    void createProductSendsZeroStockNotTheApiDefault();
    void createProductReportsAFailedVariant();
    void createVariantAddsOneToAProduct();
    void updateProductStockIsAbsolute();
    void updateVariantStockAndPrice();
    void emptyChangesAreRefusedWithoutARequest();

private:
    int seedShirt();

    std::unique_ptr<JumpsellerTestBench> m_bench;
};

void TestJumpsellerClientCatalog::init()
{
    m_bench = std::make_unique<JumpsellerTestBench>(u"client-catalog"_s);
    QVERIFY(m_bench->start());
}

void TestJumpsellerClientCatalog::cleanup()
{
    // Every body the client sent must have a request schema in the spec (sampled and checked).
    const QStringList unsampled = m_bench->unsampledBodies();
    QVERIFY2(unsampled.isEmpty(), qPrintable(unsampled.join(u", "_s)));
    m_bench.reset();
}

int TestJumpsellerClientCatalog::seedShirt()
{
    const int clothing = m_bench->fake().addCategory(u"Ropa"_s);
    js::ProductSeed shirt;
    shirt.name = u"Polera Algodón"_s;
    shirt.sku = u"POL-001"_s;
    shirt.barcode = u"7800000000017"_s;
    shirt.brand = u"Andes"_s;
    shirt.description = u"<p>100% algodón</p>"_s;
    shirt.price = 12990.5;
    shirt.categoryIds = {clothing};
    shirt.customFields = {{u"Material"_s, u"Algodón"_s}};
    js::VariantSeed small;
    small.sku = u"POL-001-S-RO"_s;
    small.barcode = u"7800000000024"_s;
    small.stock = 4;
    small.options = {{u"Talla"_s, u"S"_s}, {u"Color"_s, u"Rojo"_s}};
    js::VariantSeed large;
    large.sku = u"POL-001-L-AZ"_s;
    large.price = 13990;
    large.stock = 0;
    large.stockUnlimited = true;
    large.options = {{u"Talla"_s, u"L"_s}, {u"Color"_s, u"Azul"_s}};
    shirt.variants = {small, large};
    return m_bench->fake().addProduct(shirt);
}

void TestJumpsellerClientCatalog::storeInfoReadsTheWrappedStore()
{
    js::StoreInfo store;
    store.name = u"Tienda Ñuñoa"_s;
    store.code = u"tienda-nunoa"_s;
    m_bench->fake().setStore(store);
    auto result =
        m_bench->run<JumpsellerStoreInfo>([&](auto done) { m_bench->client().storeInfo(m_bench->context(), done); });
    REQUIRE_OK(result);
    const JumpsellerStoreInfo &info = result->value();
    QCOMPARE(info.name, u"Tienda Ñuñoa"_s);
    QCOMPARE(info.code, u"tienda-nunoa"_s);
    QCOMPARE(info.currency, u"CLP"_s);
    QCOMPARE(info.timezone, u"America/Santiago"_s);
    QCOMPARE(info.hooksToken, store.hooksToken);
    // Basic auth, not the deprecated query parameters (§1.2).
    const auto requests = m_bench->requests("GET", u"/v1/store/info\\.json"_s);
    QCOMPARE(requests.size(), 1);
    const QByteArray expected =
        "Basic " + (m_bench->fake().login() + u':' + m_bench->fake().authToken()).toUtf8().toBase64();
    QCOMPARE(requests.first().header("authorization"), expected);
    QVERIFY(!requests.first().url.hasQuery());
}

void TestJumpsellerClientCatalog::checkConnectionAcceptsGoodCredentials()
{
    std::optional<JumpsellerConnectionCheck> check;
    m_bench->client().checkConnection(m_bench->context(), [&check](const JumpsellerConnectionCheck &c) { check = c; });
    QVERIFY(m_bench->pump([&check] { return check.has_value(); }));
    QVERIFY(check->accepted());
    QCOMPARE(check->outcome, JumpsellerConnectionCheck::Outcome::Accepted);
    QCOMPARE(check->store.code, m_bench->fake().store().code);
    QCOMPARE(check->error.kind(), Kind::None);
}

void TestJumpsellerClientCatalog::checkConnectionRejectsBadCredentialsVerbatim()
{
    m_bench->client().setCredentials(m_bench->fake().login(), u"ffffffffffffffffffffffffffffffff"_s);
    std::optional<JumpsellerConnectionCheck> check;
    m_bench->client().checkConnection(m_bench->context(), [&check](const JumpsellerConnectionCheck &c) { check = c; });
    QVERIFY(m_bench->pump([&check] { return check.has_value(); }));
    QCOMPARE(check->outcome, JumpsellerConnectionCheck::Outcome::Rejected);
    QCOMPARE(check->error.kind(), Kind::Unauthorized);
    QCOMPARE(check->error.httpStatus(), 401);
    QCOMPARE(check->error.serverMessage(), u"Unauthorized: invalid login/authtoken or access token."_s);
    QVERIFY(!check->error.retryable());
    QCOMPARE(m_bench->requests("GET", u"/store/info"_s).size(), 1); // a 401 is never retried
}

void TestJumpsellerClientCatalog::checkConnectionWithoutCredentialsAsksForThem()
{
    m_bench->client().setCredentials({}, {});
    QVERIFY(!m_bench->client().hasCredentials());
    std::optional<JumpsellerConnectionCheck> check;
    m_bench->client().checkConnection(m_bench->context(), [&check](const JumpsellerConnectionCheck &c) { check = c; });
    QVERIFY(!check.has_value()); // never synchronous
    QVERIFY(m_bench->pump([&check] { return check.has_value(); }));
    QCOMPARE(check->outcome, JumpsellerConnectionCheck::Outcome::Rejected);
    QCOMPARE(check->error.kind(), Kind::Unauthorized);
    QCOMPARE(m_bench->fake().requestCount(), 0);
}

void TestJumpsellerClientCatalog::checkConnectionFailsWhenNobodyListens()
{
    quint16 closedPort = 0;
    {
        puente::fakes::HttpFake gone;
        closedPort = gone.start();
        QVERIFY(closedPort != 0);
    }
    m_bench->client().setBaseUrl(QUrl(u"http://127.0.0.1:%1/v1"_s.arg(closedPort)));
    std::optional<JumpsellerConnectionCheck> check;
    m_bench->client().checkConnection(m_bench->context(), [&check](const JumpsellerConnectionCheck &c) { check = c; });
    QVERIFY(m_bench->pump([&check] { return check.has_value(); }));
    QCOMPARE(check->outcome, JumpsellerConnectionCheck::Outcome::Failed);
    QCOMPARE(check->error.kind(), Kind::ConnectionRefused);
    QVERIFY(check->error.retryable());
}

void TestJumpsellerClientCatalog::productCountIsTheStoreCount()
{
    for (int i = 0; i < 7; ++i) {
        js::ProductSeed seed;
        seed.name = u"P%1"_s.arg(i);
        seed.price = 1000;
        m_bench->fake().addProduct(seed);
    }
    auto count = m_bench->run<qint64>([&](auto done) { m_bench->client().productCount(m_bench->context(), done); });
    REQUIRE_OK(count);
    QCOMPARE(count->value(), 7);
}

void TestJumpsellerClientCatalog::productsPageThroughEveryItemOnce()
{
    // 250 products (every third with two variants): pages of 100, 100 and 50.
    QSet<int> seeded;
    for (int i = 0; i < 250; ++i) {
        js::ProductSeed seed;
        seed.name = u"Producto %1"_s.arg(i);
        seed.sku = u"SKU-%1"_s.arg(i, 4, 10, QChar(u'0'));
        seed.price = 1000 + i;
        seed.stock = i;
        if (i % 3 == 0) {
            js::VariantSeed a;
            a.sku = seed.sku + u"-A"_s;
            a.stock = 1;
            a.options = {{u"Talla"_s, u"S"_s}};
            js::VariantSeed b = a;
            b.sku = seed.sku + u"-B"_s;
            b.options = {{u"Talla"_s, u"M"_s}};
            seed.variants = {a, b};
        }
        seeded.insert(m_bench->fake().addProduct(seed));
    }
    QList<QPair<qint64, qint64>> progress;
    auto result = m_bench->run<QList<JumpsellerProduct>>([&](auto done) {
        m_bench->client().products(
            m_bench->context(),
            [&progress](qint64 n, qint64 total) {
                progress.append({n, total});
            },
            done);
    });
    REQUIRE_OK(result);
    const QList<JumpsellerProduct> &products = result->value();
    QCOMPARE(products.size(), 250);
    QSet<int> seen;
    int variants = 0;
    for (const JumpsellerProduct &p : products) {
        QVERIFY2(!seen.contains(int(p.id)), "a product came twice");
        seen.insert(int(p.id));
        variants += int(p.variants.size());
        if (p.hasVariants())
            QCOMPARE(p.options, QStringList {u"Talla"_s});
    }
    QCOMPARE(seen, seeded);
    QCOMPARE(variants, 84 * 2);
    // Progress: the count first, then after each page, with the total from count.json.
    const QList<QPair<qint64, qint64>> expected {{0, 250}, {100, 250}, {200, 250}, {250, 250}};
    QCOMPARE(progress, expected);
    // §1.5: page 1, 2, 3 with a constant limit of 100.
    const auto pages = m_bench->requests("GET", u"^/v1/products\\.json$"_s);
    QCOMPARE(pages.size(), 3);
    for (int i = 0; i < pages.size(); ++i) {
        QCOMPARE(pages.at(i).queryValue(u"page"_s), QString::number(i + 1));
        QCOMPARE(pages.at(i).queryValue(u"limit"_s), u"100"_s);
    }
    QCOMPARE(m_bench->requests("GET", u"/products/count\\.json"_s).size(), 1);
}

void TestJumpsellerClientCatalog::productReadsEveryField()
{
    const int id = seedShirt();
    auto result =
        m_bench->run<JumpsellerProduct>([&](auto done) { m_bench->client().product(m_bench->context(), id, done); });
    REQUIRE_OK(result);
    const JumpsellerProduct &p = result->value();
    QCOMPARE(p.id, id);
    QCOMPARE(p.name, u"Polera Algodón"_s);
    QCOMPARE(p.sku, u"POL-001"_s);
    QCOMPARE(p.barcode, u"7800000000017"_s);
    QCOMPARE(p.brand, u"Andes"_s);
    QCOMPARE(p.description, u"<p>100% algodón</p>"_s);
    QCOMPARE(p.price, 12990.5);
    QCOMPARE(p.status, JumpsellerProductStatus::Available);
    QCOMPARE(p.statusText, u"available"_s);
    QVERIFY(!p.permalink.isEmpty());
    QCOMPARE(p.type, u"physical"_s);
    QCOMPARE(p.categories.size(), 1);
    QCOMPARE(p.categories.first().name, u"Ropa"_s);
    QCOMPARE(p.categories.first().parentId, 0);
    QVERIFY(p.createdAt.isValid());
    QCOMPARE(p.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(p.options, (QStringList {u"Talla"_s, u"Color"_s}));
    QCOMPARE(p.variants.size(), 2);
    const JumpsellerVariant &small = p.variants.at(0);
    QCOMPARE(small.sku, u"POL-001-S-RO"_s);
    QCOMPARE(small.barcode, u"7800000000024"_s);
    QCOMPARE(small.price, 12990.5); // inherits the product's price
    QCOMPARE(small.stock, 4);
    QVERIFY(!small.stockUnlimited);
    QCOMPARE(small.options.size(), 2);
    QCOMPARE(small.options.at(0).name, u"Talla"_s);
    QCOMPARE(small.options.at(0).value, u"S"_s);
    QCOMPARE(small.options.at(1).value, u"Rojo"_s);
    QVERIFY(small.options.at(0).optionId > 0);
    const JumpsellerVariant &large = p.variants.at(1);
    QCOMPARE(large.price, 13990.0);
    QVERIFY(large.stockUnlimited);
    QCOMPARE(p.stock, 4); // the fake shows the sum of the limited variants
}

void TestJumpsellerClientCatalog::missingProductIsNotFoundWithTheStoreMessage()
{
    auto result = m_bench->run<JumpsellerProduct>(
        [&](auto done) { m_bench->client().product(m_bench->context(), 424242, done); });
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind(), Kind::NotFound);
    QCOMPARE(result->error().httpStatus(), 404);
    QCOMPARE(result->error().serverMessage(), u"Product Not Found."_s);
}

void TestJumpsellerClientCatalog::variantsOfAProduct()
{
    const int id = seedShirt();
    auto result = m_bench->run<QList<JumpsellerVariant>>(
        [&](auto done) { m_bench->client().variants(m_bench->context(), id, done); });
    REQUIRE_OK(result);
    QCOMPARE(result->value().size(), 2);
    QCOMPARE(result->value().at(1).sku, u"POL-001-L-AZ"_s);
    const auto requests = m_bench->requests("GET", u"/products/%1/variants\\.json"_s.arg(id));
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().queryValue(u"limit"_s), u"100"_s);
}

void TestJumpsellerClientCatalog::productFieldsOfAProduct()
{
    const int id = seedShirt();
    auto result = m_bench->run<QList<JumpsellerCustomFieldValue>>(
        [&](auto done) { m_bench->client().productFields(m_bench->context(), id, done); });
    REQUIRE_OK(result);
    QCOMPARE(result->value().size(), 1);
    QCOMPARE(result->value().first().label, u"Material"_s);
    QCOMPARE(result->value().first().value, u"Algodón"_s);
    QVERIFY(result->value().first().customFieldId > 0);
}

void TestJumpsellerClientCatalog::searchFindsBySku()
{
    seedShirt();
    js::ProductSeed other;
    other.name = u"Taza"_s;
    other.sku = u"TAZA-01"_s;
    other.price = 4990;
    m_bench->fake().addProduct(other);
    auto result = m_bench->run<QList<JumpsellerProduct>>([&](auto done) {
        m_bench->client().searchProducts(m_bench->context(), u"POL-001-L-AZ"_s, {u"sku"_s, u"variants"_s}, done);
    });
    REQUIRE_OK(result);
    QCOMPARE(result->value().size(), 1);
    QCOMPARE(result->value().first().sku, u"POL-001"_s);
    const auto requests = m_bench->requests("GET", u"/products/search\\.json"_s);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().queryValue(u"query"_s), u"POL-001-L-AZ"_s);
    QCOMPARE(requests.first().queryValue(u"fields"_s), u"sku,variants"_s);
}

void TestJumpsellerClientCatalog::categoriesAndCreateCategory()
{
    const int parent = m_bench->fake().addCategory(u"Hogar"_s);
    auto created = m_bench->run<JumpsellerCategory>(
        [&](auto done) { m_bench->client().createCategory(m_bench->context(), u"Cocina"_s, parent, done); });
    REQUIRE_OK(created);
    QVERIFY(created->value().id > 0);
    QCOMPARE(created->value().name, u"Cocina"_s);
    QCOMPARE(created->value().parentId, parent);
    const auto posts = m_bench->requests("POST", u"/categories\\.json"_s);
    QCOMPARE(posts.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(posts.first().body).object(),
             (QJsonObject {{u"category"_s, QJsonObject {{u"name"_s, u"Cocina"_s}, {u"parent_id"_s, parent}}}}));

    auto all = m_bench->run<QList<JumpsellerCategory>>(
        [&](auto done) { m_bench->client().categories(m_bench->context(), done); });
    REQUIRE_OK(all);
    QCOMPARE(all->value().size(), 2);
    QCOMPARE(all->value().at(0).name, u"Hogar"_s);
    QCOMPARE(all->value().at(1).id, created->value().id);
}

void TestJumpsellerClientCatalog::createProductThenVariantsThenReadsBack()
{
    const int category = m_bench->fake().addCategory(u"Calzado"_s);
    JumpsellerProductDraft draft;
    draft.name = u"Zapatilla Trekking"_s;
    draft.price = 45990;
    draft.sku = u"ZAP-TRK"_s;
    draft.barcode = u"7801234567890"_s;
    draft.description = u"Suela Vibram"_s;
    draft.weight = 0.8;
    draft.categoryIds = {category};
    for (const auto &[size, stock] : QList<QPair<QString, int>> {{u"40"_s, 3}, {u"41"_s, 5}, {u"42"_s, 0}}) {
        JumpsellerVariantDraft variant;
        variant.sku = u"ZAP-TRK-"_s + size;
        variant.stock = stock;
        variant.options = {{u"Talla"_s, size}};
        draft.variants.append(variant);
    }
    draft.variants[2].price = 47990;
    auto result = m_bench->run<JumpsellerCreatedProduct>(
        [&](auto done) { m_bench->client().createProduct(m_bench->context(), draft, done); });
    REQUIRE_OK(result);
    const JumpsellerCreatedProduct &created = result->value();
    QVERIFY(created.complete());
    QCOMPARE(created.variantsRequested, 3);
    const JumpsellerProduct &p = created.product;
    QVERIFY(p.id > 0);
    QCOMPARE(p.variants.size(), 3);
    QCOMPARE(p.stock, 8); // read back after the variants: the store's own figure
    QCOMPARE(p.options, QStringList {u"Talla"_s});
    QCOMPARE(p.categories.size(), 1);
    QCOMPARE(p.variants.at(2).price, 47990.0);

    // §2.8: the product, then one POST per variant, then the product is read back.
    QStringList sequence;
    for (const auto &request : m_bench->fake().requests())
        sequence.append(QString::fromLatin1(request.method) + u' ' + request.path);
    const QStringList expected {
        u"POST /v1/products.json"_s,
        u"POST /v1/products/%1/variants.json"_s.arg(p.id),
        u"POST /v1/products/%1/variants.json"_s.arg(p.id),
        u"POST /v1/products/%1/variants.json"_s.arg(p.id),
        u"GET /v1/products/%1.json"_s.arg(p.id),
    };
    QCOMPARE(sequence, expected);
    const QJsonObject body = QJsonDocument::fromJson(m_bench->fake().requests().first().body).object();
    const QJsonObject fields = body.value(u"product"_s).toObject();
    QCOMPARE(fields.value(u"name"_s).toString(), draft.name);
    QCOMPARE(fields.value(u"price"_s).toDouble(), 45990.0);
    QCOMPARE(fields.value(u"status"_s).toString(), u"available"_s);
    QCOMPARE(fields.value(u"categories"_s).toArray(), (QJsonArray {QJsonObject {{u"id"_s, category}}}));
    QVERIFY(!fields.contains(u"variants"_s));

    const auto *stored = m_bench->fake().product(int(p.id));
    QVERIFY(stored);
    QCOMPARE(stored->variantIds.size(), 3);
    QCOMPARE(m_bench->fake().variantStock(stored->variantIds.at(1)), 5);
    QCOMPARE(m_bench->fake().findSku(u"ZAP-TRK-42"_s)->first, int(p.id));
}

void TestJumpsellerClientCatalog::createProductSendsZeroStockNotTheApiDefault()
{
    JumpsellerProductDraft draft;
    draft.name = u"Servicio de armado"_s;
    draft.price = 9990;
    auto result = m_bench->run<JumpsellerCreatedProduct>(
        [&](auto done) { m_bench->client().createProduct(m_bench->context(), draft, done); });
    REQUIRE_OK(result);
    QVERIFY(result->value().complete());
    QCOMPARE(result->value().product.stock, 0);
    QCOMPARE(m_bench->fake().productStock(int(result->value().product.id)), 0); // the API default is 100
    QCOMPARE(m_bench->fake().requestCount(), 1); // no variants: nothing to read back
}

void TestJumpsellerClientCatalog::createProductReportsAFailedVariant()
{
    JumpsellerProductDraft draft;
    draft.name = u"Jockey"_s;
    draft.price = 8990;
    for (const QString &color : {u"Negro"_s, u"Blanco"_s}) {
        JumpsellerVariantDraft variant;
        variant.sku = u"JOC-"_s + color;
        variant.stock = 2;
        variant.options = {{u"Color"_s, color}};
        draft.variants.append(variant);
    }
    // The first variant's POST fails: the product exists, the client stops there (a POST is
    // never repeated) and says which variants are missing.
    m_bench->fake().injectFault(puente::fakes::HttpFault::Status500, 1, u"/variants\\.json$"_s, "POST");
    auto result = m_bench->run<JumpsellerCreatedProduct>(
        [&](auto done) { m_bench->client().createProduct(m_bench->context(), draft, done); });
    REQUIRE_OK(result);
    const JumpsellerCreatedProduct &created = result->value();
    QVERIFY(!created.complete());
    QCOMPARE(created.variantError.kind(), Kind::Http);
    QCOMPARE(created.variantError.httpStatus(), 500);
    QVERIFY(created.variantError.retryable());
    QVERIFY(created.product.id > 0);
    QCOMPARE(created.product.variants.size(), 0);
    QCOMPARE(created.variantsRequested, 2);
    QCOMPARE(m_bench->requests("POST", u"/variants\\.json$"_s).size(), 1);
    QVERIFY(m_bench->fake().product(int(created.product.id)));
}

void TestJumpsellerClientCatalog::createVariantAddsOneToAProduct()
{
    const int id = seedShirt();
    m_bench->fake().setCreateStatus(201); // §1.3: some clients saw 201; any 2xx is a success
    JumpsellerVariantDraft draft;
    draft.sku = u"POL-001-M-VE"_s;
    draft.price = 12990;
    draft.stock = 9;
    draft.options = {{u"Talla"_s, u"M"_s}, {u"Color"_s, u"Verde"_s}};
    auto result = m_bench->run<JumpsellerVariant>(
        [&](auto done) { m_bench->client().createVariant(m_bench->context(), id, draft, done); });
    REQUIRE_OK(result);
    const JumpsellerVariant &v = result->value();
    QVERIFY(v.id > 0);
    QCOMPARE(v.sku, draft.sku);
    QCOMPARE(v.stock, 9);
    QCOMPARE(v.options.size(), 2);
    QCOMPARE(v.options.at(1).value, u"Verde"_s);
    QCOMPARE(m_bench->fake().variantStock(int(v.id)), 9);
    QCOMPARE(m_bench->fake().product(id)->variantIds.size(), 3);
}

void TestJumpsellerClientCatalog::updateProductStockIsAbsolute()
{
    js::ProductSeed seed;
    seed.name = u"Taza"_s;
    seed.sku = u"TAZA"_s;
    seed.price = 5990;
    seed.stock = 10;
    const int id = m_bench->fake().addProduct(seed);
    JumpsellerProductChanges changes;
    changes.stock = 7;
    for (int round = 0; round < 2; ++round) {
        auto result = m_bench->run<JumpsellerProduct>(
            [&](auto done) { m_bench->client().updateProduct(m_bench->context(), id, changes, done); });
        REQUIRE_OK(result);
        QCOMPARE(result->value().stock, 7);
        QCOMPARE(m_bench->fake().productStock(id), 7); // sent twice, still 7: absolute, not a delta
    }
    const auto puts = m_bench->requests("PUT", u"/products/%1\\.json"_s.arg(id));
    QCOMPARE(puts.size(), 2);
    QCOMPARE(puts.first().body, QByteArray(R"({"product":{"stock":7}})"));

    JumpsellerProductChanges more;
    more.price = 6490;
    more.status = JumpsellerProductStatus::NotAvailable;
    more.stockUnlimited = false;
    auto result = m_bench->run<JumpsellerProduct>(
        [&](auto done) { m_bench->client().updateProduct(m_bench->context(), id, more, done); });
    REQUIRE_OK(result);
    QCOMPARE(result->value().price, 6490.0);
    QCOMPARE(result->value().status, JumpsellerProductStatus::NotAvailable);
    QCOMPARE(result->value().name, u"Taza"_s);
}

void TestJumpsellerClientCatalog::updateVariantStockAndPrice()
{
    const int id = seedShirt();
    const int variantId = m_bench->fake().product(id)->variantIds.first();
    JumpsellerVariantChanges changes;
    changes.stock = 25;
    changes.price = 11990;
    auto result = m_bench->run<JumpsellerVariant>(
        [&](auto done) { m_bench->client().updateVariant(m_bench->context(), id, variantId, changes, done); });
    REQUIRE_OK(result);
    QCOMPARE(result->value().id, variantId);
    QCOMPARE(result->value().stock, 25);
    QCOMPARE(result->value().price, 11990.0);
    QCOMPARE(m_bench->fake().variantStock(variantId), 25);
    const auto puts = m_bench->requests("PUT", u"/variants/%1\\.json"_s.arg(variantId));
    QCOMPARE(puts.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(puts.first().body).object(),
             (QJsonObject {{u"variant"_s, QJsonObject {{u"price"_s, 11990}, {u"stock"_s, 25}}}}));
}

void TestJumpsellerClientCatalog::emptyChangesAreRefusedWithoutARequest()
{
    auto product = m_bench->run<JumpsellerProduct>(
        [&](auto done) { m_bench->client().updateProduct(m_bench->context(), 1, JumpsellerProductChanges(), done); });
    QVERIFY(product.has_value());
    QCOMPARE(product->error().kind(), Kind::InvalidRequest);
    auto variant = m_bench->run<JumpsellerVariant>([&](auto done) {
        m_bench->client().updateVariant(m_bench->context(), 1, 2, JumpsellerVariantChanges(), done);
    });
    QVERIFY(variant.has_value());
    QCOMPARE(variant->error().kind(), Kind::InvalidRequest);
    auto nameless = m_bench->run<JumpsellerCreatedProduct>(
        [&](auto done) { m_bench->client().createProduct(m_bench->context(), JumpsellerProductDraft(), done); });
    QVERIFY(nameless.has_value());
    QCOMPARE(nameless->error().kind(), Kind::InvalidRequest);
    QCOMPARE(m_bench->fake().requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestJumpsellerClientCatalog)
#include "tst_jumpsellerclient_catalog.moc"
