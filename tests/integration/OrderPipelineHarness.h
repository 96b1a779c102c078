#pragma once

// Shared rig of the order pipeline's integration tests: a FakeBsale and a FakeJumpseller on
// loopback seeded with fakes::OrderShop, a real journal in a temporary directory, real HTTP
// clients, and a ManualClock that ClockPump advances whenever nothing is on the wire, so
// backoff and pacing run without sleeping. pipeline() can be destroyed and rebuilt to play
// "Puente was closed".

#include "ClockPump.h"
#include "OrderShopLinks.h"
#include "base/ManualClock.h"
#include "billing/SalesId.h"
#include "connectors/bsale/BsaleClient.h"
#include "connectors/jumpseller/JumpsellerClient.h"
#include "journal/DocumentRepository.h"
#include "journal/Journal.h"
#include "journal/OrderRepository.h"
#include "journal/OutboxRepository.h"
#include "net/ApiClient.h"
#include "seed/OrderShop.h"
#include "sync/OrderPipeline.h"

#include <QtCore/QJsonArray>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimeZone>
#include <QtTest/QSignalSpy>

#include <memory>
#include <optional>

namespace puente::test {

class OrderPipelineHarness
{
public:
    OrderPipelineHarness()
    {
        bsale.setClock([this] { return clock.nowUtc().toMSecsSinceEpoch(); });
        store.setClock([this] { return clock.nowUtc(); });
        bsale.setRateLimitEnabled(false);
        bsalePort = bsale.start();
        storePort = store.start();
        shop = fakes::OrderShop::seed(bsale, store);
        journal = std::make_unique<Journal>(Journal::pathInDirectory(dir.path()));
        journalOk = dir.isValid() && !journal->open() && OrderShopLinks::write(shop, *journal);

        ApiClientConfig config;
        config.retry.maxAttempts = 3;
        config.retry.baseDelayMs = 1000;
        config.retry.jitter = 0;
        config.defaultTimeoutMs = 5000;
        BsaleClient::applyRecommendedLimits(config, bsale.baseUrl());
        JumpsellerClient::applyRecommendedLimits(config, store.baseUrl());
        api = std::make_unique<ApiClient>(clock, config);
        bsaleClient = std::make_unique<BsaleClient>(*api, QByteArrayLiteral("puente-fake-bsale-token"));
        bsaleClient->setBaseUrl(bsale.baseUrl());
        storeClient = std::make_unique<JumpsellerClient>(*api);
        storeClient->setBaseUrl(store.baseUrl().resolved(QUrl(QStringLiteral("/v1"))));
        storeClient->setCredentials(store.login(), store.authToken());
        settings = defaultSettings();
    }

    ~OrderPipelineHarness()
    {
        m_pipeline.reset();
        storeClient.reset();
        bsaleClient.reset();
        api.reset();
    }

    OrderSettings defaultSettings() const
    {
        OrderSettings s;
        s.enabled = true;
        s.storeCode = fakes::OrderShop::kStoreCode;
        s.boletaTypeId = shop.basics.boletaTypeId;
        s.facturaTypeId = shop.basics.facturaTypeId;
        s.creditNoteTypeId = shop.basics.creditNoteTypeId;
        s.officeId = shop.basics.officeId;
        s.priceListId = shop.basics.priceListId;
        s.paymentTypeId = shop.basics.cashPaymentTypeId;
        s.ivaTaxId = 1;
        s.shippingProduct = BillingLink {shop.shippingVariantId, fakes::OrderShop::kShippingCode};
        s.startAfter = 0;
        s.retryBaseMs = 10000;
        s.retryMaxMs = 600000;
        return s;
    }

    /** The pipeline, built (and started) on first use with `settings`. */
    OrderPipeline &pipeline()
    {
        if (!m_pipeline) {
            m_pipeline = std::make_unique<OrderPipeline>(*journal, *storeClient, *bsaleClient, clock, settings);
            m_pipeline->start();
        }
        return *m_pipeline;
    }
    /** "Puente closes": the pipeline goes, with whatever it had on the wire. */
    void closePipeline() { m_pipeline.reset(); }

    /** One full cycle; nullopt if it did not finish within `realMs`. */
    std::optional<OrderCycleSummary> cycle(int realMs = 15000)
    {
        std::optional<OrderCycleSummary> summary;
        OrderPipeline &p = pipeline();
        QObject context;
        QObject::connect(&p, &OrderPipeline::cycleFinished, &context,
                         [&summary](const OrderCycleSummary &s) { summary = s; });
        p.runCycle();
        pump([&summary] { return summary.has_value(); }, realMs);
        return summary;
    }

    /** Runs the event loop (and the clock, when idle) until `done`. */
    bool pump(const std::function<bool()> &done, int realMs = 15000)
    {
        return pumpUntil(
            clock, done, [this] { return api->inFlightCount() == 0; }, realMs);
    }

    /** Lets the outbox work through every job, retries and backoff included. */
    bool drain(int realMs = 20000)
    {
        OutboxRepository outbox(*journal);
        return pump(
            [&outbox, this] {
                return outbox.countInState(QStringLiteral("pending")) + outbox.countInState(QStringLiteral("running"))
                    == 0
                    && (!m_pipeline || !m_pipeline->outbox().isBusy());
            },
            realMs);
    }

    int placeOrder(const QList<QPair<int, int>> &lines, DocumentKind kind, double shipping = 0, bool withGiro = true)
    {
        QString error;
        const int id = store.createOrder(shop.orderSeed(lines, kind, shipping, withGiro), &error);
        if (id == 0)
            qWarning() << "createOrder failed:" << error;
        return id;
    }

    QString salesId(int orderId, DocumentKind kind) const
    {
        return SalesId::forOrder(fakes::OrderShop::kStoreCode, QString::number(orderId), kind);
    }

    /** The fake's documents (any type) issued with the salesId of (order, kind). */
    QList<QJsonObject> fakeDocuments(int orderId, DocumentKind kind) const
    {
        QList<QJsonObject> out;
        const QString key = salesId(orderId, kind);
        for (const int id : bsale.documentIds()) {
            const QJsonObject doc = bsale.documentJson(id);
            if (doc.value(QStringLiteral("salesId")).toString() == key)
                out.append(doc);
        }
        return out;
    }

    /** The fake's returns made with the order's credit-note salesId. */
    QList<QJsonObject> fakeReturns(int orderId) const
    {
        QList<QJsonObject> out;
        const QString key = salesId(orderId, DocumentKind::CreditNote);
        // The API's return JSON has no salesId (bsale.md §8): ask the fake's store.
        for (const int id : bsale.returnIds()) {
            const auto *ret = bsale.store().returns().find(id);
            if (ret && ret->salesId == key)
                out.append(bsale.returnJson(id));
        }
        return out;
    }

    /** Every document or return the fake holds for the order, whatever its kind. */
    int fakeRecordsFor(int orderId) const
    {
        return int(fakeDocuments(orderId, DocumentKind::Boleta).size()
                   + fakeDocuments(orderId, DocumentKind::Factura).size() + fakeReturns(orderId).size());
    }

    int requestsTo(const QString &path, const QByteArray &method = "POST") const
    {
        int n = 0;
        for (const auto &r : bsale.requests()) {
            if (r.path == path && r.method == method)
                ++n;
        }
        return n;
    }

    std::optional<OrderRecord> order(int id) const { return OrderRepository(*journal).find(id); }
    std::optional<DocumentRecord> document(int orderId, DocumentKind kind) const
    {
        return DocumentRepository(*journal).find(orderId, documentkind::key(kind));
    }
    QString stateOf(int orderId) const
    {
        const auto o = order(orderId);
        return o ? o->pipelineState : QString();
    }

    QTemporaryDir dir;
    ManualClock clock {QDateTime(QDate(2024, 5, 6), QTime(14, 0), QTimeZone::utc())};
    fakes::FakeBsale bsale;
    fakes::FakeJumpseller store;
    quint16 bsalePort = 0;
    quint16 storePort = 0;
    fakes::OrderShop shop;
    std::unique_ptr<Journal> journal;
    bool journalOk = false;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<BsaleClient> bsaleClient;
    std::unique_ptr<JumpsellerClient> storeClient;
    OrderSettings settings;

private:
    std::unique_ptr<OrderPipeline> m_pipeline;
};

} // namespace puente::test
