#pragma once

#include "ClockPump.h"
#include "SampledFakeJumpseller.h"
#include "base/ManualClock.h"
#include "connectors/jumpseller/JumpsellerClient.h"
#include "net/ApiClient.h"

#include <QtCore/QObject>
#include <QtCore/QRegularExpression>

#include <functional>
#include <memory>
#include <optional>

/**
 * The JumpsellerClient tests' rig: a SampledFakeJumpseller on loopback, a real ApiClient and a
 * JumpsellerClient, all on one ManualClock (the fake's rate windows and bans included), so
 * every wait is exact and nothing sleeps. run() starts a call and pumps network and clock
 * until its callback has run.
 *
 * Ownership: owns everything it creates. Thread affinity: the test thread.
 */
class JumpsellerTestBench
{
public:
    explicit JumpsellerTestBench(const QString &sampleTag)
        : m_fake(std::make_unique<SampledFakeJumpseller>(sampleTag))
    {
        m_fake->setClock([clock = &m_clock] { return clock->nowUtc(); });
    }

    ~JumpsellerTestBench()
    {
        m_client.reset();
        m_api.reset();
        m_fake.reset();
    }

    /** No jitter, a short transfer timeout (timeouts are real time), the recommended limits. */
    static puente::ApiClientConfig defaultConfig()
    {
        puente::ApiClientConfig config;
        config.retry.jitter = 0;
        config.defaultTimeoutMs = 1500;
        config.rateLimits.hostLimits.insert(QStringLiteral("127.0.0.1"), puente::JumpsellerClient::recommendedLimits());
        return config;
    }

    /** Starts the fake and builds the clients; false if the fake could not listen. */
    bool start(const puente::ApiClientConfig &config = defaultConfig())
    {
        if (m_fake->port() == 0 && m_fake->start() == 0)
            return false;
        rebuildClient(config);
        return true;
    }

    void rebuildClient(const puente::ApiClientConfig &config)
    {
        m_client.reset();
        m_api = std::make_unique<puente::ApiClient>(m_clock, config);
        m_client = std::make_unique<puente::JumpsellerClient>(*m_api);
        m_client->setBaseUrl(m_fake->baseUrl().resolved(QUrl(QStringLiteral("/v1"))));
        m_client->setCredentials(m_fake->login(), m_fake->authToken());
    }

    puente::ManualClock &clock() { return m_clock; }
    SampledFakeJumpseller &fake() { return *m_fake; }
    puente::ApiClient &api() { return *m_api; }
    puente::JumpsellerClient &client() { return *m_client; }
    QObject *context() { return &m_context; }

    /** Pumps the event loop and the clock (while nothing is on the wire) until `done()`. */
    bool pump(const std::function<bool()> &done, int realTimeoutMs = 10000)
    {
        return puente::test::pumpUntil(
            m_clock, done, [this] { return m_api->inFlightCount() == 0; }, realTimeoutMs);
    }

    /** Starts a call with a callback and waits for its result; nullopt if it never came. */
    template<typename T>
    std::optional<puente::ApiResult<T>> run(const std::function<void(puente::JumpsellerClient::Callback<T>)> &start)
    {
        std::optional<puente::ApiResult<T>> out;
        start([&out](puente::ApiResult<T> result) { out = std::move(result); });
        pump([&out] { return out.has_value(); });
        return out;
    }

    /** Requests the fake got with `method` whose path matches `pattern` (regex, unanchored). */
    QList<puente::fakes::HttpFakeRequest> requests(const QByteArray &method, const QString &pattern) const
    {
        const QRegularExpression re(pattern);
        QList<puente::fakes::HttpFakeRequest> out;
        for (const auto &request : m_fake->requests()) {
            if ((method.isEmpty() || request.method == method) && re.match(request.path).hasMatch())
                out.append(request);
        }
        return out;
    }

    /** Request bodies the spec has no request schema for (should be none). */
    QStringList unsampledBodies() const
    {
        QStringList out;
        for (const auto &request : m_fake->requests()) {
            if (!request.body.isEmpty() && SampledFakeJumpseller::requestSchema(request.method, request.path).isEmpty())
                out.append(QString::fromLatin1(request.method) + u' ' + request.path);
        }
        return out;
    }

private:
    puente::ManualClock m_clock;
    std::unique_ptr<SampledFakeJumpseller> m_fake;
    std::unique_ptr<puente::ApiClient> m_api;
    std::unique_ptr<puente::JumpsellerClient> m_client;
    QObject m_context;
};
