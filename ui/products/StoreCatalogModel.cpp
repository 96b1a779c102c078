#include "StoreCatalogModel.h"

#include <QtGui/QGuiApplication>
#include <QtGui/QPalette>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

qint64 stockOrder(const StoreVariant &v)
{
    return v.stockUnlimited ? std::numeric_limits<qint64>::max() : v.stock.value_or(0);
}

} // namespace

StoreCatalogModel::StoreCatalogModel(QObject *parent)
    : StoreRowsModel(parent)
{ }

StoreCatalogModel::~StoreCatalogModel() = default;

QVariant StoreCatalogModel::rowData(const StoreCatalogRow &row, int role) const
{
    switch (role) {
    case Qt::ForegroundRole:
        // Disabled products are hidden from shoppers: show them muted.
        return row.variant.status == u"disabled"_s
            ? QVariant(QGuiApplication::palette().color(QPalette::PlaceholderText))
            : QVariant();
    case StoreKeyRole:
        return QVariant::fromValue(row.variant.key);
    default:
        return {};
    }
}

QVariant StoreCatalogModel::displayData(const StoreCatalogRow &row, int column) const
{
    const StoreVariant &v = row.variant;
    switch (column) {
    case SkuColumn:
        return v.sku;
    case ProductColumn:
        return v.productName;
    case VariantColumn:
        return v.variantName;
    case PriceColumn:
        return priceText(v.grossPrice);
    case StockColumn:
        if (v.stockUnlimited)
            return tr("Unlimited");
        return v.stock ? quantityText(static_cast<double>(*v.stock)) : QString();
    case StatusColumn:
        return statusText(v.status);
    default:
        return {};
    }
}

QVariant StoreCatalogModel::toolTipData(const StoreCatalogRow &row, int column) const
{
    const StoreVariant &v = row.variant;
    switch (column) {
    case SkuColumn:
        return v.barcode.isEmpty() ? v.sku : v.sku + u'\n' + tr("Barcode %1").arg(v.barcode);
    case ProductColumn:
    case VariantColumn:
        return v.displayName();
    case StockColumn:
        return v.stockUnlimited ? QVariant(tr("Unlimited")) : QVariant();
    default:
        return {};
    }
}

QString StoreCatalogModel::statusText(const QString &status) const
{
    // Jumpseller's product status values (jumpseller.md); anything newer is shown as it comes.
    if (status == u"available"_s)
        return tr("Available");
    if (status == u"not-available"_s)
        return tr("Not available");
    if (status == u"disabled"_s)
        return tr("Disabled");
    return status;
}

QString StoreCatalogModel::rowKey(int row) const
{
    const StoreVariantKey &key = this->row(row).variant.key;
    return u"%1/%2"_s.arg(key.productId).arg(key.variantId);
}

int StoreCatalogModel::rowOfKey(const QString &key) const
{
    const qsizetype slash = key.indexOf(u'/');
    if (slash < 0)
        return -1;
    return rowOf({QStringView(key).left(slash).toLongLong(), QStringView(key).mid(slash + 1).toLongLong()});
}

bool StoreCatalogModel::lessThan(int left, int right, int column) const
{
    const StoreCatalogRow &a = row(left);
    const StoreCatalogRow &b = row(right);
    const bool byRow = left < right; // rows arrive sorted by product: keep that order on ties
    switch (column) {
    case SkuColumn:
        return textLess(a.keys.sku, b.keys.sku, byRow);
    case VariantColumn:
        return textLess(a.keys.variant, b.keys.variant, byRow);
    case PriceColumn:
        return a.variant.grossPrice == b.variant.grossPrice ? byRow : a.variant.grossPrice < b.variant.grossPrice;
    case StockColumn:
        return stockOrder(a.variant) == stockOrder(b.variant) ? byRow : stockOrder(a.variant) < stockOrder(b.variant);
    case StatusColumn:
        return textLess(a.variant.status, b.variant.status, byRow);
    case LinkColumn:
        return a.link.state == b.link.state ? byRow : a.link.state < b.link.state;
    default:
        return byRow;
    }
}

QString StoreCatalogModel::columnTitle(int column) const
{
    switch (column) {
    case SkuColumn:
        return tr("SKU");
    case ProductColumn:
        return tr("Product");
    case VariantColumn:
        return tr("Variant");
    case PriceColumn:
        return tr("Price");
    case StockColumn:
        return tr("Stock");
    case StatusColumn:
        return tr("Status");
    case LinkColumn:
        return tr("Link");
    default:
        return {};
    }
}

QStringList StoreCatalogModel::widthSamples(int column) const
{
    switch (column) {
    case SkuColumn:
        return {u"ABC-0000-XL"_s};
    case VariantColumn:
        return {u"M / Azul"_s};
    case PriceColumn:
        return {priceText(999999)};
    case StockColumn:
        return {quantityText(9999)}; // "Unlimited" is rare: it may elide, its tooltip says it
    case StatusColumn:
        return {statusText(u"available"_s), statusText(u"not-available"_s), statusText(u"disabled"_s)};
    case LinkColumn:
        return commonLinkTexts();
    default:
        return {};
    }
}

bool StoreCatalogModel::isNumberColumn(int column) const
{
    return column == PriceColumn || column == StockColumn;
}

} // namespace puente
