#include "bsale/BsaleSalesApi.h"

#include "bsale/BsaleDocumentEngine.h"
#include "bsale/BsaleDocumentView.h"
#include "bsale/BsaleMovementEngine.h"
#include "bsale/BsaleReturnEngine.h"
#include "bsale/BsaleSalesJson.h"
#include "bsale/BsaleStore.h"

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::bsale {

BsaleSalesApi::BsaleSalesApi(BsaleApiContext context)
    : m_ctx(context)
{
    addDocuments();
    addPayments();
    addReturns();
    addReceptions();
    addConsumptions();
    addViews();
}

HttpFakeResponse BsaleSalesApi::answer(const HttpFakeRequest &request, const BsaleOutcome &outcome,
                                       const std::function<QJsonObject(int)> &toJson) const
{
    if (!outcome.ok())
        return BsaleAnswers::refused(outcome.error);
    return BsaleAnswers::object(m_ctx.query(request), toJson(outcome.id), outcome.status);
}

// §7 "Reading documents" filters. documenttypeid uses an index; the rest are tested per row.
BsaleSelection BsaleSalesApi::documents(const BsaleListQuery &q) const
{
    const auto &store = m_ctx.store;
    const auto &table = store.documents();
    BsaleSelection s(table.ids());
    if (const auto typeIds = q.ints(u"documenttypeid"_s)) {
        QList<QList<int>> lists;
        for (const int typeId : *typeIds)
            lists.append(store.documentIdsByType(typeId));
        const QSet<int> wanted(typeIds->begin(), typeIds->end());
        s.restrict(BsaleSelection::unite(lists),
                   [wanted, &table](int id) { return wanted.contains(table.find(id)->documentTypeId); });
    }
    const auto date = [&table](int id) { return table.find(id)->emissionDate; };
    BsaleAnswers::matchDay(s, q, u"emissiondate"_s, date);
    BsaleAnswers::matchDay(s, q, u"rcofdate"_s, date);
    BsaleAnswers::matchDay(s, q, u"expirationdate"_s, [&table](int id) { return table.find(id)->expirationDate; });
    if (const auto range = q.values(u"emissiondaterange"_s)) {
        // §1: emissiondaterange=[1414800000,1417391990], both ends included.
        const qint64 from = range->value(0).toLongLong();
        const qint64 to = range->size() > 1 ? range->value(1).toLongLong() : from;
        s.require([from, to, &table](int id) {
            const qint64 at = table.find(id)->emissionDate;
            return at >= from && at <= to;
        });
    }
    if (const auto codes = q.values(u"codesii"_s)) {
        const QSet<QString> wanted(codes->begin(), codes->end());
        s.require([wanted, &store, &table](int id) {
            return wanted.contains(store.documentTypes().find(table.find(id)->documentTypeId)->codeSii);
        });
    }
    BsaleAnswers::matchInt(s, q, u"number"_s, [&table](int id) { return table.find(id)->number; });
    BsaleAnswers::matchText(s, q, u"token"_s, [&table](int id) { return table.find(id)->token; });
    BsaleAnswers::matchInt(s, q, u"clientid"_s, [&table](int id) { return table.find(id)->clientId; });
    BsaleAnswers::matchText(s, q, u"clientcode"_s, [&store, &table](int id) {
        const Client *client = store.clients().find(table.find(id)->clientId);
        return client ? client->code : QString();
    });
    BsaleAnswers::matchInt(s, q, u"officeid"_s, [&table](int id) { return table.find(id)->officeId; });
    BsaleAnswers::matchInt(s, q, u"informedsii"_s, [&table](int id) { return table.find(id)->informedSii; });
    BsaleAnswers::matchInt(s, q, u"totalamount"_s, [&table](int id) { return int(table.find(id)->totalAmount); });
    BsaleAnswers::matchInt(s, q, u"state"_s, [&table](int id) { return table.find(id)->state; });
    return s;
}

void BsaleSalesApi::addDocuments()
{
    auto &server = m_ctx.server;
    server.route("POST", u"/v1/documents\\.json"_s, [this](const HttpFakeRequest &r) {
        const auto body = BsaleAnswers::body(r);
        if (!body)
            return BsaleAnswers::refused(u"Invalid JSON object"_s);
        return answer(r, m_ctx.documents.create(*body), [this](int id) { return m_ctx.sales.document(id); });
    });
    server.route("GET", u"/v1/documents\\.json"_s, [this](const HttpFakeRequest &r) {
        const auto q = m_ctx.query(r);
        return BsaleAnswers::list(q, documents(q), [this, &q](int id) { return m_ctx.sales.document(id, q.expand()); });
    });
    server.route("GET", u"/v1/documents/count\\.json"_s,
                 [this](const HttpFakeRequest &r) { return BsaleAnswers::count(documents(m_ctx.query(r))); });
    server.route("GET", u"/v1/documents/(\\d+)\\.json"_s, [this](const HttpFakeRequest &r) {
        const int id = BsaleAnswers::capture(r);
        if (!m_ctx.store.documents().find(id))
            return BsaleAnswers::notFound();
        const auto q = m_ctx.query(r);
        return BsaleAnswers::object(q, m_ctx.sales.document(id, q.expand()));
    });
    // §1 Pagination: "Sub-collections are paginated too (/documents/{id}/details.json ...)".
    server.route("GET", u"/v1/documents/(\\d+)/details\\.json"_s, [this](const HttpFakeRequest &r) {
        const Document *doc = m_ctx.store.documents().find(BsaleAnswers::capture(r));
        if (!doc)
            return BsaleAnswers::notFound();
        const auto q = m_ctx.query(r);
        return BsaleAnswers::list(q, BsaleSelection(doc->detailIds),
                                  [this, &q](int id) { return m_ctx.sales.documentDetail(id, q.expand()); });
    });
    server.route("GET", u"/v1/documents/(\\d+)/details/(\\d+)\\.json"_s, [this](const HttpFakeRequest &r) {
        const DocumentDetail *detail = m_ctx.store.documentDetails().find(BsaleAnswers::capture(r, 2));
        if (!detail || detail->documentId != BsaleAnswers::capture(r))
            return BsaleAnswers::notFound();
        const auto q = m_ctx.query(r);
        return BsaleAnswers::object(q, m_ctx.sales.documentDetail(detail->id, q.expand()));
    });
    server.route("GET", u"/v1/documents/(\\d+)/references\\.json"_s, [this](const HttpFakeRequest &r) {
        const Document *doc = m_ctx.store.documents().find(BsaleAnswers::capture(r));
        if (!doc)
            return BsaleAnswers::notFound();
        QList<int> indexes;
        for (int i = 0; i < doc->references.size(); ++i)
            indexes.append(i);
        const int docId = doc->id;
        return BsaleAnswers::list(m_ctx.query(r), BsaleSelection(indexes),
                                  [this, docId](int index) { return m_ctx.sales.reference(docId, index); });
    });
}

// §6 Payments: GET /v1/payments.json (recorddate, documentid, codesii + number).
BsaleSelection BsaleSalesApi::payments(const BsaleListQuery &q) const
{
    const auto &store = m_ctx.store;
    const auto &table = store.payments();
    BsaleSelection s(table.ids());
    BsaleAnswers::matchInt(s, q, u"documentid"_s, [&table](int id) { return table.find(id)->documentId; });
    BsaleAnswers::matchDay(s, q, u"recorddate"_s, [&table](int id) { return table.find(id)->recordDate; });
    BsaleAnswers::matchInt(s, q, u"number"_s, [&store, &table](int id) {
        return store.documents().find(table.find(id)->documentId)->number;
    });
    BsaleAnswers::matchText(s, q, u"codesii"_s, [&store, &table](int id) {
        const Document *doc = store.documents().find(table.find(id)->documentId);
        return store.documentTypes().find(doc->documentTypeId)->codeSii;
    });
    return s;
}

void BsaleSalesApi::addPayments()
{
    auto &server = m_ctx.server;
    server.route("GET", u"/v1/payments\\.json"_s, [this](const HttpFakeRequest &r) {
        const auto q = m_ctx.query(r);
        return BsaleAnswers::list(q, payments(q), [this](int id) { return m_ctx.sales.payment(id); });
    });
    server.route("GET", u"/v1/payments/(\\d+)\\.json"_s, [this](const HttpFakeRequest &r) {
        const int id = BsaleAnswers::capture(r);
        if (!m_ctx.store.payments().find(id))
            return BsaleAnswers::notFound();
        return BsaleAnswers::object(m_ctx.query(r), m_ctx.sales.payment(id));
    });
}

// §8: GET /v1/returns.json (returndate, code, type, officeid, referencedocumentid, creditnoteid).
BsaleSelection BsaleSalesApi::returns(const BsaleListQuery &q) const
{
    const auto &table = m_ctx.store.returns();
    BsaleSelection s(table.ids());
    BsaleAnswers::matchDay(s, q, u"returndate"_s, [&table](int id) { return table.find(id)->returnDate; });
    BsaleAnswers::matchText(s, q, u"code"_s, [&table](int id) { return table.find(id)->code; });
    BsaleAnswers::matchInt(s, q, u"type"_s, [&table](int id) { return table.find(id)->type; });
    BsaleAnswers::matchInt(s, q, u"officeid"_s, [&table](int id) { return table.find(id)->officeId; });
    BsaleAnswers::matchInt(s, q, u"referencedocumentid"_s,
                           [&table](int id) { return table.find(id)->referenceDocumentId; });
    BsaleAnswers::matchInt(s, q, u"creditnoteid"_s, [&table](int id) { return table.find(id)->creditNoteId; });
    return s;
}

void BsaleSalesApi::addReturns()
{
    auto &server = m_ctx.server;
    server.route("POST", u"/v1/returns\\.json"_s, [this](const HttpFakeRequest &r) {
        const auto body = BsaleAnswers::body(r);
        if (!body)
            return BsaleAnswers::refused(u"Invalid JSON object"_s);
        return answer(r, m_ctx.returns.create(*body), [this](int id) { return m_ctx.sales.returnObject(id); });
    });
    server.route("GET", u"/v1/returns\\.json"_s, [this](const HttpFakeRequest &r) {
        const auto q = m_ctx.query(r);
        return BsaleAnswers::list(q, returns(q),
                                  [this, &q](int id) { return m_ctx.sales.returnObject(id, q.expand()); });
    });
    server.route("GET", u"/v1/returns/count\\.json"_s,
                 [this](const HttpFakeRequest &r) { return BsaleAnswers::count(returns(m_ctx.query(r))); });
    server.route("GET", u"/v1/returns/(\\d+)\\.json"_s, [this](const HttpFakeRequest &r) {
        const int id = BsaleAnswers::capture(r);
        if (!m_ctx.store.returns().find(id))
            return BsaleAnswers::notFound();
        const auto q = m_ctx.query(r);
        return BsaleAnswers::object(q, m_ctx.sales.returnObject(id, q.expand()));
    });
    server.route("GET", u"/v1/returns/(\\d+)/details\\.json"_s, [this](const HttpFakeRequest &r) {
        const Return *ret = m_ctx.store.returns().find(BsaleAnswers::capture(r));
        if (!ret)
            return BsaleAnswers::notFound();
        return BsaleAnswers::list(m_ctx.query(r), BsaleSelection(ret->detailIds),
                                  [this](int id) { return m_ctx.sales.returnDetail(id); });
    });
}

// §4: GET /v1/stocks/receptions.json (admissiondate, documentnumber, officeid).
BsaleSelection BsaleSalesApi::receptions(const BsaleListQuery &q) const
{
    const auto &table = m_ctx.store.receptions();
    BsaleSelection s(table.ids());
    BsaleAnswers::matchDay(s, q, u"admissiondate"_s, [&table](int id) { return table.find(id)->admissionDate; });
    BsaleAnswers::matchText(s, q, u"documentnumber"_s, [&table](int id) { return table.find(id)->documentNumber; });
    BsaleAnswers::matchInt(s, q, u"officeid"_s, [&table](int id) { return table.find(id)->officeId; });
    return s;
}

void BsaleSalesApi::addReceptions()
{
    auto &server = m_ctx.server;
    server.route("POST", u"/v1/stocks/receptions\\.json"_s, [this](const HttpFakeRequest &r) {
        const auto body = BsaleAnswers::body(r);
        if (!body)
            return BsaleAnswers::refused(u"Invalid JSON object"_s);
        return answer(r, m_ctx.movements.reception(*body), [this](int id) { return m_ctx.sales.reception(id); });
    });
    server.route("GET", u"/v1/stocks/receptions\\.json"_s, [this](const HttpFakeRequest &r) {
        const auto q = m_ctx.query(r);
        return BsaleAnswers::list(q, receptions(q), [this](int id) { return m_ctx.sales.reception(id); });
    });
    server.route("GET", u"/v1/stocks/receptions/(\\d+)\\.json"_s, [this](const HttpFakeRequest &r) {
        const int id = BsaleAnswers::capture(r);
        if (!m_ctx.store.receptions().find(id))
            return BsaleAnswers::notFound();
        return BsaleAnswers::object(m_ctx.query(r), m_ctx.sales.reception(id));
    });
    server.route("GET", u"/v1/stocks/receptions/(\\d+)/details\\.json"_s, [this](const HttpFakeRequest &r) {
        const Reception *reception = m_ctx.store.receptions().find(BsaleAnswers::capture(r));
        if (!reception)
            return BsaleAnswers::notFound();
        return BsaleAnswers::list(m_ctx.query(r), BsaleSelection(reception->detailIds),
                                  [this](int id) { return m_ctx.sales.receptionDetail(id); });
    });
}

// §4: GET /v1/stocks/consumptions.json (consumptiondate, officeid).
BsaleSelection BsaleSalesApi::consumptions(const BsaleListQuery &q) const
{
    const auto &table = m_ctx.store.consumptions();
    BsaleSelection s(table.ids());
    BsaleAnswers::matchDay(s, q, u"consumptiondate"_s, [&table](int id) { return table.find(id)->consumptionDate; });
    BsaleAnswers::matchInt(s, q, u"officeid"_s, [&table](int id) { return table.find(id)->officeId; });
    return s;
}

void BsaleSalesApi::addConsumptions()
{
    auto &server = m_ctx.server;
    server.route("POST", u"/v1/stocks/consumptions\\.json"_s, [this](const HttpFakeRequest &r) {
        const auto body = BsaleAnswers::body(r);
        if (!body)
            return BsaleAnswers::refused(u"Invalid JSON object"_s);
        return answer(r, m_ctx.movements.consumption(*body), [this](int id) { return m_ctx.sales.consumption(id); });
    });
    server.route("GET", u"/v1/stocks/consumptions\\.json"_s, [this](const HttpFakeRequest &r) {
        const auto q = m_ctx.query(r);
        return BsaleAnswers::list(q, consumptions(q), [this](int id) { return m_ctx.sales.consumption(id); });
    });
    server.route("GET", u"/v1/stocks/consumptions/(\\d+)\\.json"_s, [this](const HttpFakeRequest &r) {
        const int id = BsaleAnswers::capture(r);
        if (!m_ctx.store.consumptions().find(id))
            return BsaleAnswers::notFound();
        return BsaleAnswers::object(m_ctx.query(r), m_ctx.sales.consumption(id));
    });
    server.route("GET", u"/v1/stocks/consumptions/(\\d+)/details\\.json"_s, [this](const HttpFakeRequest &r) {
        const Consumption *consumption = m_ctx.store.consumptions().find(BsaleAnswers::capture(r));
        if (!consumption)
            return BsaleAnswers::notFound();
        return BsaleAnswers::list(m_ctx.query(r), BsaleSelection(consumption->detailIds),
                                  [this](int id) { return m_ctx.sales.consumptionDetail(id); });
    });
}

void BsaleSalesApi::addViews()
{
    m_ctx.server.route("GET", u"/view/(\\d+)/([0-9a-f]{12})(\\.pdf)?"_s,
                       [this](const HttpFakeRequest &r) { return view(r); });
}

HttpFakeResponse BsaleSalesApi::view(const HttpFakeRequest &r) const
{
    const Document *doc = m_ctx.store.documents().find(m_ctx.store.documentByToken(r.captures.value(2)));
    if (doc) {
        const BsaleDocumentView page(m_ctx.store, *doc);
        if (r.captures.value(3).isEmpty())
            return HttpFakeResponse::raw(200, page.html(), "text/html; charset=utf-8");
        return HttpFakeResponse::raw(200, page.pdf(), "application/pdf");
    }
    return BsaleAnswers::notFound();
}

} // namespace puente::fakes::bsale
