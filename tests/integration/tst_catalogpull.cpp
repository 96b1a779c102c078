// CatalogPull against FakeBsale and FakeJumpseller: every page of both catalogues, progress,
// the mapping to journal values, and a failing side that leaves the other side complete.
#include "SyncTestShop.h"
#include "base/Clock.h"
#include "connectors/bsale/BsaleClient.h"
#include "connectors/jumpseller/JumpsellerClient.h"
#include "net/ApiClient.h"
#include "sync/CatalogPull.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace puente;
using puente::test::item;
using puente::test::SyncTestShop;

class TestCatalogPull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsEveryPageOfBothSides();
    void mapsBsaleVariants();
    void mapsStoreVariantsAndTerms();
    void failingSideIsReportedOtherSideCompletes();
    void cancelDropsTheCallback();

private:
    std::optional<CatalogSnapshot> pull(QList<SyncProgress> *progress = nullptr);

    std::unique_ptr<SyncTestShop> m_shop;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<BsaleClient> m_bsale;
    std::unique_ptr<JumpsellerClient> m_jumpseller;
    SyncSettings m_settings;
    int m_secondOffice = 0;
    int m_otherOffice = 0;
};

void TestCatalogPull::init()
{
    m_shop = std::make_unique<SyncTestShop>();
    fakes::bsale::Office office;
    office.name = u"Bodega"_s;
    m_secondOffice = m_shop->bsale.addOffice(office);
    office.name = u"Outlet"_s;
    m_otherOffice = m_shop->bsale.addOffice(office);
    m_settings = m_shop->settings();
    m_settings.officeIds = {m_shop->basics.officeId, m_secondOffice};
    ApiClientConfig config;
    config.retry.maxAttempts = 1;
    config.defaultTimeoutMs = 5000;
    m_api = std::make_unique<ApiClient>(SystemClock::instance(), config);
    m_bsale = std::make_unique<BsaleClient>(*m_api, QByteArray(SyncTestShop::kBsaleToken));
    m_bsale->setBaseUrl(m_settings.bsaleBaseUrl);
    m_jumpseller = std::make_unique<JumpsellerClient>(*m_api);
    m_jumpseller->setBaseUrl(m_settings.jumpsellerBaseUrl);
    m_jumpseller->setCredentials(m_shop->store.login(), m_shop->store.authToken());
}

void TestCatalogPull::cleanup()
{
    m_jumpseller.reset();
    m_bsale.reset();
    m_api.reset();
    m_shop.reset();
}

std::optional<CatalogSnapshot> TestCatalogPull::pull(QList<SyncProgress> *progress)
{
    CatalogPull pull(*m_bsale, *m_jumpseller, m_settings);
    QObject receiver;
    if (progress)
        connect(&pull, &CatalogPull::progress, &receiver, [progress](const SyncProgress &p) { progress->append(p); });
    std::optional<CatalogSnapshot> snapshot;
    pull.start([&snapshot](const CatalogSnapshot &s) { snapshot = s; });
    if (!QTest::qWaitFor([&snapshot] { return snapshot.has_value(); }, 15000))
        qWarning("the pull did not finish");
    return snapshot;
}

void TestCatalogPull::readsEveryPageOfBothSides()
{
    for (int i = 0; i < 60; ++i)
        m_shop->bsaleProduct(u"Producto %1"_s.arg(i), {item(u"B-%1-A"_s.arg(i), 1), item(u"B-%1-B"_s.arg(i), 2)});
    for (int i = 0; i < 250; ++i)
        m_shop->storeProduct(u"Item %1"_s.arg(i), u"J-%1"_s.arg(i));
    QList<SyncProgress> progress;
    const auto snapshot = pull(&progress);
    QVERIFY(snapshot);
    QVERIFY2(snapshot->bsaleOk(), qPrintable(snapshot->bsaleError.toString()));
    QVERIFY2(snapshot->jumpsellerOk(), qPrintable(snapshot->jumpsellerError.toString()));
    QCOMPARE(snapshot->erp.size(), 120);
    QCOMPARE(snapshot->store.size(), 250);

    // Bsale pages by 50: variants at offsets 0, 50, 100; Jumpseller by 100: pages 1, 2, 3.
    QStringList offsets;
    for (const auto &request : m_shop->bsale.requests()) {
        if (request.path == u"/v1/variants.json"_s)
            offsets.append(request.queryValue(u"offset"_s));
    }
    QCOMPARE(offsets, (QStringList {u"0"_s, u"50"_s, u"100"_s}));
    QStringList pages;
    for (const auto &request : m_shop->store.requests()) {
        if (request.path == u"/v1/products.json"_s)
            pages.append(request.queryValue(u"page"_s));
    }
    QCOMPARE(pages.mid(0, 3), (QStringList {u"1"_s, u"2"_s, u"3"_s}));

    bool bsaleDone = false;
    bool storeDone = false;
    qint64 lastBsale = -1;
    for (const SyncProgress &p : std::as_const(progress)) {
        if (p.phase == SyncPhase::PullingBsale && p.text.startsWith(u"Bsale variants"_s)) {
            QVERIFY(p.done >= lastBsale); // never goes back
            lastBsale = p.done;
            bsaleDone = bsaleDone || (p.done == 120 && p.total == 120);
        }
        storeDone = storeDone || (p.phase == SyncPhase::PullingJumpseller && p.done == 250 && p.total == 250);
    }
    QVERIFY(bsaleDone);
    QVERIFY(storeDone);
}

void TestCatalogPull::mapsBsaleVariants()
{
    fakes::bsale::ProductType type;
    type.name = u"Poleras"_s;
    const int typeId = m_shop->bsale.addProductType(type);
    fakes::bsale::Attribute size;
    size.productTypeId = typeId;
    size.name = u"Talla"_s;
    size.generateVariantName = 1;
    size.options = u"S|M|L"_s;
    const int sizeId = m_shop->bsale.addAttribute(size);
    QList<int> ids;
    m_shop->bsaleProduct(u"Polera"_s, {item(u"POL-S"_s, 3), item(u"POL-M"_s, 0)}, &ids, typeId, 4);
    m_shop->bsale.setStock(ids.at(0), m_secondOffice, 2.5);
    m_shop->bsale.setStock(ids.at(1), m_otherOffice, 9); // an office that is not configured
    QList<int> inactive;
    m_shop->bsaleProduct(u"Viejo"_s, {item(u"OLD"_s, 1)}, &inactive, 0, 0, 1);

    const auto snapshot = pull();
    QVERIFY(snapshot && snapshot->bsaleOk());
    QHash<qint64, ErpVariant> byId;
    for (const ErpVariant &v : snapshot->erp)
        byId.insert(v.variantId, v);
    const ErpVariant small = byId.value(ids.at(0));
    QCOMPARE(small.productName, u"Polera"_s);
    QCOMPARE(small.sku, u"POL-S"_s);
    QCOMPARE(small.quantityAvailable, 5.5); // 3 + 2.5 over the two configured offices
    QVERIFY(small.inOffice);
    QCOMPARE(small.grossPrice, std::optional<qint64>(11900)); // net 10,000 + IVA
    QCOMPARE(small.productTypeId, typeId);
    QCOMPARE(small.brandId, 4);
    QVERIFY(small.active);
    const ErpVariant medium = byId.value(ids.at(1));
    QCOMPARE(medium.quantityAvailable, 0.0);
    QVERIFY(!medium.inOffice); // only the outlet carries it
    QVERIFY(!byId.value(inactive.first()).active);

    QList<QString> kinds;
    for (const CatalogTerm &term : snapshot->erpTerms) {
        kinds.append(term.kind);
        if (term.kind == u"attribute"_s) {
            QCOMPARE(term.id, QString::number(sizeId));
            QCOMPARE(term.name, u"Talla"_s);
            QCOMPARE(term.parentId, QString::number(typeId));
            const QJsonObject detail = QJsonDocument::fromJson(term.detail.toUtf8()).object();
            QCOMPARE(detail.value(u"generateVariantName"_s).toBool(), true);
        }
    }
    QVERIFY(kinds.contains(u"product_type"_s));
    QVERIFY(kinds.contains(u"attribute"_s));
    QVERIFY(kinds.contains(u"brand"_s));
}

void TestCatalogPull::mapsStoreVariantsAndTerms()
{
    const int category = m_shop->store.addCategory(u"Poleras"_s);
    fakes::jumpseller::ProductSeed seed;
    seed.name = u"Polera"_s;
    seed.brand = u"Acme"_s;
    seed.price = 12990.4;
    seed.status = u"not-available"_s;
    seed.categoryIds = {category};
    fakes::jumpseller::VariantSeed m;
    m.sku = u"POL-M"_s;
    m.stock = 3;
    m.price = 13990;
    m.options = {{u"Talla"_s, u"M"_s}, {u"Color"_s, u"Azul"_s}};
    fakes::jumpseller::VariantSeed l = m;
    l.sku = u"POL-L"_s;
    l.options = {{u"Talla"_s, u"L"_s}, {u"Color"_s, u"Azul"_s}};
    seed.variants = {m, l};
    const int productId = m_shop->store.addProduct(seed);
    m_shop->storeProduct(u"Gorro"_s, u"GOR"_s, 7, 5990);

    const auto snapshot = pull();
    QVERIFY(snapshot && snapshot->jumpsellerOk());
    QCOMPARE(snapshot->store.size(), 3);
    const StoreVariant first = snapshot->store.at(0);
    QCOMPARE(first.key.productId, productId);
    QVERIFY(first.key.variantId > 0);
    QCOMPARE(first.sku, u"POL-M"_s);
    QCOMPARE(first.variantName, u"M / Azul"_s);
    QCOMPARE(first.brand, u"Acme"_s);
    QCOMPARE(first.status, u"not-available"_s);
    QCOMPARE(first.categoryIds, (QList<qint64> {category}));
    QCOMPARE(first.grossPrice, std::optional<qint64>(13990));
    QCOMPARE(first.stock, std::optional<qint64>(3));
    const StoreVariant gorro = snapshot->store.at(2);
    QCOMPARE(gorro.key.variantId, 0);
    QCOMPARE(gorro.grossPrice, std::optional<qint64>(5990));
    QCOMPARE(gorro.stock, std::optional<qint64>(7));

    QSet<QString> terms;
    for (const CatalogTerm &term : snapshot->storeTerms)
        terms.insert(term.kind + u':' + term.name);
    QCOMPARE(terms, (QSet<QString> {u"category:Poleras"_s, u"brand:Acme"_s, u"option:Talla"_s, u"option:Color"_s}));
}

void TestCatalogPull::failingSideIsReportedOtherSideCompletes()
{
    for (int i = 0; i < 3; ++i)
        m_shop->bsaleProduct(u"Producto %1"_s.arg(i), {item(u"B-%1"_s.arg(i), 1)});
    m_shop->storeProduct(u"Item"_s, u"J-1"_s);
    m_shop->bsale.injectFault(fakes::HttpFault::Status500, 1, u"price_lists"_s);
    const auto snapshot = pull();
    QVERIFY(snapshot);
    QVERIFY(!snapshot->bsaleOk());
    QCOMPARE(snapshot->bsaleError.httpStatus(), 500);
    QVERIFY(snapshot->erp.isEmpty()); // never a part of a side
    QVERIFY(snapshot->jumpsellerOk());
    QCOMPARE(snapshot->store.size(), 1);
}

void TestCatalogPull::cancelDropsTheCallback()
{
    m_shop->bsaleProduct(u"Producto"_s, {item(u"B-1"_s, 1)});
    CatalogPull pull(*m_bsale, *m_jumpseller, m_settings);
    bool called = false;
    pull.start([&called](const CatalogSnapshot &) { called = true; });
    QVERIFY(pull.isRunning());
    pull.cancel();
    QVERIFY(!pull.isRunning());
    QTest::qWait(300); // the answers arrive, and are dropped
    QVERIFY(!called);
    // A new pull after a cancel works.
    std::optional<CatalogSnapshot> snapshot;
    pull.start([&snapshot](const CatalogSnapshot &s) { snapshot = s; });
    QVERIFY(QTest::qWaitFor([&snapshot] { return snapshot.has_value(); }, 10000));
    QCOMPARE(snapshot->erp.size(), 1);
}

QTEST_GUILESS_MAIN(TestCatalogPull)
#include "tst_catalogpull.moc"
