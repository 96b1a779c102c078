#pragma once

// Shared set-up of the BsaleClient integration tests: a FakeBsale on loopback whose clock is the
// test's ManualClock, a real ApiClient paced with BsaleClient::recommendedLimits(), and a
// BsaleClient pointed at the fake. wait() drives network and clock until the callback ran.

#include "ClockPump.h"
#include "FakeBsale.h"
#include "base/ManualClock.h"
#include "connectors/bsale/BsaleClient.h"
#include "net/ApiClient.h"

#include <QtCore/QObject>
#include <QtCore/QUrlQuery>

#include <memory>
#include <optional>

namespace puente::test {

class BsaleClientHarness
{
public:
    static constexpr const char *kToken = "bsale-test-token-5f3a9c";

    BsaleClientHarness()
        : m_context(std::make_unique<QObject>())
    {
        fake.setAccessToken(QString::fromLatin1(kToken));
        // The fake's rate limiter and dates follow the test's clock, so pacing and backoff
        // waits the client spends on the ManualClock count for the fake too.
        fake.setClock([this] { return clock.nowUtc().toMSecsSinceEpoch(); });
        port = fake.start();
        basics = fake.seedBasics();
        makeClient(defaultConfig());
    }

    static ApiClientConfig defaultConfig()
    {
        ApiClientConfig config;
        config.retry.maxAttempts = 5;
        config.retry.baseDelayMs = 1000;
        config.retry.jitter = 0; // exact waits
        config.defaultTimeoutMs = 5000;
        return config;
    }

    void makeClient(ApiClientConfig config)
    {
        client.reset();
        api.reset();
        BsaleClient::applyRecommendedLimits(config, fake.baseUrl());
        api = std::make_unique<ApiClient>(clock, config);
        client = std::make_unique<BsaleClient>(*api, QByteArray(kToken));
        client->setBaseUrl(fake.baseUrl());
    }

    QObject *context() const { return m_context.get(); }

    /** Runs `start(callback)` and pumps until the callback delivered; nullopt on a hang. */
    template<typename T>
    std::optional<ApiResult<T>> wait(const std::function<void(BsaleClient::Callback<T>)> &start, int realMs = 15000)
    {
        std::optional<ApiResult<T>> result;
        start([&result](const ApiResult<T> &r) { result.emplace(r); });
        pump([&result] { return result.has_value(); }, realMs);
        return result;
    }

    bool pump(const std::function<bool()> &done, int realMs = 15000)
    {
        return pumpUntil(
            clock, done, [this] { return api->inFlightCount() == 0; }, realMs);
    }

    /** Requests the fake received for `path` (exact), oldest first. */
    QList<fakes::HttpFakeRequest> requestsTo(const QString &path, const QByteArray &method = "GET") const
    {
        QList<fakes::HttpFakeRequest> out;
        for (const auto &request : fake.requests()) {
            if (request.path == path && request.method == method)
                out.append(request);
        }
        return out;
    }

    /** A product with one variant (code `code`) and stock at the basic office. */
    int addVariant(const QString &code, double stock = 0, const QString &productName = {})
    {
        fakes::bsale::Product product;
        product.name = productName.isEmpty() ? QString(QStringLiteral("Producto ") + code) : productName;
        const int productId = fake.addProduct(product);
        fakes::bsale::Variant variant;
        variant.productId = productId;
        variant.code = code;
        variant.barCode = QString(QStringLiteral("780") + code);
        variant.description = QStringLiteral("Única");
        const int id = fake.addVariant(variant);
        if (stock > 0)
            fake.setStock(id, basics.officeId, stock);
        return id;
    }

    ManualClock clock;
    fakes::FakeBsale fake;
    quint16 port = 0;
    fakes::FakeBsale::Basics basics;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<BsaleClient> client;

private:
    std::unique_ptr<QObject> m_context;
};

} // namespace puente::test
