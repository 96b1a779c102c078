// BsaleError classification and BsaleErrorExplainer: Bsale's documented messages map to kinds,
// every kind has Spanish text, and the server's words are kept verbatim.
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMetaEnum>
#include <QtTest/QTest>

#include "connectors/bsale/BsaleError.h"
#include "connectors/bsale/BsaleErrorExplainer.h"

using namespace Qt::Literals::StringLiterals;
using puente::ApiError;
using puente::BsaleError;
using puente::BsaleErrorExplainer;
using Kind = puente::BsaleError::Kind;

namespace {

ApiError bsaleAnswer(int status, const QString &message)
{
    const QByteArray body = QJsonDocument(QJsonObject {{u"error"_s, message}}).toJson(QJsonDocument::Compact);
    return ApiError::fromHttpStatus(status, body);
}

} // namespace

class TestBsaleError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedRefusals_data();
    void documentedRefusals();
    void statusAndTransport_data();
    void statusAndTransport();
    void unknownRefusalIsRejected();
    void everyKindHasSpanishText();
    void explanationKeepsServerMessageVerbatim();
    void retryableFollowsKind();
};

void TestBsaleError::documentedRefusals_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<Kind>("kind");
    const auto row = [](const QString &message, Kind kind) {
        QTest::newRow(qPrintable(message.left(60))) << message << kind;
    };
    row(u"client attribute required : code,activity,address,city,municipality"_s, Kind::ClientDataRequired);
    row(u"This document type has the following client attributes required: \"Rut del Cliente\""_s,
        Kind::ClientDataRequired);
    row(u"cli_004: This document type has the following client attributes required: city"_s, Kind::ClientDataRequired);
    row(u"The client is required for this type of document if the amount is greater than or equal 10.0"_s,
        Kind::ClientRequired);
    row(u"There are more than a client with the code \"1-9\", client id: \"12\""_s, Kind::DuplicateClient);
    row(u"does not have numbers available, check sii caf"_s, Kind::OutOfFolios);
    row(u"unavailable document number"_s, Kind::OutOfFolios);
    row(u"The sii caf used is expired, you must request and upload a new one"_s, Kind::CafExpired);
    row(u"There is no stock for this products: \"SKU-1\""_s, Kind::NoStock);
    row(u"There is a problem with the available quantity for your products"_s, Kind::NoStock);
    row(u"Use 'comment' to especify the serie of detailid to dispatch."_s, Kind::SerialRequired);
    row(u"Invalid net unit value, zero or negative values are not allowed for this type of document"_s,
        Kind::InvalidNetValue);
    row(u"invalid quantity"_s, Kind::InvalidQuantity);
    row(u"invalid variant"_s, Kind::InvalidVariant);
    row(u"\"code\" is out of range for ActiveRecord::Type::Integer with limit 4"_s, Kind::InvalidVariant);
    row(u"invalid documentType"_s, Kind::InvalidDocumentType);
    row(u"invalid price list"_s, Kind::InvalidPriceList);
    row(u"price list not found"_s, Kind::InvalidPriceList);
    row(u"Couldn't find ListaPrecio with 'id_lista_precio'="_s, Kind::NoDefaultPriceList);
    row(u"The quantity returned (1.0) is higher than the available (0.0) for detail: 21493"_s, Kind::ReturnExceedsSale);
    row(u"the json does not have reference document"_s, Kind::InvalidReference);
    row(u"invalid reference detail"_s, Kind::InvalidReference);
    row(u"document amount is less than the minimum allowed"_s, Kind::BelowMinimumAmount);
    row(u"the number of details allowed for this document is 60"_s, Kind::TooManyLines);
    row(u"Invalid JSON object"_s, Kind::MalformedRequest);
    row(u"no implicit conversion of String into Integer"_s, Kind::MalformedRequest);
}

void TestBsaleError::documentedRefusals()
{
    QFETCH(QString, message);
    QFETCH(Kind, kind);
    const ApiError error = bsaleAnswer(400, message);
    QCOMPARE(BsaleError::classify(error), kind);
    QVERIFY(!BsaleError::isRetryable(error));
}

void TestBsaleError::statusAndTransport_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("none") << ApiError() << Kind::None << false;
    QTest::newRow("401") << bsaleAnswer(401, u"Sorry, this request can not be authenticated"_s) << Kind::Unauthorized
                         << false;
    QTest::newRow("402") << bsaleAnswer(402, u"blocked"_s) << Kind::AccountBlocked << false;
    QTest::newRow("403") << bsaleAnswer(403, u"forbidden"_s) << Kind::Forbidden << false;
    QTest::newRow("404") << bsaleAnswer(404, u"not found"_s) << Kind::NotFound << false;
    QTest::newRow("429") << bsaleAnswer(429, u"Too many requests"_s) << Kind::RateLimited << true;
    QTest::newRow("500 not available") << bsaleAnswer(500, u"The requested resource is not available"_s)
                                       << Kind::RateLimited << true;
    QTest::newRow("500") << bsaleAnswer(500, u"boom"_s) << Kind::ServerError << true;
    QTest::newRow("502") << bsaleAnswer(502, u"Unknown Error"_s) << Kind::ServerError << true;
    QTest::newRow("timeout") << ApiError(ApiError::Kind::Timeout, u"no data"_s, true) << Kind::Unreachable << true;
    QTest::newRow("reset") << ApiError(ApiError::Kind::ConnectionReset, {}, true) << Kind::Unreachable << true;
    QTest::newRow("tls") << ApiError(ApiError::Kind::Tls, {}, false) << Kind::Unreachable << false;
    QTest::newRow("truncated") << ApiError(ApiError::Kind::MalformedJson, u"truncated"_s, true)
                               << Kind::UnreadableAnswer << true;
    QTest::newRow("malformed") << ApiError(ApiError::Kind::MalformedJson, u"not JSON"_s, false)
                               << Kind::UnreadableAnswer << false;
    QTest::newRow("canceled") << ApiError(ApiError::Kind::Canceled) << Kind::Canceled << false;
    QTest::newRow("invalid url") << ApiError(ApiError::Kind::InvalidRequest) << Kind::MalformedRequest << false;
}

void TestBsaleError::statusAndTransport()
{
    QFETCH(ApiError, error);
    QFETCH(Kind, kind);
    QFETCH(bool, retryable);
    QCOMPARE(BsaleError::classify(error), kind);
    QCOMPARE(BsaleError::isRetryable(error), retryable);
}

void TestBsaleError::unknownRefusalIsRejected()
{
    const ApiError error = bsaleAnswer(400, u"closed box"_s);
    QCOMPARE(BsaleError::classify(error), Kind::Rejected);
    QCOMPARE(BsaleError::kindName(Kind::Rejected), u"Rejected"_s);
    // A documented message on an undocumented status is still recognised.
    QCOMPARE(BsaleError::classify(bsaleAnswer(422, u"invalid variant"_s)), Kind::InvalidVariant);
}

void TestBsaleError::everyKindHasSpanishText()
{
    const QMetaEnum kinds = QMetaEnum::fromType<Kind>();
    QSet<QString> titles;
    for (int i = 0; i < kinds.keyCount(); ++i) {
        const auto kind = Kind(kinds.value(i));
        const auto explanation = BsaleErrorExplainer::explain(kind);
        QCOMPARE(explanation.kind, kind);
        QVERIFY2(explanation.title != u"Error de Bsale"_s, kinds.key(i)); // not the fallback
        QVERIFY2(!explanation.explanation.isEmpty(), kinds.key(i));
        QVERIFY2(!titles.contains(explanation.title), kinds.key(i));
        titles.insert(explanation.title);
    }
}

void TestBsaleError::explanationKeepsServerMessageVerbatim()
{
    const QString message = u"There is no stock for this products: \"Polera Roja XL\""_s;
    const auto explanation = BsaleErrorExplainer::explain(bsaleAnswer(400, message));
    QCOMPARE(explanation.kind, Kind::NoStock);
    QCOMPARE(explanation.serverMessage, message);
    QCOMPARE(explanation.title, u"Sin stock en Bsale"_s);
    QVERIFY(explanation.explanation.contains(u"sucursal"_s));
    QVERIFY(!explanation.retryable);

    const auto folios =
        BsaleErrorExplainer::explain(bsaleAnswer(400, u"does not have numbers available, check sii caf"_s));
    QCOMPARE(folios.title, u"Sin folios disponibles"_s);
    QVERIFY(folios.explanation.contains(u"CAF"_s));
}

void TestBsaleError::retryableFollowsKind()
{
    // The table's flag and the classifier agree for every kind that has a typical error.
    const auto rateLimited = BsaleErrorExplainer::explain(bsaleAnswer(429, {}));
    QVERIFY(rateLimited.retryable);
    QCOMPARE(BsaleErrorExplainer::explain(Kind::RateLimited).retryable, true);
    QCOMPARE(BsaleErrorExplainer::explain(Kind::ServerError).retryable, true);
    QCOMPARE(BsaleErrorExplainer::explain(Kind::OutOfFolios).retryable, false);
    QCOMPARE(BsaleErrorExplainer::explain(Kind::ClientDataRequired).retryable, false);
}

QTEST_GUILESS_MAIN(TestBsaleError)
#include "tst_bsaleerror.moc"
