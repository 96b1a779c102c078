// WebhookReceiver over real HTTP: Jumpseller deliveries need a valid HMAC (else 401), duplicates
// are answered but not announced twice, Bsale payloads become hints (ids only, never
// quantities) and filtered by company and office; end to end, FakeBsale's and FakeJumpseller's
// own webhooks drive StockScheduler to refetch and push, and the store's echo of our own push
// starts nothing.
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include "StockTestRig.h"
#include "connectors/jumpseller/JumpsellerHookVerifier.h"
#include "sync/StockScheduler.h"
#include "sync/WebhookReceiver.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;
using puente::test::LinkedItem;
using puente::test::StockTestRig;

namespace {
const QString kHooksToken = u"hookstoken0123456789abcdef012345"_s; // FakeJumpseller's default
}

class TestWebhookReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listensOnLocalhostByDefault();
    void validSignatureIsAccepted();
    void badSignatureIs401();
    void duplicateIsIgnored();
    void bsaleStockHintCarriesIdsOnly();
    void bsaleOtherOfficeAndCompanyIgnored();
    void bsaleSecretPath();
    void wrongPathAndMethod();
    void bsaleWebhookTriggersRefetch();
    void storeHooksAreDedupedAndEchoesIgnored();

private:
    int post(const QString &path, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {},
             const QByteArray &method = "POST");
    QByteArray productHook(const LinkedItem &item, int stock) const;

    std::unique_ptr<StockTestRig> rig;
    std::unique_ptr<WebhookReceiver> receiver;
    QNetworkAccessManager nam;
};

void TestWebhookReceiver::init()
{
    rig = std::make_unique<StockTestRig>();
    QVERIFY(rig->ready());
    WebhookReceiver::Config config;
    config.jumpsellerHooksToken = kHooksToken;
    config.officeIds = {rig->basics.officeId};
    config.bsaleCompanyId = rig->bsale.companyId();
    receiver = std::make_unique<WebhookReceiver>(rig->clock, config);
    QString error;
    QVERIFY2(receiver->listen(&error), qPrintable(error));
}

void TestWebhookReceiver::cleanup()
{
    receiver.reset();
    rig.reset();
}

int TestWebhookReceiver::post(const QString &path, const QByteArray &body,
                              const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &method)
{
    QNetworkRequest request(receiver->baseUrl().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(5000))
        return -1;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

QByteArray TestWebhookReceiver::productHook(const LinkedItem &item, int stock) const
{
    QJsonObject product = rig->store.productJson(item.storeProductId);
    product.insert(u"stock"_s, stock);
    return QJsonDocument(QJsonObject {{u"product"_s, product}}).toJson(QJsonDocument::Compact);
}

void TestWebhookReceiver::listensOnLocalhostByDefault()
{
    QCOMPARE(WebhookReceiver::Config().address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(receiver->baseUrl().host(), u"127.0.0.1"_s);
    QVERIFY(receiver->port() > 0);
    // A second receiver cannot take the same port.
    WebhookReceiver::Config config;
    config.port = receiver->port();
    WebhookReceiver clash(rig->clock, config);
    QTest::ignoreMessage(QtCriticalMsg, "listen failed: The bound address is already in use");
    QString error;
    QVERIFY(!clash.listen(&error));
    QVERIFY(error.contains(QString::number(receiver->port())));
}

void TestWebhookReceiver::validSignatureIsAccepted()
{
    const LinkedItem a = rig->linkItem(u"A"_s, 5, 5);
    QSignalSpy hints(receiver.get(), &WebhookReceiver::jumpsellerHint);
    const QByteArray body = productHook(a, 7);
    QCOMPARE(post(u"/hooks/jumpseller"_s, body,
                  {{"Jumpseller-Hmac-Sha256", JumpsellerHookVerifier::sign(body, kHooksToken)},
                   {"Jumpseller-Event", "product_stock_updated"}}),
             200);
    QCOMPARE(hints.size(), 1);
    const auto hint = hints[0][0].value<JumpsellerHint>();
    QCOMPARE(hint.event, u"product_stock_updated"_s);
    QVERIFY(hint.product);
    QCOMPARE(hint.product->stock, 7);
    QCOMPARE(hint.productIds(), QList<qint64> {a.storeProductId});
    QCOMPARE(receiver->counters().accepted, 1);
}

void TestWebhookReceiver::badSignatureIs401()
{
    const LinkedItem a = rig->linkItem(u"A"_s, 5, 5);
    QSignalSpy hints(receiver.get(), &WebhookReceiver::jumpsellerHint);
    const QByteArray body = productHook(a, 7);
    const QByteArray otherKey = JumpsellerHookVerifier::sign(body, u"another-token"_s);
    QCOMPARE(post(u"/hooks/jumpseller"_s, body, {{"Jumpseller-Hmac-Sha256", otherKey}}), 401);
    QCOMPARE(post(u"/hooks/jumpseller"_s, body), 401); // no signature
    // Signed, then altered: the stock says 700 now.
    QByteArray altered = body;
    altered.replace("\"stock\":7", "\"stock\":700");
    QCOMPARE(post(u"/hooks/jumpseller"_s, altered,
                  {{"Jumpseller-Hmac-Sha256", JumpsellerHookVerifier::sign(body, kHooksToken)}}),
             401);
    QCOMPARE(hints.size(), 0);
    QCOMPARE(receiver->counters().badSignature, 3);
}

void TestWebhookReceiver::duplicateIsIgnored()
{
    const LinkedItem a = rig->linkItem(u"A"_s, 5, 5);
    QSignalSpy hints(receiver.get(), &WebhookReceiver::jumpsellerHint);
    const QByteArray body = productHook(a, 3);
    const QList<QPair<QByteArray, QByteArray>> headers {
        {"Jumpseller-Hmac-Sha256", JumpsellerHookVerifier::sign(body, kHooksToken)},
        {"Jumpseller-Event", "product_updated"}};
    QCOMPARE(post(u"/hooks/jumpseller"_s, body, headers), 200);
    QCOMPARE(post(u"/hooks/jumpseller"_s, body, headers), 200);
    QCOMPARE(hints.size(), 1);
    QCOMPARE(receiver->counters().duplicates, 1);
    // The same body for another event is another delivery.
    QCOMPARE(post(u"/hooks/jumpseller"_s, body,
                  {{"Jumpseller-Hmac-Sha256", JumpsellerHookVerifier::sign(body, kHooksToken)},
                   {"Jumpseller-Event", "product_stock_updated"}}),
             200);
    QCOMPARE(hints.size(), 2);
    // After the window the same delivery counts again.
    rig->clock.advance(receiver->config().dedupeWindowMs + 1);
    QCOMPARE(post(u"/hooks/jumpseller"_s, body, headers), 200);
    QCOMPARE(hints.size(), 3);

    // Bsale: the same payload twice (at-least-once delivery).
    QSignalSpy bsaleHints(receiver.get(), &WebhookReceiver::bsaleHint);
    const QByteArray stock = QJsonDocument(QJsonObject {{u"cpnId"_s, rig->bsale.companyId()},
                                                        {u"topic"_s, u"stock"_s},
                                                        {u"resourceId"_s, u"12"_s},
                                                        {u"officeId"_s, QString::number(rig->basics.officeId)},
                                                        {u"action"_s, u"put"_s},
                                                        {u"send"_s, 1503500856}})
                                 .toJson(QJsonDocument::Compact);
    QCOMPARE(post(u"/hooks/bsale"_s, stock), 200);
    QCOMPARE(post(u"/hooks/bsale"_s, stock), 200);
    QCOMPARE(bsaleHints.size(), 1);
}

void TestWebhookReceiver::bsaleStockHintCarriesIdsOnly()
{
    QSignalSpy hints(receiver.get(), &WebhookReceiver::bsaleHint);
    const QByteArray stock = QJsonDocument(QJsonObject {
                                               {u"cpnId"_s, rig->bsale.companyId()},
                                               {u"resource"_s, u"/v2/stocks.json?variant=7079&office=1"_s},
                                               {u"resourceId"_s, u"7079"_s},
                                               {u"topic"_s, u"stock"_s},
                                               {u"action"_s, u"put"_s},
                                               {u"officeId"_s, QString::number(rig->basics.officeId)},
                                               {u"quantity"_s, 999}, // not a Bsale field: never read
                                           })
                                 .toJson(QJsonDocument::Compact);
    QCOMPARE(post(u"/hooks/bsale"_s, stock), 200);
    const QByteArray document = QJsonDocument(QJsonObject {{u"cpnId"_s, rig->bsale.companyId()},
                                                           {u"resource"_s, u"/documents/14417.json"_s},
                                                           {u"resourceId"_s, u"14417"_s},
                                                           {u"topic"_s, u"document"_s},
                                                           {u"action"_s, u"post"_s},
                                                           {u"officeId"_s, QString::number(rig->basics.officeId)}})
                                    .toJson(QJsonDocument::Compact);
    QCOMPARE(post(u"/hooks/bsale"_s, document), 200);
    QCOMPARE(hints.size(), 2);
    const auto first = hints[0][0].value<BsaleHint>();
    QCOMPARE(first.topic, u"stock"_s);
    QCOMPARE(first.variantId, 7079);
    QCOMPARE(first.documentId, 0);
    QCOMPARE(first.officeId, rig->basics.officeId);
    const auto second = hints[1][0].value<BsaleHint>();
    QCOMPARE(second.documentId, 14417);
    QCOMPARE(second.variantId, 0);
    QCOMPARE(post(u"/hooks/bsale"_s, "not json"), 400);
}

void TestWebhookReceiver::bsaleOtherOfficeAndCompanyIgnored()
{
    QSignalSpy hints(receiver.get(), &WebhookReceiver::bsaleHint);
    auto payload = [](int company, int office) {
        return QJsonDocument(QJsonObject {{u"cpnId"_s, company},
                                          {u"topic"_s, u"stock"_s},
                                          {u"resourceId"_s, u"5"_s},
                                          {u"officeId"_s, QString::number(office)}})
            .toJson(QJsonDocument::Compact);
    };
    QCOMPARE(post(u"/hooks/bsale"_s, payload(rig->bsale.companyId(), rig->basics.officeId + 50)), 200);
    QCOMPARE(post(u"/hooks/bsale"_s, payload(rig->bsale.companyId() + 1, rig->basics.officeId)), 200);
    QCOMPARE(post(u"/hooks/bsale"_s,
                  QJsonDocument(QJsonObject {{u"topic"_s, u"product"_s}, {u"resourceId"_s, u"9"_s}})
                      .toJson(QJsonDocument::Compact)),
             200);
    QCOMPARE(hints.size(), 0);
    QCOMPARE(receiver->counters().ignored, 3);
}

void TestWebhookReceiver::bsaleSecretPath()
{
    WebhookReceiver::Config config;
    config.bsaleSecret = u"s3cr3t"_s;
    receiver = std::make_unique<WebhookReceiver>(rig->clock, config);
    QVERIFY(receiver->listen());
    QSignalSpy hints(receiver.get(), &WebhookReceiver::bsaleHint);
    const QByteArray body = R"({"cpnId":2,"topic":"stock","resourceId":"3","officeId":"1"})";
    QCOMPARE(post(u"/hooks/bsale"_s, body), 404);
    QCOMPARE(post(u"/hooks/bsale/wrong"_s, body), 404);
    QCOMPARE(post(u"/hooks/bsale/s3cr3t"_s, body), 200);
    QCOMPARE(hints.size(), 1);
}

void TestWebhookReceiver::wrongPathAndMethod()
{
    QCOMPARE(post(u"/"_s, "{}"), 404);
    QCOMPARE(post(u"/hooks/other"_s, "{}"), 404);
    QCOMPARE(post(u"/hooks/bsale"_s, {}, {}, "GET"), 405);
}

void TestWebhookReceiver::bsaleWebhookTriggersRefetch()
{
    const LinkedItem a = rig->linkItem(u"A"_s, 10, 10);
    StockScheduler scheduler(*rig->cycle, rig->clock);
    scheduler.connectReceiver(*receiver);
    QSignalSpy passes(&scheduler, &StockScheduler::passFinished);
    rig->bsale.setWebhookUrl(receiver->baseUrl().resolved(QUrl(u"/hooks/bsale"_s)));
    scheduler.start(false); // a first poll: nothing yet
    QVERIFY(rig->pumpShortWaits([&] { return passes.size() == 1; }));
    rig->clock.advance(1000); // the rate limiters' bursts are back; the next poll is 4 s away

    // A reception in Bsale: its stock webhook arrives long before the next poll is due, and
    // the clock does not move while it is handled.
    const qint64 before = rig->clock.monotonicMs();
    QVERIFY(rig->receive(a, 6));
    const int stockReadsBefore = rig->requestsTo(rig->bsale, "GET", u"/v1/stocks.json"_s);
    QVERIFY(rig->pumpRealTime([&] { return passes.size() == 2; }));
    const auto result = passes.last()[0].value<StockCycleResult>();
    QCOMPARE(result.kind, StockCycleResult::Kind::Hinted);
    QCOMPARE(result.pushed, 1);
    QCOMPARE(rig->storeStock(a), std::optional<int>(16));
    QCOMPARE(rig->clock.monotonicMs(), before);
    // The quantity came from the API, not from the webhook.
    QCOMPARE(rig->requestsTo(rig->bsale, "GET", u"/v1/stocks.json"_s), stockReadsBefore + 1);
    scheduler.stop();
}

void TestWebhookReceiver::storeHooksAreDedupedAndEchoesIgnored()
{
    const LinkedItem a = rig->linkItem(u"A"_s, 10, 10);
    StockScheduler scheduler(*rig->cycle, rig->clock);
    scheduler.connectReceiver(*receiver);
    QSignalSpy passes(&scheduler, &StockScheduler::passFinished);
    QSignalSpy hints(receiver.get(), &WebhookReceiver::jumpsellerHint);
    const QUrl url = receiver->baseUrl().resolved(QUrl(u"/hooks/jumpseller"_s));
    rig->store.addHook(u"product_stock_updated"_s, url);
    rig->store.hooks().setDuplicate(true);
    scheduler.start(false);
    QVERIFY(rig->pumpShortWaits([&] { return passes.size() == 1; }));

    // A POS sale; the next poll pushes 8. The store announces our push twice (duplicate
    // switch): one hint, one duplicate, and the hint is the echo of our own push: no pass.
    QVERIFY(rig->sell(a, 2));
    rig->clock.advance(5000 - rig->clock.monotonicMs()); // the next poll is due
    QVERIFY(rig->pumpShortWaits([&] { return passes.size() == 2; }));
    QCOMPARE(rig->storeStock(a), std::optional<int>(8));
    QVERIFY(
        rig->pumpShortWaits([&] { return receiver->counters().duplicates == 1 && rig->store.hooks().pending() == 0; }));
    QCOMPARE(hints.size(), 1);
    QCOMPARE(receiver->counters().accepted, 1);
    rig->pumpShortWaits([] { return false; }, 1000, 300); // nothing else starts
    QCOMPARE(passes.size(), 2);
    rig->clock.advance(1000); // the limiters' bursts are back

    // A merchant's edit in the admin: announced, re-planned, corrected from Bsale's number.
    QVERIFY(rig->store.setProductStock(a.storeProductId, 40));
    QVERIFY(rig->pumpShortWaits([&] { return passes.size() == 3; }));
    QCOMPARE(passes.last()[0].value<StockCycleResult>().kind, StockCycleResult::Kind::Hinted);
    QCOMPARE(rig->storeStock(a), std::optional<int>(8));
    scheduler.stop();
}

QTEST_GUILESS_MAIN(TestWebhookReceiver)
#include "tst_webhookreceiver.moc"
