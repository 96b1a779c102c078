#pragma once

#include "net/ApiError.h"
#include "sync/StockPlanner.h"

#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QObject>

#include <functional>
#include <memory>
#include <optional>

namespace puente {

class Clock;
class JumpsellerClient;

/** What became of one StockPush. */
struct StockPushResult
{
    StockPush push;
    bool ok = false;
    ApiError error; ///< the last error when !ok
    int rounds = 0; ///< times the pusher sent it (ApiClient's own retries inside each)
    std::optional<qint64> stockAfter; ///< what the store answered (unset when unlimited or failed)
    bool unlimitedAfter = false;
};

/** All results of one StockPusher::push() run. */
struct StockPushReport
{
    QList<StockPushResult> results; ///< in the order the pushes were given
    int succeeded = 0;
    int failed = 0;
    qint64 elapsedMs = 0; ///< on the pusher's Clock

    QList<StockPush> succeededPushes() const;
    bool ok() const { return failed == 0; }
};

/**
 * Sends StockPushes to Jumpseller: PUT /products/{id}/variants/{vid}.json for a variant,
 * PUT /products/{id}.json for a product without variants (jumpseller.md §2.3), with only the
 * fields that change. Values are absolute, so a repeat is harmless: a push whose error is
 * retryable (throttling, 5xx, timeouts, resets) after ApiClient's own retries is sent again,
 * after ApiError::retryAfterMs() or roundDelayMs, at most maxRounds times in all.
 *
 * At most `concurrency` pushes are in flight at once; ApiClient's per-host RateLimiter paces
 * them under the store's limits and honours its Remaining/ban headers, so this class never
 * has to count requests itself.
 *
 * Ownership: does not own the JumpsellerClient or the Clock, which must outlive it.
 * Thread affinity: the JumpsellerClient's thread.
 */
class StockPusher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockPusher)

public:
    using Done = std::function<void(const StockPushReport &)>;

    StockPusher(JumpsellerClient &store, Clock &clock, QObject *parent = nullptr);
    ~StockPusher() override;

    void setConcurrency(int concurrency) { m_concurrency = std::max(1, concurrency); }
    int concurrency() const { return m_concurrency; }
    void setMaxRounds(int rounds) { m_maxRounds = std::max(1, rounds); }
    void setRoundDelayMs(qint64 ms) { m_roundDelayMs = std::max<qint64>(0, ms); }

    /** Sends `pushes`; `done` runs once on `context`'s thread (never before push() returns,
     *  not at all if `context` is destroyed first). */
    void push(const QList<StockPush> &pushes, QObject *context, Done done);

Q_SIGNALS:
    /** After each push's final outcome. */
    void pushFinished(const puente::StockPushResult &result);

private:
    struct Run;

    void pump(const std::shared_ptr<Run> &run);
    void send(const std::shared_ptr<Run> &run, qsizetype index);
    void settle(const std::shared_ptr<Run> &run, qsizetype index, const ApiError &error,
                std::optional<qint64> stockAfter, bool unlimitedAfter);
    void finishIfDone(const std::shared_ptr<Run> &run);

    JumpsellerClient &m_store;
    Clock &m_clock;
    int m_concurrency = 4;
    int m_maxRounds = 4;
    qint64 m_roundDelayMs = 5000;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::StockPushResult)
Q_DECLARE_METATYPE(puente::StockPushReport)
