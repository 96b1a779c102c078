#include "EventLevelProxy.h"

#include "EventListModel.h"

namespace puente {

EventLevelProxy::EventLevelProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

EventLevelProxy::~EventLevelProxy() = default;

void EventLevelProxy::setMinimumLevel(EventLevel level)
{
    if (level == m_minimum)
        return;
    m_minimum = level;
    invalidateFilter();
}

bool EventLevelProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(EventListModel::LevelRole).toInt() >= static_cast<int>(m_minimum);
}

} // namespace puente
