#include "sync/StockCycle.h"

#include "base/Clock.h"
#include "base/Logging.h"
#include "billing/SalesId.h"
#include "connectors/bsale/BsaleClient.h"
#include "connectors/jumpseller/JumpsellerClient.h"
#include "sync/HeldOrderTracker.h"
#include "sync/LinkedStockReader.h"
#include "sync/PendingUnits.h"

#include <QtCore/QPointer>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

constexpr qsizetype kMaxRememberedSalesIds = 2000;
constexpr qint64 kEchoWindowMs = 60 * 1000;
constexpr int kBsalePageSize = BsaleClient::kPageLimit;
constexpr int kStorePageSize = JumpsellerClient::kPageSize;

/** The store items a product shows: its variants, or the product itself without variants. */
QList<StoreVariant> itemsOf(const JumpsellerProduct &product)
{
    QList<StoreVariant> out;
    auto make = [&product](qint64 variantId, int stock, bool unlimited, double price) {
        StoreVariant item;
        item.key = {product.id, variantId};
        item.stock = stock;
        item.stockUnlimited = unlimited;
        item.grossPrice = qint64(std::llround(price));
        return item;
    };
    if (product.hasVariants()) {
        for (const JumpsellerVariant &v : product.variants)
            out.append(make(v.id, v.stock, v.stockUnlimited, v.price));
    } else {
        out.append(make(0, product.stock, product.stockUnlimited, product.price));
    }
    return out;
}

qint64 pagesFor(qint64 items, int pageSize)
{
    return std::max<qint64>(1, (items + pageSize - 1) / pageSize);
}

} // namespace

void StockHints::merge(const StockHints &other)
{
    erpVariantIds.unite(other.erpVariantIds);
    bsaleDocumentIds.unite(other.bsaleDocumentIds);
    storeProductIds.unite(other.storeProductIds);
}

QString StockCycleResult::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Fast:
        return u"fast"_s;
    case Kind::Hinted:
        return u"hinted"_s;
    case Kind::Reconcile:
        return u"reconcile"_s;
    }
    return {};
}

struct StockCycle::Pass
{
    StockCycleResult result;
    Done done;
    qint64 startedMs = 0;
    std::optional<MovementPoll> poll; ///< committed at the end when the reads worked
    QSet<qint64> erpIds;
    QSet<qint64> storeProductIds;
    QList<LinkedPair> pairs;
};

StockCycle::StockCycle(const Journal &journal, BsaleClient &bsale, JumpsellerClient &store, Clock &clock, Config config,
                       QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_bsale(bsale)
    , m_store(store)
    , m_clock(clock)
    , m_config(std::move(config))
    , m_reader(std::make_unique<LinkedStockReader>(journal))
    , m_watcher(new MovementWatcher(
          bsale, journal, clock,
          {m_config.officeIds, m_config.settings.timeZone, m_config.settings.midnightGraceMinutes}, this))
    , m_held(new HeldOrderTracker(store, journal, clock, m_config.settings.heldOrderHours, this))
    , m_pusher(new StockPusher(store, clock, this))
{
    m_pusher->setConcurrency(m_config.settings.pushConcurrency);
    connect(m_pusher, &StockPusher::pushFinished, this, &StockCycle::pushFinished);
}

StockCycle::~StockCycle() = default;

void StockCycle::setSettings(const StockSettings &settings)
{
    m_config.settings = settings;
    m_pusher->setConcurrency(settings.pushConcurrency);
    m_held->setHeldOrderHours(settings.heldOrderHours);
}

std::shared_ptr<StockCycle::Pass> StockCycle::begin(StockCycleResult::Kind kind, Done done)
{
    if (m_running)
        qCWarning(lcSync) << "stock: a pass started while another runs; run them one after the other";
    m_running = true;
    auto pass = std::make_shared<Pass>();
    pass->result.kind = kind;
    pass->done = std::move(done);
    pass->startedMs = m_clock.monotonicMs();
    return pass;
}

void StockCycle::runFast(Done done)
{
    auto pass = begin(StockCycleResult::Kind::Fast, std::move(done));
    m_watcher->poll(this, [this, pass](const MovementPoll &poll) {
        pass->result.newMovements = poll.newMovements();
        if (!poll.ok) {
            fail(pass, true, u"Bsale movements: "_s + poll.error.toString());
            return finish(pass);
        }
        rememberSalesIds(poll.salesIds);
        pass->poll = poll;
        for (const int id : poll.touchedVariantIds)
            pass->erpIds.insert(id);
        pass->erpIds.unite(m_carried.erpVariantIds);
        pass->storeProductIds = m_carried.storeProductIds;
        m_carried = {};
        refetchAndPush(pass);
    });
}

void StockCycle::runHinted(const StockHints &hints, Done done)
{
    auto pass = begin(StockCycleResult::Kind::Hinted, std::move(done));
    pass->erpIds = hints.erpVariantIds;
    pass->erpIds.unite(m_carried.erpVariantIds);
    pass->storeProductIds = hints.storeProductIds;
    pass->storeProductIds.unite(m_carried.storeProductIds);
    m_carried = {};
    QList<int> documents = hints.bsaleDocumentIds.values();
    std::sort(documents.begin(), documents.end());
    // Start on the next turn even when there is nothing to read, so `done` never runs inside.
    m_clock.schedule(0, this, [this, pass, documents] { readDocuments(pass, documents); });
}

void StockCycle::runReconcile(Done done)
{
    auto pass = begin(StockCycleResult::Kind::Reconcile, std::move(done));
    m_carried = {}; // everything is planned again
    m_clock.schedule(0, this, [this, pass] {
        const auto pairs = m_reader->allPairs();
        if (!pairs) {
            fail(pass, false, u"journal: cannot read the linked variants"_s);
            return finish(pass);
        }
        pass->pairs = *pairs;
        pass->result.touchedVariants = int(pairs->size());
        planAndPush(pass);
    });
}

void StockCycle::readDocuments(const std::shared_ptr<Pass> &pass, QList<int> documentIds)
{
    if (documentIds.isEmpty())
        return refetchAndPush(pass);
    const int id = documentIds.takeFirst();
    m_bsale.document(id, this, [this, pass, documentIds](const ApiResult<BsaleDocument> &doc) {
        if (!doc.ok()) {
            fail(pass, true, u"Bsale document: "_s + doc.error().toString());
            return finish(pass);
        }
        if (!doc.value().salesId.isEmpty())
            rememberSalesIds({doc.value().salesId});
        for (const BsaleDocumentDetail &line : doc.value().details) {
            if (line.variantId > 0)
                pass->erpIds.insert(line.variantId);
        }
        readDocuments(pass, documentIds);
    });
}

void StockCycle::refetchAndPush(const std::shared_ptr<Pass> &pass)
{
    pass->result.touchedVariants = int(pass->erpIds.size());
    QMap<qint64, LinkedPair> byErp;
    for (const auto &found :
         {pass->erpIds.isEmpty() ? QList<LinkedPair>()
                                 : m_reader->pairsForErpVariants(pass->erpIds).value_or(QList<LinkedPair>()),
          pass->storeProductIds.isEmpty()
              ? QList<LinkedPair>()
              : m_reader->pairsForStoreProducts(pass->storeProductIds).value_or(QList<LinkedPair>())}) {
        for (const LinkedPair &pair : found)
            byErp.insert(pair.erp.variantId, pair);
    }
    pass->pairs = byErp.values();
    if (pass->pairs.isEmpty())
        return finish(pass);
    refetchBsale(pass);
}

void StockCycle::refetchBsale(const std::shared_ptr<Pass> &pass)
{
    QList<int> ids;
    for (const LinkedPair &pair : std::as_const(pass->pairs))
        ids.append(int(pair.erp.variantId));
    BsaleStockFilter filter;
    filter.officeId = m_config.officeIds.size() == 1 ? m_config.officeIds.first() : 0;
    // One request per variant, or the office's whole list when that takes fewer pages.
    const qint64 listPages = pagesFor(m_reader->erpVariantCount().value_or(0), kBsalePageSize)
        * std::max<qsizetype>(1, filter.officeId ? 1 : m_config.officeIds.size());
    if (ids.size() <= listPages)
        filter.variantIds = ids;
    m_bsale.stocks(filter, this, [this, pass](const ApiResult<QList<BsaleStock>> &stocks) {
        if (!stocks.ok()) {
            fail(pass, true, u"Bsale stock: "_s + stocks.error().toString());
            return finish(pass);
        }
        QHash<qint64, double> available;
        for (const BsaleStock &row : stocks.value()) {
            if (m_config.officeIds.isEmpty() || m_config.officeIds.contains(row.officeId))
                available[row.variantId] += row.quantityAvailable;
        }
        QList<ErpVariant> updates;
        for (LinkedPair &pair : pass->pairs) {
            const auto it = available.constFind(pair.erp.variantId);
            pair.erp.inOffice = it != available.constEnd();
            pair.erp.quantityAvailable = pair.erp.inOffice ? *it : 0;
            updates.append(pair.erp);
        }
        m_reader->updateErpVariants(updates, m_clock.nowUtc());
        refetchStore(pass);
    });
}

void StockCycle::refetchStore(const std::shared_ptr<Pass> &pass)
{
    QSet<qint64> productIds;
    for (const LinkedPair &pair : std::as_const(pass->pairs))
        productIds.insert(pair.store.key.productId);
    struct Fetch
    {
        QHash<StoreVariantKey, StoreVariant> items;
        QSet<qint64> missing;
        int left = 0;
        ApiError error;
    };
    auto fetch = std::make_shared<Fetch>();
    auto applied = [this, pass, fetch, productIds] {
        if (fetch->error.isError()) {
            fail(pass, false, u"store products: "_s + fetch->error.toString());
            return finish(pass);
        }
        QList<StoreVariant> updates;
        QList<LinkedPair> kept;
        for (LinkedPair pair : std::as_const(pass->pairs)) {
            const auto it = fetch->items.constFind(pair.store.key);
            if (it == fetch->items.constEnd()) {
                qCInfo(lcSync) << "stock: store item" << pair.store.key.productId << pair.store.key.variantId
                               << "is gone from the store; not planned";
                continue;
            }
            pair.store.stock = it->stock;
            pair.store.stockUnlimited = it->stockUnlimited;
            pair.store.grossPrice = it->grossPrice;
            updates.append(pair.store);
            kept.append(pair);
        }
        pass->pairs = kept;
        m_reader->updateStoreVariants(updates, m_clock.nowUtc());
        planAndPush(pass);
    };
    const qint64 listPages = pagesFor(m_reader->storeProductCount().value_or(0), kStorePageSize);
    if (productIds.size() > listPages) {
        m_store.products(this, {}, [fetch, applied](ApiResult<QList<JumpsellerProduct>> products) {
            if (!products.ok())
                fetch->error = products.error();
            else {
                for (const JumpsellerProduct &product : products.value()) {
                    for (const StoreVariant &item : itemsOf(product))
                        fetch->items.insert(item.key, item);
                }
            }
            applied();
        });
        return;
    }
    fetch->left = int(productIds.size());
    for (const qint64 id : productIds) {
        m_store.product(this, id, [fetch, applied, id](ApiResult<JumpsellerProduct> product) {
            if (product.ok()) {
                for (const StoreVariant &item : itemsOf(product.value()))
                    fetch->items.insert(item.key, item);
            } else if (product.error().kind() == ApiError::Kind::NotFound) {
                fetch->missing.insert(id);
            } else if (!fetch->error.isError()) {
                fetch->error = product.error();
            }
            if (--fetch->left == 0)
                applied();
        });
    }
}

void StockCycle::planAndPush(const std::shared_ptr<Pass> &pass)
{
    m_held->refresh([this](qint64 id) { return isBooked(id); }, this,
                    [this, pass](const ApiResult<QList<JumpsellerOrder>> &orders) {
                        // Planning without the held orders would give their units back: oversold.
                        if (!orders.ok()) {
                            fail(pass, false, u"store orders: "_s + orders.error().toString());
                            return finish(pass);
                        }
                        const QDateTime notBefore =
                            m_clock.nowUtc().addSecs(-qint64(m_config.settings.heldOrderHours) * 3600);
                        const auto exclusions = m_reader->exclusions();
                        if (!exclusions) {
                            fail(pass, false, u"journal: cannot read the exclusions"_s);
                            return finish(pass);
                        }
                        StockPlanner::Input input = StockPlanner::inputFor(m_config.settings);
                        input.pairs = pass->pairs;
                        input.pending = PendingUnits::fromOrders(
                            orders.value(), [this](qint64 id) { return isBooked(id); }, notBefore);
                        if (!exclusions->isEmpty()) {
                            input.isExcluded = [ex = *exclusions](const LinkedPair &p) {
                                return ex.excludes(p.erp) || ex.excludes(p.store);
                            };
                        }
                        pass->result.heldOrders = int(input.pending.orderIds().size());
                        const StockPlan plan = StockPlanner::plan(input);
                        pass->result.pairs = plan.considered;
                        pass->result.planned = int(plan.pushes.size());
                        pass->result.skipped = plan.skipped;
                        pushPlan(pass, plan);
                    });
}

void StockCycle::pushPlan(const std::shared_ptr<Pass> &pass, const StockPlan &plan)
{
    if (plan.pushes.isEmpty())
        return finish(pass);
    m_pusher->push(plan.pushes, this, [this, pass](const StockPushReport &report) {
        const qint64 now = m_clock.monotonicMs();
        for (const StockPushResult &r : report.results) {
            if (r.ok) {
                pass->result.pushes.append(r.push);
                m_recentPushes.insert(r.push.key, {r.push.stock, r.push.unlimited, now});
                continue;
            }
            ++pass->result.pushFailed;
            if (r.error.retryable())
                m_carried.erpVariantIds.insert(r.push.erpVariantId);
            fail(pass, false,
                 u"store push %1/%2: "_s.arg(r.push.key.productId).arg(r.push.key.variantId) + r.error.toString());
        }
        pass->result.pushed = report.succeeded;
        // The journal shows the store as the pushes left it.
        QHash<StoreVariantKey, StoreVariant> items;
        for (const LinkedPair &pair : std::as_const(pass->pairs))
            items.insert(pair.store.key, pair.store);
        QList<StoreVariant> pushed;
        for (const StockPush &push : std::as_const(pass->result.pushes)) {
            if (const auto it = items.constFind(push.key); it != items.constEnd())
                pushed.append(LinkedStockReader::afterPush(*it, push));
        }
        m_reader->updateStoreVariants(pushed, m_clock.nowUtc());
        finish(pass);
    });
}

void StockCycle::fail(const std::shared_ptr<Pass> &pass, bool bsale, const QString &error)
{
    (bsale ? pass->result.bsaleOk : pass->result.storeOk) = false;
    if (pass->result.error.isEmpty())
        pass->result.error = error;
}

void StockCycle::finish(const std::shared_ptr<Pass> &pass)
{
    StockCycleResult &result = pass->result;
    // The movements are handled once the reads worked: a push that failed retryably is carried
    // into the next pass, one that cannot work is not worth reading the movement again for.
    const bool readsOk = result.bsaleOk && (result.storeOk || result.pushFailed > 0);
    if (pass->poll && readsOk)
        m_watcher->commit(*pass->poll);
    result.ok = result.bsaleOk && result.storeOk && result.pushFailed == 0;
    result.elapsedMs = m_clock.monotonicMs() - pass->startedMs;
    result.finishedAt = m_clock.nowUtc();
    const qint64 now = m_clock.monotonicMs();
    for (auto it = m_recentPushes.begin(); it != m_recentPushes.end();)
        it = now - it->atMs > kEchoWindowMs ? m_recentPushes.erase(it) : std::next(it);
    m_running = false;
    qCDebug(lcSync).noquote() << "stock" << StockCycleResult::kindName(result.kind) << "pass:" << result.pushed
                              << "pushed," << result.pushFailed << "failed," << result.pairs << "pairs in"
                              << result.elapsedMs << "ms" << result.error;
    Q_EMIT passFinished(result);
    if (pass->done)
        pass->done(result);
}

bool StockCycle::isBooked(qint64 orderId) const
{
    const QString order = QString::number(orderId);
    for (const DocumentKind kind : {DocumentKind::Boleta, DocumentKind::Factura}) {
        if (m_bookedSalesIds.contains(SalesId::forOrder(m_config.storeCode, order, kind)))
            return true;
    }
    const auto booked = m_reader->bookedOrders({orderId});
    return booked && booked->contains(orderId);
}

void StockCycle::rememberSalesIds(const QStringList &salesIds)
{
    for (const QString &id : salesIds) {
        if (id.startsWith(u"puente:"_s) && !m_bookedSalesIds.contains(id))
            m_bookedSalesIds.append(id);
    }
    if (m_bookedSalesIds.size() > kMaxRememberedSalesIds)
        m_bookedSalesIds.remove(0, m_bookedSalesIds.size() - kMaxRememberedSalesIds);
}

void StockCycle::noteStoreOrder(const JumpsellerOrder &order)
{
    m_held->noteOrder(order);
}

bool StockCycle::isEchoOfOwnPush(const JumpsellerHint &hint) const
{
    if (!hint.product || hint.order)
        return false;
    const auto known = m_reader->storeItems({hint.product->id});
    if (!known)
        return false;
    const qint64 now = m_clock.monotonicMs();
    bool anyRecent = false;
    for (const StoreVariant &item : itemsOf(*hint.product)) {
        const auto recent = m_recentPushes.constFind(item.key);
        if (recent != m_recentPushes.constEnd() && now - recent->atMs <= kEchoWindowMs) {
            anyRecent = true;
            const bool same =
                recent->unlimited ? item.stockUnlimited : (!item.stockUnlimited && item.stock == recent->stock);
            if (!same)
                return false;
            continue;
        }
        // Not pushed lately: it must still be what the journal knows, else someone changed it.
        const auto journal = known->constFind(item.key);
        if (journal == known->constEnd() || journal->stock != item.stock
            || journal->stockUnlimited != item.stockUnlimited)
            return false;
    }
    return anyRecent;
}

} // namespace puente
