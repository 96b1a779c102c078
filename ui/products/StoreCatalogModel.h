#pragma once

#include "CatalogTableModel.h"

#include <QtCore/QHash>
#include <QtCore/QList>

namespace puente {

/**
 * The Jumpseller side of the Products page: one row per store item (a product's variant, or a
 * product without variants) with its SKU, product, variant, price, stock, status and link. Rows
 * come whole from CatalogLoader (setRows() resets the model); nothing here touches the journal.
 *
 * Owned by its parent (the Products page). GUI thread only.
 */
class StoreCatalogModel final : public CatalogTableModel
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

    /** Replaces every row; `rowIndex` maps each row's identity to its index in `rows`. */
    void setRows(QList<StoreCatalogRow> rows, QHash<StoreVariantKey, int> rowIndex);
    const StoreCatalogRow &row(int row) const { return m_rows.at(row); }
    /** The row of store item `key`, -1 if none. */
    int rowOf(const StoreVariantKey &key) const { return m_rowByKey.value(key, -1); }

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

protected:
    QString columnTitle(int column) const override;
    bool isNumberColumn(int column) const override;

private:
    QVariant displayData(const StoreCatalogRow &row, int column) const;
    QVariant toolTipData(const StoreCatalogRow &row, int column) const;
    QString statusText(const QString &status) const;

    QList<StoreCatalogRow> m_rows;
    QHash<StoreVariantKey, int> m_rowByKey;
};

} // namespace puente
