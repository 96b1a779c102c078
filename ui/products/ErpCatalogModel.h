#pragma once

#include "CatalogRowsModel.h"

namespace puente {

using ErpRowsModel = CatalogRowsModel<ErpCatalogRow, qint64>;

/**
 * The Bsale side of the Products page: one row per ERP variant with its SKU, product, variant
 * description, gross price, available stock and link; rows are keyed by Bsale variant id
 * (CatalogRowsModel).
 *
 * Owned by its parent (the Products page). GUI thread only.
 */
class ErpCatalogModel final : public ErpRowsModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErpCatalogModel)

public:
    enum Column { SkuColumn, ProductColumn, VariantColumn, PriceColumn, StockColumn, LinkColumn, ColumnCount };
    enum Role {
        VariantIdRole = RowKeyRole + 1, ///< qint64: Bsale variant id
        ProductIdRole, ///< qint64: Bsale product id
    };

    explicit ErpCatalogModel(QObject *parent = nullptr);
    ~ErpCatalogModel() override;

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QString rowKey(int row) const override;
    int rowOfKey(const QString &key) const override;
    bool lessThan(int left, int right, int column) const override;
    int linkColumn() const override { return LinkColumn; }
    int naturalOrderColumn() const override { return ProductColumn; }
    QStringList widthSamples(int column) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString columnTitle(int column) const override;
    bool isNumberColumn(int column) const override;

    QVariant displayData(const ErpCatalogRow &row, int column) const override;
    QVariant toolTipData(const ErpCatalogRow &row, int column) const override;
    QVariant rowData(const ErpCatalogRow &row, int role) const override;
};

} // namespace puente
