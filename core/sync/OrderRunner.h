#pragma once

#include "base/RunnerConfig.h"
#include "sync/OrderCycleSummary.h"
#include "sync/OrderSettings.h"

#include <QtCore/QObject>
#include <QtCore/QUrl>

#include <functional>
#include <memory>

namespace puente {

class ApiClient;
class BsaleClient;
class Clock;
class Journal;
class JumpsellerClient;
class OrderPipeline;
class SecretStore;

/**
 * The order pipeline as puente-sync runs it from its config file: builds the HTTP clients
 * (`[bsale] base_url`, `[jumpseller] base_url`; credentials from the SecretStore: Bsale token,
 * Jumpseller login and token), the OrderPipeline with OrderSettings::fromConfig(), then runs
 * one cycle (--once) or a cycle every `[orders] poll_interval_ms` (--daemon).
 *
 * MERGE NOTE (wip/orders): a stand-alone piece for puente-sync until SyncWorker drives the
 * pipeline; the lead folds it into the worker's cycle.
 *
 * Ownership: owns the clients and the pipeline; borrows the journal, secrets and clock.
 * Thread affinity: the thread that runs it (puente-sync's main thread).
 */
class OrderRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderRunner)

public:
    /** The config's problem with the order pipeline, naming the key; empty when fine. */
    static QString check(const RunnerConfig &config);

    OrderRunner(const Journal &journal, const RunnerConfig &config, SecretStore &secrets, Clock &clock,
                QObject *parent = nullptr);
    ~OrderRunner() override;

    /** Reads the credentials and builds everything; `ready` gets an error message or "". */
    void start(std::function<void(const QString &error)> ready);
    /** One cycle (after start() succeeded). */
    void runOnce(std::function<void(const OrderCycleSummary &summary)> done);
    /** A cycle now, then one `poll_interval_ms` after each finishes, until destroyed. */
    void runContinuously();

    OrderPipeline *pipeline() const { return m_pipeline.get(); }

Q_SIGNALS:
    void cycleFinished(const puente::OrderCycleSummary &summary);

private:
    void readSecret(int index, std::function<void(const QString &error)> ready);
    void build();
    void scheduleNext();

    const Journal &m_journal;
    RunnerConfig m_config;
    SecretStore &m_secrets;
    Clock &m_clock;
    OrderSettings m_settings;
    QStringList m_credentials; ///< bsale token, jumpseller login, jumpseller token (memory only)
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<BsaleClient> m_bsale;
    std::unique_ptr<JumpsellerClient> m_store;
    std::unique_ptr<OrderPipeline> m_pipeline;
    bool m_continuous = false;
};

} // namespace puente
