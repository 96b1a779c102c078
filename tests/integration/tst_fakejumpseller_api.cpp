// Contract tests of FakeJumpseller's catalogue and store routes, over raw HTTP. Each test checks
// one documented fact of the project's Jumpseller API notes (jumpseller.md, section cited as §n)
// or of the official v1 OpenAPI spec.
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

#include "FakeJumpseller.h"
#include "JumpsellerProbe.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;
using puente::fakes::FakeJumpseller;
namespace js = puente::fakes::jumpseller;

class TestFakeJumpsellerApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void storeInfoIsWrapped();
    void listsAreArraysOfWrappedObjects();
    void pagingStartsAtOneAndClampsLimit();
    void countEndpointsAnswerCount();
    void basicAuthIsAccepted();
    void queryParameterAuthIsAccepted();
    void bearerAuthIsAcceptedOnlyForTheConfiguredToken();
    void badOrMissingCredentialsAre401();
    void unknownProductIs404WithMessage();
    void productStatusFilterAndInvalidStatus();
    void productsAfterIdAreAscending();
    void createCategoryThenProductInIt();
    void createProductValidatesRequiredFields();
    void partialProductUpdateKeepsOtherFields();
    void variantsWithOptionsAndAbsoluteStock();
    void productWithVariantsShowsSummedStock();
    void optionsAndValuesCanBeCreated();
    void searchFindsSkuBarcodeAndName();
    void searchWithoutQueryIsInvalid();
    void deleteProductAnswersStringThen404();
    void productCustomFieldsAreListed();
    void checkoutCustomFieldsAreListed();
    void hooksCanBeRegisteredListedAndDeleted();
    void hookWithUnknownEventIsRefused();
    void unknownRouteIs404();
    void createStatusIsConfigurable();

private:
    int seedShirt();
    std::unique_ptr<FakeJumpseller> m_fake;
    std::unique_ptr<JumpsellerProbe> m_probe;
    int m_categoryId = 0;
};

void TestFakeJumpsellerApi::init()
{
    m_fake = std::make_unique<FakeJumpseller>();
    js::RateLimitConfig limits;
    limits.enabled = false; // these tests send bursts; limits have their own test
    m_fake->setRateLimits(limits);
    QVERIFY(m_fake->start() != 0);
    m_probe = std::make_unique<JumpsellerProbe>(*m_fake, u"api"_s);
    m_categoryId = m_fake->addCategory(u"Poleras"_s);
}

void TestFakeJumpsellerApi::cleanup()
{
    m_probe.reset();
    m_fake.reset();
}

int TestFakeJumpsellerApi::seedShirt()
{
    js::ProductSeed seed;
    seed.name = u"Polera Clásica"_s;
    seed.sku = u"POL-001"_s;
    seed.barcode = u"7800000000017"_s;
    seed.brand = u"Andes"_s;
    seed.price = 9990;
    seed.categoryIds = {m_categoryId};
    seed.variants = {
        {u"POL-001-S"_s, u"7800000000024"_s, std::nullopt, 5, false, {{u"Talla"_s, u"S"_s}}},
        {u"POL-001-M"_s, u"7800000000031"_s, 10990.0, 7, false, {{u"Talla"_s, u"M"_s}}},
    };
    seed.customFields = {{u"Material"_s, u"Algodón"_s}};
    return m_fake->addProduct(seed);
}

void TestFakeJumpsellerApi::storeInfoIsWrapped()
{
    // §4: GET /store/info.json answers {"store": {...}} (wrapper observed live) with the
    // hooks_token that signs webhooks; §1.1 snake_case keys.
    const ProbeReply reply = m_probe->get(u"/v1/store/info.json"_s, u"Store.inner"_s);
    QCOMPARE(reply.status, 200);
    const QJsonObject store = reply.object().value(u"store"_s).toObject();
    QCOMPARE(store.value(u"currency"_s).toString(), u"CLP"_s);
    QCOMPARE(store.value(u"country"_s).toString(), u"CL"_s);
    QCOMPARE(store.value(u"code"_s).toString(), m_fake->store().code);
    QCOMPARE(store.value(u"hooks_token"_s).toString(), m_fake->store().hooksToken);
    QVERIFY(store.value(u"address"_s).isObject());
}

void TestFakeJumpsellerApi::listsAreArraysOfWrappedObjects()
{
    // §1.1: a list is [{"product": {...}}, ...]; a single object is {"product": {...}}.
    const int id = seedShirt();
    const ProbeReply list = m_probe->get(u"/v1/products.json"_s, u"Product.list"_s);
    QCOMPARE(list.status, 200);
    QVERIFY(list.json().isArray());
    QCOMPARE(list.array().size(), 1);
    const QJsonObject wrapped = list.array().first().toObject();
    QCOMPARE(wrapped.keys(), QStringList {u"product"_s});
    QCOMPARE(wrapped.value(u"product"_s).toObject().value(u"id"_s).toInt(), id);

    const ProbeReply single = m_probe->get(u"/v1/products/%1.json"_s.arg(id), u"Product.one"_s);
    QCOMPARE(single.status, 200);
    const QJsonObject product = single.object().value(u"product"_s).toObject();
    QCOMPARE(product.value(u"sku"_s).toString(), u"POL-001"_s);
    QCOMPARE(product.value(u"status"_s).toString(), u"available"_s);
    // §1.1 "empty values are serialized as null"
    QVERIFY(product.value(u"compare_at_price"_s).isNull());
    QCOMPARE(product.value(u"categories"_s).toArray().first().toObject().value(u"id"_s).toInt(), m_categoryId);

    const ProbeReply categories = m_probe->get(u"/v1/categories.json"_s, u"Category.list"_s);
    QCOMPARE(categories.array().first().toObject().keys(), QStringList {u"category"_s});
}

void TestFakeJumpsellerApi::pagingStartsAtOneAndClampsLimit()
{
    // §1.5: page is 1-based, limit defaults to 50, at most 100 (the fake clamps larger ones).
    for (int i = 0; i < 130; ++i) {
        js::ProductSeed seed;
        seed.name = u"Producto %1"_s.arg(i);
        seed.sku = u"SKU-%1"_s.arg(i);
        seed.price = 1000 + i;
        m_fake->addProduct(seed);
    }
    const auto ids = [](const ProbeReply &reply) {
        QList<int> out;
        for (const QJsonValue &entry : reply.array())
            out.append(entry.toObject().value(u"product"_s).toObject().value(u"id"_s).toInt());
        return out;
    };
    const QList<int> firstPage = ids(m_probe->get(u"/v1/products.json"_s));
    QCOMPARE(firstPage.size(), 50);
    QCOMPARE(ids(m_probe->get(u"/v1/products.json?page=1"_s)), firstPage);
    const QList<int> third = ids(m_probe->get(u"/v1/products.json?page=3&limit=50"_s));
    QCOMPARE(third.size(), 30);
    QVERIFY(third.first() > firstPage.last());
    QCOMPARE(ids(m_probe->get(u"/v1/products.json?limit=500"_s)).size(), 100);
    QCOMPARE(ids(m_probe->get(u"/v1/products.json?page=2&limit=100"_s)).size(), 30);
    QCOMPARE(ids(m_probe->get(u"/v1/products.json?page=9&limit=100"_s)).size(), 0);
    // Pages do not overlap and cover everything.
    QList<int> all;
    for (int page = 1; page <= 3; ++page)
        all += ids(m_probe->get(u"/v1/products.json?page=%1&limit=50"_s.arg(page)));
    QCOMPARE(QSet<int>(all.cbegin(), all.cend()).size(), 130);
}

void TestFakeJumpsellerApi::countEndpointsAnswerCount()
{
    // §1.6: every /count.json answers {"count": N}.
    const int id = seedShirt();
    const auto count = [this](const QString &path) {
        const ProbeReply reply = m_probe->get(path, u"Count.one"_s);
        return reply.status == 200 && reply.object().keys() == QStringList {u"count"_s}
            ? reply.object().value(u"count"_s).toInt()
            : -1;
    };
    QCOMPARE(count(u"/v1/products/count.json"_s), 1);
    QCOMPARE(count(u"/v1/products/status/available/count.json"_s), 1);
    QCOMPARE(count(u"/v1/products/status/disabled/count.json"_s), 0);
    QCOMPARE(count(u"/v1/products/category/%1/count.json"_s.arg(m_categoryId)), 1);
    QCOMPARE(count(u"/v1/products/%1/variants/count.json"_s.arg(id)), 2);
    QCOMPARE(count(u"/v1/products/%1/options/count.json"_s.arg(id)), 1);
    QCOMPARE(count(u"/v1/products/%1/fields/count.json"_s.arg(id)), 1);
    QCOMPARE(count(u"/v1/categories/count.json"_s), 1);
    QCOMPARE(count(u"/v1/orders/count.json"_s), 0);
}

void TestFakeJumpsellerApi::basicAuthIsAccepted()
{
    // §1.2 (1): Authorization: Basic base64(login:authtoken).
    m_probe->setAuth(JumpsellerProbe::Auth::Basic);
    QCOMPARE(m_probe->get(u"/v1/products.json"_s).status, 200);
    QVERIFY(m_fake->requests().last().header("authorization").startsWith("Basic "));
}

void TestFakeJumpsellerApi::queryParameterAuthIsAccepted()
{
    // §1.2 (2): ?login=XXXXX&authtoken=YYYYY (deprecated, still documented).
    m_probe->setAuth(JumpsellerProbe::Auth::Query);
    QCOMPARE(m_probe->get(u"/v1/products.json?page=1"_s).status, 200);
    QVERIFY(m_fake->requests().last().header("authorization").isEmpty());
}

void TestFakeJumpsellerApi::bearerAuthIsAcceptedOnlyForTheConfiguredToken()
{
    // §1.2 (3): Authorization: Bearer <access_token> (OAuth apps).
    m_probe->setAuth(JumpsellerProbe::Auth::Bearer);
    m_probe->setBearerToken(u"access-123"_s);
    QCOMPARE(m_probe->get(u"/v1/products.json"_s).status, 401); // no token configured yet
    m_fake->setBearerToken(u"access-123"_s);
    QCOMPARE(m_probe->get(u"/v1/products.json"_s).status, 200);
    m_probe->setBearerToken(u"access-999"_s);
    QCOMPARE(m_probe->get(u"/v1/products.json"_s).status, 401);
}

void TestFakeJumpsellerApi::badOrMissingCredentialsAre401()
{
    // §1.3: bad credentials are 401; the body is undocumented, the fake sends {"message"}.
    m_probe->setAuth(JumpsellerProbe::Auth::None);
    const ProbeReply none = m_probe->expectError(m_probe->get(u"/v1/products.json"_s), u"MessageObject.one"_s);
    QCOMPARE(none.status, 401);
    QVERIFY(!none.object().value(u"message"_s).toString().isEmpty());
    m_fake->setCredentials(u"otro"_s, u"ffffffffffffffffffffffffffffffff"_s);
    m_probe->setAuth(JumpsellerProbe::Auth::Query);
    QCOMPARE(m_probe->get(u"/v1/products.json?login=x&authtoken=y"_s).status, 401);
    const ProbeReply wrongQuery =
        m_probe->get(u"/v1/products.json?login=otro&authtoken=00000000000000000000000000000000"_s);
    QCOMPARE(wrongQuery.status, 401);
}

void TestFakeJumpsellerApi::unknownProductIs404WithMessage()
{
    // §1.3: 404 {"message": "Product Not Found."}
    const ProbeReply reply = m_probe->expectError(m_probe->get(u"/v1/products/999.json"_s), u"NotFound.one"_s);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.object().value(u"message"_s).toString(), u"Product Not Found."_s);
    QCOMPARE(m_probe->get(u"/v1/categories/999.json"_s).object().value(u"message"_s).toString(),
             u"Category Not Found."_s);
}

void TestFakeJumpsellerApi::productStatusFilterAndInvalidStatus()
{
    // §2.1/§2.2: status is available | not-available | disabled; anything else is 404
    // "Status Invalid.".
    const int id = seedShirt();
    js::ProductSeed hidden;
    hidden.name = u"Oculto"_s;
    hidden.status = u"not-available"_s;
    const int hiddenId = m_fake->addProduct(hidden);
    const ProbeReply notAvailable = m_probe->get(u"/v1/products/status/not-available.json"_s, u"Product.list"_s);
    QCOMPARE(notAvailable.array().size(), 1);
    QCOMPARE(notAvailable.array().first()[u"product"_s][u"id"_s].toInt(), hiddenId);
    QCOMPARE(m_probe->get(u"/v1/products/status/available.json"_s).array().first()[u"product"_s][u"id"_s].toInt(), id);
    const ProbeReply invalid =
        m_probe->expectError(m_probe->get(u"/v1/products/status/unavailable.json"_s), u"StatusInvalid.one"_s);
    QCOMPARE(invalid.status, 404);
    QCOMPARE(invalid.object().value(u"message"_s).toString(), u"Status Invalid."_s);
}

void TestFakeJumpsellerApi::productsAfterIdAreAscending()
{
    // §2.1: /products/after/{id}.json lists products with an id above {id}.
    QList<int> ids;
    for (int i = 0; i < 5; ++i) {
        js::ProductSeed seed;
        seed.name = u"P%1"_s.arg(i);
        ids.append(m_fake->addProduct(seed));
    }
    const ProbeReply reply = m_probe->get(u"/v1/products/after/%1.json"_s.arg(ids.at(1)), u"Product.list"_s);
    QCOMPARE(reply.status, 200);
    QList<int> got;
    for (const QJsonValue &entry : reply.array())
        got.append(entry[u"product"_s][u"id"_s].toInt());
    QCOMPARE(got, ids.mid(2));
}

void TestFakeJumpsellerApi::createCategoryThenProductInIt()
{
    // §2.6 + §2.8: POST /categories.json {"category":{"name"}} then POST /products.json with
    // categories [{"id": ..}]; the product shows up under /products/category/{id}.json.
    const QJsonObject categoryBody {{u"category"_s, QJsonObject {{u"name"_s, u"Chaquetas de Invierno"_s}}}};
    const ProbeReply category =
        m_probe->send("POST", u"/v1/categories.json"_s, categoryBody, u"CategoryEdit.one"_s, u"Category.one"_s);
    QCOMPARE(category.status, 200);
    const int categoryId = category.object()[u"category"_s][u"id"_s].toInt();
    QVERIFY(categoryId > 0);
    QCOMPARE(category.object()[u"category"_s][u"permalink"_s].toString(), u"chaquetas-de-invierno"_s);

    const QJsonObject productBody {{u"product"_s,
                                    QJsonObject {
                                        {u"name"_s, u"Chaqueta Impermeable"_s},
                                        {u"price"_s, 45990},
                                        {u"sku"_s, u"CHQ-100"_s},
                                        {u"barcode"_s, u"7800000001000"_s},
                                        {u"stock"_s, 12},
                                        {u"stock_unlimited"_s, false},
                                        {u"status"_s, u"available"_s},
                                        {u"weight"_s, 0.8},
                                        {u"description"_s, u"<p>Para la lluvia</p>"_s},
                                        {u"categories"_s, QJsonArray {QJsonObject {{u"id"_s, categoryId}}}},
                                    }}};
    const ProbeReply created =
        m_probe->send("POST", u"/v1/products.json"_s, productBody, u"ProductCreate.one"_s, u"Product.one"_s);
    QCOMPARE(created.status, 200);
    const QJsonObject product = created.object()[u"product"_s].toObject();
    const int productId = product[u"id"_s].toInt();
    QCOMPARE(product[u"stock"_s].toInt(), 12);
    QCOMPARE(product[u"price"_s].toDouble(), 45990.0);
    QCOMPARE(product[u"permalink"_s].toString(), u"chaqueta-impermeable"_s);
    const ProbeReply inCategory = m_probe->get(u"/v1/products/category/%1.json"_s.arg(categoryId), u"Product.list"_s);
    QCOMPARE(inCategory.array().size(), 1);
    QCOMPARE(inCategory.array().first()[u"product"_s][u"id"_s].toInt(), productId);
    QCOMPARE(m_fake->productStock(productId), 12);
}

void TestFakeJumpsellerApi::createProductValidatesRequiredFields()
{
    // ProductCreateFields requires name and price; the status enum is enforced (§9).
    const ProbeReply missing =
        m_probe->send("POST", u"/v1/products.json"_s, {{u"product"_s, QJsonObject {{u"sku"_s, u"X"_s}}}});
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.object()[u"errors"_s].toArray().size(), 2);
    const ProbeReply badStatus = m_probe->send(
        "POST", u"/v1/products.json"_s,
        {{u"product"_s, QJsonObject {{u"name"_s, u"X"_s}, {u"price"_s, 1}, {u"status"_s, u"unavailable"_s}}}});
    QCOMPARE(badStatus.status, 400);
    QCOMPARE(m_fake->productCount(), 0);
}

void TestFakeJumpsellerApi::partialProductUpdateKeepsOtherFields()
{
    // §2.8: later syncs PUT only stock and price: {"product":{"price":..,"stock":..}}.
    js::ProductSeed seed;
    seed.name = u"Taza"_s;
    seed.sku = u"TAZA-1"_s;
    seed.price = 3990;
    seed.stock = 4;
    const int id = m_fake->addProduct(seed);
    const QJsonObject body {{u"product"_s, QJsonObject {{u"stock"_s, 9}, {u"price"_s, 4490}}}};
    const ProbeReply reply =
        m_probe->send("PUT", u"/v1/products/%1.json"_s.arg(id), body, u"ProductEdit.partial"_s, u"Product.one"_s);
    QCOMPARE(reply.status, 200);
    const QJsonObject product = reply.object()[u"product"_s].toObject();
    QCOMPARE(product[u"stock"_s].toInt(), 9);
    QCOMPARE(product[u"price"_s].toDouble(), 4490.0);
    QCOMPARE(product[u"name"_s].toString(), u"Taza"_s);
    QCOMPARE(product[u"sku"_s].toString(), u"TAZA-1"_s);
    // Stock sent as a string (seen in the wild, §7 item 4) is read as a number.
    m_probe->send("PUT", u"/v1/products/%1.json"_s.arg(id), {{u"product"_s, QJsonObject {{u"stock"_s, u"3"_s}}}});
    QCOMPARE(m_fake->productStock(id), 3);
    const ProbeReply disabled = m_probe->send("PUT", u"/v1/products/%1.json"_s.arg(id),
                                              {{u"product"_s, QJsonObject {{u"status"_s, u"disabled"_s}}}},
                                              u"ProductEdit.partial"_s, u"Product.one"_s);
    QCOMPARE(disabled.object()[u"product"_s][u"status"_s].toString(), u"disabled"_s);
    QCOMPARE(m_probe->get(u"/v1/products/status/disabled/count.json"_s).object()[u"count"_s].toInt(), 1);
    QCOMPARE(m_probe->get(u"/v1/products/status/available/count.json"_s).object()[u"count"_s].toInt(), 0);
}

void TestFakeJumpsellerApi::variantsWithOptionsAndAbsoluteStock()
{
    // §2.3: POST /products/{id}/variants.json {"variant":{sku, price, stock, options:[{name,value}]}};
    // PUT /products/{id}/variants/{vid}.json {"variant":{"stock":n}} sets stock absolutely.
    js::ProductSeed seed;
    seed.name = u"Zapatilla"_s;
    seed.price = 29990;
    const int productId = m_fake->addProduct(seed);
    const QJsonObject body {{u"variant"_s,
                             QJsonObject {
                                 {u"sku"_s, u"ZAP-40-NEG"_s},
                                 {u"price"_s, 31990},
                                 {u"stock"_s, 25},
                                 {u"options"_s,
                                  QJsonArray {QJsonObject {{u"name"_s, u"Color"_s}, {u"value"_s, u"Negro"_s}},
                                              QJsonObject {{u"name"_s, u"Talla"_s}, {u"value"_s, u"40"_s}}}},
                             }}};
    const ProbeReply created = m_probe->send("POST", u"/v1/products/%1/variants.json"_s.arg(productId), body,
                                             u"VariantEdit.one"_s, u"Variant.one"_s);
    QCOMPARE(created.status, 200);
    const QJsonObject variant = created.object()[u"variant"_s].toObject();
    const int variantId = variant[u"id"_s].toInt();
    QCOMPARE(variant[u"stock"_s].toInt(), 25);
    const QJsonArray options = variant[u"options"_s].toArray();
    QCOMPARE(options.size(), 2);
    QCOMPARE(options.at(0)[u"name"_s].toString(), u"Color"_s);
    QCOMPARE(options.at(0)[u"value"_s].toString(), u"Negro"_s);
    QCOMPARE(options.at(1)[u"value"_s].toString(), u"40"_s);
    // The same combination again is refused.
    QCOMPARE(m_probe->send("POST", u"/v1/products/%1/variants.json"_s.arg(productId), body).status, 400);

    const QJsonObject put {{u"variant"_s, QJsonObject {{u"stock"_s, 3}}}};
    const QString path = u"/v1/products/%1/variants/%2.json"_s.arg(productId).arg(variantId);
    QCOMPARE(m_probe->send("PUT", path, put, u"VariantEdit.partial"_s, u"Variant.one"_s).status, 200);
    QCOMPARE(m_probe->send("PUT", path, put).status, 200);
    const ProbeReply after = m_probe->get(path, u"Variant.one"_s);
    QCOMPARE(after.object()[u"variant"_s][u"stock"_s].toInt(), 3); // absolute, not 25-3-3
    QCOMPARE(after.object()[u"variant"_s][u"price"_s].toDouble(), 31990.0);
    QCOMPARE(m_probe->get(u"/v1/products/%1/variants.json"_s.arg(productId), u"Variant.list"_s).array().size(), 1);
    // A variant asked for under another product does not exist there.
    QCOMPARE(m_probe->get(u"/v1/products/%1/variants/%2.json"_s.arg(productId + 1).arg(variantId)).status, 404);
}

void TestFakeJumpsellerApi::productWithVariantsShowsSummedStock()
{
    // §2.3: products with variants keep stock per variant; product.stock is their sum here.
    const int id = seedShirt();
    const QJsonObject product = m_probe->get(u"/v1/products/%1.json"_s.arg(id)).object()[u"product"_s].toObject();
    QCOMPARE(product[u"stock"_s].toInt(), 12);
    QCOMPARE(product[u"variants"_s].toArray().size(), 2);
    QCOMPARE(product[u"variants"_s][1][u"price"_s].toDouble(), 10990.0);
}

void TestFakeJumpsellerApi::optionsAndValuesCanBeCreated()
{
    // §2.1: /products/{id}/options.json and /options/{option_id}/values.json (ProductOption).
    js::ProductSeed seed;
    seed.name = u"Gorro"_s;
    const int id = m_fake->addProduct(seed);
    const ProbeReply option =
        m_probe->send("POST", u"/v1/products/%1/options.json"_s.arg(id),
                      {{u"option"_s, QJsonObject {{u"name"_s, u"Color"_s}, {u"option_type"_s, u"option"_s}}}},
                      u"ProductOptionEdit.one"_s, u"ProductOption.one"_s);
    QCOMPARE(option.status, 200);
    const int optionId = option.object()[u"option"_s][u"id"_s].toInt();
    const ProbeReply value = m_probe->send("POST", u"/v1/products/%1/options/%2/values.json"_s.arg(id).arg(optionId),
                                           {{u"value"_s, QJsonObject {{u"name"_s, u"Rojo"_s}}}},
                                           u"ProductOptionValueEdit.one"_s, u"ProductOptionValue.one"_s);
    QCOMPARE(value.status, 200);
    QCOMPARE(value.object()[u"value"_s][u"name"_s].toString(), u"Rojo"_s);
    const ProbeReply options = m_probe->get(u"/v1/products/%1/options.json"_s.arg(id), u"ProductOption.list"_s);
    QCOMPARE(options.array().first()[u"option"_s][u"values"_s].toArray().size(), 1);
    const ProbeReply values =
        m_probe->get(u"/v1/products/%1/options/%2/values.json"_s.arg(id).arg(optionId), u"ProductOptionValue.list"_s);
    QCOMPARE(values.array().size(), 1);
    QCOMPARE(m_probe->get(u"/v1/products/%1/options/%2/values/count.json"_s.arg(id).arg(optionId))
                 .object()[u"count"_s]
                 .toInt(),
             1);
}

void TestFakeJumpsellerApi::searchFindsSkuBarcodeAndName()
{
    // §2.4: GET /products/search.json?query=<SKU>&fields=sku (add "variants" for variant SKUs);
    // the match is textual, so clients re-filter for the exact SKU.
    const int shirt = seedShirt();
    js::ProductSeed other;
    other.name = u"Pantalón"_s;
    other.sku = u"PAN-001"_s;
    const int trousers = m_fake->addProduct(other);
    const auto found = [this](const QString &query) {
        QList<int> ids;
        for (const QJsonValue &entry : m_probe->get(u"/v1/products/search.json?"_s + query, u"Product.list"_s).array())
            ids.append(entry[u"product"_s][u"id"_s].toInt());
        return ids;
    };
    QCOMPARE(found(u"query=POL-001&fields=sku"_s), QList<int> {shirt});
    QCOMPARE(found(u"query=PAN-001"_s), QList<int> {trousers});
    QCOMPARE(found(u"query=POL-001-M&fields=sku"_s), QList<int> {}); // a variant SKU needs "variants"
    QCOMPARE(found(u"query=POL-001-M&fields=sku,variants"_s), QList<int> {shirt});
    QCOMPARE(found(u"query=7800000000031&fields=variants"_s), QList<int> {shirt});
    QCOMPARE(found(u"query=7800000000017&fields=barcode"_s), QList<int> {shirt});
    QCOMPARE(found(u"query=polera clasica&fields=name"_s), QList<int> {shirt}); // case and accents folded
    QCOMPARE(found(u"query=andes&fields=brand"_s), QList<int> {shirt});
    QCOMPARE(found(u"query=001"_s), (QList<int> {shirt, trousers}));
    QCOMPARE(found(u"query=001&status=available&categories=%1"_s.arg(m_categoryId)), QList<int> {shirt});
}

void TestFakeJumpsellerApi::searchWithoutQueryIsInvalid()
{
    // §2.1: 404 "Invalid query." (also for a field outside the documented list).
    const ProbeReply empty = m_probe->expectError(m_probe->get(u"/v1/products/search.json"_s), u"NotFound.one"_s);
    QCOMPARE(empty.status, 404);
    QCOMPARE(empty.object()[u"message"_s].toString(), u"Invalid query."_s);
    QCOMPARE(m_probe->get(u"/v1/products/search.json?query=x&fields=color"_s).status, 404);
}

void TestFakeJumpsellerApi::deleteProductAnswersStringThen404()
{
    // §1.3: DELETE answers 200 with a body typed "string"; the product is gone afterwards.
    const int id = seedShirt();
    const ProbeReply deleted = m_probe->send("DELETE", u"/v1/products/%1.json"_s.arg(id), {}, {}, u"String.one"_s);
    QCOMPARE(deleted.status, 200);
    QVERIFY(deleted.json().isNull()); // a bare JSON string is no document
    QVERIFY(deleted.body.startsWith('"'));
    QCOMPARE(m_probe->get(u"/v1/products/%1.json"_s.arg(id)).status, 404);
    QCOMPARE(m_probe->get(u"/v1/products/search.json?query=POL"_s).array().size(), 0);
    QVERIFY(!m_fake->findSku(u"POL-001-S"_s));
}

void TestFakeJumpsellerApi::productCustomFieldsAreListed()
{
    // §2.5: values read back as {"field":{id, custom_field_id, type, label, value, ...}}.
    const int id = seedShirt();
    const ProbeReply fields = m_probe->get(u"/v1/products/%1/fields.json"_s.arg(id), u"ProductCustomField.list"_s);
    QCOMPARE(fields.status, 200);
    const QJsonObject field = fields.array().first()[u"field"_s].toObject();
    QCOMPARE(field[u"label"_s].toString(), u"Material"_s);
    QCOMPARE(field[u"value"_s].toString(), u"Algodón"_s);
    const int definition = field[u"custom_field_id"_s].toInt();
    const ProbeReply custom = m_probe->get(u"/v1/custom_fields/%1.json"_s.arg(definition), u"CustomField.one"_s);
    QCOMPARE(custom.object()[u"custom_field"_s][u"label"_s].toString(), u"Material"_s);
    const ProbeReply added = m_probe->send("POST", u"/v1/products/%1/fields.json"_s.arg(id),
                                           {{u"field"_s, QJsonObject {{u"id"_s, definition}, {u"value"_s, u"Lino"_s}}}},
                                           u"AddProductCustomField.one"_s, u"Product.one"_s);
    QCOMPARE(added.status, 200);
    QCOMPARE(m_probe->get(u"/v1/products/%1/fields/count.json"_s.arg(id)).object()[u"count"_s].toInt(), 2);
}

void TestFakeJumpsellerApi::checkoutCustomFieldsAreListed()
{
    // §4: GET /checkout_custom_fields.json -> [{"checkout_custom_field":{id,label,type,area,...}}].
    m_fake->addChileanCheckoutFields();
    const ProbeReply reply = m_probe->get(u"/v1/checkout_custom_fields.json"_s, u"CheckoutCustomField.list"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.array().size(), 3);
    const QJsonObject document = reply.array().first()[u"checkout_custom_field"_s].toObject();
    QCOMPARE(document[u"label"_s].toString(), u"Tipo de Documento"_s);
    QCOMPARE(document[u"type"_s].toString(), u"select"_s);
    QCOMPARE(document[u"area"_s].toString(), u"other"_s);
    QCOMPARE(document[u"custom_field_select_options"_s].toArray(), (QJsonArray {u"boleta"_s, u"factura"_s}));
    const ProbeReply created = m_probe->send(
        "POST", u"/v1/checkout_custom_fields.json"_s,
        {{u"checkout_custom_field"_s,
          QJsonObject {{u"label"_s, u"RUT Empresa"_s}, {u"type"_s, u"input"_s}, {u"area"_s, u"billing_shipping"_s}}}},
        u"CheckoutCustomFieldEdit.one"_s, u"CheckoutCustomField.one"_s);
    QCOMPARE(created.status, 200);
    QCOMPARE(created.object()[u"checkout_custom_field"_s][u"position"_s].toInt(), 4);
    QCOMPARE(m_probe->get(u"/v1/checkout_custom_fields.json?limit=2&page=2"_s).array().size(), 2);
}

void TestFakeJumpsellerApi::hooksCanBeRegisteredListedAndDeleted()
{
    // §5: POST /hooks.json {"hook":{"event","url"}} -> {"hook":{id,name,event,url,created_at}};
    // GET /hooks.json; DELETE /hooks/{id}.json.
    const ProbeReply created = m_probe->send(
        "POST", u"/v1/hooks.json"_s,
        {{u"hook"_s, QJsonObject {{u"event"_s, u"order_paid"_s}, {u"url"_s, u"https://puente.example/hooks"_s}}}},
        u"HookEdit.one"_s, u"Hook.one"_s);
    QCOMPARE(created.status, 200);
    const int id = created.object()[u"hook"_s][u"id"_s].toInt();
    QCOMPARE(created.object()[u"hook"_s][u"event"_s].toString(), u"order_paid"_s);
    const ProbeReply list = m_probe->get(u"/v1/hooks.json"_s, u"Hook.list"_s);
    QCOMPARE(list.array().size(), 1);
    QCOMPARE(m_probe->get(u"/v1/hooks/%1.json"_s.arg(id), u"Hook.one"_s).status, 200);
    QCOMPARE(m_probe->send("DELETE", u"/v1/hooks/%1.json"_s.arg(id), {}, {}, u"String.one"_s).status, 200);
    QCOMPARE(m_probe->get(u"/v1/hooks.json"_s).array().size(), 0);
    const ProbeReply gone = m_probe->send("DELETE", u"/v1/hooks/%1.json"_s.arg(id));
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.object()[u"message"_s].toString(), u"Hook Not Found."_s);
}

void TestFakeJumpsellerApi::hookWithUnknownEventIsRefused()
{
    // §5: there is no "order_created" event in the spec's enum.
    const ProbeReply reply = m_probe->send(
        "POST", u"/v1/hooks.json"_s,
        {{u"hook"_s, QJsonObject {{u"event"_s, u"order_created"_s}, {u"url"_s, u"https://puente.example/h"_s}}}});
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.object()[u"errors"_s].toArray().isEmpty());
}

void TestFakeJumpsellerApi::unknownRouteIs404()
{
    // §1.1: every path ends in .json; anything unknown is a 404 in the {"message"} shape.
    QCOMPARE(m_probe->get(u"/v1/products"_s).status, 404);
    QCOMPARE(m_probe->get(u"/v1/products/sku/POL-001.json"_s).status, 404); // §2.4: gone from the spec
    QCOMPARE(m_probe->send("DELETE", u"/v1/products/1/variants/2.json"_s).status, 404); // §2.1: no variant DELETE
}

void TestFakeJumpsellerApi::createStatusIsConfigurable()
{
    // §1.3: the spec answers creates with 200, [SKILL] says 201; clients must accept any 2xx.
    m_fake->setCreateStatus(201);
    const ProbeReply reply =
        m_probe->send("POST", u"/v1/categories.json"_s, {{u"category"_s, QJsonObject {{u"name"_s, u"Nueva"_s}}}});
    QCOMPARE(reply.status, 201);
}

QTEST_GUILESS_MAIN(TestFakeJumpsellerApi)
#include "tst_fakejumpseller_api.moc"
