#include "NavigationModel.h"

#include "Page.h"

namespace puente {

NavigationModel::NavigationModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

NavigationModel::~NavigationModel() = default;

void NavigationModel::addPage(Page *page)
{
    const int row = static_cast<int>(m_pages.size());
    beginInsertRows({}, row, row);
    m_pages.append(page);
    endInsertRows();
}

Page *NavigationModel::page(int row) const
{
    return row >= 0 && row < m_pages.size() ? m_pages.at(row).data() : nullptr;
}

void NavigationModel::retranslate()
{
    if (!m_pages.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int NavigationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_pages.size());
}

QVariant NavigationModel::data(const QModelIndex &index, int role) const
{
    const Page *p = page(index.row());
    if (!p || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return p->title();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return p->summary();
    case Qt::DecorationRole:
        return p->icon();
    case PageObjectNameRole:
        return p->objectName();
    default:
        return {};
    }
}

} // namespace puente
