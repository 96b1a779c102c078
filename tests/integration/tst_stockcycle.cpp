// StockCycle end to end against FakeBsale and FakeJumpseller over loopback, with a real journal:
// a POS sale, a reception, a consumption and a return in Bsale each reach the right store item;
// a pending store order is not counted twice; an excluded product is left alone; a reconcile
// pushes only differences; pre-sale and price sync.
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

#include "StockTestRig.h"
#include "billing/SalesId.h"
#include "sync/LinkedStockReader.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;
using puente::test::LinkedItem;
using puente::test::StockTestRig;

class TestStockCycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void posSaleReachesTheStore();
    void receptionReachesTheStore();
    void consumptionReachesTheStore();
    void returnReachesTheStore();
    void quietPollReadsLittleAndPushesNothing();
    void failedPassIsSeenAgain();
    void pendingOrderIsNotCountedTwice();
    void excludedProductIsUntouched();
    void reconcilePushesOnlyDifferences();
    void presaleMakesUnlimited();
    void priceSyncAppliesTheRule();
    void hintedPassReadsDocumentAndProduct();
    void storeEditIsCorrectedByHint();

private:
    std::unique_ptr<StockTestRig> rig;
};

void TestStockCycle::init()
{
    rig = std::make_unique<StockTestRig>();
    QVERIFY(rig->ready());
}

void TestStockCycle::cleanup()
{
    rig.reset();
}

void TestStockCycle::posSaleReachesTheStore()
{
    const LinkedItem a = rig->linkItem(u"SKU-A"_s, 10, 10);
    const LinkedItem b = rig->linkItem(u"SKU-B"_s, 5, 5, true);
    const LinkedItem c = rig->linkItem(u"SKU-C"_s, 7, 7);
    QVERIFY(rig->sell(a, 2));
    QVERIFY(rig->sell(b, 1));

    const auto result = rig->runFast();
    QVERIFY(result);
    QVERIFY2(result->ok, qPrintable(result->error));
    QCOMPARE(result->newMovements, 2);
    QCOMPARE(result->touchedVariants, 2);
    QCOMPARE(result->pushed, 2);
    QCOMPARE(rig->storeStock(a), std::optional<int>(8));
    QCOMPARE(rig->storeStock(b), std::optional<int>(4)); // a store variant: PUT on the variant
    QCOMPARE(rig->storeStock(c), std::optional<int>(7));
    QCOMPARE(rig->storePuts(a), 1);
    QCOMPARE(rig->storePuts(b), 1);
    QCOMPARE(rig->storePuts(c), 0);
    // Two touched variants, and the office's whole stock list is one page here: one request.
    QCOMPARE(rig->requestsTo(rig->bsale, "GET", u"/v1/stocks.json"_s), 1);
    // The journal shows what was pushed.
    QCOMPARE(rig->scalar(u"SELECT stock FROM store_variants WHERE product_id = ?"_s, {a.storeProductId}).toInt(), 8);
    QCOMPARE(
        rig->scalar(u"SELECT quantity_available FROM erp_variants WHERE variant_id = ?"_s, {a.erpVariantId}).toDouble(),
        8.0);
}

void TestStockCycle::receptionReachesTheStore()
{
    const LinkedItem a = rig->linkItem(u"SKU-A"_s, 3, 3);
    const LinkedItem b = rig->linkItem(u"SKU-B"_s, 4, 4);
    QVERIFY(rig->receive(b, 12));
    const auto result = rig->runFast();
    QVERIFY(result && result->ok);
    QCOMPARE(result->newMovements, 1);
    QCOMPARE(rig->storeStock(b), std::optional<int>(16));
    QCOMPARE(rig->storePuts(a), 0);
    // One touched variant: its own stock list (variantid=...), not the office's.
    QList<fakes::HttpFakeRequest> stockReads;
    for (const auto &r : rig->bsale.requests()) {
        if (r.path == u"/v1/stocks.json"_s)
            stockReads.append(r);
    }
    QCOMPARE(stockReads.size(), 1);
    QCOMPARE(stockReads[0].queryValue(u"variantid"_s), QString::number(b.erpVariantId));
    QCOMPARE(stockReads[0].queryValue(u"officeid"_s), QString::number(rig->basics.officeId));
}

void TestStockCycle::consumptionReachesTheStore()
{
    const LinkedItem a = rig->linkItem(u"SKU-A"_s, 9, 9, true);
    QVERIFY(rig->consume(a, 4));
    const auto result = rig->runFast();
    QVERIFY(result && result->ok);
    QCOMPARE(rig->storeStock(a), std::optional<int>(5));
}

void TestStockCycle::returnReachesTheStore()
{
    const LinkedItem a = rig->linkItem(u"SKU-A"_s, 6, 6);
    QVERIFY(rig->sell(a, 3));
    const int saleId = rig->lastDocumentId;
    QVERIFY(rig->runFast()->ok);
    QCOMPARE(rig->storeStock(a), std::optional<int>(3));

    // A credit note giving 2 units back.
    QVERIFY(rig->returnUnits(saleId, 2));
    QCOMPARE(rig->bsale.stockAvailable(a.erpVariantId, rig->basics.officeId), 5.0);

    const auto result = rig->runFast();
    QVERIFY(result);
    QVERIFY2(result->ok, qPrintable(result->error));
    QVERIFY(result->newMovements >= 1);
    QCOMPARE(rig->storeStock(a), std::optional<int>(5));
}

void TestStockCycle::quietPollReadsLittleAndPushesNothing()
{
    const LinkedItem a = rig->linkItem(u"SKU-A"_s, 10, 10);
    QVERIFY(rig->sell(a, 1));
    QVERIFY(rig->runFast()->ok);
    const int bsaleBefore = rig->bsale.requestCount();
    const int storeBefore = rig->store.requestCount();

    const auto result = rig->runFast();
    QVERIFY(result && result->ok);
    QCOMPARE(result->newMovements, 0);
    QCOMPARE(result->pushed, 0);
    // Two counts and the day's receptions and consumptions: four requests, no document list.
    QCOMPARE(rig->bsale.requestCount() - bsaleBefore, 4);
    QCOMPARE(rig->store.requestCount() - storeBefore, 0);
    QCOMPARE(rig->storePuts(a), 1);
}

void TestStockCycle::failedPassIsSeenAgain()
{
    const LinkedItem a = rig->linkItem(u"SKU-A"_s, 10, 10);
    QVERIFY(rig->sell(a, 4));
    // Every read of the store fails for a while (its product GET): the pass fails, and the
    // movement is not committed.
    rig->store.injectFault(fakes::HttpFault::Status503, 50, u"^/v1/products/"_s, "GET");
    const auto failed = rig->runFast();
    QVERIFY(failed);
    QVERIFY(!failed->ok);
    QVERIFY(!failed->storeOk);
    QCOMPARE(rig->storeStock(a), std::optional<int>(10));

    rig->store.clearFaults();
    const auto again = rig->runFast();
    QVERIFY(again && again->ok);
    QCOMPARE(again->newMovements, 1); // the same sale, seen again
    QCOMPARE(rig->storeStock(a), std::optional<int>(6));
}

void TestStockCycle::pendingOrderIsNotCountedTwice()
{
    // jumpseller.md §6, with the store and Bsale in step at 10.
    const LinkedItem a = rig->linkItem(u"SKU-A"_s, 10, 10);
    QVERIFY(rig->runReconcile()->ok);
    QCOMPARE(rig->storePuts(a), 0);

    // 1. Checkout: order pending with 2 units; the store shows 8 (it took them), Bsale 10.
    const int orderId = rig->placeOrder(a, 2);
    QVERIFY(orderId > 0);
    QCOMPARE(rig->storeStock(a), std::optional<int>(8));
    rig->pullStoreStock(a); // a catalogue pull sees 8

    // A reconcile: target 10 − 2 = 8 = what the store shows. Nothing is pushed (pushing 10
    // would give the held units back; subtracting them from the store's 8 would make 6).
    auto result = rig->runReconcile();
    QVERIFY(result && result->ok);
    QCOMPARE(result->heldOrders, 1);
    QCOMPARE(result->planned, 0);
    QCOMPARE(rig->storeStock(a), std::optional<int>(8));

    // 2. A POS sale of 1 in Bsale: 9 available, 2 still held: the store gets 7, not 9 or 6.
    QVERIFY(rig->sell(a, 1));
    result = rig->runFast();
    QVERIFY(result && result->ok);
    QCOMPARE(rig->storeStock(a), std::optional<int>(7));

    // 3. The order is paid: the store does not move; still held.
    QVERIFY(rig->store.payOrder(orderId));
    QCOMPARE(rig->storeStock(a), std::optional<int>(7));
    result = rig->runReconcile();
    QVERIFY(result && result->ok);
    QCOMPARE(result->heldOrders, 1);
    QCOMPARE(result->planned, 0);

    // 4. Puente's boleta for the order, dispatched: Bsale books the 2 units (7 available). The
    //    poll sees the document and its salesId: the order is booked and no longer counted.
    //    Target 7 − 0 = 7: nothing to push (counting it again would make 5).
    const QString salesId = SalesId::forOrder(rig->store.store().code, QString::number(orderId), DocumentKind::Boleta);
    QVERIFY(rig->sell(a, 2, salesId));
    QCOMPARE(rig->bsale.stockAvailable(a.erpVariantId, rig->basics.officeId), 7.0);
    const int putsBefore = rig->storePuts(a);
    result = rig->runFast();
    QVERIFY(result);
    QVERIFY2(result->ok, qPrintable(result->error));
    QCOMPARE(result->heldOrders, 0);
    QCOMPARE(rig->storeStock(a), std::optional<int>(7));
    QCOMPARE(rig->storePuts(a), putsBefore);

    // 5. Once the journal records the document as emitted, the same holds without the salesId.
    QVERIFY(rig->exec(u"INSERT INTO orders (store_order_id, status, total, snapshot, first_seen_at, updated_at)"
                      " VALUES (?, 'paid', 0, '{}', 0, 0)"_s,
                      {orderId}));
    QVERIFY(rig->exec(u"INSERT INTO documents (store_order_id, kind, sales_id, state, created_at, updated_at)"
                      " VALUES (?, 'boleta', ?, 'emitted', 0, 0)"_s,
                      {orderId, salesId}));
    LinkedStockReader reader(*rig->journal);
    QCOMPARE(reader.bookedOrders({orderId, orderId + 1}), std::optional<QSet<qint64>>(QSet<qint64> {orderId}));
}

void TestStockCycle::excludedProductIsUntouched()
{
    const LinkedItem a = rig->linkItem(u"SKU-A"_s, 10, 10);
    const LinkedItem b = rig->linkItem(u"SKU-B"_s, 10, 10);
    QVERIFY(rig->exec(u"INSERT INTO exclusions (side, kind, target, created_at) VALUES ('erp', 'product', ?, 0)"_s,
                      {QString::number(a.erpProductId)}));
    QVERIFY(rig->sell(a, 3));
    QVERIFY(rig->sell(b, 3));

    const auto result = rig->runFast();
    QVERIFY(result && result->ok);
    QCOMPARE(result->skipped.value(StockSkip::Excluded), 1);
    QCOMPARE(result->pushed, 1);
    QCOMPARE(rig->storeStock(a), std::optional<int>(10));
    QCOMPARE(rig->storePuts(a), 0);
    QCOMPARE(rig->storeStock(b), std::optional<int>(7));

    // A reconcile leaves it alone too; so does a store-side exclusion of the other one.
    QVERIFY(rig->exec(u"INSERT INTO exclusions (side, kind, target, created_at) VALUES ('store', 'product', ?, 0)"_s,
                      {QString::number(b.storeProductId)}));
    QVERIFY(rig->sell(b, 1));
    QVERIFY(rig->exec(u"UPDATE erp_variants SET quantity_available = 6 WHERE variant_id = ?"_s, {b.erpVariantId}));
    const auto reconcile = rig->runReconcile();
    QVERIFY(reconcile && reconcile->ok);
    QCOMPARE(reconcile->skipped.value(StockSkip::Excluded), 2);
    QCOMPARE(reconcile->planned, 0);
    QCOMPARE(rig->storePuts(a), 0);
    QCOMPARE(rig->storeStock(b), std::optional<int>(7));
}

void TestStockCycle::reconcilePushesOnlyDifferences()
{
    QList<LinkedItem> items;
    for (int i = 0; i < 6; ++i)
        items.append(rig->linkItem(u"SKU-%1"_s.arg(i), 5, 5, i % 2 == 1));
    // Bsale moved for two of them since the pull (the journal is what the pull read).
    rig->exec(u"UPDATE erp_variants SET quantity_available = 2 WHERE variant_id = ?"_s, {items[1].erpVariantId});
    rig->exec(u"UPDATE erp_variants SET quantity_available = -3 WHERE variant_id = ?"_s, {items[4].erpVariantId});
    const auto result = rig->runReconcile();
    QVERIFY(result && result->ok);
    QCOMPARE(result->pairs, 6);
    QCOMPARE(result->planned, 2);
    QCOMPARE(result->pushed, 2);
    QCOMPARE(result->skipped.value(StockSkip::Unchanged), 4);
    QCOMPARE(rig->storeStock(items[1]), std::optional<int>(2));
    QCOMPARE(rig->storeStock(items[4]), std::optional<int>(0)); // max(0, −3)
    for (int i : {0, 2, 3, 5})
        QCOMPARE(rig->storePuts(items[i]), 0);

    // Run again: the journal now shows what was pushed, nothing left to do.
    const auto again = rig->runReconcile();
    QVERIFY(again && again->ok);
    QCOMPARE(again->planned, 0);
}

void TestStockCycle::presaleMakesUnlimited()
{
    StockSettings settings;
    settings.presale = true;
    rig->makeCycle(settings);
    const LinkedItem a = rig->linkItem(u"SKU-A"_s, 0, 0, true);
    const LinkedItem b = rig->linkItem(u"SKU-B"_s, 0, 0);
    rig->exec(u"UPDATE erp_variants SET allow_negative_stock = 1 WHERE variant_id = ?"_s, {a.erpVariantId});
    const auto result = rig->runReconcile();
    QVERIFY(result && result->ok);
    QCOMPARE(result->pushed, 1);
    QVERIFY(rig->store.variant(a.storeVariantId)->stockUnlimited);
    QCOMPARE(rig->storePuts(b), 0);
    QCOMPARE(
        rig->scalar(u"SELECT stock_unlimited FROM store_variants WHERE product_id = ?"_s, {a.storeProductId}).toInt(),
        1);
}

void TestStockCycle::priceSyncAppliesTheRule()
{
    StockSettings settings;
    settings.priceSync = true;
    settings.priceRule = PriceRule(1000, u"990"_s); // +10 %, up to …990
    rig->makeCycle(settings);
    const LinkedItem a = rig->linkItem(u"SKU-A"_s, 4, 4, false, 11900); // 13090 → 13990
    const auto result = rig->runReconcile();
    QVERIFY(result && result->ok);
    QCOMPARE(result->pushed, 1);
    QCOMPARE(rig->store.product(a.storeProductId)->price, 13990.0);
    QCOMPARE(rig->storeStock(a), std::optional<int>(4)); // stock was equal: not sent
    QVERIFY(!rig->store.requests().last().body.contains("\"stock\""));
}

void TestStockCycle::hintedPassReadsDocumentAndProduct()
{
    const LinkedItem a = rig->linkItem(u"SKU-A"_s, 10, 10);
    const LinkedItem b = rig->linkItem(u"SKU-B"_s, 10, 10);
    QVERIFY(rig->sell(a, 5));
    const int saleId = rig->lastDocumentId;
    StockHints hints;
    hints.bsaleDocumentIds.insert(saleId);
    hints.storeProductIds.insert(b.storeProductId);
    const auto result = rig->runHinted(hints);
    QVERIFY(result && result->ok);
    QCOMPARE(result->kind, StockCycleResult::Kind::Hinted);
    QCOMPARE(rig->requestsTo(rig->bsale, "GET", u"/v1/documents/%1.json"_s.arg(saleId)), 1);
    QCOMPARE(rig->storeStock(a), std::optional<int>(5));
    QCOMPARE(rig->storePuts(b), 0); // looked at, already right
    QCOMPARE(result->pairs, 2);
}

void TestStockCycle::storeEditIsCorrectedByHint()
{
    const LinkedItem a = rig->linkItem(u"SKU-A"_s, 10, 10);
    QVERIFY(rig->store.setProductStock(a.storeProductId, 50)); // a merchant's edit in the admin
    StockHints hints;
    hints.storeProductIds.insert(a.storeProductId);
    const auto result = rig->runHinted(hints);
    QVERIFY(result && result->ok);
    QCOMPARE(rig->storeStock(a), std::optional<int>(10));
}

QTEST_GUILESS_MAIN(TestStockCycle)
#include "tst_stockcycle.moc"
