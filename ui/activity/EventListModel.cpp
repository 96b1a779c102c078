#include "EventListModel.h"

#include <QtCore/QLocale>
#include <QtGui/QPainter>
#include <QtWidgets/QApplication>
#include <QtWidgets/QStyle>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

QIcon debugIcon()
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xa0, 0xa0, 0xa0));
    painter.drawEllipse(QRectF(5, 5, 6, 6));
    painter.end();
    return QIcon(pixmap);
}

} // namespace

EventListModel::EventListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

EventListModel::~EventListModel() = default;

void EventListModel::setEvents(QList<JournalEvent> events)
{
    if (insertNewer(events))
        return;
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

bool EventListModel::insertNewer(const QList<JournalEvent> &events)
{
    // The usual live refresh: a few new events on top, the same ones below.
    if (m_events.isEmpty() || events.isEmpty())
        return false;
    const qint64 newestShown = m_events.constFirst().id;
    qsizetype added = 0;
    while (added < events.size() && events.at(added).id > newestShown)
        ++added;
    if (added == events.size() || events.at(added).id != newestShown)
        return false;
    const qsizetype kept = std::min(m_events.size(), events.size() - added);
    for (qsizetype i = 0; i < kept; ++i) {
        if (events.at(added + i) != m_events.at(i))
            return false; // something below changed: start over
    }
    if (kept < m_events.size()) { // the list's limit pushed the oldest out
        beginRemoveRows({}, static_cast<int>(kept), static_cast<int>(m_events.size() - 1));
        m_events.resize(kept);
        endRemoveRows();
    }
    if (added > 0) {
        beginInsertRows({}, 0, static_cast<int>(added - 1));
        m_events = events.mid(0, added) + m_events;
        endInsertRows();
    }
    return true;
}

void EventListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(e, index.column());
    case Qt::DecorationRole:
        return index.column() == LevelColumn ? QVariant(levelIcon(e.level)) : QVariant();
    case Qt::ToolTipRole:
        // The details (longer text or JSON) are for whoever looks closer.
        return e.details.isEmpty() ? QVariant() : QVariant(e.details);
    case Qt::ForegroundRole:
        return e.level == EventLevel::Debug ? QVariant(QGuiApplication::palette().color(QPalette::PlaceholderText))
                                            : QVariant();
    case LevelRole:
        return static_cast<int>(e.level);
    case EventIdRole:
        return e.id;
    default:
        return {};
    }
}

QVariant EventListModel::displayData(const JournalEvent &event, int column) const
{
    switch (column) {
    case TimeColumn:
        return timeText(event.time);
    case LevelColumn:
        return levelText(event.level);
    case SubsystemColumn:
        return subsystemText(event.subsystem);
    case MessageColumn:
        return event.message;
    default:
        return {};
    }
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case SubsystemColumn:
        return tr("Area");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

QString EventListModel::levelText(EventLevel level) const
{
    switch (level) {
    case EventLevel::Debug:
        return tr("Detail");
    case EventLevel::Info:
        return tr("Info");
    case EventLevel::Warning:
        return tr("Warning");
    case EventLevel::Error:
        return tr("Error");
    }
    return {};
}

QString EventListModel::subsystemText(const QString &subsystem) const
{
    // The sync engine's tags (JournalEvent::subsystem, SyncError::subsystem); others as stored.
    if (subsystem == u"stock"_s)
        return tr("Stock");
    if (subsystem == u"orders"_s)
        return tr("Orders");
    if (subsystem == u"catalogue"_s)
        return tr("Catalogue");
    if (subsystem == u"links"_s)
        return tr("Links");
    if (subsystem == u"import"_s)
        return tr("Import");
    if (subsystem == u"documents"_s)
        return tr("Documents");
    if (subsystem == u"journal"_s)
        return tr("Journal");
    if (subsystem == u"bsale"_s)
        return u"Bsale"_s;
    if (subsystem == u"jumpseller"_s)
        return u"Jumpseller"_s;
    return subsystem;
}

QStringList EventListModel::widthSamples(int column) const
{
    switch (column) {
    case TimeColumn:
        return {timeText(QDateTime(QDate(2025, 12, 28), QTime(23, 58, 58)))};
    case LevelColumn:
        return {levelText(EventLevel::Debug), levelText(EventLevel::Info), levelText(EventLevel::Warning),
                levelText(EventLevel::Error)};
    case SubsystemColumn:
        return {subsystemText(u"stock"_s),     subsystemText(u"orders"_s), subsystemText(u"catalogue"_s),
                subsystemText(u"links"_s),     subsystemText(u"import"_s), subsystemText(u"documents"_s),
                subsystemText(u"jumpseller"_s)};
    default:
        return {};
    }
}

QString EventListModel::timeText(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    const QString clock = local.time().toString(u"HH:mm:ss"_s);
    if (local.date() == QDate::currentDate())
        return clock;
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' + clock;
}

QIcon EventListModel::levelIcon(EventLevel level) const
{
    if (m_icons.front().isNull()) {
        const QStyle *style = QApplication::style();
        m_icons = {debugIcon(), style->standardIcon(QStyle::SP_MessageBoxInformation),
                   style->standardIcon(QStyle::SP_MessageBoxWarning),
                   style->standardIcon(QStyle::SP_MessageBoxCritical)};
    }
    return m_icons.at(static_cast<size_t>(level));
}

} // namespace puente
