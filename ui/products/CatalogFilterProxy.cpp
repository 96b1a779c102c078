#include "CatalogFilterProxy.h"

#include "CatalogTableModel.h"
#include "SearchText.h"

namespace puente {

CatalogFilterProxy::CatalogFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Filtering is ours (filterAcceptsRow); a changed row (a link appearing) re-filters itself.
    setDynamicSortFilter(true);
}

CatalogFilterProxy::~CatalogFilterProxy() = default;

void CatalogFilterProxy::setCatalogModel(CatalogTableModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void CatalogFilterProxy::setLinkStateFilter(LinkStateFilter filter)
{
    if (filter == m_stateFilter)
        return;
    m_stateFilter = filter;
    invalidate();
}

void CatalogFilterProxy::setSearchText(const QString &text)
{
    const QStringList words = SearchText::words(text);
    m_searchText = text;
    if (words == m_words)
        return;
    m_words = words;
    invalidate();
}

void CatalogFilterProxy::sort(int column, Qt::SortOrder order)
{
    const bool natural = m_model && column == m_model->naturalOrderColumn() && order == Qt::AscendingOrder;
    QSortFilterProxyModel::sort(natural ? -1 : column, order);
}

bool CatalogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return false;
    return linkStateFilterAccepts(m_stateFilter, m_model->linkState(sourceRow))
        && SearchText::matches(m_model->rowKeys(sourceRow).search, m_words);
}

bool CatalogFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_model ? m_model->lessThan(left.row(), right.row(), left.column())
                   : QSortFilterProxyModel::lessThan(left, right);
}

} // namespace puente
