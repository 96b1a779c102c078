// ApiError: mapping of statuses and transport errors, and the server message kept verbatim.
#include <QtTest/QTest>

#include "net/ApiError.h"

using namespace Qt::Literals::StringLiterals;
using puente::ApiError;
using Kind = puente::ApiError::Kind;

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverMessage_data();
    void serverMessage();
    void fromHttpStatus_data();
    void fromHttpStatus();
    void fromNetworkError_data();
    void fromNetworkError();
    void toStringIsReadable();
    void defaultIsNoError();
};

void TestApiError::serverMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("bsale error") << QByteArray(R"({"error":"Sorry, this request can not be authenticated"})")
                                 << u"Sorry, this request can not be authenticated"_s;
    QTest::newRow("bsale sic spelling kept")
        << QByteArray(R"({"error": "Use 'comment' to especify the serie of detailid to dispatch."})")
        << u"Use 'comment' to especify the serie of detailid to dispatch."_s;
    QTest::newRow("jumpseller message") << QByteArray(R"({"message": "Product Not Found."})")
                                        << u"Product Not Found."_s;
    QTest::newRow("jumpseller errors")
        << QByteArray(R"({"errors": ["Element is not included in the list", "Template is not included in the list"]})")
        << u"Element is not included in the list; Template is not included in the list"_s;
    QTest::newRow("rails errors") << QByteArray(R"({"errors": {"name": ["can't be blank"]}})")
                                  << u"name: can't be blank"_s;
    QTest::newRow("description") << QByteArray(R"({"description": "quota exceeded"})") << u"quota exceeded"_s;
    QTest::newRow("oauth") << QByteArray(R"({"error":"invalid_grant","error_description":"The grant is invalid"})")
                           << u"invalid_grant: The grant is invalid"_s;
    QTest::newRow("error before message") << QByteArray(R"({"message":"second","error":"first"})") << u"first"_s;
    QTest::newRow("unicode") << QByteArray(R"({"error":"número de folio no disponible"})")
                             << u"número de folio no disponible"_s;
    QTest::newRow("plain text trimmed") << QByteArray("  Rate Limit Exceeded \r\n") << u"Rate Limit Exceeded"_s;
    QTest::newRow("unknown json shape") << QByteArray(R"({"other":1})") << uR"({"other":1})"_s;
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("empty object") << QByteArray("{}") << QString();
    QTest::newRow("long raw capped") << QByteArray(800, 'a') << QString(500, u'a') + u'…';
}

void TestApiError::serverMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(ApiError::extractServerMessage(body), expected);
}

void TestApiError::fromHttpStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("throttled");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("retryable");

    QTest::newRow("400") << 400 << false << Kind::Http << false;
    QTest::newRow("401") << 401 << false << Kind::Unauthorized << false;
    QTest::newRow("402") << 402 << false << Kind::Http << false;
    QTest::newRow("403") << 403 << false << Kind::Forbidden << false;
    QTest::newRow("403 throttled") << 403 << true << Kind::RateLimited << true;
    QTest::newRow("404") << 404 << false << Kind::NotFound << false;
    QTest::newRow("408") << 408 << false << Kind::Http << true;
    QTest::newRow("422") << 422 << false << Kind::Http << false;
    QTest::newRow("429") << 429 << false << Kind::RateLimited << true;
    QTest::newRow("500") << 500 << false << Kind::Http << true;
    QTest::newRow("501") << 501 << false << Kind::Http << false;
    QTest::newRow("502") << 502 << false << Kind::Http << true;
    QTest::newRow("503") << 503 << false << Kind::Http << true;
    QTest::newRow("504") << 504 << false << Kind::Http << true;
}

void TestApiError::fromHttpStatus()
{
    QFETCH(int, status);
    QFETCH(bool, throttled);
    QFETCH(Kind, kind);
    QFETCH(bool, retryable);
    const ApiError error = ApiError::fromHttpStatus(status, R"({"error":"boom"})", throttled);
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.retryable(), retryable);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.serverMessage(), u"boom"_s);
    QVERIFY(error.isError());
}

void TestApiError::fromNetworkError_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("code");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("retryable");

    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << Kind::ConnectionRefused << true;
    QTest::newRow("closed") << QNetworkReply::RemoteHostClosedError << Kind::ConnectionReset << true;
    QTest::newRow("dns") << QNetworkReply::HostNotFoundError << Kind::HostNotFound << true;
    QTest::newRow("transfer timeout") << QNetworkReply::OperationCanceledError << Kind::Timeout << true;
    QTest::newRow("socket timeout") << QNetworkReply::TimeoutError << Kind::Timeout << true;
    QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError << Kind::Tls << false;
    QTest::newRow("cross-origin redirect") << QNetworkReply::InsecureRedirectError << Kind::Redirect << false;
    QTest::newRow("temporary") << QNetworkReply::TemporaryNetworkFailureError << Kind::Network << true;
    QTest::newRow("scheme") << QNetworkReply::ProtocolUnknownError << Kind::InvalidRequest << false;
}

void TestApiError::fromNetworkError()
{
    QFETCH(QNetworkReply::NetworkError, code);
    QFETCH(Kind, kind);
    QFETCH(bool, retryable);
    const ApiError error = ApiError::fromNetworkError(code, u"qt says"_s);
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.retryable(), retryable);
    QCOMPARE(error.httpStatus(), 0);
    QCOMPARE(error.detail(), u"qt says"_s);
}

void TestApiError::toStringIsReadable()
{
    const ApiError unauthorized =
        ApiError::fromHttpStatus(401, R"({"error":"Sorry, this request can not be authenticated"})");
    QCOMPARE(unauthorized.toString(),
             u"Not authorized: check the API credentials (HTTP 401): Sorry, this request can not be authenticated"_s);
    const ApiError timeout(Kind::Timeout, u"no data for 30 s"_s, true);
    QCOMPARE(timeout.toString(), u"The server did not answer in time: no data for 30 s"_s);
    QCOMPARE(ApiError::kindName(Kind::RateLimited), u"RateLimited"_s);
    QCOMPARE(ApiError::kindName(Kind::MalformedJson), u"MalformedJson"_s);
}

void TestApiError::defaultIsNoError()
{
    const ApiError none;
    QVERIFY(!none.isError());
    QCOMPARE(none.kind(), Kind::None);
    QCOMPARE(none.retryAfterMs(), -1);
    QVERIFY(!none.retryable());
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
