#include "CatalogQuery.h"

#include "SearchText.h"
#include "journal/Journal.h"

#include <QtCore/QHash>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

constexpr int kCancelCheckRows = 512;

struct Links
{
    QHash<qint64, Link> byErp;
    QHash<StoreVariantKey, qint64> erpByStore;
};

/** Collects the first SQL error; later steps are skipped once there is one. */
struct ReadState
{
    QSqlDatabase db;
    const CatalogQuery::CancelCheck &canceled;
    QString error;

    bool stop(int row) const { return !error.isEmpty() || (canceled && row % kCancelCheckRows == 0 && canceled()); }
    bool exec(QSqlQuery &query, const QString &sql)
    {
        query.setForwardOnly(true);
        if (!query.exec(sql))
            error = query.lastError().text();
        return error.isEmpty();
    }
};

RowKeys keysFor(const QString &sku, const QString &product, const QString &variant, const QString &barcode)
{
    RowKeys keys;
    keys.sku = SearchText::fold(sku);
    keys.product = SearchText::fold(product);
    keys.variant = SearchText::fold(variant);
    keys.search = keys.sku + u' ' + keys.product + u' ' + keys.variant + u' ' + SearchText::fold(barcode);
    return keys;
}

std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

Links readLinks(ReadState &state)
{
    Links links;
    QSqlQuery query(state.db);
    if (!state.exec(query, u"SELECT erp_variant_id, store_product_id, store_variant_id, how FROM links"_s))
        return links;
    while (query.next()) {
        Link link;
        link.erpVariantId = query.value(0).toLongLong();
        link.store = {query.value(1).toLongLong(), query.value(2).toLongLong()};
        link.how = linkMethodFromName(query.value(3).toString()).value_or(LinkMethod::Manual);
        links.byErp.insert(link.erpVariantId, link);
        links.erpByStore.insert(link.store, link.erpVariantId);
    }
    return links;
}

// link_issues arrives with the sync engine's schema; older journals simply have none.
QList<ManualLinkHint> readIssues(ReadState &state)
{
    QList<ManualLinkHint> hints;
    if (!state.db.tables().contains(u"link_issues"_s))
        return hints;
    QSqlQuery query(state.db);
    if (!state.exec(query,
                    u"SELECT side, erp_variant_id, store_product_id, store_variant_id, detail"
                    " FROM link_issues ORDER BY id"_s))
        return hints;
    while (query.next()) {
        ManualLinkHint hint;
        if (query.value(0).toString() == u"erp"_s)
            hint.erpVariantId = query.value(1).toLongLong();
        else
            hint.store = {query.value(2).toLongLong(), query.value(3).toLongLong()};
        hint.detail = query.value(4).toString();
        hints.append(hint);
    }
    return hints;
}

QList<ErpCatalogRow> readErp(ReadState &state)
{
    QList<ErpCatalogRow> rows;
    QSqlQuery query(state.db);
    if (!state.exec(query,
                    u"SELECT variant_id, product_id, product_name, description, sku, barcode, price,"
                    " quantity_available, unlimited_stock, allow_negative_stock, active FROM erp_variants"_s))
        return rows;
    while (query.next() && !state.stop(static_cast<int>(rows.size()))) {
        ErpCatalogRow row;
        ErpVariant &v = row.variant;
        v.variantId = query.value(0).toLongLong();
        v.productId = query.value(1).toLongLong();
        v.productName = query.value(2).toString();
        v.description = query.value(3).toString();
        v.sku = query.value(4).toString();
        v.barcode = query.value(5).toString();
        v.grossPrice = optionalInt(query.value(6));
        v.inOffice = !query.value(7).isNull();
        v.quantityAvailable = query.value(7).toDouble();
        v.unlimitedStock = query.value(8).toBool();
        v.allowNegativeStock = query.value(9).toBool();
        v.active = query.value(10).toBool();
        row.keys = keysFor(v.sku, v.productName, v.description, v.barcode);
        rows.append(std::move(row));
    }
    return rows;
}

QList<StoreCatalogRow> readStore(ReadState &state)
{
    QList<StoreCatalogRow> rows;
    QSqlQuery query(state.db);
    if (!state.exec(query,
                    u"SELECT product_id, variant_id, product_name, variant_name, sku, barcode, price, stock,"
                    " stock_unlimited, status FROM store_variants"_s))
        return rows;
    while (query.next() && !state.stop(static_cast<int>(rows.size()))) {
        StoreCatalogRow row;
        StoreVariant &v = row.variant;
        v.key = {query.value(0).toLongLong(), query.value(1).toLongLong()};
        v.productName = query.value(2).toString();
        v.variantName = query.value(3).toString();
        v.sku = query.value(4).toString();
        v.barcode = query.value(5).toString();
        v.grossPrice = optionalInt(query.value(6));
        v.stock = optionalInt(query.value(7));
        v.stockUnlimited = query.value(8).toBool();
        v.status = query.value(9).toString();
        row.keys = keysFor(v.sku, v.productName, v.variantName, v.barcode);
        rows.append(std::move(row));
    }
    return rows;
}

// By product, then variant (folded, so "árbol" sorts with "arbol"), then id for a stable order.
template<typename Row, typename Id>
void sortRows(QList<Row> &rows, Id id)
{
    std::sort(rows.begin(), rows.end(), [&id](const Row &a, const Row &b) {
        if (const int c = a.keys.product.compare(b.keys.product))
            return c < 0;
        if (const int c = a.keys.variant.compare(b.keys.variant))
            return c < 0;
        return id(a) < id(b);
    });
}

void indexRows(LoadedCatalog &snapshot)
{
    snapshot.erpRowById.reserve(snapshot.erp.size());
    for (int i = 0; i < snapshot.erp.size(); ++i)
        snapshot.erpRowById.insert(snapshot.erp.at(i).variant.variantId, i);
    snapshot.storeRowByKey.reserve(snapshot.store.size());
    for (int i = 0; i < snapshot.store.size(); ++i)
        snapshot.storeRowByKey.insert(snapshot.store.at(i).variant.key, i);
}

void resolveLinks(LoadedCatalog &snapshot, const Links &links)
{
    const QHash<qint64, int> &erpIndex = snapshot.erpRowById;
    const QHash<StoreVariantKey, int> &storeIndex = snapshot.storeRowByKey;
    for (ErpCatalogRow &row : snapshot.erp) {
        const auto link = links.byErp.constFind(row.variant.variantId);
        if (link == links.byErp.cend())
            continue;
        row.link.state = LinkState::Linked;
        row.link.how = link->how;
        row.link.partnerStore = link->store;
        if (const auto partner = storeIndex.constFind(link->store); partner != storeIndex.cend())
            row.link.partnerName = snapshot.store.at(*partner).variant.displayName();
    }
    for (StoreCatalogRow &row : snapshot.store) {
        const auto erp = links.erpByStore.constFind(row.variant.key);
        if (erp == links.erpByStore.cend())
            continue;
        row.link.state = LinkState::Linked;
        row.link.how = links.byErp.value(*erp).how;
        row.link.partnerErpVariantId = *erp;
        if (const auto partner = erpIndex.constFind(*erp); partner != erpIndex.cend())
            row.link.partnerName = snapshot.erp.at(*partner).variant.displayName();
    }
}

void flag(RowLink &link, const QString &detail)
{
    if (link.state == LinkState::Linked)
        return; // linked by hand since the engine complained: the link wins
    link.state = LinkState::NeedsManualLink;
    if (!detail.isEmpty() && !link.detail.contains(detail))
        link.detail = link.detail.isEmpty() ? detail : link.detail + u'\n' + detail;
}

void applyHints(LoadedCatalog &snapshot, const QList<ManualLinkHint> &hints)
{
    if (hints.isEmpty())
        return;
    QHash<qint64, QList<QString>> erpDetails;
    QHash<StoreVariantKey, QList<QString>> storeDetails;
    for (const ManualLinkHint &hint : hints) {
        if (hint.isErp())
            erpDetails[hint.erpVariantId].append(hint.detail);
        else if (hint.store.isValid())
            storeDetails[hint.store].append(hint.detail);
    }
    for (ErpCatalogRow &row : snapshot.erp) {
        for (const QString &detail : erpDetails.value(row.variant.variantId))
            flag(row.link, detail);
    }
    for (StoreCatalogRow &row : snapshot.store) {
        for (const QString &detail : storeDetails.value(row.variant.key))
            flag(row.link, detail);
    }
}

} // namespace

LoadedCatalog CatalogQuery::read(const Journal &journal, const QList<ManualLinkHint> &hints,
                                 const CancelCheck &canceled)
{
    LoadedCatalog snapshot;
    ReadState state {journal.database(), canceled, {}};
    if (!state.db.isOpen()) {
        snapshot.error = u"the journal is not open"_s;
        return snapshot;
    }
    const Links links = readLinks(state);
    QList<ManualLinkHint> allHints = readIssues(state);
    allHints.append(hints);
    snapshot.erp = readErp(state);
    snapshot.store = readStore(state);
    if (!state.error.isEmpty()) {
        snapshot = {};
        snapshot.error = state.error;
        return snapshot;
    }
    sortRows(snapshot.erp, [](const ErpCatalogRow &row) { return row.variant.variantId; });
    sortRows(snapshot.store, [](const StoreCatalogRow &row) {
        return std::pair(row.variant.key.productId, row.variant.key.variantId);
    });
    indexRows(snapshot);
    resolveLinks(snapshot, links);
    applyHints(snapshot, allHints);
    return snapshot;
}

} // namespace puente
