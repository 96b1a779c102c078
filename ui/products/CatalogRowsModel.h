#pragma once

#include "BackgroundRelease.h"
#include "CatalogTableModel.h"

#include <QtCore/QHash>
#include <QtCore/QList>

#include <utility>

namespace puente {

/**
 * A CatalogTableModel over rows that come whole from CatalogLoader (setRows() resets the
 * model; nothing here touches the journal): the rows, the index from each row's identity to
 * its position, the row-based overrides, and the roles both sides of the Products page share.
 * `Row` has a `link` (RowLink) and `keys` (RowKeys); `Key` is the identity the side uses.
 * A subclass says what its cells show (displayData, toolTipData) and answers its own roles
 * (rowData).
 *
 * Owned by its parent (the Products page). GUI thread only.
 */
template<typename Row, typename Key>
class CatalogRowsModel : public CatalogTableModel
{
public:
    using CatalogTableModel::CatalogTableModel;

    /** Replaces every row; `rowIndex` maps each row's identity to its index in `rows`. */
    void setRows(QList<Row> rows, QHash<Key, int> rowIndex)
    {
        int linked = 0;
        for (const Row &r : std::as_const(rows))
            linked += r.link.state == LinkState::Linked ? 1 : 0;
        beginResetModel();
        // The old rows may be the last reference to a whole catalogue: free them elsewhere.
        releaseInBackground(std::exchange(m_rows, std::move(rows)));
        releaseInBackground(std::exchange(m_rowByKey, std::move(rowIndex)));
        setLinkedCount(linked);
        endResetModel();
    }
    const Row &row(int row) const { return m_rows.at(row); }
    /** The row of the item `key` names, -1 if none. */
    int rowOf(const Key &key) const { return m_rowByKey.value(key, -1); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row &r = m_rows.at(index.row());
        if (index.column() == linkColumn()) {
            if (QVariant link = linkData(r.link, role); link.isValid())
                return link;
        }
        switch (role) {
        case Qt::DisplayRole:
            return displayData(r, index.column());
        case Qt::ToolTipRole:
            return toolTipData(r, index.column());
        case Qt::TextAlignmentRole:
            return QVariant::fromValue((isNumberColumn(index.column()) ? Qt::AlignRight : Qt::AlignLeft)
                                       | Qt::AlignVCenter);
        case LinkStateRole:
            return static_cast<int>(r.link.state);
        case RowKeyRole:
            return rowKey(index.row());
        default:
            return rowData(r, role);
        }
    }

    LinkState linkState(int row) const override { return m_rows.at(row).link.state; }
    const RowLink &rowLink(int row) const override { return m_rows.at(row).link; }
    const RowKeys &rowKeys(int row) const override { return m_rows.at(row).keys; }

protected:
    virtual QVariant displayData(const Row &row, int column) const = 0;
    /** The whole text, for cells a narrow column cuts short. */
    virtual QVariant toolTipData(const Row &row, int column) const = 0;
    /** Every role data() does not answer itself (Qt::ForegroundRole, the side's id roles). */
    virtual QVariant rowData(const Row &row, int role) const = 0;

private:
    QList<Row> m_rows;
    QHash<Key, int> m_rowByKey;
};

} // namespace puente
