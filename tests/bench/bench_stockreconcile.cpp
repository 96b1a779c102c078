// Benchmark: a full stock reconcile of 50,000 linked variants against the fakes, with both the
// fakes' limits and Puente's pacing scaled up by the same factor (default 25). Two read phases:
//   stock    (default): only what the stock reconcile needs, Bsale's stock for the office
//            (GET /stocks, 50 a page) and the store's products (GET /products, 100 a page),
//            written into the journal by the bench's own UPDATEs;
//   catalog: what a sync cycle really reads and writes before its stock stage (SyncWorker):
//            CatalogPull (Bsale variants, stocks, prices, product types; store products and
//            categories), CatalogRepository's writes, then the AutoLinker over the journal.
// The two hosts are read in parallel. Then StockCycle::runReconcile(): plan every pair, push
// the differences (one PUT each).
// Prints the wall time and the ideal time, requests ÷ allowed rate per host (the hosts overlap
// in the read phase, the pushes follow), and their ratio; goal: wall ≤ 1.2 × ideal.
// Usage: bench_stockreconcile [products, default 25000] [variants each, default 2]
//                             [changed %, default 10] [rate scale, default 25]
//                             [read phase: stock (default) | catalog]
#include "BenchShop.h"
#include "journal/CatalogRepository.h"
#include "journal/ExclusionRepository.h"
#include "journal/LinkRepository.h"
#include "sync/AutoLinker.h"
#include "sync/CatalogPull.h"
#include "sync/StockCycle.h"
#include "sync/SyncSettings.h"

#include <QtCore/QRandomGenerator>

#include <cmath>

using namespace puente;
using namespace puente::bench;

namespace {

/** The read phase of a reconcile: Bsale's stock and the store's catalogue into the journal. */
bool pull(BenchShop &shop, qint64 *bsaleRequests, qint64 *storeRequests)
{
    bool bsaleDone = false, storeDone = false, ok = true;
    QObject context;
    BsaleStockFilter filter;
    filter.officeId = shop.basics.officeId;
    const int bsaleBefore = shop.bsale.requestCount();
    const int storeBefore = shop.store.requestCount();
    shop.bsaleClient->stocks(filter, &context, [&](const ApiResult<QList<BsaleStock>> &stocks) {
        bsaleDone = true;
        if (!stocks.ok()) {
            ok = false;
            std::printf("Bsale stock failed: %s\n", qPrintable(stocks.error().toString()));
            return;
        }
        QSqlDatabase db = shop.journal->database();
        WriteTransaction transaction(db);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE erp_variants SET quantity_available = ?, in_office = 1 WHERE variant_id = ?"));
        for (const BsaleStock &row : stocks.value()) {
            q.addBindValue(row.quantityAvailable);
            q.addBindValue(row.variantId);
            q.exec();
        }
        ok = transaction.commit() && ok;
    });
    shop.storeClient->products(&context, {}, [&](ApiResult<QList<JumpsellerProduct>> products) {
        storeDone = true;
        if (!products.ok()) {
            ok = false;
            std::printf("store catalogue failed: %s\n", qPrintable(products.error().toString()));
            return;
        }
        QSqlDatabase db = shop.journal->database();
        WriteTransaction transaction(db);
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "UPDATE store_variants SET stock = ?, stock_unlimited = ? WHERE product_id = ? AND variant_id = ?"));
        for (const JumpsellerProduct &p : products.value()) {
            if (!p.hasVariants()) {
                q.addBindValue(p.stock);
                q.addBindValue(p.stockUnlimited ? 1 : 0);
                q.addBindValue(p.id);
                q.addBindValue(0);
                q.exec();
            }
            for (const JumpsellerVariant &v : p.variants) {
                q.addBindValue(v.stock);
                q.addBindValue(v.stockUnlimited ? 1 : 0);
                q.addBindValue(p.id);
                q.addBindValue(v.id);
                q.exec();
            }
        }
        ok = transaction.commit() && ok;
    });
    BenchShop::waitFor([&] { return bsaleDone && storeDone; }, 30 * 60 * 1000);
    *bsaleRequests = shop.bsale.requestCount() - bsaleBefore;
    *storeRequests = shop.store.requestCount() - storeBefore;
    return ok && bsaleDone && storeDone;
}

/** The read phase of a sync cycle: CatalogPull, the journal writes and the auto-linker. */
bool pullCatalogue(BenchShop &shop, qint64 *bsaleRequests, qint64 *storeRequests)
{
    SyncSettings settings;
    settings.officeIds = {shop.basics.officeId};
    settings.priceListId = shop.basics.priceListId;
    const int bsaleBefore = shop.bsale.requestCount();
    const int storeBefore = shop.store.requestCount();
    QElapsedTimer phase;
    phase.start();
    CatalogPull pull(*shop.bsaleClient, *shop.storeClient, settings);
    std::optional<CatalogSnapshot> snapshot;
    pull.start([&snapshot](const CatalogSnapshot &s) { snapshot = s; });
    BenchShop::waitFor([&] { return snapshot.has_value(); }, 30 * 60 * 1000);
    *bsaleRequests = shop.bsale.requestCount() - bsaleBefore;
    *storeRequests = shop.store.requestCount() - storeBefore;
    if (!snapshot || !snapshot->bsaleOk() || !snapshot->jumpsellerOk()) {
        std::printf("catalogue pull failed: %s\n",
                    snapshot ? qPrintable(snapshot->bsaleError.toString() + snapshot->jumpsellerError.toString())
                             : "timeout");
        return false;
    }
    const double pullSeconds = phase.restart() / 1000.0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const CatalogRepository catalog(*shop.journal);
    if (!catalog.writeErpVariants(snapshot->erp, now) || !catalog.writeStoreVariants(snapshot->store, now)
        || !catalog.writeTerms(CatalogTerm::Side::Erp, snapshot->erpTerms, now)
        || !catalog.writeTerms(CatalogTerm::Side::Store, snapshot->storeTerms, now)) {
        std::printf("journal write failed: %s\n", qPrintable(catalog.lastError()));
        return false;
    }
    const double writeSeconds = phase.restart() / 1000.0;
    const LinkRepository links(*shop.journal);
    const AutoLinkResult linked = AutoLinker(LinkRules::fromSettings(settings))
                                      .run(catalog.erpVariants(), catalog.storeVariants(), links.all(), links.blocks(),
                                           ExclusionRepository(*shop.journal).set());
    const bool ok = links.applyAutomatic(linked.added, linked.dropped, linked.needsManualLink, now);
    std::printf("read phase: catalogue pull %.1f s (%lld Bsale + %lld store items), journal writes %.1f s, auto-link "
                "%.1f s (%lld new links, %lld need a manual link)\n",
                pullSeconds, qlonglong(snapshot->erp.size()), qlonglong(snapshot->store.size()), writeSeconds,
                phase.elapsed() / 1000.0, qlonglong(linked.added.size()), qlonglong(linked.needsManualLink.size()));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int products = argc > 1 ? QByteArray(argv[1]).toInt() : 25000;
    const int variantsEach = argc > 2 ? QByteArray(argv[2]).toInt() : 2;
    const int changedPercent = argc > 3 ? QByteArray(argv[3]).toInt() : 10;
    const double scale = argc > 4 ? QByteArray(argv[4]).toDouble() : 25;
    const bool fullCycle = argc > 5 && QByteArray(argv[5]) == "catalog";

    BenchShop shop(scale);
    QElapsedTimer seeding;
    seeding.start();
    const QList<BenchItem> items = shop.seed(products, variantsEach, 20);
    // Bsale moved for some variants since the journal's last pull.
    QRandomGenerator random(11);
    int changed = 0;
    for (const BenchItem &item : items) {
        if (int(random.bounded(100)) < changedPercent) {
            shop.bsale.setStock(item.erpVariantId, shop.basics.officeId, 20 + 1 + random.bounded(9));
            ++changed;
        }
    }
    std::printf("full reconcile: %lld linked variants (%d products x %d), %d changed in Bsale; limits x%.0f "
                "(seeded in %.1f s); read phase: %s\n",
                qlonglong(items.size()), products, variantsEach, changed, scale, seeding.elapsed() / 1000.0,
                fullCycle ? "catalog (CatalogPull + journal writes + auto-link)" : "stock (stocks + store products)");

    StockCycle::Config config;
    config.officeIds = {shop.basics.officeId};
    config.storeCode = shop.store.store().code;
    StockCycle cycle(*shop.journal, *shop.bsaleClient, *shop.storeClient, SystemClock::instance(), config);

    QElapsedTimer wall;
    wall.start();
    qint64 bsaleReads = 0, storeReads = 0;
    if (!(fullCycle ? pullCatalogue(shop, &bsaleReads, &storeReads) : pull(shop, &bsaleReads, &storeReads)))
        return 2;
    const double readSeconds = wall.elapsed() / 1000.0;
    const int storeBefore = shop.store.requestCount();
    std::optional<StockCycleResult> result;
    cycle.runReconcile([&result](const StockCycleResult &r) { result = r; });
    BenchShop::waitFor([&] { return result.has_value(); }, 30 * 60 * 1000);
    const double wallSeconds = wall.elapsed() / 1000.0;
    if (!result || !result->ok) {
        std::printf("reconcile failed: %s\n", result ? qPrintable(result->error) : "timeout");
        return 2;
    }
    const qint64 storeWrites = shop.store.requestCount() - storeBefore;

    int wrong = 0;
    for (const BenchItem &item : items) {
        if (shop.storeStock(item) != int(shop.bsale.stockAvailable(item.erpVariantId, shop.basics.officeId)))
            ++wrong;
    }
    const double bsaleRate = sustainedRate(shop.bsaleLimits);
    const double storeRate = sustainedRate(shop.storeLimits);
    const double readIdeal = std::max(bsaleReads / bsaleRate, storeReads / storeRate);
    const double writeIdeal = storeWrites / storeRate;
    const double ideal = readIdeal + writeIdeal;
    const bool ok = wrong == 0 && wallSeconds <= 1.2 * ideal;
    std::printf("requests: Bsale %lld reads at %.0f/s; Jumpseller %lld reads + %lld in the reconcile "
                "(%d pushes, %d in flight, %lld held-order reads) at %.0f/s\n",
                bsaleReads, bsaleRate, storeReads, storeWrites, result->pushed, config.settings.pushConcurrency,
                storeWrites - result->pushed, storeRate);
    std::printf("ideal (requests / allowed rate, i.e. Puente's pacing): read %.1f s + reconcile %.1f s = %.1f s\n",
                readIdeal, writeIdeal, ideal);
    std::printf("wall: read %.1f s + reconcile %.1f s = %.1f s = %.2f x ideal (goal <= 1.2: %s); "
                "store matches Bsale for %lld of %lld variants\n",
                readSeconds, wallSeconds - readSeconds, wallSeconds, wallSeconds / ideal, ok ? "met" : "MISSED",
                qlonglong(items.size() - wrong), qlonglong(items.size()));
    // For comparison only: the same requests at the APIs' own sustained limits (Bsale 10/s and
    // 3,000 per 300 s, bsale.md; the Jumpseller fake's per-second and per-minute limits), which
    // Puente's pacing deliberately stays under.
    const fakes::jumpseller::RateLimitConfig &storeApi = shop.store.rateLimits();
    const double bsaleApiRate = 10 * scale;
    const double storeApiRate = std::min(double(storeApi.perSecond), storeApi.perMinute / 60.0) * storeApi.scale;
    const double apiIdeal = std::max(bsaleReads / bsaleApiRate, storeReads / storeApiRate) + storeWrites / storeApiRate;
    std::printf("at the APIs' own limits (Bsale %.0f/s, Jumpseller %.0f/s) the ideal would be %.1f s; wall = %.2f x "
                "that\n",
                bsaleApiRate, storeApiRate, apiIdeal, wallSeconds / apiIdeal);
    return ok ? 0 : 1;
}
