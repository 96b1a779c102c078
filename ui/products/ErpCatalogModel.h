#pragma once

#include "CatalogTableModel.h"

#include <QtCore/QHash>
#include <QtCore/QList>

namespace puente {

/**
 * The Bsale side of the Products page: one row per ERP variant with its SKU, product, variant
 * description, gross price, available stock and link. Rows come whole from CatalogLoader
 * (setRows() resets the model); nothing here touches the journal.
 *
 * Owned by its parent (the Products page). GUI thread only.
 */
class ErpCatalogModel final : public CatalogTableModel
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

    /** Replaces every row; `rowIndex` maps each row's identity to its index in `rows`. */
    void setRows(QList<ErpCatalogRow> rows, QHash<qint64, int> rowIndex);
    const ErpCatalogRow &row(int row) const { return m_rows.at(row); }
    /** The row of Bsale variant `variantId`, -1 if none. */
    int rowOf(qint64 variantId) const { return m_rowById.value(variantId, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    LinkState linkState(int row) const override { return m_rows.at(row).link.state; }
    const RowLink &rowLink(int row) const override { return m_rows.at(row).link; }
    const RowKeys &rowKeys(int row) const override { return m_rows.at(row).keys; }
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

private:
    QVariant displayData(const ErpCatalogRow &row, int column) const;
    QVariant toolTipData(const ErpCatalogRow &row, int column) const;

    QList<ErpCatalogRow> m_rows;
    QHash<qint64, int> m_rowById;
};

} // namespace puente
