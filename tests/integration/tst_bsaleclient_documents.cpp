// BsaleClient against FakeBsale: tax documents (salesId replay, a POST whose answer was lost,
// documented refusals with Bsale's words), returns, receptions and consumptions.
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

#include "BsaleClientHarness.h"
#include "connectors/bsale/BsaleError.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;
using puente::fakes::HttpFault;
using puente::test::BsaleClientHarness;

namespace {

constexpr qint64 kJanuaryFirst = 1704067200; // 2024-01-01T00:00:00Z, the ManualClock's start

} // namespace

class TestBsaleClientDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createDocumentThenReplaySameSalesId();
    void answerLostAfterHandlingMakesOneDocument();
    void refusalsArePermanentWithVerbatimMessage_data();
    void refusalsArePermanentWithVerbatimMessage();
    void facturaWithClientData();
    void documentWithManyLinesComesComplete();
    void documentsByEmissionDate();
    void returnCreateReplayAndList();
    void receptionsAndConsumptions();
    void longDateRangeIsRefusedBeforeSending();

private:
    BsaleDocumentRequest boleta(int variantId, double quantity, const QString &salesId = {}) const;
    std::optional<ApiResult<BsaleCreated<BsaleDocument>>> create(const BsaleDocumentRequest &request);

    std::unique_ptr<BsaleClientHarness> h;
};

void TestBsaleClientDocuments::init()
{
    h = std::make_unique<BsaleClientHarness>();
    QVERIFY(h->port != 0);
}

void TestBsaleClientDocuments::cleanup()
{
    h.reset();
}

BsaleDocumentRequest TestBsaleClientDocuments::boleta(int variantId, double quantity, const QString &salesId) const
{
    BsaleDocumentRequest r;
    r.documentTypeId = h->basics.boletaTypeId;
    r.officeId = h->basics.officeId;
    r.dispatch = true;
    r.salesId = salesId;
    r.details.append({variantId, {}, {}, 8403.36, quantity, 0, {h->basics.ivaTaxId}, {}, {}});
    return r;
}

std::optional<ApiResult<BsaleCreated<BsaleDocument>>> TestBsaleClientDocuments::create(const BsaleDocumentRequest &r)
{
    return h->wait<BsaleCreated<BsaleDocument>>(
        [this, &r](auto done) { h->client->createDocument(r, h->context(), done); });
}

void TestBsaleClientDocuments::createDocumentThenReplaySameSalesId()
{
    const int variantId = h->addVariant(u"POL-1"_s, 5);
    const auto first = create(boleta(variantId, 2, u"puente-js-1001-boleta"_s));
    QVERIFY(first);
    QVERIFY2(first->ok(), qPrintable(first->error().toString()));
    QVERIFY(first->value().created); // HTTP 201
    const BsaleDocument &doc = first->value().value;
    QVERIFY(doc.id > 0);
    QCOMPARE(doc.number, 1);
    QCOMPARE(doc.documentTypeId, h->basics.boletaTypeId);
    QCOMPARE(doc.officeId, h->basics.officeId);
    QCOMPARE(doc.salesId, u"puente-js-1001-boleta"_s);
    QCOMPARE(doc.emissionDate, kJanuaryFirst);
    QCOMPARE(doc.token.size(), 12);
    QVERIFY(doc.urlPdf.contains(doc.token));
    QVERIFY(doc.urlPublicView.contains(doc.token));
    QVERIFY(!doc.urlXml.isEmpty());
    // Totals as the fake computed them, read as whole pesos.
    const QJsonObject json = h->fake.documentJson(doc.id);
    QCOMPARE(doc.netAmount, qRound64(json.value(u"netAmount"_s).toDouble()));
    QCOMPARE(doc.taxAmount, qRound64(json.value(u"taxAmount"_s).toDouble()));
    QCOMPARE(doc.totalAmount, 20000);
    QCOMPARE(doc.netAmount + doc.taxAmount + doc.exemptAmount, doc.totalAmount);
    QCOMPARE(h->fake.stockQuantity(variantId, h->basics.officeId), 3.0);

    // On the wire: taxId as the string "[n]", dates left to Bsale, salesId set.
    const auto posts = h->requestsTo(u"/v1/documents.json"_s, "POST");
    QCOMPARE(posts.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(posts.first().body).object();
    QCOMPARE(body.value(u"salesId"_s).toString(), u"puente-js-1001-boleta"_s);
    QCOMPARE(body.value(u"details"_s).toArray().first().toObject().value(u"taxId"_s).toString(),
             u"[%1]"_s.arg(h->basics.ivaTaxId));

    const auto replay = create(boleta(variantId, 2, u"puente-js-1001-boleta"_s));
    QVERIFY(replay && replay->ok());
    QVERIFY(!replay->value().created); // HTTP 200: the same document again
    QCOMPARE(replay->value().value.id, doc.id);
    QCOMPARE(replay->value().value.number, doc.number);
    QCOMPARE(h->fake.documentIds().size(), 1);
    QCOMPARE(h->fake.stockQuantity(variantId, h->basics.officeId), 3.0);
}

void TestBsaleClientDocuments::answerLostAfterHandlingMakesOneDocument()
{
    const int variantId = h->addVariant(u"POL-2"_s, 5);
    // Bsale creates the document, then the connection drops before the answer arrives.
    h->fake.injectFault(HttpFault::ResetAfterHandling, 1, u"^/v1/documents\\.json$"_s, "POST");
    const auto result = create(boleta(variantId, 1, u"puente-js-1002-boleta"_s));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error().toString()));
    QVERIFY(!result->value().created); // the retry found the first one
    QCOMPARE(h->requestsTo(u"/v1/documents.json"_s, "POST").size(), 2);
    QCOMPARE(h->fake.documentIds().size(), 1);
    QCOMPARE(result->value().value.id, h->fake.documentIds().first());
    QCOMPARE(h->fake.stockQuantity(variantId, h->basics.officeId), 4.0);
}

void TestBsaleClientDocuments::refusalsArePermanentWithVerbatimMessage_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("message");
    QTest::addColumn<BsaleError::Kind>("kind");
    QTest::newRow("factura without client")
        << u"factura"_s << u"client attribute required : code,activity,address,city,municipality"_s
        << BsaleError::Kind::ClientDataRequired;
    QTest::newRow("no stock") << u"stock"_s << u"There is no stock for this products: \"POL-3\""_s
                              << BsaleError::Kind::NoStock;
    QTest::newRow("zero net value")
        << u"zero"_s << u"Invalid net unit value, zero or negative values are not allowed for this type of document"_s
        << BsaleError::Kind::InvalidNetValue;
    QTest::newRow("out of folios") << u"folios"_s << u"does not have numbers available, check sii caf"_s
                                   << BsaleError::Kind::OutOfFolios;
    QTest::newRow("unknown variant") << u"variant"_s << u"invalid variant"_s << BsaleError::Kind::InvalidVariant;
    QTest::newRow("serial without comment")
        << u"serial"_s << u"Use 'comment' to especify the serie of detailid to dispatch."_s
        << BsaleError::Kind::SerialRequired;
}

void TestBsaleClientDocuments::refusalsArePermanentWithVerbatimMessage()
{
    QFETCH(QString, situation);
    QFETCH(QString, message);
    QFETCH(BsaleError::Kind, kind);
    const int variantId = h->addVariant(u"POL-3"_s, 1);
    BsaleDocumentRequest request = boleta(variantId, 1, u"puente-js-2000"_s);
    if (situation == u"factura"_s) {
        request.documentTypeId = h->basics.facturaTypeId;
        BsaleCustomer partial;
        partial.code = u"76555835-2"_s; // RUT only: no giro, address, comuna
        request.client = partial;
    } else if (situation == u"stock"_s) {
        request.details.first().quantity = 3;
    } else if (situation == u"zero"_s) {
        request.details.first().netUnitValue = 0;
    } else if (situation == u"folios"_s) {
        h->fake.setOutOfFolios(h->basics.boletaTypeId, true);
    } else if (situation == u"variant"_s) {
        request.details.first().variantId = 424242;
    } else if (situation == u"serial"_s) {
        fakes::bsale::Variant tracked = *h->fake.store().variants().find(variantId);
        tracked.serialNumber = 1;
        h->fake.changeVariant(tracked);
    }
    const auto result = create(request);
    QVERIFY(result);
    QVERIFY(!result->ok());
    const ApiError &error = result->error();
    QCOMPARE(error.kind(), ApiError::Kind::Http);
    QCOMPARE(error.httpStatus(), 400);
    QCOMPARE(error.serverMessage(), message); // verbatim: an accountant reads it
    QVERIFY(!error.retryable());
    QCOMPARE(BsaleError::classify(error), kind);
    QVERIFY(!BsaleError::isRetryable(error));
    // Not repeated, even with a salesId: a 400 will not change by itself.
    QCOMPARE(h->requestsTo(u"/v1/documents.json"_s, "POST").size(), 1);
    QVERIFY(h->fake.documentIds().isEmpty());
    QCOMPARE(h->fake.stockQuantity(variantId, h->basics.officeId), 1.0);
}

void TestBsaleClientDocuments::facturaWithClientData()
{
    const int variantId = h->addVariant(u"CAF-9"_s, 2);
    BsaleDocumentRequest request = boleta(variantId, 1, u"puente-js-1003-factura"_s);
    request.documentTypeId = h->basics.facturaTypeId;
    BsaleCustomer client;
    client.code = u"76555835-2"_s;
    client.company = u"Comercial Los Andes SpA"_s;
    client.activity = u"Venta al por menor"_s;
    client.address = u"Av. Siempre Viva 123"_s;
    client.municipality = u"Providencia"_s;
    client.city = u"Santiago"_s;
    client.companyOrPerson = true;
    request.client = client;
    request.payments.append({h->basics.cardPaymentTypeId, 10000, QDate(2024, 1, 1)});
    const auto result = create(request);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error().toString()));
    QVERIFY(result->value().created);
    QCOMPARE(result->value().value.documentTypeId, h->basics.facturaTypeId);
    QVERIFY(result->value().value.clientId > 0);
    QCOMPARE(result->value().value.totalAmount, 10000);
    const auto clients =
        h->wait<QList<BsaleCustomer>>([this](auto done) { h->client->clients(u"76555835-2"_s, h->context(), done); });
    QVERIFY(clients && clients->ok());
    QCOMPARE(clients->value().size(), 1);
    QCOMPARE(clients->value().first().id, result->value().value.clientId);
}

void TestBsaleClientDocuments::documentWithManyLinesComesComplete()
{
    BsaleDocumentRequest request = boleta(0, 1);
    request.details.clear();
    QList<int> variantIds;
    for (int i = 0; i < 30; ++i) {
        variantIds.append(h->addVariant(u"L%1"_s.arg(i), 1));
        request.details.append({variantIds.last(), {}, {}, 1000, 1, 0, {h->basics.ivaTaxId}, {}, {}});
    }
    const auto created = create(request);
    QVERIFY(created && created->ok());
    const int id = created->value().value.id;
    h->fake.clearRequestLog();

    const auto doc = h->wait<BsaleDocument>([this, id](auto done) { h->client->document(id, h->context(), done); });
    QVERIFY(doc && doc->ok());
    QCOMPARE(doc->value().details.size(), 30);
    QCOMPARE(doc->value().detailCount, 30);
    QVERIFY(doc->value().detailsComplete());
    for (int i = 0; i < 30; ++i) {
        QCOMPARE(doc->value().details.at(i).variantId, variantIds.at(i));
        QCOMPARE(doc->value().details.at(i).quantity, 1.0);
        QCOMPARE(doc->value().details.at(i).netUnitValue, 1000.0);
        QVERIFY(doc->value().details.at(i).id > 0);
    }
    // The expanded document carried 25 lines; the rest came from its details list.
    QCOMPARE(h->requestsTo(u"/v1/documents/%1.json"_s.arg(id)).size(), 1);
    QCOMPARE(h->requestsTo(u"/v1/documents/%1/details.json"_s.arg(id)).size(), 1);
}

void TestBsaleClientDocuments::documentsByEmissionDate()
{
    const int variantId = h->addVariant(u"D-1"_s, 100);
    const QList<QDate> dates {QDate(2024, 1, 1), QDate(2024, 1, 2), QDate(2024, 1, 5)};
    for (const QDate &date : dates) {
        BsaleDocumentRequest request = boleta(variantId, 1);
        request.emissionDate = date;
        QVERIFY(create(request)->ok());
    }
    BsaleDocumentRequest many = boleta(0, 1);
    many.details.clear();
    many.emissionDate = QDate(2024, 1, 2);
    for (int i = 0; i < 27; ++i)
        many.details.append({variantId, {}, {}, 500, 1, 0, {h->basics.ivaTaxId}, {}, {}});
    QVERIFY(create(many)->ok());
    h->fake.clearRequestLog();

    BsaleDocumentFilter filter;
    filter.from = QDate(2024, 1, 1);
    filter.to = QDate(2024, 1, 2);
    filter.officeId = h->basics.officeId;
    const auto docs =
        h->wait<QList<BsaleDocument>>([this, &filter](auto done) { h->client->documents(filter, h->context(), done); });
    QVERIFY(docs && docs->ok());
    QCOMPARE(docs->value().size(), 3);
    for (const auto &doc : docs->value()) {
        QVERIFY(doc.detailsComplete());
        QCOMPARE(doc.details.first().variantId, variantId);
    }
    QCOMPARE(docs->value().at(0).emissionDate, kJanuaryFirst);
    QCOMPARE(docs->value().at(2).details.size(), 27);
    const auto list = h->requestsTo(u"/v1/documents.json"_s);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().queryValue(u"emissiondaterange"_s),
             u"[%1,%2]"_s.arg(kJanuaryFirst).arg(kJanuaryFirst + 2 * 86400 - 1));
    QCOMPARE(list.first().queryValue(u"expand"_s), u"[details]"_s);
}

void TestBsaleClientDocuments::returnCreateReplayAndList()
{
    const int variantId = h->addVariant(u"R-1"_s, 5);
    const auto sale = create(boleta(variantId, 2, u"puente-js-1004-boleta"_s));
    QVERIFY(sale && sale->ok());
    const int saleId = sale->value().value.id;
    const auto read =
        h->wait<BsaleDocument>([this, saleId](auto done) { h->client->document(saleId, h->context(), done); });
    QVERIFY(read && read->ok());
    QCOMPARE(h->fake.stockQuantity(variantId, h->basics.officeId), 3.0);

    BsaleReturnRequest request;
    request.documentTypeId = h->basics.creditNoteTypeId;
    request.officeId = h->basics.officeId;
    request.referenceDocumentId = saleId;
    request.motive = u"Devolución pedido 1004"_s;
    request.salesId = u"puente-js-1004-nc"_s;
    BsaleCustomer anonymous;
    anonymous.code = u"1-9"_s;
    request.client = anonymous;
    request.details.append({read->value().details.first().id, 1, 0});
    const auto ret = h->wait<BsaleCreated<BsaleReturn>>(
        [this, &request](auto done) { h->client->createReturn(request, h->context(), done); });
    QVERIFY(ret);
    QVERIFY2(ret->ok(), qPrintable(ret->error().toString()));
    QVERIFY(ret->value().created);
    QCOMPARE(ret->value().value.referenceDocumentId, saleId);
    QVERIFY(ret->value().value.creditNoteId > 0);
    QCOMPARE(ret->value().value.amount, 10000);
    QCOMPARE(h->fake.stockQuantity(variantId, h->basics.officeId), 4.0);

    const auto replay = h->wait<BsaleCreated<BsaleReturn>>(
        [this, &request](auto done) { h->client->createReturn(request, h->context(), done); });
    QVERIFY(replay && replay->ok());
    QVERIFY(!replay->value().created);
    QCOMPARE(replay->value().value.id, ret->value().value.id);
    QCOMPARE(h->fake.returnIds().size(), 1);
    QCOMPARE(h->fake.stockQuantity(variantId, h->basics.officeId), 4.0);

    BsaleMovementFilter filter;
    filter.from = QDate(2024, 1, 1);
    const auto list =
        h->wait<QList<BsaleReturn>>([this, &filter](auto done) { h->client->returns(filter, h->context(), done); });
    QVERIFY(list && list->ok());
    QCOMPARE(list->value().size(), 1);
    QCOMPARE(list->value().first().creditNoteId, ret->value().value.creditNoteId);
    QCOMPARE(h->requestsTo(u"/v1/returns.json"_s).first().queryValue(u"returndate"_s), QString::number(kJanuaryFirst));

    const int noteId = ret->value().value.creditNoteId;
    const auto note =
        h->wait<BsaleDocument>([this, noteId](auto done) { h->client->document(noteId, h->context(), done); });
    QVERIFY(note && note->ok());
    QCOMPARE(note->value().documentTypeId, h->basics.creditNoteTypeId);
    QCOMPARE(note->value().details.first().variantId, variantId);
}

void TestBsaleClientDocuments::receptionsAndConsumptions()
{
    const int a = h->addVariant(u"M-A"_s, 1);
    const int b = h->addVariant(u"M-B"_s, 1);
    BsaleReceptionRequest in;
    in.officeId = h->basics.officeId;
    in.document = u"Guía"_s;
    in.documentNumber = u"123"_s;
    in.note = u"Ingreso desde Puente"_s;
    in.details = {{a, {}, {}, 10, 3200, {}}, {0, u"M-B"_s, {}, 2.5, 0, {}}};
    const auto reception =
        h->wait<BsaleReception>([this, &in](auto done) { h->client->createReception(in, h->context(), done); });
    QVERIFY(reception);
    QVERIFY2(reception->ok(), qPrintable(reception->error().toString()));
    QVERIFY(reception->value().id > 0);
    QCOMPARE(reception->value().documentNumber, u"123"_s);
    QCOMPARE(reception->value().officeId, h->basics.officeId);
    QCOMPARE(h->fake.stockQuantity(a, h->basics.officeId), 11.0);
    QCOMPARE(h->fake.stockQuantity(b, h->basics.officeId), 3.5);

    BsaleConsumptionRequest out;
    out.officeId = h->basics.officeId;
    out.note = u"Venta tienda online 1005"_s;
    out.details = {{a, {}, {}, 4, 0, {}}};
    const auto consumption =
        h->wait<BsaleConsumption>([this, &out](auto done) { h->client->createConsumption(out, h->context(), done); });
    QVERIFY(consumption && consumption->ok());
    QCOMPARE(consumption->value().note, u"Venta tienda online 1005"_s);
    QCOMPARE(h->fake.stockQuantity(a, h->basics.officeId), 7.0);

    BsaleMovementFilter filter;
    filter.from = QDate(2023, 12, 31);
    filter.to = QDate(2024, 1, 1);
    filter.withDetails = true;
    const auto receptions = h->wait<QList<BsaleReception>>(
        [this, &filter](auto done) { h->client->receptions(filter, h->context(), done); });
    QVERIFY(receptions && receptions->ok());
    QCOMPARE(receptions->value().size(), 1);
    const auto &lines = receptions->value().first().details;
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).variantId, a);
    QCOMPARE(lines.at(0).quantity, 10.0);
    QCOMPARE(lines.at(0).cost, 3200.0);
    QCOMPARE(lines.at(1).variantId, b);
    QCOMPARE(lines.at(1).quantity, 2.5);
    // One list per day (Bsale filters by a single date), then the details of what was found.
    const auto days = h->requestsTo(u"/v1/stocks/receptions.json"_s);
    QCOMPARE(days.size(), 2);
    QCOMPARE(days.at(0).queryValue(u"admissiondate"_s), QString::number(kJanuaryFirst - 86400));
    QCOMPARE(days.at(1).queryValue(u"admissiondate"_s), QString::number(kJanuaryFirst));

    const auto consumptions = h->wait<QList<BsaleConsumption>>(
        [this, &filter](auto done) { h->client->consumptions(filter, h->context(), done); });
    QVERIFY(consumptions && consumptions->ok());
    QCOMPARE(consumptions->value().size(), 1);
    QCOMPARE(consumptions->value().first().details.size(), 1);
    QCOMPARE(consumptions->value().first().details.first().variantId, a);
    QCOMPARE(consumptions->value().first().details.first().quantity, 4.0);
}

void TestBsaleClientDocuments::longDateRangeIsRefusedBeforeSending()
{
    BsaleMovementFilter filter;
    filter.from = QDate(2023, 1, 1);
    filter.to = QDate(2024, 6, 1);
    bool ranBeforeReturning = false;
    bool returned = false;
    const auto receptions = h->wait<QList<BsaleReception>>([&](auto done) {
        h->client->receptions(filter, h->context(), [done, &returned, &ranBeforeReturning](const auto &result) {
            ranBeforeReturning = !returned;
            done(result);
        });
        returned = true;
    });
    QVERIFY(receptions);
    QVERIFY(!ranBeforeReturning); // even an answer known at once comes later, like a network one
    QVERIFY(!receptions->ok());
    QCOMPARE(receptions->error().kind(), ApiError::Kind::InvalidRequest);
    QCOMPARE(h->fake.requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestBsaleClientDocuments)
#include "tst_bsaleclient_documents.moc"
