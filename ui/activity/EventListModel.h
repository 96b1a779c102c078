#pragma once

#include "journal/JournalEvent.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QList>
#include <QtGui/QIcon>

#include <array>

namespace puente {

/**
 * The activity log as a list: time, level (with its icon), area and message of each journal
 * event, newest first. setEvents() takes what EventLoader read; when the new list only adds
 * newer events on top of the shown ones, they are inserted (selection and scroll position
 * stay), otherwise the model resets.
 *
 * Owned by its parent (the Activity page). GUI thread only.
 */
class EventListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventListModel)

public:
    enum Column { TimeColumn, LevelColumn, SubsystemColumn, MessageColumn, ColumnCount };
    enum Role {
        LevelRole = Qt::UserRole + 1, ///< int(EventLevel)
        EventIdRole, ///< qint64
    };

    explicit EventListModel(QObject *parent = nullptr);
    ~EventListModel() override;

    /** `events` newest first, as EventLog::list returns them. */
    void setEvents(QList<JournalEvent> events);
    const JournalEvent &event(int row) const { return m_events.at(row); }
    /** Re-reads every translated text after a language change. */
    void retranslate();
    /** Texts as wide as the column's content, for the column widths (all but the message). */
    QStringList widthSamples(int column) const;
    /** "HH:mm:ss" today, the locale's short date and the time otherwise; local time. */
    static QString timeText(const QDateTime &time);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool insertNewer(const QList<JournalEvent> &events);
    QVariant displayData(const JournalEvent &event, int column) const;
    QString levelText(EventLevel level) const;
    QString subsystemText(const QString &subsystem) const;
    QIcon levelIcon(EventLevel level) const;

    QList<JournalEvent> m_events;
    mutable std::array<QIcon, 4> m_icons; ///< by EventLevel, made on first use
};

} // namespace puente
