#include "sync/StockPusher.h"

#include "base/Clock.h"
#include "base/Logging.h"
#include "connectors/jumpseller/JumpsellerClient.h"

#include <QtCore/QPointer>

using namespace Qt::Literals::StringLiterals;

namespace puente {

struct StockPusher::Run
{
    QList<StockPushResult> results;
    QList<qsizetype> queue; ///< indexes waiting to be sent
    int inFlight = 0;
    int waiting = 0; ///< pushes scheduled for another round
    qint64 startedMs = 0;
    QPointer<QObject> context;
    Done done;
    bool finished = false;
};

QList<StockPush> StockPushReport::succeededPushes() const
{
    QList<StockPush> out;
    for (const StockPushResult &r : results) {
        if (r.ok)
            out.append(r.push);
    }
    return out;
}

StockPusher::StockPusher(JumpsellerClient &store, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{ }

StockPusher::~StockPusher() = default;

void StockPusher::push(const QList<StockPush> &pushes, QObject *context, Done done)
{
    auto run = std::make_shared<Run>();
    run->startedMs = m_clock.monotonicMs();
    run->context = context;
    run->done = std::move(done);
    run->results.reserve(pushes.size());
    for (qsizetype i = 0; i < pushes.size(); ++i) {
        run->results.append(StockPushResult {pushes.at(i), false, {}, 0, std::nullopt, false});
        run->queue.append(i);
    }
    // Start on the next turn, so `done` never runs inside push().
    m_clock.schedule(0, this, [this, run] {
        pump(run);
        finishIfDone(run);
    });
}

void StockPusher::pump(const std::shared_ptr<Run> &run)
{
    while (run->inFlight < m_concurrency && !run->queue.isEmpty())
        send(run, run->queue.takeFirst());
}

void StockPusher::send(const std::shared_ptr<Run> &run, qsizetype index)
{
    ++run->inFlight;
    StockPushResult &result = run->results[index];
    ++result.rounds;
    const StockPush &push = result.push;
    if (push.key.variantId > 0) {
        JumpsellerVariantChanges changes;
        if (push.unlimited)
            changes.stockUnlimited = true;
        else if (push.stock) {
            changes.stock = int(*push.stock);
            changes.stockUnlimited = false;
        }
        if (push.price)
            changes.price = double(*push.price);
        m_store.updateVariant(this, push.key.productId, push.key.variantId, changes,
                              [this, run, index](ApiResult<JumpsellerVariant> r) {
                                  if (r.ok())
                                      settle(run, index, {}, r.value().stock, r.value().stockUnlimited);
                                  else
                                      settle(run, index, r.error(), std::nullopt, false);
                              });
        return;
    }
    JumpsellerProductChanges changes;
    if (push.unlimited)
        changes.stockUnlimited = true;
    else if (push.stock) {
        changes.stock = int(*push.stock);
        changes.stockUnlimited = false;
    }
    if (push.price)
        changes.price = double(*push.price);
    m_store.updateProduct(this, push.key.productId, changes, [this, run, index](ApiResult<JumpsellerProduct> r) {
        if (r.ok())
            settle(run, index, {}, r.value().stock, r.value().stockUnlimited);
        else
            settle(run, index, r.error(), std::nullopt, false);
    });
}

void StockPusher::settle(const std::shared_ptr<Run> &run, qsizetype index, const ApiError &error,
                         std::optional<qint64> stockAfter, bool unlimitedAfter)
{
    --run->inFlight;
    StockPushResult &result = run->results[index];
    if (!error.isError()) {
        result.ok = true;
        result.error = {};
        result.unlimitedAfter = unlimitedAfter;
        result.stockAfter = unlimitedAfter ? std::nullopt : stockAfter;
        Q_EMIT pushFinished(result);
    } else if (error.retryable() && result.rounds < m_maxRounds) {
        result.error = error;
        ++run->waiting;
        const qint64 delay = std::max(m_roundDelayMs, error.retryAfterMs());
        qCInfo(lcSync).noquote() << "stock push" << result.push.key.productId << result.push.key.variantId << "failed ("
                                 << error.toString() << "), again in" << delay << "ms";
        m_clock.schedule(delay, this, [this, run, index] {
            --run->waiting;
            run->queue.append(index);
            pump(run);
        });
    } else {
        result.error = error;
        qCWarning(lcSync).noquote() << "stock push" << result.push.key.productId << result.push.key.variantId
                                    << "failed:" << error.toString();
        Q_EMIT pushFinished(result);
    }
    pump(run);
    finishIfDone(run);
}

void StockPusher::finishIfDone(const std::shared_ptr<Run> &run)
{
    if (run->finished || run->inFlight > 0 || run->waiting > 0 || !run->queue.isEmpty())
        return;
    run->finished = true;
    StockPushReport report;
    report.results = run->results;
    for (const StockPushResult &r : std::as_const(report.results))
        ++(r.ok ? report.succeeded : report.failed);
    report.elapsedMs = m_clock.monotonicMs() - run->startedMs;
    if (run->context && run->done)
        run->done(report);
}

} // namespace puente
