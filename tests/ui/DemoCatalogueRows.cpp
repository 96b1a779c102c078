#include "DemoCatalogueRows.h"

#include "CatalogFixture.h"
#include "seed/DemoShopData.h"

#include <QtCore/QHash>
#include <QtCore/QSet>

using namespace Qt::Literals::StringLiterals;

namespace puente::test {

namespace {

using namespace puente::fakes;

QList<ErpRowSpec> erpRows(const DemoErpData &erp)
{
    QSet<int> webOffices;
    for (const DemoOffice &office : erp.offices) {
        if (office.isVirtual)
            webOffices.insert(office.id);
    }
    QHash<int, double> available;
    for (const DemoStock &stock : erp.stocks) {
        if (webOffices.contains(stock.officeId))
            available[stock.variantId] += stock.quantityAvailable;
    }
    QHash<int, qint64> prices;
    if (!erp.priceLists.isEmpty()) {
        for (const DemoPrice &price : erp.priceLists.constFirst().details)
            prices.insert(price.variantId, price.variantValueWithTaxes);
    }
    QHash<int, const DemoErpProduct *> products;
    for (const DemoErpProduct &product : erp.products)
        products.insert(product.id, &product);

    QList<ErpRowSpec> rows;
    for (const DemoErpVariant &v : erp.variants) {
        const DemoErpProduct *product = products.value(v.productId);
        ErpRowSpec row {v.id, v.productId, product ? product->name : QString(), v.description, v.code};
        row.price = prices.contains(v.id) ? std::optional<qint64>(prices.value(v.id)) : std::nullopt;
        row.available = available.value(v.id);
        row.barcode = v.barCode;
        row.active = v.state == 0 && product && product->state == 0;
        row.unlimited = v.unlimitedStock;
        rows.append(row);
    }
    return rows;
}

QString optionText(const DemoStoreVariant &variant)
{
    QStringList values;
    for (const DemoStoreOptionValue &option : variant.options)
        values.append(option.value);
    return values.join(u" / "_s);
}

struct StoreSide
{
    QList<StoreRowSpec> rows;
    QList<QPair<int, StoreVariantKey>> links; ///< ground truth: erp variant → store item
};

StoreSide storeSide(const DemoStoreData &store)
{
    StoreSide side;
    for (const DemoStoreProduct &p : store.products) {
        if (p.variants.isEmpty()) {
            const StoreVariantKey key {p.id, 0};
            side.rows.append({key, p.name, {}, p.sku, p.price, p.stock, p.status, p.barcode});
            if (p.linkedErpVariantId > 0)
                side.links.append({p.linkedErpVariantId, key});
            continue;
        }
        for (const DemoStoreVariant &v : p.variants) {
            const StoreVariantKey key {p.id, v.id};
            side.rows.append({key, p.name, optionText(v), v.sku, v.price, v.stock, p.status, v.barcode});
            if (v.linkedErpVariantId > 0)
                side.links.append({v.linkedErpVariantId, key});
        }
    }
    return side;
}

} // namespace

bool fillFromDemoShop(const CatalogFixture &fixture, const DemoShopData &data)
{
    const StoreSide store = storeSide(data.store);
    if (!fixture.addErp(erpRows(data.erp)) || !fixture.addStore(store.rows))
        return false;
    const QSet<QString> duplicated(data.trouble.duplicateStoreSkus.cbegin(), data.trouble.duplicateStoreSkus.cend());
    QHash<StoreVariantKey, QString> skuOf;
    for (const StoreRowSpec &row : store.rows)
        skuOf.insert(row.key, row.sku);
    QSet<QString> sloppy;
    for (const DemoSkuSpelling &spelling : data.trouble.sloppyStoreSkus)
        sloppy.insert(spelling.storeSku);
    QSet<int> linkedErp;
    for (const auto &[erpId, key] : store.links) {
        const QString sku = skuOf.value(key);
        if (duplicated.contains(sku)) {
            // The auto-linker cannot tell which of the store rows is meant.
            const QString detail = u"SKU '%1' is on several Jumpseller products"_s.arg(sku);
            if (!fixture.addIssue(0, key, detail) || !fixture.addIssue(erpId, {}, detail))
                return false;
            continue;
        }
        if (linkedErp.contains(erpId))
            continue; // links are 1:1
        linkedErp.insert(erpId);
        // SKUs spelled differently in the store were linked by hand.
        if (!fixture.addLink(erpId, key, sloppy.contains(sku) ? u"manual"_s : u"sku"_s))
            return false;
    }
    return true;
}

} // namespace puente::test
