#pragma once

#include "sync/MovementWatcher.h"
#include "sync/StockPlanner.h"
#include "sync/StockPusher.h"
#include "sync/StockSettings.h"
#include "sync/WebhookReceiver.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QObject>
#include <QtCore/QSet>

#include <functional>
#include <memory>

namespace puente {

class BsaleClient;
class Clock;
class HeldOrderTracker;
class Journal;
class JumpsellerClient;
class LinkedStockReader;

/** What a targeted pass should look at: from webhooks, or carried over from a failed push. */
struct StockHints
{
    QSet<qint64> erpVariantIds; ///< refetch these Bsale variants' stock
    QSet<int> bsaleDocumentIds; ///< read these documents' lines, then as erpVariantIds
    QSet<qint64> storeProductIds; ///< re-plan the variants linked to these store products

    bool isEmpty() const { return erpVariantIds.isEmpty() && bsaleDocumentIds.isEmpty() && storeProductIds.isEmpty(); }
    void merge(const StockHints &other);
};

/** The outcome of one StockCycle pass. */
struct StockCycleResult
{
    enum class Kind : quint8 {
        Fast, ///< movement poll → refetch → plan → push
        Hinted, ///< webhook hints → refetch → plan → push
        Reconcile, ///< every linked pair from the journal's (freshly pulled) catalogue
    };

    Kind kind = Kind::Fast;
    bool ok = false; ///< every call worked and every push landed
    bool bsaleOk = true; ///< no Bsale call failed
    bool storeOk = true; ///< no Jumpseller call failed (reads and pushes)
    QString error; ///< the first failure, one line
    int newMovements = 0; ///< Fast: new documents, receptions, consumptions, returns
    int touchedVariants = 0; ///< Bsale variants the pass looked at
    int pairs = 0; ///< linked pairs planned
    int heldOrders = 0; ///< store orders whose units were subtracted
    int planned = 0; ///< pushes planned
    int pushed = 0; ///< pushes that landed
    int pushFailed = 0;
    QHash<StockSkip, int> skipped;
    QList<StockPush> pushes; ///< those that landed
    qint64 elapsedMs = 0; ///< on the cycle's Clock
    QDateTime finishedAt; ///< UTC

    static QString kindName(Kind kind);
};

/**
 * One pass of the stock half of the sync engine; what the sync worker runs as its stock stage.
 *
 *  - runFast(): MovementWatcher::poll() → the Bsale variants the new movements touched →
 *    refetchAndPush() → MovementWatcher::commit() once the store has the new values.
 *  - runHinted(hints): the same from webhook hints (Bsale's only say which variant or
 *    document to look at: refetched from the API, never trusted).
 *  - runReconcile(): every linked pair as the journal has it (run it right after a catalogue
 *    pull), planned and pushed; only differences go out.
 *
 * refetchAndPush(): the linked pairs of the touched variants (and of the hinted store
 * products), their Bsale stock (GET /stocks per variant, or the office's whole list when that
 * is fewer requests) and their store products (GET /products/{id}, same rule) read again, the
 * journal updated, the held store orders refreshed (HeldOrderTracker), planned (StockPlanner)
 * and pushed (StockPusher). Reading the store's current stock again matters: its orders move it
 * between pulls, and planning against a stale number could skip a needed push.
 *
 * An order is booked when the journal has its boleta or factura as emitted, or when a Bsale
 * document with its salesId ("puente:<store>:<order>:boleta|factura") was seen.
 *
 * Pushes that fail retryably even after StockPusher's rounds are carried into the next pass.
 * Passes may not overlap: run one after the other (StockScheduler does).
 *
 * Ownership: owns its MovementWatcher, HeldOrderTracker and StockPusher. Does not own the
 * Journal, the clients or the Clock, which must outlive it.
 * Thread affinity: the clients' thread (the sync worker's).
 */
class StockCycle : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockCycle)

public:
    struct Config
    {
        QList<int> officeIds; ///< Bsale offices whose stock is summed; empty = all
        QString storeCode; ///< Jumpseller store code (Puente's salesIds carry it)
        StockSettings settings;
    };
    using Done = std::function<void(const StockCycleResult &)>;

    StockCycle(const Journal &journal, BsaleClient &bsale, JumpsellerClient &store, Clock &clock, Config config,
               QObject *parent = nullptr);
    ~StockCycle() override;

    void runFast(Done done);
    void runHinted(const StockHints &hints, Done done);
    void runReconcile(Done done);
    bool isRunning() const { return m_running; }

    /** A verified order webhook: the held-order list learns it at once. */
    void noteStoreOrder(const JumpsellerOrder &order);
    /** Whether a store webhook only echoes pushes of the last minute (same stock everywhere). */
    bool isEchoOfOwnPush(const JumpsellerHint &hint) const;
    /** Hints carried over from pushes that failed retryably. */
    StockHints carriedOver() const { return m_carried; }

    void setSettings(const StockSettings &settings);
    /** The store's code (JumpsellerStoreInfo::code), for matching Puente's salesIds. */
    void setStoreCode(const QString &code) { m_config.storeCode = code; }
    const Config &config() const { return m_config; }
    MovementWatcher &watcher() { return *m_watcher; }
    HeldOrderTracker &heldOrders() { return *m_held; }
    StockPusher &pusher() { return *m_pusher; }

Q_SIGNALS:
    void passFinished(const puente::StockCycleResult &result);
    void pushFinished(const puente::StockPushResult &result);

private:
    struct Pass;

    std::shared_ptr<Pass> begin(StockCycleResult::Kind kind, Done done);
    void readDocuments(const std::shared_ptr<Pass> &pass, QList<int> documentIds);
    void refetchAndPush(const std::shared_ptr<Pass> &pass);
    void refetchBsale(const std::shared_ptr<Pass> &pass);
    void refetchStore(const std::shared_ptr<Pass> &pass);
    void planAndPush(const std::shared_ptr<Pass> &pass);
    void pushPlan(const std::shared_ptr<Pass> &pass, const StockPlan &plan);
    void finish(const std::shared_ptr<Pass> &pass);
    void fail(const std::shared_ptr<Pass> &pass, bool bsale, const QString &error);
    bool isBooked(qint64 orderId) const;
    void rememberSalesIds(const QStringList &salesIds);

    const Journal &m_journal;
    BsaleClient &m_bsale;
    JumpsellerClient &m_store;
    Clock &m_clock;
    Config m_config;
    std::unique_ptr<LinkedStockReader> m_reader;
    MovementWatcher *m_watcher; ///< child
    HeldOrderTracker *m_held; ///< child
    StockPusher *m_pusher; ///< child
    bool m_running = false;
    StockHints m_carried;
    QStringList m_bookedSalesIds; ///< recent salesIds seen in Bsale, newest last (bounded)
    struct RecentPush
    {
        std::optional<qint64> stock;
        bool unlimited = false;
        qint64 atMs = 0;
    };
    QHash<StoreVariantKey, RecentPush> m_recentPushes;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::StockHints)
Q_DECLARE_METATYPE(puente::StockCycleResult)
