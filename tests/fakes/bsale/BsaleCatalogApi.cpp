#include "bsale/BsaleCatalogApi.h"

#include "bsale/BsaleCatalogJson.h"
#include "bsale/BsaleStore.h"

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::bsale {

namespace {

// Variants whose code (or barCode) is one of `values`, ascending, from the indexes.
QList<int> variantsWith(const BsaleStore &store, const QStringList &values, bool barCode)
{
    QList<QList<int>> lists;
    for (const auto &value : values)
        lists.append(barCode ? store.variantIdsByBarCode(value) : store.variantIdsByCode(value));
    return BsaleSelection::unite(lists);
}

QSet<int> toSet(const QList<int> &ids)
{
    return QSet<int>(ids.begin(), ids.end());
}

} // namespace

BsaleCatalogApi::BsaleCatalogApi(BsaleApiContext context)
    : m_ctx(context)
{
    addOffices();
    addProducts();
    addVariants();
    addProductTypes();
    addStocks();
}

// §2: GET /v1/offices.json (name, address, country, city, municipality, costcenter, state).
BsaleSelection BsaleCatalogApi::offices(const BsaleListQuery &q) const
{
    const auto &table = m_ctx.store.offices();
    BsaleSelection s(table.ids());
    BsaleAnswers::matchText(s, q, u"name"_s, [&table](int id) { return table.find(id)->name; });
    BsaleAnswers::matchText(s, q, u"address"_s, [&table](int id) { return table.find(id)->address; });
    BsaleAnswers::matchText(s, q, u"country"_s, [&table](int id) { return table.find(id)->country; });
    BsaleAnswers::matchText(s, q, u"city"_s, [&table](int id) { return table.find(id)->city; });
    BsaleAnswers::matchText(s, q, u"municipality"_s, [&table](int id) { return table.find(id)->municipality; });
    BsaleAnswers::matchText(s, q, u"costcenter"_s, [&table](int id) { return table.find(id)->costCenter; });
    BsaleAnswers::matchInt(s, q, u"state"_s, [&table](int id) { return table.find(id)->state; });
    return s;
}

void BsaleCatalogApi::addOffices()
{
    auto &server = m_ctx.server;
    server.route("GET", u"/v1/offices\\.json"_s, [this](const HttpFakeRequest &r) {
        const auto q = m_ctx.query(r);
        return BsaleAnswers::list(q, offices(q), [this](int id) { return m_ctx.catalog.office(id); });
    });
    server.route("GET", u"/v1/offices/count\\.json"_s,
                 [this](const HttpFakeRequest &r) { return BsaleAnswers::count(offices(m_ctx.query(r))); });
    server.route("GET", u"/v1/offices/(\\d+)\\.json"_s, [this](const HttpFakeRequest &r) {
        const int id = BsaleAnswers::capture(r);
        if (!m_ctx.store.offices().find(id))
            return BsaleAnswers::notFound();
        return BsaleAnswers::object(m_ctx.query(r), m_ctx.catalog.office(id));
    });
}

// §3: GET /v1/products.json (name, ledgeraccount, costcenter, producttypeid, classification, state).
BsaleSelection BsaleCatalogApi::products(const BsaleListQuery &q) const
{
    const auto &table = m_ctx.store.products();
    BsaleSelection s(table.ids());
    BsaleAnswers::matchText(s, q, u"name"_s, [&table](int id) { return table.find(id)->name; });
    BsaleAnswers::matchText(s, q, u"ledgeraccount"_s, [&table](int id) { return table.find(id)->ledgerAccount; });
    BsaleAnswers::matchText(s, q, u"costcenter"_s, [&table](int id) { return table.find(id)->costCenter; });
    BsaleAnswers::matchInt(s, q, u"producttypeid"_s, [&table](int id) { return table.find(id)->productTypeId; });
    BsaleAnswers::matchInt(s, q, u"classification"_s, [&table](int id) { return table.find(id)->classification; });
    BsaleAnswers::matchInt(s, q, u"state"_s, [&table](int id) { return table.find(id)->state; });
    return s;
}

void BsaleCatalogApi::addProducts()
{
    auto &server = m_ctx.server;
    server.route("GET", u"/v1/products\\.json"_s, [this](const HttpFakeRequest &r) {
        const auto q = m_ctx.query(r);
        return BsaleAnswers::list(q, products(q), [this, &q](int id) { return m_ctx.catalog.product(id, q.expand()); });
    });
    server.route("GET", u"/v1/products/count\\.json"_s,
                 [this](const HttpFakeRequest &r) { return BsaleAnswers::count(products(m_ctx.query(r))); });
    server.route("GET", u"/v1/products/(\\d+)\\.json"_s, [this](const HttpFakeRequest &r) {
        const int id = BsaleAnswers::capture(r);
        if (!m_ctx.store.products().find(id))
            return BsaleAnswers::notFound();
        const auto q = m_ctx.query(r);
        return BsaleAnswers::object(q, m_ctx.catalog.product(id, q.expand()));
    });
    server.route("GET", u"/v1/products/(\\d+)/variants\\.json"_s, [this](const HttpFakeRequest &r) {
        const Product *product = m_ctx.store.products().find(BsaleAnswers::capture(r));
        if (!product)
            return BsaleAnswers::notFound();
        const auto q = m_ctx.query(r);
        return BsaleAnswers::list(q, BsaleSelection(product->variantIds),
                                  [this, &q](int id) { return m_ctx.catalog.variant(id, q.expand()); });
    });
}

// §3: GET /v1/variants.json (description, barcode, code, serialnumber, productid, state) plus
// `id` (asked by the brief for batch re-fetches). code/barcode/productid/state use indexes.
BsaleSelection BsaleCatalogApi::variants(const BsaleListQuery &q) const
{
    const auto &store = m_ctx.store;
    const auto &table = store.variants();
    BsaleSelection s(table.ids());
    if (const auto codes = q.values(u"code"_s)) {
        const QSet<QString> wanted(codes->begin(), codes->end());
        s.restrict(variantsWith(store, *codes, false),
                   [wanted, &table](int id) { return wanted.contains(table.find(id)->code); });
    }
    if (const auto barCodes = q.values(u"barcode"_s)) {
        const QSet<QString> wanted(barCodes->begin(), barCodes->end());
        s.restrict(variantsWith(store, *barCodes, true),
                   [wanted, &table](int id) { return wanted.contains(table.find(id)->barCode); });
    }
    if (const auto productIds = q.ints(u"productid"_s)) {
        QList<QList<int>> lists;
        for (const int productId : *productIds)
            lists.append(store.variantIdsByProduct(productId));
        const QSet<int> wanted(productIds->begin(), productIds->end());
        s.restrict(BsaleSelection::unite(lists),
                   [wanted, &table](int id) { return wanted.contains(table.find(id)->productId); });
    }
    if (const auto states = q.ints(u"state"_s)) {
        QList<QList<int>> lists;
        for (const int state : *states)
            lists.append(store.variantIdsByState(state));
        const QSet<int> wanted(states->begin(), states->end());
        s.restrict(BsaleSelection::unite(lists),
                   [wanted, &table](int id) { return wanted.contains(table.find(id)->state); });
    }
    if (const auto ids = q.ints(u"id"_s)) {
        QList<int> existing;
        for (const int id : *ids) {
            if (table.find(id))
                existing.append(id);
        }
        const QSet<int> wanted = toSet(existing);
        s.restrict(BsaleSelection::unite({existing, {}}), [wanted](int id) { return wanted.contains(id); });
    }
    BsaleAnswers::matchText(s, q, u"description"_s, [&table](int id) { return table.find(id)->description; });
    BsaleAnswers::matchInt(s, q, u"serialnumber"_s, [&table](int id) { return table.find(id)->serialNumber; });
    return s;
}

void BsaleCatalogApi::addVariants()
{
    auto &server = m_ctx.server;
    server.route("GET", u"/v1/variants\\.json"_s, [this](const HttpFakeRequest &r) {
        const auto q = m_ctx.query(r);
        return BsaleAnswers::list(q, variants(q), [this, &q](int id) { return m_ctx.catalog.variant(id, q.expand()); });
    });
    server.route("GET", u"/v1/variants/count\\.json"_s,
                 [this](const HttpFakeRequest &r) { return BsaleAnswers::count(variants(m_ctx.query(r))); });
    server.route("GET", u"/v1/variants/(\\d+)\\.json"_s, [this](const HttpFakeRequest &r) {
        const int id = BsaleAnswers::capture(r);
        if (!m_ctx.store.variants().find(id))
            return BsaleAnswers::notFound();
        const auto q = m_ctx.query(r);
        return BsaleAnswers::object(q, m_ctx.catalog.variant(id, q.expand()));
    });
    server.route("GET", u"/v1/variants/(\\d+)/attribute_values\\.json"_s, [this](const HttpFakeRequest &r) {
        const Variant *variant = m_ctx.store.variants().find(BsaleAnswers::capture(r));
        if (!variant)
            return BsaleAnswers::notFound();
        const auto q = m_ctx.query(r);
        return BsaleAnswers::list(q, BsaleSelection(variant->attributeValueIds),
                                  [this](int id) { return m_ctx.catalog.attributeValue(id); });
    });
    server.route("GET", u"/v1/variants/(\\d+)/costs\\.json"_s, [this](const HttpFakeRequest &r) {
        const int id = BsaleAnswers::capture(r);
        if (!m_ctx.store.variants().find(id))
            return BsaleAnswers::notFound();
        return HttpFakeResponse::json(200, m_ctx.catalog.variantCosts(id));
    });
}

// §13: GET /v1/product_types.json (name, state), {id}, count, attributes and attributes/{id}.
BsaleSelection BsaleCatalogApi::productTypes(const BsaleListQuery &q) const
{
    const auto &table = m_ctx.store.productTypes();
    BsaleSelection s(table.ids());
    BsaleAnswers::matchText(s, q, u"name"_s, [&table](int id) { return table.find(id)->name; });
    BsaleAnswers::matchInt(s, q, u"state"_s, [&table](int id) { return table.find(id)->state; });
    return s;
}

void BsaleCatalogApi::addProductTypes()
{
    auto &server = m_ctx.server;
    server.route("GET", u"/v1/product_types\\.json"_s, [this](const HttpFakeRequest &r) {
        const auto q = m_ctx.query(r);
        return BsaleAnswers::list(q, productTypes(q), [this](int id) { return m_ctx.catalog.productType(id); });
    });
    server.route("GET", u"/v1/product_types/count\\.json"_s,
                 [this](const HttpFakeRequest &r) { return BsaleAnswers::count(productTypes(m_ctx.query(r))); });
    server.route("GET", u"/v1/product_types/(\\d+)\\.json"_s, [this](const HttpFakeRequest &r) {
        const int id = BsaleAnswers::capture(r);
        if (!m_ctx.store.productTypes().find(id))
            return BsaleAnswers::notFound();
        return BsaleAnswers::object(m_ctx.query(r), m_ctx.catalog.productType(id));
    });
    server.route("GET", u"/v1/product_types/(\\d+)/attributes\\.json"_s, [this](const HttpFakeRequest &r) {
        const ProductType *type = m_ctx.store.productTypes().find(BsaleAnswers::capture(r));
        if (!type)
            return BsaleAnswers::notFound();
        const auto q = m_ctx.query(r);
        return BsaleAnswers::list(q, BsaleSelection(type->attributeIds),
                                  [this](int id) { return m_ctx.catalog.attribute(id); });
    });
    server.route("GET", u"/v1/product_types/(\\d+)/attributes/(\\d+)\\.json"_s, [this](const HttpFakeRequest &r) {
        const Attribute *attribute = m_ctx.store.attributes().find(BsaleAnswers::capture(r, 2));
        if (!attribute || attribute->productTypeId != BsaleAnswers::capture(r))
            return BsaleAnswers::notFound();
        return BsaleAnswers::object(m_ctx.query(r), m_ctx.catalog.attribute(attribute->id));
    });
}

// §4: GET /v1/stocks.json (officeid, variantid, code, barcode), one row per (variant, office).
BsaleSelection BsaleCatalogApi::stocks(const BsaleListQuery &q) const
{
    const auto &store = m_ctx.store;
    const auto &table = store.stocks();
    BsaleSelection s(table.ids());
    const auto byVariants = [&store, &table](const QList<int> &variantIds) {
        QList<QList<int>> lists;
        for (const int variantId : variantIds)
            lists.append(store.stockIdsByVariant(variantId));
        const QSet<int> wanted = toSet(variantIds);
        return std::make_pair(BsaleSelection::unite(lists),
                              [wanted, &table](int id) { return wanted.contains(table.find(id)->variantId); });
    };
    if (const auto variantIds = q.ints(u"variantid"_s)) {
        auto [ids, test] = byVariants(*variantIds);
        s.restrict(ids, test);
    }
    if (const auto codes = q.values(u"code"_s)) {
        auto [ids, test] = byVariants(variantsWith(store, *codes, false));
        s.restrict(ids, test);
    }
    if (const auto barCodes = q.values(u"barcode"_s)) {
        auto [ids, test] = byVariants(variantsWith(store, *barCodes, true));
        s.restrict(ids, test);
    }
    if (const auto officeIds = q.ints(u"officeid"_s)) {
        QList<QList<int>> lists;
        for (const int officeId : *officeIds)
            lists.append(store.stockIdsByOffice(officeId));
        const QSet<int> wanted = toSet(*officeIds);
        s.restrict(BsaleSelection::unite(lists),
                   [wanted, &table](int id) { return wanted.contains(table.find(id)->officeId); });
    }
    return s;
}

void BsaleCatalogApi::addStocks()
{
    auto &server = m_ctx.server;
    server.route("GET", u"/v1/stocks\\.json"_s, [this](const HttpFakeRequest &r) {
        const auto q = m_ctx.query(r);
        return BsaleAnswers::list(q, stocks(q), [this, &q](int id) { return m_ctx.catalog.stock(id, q.expand()); });
    });
    server.route("GET", u"/v1/stocks/(\\d+)\\.json"_s, [this](const HttpFakeRequest &r) {
        const int id = BsaleAnswers::capture(r);
        if (!m_ctx.store.stocks().find(id))
            return BsaleAnswers::notFound();
        const auto q = m_ctx.query(r);
        return BsaleAnswers::object(q, m_ctx.catalog.stock(id, q.expand()));
    });
}

} // namespace puente::fakes::bsale
