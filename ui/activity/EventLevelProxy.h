#pragma once

#include "journal/JournalEvent.h"

#include <QtCore/QSortFilterProxyModel>

namespace puente {

/**
 * Shows the events of EventListModel at or above a minimum level ("warnings and errors").
 * Owned by its parent; does not own the source model. GUI thread only.
 */
class EventLevelProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLevelProxy)

public:
    explicit EventLevelProxy(QObject *parent = nullptr);
    ~EventLevelProxy() override;

    void setMinimumLevel(EventLevel level);
    EventLevel minimumLevel() const { return m_minimum; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    EventLevel m_minimum = EventLevel::Debug;
};

} // namespace puente
