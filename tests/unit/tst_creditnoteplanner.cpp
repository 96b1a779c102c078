// CreditNotePlanner: a canceled order's document is cancelled by a full return
// (bsale.md §8, chile-dte.md §4.6), with its own salesId.
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtTest/QTest>

#include "billing/CreditNotePlanner.h"
#include "billing/DocumentRequestBuilder.h"
#include "billing/SalesId.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;

namespace {

StoreOrder canceledOrder()
{
    StoreOrder order;
    order.storeCode = u"tienda-prueba"_s;
    order.orderId = u"1026"_s;
    order.status = u"canceled"_s;
    return order;
}

IssuedDocument boleta()
{
    IssuedDocument doc;
    doc.id = 8135;
    doc.number = 732;
    doc.documentTypeId = 5;
    doc.kind = DocumentKind::Boleta;
    doc.officeId = 2;
    doc.totalAmount = 30463;
    doc.salesId = u"puente:tienda-prueba:1026:boleta"_s;
    doc.details = {{21493, 101, u"POL-AZ-M"_s, u"Polera"_s, 1, 680},
                   {21494, 102, u"TAZA-01"_s, u"Taza"_s, 3, 26973},
                   {21495, 900, u"DESPACHO"_s, u"Despacho"_s, 1, 2810}};
    return doc;
}

// bsale.md §7's response shape, as GET /v1/documents/{id}.json?expand=[details,client,document_type]
// answers it: relation ids as strings, amounts as floats.
QJsonObject bsaleFactura()
{
    const QJsonObject polera {{u"id"_s, 31001},
                              {u"lineNumber"_s, 1},
                              {u"quantity"_s, 2.0},
                              {u"netUnitValue"_s, 10000.0},
                              {u"totalAmount"_s, 23800.0},
                              {u"variant"_s,
                               QJsonObject {{u"href"_s, u"…/variants/388.json"_s},
                                            {u"id"_s, u"388"_s},
                                            {u"description"_s, u"Polera"_s},
                                            {u"code"_s, u"POL-1"_s}}}};
    const QJsonObject envio {{u"id"_s, 31002},
                             {u"lineNumber"_s, 2},
                             {u"quantity"_s, 1.0},
                             {u"netUnitValue"_s, 3438.0},
                             {u"totalAmount"_s, 4091.0},
                             {u"variant"_s,
                              QJsonObject {{u"href"_s, u"…/variants/389.json"_s},
                                           {u"id"_s, u"389"_s},
                                           {u"description"_s, u"Envío"_s},
                                           {u"code"_s, u"ENV"_s}}}};
    const QJsonObject client {{u"href"_s, u"…/clients/6098.json"_s},
                              {u"id"_s, 6098},
                              {u"code"_s, u"76369187-K"_s},
                              {u"company"_s, u"Imaginex"_s},
                              {u"activity"_s, u"giro"_s},
                              {u"address"_s, u"direccion"_s},
                              {u"municipality"_s, u"comuna"_s},
                              {u"city"_s, u"Puerto Varas"_s},
                              {u"email"_s, u""_s},
                              {u"companyOrPerson"_s, 1}};
    return {{u"href"_s, u"https://api.bsale.io/v1/documents/9001.json"_s},
            {u"id"_s, 9001},
            {u"number"_s, 55},
            {u"totalAmount"_s, 27891.0},
            {u"netAmount"_s, 23438.0},
            {u"taxAmount"_s, 4453.0},
            {u"salesId"_s, u"puente:t:7:factura"_s},
            {u"document_type"_s,
             QJsonObject {{u"href"_s, u"…/document_types/6.json"_s},
                          {u"id"_s, u"6"_s},
                          {u"name"_s, u"FACTURA ELECTRÓNICA"_s},
                          {u"codeSii"_s, u"33"_s}}},
            {u"office"_s, QJsonObject {{u"href"_s, u"…/offices/1.json"_s}, {u"id"_s, u"1"_s}}},
            {u"client"_s, client},
            {u"details"_s,
             QJsonObject {{u"href"_s, u"…/documents/9001/details.json"_s},
                          {u"count"_s, 2},
                          {u"limit"_s, 25},
                          {u"offset"_s, 0},
                          {u"items"_s, QJsonArray {polera, envio}}}}};
}

} // namespace

class TestCreditNotePlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void returnsEveryLineInFull();
    void boletaUsesTheGenericReceptor();
    void facturaKeepsItsReceptor();
    void readsBsaleDocuments();
    void readsDetailsGivenSeparately();
    void ownSalesIdIsStable();
    void refusesWhatCannotBeCredited();
    void frozenPlanRoundTripsIdentically();
    void requestBodyFollowsBsaleDocs();
};

void TestCreditNotePlanner::returnsEveryLineInFull()
{
    CreditNoteContext context;
    context.creditNoteTypeId = 9;
    const auto result = CreditNotePlanner::plan(boleta(), canceledOrder(), context);
    const CreditNotePlan &plan = std::get<CreditNotePlan>(result);
    QCOMPARE(plan.codeSii, 61);
    QCOMPARE(plan.documentTypeId, 9);
    QCOMPARE(plan.referenceDocumentId, 8135);
    QCOMPARE(plan.referenceNumber, 732);
    QCOMPARE(plan.referenceKind, DocumentKind::Boleta);
    QCOMPARE(plan.officeId, 2); // the original's office unless configured
    QCOMPARE(plan.lines.size(), 3);
    QCOMPARE(plan.lines.at(0).documentDetailId, 21493);
    QCOMPARE(plan.lines.at(1).documentDetailId, 21494);
    QCOMPARE(plan.lines.at(1).quantity, 3.0);
    QCOMPARE(plan.lines.at(2).quantity, 1.0);
    QCOMPARE(plan.expectedTotal, Pesos(30463));
    QCOMPARE(plan.returnType, 0);
    QVERIFY(plan.motive.contains(u"1026"_s));
}

void TestCreditNotePlanner::boletaUsesTheGenericReceptor()
{
    const auto plan = std::get<CreditNotePlan>(CreditNotePlanner::plan(boleta(), canceledOrder(), {}));
    QCOMPARE(plan.client.code, u"66666666-6"_s);
    CreditNoteContext context;
    context.boletaClient.code = u"1-9"_s; // zkr1p's choice, configurable
    QCOMPARE(std::get<CreditNotePlan>(CreditNotePlanner::plan(boleta(), canceledOrder(), context)).client.code,
             u"1-9"_s);
}

void TestCreditNotePlanner::facturaKeepsItsReceptor()
{
    const auto original = IssuedDocument::fromBsaleJson(bsaleFactura());
    QVERIFY(original);
    const auto plan = std::get<CreditNotePlan>(CreditNotePlanner::plan(*original, canceledOrder(), {}));
    QCOMPARE(plan.referenceKind, DocumentKind::Factura);
    QCOMPARE(plan.client, *original->client);
    QCOMPARE(plan.client.company, u"Imaginex"_s);
    QCOMPARE(plan.client.city, u"Puerto Varas"_s);
}

void TestCreditNotePlanner::readsBsaleDocuments()
{
    const auto doc = IssuedDocument::fromBsaleJson(bsaleFactura());
    QVERIFY(doc);
    QCOMPARE(doc->id, 9001);
    QCOMPARE(doc->number, 55);
    QCOMPARE(doc->documentTypeId, 6);
    QCOMPARE(doc->kind, std::optional(DocumentKind::Factura));
    QCOMPARE(doc->officeId, 1);
    QCOMPARE(doc->totalAmount, Pesos(27891));
    QCOMPARE(doc->salesId, u"puente:t:7:factura"_s);
    QCOMPARE(doc->client->code, u"76369187-K"_s);
    QCOMPARE(doc->details.size(), 2);
    QCOMPARE(doc->details.at(0).detailId, 31001);
    QCOMPARE(doc->details.at(0).variantId, 388);
    QCOMPARE(doc->details.at(0).code, u"POL-1"_s);
    QCOMPARE(doc->details.at(0).quantity, 2.0);
    QCOMPARE(doc->details.at(0).totalAmount, Pesos(23800));
    QVERIFY(!IssuedDocument::fromBsaleJson(QJsonObject()));
}

void TestCreditNotePlanner::readsDetailsGivenSeparately()
{
    QJsonObject json = bsaleFactura();
    const QJsonArray items = json.value(u"details"_s).toObject().value(u"items"_s).toArray();
    json.insert(u"details"_s, QJsonObject {{u"href"_s, u"…/details.json"_s}});
    json.insert(u"client"_s, QJsonObject {{u"href"_s, u"…"_s}, {u"id"_s, u"6098"_s}});
    const auto doc = IssuedDocument::fromBsaleJson(json, items);
    QCOMPARE(doc->details.size(), 2);
    QVERIFY(!doc->client); // not expanded: no receptor data
    // …so a factura's credit note cannot be planned from it.
    const auto result = CreditNotePlanner::plan(*doc, canceledOrder(), {});
    QCOMPARE(std::get<PlanRefusal>(result).issues.constFirst().code, PlanIssue::Code::MissingReceptorField);
}

void TestCreditNotePlanner::ownSalesIdIsStable()
{
    const auto first = std::get<CreditNotePlan>(CreditNotePlanner::plan(boleta(), canceledOrder(), {}));
    const auto again = std::get<CreditNotePlan>(CreditNotePlanner::plan(boleta(), canceledOrder(), {}));
    QCOMPARE(first.salesId, u"puente:tienda-prueba:1026:credit_note"_s);
    QCOMPARE(first.salesId, again.salesId);
    QVERIFY(first.salesId != boleta().salesId);
    CreditNoteContext context;
    context.storeCode = u"otra"_s;
    QCOMPARE(std::get<CreditNotePlan>(CreditNotePlanner::plan(boleta(), canceledOrder(), context)).salesId,
             SalesId::forOrder(u"otra", u"1026", DocumentKind::CreditNote));
}

void TestCreditNotePlanner::refusesWhatCannotBeCredited()
{
    IssuedDocument note = boleta();
    note.kind = DocumentKind::CreditNote;
    auto result = CreditNotePlanner::plan(note, canceledOrder(), {});
    QCOMPARE(std::get<PlanRefusal>(result).issues.constFirst().code, PlanIssue::Code::NotASale);

    IssuedDocument empty = boleta();
    empty.details.clear();
    result = CreditNotePlanner::plan(empty, canceledOrder(), {});
    QCOMPARE(std::get<PlanRefusal>(result).issues.constFirst().code, PlanIssue::Code::NothingToCredit);
    QCOMPARE(std::get<PlanRefusal>(result).orderId, u"1026"_s);

    IssuedDocument zero = boleta();
    for (auto &detail : zero.details)
        detail.quantity = 0;
    result = CreditNotePlanner::plan(zero, canceledOrder(), {});
    QVERIFY(std::get<PlanRefusal>(result).has(PlanIssue::Code::NothingToCredit));
}

void TestCreditNotePlanner::frozenPlanRoundTripsIdentically()
{
    const auto original = IssuedDocument::fromBsaleJson(bsaleFactura());
    const auto plan = std::get<CreditNotePlan>(CreditNotePlanner::plan(*original, canceledOrder(), {}));
    const QByteArray stored = QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact);
    const auto loaded = CreditNotePlan::fromJson(QJsonDocument::fromJson(stored).object());
    QVERIFY(loaded);
    QCOMPARE(*loaded, plan);
    QCOMPARE(QJsonDocument(loaded->toJson()).toJson(QJsonDocument::Compact), stored);
    QJsonObject damaged = plan.toJson();
    damaged.insert(u"version"_s, 7);
    QString error;
    QVERIFY(!CreditNotePlan::fromJson(damaged, &error));
    QVERIFY(error.contains(u"version"_s));
}

void TestCreditNotePlanner::requestBodyFollowsBsaleDocs()
{
    CreditNoteContext context;
    context.creditNoteTypeId = 9;
    context.officeId = 1;
    const auto plan = std::get<CreditNotePlan>(CreditNotePlanner::plan(boleta(), canceledOrder(), context));
    const QJsonObject body = DocumentRequestBuilder::returnBody(plan, QDate(2014, 8, 7));
    QCOMPARE(body.value(u"documentTypeId"_s).toInt(), 9);
    QCOMPARE(body.value(u"officeId"_s).toInt(), 1);
    QCOMPARE(body.value(u"referenceDocumentId"_s).toInt(), 8135);
    QCOMPARE(body.value(u"emissionDate"_s).toInteger(), qint64(1407369600));
    QCOMPARE(body.value(u"priceAdjustment"_s).toInt(), 0);
    QCOMPARE(body.value(u"editTexts"_s).toInt(), 0);
    QCOMPARE(body.value(u"type"_s).toInt(), 0);
    QCOMPARE(body.value(u"declareSii"_s).toInt(), 1);
    QCOMPARE(body.value(u"salesId"_s).toString(), u"puente:tienda-prueba:1026:credit_note"_s);
    QCOMPARE(body.value(u"client"_s).toObject().value(u"code"_s).toString(), u"66666666-6"_s);
    const QJsonArray details = body.value(u"details"_s).toArray();
    QCOMPARE(details.size(), 3);
    QCOMPARE(details.at(1).toObject(),
             (QJsonObject {{u"documentDetailId"_s, 21494}, {u"quantity"_s, 3}, {u"unitValue"_s, 0}}));
    context.creditNoteTypeId = 0;
    const auto byCode = std::get<CreditNotePlan>(CreditNotePlanner::plan(boleta(), canceledOrder(), context));
    QCOMPARE(DocumentRequestBuilder::returnBody(byCode, QDate(2014, 8, 7)).value(u"codeSii"_s).toInt(), 61);
}

QTEST_GUILESS_MAIN(TestCreditNotePlanner)
#include "tst_creditnoteplanner.moc"
