// Contract tests of FakeBsale's operational side over raw HTTP: rate limits (bsale.md §1 "Rate
// limits", FAQ), outbound webhooks (§9), the /_admin/ interface with fault injection, and the
// speed of a 100,000-variant catalogue (the demo sandbox's size).
#include <QtCore/QElapsedTimer>
#include <QtTest/QTest>

#include "BsaleHttpClient.h"
#include "FakeBsale.h"
#include "bsale/BsaleRateLimiter.h"

using namespace Qt::Literals::StringLiterals;
using puente::fakes::FakeBsale;
using puente::fakes::HttpFake;
using puente::fakes::HttpFakeRequest;
using puente::fakes::HttpFakeResponse;
using puente::testing::BsaleHttpClient;
namespace bsale = puente::fakes::bsale;

namespace {
constexpr qint64 kNow = 1700000000; // 2023-11-14 22:13:20 UTC
} // namespace

class TestFakeBsaleOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void elevenRequestsInOneSecondGet429();
    void theSecondWindowSlides();
    void fiveMinuteWindowAdmits3000();
    void internalErrorModeAnswers500Verbatim();
    void rateScaleAndSwitchOff();
    void adminIsExemptFromAuthAndLimits();
    void stockWebhookHasTheDocumentedPayload();
    void posSaleFiresStockThenDocumentWebhooks();
    void consumptionAndReturnFireWebhooks();
    void duplicateDeliversEveryPayloadTwice();
    void reorderDeliversOutOfOrder();
    void webhookSwitchesThroughAdmin();
    void adminTriggersMoveStockAndReportState();
    void adminFaultInjectsTheNamedFault();
    void adminFaultWithAProbabilityIsIntermittent();
    void adminRateSwitchesTheMode();
    void largeCatalogueLoadsAndPagesInSeconds();

private:
    QJsonObject receivedBody(int index) const;
    QJsonObject stockPayload(int variantId) const;

    std::unique_ptr<FakeBsale> m_fake;
    std::unique_ptr<HttpFake> m_receiver;
    std::unique_ptr<BsaleHttpClient> m_http;
    std::unique_ptr<BsaleHttpClient> m_admin; // no token
    FakeBsale::Basics m_basics;
    qint64 m_nowMs = kNow * 1000;
    int m_a = 0; // POL-001, stock 10
    int m_b = 0; // POL-002, stock 10
};

void TestFakeBsaleOperations::init()
{
    m_nowMs = kNow * 1000;
    m_a = m_b = 0;
    m_fake = std::make_unique<FakeBsale>();
    m_fake->setClock([this] { return m_nowMs; });
    m_fake->setCompanyId(2);
    QVERIFY(m_fake->start() != 0);
    m_receiver = std::make_unique<HttpFake>();
    m_receiver->route("POST", u"/hook"_s,
                      [](const HttpFakeRequest &) { return HttpFakeResponse::json(200, QJsonObject {}); });
    QVERIFY(m_receiver->start() != 0);
    m_http = std::make_unique<BsaleHttpClient>(m_fake->baseUrl(), "puente-fake-bsale-token");
    m_admin = std::make_unique<BsaleHttpClient>(m_fake->baseUrl());

    m_basics = m_fake->seedBasics();
    bsale::Product product;
    product.name = u"Polera"_s;
    const int productId = m_fake->addProduct(product);
    for (int *id : {&m_a, &m_b}) {
        bsale::Variant v;
        v.productId = productId;
        v.code = id == &m_a ? u"POL-001"_s : u"POL-002"_s;
        *id = m_fake->addVariant(v);
        m_fake->setStock(*id, m_basics.officeId, 10);
        m_fake->setPrice(m_basics.priceListId, *id, 10000);
    }
}

QJsonObject TestFakeBsaleOperations::receivedBody(int index) const
{
    return QJsonDocument::fromJson(m_receiver->requests().at(index).body).object();
}

// §9 stock payload: {"cpnId":2,"resource":"/v2/stocks.json?variant=7079&office=1","resourceId":"7079",
// "topic":"stock","action":"put","officeId":"1","send":1503500856}.
QJsonObject TestFakeBsaleOperations::stockPayload(int variantId) const
{
    return {{u"cpnId"_s, 2},
            {u"resource"_s, u"/v2/stocks.json?variant=%1&office=%2"_s.arg(variantId).arg(m_basics.officeId)},
            {u"resourceId"_s, QString::number(variantId)},
            {u"topic"_s, u"stock"_s},
            {u"action"_s, u"put"_s},
            {u"officeId"_s, QString::number(m_basics.officeId)},
            {u"send"_s, kNow}};
}

// CHANGELOG 09/2023: "10 requests por segundo"; FAQ: over the limit → 429.
void TestFakeBsaleOperations::elevenRequestsInOneSecondGet429()
{
    for (int i = 0; i < 10; ++i)
        QCOMPARE(m_http->get(u"/v1/offices.json"_s).status, 200);
    const auto refused = m_http->get(u"/v1/offices.json"_s);
    QCOMPARE(refused.status, 429);
    // §1: "No rate-limit response headers are documented (no X-RateLimit-*, no Retry-After)".
    QVERIFY(!refused.hasHeader("Retry-After"));
    QVERIFY(refused.json().contains(u"error"_s));
    QCOMPARE(m_fake->rateLimitedCount(), 1);
    m_nowMs += 1000;
    QCOMPARE(m_http->get(u"/v1/offices.json"_s).status, 200);
}

// A sliding window, not calendar seconds: 5 at t, 5 at t+600 ms → at t+1001 ms only 5 free slots.
void TestFakeBsaleOperations::theSecondWindowSlides()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_http->get(u"/v1/taxes.json"_s).status, 200);
    m_nowMs += 600;
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_http->get(u"/v1/taxes.json"_s).status, 200);
    QCOMPARE(m_http->get(u"/v1/taxes.json"_s).status, 429);
    m_nowMs += 401;
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_http->get(u"/v1/taxes.json"_s).status, 200);
    QCOMPARE(m_http->get(u"/v1/taxes.json"_s).status, 429);
}

// FAQ: 429 over 3,000 requests per 300 seconds (the limiter the fake uses, driven by a clock).
void TestFakeBsaleOperations::fiveMinuteWindowAdmits3000()
{
    bsale::BsaleRateLimiter limiter;
    QCOMPARE(limiter.perSecond(), 10);
    QCOMPARE(limiter.perFiveMinutes(), 3000);
    limiter.setLimits(1000, 3000); // isolate the 300 s window
    for (qint64 t = 0; t < 3000; ++t)
        QVERIFY(limiter.admit(t));
    QVERIFY(!limiter.admit(3000));
    QVERIFY(!limiter.admit(299999));
    QVERIFY(limiter.admit(300000)); // the request at t = 0 left the window
}

// FAQ: 500 {"error":"The requested resource is not available"} may mean rate limited (§12.2).
void TestFakeBsaleOperations::internalErrorModeAnswers500Verbatim()
{
    m_fake->setRateLimitMode(FakeBsale::RateLimitMode::InternalError);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(m_http->get(u"/v1/offices.json"_s).status, 200);
    const auto refused = m_http->get(u"/v1/offices.json"_s);
    QCOMPARE(refused.status, 500);
    QCOMPARE(refused.body, QByteArray(R"({"error":"The requested resource is not available"})"));
}

void TestFakeBsaleOperations::rateScaleAndSwitchOff()
{
    m_fake->setRateScale(100); // 1,000 req/s for benchmarks
    for (int i = 0; i < 30; ++i)
        QCOMPARE(m_http->get(u"/v1/offices.json"_s).status, 200);
    m_fake->setRateScale(1);
    m_nowMs += 1000;
    m_fake->setRateLimitEnabled(false);
    for (int i = 0; i < 30; ++i)
        QCOMPARE(m_http->get(u"/v1/offices.json"_s).status, 200);
    QCOMPARE(m_fake->rateLimitedCount(), 0);
}

void TestFakeBsaleOperations::adminIsExemptFromAuthAndLimits()
{
    for (int i = 0; i < 10; ++i)
        QCOMPARE(m_http->get(u"/v1/offices.json"_s).status, 200);
    QCOMPARE(m_http->get(u"/v1/offices.json"_s).status, 429);
    const auto state = m_admin->get(u"/_admin/state"_s);
    QCOMPARE(state.status, 200);
    QCOMPARE(state.json().value(u"variants"_s).toInt(), 2);
    QCOMPARE(state.json().value(u"rateLimited"_s).toInt(), 1);
    QCOMPARE(m_admin->get(u"/v1/offices.json"_s).status, 401); // the API itself still needs the token
}

// §9 / §12.7: receptions fire `stock` with the documented payload, POSTed as JSON.
void TestFakeBsaleOperations::stockWebhookHasTheDocumentedPayload()
{
    m_fake->setWebhookUrl(m_receiver->baseUrl().resolved(QUrl(u"/hook"_s)));
    const auto reply =
        m_http->post(u"/v1/stocks/receptions.json"_s,
                     {{u"officeId"_s, m_basics.officeId},
                      {u"details"_s, QJsonArray {QJsonObject {{u"quantity"_s, 5}, {u"variantId"_s, m_a}}}}});
    QCOMPARE(reply.status, 201);
    QTRY_COMPARE(m_receiver->requestCount(), 1);
    const auto &request = m_receiver->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QVERIFY(request.header("content-type").startsWith("application/json"));
    QCOMPARE(receivedBody(0), stockPayload(m_a));
    QVERIFY(receivedBody(0).value(u"resourceId"_s).isString()); // §9: resourceId and officeId are strings
    QVERIFY(receivedBody(0).value(u"cpnId"_s).isDouble());
}

// §9: dispatching documents fire `stock` per variant, document creation fires `document`.
void TestFakeBsaleOperations::posSaleFiresStockThenDocumentWebhooks()
{
    m_fake->setWebhookUrl(m_receiver->baseUrl().resolved(QUrl(u"/hook"_s)));
    const auto sale = m_fake->posSale(m_basics.officeId, {{m_a, {}, 1, {}, 0, {}}, {m_b, {}, 2, {}, 0, {}}});
    QVERIFY2(sale.ok(), qPrintable(sale.error));
    QTRY_COMPARE(m_receiver->requestCount(), 3);
    QCOMPARE(receivedBody(0), stockPayload(m_a));
    QCOMPARE(receivedBody(1), stockPayload(m_b));
    // §9 document example: {"cpnId":2,"resource":"/documents/14417.json","resourceId":"14417",
    // "topic":"document","action":"post","officeId":"2"} (+ `send`, see DOCS-AMBIGUITY in the fake).
    const QJsonObject document {{u"cpnId"_s, 2},
                                {u"resource"_s, u"/documents/%1.json"_s.arg(sale.id)},
                                {u"resourceId"_s, QString::number(sale.id)},
                                {u"topic"_s, u"document"_s},
                                {u"action"_s, u"post"_s},
                                {u"officeId"_s, QString::number(m_basics.officeId)},
                                {u"send"_s, kNow}};
    QCOMPARE(receivedBody(2), document);
    QCOMPARE(m_fake->stockQuantity(m_b, m_basics.officeId), 8.0);
}

// §9: "Fired by receptions, inventory counts, consumptions and dispatches"; a return puts
// stock back (stock) and issues a credit note (document).
void TestFakeBsaleOperations::consumptionAndReturnFireWebhooks()
{
    const auto sale = m_fake->posSale(m_basics.officeId, {{m_a, {}, 2, {}, 0, {}}});
    QVERIFY(sale.ok());
    m_fake->setWebhookUrl(m_receiver->baseUrl().resolved(QUrl(u"/hook"_s)));
    QVERIFY(m_fake->consumption(m_basics.officeId, {{m_b, {}, 1, 0, {}}}).ok());
    const auto details = m_http->get(u"/v1/documents/%1/details.json"_s.arg(sale.id)).items();
    const auto ret = m_fake->createReturn(
        {{u"codeSii"_s, 61},
         {u"referenceDocumentId"_s, sale.id},
         {u"details"_s,
          QJsonArray {QJsonObject {{u"documentDetailId"_s, details.first().toObject().value(u"id"_s)},
                                   {u"quantity"_s, 2},
                                   {u"unitValue"_s, 0}}}}});
    QVERIFY2(ret.ok(), qPrintable(ret.error));
    QTRY_COMPARE(m_receiver->requestCount(), 3);
    QCOMPARE(receivedBody(0), stockPayload(m_b));
    QCOMPARE(receivedBody(1), stockPayload(m_a));
    QCOMPARE(receivedBody(2).value(u"topic"_s).toString(), u"document"_s);
    const int creditNoteId =
        m_fake->returnJson(ret.id).value(u"credit_note"_s).toObject().value(u"id"_s).toString().toInt();
    QCOMPARE(receivedBody(2).value(u"resourceId"_s).toString(), QString::number(creditNoteId));
    QCOMPARE(m_fake->stockQuantity(m_a, m_basics.officeId), 10.0);
}

// §9: receivers must be idempotent ("at-least-once"); the duplicate switch sends each twice.
void TestFakeBsaleOperations::duplicateDeliversEveryPayloadTwice()
{
    m_fake->setWebhookUrl(m_receiver->baseUrl().resolved(QUrl(u"/hook"_s)));
    m_fake->setWebhookDuplicate(true);
    QVERIFY(m_fake->reception(m_basics.officeId, {{m_a, {}, 1, 0, {}}, {m_b, {}, 1, 0, {}}}).ok());
    QTRY_COMPARE(m_receiver->requestCount(), 4);
    QCOMPARE(receivedBody(0), stockPayload(m_a));
    QCOMPARE(receivedBody(1), stockPayload(m_a));
    QCOMPARE(receivedBody(2), stockPayload(m_b));
    QCOMPARE(receivedBody(3), stockPayload(m_b));
    QCOMPARE(m_fake->webhookEvents().size(), 2);
}

// §9: delivery is unordered; the reorder switch holds one back so the next overtakes it.
void TestFakeBsaleOperations::reorderDeliversOutOfOrder()
{
    m_fake->setWebhookUrl(m_receiver->baseUrl().resolved(QUrl(u"/hook"_s)));
    m_fake->setWebhookReorder(true);
    QVERIFY(m_fake->reception(m_basics.officeId, {{m_a, {}, 1, 0, {}}, {m_b, {}, 1, 0, {}}}).ok());
    QTRY_COMPARE(m_receiver->requestCount(), 2);
    QCOMPARE(receivedBody(0), stockPayload(m_b));
    QCOMPARE(receivedBody(1), stockPayload(m_a));
    // A lone event is released by the hold timer.
    QVERIFY(m_fake->consumption(m_basics.officeId, {{m_a, {}, 1, 0, {}}}).ok());
    QTRY_COMPARE(m_receiver->requestCount(), 3);
    QCOMPARE(receivedBody(2), stockPayload(m_a));
}

void TestFakeBsaleOperations::webhookSwitchesThroughAdmin()
{
    const QString url = m_receiver->baseUrl().toString() + u"/hook"_s;
    const auto state = m_admin->post(u"/_admin/webhooks"_s, {{u"url"_s, url}, {u"duplicate"_s, true}});
    QCOMPARE(state.status, 200);
    QCOMPARE(state.json().value(u"webhooks"_s).toObject().value(u"url"_s).toString(), url);
    QCOMPARE(m_admin->post(u"/_admin/reception"_s, {{u"lines"_s, QJsonArray {QJsonObject {{u"code"_s, u"POL-002"_s}}}}})
                 .status,
             201);
    QTRY_COMPARE(m_receiver->requestCount(), 2);
    QCOMPARE(receivedBody(1), stockPayload(m_b));
    QCOMPARE(m_admin->get(u"/_admin/webhooks"_s).json().value(u"count"_s).toInt(), 1);
}

void TestFakeBsaleOperations::adminTriggersMoveStockAndReportState()
{
    const auto sale =
        m_admin->post(u"/_admin/pos-sale"_s,
                      {{u"officeId"_s, m_basics.officeId},
                       {u"lines"_s, QJsonArray {QJsonObject {{u"code"_s, u"POL-001"_s}, {u"quantity"_s, 3}}}}});
    QCOMPARE(sale.status, 201);
    // A POS boleta: codeSii 39, dispatched, priced from the office's list (3 × 10000 net + IVA).
    QCOMPARE(sale.json().value(u"totalAmount"_s).toDouble(), 35700.0);
    QCOMPARE(sale.json().value(u"document_type"_s).toObject().value(u"codeSii"_s).toString(), u"39"_s);
    QCOMPARE(m_admin
                 ->post(u"/_admin/reception"_s,
                        {{u"lines"_s, QJsonArray {QJsonObject {{u"variantId"_s, m_b}, {u"quantity"_s, 5}}}}})
                 .status,
             201);
    QCOMPARE(m_admin
                 ->post(u"/_admin/consumption"_s,
                        {{u"lines"_s, QJsonArray {QJsonObject {{u"variantId"_s, m_b}, {u"quantity"_s, 2}}}}})
                 .status,
             201);
    const auto shortSale = m_admin->post(
        u"/_admin/pos-sale"_s, {{u"lines"_s, QJsonArray {QJsonObject {{u"variantId"_s, m_a}, {u"quantity"_s, 99}}}}});
    QCOMPARE(shortSale.status, 400);
    QCOMPARE(shortSale.errorText(), u"There is no stock for this products: \"POL-001\""_s);

    const auto stockA = m_admin->get(u"/_admin/stock?variantid=%1"_s.arg(m_a)).items().first().toObject();
    QCOMPARE(stockA.value(u"quantity"_s).toDouble(), 7.0);
    QCOMPARE(stockA.value(u"code"_s).toString(), u"POL-001"_s);
    QCOMPARE(m_fake->stockQuantity(m_b, m_basics.officeId), 13.0);
    const auto state = m_admin->get(u"/_admin/state"_s).json();
    QCOMPARE(state.value(u"documents"_s).toInt(), 1);
    QCOMPARE(state.value(u"receptions"_s).toInt(), 1);
    QCOMPARE(state.value(u"consumptions"_s).toInt(), 1);
    const auto documents = m_admin->get(u"/_admin/documents"_s).json();
    QCOMPARE(documents.value(u"count"_s).toInt(), 1);
    QCOMPARE(documents.value(u"items"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"details"_s)
                 .toObject()
                 .value(u"count"_s)
                 .toInt(),
             1);
}

// HttpFake::faultFromName through POST /_admin/fault {"fault","count","path"}.
void TestFakeBsaleOperations::adminFaultInjectsTheNamedFault()
{
    m_fake->setRateLimitEnabled(false);
    QCOMPARE(m_admin->post(u"/_admin/fault"_s, {{u"fault"_s, u"429"_s}, {u"count"_s, 2}, {u"path"_s, u"variants"_s}})
                 .json()
                 .value(u"pendingFaults"_s)
                 .toInt(),
             2);
    QCOMPARE(m_http->get(u"/v1/offices.json"_s).status, 200); // other paths untouched
    QCOMPARE(m_http->get(u"/v1/variants.json"_s).status, 429);
    QCOMPARE(m_http->get(u"/v1/variants.json"_s).status, 429);
    QCOMPARE(m_http->get(u"/v1/variants.json"_s).status, 200);

    // No path: the API only, so the admin interface stays reachable.
    m_admin->post(u"/_admin/fault"_s, {{u"fault"_s, u"503"_s}});
    QCOMPARE(m_admin->get(u"/_admin/state"_s).status, 200);
    QCOMPARE(m_http->get(u"/v1/offices.json"_s).status, 503);

    m_admin->post(u"/_admin/fault"_s, {{u"fault"_s, u"malformed"_s}});
    const auto malformed = m_http->get(u"/v1/offices.json"_s);
    QCOMPARE(malformed.status, 200);
    QJsonParseError error {};
    QJsonDocument::fromJson(malformed.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);

    m_admin->post(u"/_admin/fault"_s, {{u"fault"_s, u"reset"_s}, {u"count"_s, 10}});
    const auto reset = m_http->get(u"/v1/offices.json"_s);
    QCOMPARE(reset.status, 0);
    QVERIFY(reset.error != QNetworkReply::NoError);
    // DELETE drops the nine still pending.
    const auto cleared = m_admin->deleteResource(u"/_admin/fault"_s);
    QCOMPARE(cleared.status, 200);
    QCOMPARE(cleared.json().value(u"pendingFaults"_s).toInt(), 0);
    QCOMPARE(m_fake->pendingFaults(), 0);
    QCOMPARE(m_http->get(u"/v1/offices.json"_s).status, 200);

    QCOMPARE(m_admin->post(u"/_admin/fault"_s, {{u"fault"_s, u"meltdown"_s}}).status, 400);
}

// {"probability": p}: each matching request fails with chance p, from a seeded generator, until
// `count` did; GET /_admin/fault counts what fired.
void TestFakeBsaleOperations::adminFaultWithAProbabilityIsIntermittent()
{
    m_fake->setRateLimitEnabled(false);
    QCOMPARE(m_admin->post(u"/_admin/fault"_s, {{u"fault"_s, u"500"_s}, {u"probability"_s, 1.5}}).status, 400);
    const auto run = [this] {
        m_admin->post(u"/_admin/fault"_s,
                      {{u"fault"_s, u"500"_s},
                       {u"count"_s, 1000},
                       {u"probability"_s, 0.25},
                       {u"seed"_s, 42},
                       {u"path"_s, u"^/v1/offices\\.json$"_s}});
        QString pattern;
        for (int i = 0; i < 200; ++i)
            pattern += m_http->get(u"/v1/offices.json"_s).status == 500 ? u'x' : u'.';
        m_admin->deleteResource(u"/_admin/fault"_s);
        return pattern;
    };
    const QString first = run();
    const int failed = int(first.count(u'x'));
    QVERIFY2(failed > 25 && failed < 75, qPrintable(u"%1 of 200 failed"_s.arg(failed))); // 50 expected
    QVERIFY(first.contains(u"x."_s) && first.contains(u".x"_s)); // mixed, not one block
    QCOMPARE(m_admin->get(u"/_admin/fault"_s).json().value(u"firedFaults"_s).toInt(), failed);
    QCOMPARE(m_admin->get(u"/_admin/fault"_s).json().value(u"pendingFaults"_s).toInt(), 0);
    QCOMPARE(run(), first); // the same seed, the same faults
    QCOMPARE(m_http->get(u"/v1/variants.json"_s).status, 200); // only the named path
}

void TestFakeBsaleOperations::adminRateSwitchesTheMode()
{
    const auto state = m_admin->post(u"/_admin/rate"_s, {{u"perSecond"_s, 2}, {u"mode"_s, u"500"_s}});
    QCOMPARE(state.json().value(u"rate"_s).toObject().value(u"perSecond"_s).toInt(), 2);
    QCOMPARE(m_http->get(u"/v1/offices.json"_s).status, 200);
    QCOMPARE(m_http->get(u"/v1/offices.json"_s).status, 200);
    QCOMPARE(m_http->get(u"/v1/offices.json"_s).errorText(), u"The requested resource is not available"_s);
    m_admin->post(u"/_admin/rate"_s, {{u"enabled"_s, false}});
    QCOMPARE(m_http->get(u"/v1/offices.json"_s).status, 200);
    QCOMPARE(m_admin->post(u"/_admin/rate"_s, {{u"mode"_s, u"418"_s}}).status, 400);
}

// The sandbox's catalogue: 100,000 variants must load in seconds and page without scans.
void TestFakeBsaleOperations::largeCatalogueLoadsAndPagesInSeconds()
{
    m_fake->setRateLimitEnabled(false);
    constexpr int kVariants = 100000;
    QElapsedTimer timer;
    timer.start();
    m_fake->reserveVariants(kVariants);
    int productId = 0;
    for (int i = 0; i < kVariants; ++i) {
        if (i % 5 == 0) {
            bsale::Product product;
            product.name = u"Producto %1"_s.arg(i / 5);
            productId = m_fake->addProduct(product);
        }
        bsale::Variant v;
        v.productId = productId;
        v.code = u"SKU-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        v.barCode = u"78%1"_s.arg(i, 10, 10, QLatin1Char('0'));
        const int id = m_fake->addVariant(v);
        m_fake->setStock(id, m_basics.officeId, i % 17);
        m_fake->setPrice(m_basics.priceListId, id, 1000 + i % 100);
    }
    const qint64 loadMs = timer.elapsed();
    qInfo("seeded %d variants with stock and prices in %lld ms", kVariants, loadMs);
    QVERIFY2(loadMs < 10000, "seeding 100,000 variants must take seconds, not minutes");

    timer.restart();
    const int total = kVariants + 2;
    const auto last = m_http->get(u"/v1/variants.json?limit=50&offset=%1"_s.arg(total - 50)).json();
    QCOMPARE(last.value(u"count"_s).toInt(), total);
    QCOMPARE(last.value(u"items"_s).toArray().size(), 50);
    QVERIFY(!last.contains(u"next"_s));
    const auto stocks = m_http->get(u"/v1/stocks.json?officeid=%1&offset=99990"_s.arg(m_basics.officeId)).json();
    QCOMPARE(stocks.value(u"count"_s).toInt(), total);
    QCOMPARE(m_http->get(u"/v1/variants.json?code=SKU-099999"_s).json().value(u"count"_s).toInt(), 1);
    QCOMPARE(m_http->get(u"/v1/stocks.json?code=SKU-054321&officeid=%1"_s.arg(m_basics.officeId))
                 .items()
                 .first()
                 .toObject()
                 .value(u"quantity"_s)
                 .toDouble(),
             double(54321 % 17));
    QCOMPARE(m_http->get(u"/v1/price_lists/%1/details.json?code=SKU-000042"_s.arg(m_basics.priceListId))
                 .items()
                 .first()
                 .toObject()
                 .value(u"variantValue"_s)
                 .toDouble(),
             1042.0);
    const qint64 queryMs = timer.elapsed();
    qInfo("five indexed queries over 100,000 variants in %lld ms", queryMs);
    QVERIFY2(queryMs < 3000, "indexed queries must not scan the catalogue");
}

QTEST_GUILESS_MAIN(TestFakeBsaleOperations)
#include "tst_fakebsaleoperations.moc"
