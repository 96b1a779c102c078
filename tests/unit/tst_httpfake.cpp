// The fault-injecting loopback server that every HTTP test stands on: check that each
// fault really reaches a real QNetworkAccessManager client the way it is meant to.
#include <QtCore/QJsonObject>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include "HttpFake.h"

using namespace Qt::Literals::StringLiterals;
using puente::fakes::HttpFake;
using puente::fakes::HttpFakeRequest;
using puente::fakes::HttpFakeResponse;
using puente::fakes::HttpFault;

class TestHttpFake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void routesWithCaptures();
    void unknownPathIs404();
    void injectedStatusFaultsAreCountedDown();
    void resetClosesWithoutAnswer();
    void resetAfterHandlingRunsTheHandler();
    void truncatedBodyIsShorterThanPromised();
    void timeoutNeverAnswers();
    void requestLogIsBounded();

private:
    QNetworkReply *get(const QString &path);
    std::unique_ptr<HttpFake> m_server;
    QNetworkAccessManager m_nam;
    int m_handled = 0;
};

void TestHttpFake::init()
{
    m_handled = 0;
    m_server = std::make_unique<HttpFake>();
    m_server->route("GET", u"/v1/items/(\\d+)\\.json"_s, [this](const HttpFakeRequest &r) {
        ++m_handled;
        return HttpFakeResponse::json(200, QJsonObject {{u"id"_s, r.captures.value(1).toInt()}});
    });
    QVERIFY(m_server->start() != 0);
}

QNetworkReply *TestHttpFake::get(const QString &path)
{
    QNetworkRequest request(m_server->baseUrl().resolved(QUrl(path)));
    request.setTransferTimeout(500);
    auto *reply = m_nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    [&] { QVERIFY(finished.wait(5000)); }();
    return reply;
}

void TestHttpFake::routesWithCaptures()
{
    std::unique_ptr<QNetworkReply> reply(get(u"/v1/items/42.json"_s));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->readAll(), QByteArray(R"({"id":42})"));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().first().path, u"/v1/items/42.json"_s);
}

void TestHttpFake::unknownPathIs404()
{
    std::unique_ptr<QNetworkReply> reply(get(u"/nope.json"_s));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
}

void TestHttpFake::injectedStatusFaultsAreCountedDown()
{
    m_server->setFaultRetryAfter(3);
    m_server->injectFault(HttpFault::Status429, 2, u"items"_s);
    for (int i = 0; i < 2; ++i) {
        std::unique_ptr<QNetworkReply> reply(get(u"/v1/items/1.json"_s));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
        QCOMPARE(reply->rawHeader("Retry-After"), QByteArray("3"));
    }
    QCOMPARE(m_handled, 0);
    std::unique_ptr<QNetworkReply> reply(get(u"/v1/items/1.json"_s));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(m_server->pendingFaults(), 0);
}

void TestHttpFake::resetClosesWithoutAnswer()
{
    // QNetworkAccessManager silently re-sends a request whose connection closed before any
    // answer (a couple of times), so a single reset never reaches the caller: inject plenty.
    m_server->injectFault(HttpFault::Reset, 10);
    std::unique_ptr<QNetworkReply> reply(get(u"/v1/items/1.json"_s));
    QVERIFY(reply->error() != QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
    QCOMPARE(m_handled, 0);
}

void TestHttpFake::resetAfterHandlingRunsTheHandler()
{
    m_server->injectFault(HttpFault::ResetAfterHandling, 10);
    std::unique_ptr<QNetworkReply> reply(get(u"/v1/items/1.json"_s));
    QVERIFY(reply->error() != QNetworkReply::NoError);
    // The handler ran once per request that reached the server: side effects happened.
    QVERIFY(m_handled >= 1);
    QCOMPARE(m_handled, m_server->requestCount());
}

void TestHttpFake::truncatedBodyIsShorterThanPromised()
{
    m_server->injectFault(HttpFault::TruncatedBody);
    std::unique_ptr<QNetworkReply> reply(get(u"/v1/items/123456.json"_s));
    const QByteArray body = reply->readAll();
    QVERIFY(body.size() < QByteArray(R"({"id":123456})").size());
    QVERIFY(reply->error() != QNetworkReply::NoError);
}

void TestHttpFake::timeoutNeverAnswers()
{
    m_server->injectFault(HttpFault::Timeout);
    std::unique_ptr<QNetworkReply> reply(get(u"/v1/items/1.json"_s));
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError); // transfer timeout
}

void TestHttpFake::requestLogIsBounded()
{
    m_server->setRequestLogLimit(4);
    for (int i = 1; i <= 9; ++i)
        std::unique_ptr<QNetworkReply>(get(u"/v1/items/%1.json"_s.arg(i)));
    QCOMPARE(m_server->requestCount(), 9);
    QVERIFY(m_server->requests().size() <= 4);
    QCOMPARE(m_server->requests().last().path, u"/v1/items/9.json"_s);
}

QTEST_GUILESS_MAIN(TestHttpFake)
#include "tst_httpfake.moc"
