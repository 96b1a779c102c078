// Importing Bsale products into the store through the worker, against the fakes: disabled
// products with price, stock, category and options; exclusions; idempotency, also when the
// store created a product but its answer never arrived.
#include "SyncTestShop.h"
#include "WorkerThread.h"
#include "journal/CatalogRepository.h"
#include "journal/ExclusionRepository.h"
#include "journal/LinkRepository.h"
#include "journal/MappingRepository.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;
using namespace puente;
using puente::test::BsaleItem;
using puente::test::item;
using puente::test::SyncTestShop;
using puente::test::WorkerThread;

class TestProductImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createsDisabledProductsWithPriceStockAndCategory();
    void productWithVariantsGetsOptions();
    void importTwiceCreatesNothingNew();
    void excludedProductIsUntouched();
    void lostAnswerIsLinkedNotCreatedAgain();
    void postSentTwiceByTheNetworkIsReported();
    void skipsWhatCannotBeFoundAgain();
    void importsOnlyTheSelectedProducts();

private:
    /** A worker that has pulled and linked once. */
    std::unique_ptr<WorkerThread> syncedWorker();
    ImportReport runImport(WorkerThread &worker, const QList<qint64> &productIds = {});
    QJsonObject storeProductBySku(const QString &sku) const;

    std::unique_ptr<SyncTestShop> m_shop;
};

void TestProductImport::init()
{
    m_shop = std::make_unique<SyncTestShop>();
    QVERIFY(!m_shop->journalError);
}

void TestProductImport::cleanup()
{
    m_shop.reset();
}

std::unique_ptr<WorkerThread> TestProductImport::syncedWorker()
{
    SyncWorker::Options options;
    options.timers = false;
    options.recommendedLimits = false;
    auto worker = std::make_unique<WorkerThread>(
        std::make_unique<SyncWorker>(m_shop->settings(), m_shop->credentials(), *m_shop->journal, options));
    worker->start();
    if (!worker->waitCycles(1) || !worker->cycles.first().ok())
        qWarning("the first cycle failed");
    return worker;
}

ImportReport TestProductImport::runImport(WorkerThread &worker, const QList<qint64> &productIds)
{
    const qsizetype before = worker.imports.size();
    worker.post([productIds](SyncWorker &w) { w.importProducts(productIds); });
    if (!worker.waitImports(int(before) + 1))
        qWarning("the import did not finish");
    return worker.imports.value(before);
}

QJsonObject TestProductImport::storeProductBySku(const QString &sku) const
{
    const auto found = m_shop->store.findSku(sku);
    return found ? m_shop->store.productJson(found->first) : QJsonObject();
}

void TestProductImport::createsDisabledProductsWithPriceStockAndCategory()
{
    fakes::bsale::ProductType type;
    type.name = u"Poleras"_s;
    const int typeId = m_shop->bsale.addProductType(type);
    const int mapped = m_shop->store.addCategory(u"Ropa"_s);
    BsaleItem polera = item(u"POL-1"_s, 5.7);
    polera.barcode = u"7801234"_s;
    m_shop->bsaleProduct(u"Polera"_s, {polera}, nullptr, typeId);
    m_shop->bsaleProduct(u"Descontinuado"_s, {item(u"OLD-1"_s, 3)}, nullptr, 0, 0, 1); // inactive in Bsale
    m_shop->bsaleProduct(u"Sin sucursal"_s, {item(u"NOS-1"_s, 0)}); // no stock row at the office
    auto worker = syncedWorker();
    QVERIFY(MappingRepository(*m_shop->journal)
                .set(Mapping {MappingKind::Category, QString::number(typeId), QString::number(mapped), {}},
                     QDateTime::currentDateTimeUtc()));

    const ImportReport report = runImport(*worker);
    QVERIFY2(report.ok(), QJsonDocument(report.toJson()).toJson().constData());
    QCOMPARE(report.productsCreated, 3);
    QCOMPARE(report.variantsLinked, 3);

    const QJsonObject created = storeProductBySku(u"POL-1"_s);
    QCOMPARE(created.value(u"name"_s).toString(), u"Polera"_s);
    QCOMPARE(created.value(u"status"_s).toString(), u"disabled"_s);
    QCOMPARE(created.value(u"price"_s).toDouble(), 11900.0); // gross, from the price list
    QCOMPARE(created.value(u"stock"_s).toInt(), 5); // whole units
    QCOMPARE(created.value(u"barcode"_s).toString(), u"7801234"_s);
    QStringList categories;
    for (const QJsonValue &category : created.value(u"categories"_s).toArray())
        categories.append(category.toObject().value(u"name"_s).toString());
    categories.sort();
    QCOMPARE(categories, (QStringList {u"Bsale"_s, u"Ropa"_s}));
    QCOMPARE(storeProductBySku(u"OLD-1"_s).value(u"stock"_s).toInt(), 0);
    QCOMPARE(storeProductBySku(u"OLD-1"_s).value(u"status"_s).toString(), u"disabled"_s);
    QCOMPARE(storeProductBySku(u"NOS-1"_s).value(u"stock"_s).toInt(), 0);

    // Links are recorded as imports, and the store rows are in the journal right away.
    const LinkRepository links(*m_shop->journal);
    QCOMPARE(links.count(), 3);
    for (const Link &link : links.all())
        QCOMPARE(link.how, LinkMethod::Import);
    QCOMPARE(links.linkedPairs().size(), 3);
    QVERIFY(worker->linksChanged >= 1);
}

void TestProductImport::productWithVariantsGetsOptions()
{
    fakes::bsale::ProductType type;
    type.name = u"Poleras"_s;
    const int typeId = m_shop->bsale.addProductType(type);
    fakes::bsale::Attribute size;
    size.productTypeId = typeId;
    size.name = u"Talla"_s;
    size.generateVariantName = 1;
    const int sizeId = m_shop->bsale.addAttribute(size);
    fakes::bsale::Attribute colour = size;
    colour.name = u"Color"_s;
    const int colourId = m_shop->bsale.addAttribute(colour);
    fakes::bsale::Attribute material = size;
    material.name = u"Material"_s;
    material.generateVariantName = 0; // not a variant name: a custom field, not an option
    const int materialId = m_shop->bsale.addAttribute(material);
    BsaleItem s = item(u"POL-S"_s, 2);
    s.net = 10000;
    s.attributes = {{sizeId, u"S"_s}, {colourId, u"Azul"_s}, {materialId, u"Algodón"_s}};
    BsaleItem m = item(u"POL-M"_s, 4);
    m.net = 12000;
    m.attributes = {{sizeId, u"M"_s}, {colourId, u"Azul"_s}, {materialId, u"Algodón"_s}};
    m_shop->bsaleProduct(u"Polera"_s, {s, m}, nullptr, typeId);
    auto worker = syncedWorker();
    // "Talla" goes to the store as "Size".
    QVERIFY(MappingRepository(*m_shop->journal)
                .set(Mapping {MappingKind::Option, QString::number(sizeId), u"Size"_s, {}},
                     QDateTime::currentDateTimeUtc()));

    const ImportReport report = runImport(*worker);
    QVERIFY2(report.ok(), QJsonDocument(report.toJson()).toJson().constData());
    QCOMPARE(report.productsCreated, 1);
    QCOMPARE(report.variantsLinked, 2);
    QCOMPARE(m_shop->store.productCount(), 1);
    const QJsonObject product = storeProductBySku(u"POL-M"_s);
    QCOMPARE(product.value(u"status"_s).toString(), u"disabled"_s);
    const QJsonArray variants = product.value(u"variants"_s).toArray();
    QCOMPARE(variants.size(), 2);
    const QJsonObject medium = variants.at(1).toObject();
    QCOMPARE(medium.value(u"sku"_s).toString(), u"POL-M"_s);
    QCOMPARE(medium.value(u"price"_s).toDouble(), 14280.0);
    QCOMPARE(medium.value(u"stock"_s).toInt(), 4);
    QStringList options;
    for (const QJsonValue &option : medium.value(u"options"_s).toArray())
        options.append(option.toObject().value(u"name"_s).toString() + u'='
                       + option.toObject().value(u"value"_s).toString());
    QCOMPARE(options, (QStringList {u"Size=M"_s, u"Color=Azul"_s}));
    const LinkRepository links(*m_shop->journal);
    QCOMPARE(links.forStore({product.value(u"id"_s).toInteger(), medium.value(u"id"_s).toInteger()})->how,
             LinkMethod::Import);
}

void TestProductImport::importTwiceCreatesNothingNew()
{
    for (int i = 0; i < 4; ++i)
        m_shop->bsaleProduct(u"Producto %1"_s.arg(i), {item(u"P-%1"_s.arg(i), i)});
    auto worker = syncedWorker();
    const ImportReport first = runImport(*worker);
    QCOMPARE(first.productsCreated, 4);
    const int products = m_shop->store.productCount();
    QCOMPARE(products, 4);

    const ImportReport second = runImport(*worker);
    QVERIFY(second.ok());
    QCOMPARE(second.productsCreated, 0);
    QCOMPARE(second.productsFound, 0);
    QCOMPARE(second.variantsLinked, 0);
    QVERIFY(second.skipped.isEmpty());
    QCOMPARE(m_shop->store.productCount(), products);

    // And a full cycle afterwards keeps the import links as they are.
    worker->post([](SyncWorker &w) { w.syncNow(); });
    QVERIFY(worker->waitCycles(2));
    QCOMPARE(worker->cycles.at(1).linked, 0);
    QCOMPARE(worker->cycles.at(1).unlinked, 0);
    QCOMPARE(worker->cycles.at(1).jumpseller.unchanged, 4);
    QCOMPARE(LinkRepository(*m_shop->journal).count(), 4);
}

void TestProductImport::excludedProductIsUntouched()
{
    const int kept = m_shop->bsaleProduct(u"Polera"_s, {item(u"POL-1"_s, 2)});
    const int excluded = m_shop->bsaleProduct(u"Consignación"_s, {item(u"CON-1"_s, 9)});
    const int byBrand = m_shop->bsaleProduct(u"Marca X"_s, {item(u"MX-1"_s, 1)}, nullptr, 0, 77);
    auto worker = syncedWorker();
    worker->post([excluded](SyncWorker &w) {
        w.setExclusion(
            Exclusion {ExclusionSide::Erp, ExclusionKind::Product, QString::number(excluded), u"consignment"_s, {}});
        w.setExclusion(Exclusion {ExclusionSide::Erp, ExclusionKind::Brand, u"77"_s, {}, {}});
    });
    const ImportReport report = runImport(*worker);
    QCOMPARE(report.productsCreated, 1);
    QCOMPARE(report.skipped.size(), 2);
    QSet<qint64> skipped;
    for (const ImportSkip &skip : report.skipped) {
        skipped.insert(skip.erpProductId);
        QVERIFY2(skip.reason.contains(u"excluded"_s), qPrintable(skip.reason));
    }
    QCOMPARE(skipped, (QSet<qint64> {excluded, byBrand}));
    QVERIFY(!m_shop->store.findSku(u"CON-1"_s));
    QVERIFY(!m_shop->store.findSku(u"MX-1"_s));
    QVERIFY(m_shop->store.findSku(u"POL-1"_s));
    QCOMPARE(LinkRepository(*m_shop->journal).count(), 1);
    // Even asked for by id, an excluded product stays out.
    const ImportReport asked = runImport(*worker, {excluded});
    QCOMPARE(asked.productsCreated, 0);
    QCOMPARE(asked.skipped.size(), 1);
    QVERIFY(!m_shop->store.findSku(u"CON-1"_s));
    Q_UNUSED(kept)
}

void TestProductImport::lostAnswerIsLinkedNotCreatedAgain()
{
    m_shop->bsaleProduct(u"Polera"_s, {item(u"POL-1"_s, 2)});
    auto worker = syncedWorker();
    // The store creates the product, but its answer is garbage: "failed" is not "not created".
    m_shop->store.injectFault(fakes::HttpFault::MalformedBody, 1, u"^/v1/products\\.json$"_s, "POST");
    const ImportReport report = runImport(*worker);
    QVERIFY2(report.ok(), QJsonDocument(report.toJson()).toJson().constData());
    QCOMPARE(report.productsCreated, 0);
    QCOMPARE(report.productsFound, 1);
    QCOMPARE(report.variantsLinked, 1);
    QCOMPARE(m_shop->store.productCount(), 1);
    QCOMPARE(LinkRepository(*m_shop->journal).all().first().how, LinkMethod::Import);
    // Nothing more the next time.
    QCOMPARE(runImport(*worker).productsCreated, 0);
    QCOMPARE(m_shop->store.productCount(), 1);
}

void TestProductImport::postSentTwiceByTheNetworkIsReported()
{
    m_shop->bsaleProduct(u"Polera"_s, {item(u"POL-1"_s, 2)});
    auto worker = syncedWorker();
    // The connection drops after the store took the POST: Qt sends it again by itself, and the
    // store (which has no idempotency key) creates a second product.
    m_shop->store.injectFault(fakes::HttpFault::ResetAfterHandling, 1, u"^/v1/products\\.json$"_s, "POST");
    const ImportReport report = runImport(*worker);
    QCOMPARE(m_shop->store.productCount(), 2);
    QCOMPARE(report.productsCreated, 1);
    QCOMPARE(report.variantsLinked, 1);
    QCOMPARE(report.errors.size(), 1);
    const QString message = report.errors.first().message;
    QVERIFY2(message.contains(u"2 products"_s) && message.contains(u"duplicate"_s), qPrintable(message));
    const Link link = LinkRepository(*m_shop->journal).all().first();
    QVERIFY2(message.contains(u"product %1 is linked"_s.arg(link.store.productId)), qPrintable(message));
    // The duplicate is never linked, and a second import creates nothing.
    QCOMPARE(runImport(*worker).productsCreated, 0);
    QCOMPARE(m_shop->store.productCount(), 2);
}

void TestProductImport::skipsWhatCannotBeFoundAgain()
{
    const int noSku = m_shop->bsaleProduct(u"Sin SKU"_s, {item({}, 1)});
    const int dupA = m_shop->bsaleProduct(u"Taza A"_s, {item(u"TAZA"_s, 1)});
    const int dupB = m_shop->bsaleProduct(u"Taza B"_s, {item(u"TAZA"_s, 1)});
    const int inStore = m_shop->bsaleProduct(u"Gorro"_s, {item(u"GOR"_s, 1)});
    m_shop->storeProduct(u"Gorro 1"_s, u"GOR"_s);
    m_shop->storeProduct(u"Gorro 2"_s, u"GOR"_s); // a duplicate in the store: not linked automatically
    auto worker = syncedWorker();
    const ImportReport report = runImport(*worker);
    QCOMPARE(report.productsCreated, 0);
    QHash<qint64, QString> reasons;
    for (const ImportSkip &skip : report.skipped)
        reasons.insert(skip.erpProductId, skip.reason);
    QVERIFY2(reasons.value(noSku).contains(u"no SKU"_s), qPrintable(reasons.value(noSku)));
    QVERIFY2(reasons.value(dupA).contains(u"2 Bsale variants"_s), qPrintable(reasons.value(dupA)));
    QVERIFY(reasons.contains(dupB));
    QVERIFY2(reasons.value(inStore).contains(u"already in the store"_s), qPrintable(reasons.value(inStore)));
    QCOMPARE(m_shop->store.productCount(), 2);
}

void TestProductImport::importsOnlyTheSelectedProducts()
{
    const int first = m_shop->bsaleProduct(u"Uno"_s, {item(u"U-1"_s, 1)});
    m_shop->bsaleProduct(u"Dos"_s, {item(u"D-2"_s, 1)});
    auto worker = syncedWorker();
    const ImportReport report = runImport(*worker, {first, 999999});
    QCOMPARE(report.productsCreated, 1);
    QCOMPARE(report.skipped.size(), 1);
    QCOMPARE(report.skipped.first().erpProductId, 999999);
    QVERIFY(m_shop->store.findSku(u"U-1"_s));
    QVERIFY(!m_shop->store.findSku(u"D-2"_s));
    // Asking again for an imported product says so.
    const ImportReport again = runImport(*worker, {first});
    QCOMPARE(again.skipped.size(), 1);
    QVERIFY(again.skipped.first().reason.contains(u"already linked"_s));
}

QTEST_GUILESS_MAIN(TestProductImport)
#include "tst_productimport.moc"
