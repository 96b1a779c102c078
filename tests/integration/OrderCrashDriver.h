#pragma once

// The order pipeline's crash test, shared by the ctest (tst_ordercrash, label "crash") and the
// soak executable (tests/bench/order_soak): three processes, the test, `puente-sandbox --seed
// orders` and the real `puente-sync --daemon`, which is SIGKILLed at random moments (seeded RNG)
// while orders are created, paid, canceled and abandoned through the fakes' admin HTTP,
// optionally with Bsale answering 429, 500 or resetting the connection after doing the work. At
// the end puente-sync runs until everything settled and the invariants are checked against the
// fakes and the journal.

#include "demo/SandboxConnection.h"
#include "seed/OrderShop.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QRandomGenerator>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

#include <memory>

class QNetworkAccessManager;
class QProcess;

namespace puente {
class Journal;
}

namespace puente::test {

/**
 * `puente-sandbox --seed orders --no-rate-limits --exit-with-parent` as a child process (the
 * fakes must outlive every puente-sync they see killed, and must not outlive the test), its
 * JSON line, and blocking JSON calls to the fakes' admin interfaces. Test code: one thread.
 */
class OrderSandbox
{
public:
    OrderSandbox();
    ~OrderSandbox();

    /** Starts it and reads its JSON line (SandboxConnection plus the shop under "shop"). */
    bool start(const QString &executable, const QString &logFile);
    bool isRunning() const;
    const SandboxConnection &connection() const { return m_connection; }
    const fakes::OrderShop &shop() const { return m_shop; }
    /** A route of the fake Bsale's (Jumpseller's) admin interface: `path` like "/returns". */
    QUrl bsaleAdmin(const QString &path) const;
    QUrl storeAdmin(const QString &path) const;
    /** A blocking JSON call (test code); a null document on any failure. */
    QJsonDocument call(const QByteArray &method, const QUrl &url, const QJsonObject &body = {});
    /** puente-sync's config for these fakes; `extraOrderKeys` lines go into [orders]. */
    QString configText(const QString &extraOrderKeys = {}) const;
    /** The environment puente-sync reads its credentials from. */
    QProcessEnvironment syncEnvironment() const;

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QProcess> m_process;
    SandboxConnection m_connection;
    fakes::OrderShop m_shop;
};

struct OrderCrashOptions
{
    int kills = 50;
    quint32 seed = 0;
    bool faults = false; ///< inject 429 / 500 / reset-after-handling on Bsale's document POSTs
    int faultPercent = 30; ///< with faults: the chance that one document or return POST fails
    QString syncExecutable; ///< puente-sync
    QString sandboxExecutable; ///< puente-sandbox
    QString workDir; ///< data dir, config and logs go here
    int minLifeMs = 30; ///< a run of puente-sync lasts min..max ms before SIGKILL
    int maxLifeMs = 700;
    int longLifePercent = 15; ///< some runs last up to longLifeMaxMs, so work gets done
    int longLifeMaxMs = 2500;
    int settleTimeoutMs = 90000; ///< the final run's time to settle everything
    int maxOrders = 400; ///< no new orders beyond this (the soak keeps the state bounded)
    bool verbose = false;
};

struct OrderCrashReport
{
    int kills = 0;
    int orders = 0;
    int paid = 0;
    int canceledAfterEmission = 0;
    int canceledWithoutDocument = 0;
    int unpaid = 0; ///< pending or abandoned at the end
    int documents = 0; ///< boletas and facturas in the fake
    int creditNotes = 0; ///< returns in the fake
    int faultsInjected = 0; ///< Bsale POSTs answered with an injected fault
    int backlog = 0; ///< outbox jobs pending or running when the final run started
    qint64 settleMs = 0; ///< the final run's time until everything was settled
    int killsDuringSend = 0; ///< kills that left an outbox job running (a send in flight)
    int violations = 0;
    QStringList details; ///< the first violations, for the log
    QString error; ///< the test could not run (process would not start, no settling)
    qint64 elapsedMs = 0;

    bool ok() const { return error.isEmpty() && violations == 0; }
    QString summary() const;
};

class OrderCrashDriver
{
public:
    explicit OrderCrashDriver(OrderCrashOptions options);
    ~OrderCrashDriver();

    OrderCrashReport run();

private:
    struct TrackedOrder
    {
        int id = 0;
        QString kind; ///< "boleta" / "factura"
        QString status; ///< as the driver moved it: pending_payment, paid, canceled, abandoned
    };

    bool startSandbox();
    bool prepareJournal();
    bool writeConfig();
    bool startSync(int run);
    void stopSync(bool kill);
    void lifeOfOneRun(int lifeMs);
    void randomOperation();
    void createOrder();
    bool move(TrackedOrder &order, const QString &action, const QString &status);
    void injectFaults();
    int firedFaults();
    bool settle();
    QString unsettledReason();
    void verify(OrderCrashReport &report);
    void violation(OrderCrashReport &report, const QString &what);

    QJsonDocument call(const QByteArray &method, const QUrl &url, const QJsonObject &body = {});
    QList<QJsonObject> fakeOrders();
    void waitMs(int ms);
    int between(int low, int high) { return low >= high ? low : int(m_rng.bounded(low, high + 1)); }

    OrderCrashOptions m_options;
    QRandomGenerator m_rng;
    OrderSandbox m_sandbox;
    std::unique_ptr<QProcess> m_sync;
    std::unique_ptr<Journal> m_journal;
    QList<TrackedOrder> m_orders;
};

} // namespace puente::test
