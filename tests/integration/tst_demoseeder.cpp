// DemoSeeder feeds the demo shop into FakeBsale and FakeJumpseller: every count, id and trouble
// case of DemoShopData must be visible through the fakes' own HTTP APIs, and the answer key
// must not be.
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

#include <algorithm>
#include <memory>

#include "FakeBsale.h"
#include "FakeJumpseller.h"
#include "SandboxHttp.h"
#include "seed/DemoSeeder.h"
#include "seed/DemoShop.h"

using namespace Qt::Literals::StringLiterals;
using puente::fakes::DemoSeeder;
using puente::fakes::DemoShop;
using puente::fakes::DemoShopData;
using puente::fakes::DemoShopOptions;
using puente::fakes::FakeBsale;
using puente::fakes::FakeJumpseller;
using puente::testing::join;
using puente::testing::SandboxHttp;

class TestDemoSeeder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bsaleCountsMatchTheData();
    void jumpsellerCountsMatchTheData();
    void recordsKeepTheDataIds();
    void bsaleFlagsArriveOnTheVariants();
    void duplicateSkuIsFoundTwiceThroughSearch();
    void facturaOrderWithInvalidRutIsThere();
    void orderStatusesAndStockAsInTheData();
    void answerKeyIsNotServed();
    void cancellingASeededOrderGivesItsStockBack();
    void reseedClearsAndSeedsLarge();

private:
    int bsaleCount(const QString &resource);
    int storeCount(const QString &path);
    QJsonObject storeGet(const QString &path, const QString &query = {});
    QJsonObject bsaleGet(const QString &path, const QString &query = {});

    DemoShopData m_data;
    std::unique_ptr<FakeBsale> m_bsale;
    std::unique_ptr<FakeJumpseller> m_jumpseller;
    SandboxHttp m_http;
};

void TestDemoSeeder::initTestCase()
{
    m_data = DemoShop::generate();
    m_bsale = std::make_unique<FakeBsale>();
    m_bsale->setRateLimitEnabled(false);
    m_jumpseller = std::make_unique<FakeJumpseller>();
    puente::fakes::jumpseller::RateLimitConfig limits;
    limits.enabled = false;
    m_jumpseller->setRateLimits(limits);
    QElapsedTimer timer;
    timer.start();
    const auto report = DemoSeeder::seed(m_data, *m_bsale, *m_jumpseller);
    qInfo("Seeded the demo shop in %lld ms (Bsale %lld ms, Jumpseller %lld ms)", timer.elapsed(), report.bsaleMs,
          report.jumpsellerMs);
    QCOMPARE(report.erpVariants, int(m_data.erp.variants.size()));
    QVERIFY(m_bsale->start() != 0);
    QVERIFY(m_jumpseller->start() != 0);
}

QJsonObject TestDemoSeeder::bsaleGet(const QString &path, const QString &query)
{
    const auto reply = m_http.get(join(m_bsale->baseUrl(), u"/v1"_s + path, query),
                                  SandboxHttp::bsaleToken(u"puente-fake-bsale-token"_s));
    return reply.object();
}

int TestDemoSeeder::bsaleCount(const QString &resource)
{
    return bsaleGet(u"/%1.json"_s.arg(resource), u"limit=1"_s).value(u"count"_s).toInt(-1);
}

QJsonObject TestDemoSeeder::storeGet(const QString &path, const QString &query)
{
    const auto reply = m_http.get(join(m_jumpseller->baseUrl(), u"/v1"_s + path, query),
                                  SandboxHttp::jumpsellerBasic(m_jumpseller->login(), m_jumpseller->authToken()));
    return reply.document().isArray() ? QJsonObject {{u"list"_s, reply.array()}} : reply.object();
}

int TestDemoSeeder::storeCount(const QString &path)
{
    return storeGet(path).value(u"count"_s).toInt(-1);
}

void TestDemoSeeder::bsaleCountsMatchTheData()
{
    const auto &erp = m_data.erp;
    QCOMPARE(bsaleCount(u"offices"_s), int(erp.offices.size()));
    QCOMPARE(bsaleCount(u"taxes"_s), int(erp.taxes.size()));
    QCOMPARE(bsaleCount(u"product_types"_s), int(erp.productTypes.size()));
    QCOMPARE(bsaleCount(u"products"_s), int(erp.products.size()));
    QCOMPARE(bsaleCount(u"variants"_s), int(erp.variants.size()));
    QCOMPARE(bsaleCount(u"stocks"_s), int(erp.stocks.size()));
    QCOMPARE(bsaleCount(u"price_lists"_s), int(erp.priceLists.size()));
    QCOMPARE(bsaleCount(u"document_types"_s), int(erp.documentTypes.size()));
    QCOMPARE(bsaleCount(u"payment_types"_s), int(erp.paymentTypes.size()));
    QCOMPARE(bsaleCount(u"clients"_s), int(erp.clients.size()));
    for (const auto &list : erp.priceLists)
        QCOMPARE(bsaleCount(u"price_lists/%1/details"_s.arg(list.id)), int(list.details.size()));
    const auto &type = erp.productTypes.constFirst();
    QCOMPARE(bsaleCount(u"product_types/%1/attributes"_s.arg(type.id)), int(type.attributes.size()));
    QCOMPARE(m_bsale->companyId(), erp.cpnId);
}

void TestDemoSeeder::jumpsellerCountsMatchTheData()
{
    const auto &store = m_data.store;
    qsizetype variants = 0;
    for (const auto &p : store.products)
        variants += p.variants.size();
    QCOMPARE(storeCount(u"/products/count.json"_s), int(store.products.size()));
    QCOMPARE(m_jumpseller->variantCount(), int(variants));
    QCOMPARE(storeCount(u"/categories/count.json"_s), int(store.categories.size()));
    QCOMPARE(storeCount(u"/orders/count.json"_s), int(store.orders.size()));
    QCOMPARE(storeGet(u"/checkout_custom_fields.json"_s).value(u"list"_s).toArray().size(),
             qsizetype(store.checkoutFields.size()));
    QCOMPARE(storeGet(u"/custom_fields.json"_s).value(u"list"_s).toArray().size(),
             qsizetype(store.customFields.size()));
    QCOMPARE(storeGet(u"/store/info.json"_s).value(u"store"_s).toObject().value(u"code"_s).toString(), store.code);
}

void TestDemoSeeder::recordsKeepTheDataIds()
{
    const auto &variant = m_data.erp.variants.at(7);
    QCOMPARE(bsaleGet(u"/variants/%1.json"_s.arg(variant.id)).value(u"code"_s).toString(), variant.code);
    const auto &client = m_data.erp.clients.constLast();
    QCOMPARE(bsaleGet(u"/clients/%1.json"_s.arg(client.id)).value(u"code"_s).toString(), client.code);
    const auto &detail = m_data.erp.priceLists.constLast().details.at(3);
    const QJsonObject price =
        bsaleGet(u"/price_lists/%1/details/%2.json"_s.arg(m_data.erp.priceLists.constLast().id).arg(detail.id));
    QCOMPARE(price.value(u"variantValueWithTaxes"_s).toDouble(), double(detail.variantValueWithTaxes));

    for (const auto &product : m_data.store.products) {
        if (product.variants.size() < 2)
            continue;
        const QJsonObject served = storeGet(u"/products/%1.json"_s.arg(product.id)).value(u"product"_s).toObject();
        QCOMPARE(served.value(u"name"_s).toString(), product.name);
        const QJsonArray variants = served.value(u"variants"_s).toArray();
        QCOMPARE(variants.size(), product.variants.size());
        QCOMPARE(variants.at(1).toObject().value(u"id"_s).toInt(), product.variants.at(1).id);
        QCOMPARE(variants.at(1).toObject().value(u"sku"_s).toString(), product.variants.at(1).sku);
        QCOMPARE(served.value(u"categories"_s).toArray().first().toObject().value(u"id"_s).toInt(),
                 product.categoryIds.constFirst());
        break;
    }
    const auto &order = m_data.store.orders.at(5);
    QCOMPARE(storeGet(u"/orders/%1.json"_s.arg(order.id)).value(u"order"_s).toObject().value(u"total"_s).toDouble(),
             double(order.total));
}

void TestDemoSeeder::bsaleFlagsArriveOnTheVariants()
{
    const auto &t = m_data.trouble;
    const auto variantByCode = [this](const QString &code) {
        return bsaleGet(u"/variants.json"_s, u"code=%1"_s.arg(code)).value(u"items"_s).toArray().first().toObject();
    };
    QCOMPARE(variantByCode(t.serialSku).value(u"serialNumber"_s).toInt(), 1);
    QCOMPARE(variantByCode(t.unlimitedSku).value(u"unlimitedStock"_s).toInt(), 1);
    QCOMPARE(variantByCode(t.negativeStockSku).value(u"allowNegativeStock"_s).toInt(), 1);
    const int packProduct = variantByCode(t.packSku).value(u"product"_s).toObject().value(u"id"_s).toVariant().toInt();
    QCOMPARE(bsaleGet(u"/products/%1.json"_s.arg(packProduct)).value(u"classification"_s).toInt(), 3);
    const auto packVariantId = m_bsale->store().variantIdByCode(t.packSku);
    QVERIFY(!m_bsale->store().variants().find(packVariantId)->pack.isEmpty());
    // The brand id travels on the product.
    const auto &branded = *std::find_if(m_data.erp.products.cbegin(), m_data.erp.products.cend(),
                                        [](const auto &p) { return p.brandId != 0; });
    QCOMPARE(bsaleGet(u"/products/%1.json"_s.arg(branded.id)).value(u"brandId"_s).toInt(), branded.brandId);
}

void TestDemoSeeder::duplicateSkuIsFoundTwiceThroughSearch()
{
    QVERIFY(!m_data.trouble.duplicateStoreSkus.isEmpty());
    for (const QString &sku : m_data.trouble.duplicateStoreSkus) {
        const QJsonArray found =
            storeGet(u"/products/search.json"_s,
                     u"query=%1&fields=sku,variants"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(sku))))
                .value(u"list"_s)
                .toArray();
        int occurrences = 0;
        for (const QJsonValue &entry : found) {
            const QJsonObject product = entry.toObject().value(u"product"_s).toObject();
            const QJsonArray variants = product.value(u"variants"_s).toArray();
            if (variants.isEmpty() && product.value(u"sku"_s).toString() == sku)
                ++occurrences;
            for (const QJsonValue &v : variants)
                occurrences += v.toObject().value(u"sku"_s).toString() == sku ? 1 : 0;
        }
        QVERIFY2(occurrences >= 2, qPrintable(u"%1 seen %2 times"_s.arg(sku).arg(occurrences)));
    }
}

void TestDemoSeeder::facturaOrderWithInvalidRutIsThere()
{
    const auto &t = m_data.trouble;
    QVERIFY(t.invalidRutOrderId != 0);
    const QJsonObject order = storeGet(u"/orders/%1.json"_s.arg(t.invalidRutOrderId)).value(u"order"_s).toObject();
    QCOMPARE(order.value(u"billing_address"_s).toObject().value(u"taxid"_s).toString(), t.invalidRut);
    QString document;
    for (const QJsonValue &field : order.value(u"additional_fields"_s).toArray()) {
        if (field.toObject().value(u"label"_s).toString() == u"Tipo de Documento"_s)
            document = field.toObject().value(u"value"_s).toString();
    }
    QCOMPARE(document, u"Factura"_s);
    // The duplicated RUT is on two Bsale clients.
    QCOMPARE(bsaleGet(u"/clients.json"_s, u"code=%1"_s.arg(t.duplicateClientRut)).value(u"count"_s).toInt(), 2);
}

void TestDemoSeeder::orderStatusesAndStockAsInTheData()
{
    const QJsonObject state = m_jumpseller->state();
    const QJsonObject byStatus = state.value(u"orders_by_status"_s).toObject();
    QHash<QString, int> expected;
    for (const auto &order : m_data.store.orders)
        ++expected[order.statusEnum];
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(byStatus.value(it.key()).toInt(), it.value());

    // Seeding moved no stock: both sides hold exactly the data's numbers.
    const auto &row = m_data.erp.stocks.at(11);
    QCOMPARE(m_bsale->stockQuantity(row.variantId, row.officeId), row.quantity);
    for (const auto &product : m_data.store.products) {
        if (!product.variants.isEmpty() && !product.variants.constFirst().stockUnlimited) {
            QCOMPARE(m_jumpseller->variantStock(product.variants.constFirst().id).value_or(-1),
                     product.variants.constFirst().stock);
            break;
        }
    }
}

void TestDemoSeeder::answerKeyIsNotServed()
{
    const auto body = m_http
                          .get(join(m_jumpseller->baseUrl(), u"/v1/products.json"_s, u"limit=100"_s),
                               SandboxHttp::jumpsellerBasic(m_jumpseller->login(), m_jumpseller->authToken()))
                          .body;
    QVERIFY(body.size() > 1000);
    QVERIFY(!body.contains("linked"));
    QVERIFY(!body.contains("matching"));
    QVERIFY(!body.contains("trouble"));
    const auto erp = m_http
                         .get(join(m_bsale->baseUrl(), u"/v1/variants.json"_s, u"limit=50"_s),
                              SandboxHttp::bsaleToken(u"puente-fake-bsale-token"_s))
                         .body;
    QVERIFY(!erp.contains("linked"));
}

void TestDemoSeeder::cancellingASeededOrderGivesItsStockBack()
{
    for (const auto &order : m_data.store.orders) {
        const auto &line = order.products.constFirst();
        if (order.statusEnum != u"pending_payment"_s || order.products.size() != 1 || line.productId == 0)
            continue;
        const auto stockOf = [&] {
            return line.variantId ? m_jumpseller->variantStock(line.variantId).value_or(-1)
                                  : m_jumpseller->productStock(line.productId).value_or(-1);
        };
        const int before = stockOf();
        const auto reply = m_http.post(join(m_jumpseller->baseUrl(), u"/_admin/orders/%1/cancel"_s.arg(order.id)));
        QCOMPARE(reply.status, 200);
        QCOMPARE(stockOf(), before + line.qty);
        return;
    }
    QFAIL("no pending single-line order in the demo data");
}

void TestDemoSeeder::reseedClearsAndSeedsLarge()
{
    DemoShopOptions options;
    options.kind = DemoShopOptions::Kind::Large;
    options.variantCount = 20000;
    DemoShopData large;
    const auto report = DemoSeeder::reseed(options, *m_bsale, *m_jumpseller, &large);
    qInfo("large:20000 generated in %lld ms, seeded Bsale in %lld ms and Jumpseller in %lld ms", report.generateMs,
          report.bsaleMs, report.jumpsellerMs);
    QCOMPARE(report.erpVariants, 20000);
    QCOMPARE(report.storeVariants, 20000);
    QCOMPARE(bsaleCount(u"variants"_s), 20000);
    QCOMPARE(bsaleCount(u"clients"_s), int(large.erp.clients.size()));
    QCOMPARE(bsaleCount(u"documents"_s), 0);
    QCOMPARE(storeCount(u"/orders/count.json"_s), 0);
    QCOMPARE(storeCount(u"/products/count.json"_s), int(large.store.products.size()));
    // Every store SKU finds its Bsale twin.
    const auto &product = large.store.products.constLast();
    const QString sku = product.variants.isEmpty() ? product.sku : product.variants.constLast().sku;
    QVERIFY(m_jumpseller->findSku(sku).has_value());
    QVERIFY(m_bsale->store().variantIdByCode(sku) != 0);
}

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
