#pragma once

#include "CatalogRowsModel.h"

namespace puente {

using StoreRowsModel = CatalogRowsModel<StoreCatalogRow, StoreVariantKey>;

/**
 * The Jumpseller side of the Products page: one row per store item (a product's variant, or a
 * product without variants) with its SKU, product, variant, price, stock, status and link; rows
 * are keyed by StoreVariantKey (CatalogRowsModel).
 *
 * Owned by its parent (the Products page). GUI thread only.
 */
class StoreCatalogModel final : public StoreRowsModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreCatalogModel)

public:
    enum Column {
        SkuColumn,
        ProductColumn,
        VariantColumn,
        PriceColumn,
        StockColumn,
        StatusColumn,
        LinkColumn,
        ColumnCount
    };
    enum Role {
        StoreKeyRole = RowKeyRole + 1, ///< StoreVariantKey
    };

    explicit StoreCatalogModel(QObject *parent = nullptr);
    ~StoreCatalogModel() override;

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QString rowKey(int row) const override;
    int rowOfKey(const QString &key) const override;
    bool lessThan(int left, int right, int column) const override;
    int linkColumn() const override { return LinkColumn; }
    int naturalOrderColumn() const override { return ProductColumn; }
    QStringList widthSamples(int column) const override;

protected:
    QString columnTitle(int column) const override;
    bool isNumberColumn(int column) const override;

    QVariant displayData(const StoreCatalogRow &row, int column) const override;
    QVariant toolTipData(const StoreCatalogRow &row, int column) const override;
    QVariant rowData(const StoreCatalogRow &row, int role) const override;

private:
    QString statusText(const QString &status) const;
};

} // namespace puente
