// Benchmark: a stock change in Bsale → visible in Jumpseller, with the default settings, on the
// real clock, against the fakes in this process. Changes (POS sales, receptions, consumptions,
// in turn) land at random moments on different variants, so the poll phase is sampled evenly;
// each one's latency ends when the store shows the new number.
//   polling:  StockScheduler polls every StockSettings::pollSeconds (5 s). Goal p95 ≤ 15 s.
//   webhook:  FakeBsale's stock webhooks reach a WebhookReceiver too. Goal p95 ≤ 2 s.
// Usage: bench_stocklatency [changes per mode, default 30] [polling window s, default 60]
//                           [poll seconds in webhook mode, default 5 (the default setting)]
#include "BenchShop.h"
#include "sync/StockCycle.h"
#include "sync/StockScheduler.h"
#include "sync/WebhookReceiver.h"

#include <QtCore/QRandomGenerator>

using namespace puente;
using namespace puente::bench;

namespace {

struct Pending
{
    BenchItem item;
    int expected = 0;
    qint64 changedAtMs = 0;
};

struct Outcome
{
    QList<double> latenciesMs;
    int lost = 0;
    double wallSeconds = 0;
};

Outcome measure(BenchShop &shop, const QList<BenchItem> &items, int changes, int windowMs, bool webhooks,
                int pollSeconds)
{
    StockSettings settings; // the defaults: poll every 5 s
    settings.pollSeconds = pollSeconds;
    StockCycle::Config config;
    config.officeIds = {shop.basics.officeId};
    config.storeCode = shop.store.store().code;
    config.settings = settings;
    StockCycle cycle(*shop.journal, *shop.bsaleClient, *shop.storeClient, SystemClock::instance(), config);
    StockScheduler scheduler(cycle, SystemClock::instance());
    std::unique_ptr<WebhookReceiver> receiver;
    if (webhooks) {
        WebhookReceiver::Config rc;
        rc.officeIds = {shop.basics.officeId};
        rc.jumpsellerHooksToken = shop.store.store().hooksToken;
        receiver = std::make_unique<WebhookReceiver>(SystemClock::instance(), rc);
        if (!receiver->listen())
            qFatal("receiver cannot listen");
        scheduler.connectReceiver(*receiver);
        shop.bsale.setWebhookUrl(receiver->baseUrl().resolved(QUrl(QStringLiteral("/hooks/bsale"))));
    } else {
        shop.bsale.setWebhookUrl({});
    }
    // The first poll sees the day so far: let it settle before measuring.
    scheduler.start(false);
    BenchShop::waitFor([&] { return !scheduler.isBusy(); }, 30000);

    QRandomGenerator random(webhooks ? 7 : 3);
    QList<qint64> at;
    for (int i = 0; i < changes; ++i)
        at.append(random.bounded(windowMs));
    std::sort(at.begin(), at.end());

    QElapsedTimer clock;
    clock.start();
    QList<Pending> pending;
    Outcome outcome;
    int next = 0;
    const int offset = webhooks ? changes : 0; // other variants than the polling run's
    QTimer probe;
    probe.setInterval(2);
    QObject context;
    QObject::connect(&probe, &QTimer::timeout, &context, [&] {
        const qint64 now = clock.elapsed();
        while (next < at.size() && at[next] <= now) {
            const BenchItem &item = items[offset + next];
            const int before = shop.storeStock(item).value_or(0);
            const double qty = 1 + next % 3;
            bool ok = false;
            int expected = before;
            switch (next % 3) {
            case 0: {
                fakes::FakeBsale::SaleLine line;
                line.variantId = item.erpVariantId;
                line.quantity = qty;
                line.netUnitValue = 10000;
                ok = shop.bsale.posSale(shop.basics.officeId, {line}).ok();
                expected = before - int(qty);
                break;
            }
            case 1: {
                fakes::FakeBsale::MovementLine line;
                line.variantId = item.erpVariantId;
                line.quantity = qty;
                line.cost = 500;
                ok = shop.bsale.reception(shop.basics.officeId, {line}).ok();
                expected = before + int(qty);
                break;
            }
            default: {
                fakes::FakeBsale::MovementLine line;
                line.variantId = item.erpVariantId;
                line.quantity = qty;
                ok = shop.bsale.consumption(shop.basics.officeId, {line}).ok();
                expected = before - int(qty);
                break;
            }
            }
            if (!ok)
                qFatal("change %d failed", next);
            pending.append({item, expected, clock.elapsed()});
            ++next;
        }
        for (qsizetype i = pending.size() - 1; i >= 0; --i) {
            if (shop.storeStock(pending[i].item) == pending[i].expected) {
                outcome.latenciesMs.append(double(now - pending[i].changedAtMs));
                pending.removeAt(i);
            }
        }
    });
    probe.start();
    BenchShop::waitFor([&] { return next == at.size() && pending.isEmpty(); }, windowMs + 60000);
    probe.stop();
    outcome.lost = int(pending.size());
    outcome.wallSeconds = clock.elapsed() / 1000.0;
    scheduler.stop();
    BenchShop::waitFor([&] { return !scheduler.isBusy(); }, 10000);
    return outcome;
}

bool report(const char *mode, const Outcome &o, double goalP95Ms)
{
    const double p50 = BenchShop::percentile(o.latenciesMs, 50);
    const double p95 = BenchShop::percentile(o.latenciesMs, 95);
    const double worst = BenchShop::percentile(o.latenciesMs, 100);
    const bool ok = o.lost == 0 && p95 <= goalP95Ms;
    std::printf("%-8s changes=%lld lost=%d  p50=%.0f ms  p95=%.0f ms  max=%.0f ms  (goal p95 <= %.0f ms: %s)  "
                "run %.1f s\n",
                mode, qlonglong(o.latenciesMs.size()), o.lost, p50, p95, worst, goalP95Ms, ok ? "met" : "MISSED",
                o.wallSeconds);
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int changes = argc > 1 ? QByteArray(argv[1]).toInt() : 30;
    const int windowS = argc > 2 ? QByteArray(argv[2]).toInt() : 60;
    const int webhookPollSeconds = argc > 3 ? QByteArray(argv[3]).toInt() : StockSettings().pollSeconds;
    BenchShop shop;
    const QList<BenchItem> items = shop.seed(2 * changes, 1, 1000);
    std::printf("stock latency, Bsale change -> visible in Jumpseller; default settings (poll every %d s), "
                "%d changes per mode\n",
                StockSettings().pollSeconds, changes);
    const Outcome polling = measure(shop, items, changes, windowS * 1000, false, StockSettings().pollSeconds);
    const bool pollingOk = report("polling", polling, 15000);
    const Outcome webhook = measure(shop, items, changes, std::max(5, windowS / 4) * 1000, true, webhookPollSeconds);
    if (webhookPollSeconds != StockSettings().pollSeconds)
        std::printf("(webhook mode polled every %d s)\n", webhookPollSeconds);
    const bool webhookOk = report("webhook", webhook, 2000);
    return pollingOk && webhookOk ? 0 : 1;
}
