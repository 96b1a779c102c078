// JumpsellerHookVerifier against the webhooks FakeJumpseller really delivers to a local
// receiver: every delivery verifies with the store's hooks token over the raw bytes received,
// and any change of body, token or header encoding is refused. The delivered bodies also parse
// with JumpsellerParser (the payload is the one of the REST API, §5).
#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMessageAuthenticationCode>
#include <QtTest/QTest>

#include "FakeJumpseller.h"
#include "connectors/jumpseller/JumpsellerHookVerifier.h"
#include "connectors/jumpseller/JumpsellerParser.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;
using puente::JumpsellerHookVerifier;
using puente::JumpsellerOrderStatus;
using puente::JumpsellerParser;
using puente::fakes::FakeJumpseller;
using puente::fakes::HttpFake;
using puente::fakes::HttpFakeRequest;
using puente::fakes::HttpFakeResponse;
namespace js = puente::fakes::jumpseller;

class TestJumpsellerHookVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyDeliveryOfTheStoreVerifies();
    void tamperedBodyIsRefused();
    void anotherTokenIsRefused();
    void otherEncodingsAreRefused();
    void trailingNewlineAndSpacesAreTolerated();
    void emptyTokenOrHeaderNeverVerifies();
    void signMatchesTheDocumentedVector();

private:
    QList<HttpFakeRequest> deliver();

    std::unique_ptr<HttpFake> m_receiver;
    std::unique_ptr<FakeJumpseller> m_fake;
    QString m_token;
};

void TestJumpsellerHookVerifier::init()
{
    m_receiver = std::make_unique<HttpFake>();
    m_receiver->route("POST", u"/hook"_s,
                      [](const HttpFakeRequest &) { return HttpFakeResponse::json(200, QJsonObject {}); });
    QVERIFY(m_receiver->start() != 0);
    m_fake = std::make_unique<FakeJumpseller>();
    js::RateLimitConfig limits;
    limits.enabled = false;
    m_fake->setRateLimits(limits);
    js::StoreInfo store;
    store.code = u"tienda-nandu"_s;
    store.hooksToken = u"Z9x8c7v6b5n4m3a2s1d0f9g8h7j6k5l4"_s;
    m_token = store.hooksToken;
    m_fake->setStore(store);
    m_fake->setSpanishStatusNames(true); // non-ASCII bytes in the signed body
    QVERIFY(m_fake->start() != 0);
}

void TestJumpsellerHookVerifier::cleanup()
{
    m_fake.reset();
    m_receiver.reset();
}

QList<HttpFakeRequest> TestJumpsellerHookVerifier::deliver()
{
    const QUrl url = m_receiver->baseUrl().resolved(QUrl(u"/hook"_s));
    for (const QString &event : {u"order_pending_payment"_s, u"order_paid"_s, u"order_updated"_s, u"product_updated"_s,
                                 u"product_stock_updated"_s})
        m_fake->addHook(event, url);
    js::ProductSeed seed;
    seed.name = u"Café de grano «Añejo»"_s;
    seed.sku = u"CAFE-1"_s;
    seed.price = 8990;
    seed.stock = 20;
    const int product = m_fake->addProduct(seed);
    js::OrderSeed order;
    js::OrderLineSeed line;
    line.productId = product;
    line.qty = 2;
    order.lines = {line};
    order.billingAddress.name = u"José Peña"_s;
    const int id = m_fake->createOrder(order);
    if (id == 0 || !m_fake->payOrder(id) || !m_fake->setProductStock(product, 15))
        return {};
    // pending + updated, paid + updated, stock changes of the order and of the edit.
    // A short wait is reported by the caller's count check.
    (void)QTest::qWaitFor([this] { return m_receiver->requestCount() >= 6 && m_fake->hooks().pending() == 0; }, 5000);
    return m_receiver->requests();
}

void TestJumpsellerHookVerifier::everyDeliveryOfTheStoreVerifies()
{
    const QList<HttpFakeRequest> received = deliver();
    QVERIFY2(received.size() >= 6, qPrintable(QString::number(received.size())));
    int orders = 0;
    for (const HttpFakeRequest &request : received) {
        const QByteArray signature = request.header("jumpseller-hmac-sha256");
        QVERIFY(!signature.isEmpty());
        QVERIFY2(JumpsellerHookVerifier::verify(request.body, signature, m_token),
                 request.header("jumpseller-event").constData());
        QCOMPARE(JumpsellerHookVerifier::sign(request.body, m_token), signature);
        if (request.header("jumpseller-event").startsWith("order_")) {
            const auto order = JumpsellerParser::order(QJsonDocument::fromJson(request.body).object());
            QVERIFY2(order.ok(), qPrintable(order.error().detail()));
            QVERIFY(order.value().status == JumpsellerOrderStatus::PendingPayment
                    || order.value().status == JumpsellerOrderStatus::Paid);
            ++orders;
        } else {
            const auto product = JumpsellerParser::product(QJsonDocument::fromJson(request.body).object());
            QVERIFY2(product.ok(), qPrintable(product.error().detail()));
            QCOMPARE(product.value().sku, u"CAFE-1"_s);
        }
    }
    QVERIFY(orders >= 4);
}

void TestJumpsellerHookVerifier::tamperedBodyIsRefused()
{
    const QList<HttpFakeRequest> received = deliver();
    QVERIFY(!received.isEmpty());
    const HttpFakeRequest &request = received.first();
    const QByteArray signature = request.header("jumpseller-hmac-sha256");
    QByteArray changed = request.body;
    changed[changed.size() / 2] = char(changed.at(changed.size() / 2) ^ 0x01);
    QVERIFY(!JumpsellerHookVerifier::verify(changed, signature, m_token));
    // Re-serialised JSON (same content, other bytes) does not match either: sign the raw body.
    const QByteArray reserialised = QJsonDocument::fromJson(request.body).toJson(QJsonDocument::Indented);
    QVERIFY(reserialised != request.body);
    QVERIFY(!JumpsellerHookVerifier::verify(reserialised, signature, m_token));
    QVERIFY(!JumpsellerHookVerifier::verify(request.body + ' ', signature, m_token));
}

void TestJumpsellerHookVerifier::anotherTokenIsRefused()
{
    const QList<HttpFakeRequest> received = deliver();
    QVERIFY(!received.isEmpty());
    const HttpFakeRequest &request = received.first();
    const QByteArray signature = request.header("jumpseller-hmac-sha256");
    // The API auth token is not the hooks token (§5).
    QVERIFY(!JumpsellerHookVerifier::verify(request.body, signature, m_fake->authToken()));
    QVERIFY(!JumpsellerHookVerifier::verify(request.body, signature, m_token.left(31)));
}

void TestJumpsellerHookVerifier::otherEncodingsAreRefused()
{
    const QByteArray body = R"({"order":{"id":1}})";
    const QByteArray digest = QMessageAuthenticationCode::hash(body, m_token.toUtf8(), QCryptographicHash::Sha256);
    QVERIFY(JumpsellerHookVerifier::verify(body, digest.toBase64(), m_token));
    QVERIFY(!JumpsellerHookVerifier::verify(body, digest.toHex(), m_token)); // the wrong variant seen in the wild
    QVERIFY(!JumpsellerHookVerifier::verify(body, digest, m_token)); // raw bytes
    QVERIFY(!JumpsellerHookVerifier::verify(body, digest.left(31).toBase64(), m_token)); // too short
    QVERIFY(!JumpsellerHookVerifier::verify(body, digest.toBase64() + "AA==", m_token)); // too long
    QVERIFY(!JumpsellerHookVerifier::verify(body, "%%%not base64%%%", m_token));
    const QByteArray sha1 = QMessageAuthenticationCode::hash(body, m_token.toUtf8(), QCryptographicHash::Sha1);
    QVERIFY(!JumpsellerHookVerifier::verify(body, sha1.toBase64(), m_token));
}

void TestJumpsellerHookVerifier::trailingNewlineAndSpacesAreTolerated()
{
    // Ruby's Base64.encode64 ends with "\n"; proxies may add spaces around header values.
    const QByteArray body = R"({"product":{"id":7}})";
    const QByteArray signature = JumpsellerHookVerifier::sign(body, m_token);
    QVERIFY(JumpsellerHookVerifier::verify(body, signature + '\n', m_token));
    QVERIFY(JumpsellerHookVerifier::verify(body, "  " + signature + "  ", m_token));
}

void TestJumpsellerHookVerifier::emptyTokenOrHeaderNeverVerifies()
{
    const QByteArray body = R"({"order":{"id":1}})";
    QVERIFY(!JumpsellerHookVerifier::verify(body, JumpsellerHookVerifier::sign(body, {}), {}));
    QVERIFY(!JumpsellerHookVerifier::verify(body, {}, m_token));
    QVERIFY(!JumpsellerHookVerifier::verify(body, "   ", m_token));
    QCOMPARE(JumpsellerHookVerifier::signatureHeaderName(), QByteArray("Jumpseller-Hmac-Sha256"));
}

void TestJumpsellerHookVerifier::signMatchesTheDocumentedVector()
{
    // printf '%s' "$payload" | openssl dgst -sha256 -hmac "$TOKEN" -binary | base64 (§5), with
    // the RFC 4231 test case 2 key and message: HMAC-SHA256("Jefe", "what do ya want for
    // nothing?") = 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843.
    const QByteArray expected =
        QByteArray::fromHex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843").toBase64();
    QCOMPARE(JumpsellerHookVerifier::sign("what do ya want for nothing?", u"Jefe"_s), expected);
    QVERIFY(JumpsellerHookVerifier::verify("what do ya want for nothing?", expected, u"Jefe"_s));
}

QTEST_GUILESS_MAIN(TestJumpsellerHookVerifier)
#include "tst_jumpsellerhookverifier.moc"
