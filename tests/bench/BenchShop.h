#pragma once

// The stock benchmarks' rig, on the real clock: FakeBsale and FakeJumpseller in this process
// (loopback HTTP), a real journal in a temporary directory, ApiClients paced with the clients'
// recommended limits (optionally scaled together with the fakes' own limits), and a catalogue
// of linked items written straight into the journal, as a pull and the auto-linker leave it.

#include "FakeBsale.h"
#include "FakeJumpseller.h"
#include "base/Clock.h"
#include "connectors/bsale/BsaleClient.h"
#include "connectors/jumpseller/JumpsellerClient.h"
#include "journal/Journal.h"
#include "journal/WriteTransaction.h"
#include "net/ApiClient.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

namespace puente::bench {

/** One item linked on both sides. */
struct BenchItem
{
    int erpVariantId = 0;
    int storeProductId = 0;
    int storeVariantId = 0;
};

inline QList<RateLimit> scaled(const QList<RateLimit> &limits, double scale)
{
    QList<RateLimit> out;
    for (RateLimit limit : limits) {
        limit.ratePerSecond *= scale;
        limit.burst = std::max(1, int(limit.burst * scale));
        out.append(limit);
    }
    return out;
}

/** The sustained rate a set of buckets allows (the slowest bucket). */
inline double sustainedRate(const QList<RateLimit> &limits)
{
    double rate = 1e12;
    for (const RateLimit &limit : limits)
        rate = std::min(rate, limit.ratePerSecond);
    return rate;
}

class BenchShop
{
public:
    static constexpr const char *kToken = "bench-bsale-token";

    explicit BenchShop(double rateScale = 1.0)
        : m_scale(rateScale)
    {
        bsale.setAccessToken(QString::fromLatin1(kToken));
        bsale.setRateScale(rateScale);
        bsale.start();
        basics = bsale.seedBasics();
        auto limits = store.rateLimits();
        limits.scale = rateScale;
        store.setRateLimits(limits);
        store.start();
        bsale.setRequestLogLimit(100);
        store.setRequestLogLimit(100);

        journal = std::make_unique<Journal>(m_dir.filePath(QStringLiteral("puente.sqlite")));
        if (const auto error = journal->open())
            qFatal("journal: %s", qPrintable(error->message));

        bsaleLimits = scaled(BsaleClient::recommendedLimits(), rateScale);
        storeLimits = scaled(JumpsellerClient::recommendedLimits(), rateScale);
        ApiClientConfig bsaleConfig;
        bsaleConfig.rateLimits.hostLimits.insert(bsale.baseUrl().host(), bsaleLimits);
        bsaleConfig.defaultTimeoutMs = 15000;
        // Both fakes listen on 127.0.0.1: one ApiClient each, so each host keeps its own pacing.
        bsaleApi = std::make_unique<ApiClient>(SystemClock::instance(), bsaleConfig);
        ApiClientConfig storeConfig;
        storeConfig.rateLimits.hostLimits.insert(store.baseUrl().host(), storeLimits);
        storeConfig.defaultTimeoutMs = 15000;
        storeApi = std::make_unique<ApiClient>(SystemClock::instance(), storeConfig);
        bsaleClient = std::make_unique<BsaleClient>(*bsaleApi, QByteArray(kToken));
        bsaleClient->setBaseUrl(bsale.baseUrl());
        storeClient = std::make_unique<JumpsellerClient>(*storeApi);
        storeClient->setBaseUrl(store.baseUrl().resolved(QUrl(QStringLiteral("/v1"))));
        storeClient->setCredentials(store.login(), store.authToken());
    }

    ~BenchShop()
    {
        storeClient.reset();
        bsaleClient.reset();
        storeApi.reset();
        bsaleApi.reset();
        journal.reset();
    }

    /**
     * `products` products with `variantsEach` variants on both sides (store products with one
     * variant are simple products), each variant with `stock` units on both sides, all linked.
     */
    QList<BenchItem> seed(int products, int variantsEach, int stock)
    {
        QList<BenchItem> items;
        items.reserve(products * variantsEach);
        bsale.reserveVariants(products * variantsEach);
        QSqlDatabase db = journal->database();
        WriteTransaction transaction(db);
        QSqlQuery erp(db), shop(db), link(db);
        erp.prepare(QStringLiteral("INSERT INTO erp_variants (variant_id, product_id, product_name, sku, price,"
                                   " quantity_available, in_office, pulled_at) VALUES (?, ?, ?, ?, 11900, ?, 1, 0)"));
        shop.prepare(QStringLiteral("INSERT INTO store_variants (product_id, variant_id, product_name, sku, price,"
                                    " stock, status, pulled_at) VALUES (?, ?, ?, ?, 11900, ?, 'available', 0)"));
        link.prepare(QStringLiteral("INSERT INTO links (erp_variant_id, store_product_id, store_variant_id, how,"
                                    " created_at) VALUES (?, ?, ?, 'sku', 0)"));
        for (int p = 0; p < products; ++p) {
            fakes::bsale::Product product;
            product.name = QStringLiteral("Producto %1").arg(p);
            const int erpProduct = bsale.addProduct(product);
            fakes::jumpseller::ProductSeed seed;
            seed.name = product.name;
            seed.price = 11900;
            QStringList skus;
            for (int v = 0; v < variantsEach; ++v) {
                const QString sku = QStringLiteral("B-%1-%2").arg(p).arg(v);
                skus.append(sku);
                if (variantsEach == 1) {
                    seed.sku = sku;
                    seed.stock = stock;
                } else {
                    fakes::jumpseller::VariantSeed vs;
                    vs.sku = sku;
                    vs.stock = stock;
                    vs.options = {{QStringLiteral("Talla"), QString::number(v)}};
                    seed.variants.append(vs);
                }
            }
            const int storeProduct = store.addProduct(seed);
            const QList<int> storeVariants =
                variantsEach == 1 ? QList<int> {0} : store.product(storeProduct)->variantIds;
            for (int v = 0; v < variantsEach; ++v) {
                fakes::bsale::Variant variant;
                variant.productId = erpProduct;
                variant.code = skus[v];
                const int erpVariant = bsale.addVariant(variant);
                bsale.setStock(erpVariant, basics.officeId, stock);
                bsale.setPrice(basics.priceListId, erpVariant, 10000); // a full pull reads the price list too
                BenchItem item {erpVariant, storeProduct, storeVariants.value(v)};
                items.append(item);
                bind(erp, {erpVariant, erpProduct, product.name, skus[v], stock});
                bind(shop, {storeProduct, item.storeVariantId, product.name, skus[v], stock});
                bind(link, {erpVariant, storeProduct, item.storeVariantId});
            }
        }
        if (!transaction.commit())
            qFatal("journal: %s", qPrintable(transaction.errorText()));
        return items;
    }

    std::optional<int> storeStock(const BenchItem &item) const
    {
        return item.storeVariantId ? store.variantStock(item.storeVariantId) : store.productStock(item.storeProductId);
    }

    /** Runs the event loop until `done()` or `ms` of real time. */
    static bool waitFor(const std::function<bool()> &done, int ms)
    {
        QDeadlineTimer deadline(ms);
        while (!done()) {
            if (deadline.hasExpired())
                return false;
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
        }
        return true;
    }

    static double percentile(QList<double> values, double p)
    {
        if (values.isEmpty())
            return 0;
        std::sort(values.begin(), values.end());
        // Nearest rank.
        const qsizetype rank = std::clamp<qsizetype>(qsizetype(std::ceil(p / 100.0 * values.size())), 1, values.size());
        return values.at(rank - 1);
    }

    fakes::FakeBsale bsale;
    fakes::FakeJumpseller store;
    fakes::FakeBsale::Basics basics;
    std::unique_ptr<Journal> journal;
    QList<RateLimit> bsaleLimits;
    QList<RateLimit> storeLimits;
    std::unique_ptr<ApiClient> bsaleApi;
    std::unique_ptr<ApiClient> storeApi;
    std::unique_ptr<BsaleClient> bsaleClient;
    std::unique_ptr<JumpsellerClient> storeClient;

private:
    static void bind(QSqlQuery &q, const QVariantList &values)
    {
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("journal: %s", qPrintable(q.lastError().text()));
    }

    QTemporaryDir m_dir;
    double m_scale;
};

} // namespace puente::bench
