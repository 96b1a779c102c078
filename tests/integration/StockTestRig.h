#pragma once

// Shared set-up of the stock sync integration tests: FakeBsale and FakeJumpseller on loopback,
// a real journal (SQLite in a temporary directory), real ApiClients paced with each client's
// recommended limits, BsaleClient, JumpsellerClient and a StockCycle, all on one ManualClock
// (the fakes' dates and rate windows included), so waits are exact and nothing sleeps.
// linkItem() creates one product on both sides, with stock, and writes the journal rows a
// catalogue pull and the auto-linker would have written.

#include "ClockPump.h"
#include "FakeBsale.h"
#include "FakeJumpseller.h"
#include "base/ManualClock.h"
#include "connectors/bsale/BsaleClient.h"
#include "connectors/jumpseller/JumpsellerClient.h"
#include "journal/Journal.h"
#include "net/ApiClient.h"
#include "sync/StockCycle.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimeZone>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <memory>
#include <optional>

namespace puente::test {

/** One item linked on both sides. */
struct LinkedItem
{
    int erpVariantId = 0;
    int erpProductId = 0;
    int storeProductId = 0;
    int storeVariantId = 0; ///< 0 = a product without variants
    QString sku;

    StoreVariantKey storeKey() const { return {storeProductId, storeVariantId}; }
};

class StockTestRig
{
public:
    static constexpr const char *kBsaleToken = "stock-rig-bsale-token";
    /** Tuesday 2025-03-11 15:00 UTC = 12:00 in Santiago (UTC-3): one calendar day on both. */
    static QDateTime startTime() { return {QDate(2025, 3, 11), QTime(15, 0), QTimeZone::utc()}; }

    explicit StockTestRig(StockSettings settings = {})
        : clock(startTime())
    {
        bsale.setAccessToken(QString::fromLatin1(kBsaleToken));
        bsale.setClock([this] { return clock.nowUtc().toMSecsSinceEpoch(); });
        bsalePort = bsale.start();
        basics = bsale.seedBasics();
        store.setClock([this] { return clock.nowUtc(); });
        storePort = store.start();

        journal = std::make_unique<Journal>(dir.filePath(QStringLiteral("puente.sqlite")));
        journalError = journal->open();

        bsaleApi = std::make_unique<ApiClient>(clock, apiConfig(bsale.baseUrl(), true));
        storeApi = std::make_unique<ApiClient>(clock, apiConfig(store.baseUrl(), false));
        bsaleClient = std::make_unique<BsaleClient>(*bsaleApi, QByteArray(kBsaleToken));
        bsaleClient->setBaseUrl(bsale.baseUrl());
        storeClient = std::make_unique<JumpsellerClient>(*storeApi);
        storeClient->setBaseUrl(store.baseUrl().resolved(QUrl(QStringLiteral("/v1"))));
        storeClient->setCredentials(store.login(), store.authToken());
        makeCycle(settings);
    }

    ~StockTestRig()
    {
        cycle.reset();
        storeClient.reset();
        bsaleClient.reset();
        storeApi.reset();
        bsaleApi.reset();
        journal.reset();
    }

    bool ready() const { return bsalePort != 0 && storePort != 0 && !journalError; }

    static ApiClientConfig apiConfig(const QUrl &base, bool isBsale)
    {
        ApiClientConfig config;
        config.retry.jitter = 0;
        config.retry.baseDelayMs = 500;
        config.defaultTimeoutMs = 5000;
        if (isBsale)
            BsaleClient::applyRecommendedLimits(config, base);
        else
            JumpsellerClient::applyRecommendedLimits(config, base);
        return config;
    }

    void makeCycle(const StockSettings &settings)
    {
        cycle.reset();
        StockCycle::Config config;
        config.officeIds = {basics.officeId};
        config.storeCode = store.store().code;
        config.settings = settings;
        cycle = std::make_unique<StockCycle>(*journal, *bsaleClient, *storeClient, clock, config);
    }

    /** A product with one variant in Bsale and a simple product (or one variant) in the store. */
    LinkedItem linkItem(const QString &sku, double bsaleStock, int storeStock, bool storeVariant = false,
                        qint64 grossPrice = 11900)
    {
        LinkedItem item;
        item.sku = sku;
        fakes::bsale::Product product;
        product.name = QStringLiteral("Producto ") + sku;
        item.erpProductId = bsale.addProduct(product);
        fakes::bsale::Variant variant;
        variant.productId = item.erpProductId;
        variant.code = sku;
        variant.description = QStringLiteral("Única");
        item.erpVariantId = bsale.addVariant(variant);
        bsale.setStock(item.erpVariantId, basics.officeId, bsaleStock);
        bsale.setPrice(basics.priceListId, item.erpVariantId, double(grossPrice) / 1.19);

        fakes::jumpseller::ProductSeed seed;
        seed.name = product.name;
        seed.price = double(grossPrice);
        if (storeVariant) {
            fakes::jumpseller::VariantSeed v;
            v.sku = sku;
            v.stock = storeStock;
            v.options = {{QStringLiteral("Talla"), QStringLiteral("M")}};
            seed.variants = {v};
        } else {
            seed.sku = sku;
            seed.stock = storeStock;
        }
        item.storeProductId = store.addProduct(seed);
        if (storeVariant)
            item.storeVariantId = store.product(item.storeProductId)->variantIds.value(0);

        writeJournalRows(item, bsaleStock, storeStock, grossPrice);
        return item;
    }

    /** The rows a catalogue pull and the auto-linker leave in the journal for `item`. */
    void writeJournalRows(const LinkedItem &item, std::optional<double> bsaleStock, std::optional<int> storeStock,
                          qint64 grossPrice)
    {
        const qint64 now = clock.nowUtc().toMSecsSinceEpoch();
        exec(QStringLiteral("INSERT OR REPLACE INTO erp_variants (variant_id, product_id, product_name, sku, price,"
                            " quantity_available, in_office, pulled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {item.erpVariantId, item.erpProductId, QString(QStringLiteral("Producto ") + item.sku), item.sku,
              grossPrice, bsaleStock.value_or(0), bsaleStock ? 1 : 0, now});
        exec(QStringLiteral("INSERT OR REPLACE INTO store_variants (product_id, variant_id, product_name, sku, price,"
                            " stock, status, pulled_at) VALUES (?, ?, ?, ?, ?, ?, 'available', ?)"),
             {item.storeProductId, item.storeVariantId, QString(QStringLiteral("Producto ") + item.sku), item.sku,
              grossPrice, storeStock ? QVariant(*storeStock) : QVariant(), now});
        exec(QStringLiteral("INSERT OR REPLACE INTO links (erp_variant_id, store_product_id, store_variant_id, how,"
                            " created_at) VALUES (?, ?, ?, 'sku', ?)"),
             {item.erpVariantId, item.storeProductId, item.storeVariantId, now});
    }

    /** A POS boleta (dispatch:1) of `quantity` units of `item` at the office. */
    bool sell(const LinkedItem &item, double quantity, const QString &salesId = {})
    {
        fakes::FakeBsale::SaleLine line;
        line.variantId = item.erpVariantId;
        line.quantity = quantity;
        const auto result = bsale.posSale(basics.officeId, {line}, salesId);
        lastDocumentId = result.id;
        return result.ok();
    }
    bool receive(const LinkedItem &item, double quantity)
    {
        fakes::FakeBsale::MovementLine line;
        line.variantId = item.erpVariantId;
        line.quantity = quantity;
        line.cost = 900;
        return bsale.reception(basics.officeId, {line}).ok();
    }
    bool consume(const LinkedItem &item, double quantity)
    {
        fakes::FakeBsale::MovementLine line;
        line.variantId = item.erpVariantId;
        line.quantity = quantity;
        return bsale.consumption(basics.officeId, {line}, QStringLiteral("merma")).ok();
    }
    /** A credit note made in Bsale (not through Puente) giving back `quantity` units of the
     *  first line of sale `saleId`. */
    bool returnUnits(int saleId, double quantity)
    {
        const QJsonObject sale = bsale.documentJson(saleId);
        const QJsonArray lines =
            sale.value(QStringLiteral("details")).toObject().value(QStringLiteral("items")).toArray();
        const int detailId = lines.at(0).toObject().value(QStringLiteral("id")).toInt();
        const QJsonObject client {{QStringLiteral("code"), QStringLiteral("1-9")},
                                  {QStringLiteral("city"), QStringLiteral("Santiago")},
                                  {QStringLiteral("municipality"), QStringLiteral("Santiago")},
                                  {QStringLiteral("activity"), QStringLiteral("Cliente")},
                                  {QStringLiteral("address"), QStringLiteral("Calle 1")}};
        const QJsonObject line {{QStringLiteral("documentDetailId"), detailId},
                                {QStringLiteral("quantity"), quantity},
                                {QStringLiteral("unitValue"), 0}};
        const auto made = bsale.createReturn(QJsonObject {
            {QStringLiteral("documentTypeId"), basics.creditNoteTypeId},
            {QStringLiteral("officeId"), basics.officeId},
            {QStringLiteral("referenceDocumentId"), saleId},
            {QStringLiteral("motive"), QStringLiteral("devolución")},
            {QStringLiteral("declareSii"), 1},
            {QStringLiteral("priceAdjustment"), 0},
            {QStringLiteral("editTexts"), 0},
            {QStringLiteral("type"), 0},
            {QStringLiteral("client"), client},
            {QStringLiteral("details"), QJsonArray {line}},
        });
        if (!made.ok())
            qWarning() << "return refused:" << made.error;
        return made.ok();
    }
    /** A storefront order for `quantity` units of `item`, pending payment; its id or 0. */
    int placeOrder(const LinkedItem &item, int quantity)
    {
        fakes::jumpseller::OrderLineSeed line;
        line.productId = item.storeProductId;
        line.variantId = item.storeVariantId;
        line.qty = quantity;
        fakes::jumpseller::OrderSeed seed;
        seed.lines = {line};
        QString error;
        const int id = store.createOrder(seed, &error);
        if (id == 0)
            qWarning("createOrder: %s", qPrintable(error));
        return id;
    }

    /** What a pull would have read from the store now, into the journal. */
    void pullStoreStock(const LinkedItem &item)
    {
        const auto stock =
            item.storeVariantId ? store.variantStock(item.storeVariantId) : store.productStock(item.storeProductId);
        exec(QStringLiteral("UPDATE store_variants SET stock = ? WHERE product_id = ? AND variant_id = ?"),
             {stock ? QVariant(*stock) : QVariant(), item.storeProductId, item.storeVariantId});
    }

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(journal->database());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning("journal: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(journal->database());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }

    std::optional<int> storeStock(const LinkedItem &item) const
    {
        return item.storeVariantId ? store.variantStock(item.storeVariantId) : store.productStock(item.storeProductId);
    }

    /** PUTs the store got for `item`. */
    int storePuts(const LinkedItem &item) const
    {
        const QString path = item.storeVariantId
            ? QStringLiteral("/v1/products/%1/variants/%2.json").arg(item.storeProductId).arg(item.storeVariantId)
            : QStringLiteral("/v1/products/%1.json").arg(item.storeProductId);
        int count = 0;
        for (const auto &r : store.requests()) {
            if (r.method == "PUT" && r.path == path)
                ++count;
        }
        return count;
    }

    int requestsTo(const fakes::HttpFake &fake, const QByteArray &method, const QString &path) const
    {
        int count = 0;
        for (const auto &r : fake.requests()) {
            if (r.method == method && r.path == path)
                ++count;
        }
        return count;
    }

    bool idle() const { return bsaleApi->inFlightCount() == 0 && storeApi->inFlightCount() == 0; }

    bool pump(const std::function<bool()> &done, int realMs = 15000)
    {
        return pumpUntil(
            clock, done, [this] { return idle(); }, realMs);
    }

    /** Like pump(), but jumps the clock only over short waits (the rate limiters' pacing), not
     *  to a scheduler's next poll, which may then run only when the test moves the clock. */
    bool pumpShortWaits(const std::function<bool()> &done, qint64 longestJumpMs = 1000, int realMs = 15000)
    {
        return pumpUntil(
            clock, done,
            [this, longestJumpMs] {
                const qint64 next = clock.msUntilNext();
                return idle() && next >= 0 && next <= longestJumpMs;
            },
            realMs);
    }

    /** Lets virtual time pass until `untilMs` (monotonic): runs whatever is busy to its end
     *  (short waits only), then jumps to the next scheduled thing, and so on. */
    bool runUntil(qint64 untilMs, const std::function<bool()> &busy, int realMs = 30000)
    {
        QDeadlineTimer deadline(realMs);
        while (!deadline.hasExpired()) {
            if (!pumpShortWaits([&busy] { return !busy(); }, 1000, int(deadline.remainingTime())))
                return false;
            const qint64 next = clock.msUntilNext();
            if (next < 0 || clock.monotonicMs() + next > untilMs) {
                clock.advance(std::max<qint64>(0, untilMs - clock.monotonicMs()));
                return pumpShortWaits([&busy] { return !busy(); }, 1000, int(deadline.remainingTime()));
            }
            clock.advanceToNext();
        }
        return false;
    }

    /** Runs the event loop without moving the clock (webhooks arrive in real time; the rate
     *  limiters' bursts must cover what runs meanwhile). */
    bool pumpRealTime(const std::function<bool()> &done, int realMs = 15000)
    {
        return pumpUntil(
            clock, done, [] { return false; }, realMs);
    }

    /** Runs one pass and waits for its result. */
    std::optional<StockCycleResult> run(const std::function<void(StockCycle::Done)> &start)
    {
        std::optional<StockCycleResult> result;
        start([&result](const StockCycleResult &r) { result = r; });
        pump([&result] { return result.has_value(); });
        return result;
    }
    std::optional<StockCycleResult> runFast()
    {
        return run([this](StockCycle::Done d) { cycle->runFast(std::move(d)); });
    }
    std::optional<StockCycleResult> runReconcile()
    {
        return run([this](StockCycle::Done d) { cycle->runReconcile(std::move(d)); });
    }
    std::optional<StockCycleResult> runHinted(const StockHints &hints)
    {
        return run([this, hints](StockCycle::Done d) { cycle->runHinted(hints, std::move(d)); });
    }

    QTemporaryDir dir;
    ManualClock clock;
    fakes::FakeBsale bsale;
    fakes::FakeJumpseller store;
    quint16 bsalePort = 0;
    quint16 storePort = 0;
    fakes::FakeBsale::Basics basics;
    int lastDocumentId = 0;
    std::unique_ptr<Journal> journal;
    std::optional<JournalError> journalError;
    std::unique_ptr<ApiClient> bsaleApi;
    std::unique_ptr<ApiClient> storeApi;
    std::unique_ptr<BsaleClient> bsaleClient;
    std::unique_ptr<JumpsellerClient> storeClient;
    std::unique_ptr<StockCycle> cycle;
};

} // namespace puente::test
