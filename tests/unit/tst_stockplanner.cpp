// StockPlanner, rule by rule (its header numbers them): exclusions, the target with held units
// and max(0, …), pre-sale's "unlimited", only differences, absolute values, price sync.
#include <QtTest/QTest>

#include "sync/StockPlanner.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;

namespace {

LinkedPair pair(qint64 erpId, double available, std::optional<qint64> storeStock, qint64 product = 0,
                qint64 variant = 0)
{
    LinkedPair p;
    p.erp.variantId = erpId;
    p.erp.productId = erpId * 10;
    p.erp.inOffice = true;
    p.erp.quantityAvailable = available;
    p.store.key = {product ? product : erpId + 1000, variant};
    p.store.stock = storeStock;
    p.link.erpVariantId = erpId;
    p.link.store = p.store.key;
    p.link.how = LinkMethod::Sku;
    return p;
}

StockPlanner::Input input(QList<LinkedPair> pairs)
{
    StockPlanner::Input in;
    in.pairs = std::move(pairs);
    return in;
}

} // namespace

class TestStockPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void excludedIsSkippedEntirely();
    void targetIsAvailableMinusHeld();
    void targetNeverBelowZero();
    void negativeAvailableIsZero();
    void fractionsAreNotOffered();
    void notInOfficeIsZero();
    void onlyDifferencesArePushed();
    void unknownStoreStockIsPushed();
    void unlimitedWithPresale_data();
    void unlimitedWithPresale();
    void unlimitedAlreadyInStoreIsUnchanged();
    void presaleOffKeepsNumbers();
    void numberReplacesStoreUnlimited();
    void heldUnitsDoNotApplyToUnlimited();
    void priceSyncAppliesRule();
    void priceSyncOnlyWhenDifferent();
    void priceSyncWithoutBsalePrice();
    void priceOffIgnoresPrices();
    void duplicateStoreItemFirstWins();
    void reasonTellsWhy();
    void settingsFeedTheInput();
};

void TestStockPlanner::excludedIsSkippedEntirely()
{
    auto in = input({pair(1, 5, 9), pair(2, 5, 9)});
    in.priceSync = true;
    in.pairs[0].erp.grossPrice = 1990;
    in.isExcluded = [](const LinkedPair &p) { return p.erp.variantId == 1; };
    const StockPlan plan = StockPlanner::plan(in);
    QCOMPARE(plan.considered, 2);
    QCOMPARE(plan.skippedCount(StockSkip::Excluded), 1);
    QCOMPARE(plan.pushes.size(), 1);
    QCOMPARE(plan.pushes[0].erpVariantId, 2);
    QCOMPARE(plan.skippedCount(StockSkip::NoPrice), 1); // only the second one was priced
}

void TestStockPlanner::targetIsAvailableMinusHeld()
{
    auto in = input({pair(1, 10, 10, 50, 501)});
    in.pending.add({50, 501}, 3);
    in.pending.add({50, 502}, 9); // another variant of the same product: not ours
    const StockPlan plan = StockPlanner::plan(in);
    QCOMPARE(plan.pushes.size(), 1);
    QCOMPARE(plan.pushes[0].key, (StoreVariantKey {50, 501}));
    QCOMPARE(plan.pushes[0].stock, std::optional<qint64>(7));
    QVERIFY(!plan.pushes[0].unlimited);
}

void TestStockPlanner::targetNeverBelowZero()
{
    auto in = input({pair(1, 2, 1)});
    in.pending.add(in.pairs[0].store.key, 5);
    const StockPlan plan = StockPlanner::plan(in);
    QCOMPARE(plan.pushes.size(), 1);
    QCOMPARE(plan.pushes[0].stock, std::optional<qint64>(0));
}

void TestStockPlanner::negativeAvailableIsZero()
{
    // bsale.md §10.11: quantityAvailable can be negative; clamp.
    const StockPlan plan = StockPlanner::plan(input({pair(1, -4, 3)}));
    QCOMPARE(plan.pushes.size(), 1);
    QCOMPARE(plan.pushes[0].stock, std::optional<qint64>(0));
}

void TestStockPlanner::fractionsAreNotOffered()
{
    const StockPlan plan = StockPlanner::plan(input({pair(1, 2.75, 3), pair(2, 3.0, 3)}));
    QCOMPARE(plan.pushes.size(), 1);
    QCOMPARE(plan.pushes[0].stock, std::optional<qint64>(2));
    QCOMPARE(plan.skippedCount(StockSkip::Unchanged), 1);
}

void TestStockPlanner::notInOfficeIsZero()
{
    auto in = input({pair(1, 8, 8)});
    in.pairs[0].erp.inOffice = false;
    const StockPlan plan = StockPlanner::plan(in);
    QCOMPARE(plan.pushes.size(), 1);
    QCOMPARE(plan.pushes[0].stock, std::optional<qint64>(0));
}

void TestStockPlanner::onlyDifferencesArePushed()
{
    const StockPlan plan = StockPlanner::plan(input({pair(1, 5, 5), pair(2, 6, 5), pair(3, 0, 0)}));
    QCOMPARE(plan.considered, 3);
    QCOMPARE(plan.pushes.size(), 1);
    QCOMPARE(plan.pushes[0].erpVariantId, 2);
    QCOMPARE(plan.pushes[0].stock, std::optional<qint64>(6)); // absolute, not +1
    QCOMPARE(plan.pushes[0].previousStock, std::optional<qint64>(5));
    QCOMPARE(plan.skippedCount(StockSkip::Unchanged), 2);
}

void TestStockPlanner::unknownStoreStockIsPushed()
{
    const StockPlan plan = StockPlanner::plan(input({pair(1, 5, std::nullopt)}));
    QCOMPARE(plan.pushes.size(), 1);
    QCOMPARE(plan.pushes[0].stock, std::optional<qint64>(5));
}

void TestStockPlanner::unlimitedWithPresale_data()
{
    QTest::addColumn<bool>("unlimitedStock");
    QTest::addColumn<bool>("allowNegative");
    QTest::addColumn<bool>("expectUnlimited");
    QTest::newRow("unlimitedStock") << true << false << true;
    QTest::newRow("allowNegativeStock") << false << true << true;
    QTest::newRow("both") << true << true << true;
    QTest::newRow("neither") << false << false << false;
}

void TestStockPlanner::unlimitedWithPresale()
{
    QFETCH(bool, unlimitedStock);
    QFETCH(bool, allowNegative);
    QFETCH(bool, expectUnlimited);
    auto in = input({pair(1, 0, 4)});
    in.presale = true;
    in.pairs[0].erp.unlimitedStock = unlimitedStock;
    in.pairs[0].erp.allowNegativeStock = allowNegative;
    const StockPlan plan = StockPlanner::plan(in);
    QCOMPARE(plan.pushes.size(), 1);
    QCOMPARE(plan.pushes[0].unlimited, expectUnlimited);
    QCOMPARE(plan.pushes[0].stock, expectUnlimited ? std::nullopt : std::optional<qint64>(0));
    QCOMPARE(StockPlanner::targetStock(in.pairs[0], {}, true).has_value(), !expectUnlimited);
}

void TestStockPlanner::unlimitedAlreadyInStoreIsUnchanged()
{
    auto in = input({pair(1, 0, 4)});
    in.presale = true;
    in.pairs[0].erp.unlimitedStock = true;
    in.pairs[0].store.stockUnlimited = true;
    const StockPlan plan = StockPlanner::plan(in);
    QVERIFY(plan.pushes.isEmpty());
    QCOMPARE(plan.skippedCount(StockSkip::Unchanged), 1);
}

void TestStockPlanner::presaleOffKeepsNumbers()
{
    auto in = input({pair(1, 3, 0)});
    in.pairs[0].erp.allowNegativeStock = true;
    const StockPlan plan = StockPlanner::plan(in);
    QCOMPARE(plan.pushes.size(), 1);
    QVERIFY(!plan.pushes[0].unlimited);
    QCOMPARE(plan.pushes[0].stock, std::optional<qint64>(3));
}

void TestStockPlanner::numberReplacesStoreUnlimited()
{
    // Same number, but the store sells without limit: the number is pushed (with unlimited off).
    auto in = input({pair(1, 4, 4)});
    in.pairs[0].store.stockUnlimited = true;
    const StockPlan plan = StockPlanner::plan(in);
    QCOMPARE(plan.pushes.size(), 1);
    QCOMPARE(plan.pushes[0].stock, std::optional<qint64>(4));
    QVERIFY(plan.pushes[0].previousUnlimited);
}

void TestStockPlanner::heldUnitsDoNotApplyToUnlimited()
{
    auto in = input({pair(1, 0, 0)});
    in.presale = true;
    in.pairs[0].erp.unlimitedStock = true;
    in.pending.add(in.pairs[0].store.key, 3);
    QCOMPARE(StockPlanner::targetStock(in.pairs[0], in.pending, true), std::nullopt);
}

void TestStockPlanner::priceSyncAppliesRule()
{
    auto in = input({pair(1, 5, 5)});
    in.priceSync = true;
    in.priceRule = PriceRule(1000, u"990"_s);
    in.pairs[0].erp.grossPrice = 10000; // +10 % = 11000 → 11990
    in.pairs[0].store.grossPrice = 10000;
    const StockPlan plan = StockPlanner::plan(in);
    QCOMPARE(plan.pushes.size(), 1);
    QCOMPARE(plan.pushes[0].price, std::optional<qint64>(11990));
    QVERIFY(!plan.pushes[0].changesStock()); // stock was equal: price only
    QCOMPARE(plan.pushes[0].previousPrice, std::optional<qint64>(10000));
}

void TestStockPlanner::priceSyncOnlyWhenDifferent()
{
    auto in = input({pair(1, 5, 4)});
    in.priceSync = true;
    in.pairs[0].erp.grossPrice = 11990;
    in.pairs[0].store.grossPrice = 11990;
    const StockPlan plan = StockPlanner::plan(in);
    QCOMPARE(plan.pushes.size(), 1);
    QCOMPARE(plan.pushes[0].price, std::nullopt);
    QCOMPARE(plan.pushes[0].stock, std::optional<qint64>(5));
}

void TestStockPlanner::priceSyncWithoutBsalePrice()
{
    auto in = input({pair(1, 5, 5)});
    in.priceSync = true;
    in.pairs[0].store.grossPrice = 5000;
    const StockPlan plan = StockPlanner::plan(in);
    QVERIFY(plan.pushes.isEmpty());
    QCOMPARE(plan.skippedCount(StockSkip::NoPrice), 1);
    QCOMPARE(plan.skippedCount(StockSkip::Unchanged), 1);
}

void TestStockPlanner::priceOffIgnoresPrices()
{
    auto in = input({pair(1, 5, 5)});
    in.pairs[0].erp.grossPrice = 999;
    in.pairs[0].store.grossPrice = 5000;
    QVERIFY(StockPlanner::plan(in).pushes.isEmpty());
}

void TestStockPlanner::duplicateStoreItemFirstWins()
{
    const StockPlan plan = StockPlanner::plan(input({pair(1, 5, 0, 70, 0), pair(2, 9, 0, 70, 0)}));
    QCOMPARE(plan.pushes.size(), 1);
    QCOMPARE(plan.pushes[0].erpVariantId, 1);
    QCOMPARE(plan.skippedCount(StockSkip::DuplicateStoreItem), 1);
}

void TestStockPlanner::reasonTellsWhy()
{
    auto in = input({pair(1, 10, 10)});
    in.pending.add(in.pairs[0].store.key, 2);
    const StockPlan plan = StockPlanner::plan(in);
    QCOMPARE(plan.pushes.size(), 1);
    QCOMPARE(plan.pushes[0].reason, u"stock 10 → 8 (Bsale 10, held by store orders 2)"_s);
}

void TestStockPlanner::settingsFeedTheInput()
{
    StockSettings settings;
    settings.presale = true;
    settings.priceSync = true;
    settings.priceRule = PriceRule(500, u"90"_s, PriceRule::Rounding::Nearest);
    const auto in = StockPlanner::inputFor(settings);
    QVERIFY(in.presale);
    QVERIFY(in.priceSync);
    QCOMPARE(in.priceRule, settings.priceRule);
    QVERIFY(in.pairs.isEmpty());
    QCOMPARE(stockSkipName(StockSkip::Excluded), u"excluded"_s);
}

QTEST_GUILESS_MAIN(TestStockPlanner)
#include "tst_stockplanner.moc"
