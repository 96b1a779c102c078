#include "ErpCatalogModel.h"

#include <QtGui/QGuiApplication>
#include <QtGui/QPalette>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

// Stock a row can sell: unlimited beats any number.
double stockOrder(const ErpVariant &v)
{
    return v.unlimitedStock ? std::numeric_limits<double>::infinity() : v.quantityAvailable;
}

} // namespace

ErpCatalogModel::ErpCatalogModel(QObject *parent)
    : ErpRowsModel(parent)
{ }

ErpCatalogModel::~ErpCatalogModel() = default;

QVariant ErpCatalogModel::rowData(const ErpCatalogRow &row, int role) const
{
    switch (role) {
    case Qt::ForegroundRole:
        // Inactive in Bsale: still listed (links survive), but visibly out of play.
        return row.variant.active ? QVariant() : QVariant(QGuiApplication::palette().color(QPalette::PlaceholderText));
    case VariantIdRole:
        return row.variant.variantId;
    case ProductIdRole:
        return row.variant.productId;
    default:
        return {};
    }
}

QVariant ErpCatalogModel::displayData(const ErpCatalogRow &row, int column) const
{
    const ErpVariant &v = row.variant;
    switch (column) {
    case SkuColumn:
        return v.sku;
    case ProductColumn:
        return v.productName;
    case VariantColumn:
        return v.description;
    case PriceColumn:
        return priceText(v.grossPrice);
    case StockColumn:
        return v.unlimitedStock ? tr("Unlimited") : quantityText(v.quantityAvailable);
    default:
        return {};
    }
}

QVariant ErpCatalogModel::toolTipData(const ErpCatalogRow &row, int column) const
{
    const ErpVariant &v = row.variant;
    switch (column) {
    case SkuColumn:
        return v.barcode.isEmpty() ? v.sku : v.sku + u'\n' + tr("Barcode %1").arg(v.barcode);
    case ProductColumn:
    case VariantColumn:
        return v.active ? v.displayName() : v.displayName() + u'\n' + tr("Inactive in Bsale");
    case PriceColumn:
        return v.grossPrice ? QVariant() : QVariant(tr("Not in the price list"));
    case StockColumn:
        return v.unlimitedStock ? QVariant(tr("Unlimited")) : QVariant();
    default:
        return {};
    }
}

QString ErpCatalogModel::rowKey(int row) const
{
    return QString::number(this->row(row).variant.variantId);
}

int ErpCatalogModel::rowOfKey(const QString &key) const
{
    bool ok = false;
    const qint64 id = key.toLongLong(&ok);
    return ok ? rowOf(id) : -1;
}

bool ErpCatalogModel::lessThan(int left, int right, int column) const
{
    const ErpCatalogRow &a = row(left);
    const ErpCatalogRow &b = row(right);
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
    case LinkColumn:
        return a.link.state == b.link.state ? byRow : a.link.state < b.link.state;
    default:
        return byRow;
    }
}

QString ErpCatalogModel::columnTitle(int column) const
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
    case LinkColumn:
        return tr("Link");
    default:
        return {};
    }
}

QVariant ErpCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == StockColumn && role == Qt::ToolTipRole)
        return tr("Available to sell in the Bsale office(s) Puente reads: on hand minus reserved");
    return ErpRowsModel::headerData(section, orientation, role);
}

QStringList ErpCatalogModel::widthSamples(int column) const
{
    switch (column) {
    case SkuColumn:
        return {u"ABC-0000-XL"_s};
    case VariantColumn:
        return {u"Talla M / Azul"_s};
    case PriceColumn:
        return {priceText(999999)};
    case StockColumn:
        return {quantityText(9999)}; // "Unlimited" is rare: it may elide, its tooltip says it
    case LinkColumn:
        return commonLinkTexts();
    default:
        return {};
    }
}

bool ErpCatalogModel::isNumberColumn(int column) const
{
    return column == PriceColumn || column == StockColumn;
}

} // namespace puente
