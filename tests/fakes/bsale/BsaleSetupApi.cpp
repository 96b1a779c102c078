#include "bsale/BsaleSetupApi.h"

#include "bsale/BsaleBody.h"
#include "bsale/BsaleCatalogJson.h"
#include "bsale/BsaleStore.h"

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::bsale {

BsaleSetupApi::BsaleSetupApi(BsaleApiContext context)
    : m_ctx(context)
{
    addPriceLists();
    addTaxes();
    addDocumentTypes();
    addPaymentTypes();
    addClients();
}

// §5: GET /v1/price_lists.json (name, coinid, state).
BsaleSelection BsaleSetupApi::priceLists(const BsaleListQuery &q) const
{
    const auto &table = m_ctx.store.priceLists();
    BsaleSelection s(table.ids());
    BsaleAnswers::matchText(s, q, u"name"_s, [&table](int id) { return table.find(id)->name; });
    BsaleAnswers::matchInt(s, q, u"coinid"_s, [&table](int id) { return table.find(id)->coinId; });
    BsaleAnswers::matchInt(s, q, u"state"_s, [&table](int id) { return table.find(id)->state; });
    return s;
}

// §5: details filters variantid, code, barcode (through the list's variant → detail map).
BsaleSelection BsaleSetupApi::priceDetails(const PriceList &list, const BsaleListQuery &q) const
{
    const auto &store = m_ctx.store;
    BsaleSelection s(list.detailIds);
    const auto restrictTo = [&s, &list](const QList<int> &variantIds) {
        QList<int> detailIds;
        for (const int variantId : variantIds) {
            if (const int detailId = list.detailByVariant.value(variantId))
                detailIds.append(detailId);
        }
        const QSet<int> wanted(detailIds.begin(), detailIds.end());
        s.restrict(BsaleSelection::unite({detailIds, {}}), [wanted](int id) { return wanted.contains(id); });
    };
    if (const auto variantIds = q.ints(u"variantid"_s))
        restrictTo(*variantIds);
    if (const auto codes = q.values(u"code"_s)) {
        QList<int> ids;
        for (const auto &code : *codes)
            ids += store.variantIdsByCode(code);
        restrictTo(ids);
    }
    if (const auto barCodes = q.values(u"barcode"_s)) {
        QList<int> ids;
        for (const auto &barCode : *barCodes)
            ids += store.variantIdsByBarCode(barCode);
        restrictTo(ids);
    }
    return s;
}

void BsaleSetupApi::addPriceLists()
{
    auto &server = m_ctx.server;
    server.route("GET", u"/v1/price_lists\\.json"_s, [this](const HttpFakeRequest &r) {
        const auto q = m_ctx.query(r);
        return BsaleAnswers::list(q, priceLists(q), [this](int id) { return m_ctx.catalog.priceList(id); });
    });
    server.route("GET", u"/v1/price_lists/count\\.json"_s,
                 [this](const HttpFakeRequest &r) { return BsaleAnswers::count(priceLists(m_ctx.query(r))); });
    server.route("GET", u"/v1/price_lists/(\\d+)\\.json"_s, [this](const HttpFakeRequest &r) {
        const int id = BsaleAnswers::capture(r);
        if (!m_ctx.store.priceLists().find(id))
            return BsaleAnswers::notFound();
        return BsaleAnswers::object(m_ctx.query(r), m_ctx.catalog.priceList(id));
    });
    server.route("GET", u"/v1/price_lists/(\\d+)/details\\.json"_s, [this](const HttpFakeRequest &r) {
        const PriceList *list = m_ctx.store.priceLists().find(BsaleAnswers::capture(r));
        if (!list)
            return BsaleAnswers::notFound();
        const auto q = m_ctx.query(r);
        return BsaleAnswers::list(q, priceDetails(*list, q),
                                  [this, &q](int id) { return m_ctx.catalog.priceDetail(id, q.expand()); });
    });
    server.route("GET", u"/v1/price_lists/(\\d+)/details/(\\d+)\\.json"_s, [this](const HttpFakeRequest &r) {
        const PriceDetail *detail = m_ctx.store.priceDetails().find(BsaleAnswers::capture(r, 2));
        if (!detail || detail->priceListId != BsaleAnswers::capture(r))
            return BsaleAnswers::notFound();
        const auto q = m_ctx.query(r);
        return BsaleAnswers::object(q, m_ctx.catalog.priceDetail(detail->id, q.expand()));
    });
    server.route("PUT", u"/v1/price_lists/(\\d+)/details/(\\d+)\\.json"_s,
                 [this](const HttpFakeRequest &r) { return putPriceDetail(r); });
}

// §5: PUT {"variantValue":2000,"id":1412} (net) → the answer recomputes variantValueWithTaxes.
HttpFakeResponse BsaleSetupApi::putPriceDetail(const HttpFakeRequest &r)
{
    const PriceDetail *detail = m_ctx.store.priceDetails().find(BsaleAnswers::capture(r, 2));
    if (!detail || detail->priceListId != BsaleAnswers::capture(r))
        return BsaleAnswers::notFound();
    const auto body = BsaleAnswers::body(r);
    if (!body)
        return BsaleAnswers::refused(u"Invalid JSON object"_s);
    const auto net = BsaleBody::number(*body, u"variantValue"_s);
    // DOCS-AMBIGUITY: no message is documented for a bad variantValue; we reuse the FAQ's
    // net-value message.
    if (!net || *net < 0)
        return BsaleAnswers::refused(
            u"Invalid net unit value, zero or negative values are not allowed for this type of document"_s);
    const int id = m_ctx.store.setPrice(detail->priceListId, detail->variantId, *net, -1, true);
    return BsaleAnswers::object(m_ctx.query(r), m_ctx.catalog.priceDetail(id));
}

// §5: GET /v1/taxes.json (name, percentage, code, ledgeraccount, state).
BsaleSelection BsaleSetupApi::taxes(const BsaleListQuery &q) const
{
    const auto &table = m_ctx.store.taxes();
    BsaleSelection s(table.ids());
    BsaleAnswers::matchText(s, q, u"name"_s, [&table](int id) { return table.find(id)->name; });
    BsaleAnswers::matchText(s, q, u"code"_s, [&table](int id) { return table.find(id)->code; });
    BsaleAnswers::matchText(s, q, u"ledgeraccount"_s, [&table](int id) { return table.find(id)->ledgerAccount; });
    BsaleAnswers::matchInt(s, q, u"state"_s, [&table](int id) { return table.find(id)->state; });
    if (const auto values = q.values(u"percentage"_s)) {
        const double wanted = values->value(0).toDouble();
        s.require([wanted, &table](int id) { return qFuzzyCompare(1.0 + table.find(id)->percentage, 1.0 + wanted); });
    }
    return s;
}

void BsaleSetupApi::addTaxes()
{
    auto &server = m_ctx.server;
    server.route("GET", u"/v1/taxes\\.json"_s, [this](const HttpFakeRequest &r) {
        const auto q = m_ctx.query(r);
        return BsaleAnswers::list(q, taxes(q), [this](int id) { return m_ctx.catalog.tax(id); });
    });
    server.route("GET", u"/v1/taxes/count\\.json"_s,
                 [this](const HttpFakeRequest &r) { return BsaleAnswers::count(taxes(m_ctx.query(r))); });
    server.route("GET", u"/v1/taxes/(\\d+)\\.json"_s, [this](const HttpFakeRequest &r) {
        const int id = BsaleAnswers::capture(r);
        if (!m_ctx.store.taxes().find(id))
            return BsaleAnswers::notFound();
        return BsaleAnswers::object(m_ctx.query(r), m_ctx.catalog.tax(id));
    });
}

// §6: GET /v1/document_types.json (name, codesii, ledgeraccount, booktypeid, iselectronicdocument,
// issalesnote, state) plus `use`, which the brief asks for (credit-note type discovery).
BsaleSelection BsaleSetupApi::documentTypes(const BsaleListQuery &q) const
{
    const auto &table = m_ctx.store.documentTypes();
    BsaleSelection s(table.ids());
    BsaleAnswers::matchText(s, q, u"name"_s, [&table](int id) { return table.find(id)->name; });
    BsaleAnswers::matchText(s, q, u"codesii"_s, [&table](int id) { return table.find(id)->codeSii; });
    BsaleAnswers::matchInt(s, q, u"iselectronicdocument"_s,
                           [&table](int id) { return table.find(id)->isElectronicDocument; });
    BsaleAnswers::matchInt(s, q, u"issalesnote"_s, [&table](int id) { return table.find(id)->isSalesNote; });
    BsaleAnswers::matchInt(s, q, u"booktypeid"_s, [&table](int id) { return table.find(id)->use == 0 ? 1 : 2; });
    BsaleAnswers::matchInt(s, q, u"use"_s, [&table](int id) { return table.find(id)->use; });
    BsaleAnswers::matchInt(s, q, u"state"_s, [&table](int id) { return table.find(id)->state; });
    return s;
}

void BsaleSetupApi::addDocumentTypes()
{
    auto &server = m_ctx.server;
    server.route("GET", u"/v1/document_types\\.json"_s, [this](const HttpFakeRequest &r) {
        const auto q = m_ctx.query(r);
        return BsaleAnswers::list(q, documentTypes(q), [this](int id) { return m_ctx.catalog.documentType(id); });
    });
    server.route("GET", u"/v1/document_types/count\\.json"_s,
                 [this](const HttpFakeRequest &r) { return BsaleAnswers::count(documentTypes(m_ctx.query(r))); });
    // §6: GET /v1/document_types/number_availables.json?codesii=33 → {"numbers_available":2574,"last":32119}
    server.route("GET", u"/v1/document_types/number_availables\\.json"_s, [this](const HttpFakeRequest &r) {
        const auto ids = m_ctx.store.documentTypeIdsByCodeSii(r.queryValue(u"codesii"_s));
        if (ids.isEmpty())
            return BsaleAnswers::refused(u"invalid documentType"_s);
        const DocumentType &type = *m_ctx.store.documentTypes().find(ids.constFirst());
        const int next = m_ctx.store.nextFolio(type);
        // DOCS-AMBIGUITY: an unlimited CAF has no count; we report 999999 numbers left.
        const int available = !next ? 0 : (type.lastNumber > 0 ? type.lastNumber - next + 1 : 999999);
        return HttpFakeResponse::json(
            200, QJsonObject {{u"numbers_available"_s, available}, {u"last"_s, type.lastUsedNumber}});
    });
    server.route("GET", u"/v1/document_types/(\\d+)\\.json"_s, [this](const HttpFakeRequest &r) {
        const int id = BsaleAnswers::capture(r);
        if (!m_ctx.store.documentTypes().find(id))
            return BsaleAnswers::notFound();
        return BsaleAnswers::object(m_ctx.query(r), m_ctx.catalog.documentType(id));
    });
}

// §6: GET /v1/payment_types.json (name, ledgeraccount, state).
BsaleSelection BsaleSetupApi::paymentTypes(const BsaleListQuery &q) const
{
    const auto &table = m_ctx.store.paymentTypes();
    BsaleSelection s(table.ids());
    BsaleAnswers::matchText(s, q, u"name"_s, [&table](int id) { return table.find(id)->name; });
    BsaleAnswers::matchText(s, q, u"ledgeraccount"_s, [&table](int id) { return table.find(id)->ledgerAccount; });
    BsaleAnswers::matchInt(s, q, u"state"_s, [&table](int id) { return table.find(id)->state; });
    return s;
}

void BsaleSetupApi::addPaymentTypes()
{
    auto &server = m_ctx.server;
    server.route("GET", u"/v1/payment_types\\.json"_s, [this](const HttpFakeRequest &r) {
        const auto q = m_ctx.query(r);
        return BsaleAnswers::list(q, paymentTypes(q), [this](int id) { return m_ctx.catalog.paymentType(id); });
    });
    server.route("GET", u"/v1/payment_types/count\\.json"_s,
                 [this](const HttpFakeRequest &r) { return BsaleAnswers::count(paymentTypes(m_ctx.query(r))); });
    server.route("GET", u"/v1/payment_types/(\\d+)\\.json"_s, [this](const HttpFakeRequest &r) {
        const int id = BsaleAnswers::capture(r);
        if (!m_ctx.store.paymentTypes().find(id))
            return BsaleAnswers::notFound();
        return BsaleAnswers::object(m_ctx.query(r), m_ctx.catalog.paymentType(id));
    });
}

// §6: GET /v1/clients.json (code, firstname, lastname, email, state; code is indexed).
BsaleSelection BsaleSetupApi::clients(const BsaleListQuery &q) const
{
    const auto &store = m_ctx.store;
    const auto &table = store.clients();
    BsaleSelection s(table.ids());
    if (const auto codes = q.values(u"code"_s)) {
        QList<QList<int>> lists;
        for (const auto &code : *codes)
            lists.append(store.clientIdsByCode(code));
        const QSet<QString> wanted(codes->begin(), codes->end());
        s.restrict(BsaleSelection::unite(lists),
                   [wanted, &table](int id) { return wanted.contains(table.find(id)->code); });
    }
    BsaleAnswers::matchText(s, q, u"firstname"_s, [&table](int id) { return table.find(id)->firstName; });
    BsaleAnswers::matchText(s, q, u"lastname"_s, [&table](int id) { return table.find(id)->lastName; });
    BsaleAnswers::matchText(s, q, u"email"_s, [&table](int id) { return table.find(id)->email; });
    BsaleAnswers::matchInt(s, q, u"state"_s, [&table](int id) { return table.find(id)->state; });
    return s;
}

void BsaleSetupApi::addClients()
{
    auto &server = m_ctx.server;
    server.route("GET", u"/v1/clients\\.json"_s, [this](const HttpFakeRequest &r) {
        const auto q = m_ctx.query(r);
        return BsaleAnswers::list(q, clients(q), [this](int id) { return m_ctx.catalog.client(id); });
    });
    server.route("POST", u"/v1/clients\\.json"_s, [this](const HttpFakeRequest &r) { return postClient(r); });
    server.route("GET", u"/v1/clients/count\\.json"_s,
                 [this](const HttpFakeRequest &r) { return BsaleAnswers::count(clients(m_ctx.query(r))); });
    server.route("GET", u"/v1/clients/(\\d+)\\.json"_s, [this](const HttpFakeRequest &r) {
        const int id = BsaleAnswers::capture(r);
        if (!m_ctx.store.clients().find(id))
            return BsaleAnswers::notFound();
        return BsaleAnswers::object(m_ctx.query(r), m_ctx.catalog.client(id));
    });
}

// §6 POST /v1/clients.json. Bsale does not refuse a second client with the same RUT (§6
// Pitfalls), so neither does the fake. `isForeigner`:1 without code gets "55555555-5".
// DOCS-AMBIGUITY: the status of a created client is not documented; 201 like documents (§7).
HttpFakeResponse BsaleSetupApi::postClient(const HttpFakeRequest &r)
{
    const auto body = BsaleAnswers::body(r);
    if (!body)
        return BsaleAnswers::refused(u"Invalid JSON object"_s);
    Client client;
    client.code = BsaleBody::text(*body, u"code"_s);
    client.company = BsaleBody::text(*body, u"company"_s);
    client.activity = BsaleBody::text(*body, u"activity"_s);
    client.municipality = BsaleBody::text(*body, u"municipality"_s);
    client.city = BsaleBody::text(*body, u"city"_s);
    client.address = BsaleBody::text(*body, u"address"_s);
    client.firstName = BsaleBody::text(*body, u"firstName"_s);
    client.lastName = BsaleBody::text(*body, u"lastName"_s);
    client.email = BsaleBody::text(*body, u"email"_s);
    client.phone = BsaleBody::text(*body, u"phone"_s);
    client.note = BsaleBody::text(*body, u"note"_s);
    client.companyOrPerson = BsaleBody::flag(*body, u"companyOrPerson"_s);
    client.hasCredit = BsaleBody::flag(*body, u"hasCredit"_s);
    client.maxCredit = BsaleBody::number(*body, u"maxCredit"_s).value_or(0);
    client.sendDte = BsaleBody::flag(*body, u"sendDte"_s);
    client.isForeigner = BsaleBody::flag(*body, u"isForeigner"_s);
    client.accumulatePoints = BsaleBody::flag(*body, u"accumulatePoints"_s);
    if (client.isForeigner && client.code.isEmpty())
        client.code = u"55555555-5"_s;
    const int id = m_ctx.store.addClient(client);
    return BsaleAnswers::object(m_ctx.query(r), m_ctx.catalog.client(id), 201);
}

} // namespace puente::fakes::bsale
