#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>

namespace puente {

/** How much an activity entry matters; ordered, so `>=` filters work. */
enum class EventLevel { Debug, Info, Warning, Error };

/** One row of the activity log (`events`), as shown on the UI's Activity page. A value type. */
struct JournalEvent
{
    qint64 id = 0; ///< assigned by EventLog::append; increases with every append
    QDateTime time; ///< UTC, millisecond precision; EventLog::append uses "now" when invalid
    EventLevel level = EventLevel::Info;
    QString subsystem; ///< short tag, e.g. "stock", "orders", "catalogue"
    QString message; ///< one line for a person
    QString details; ///< optional: longer text or JSON (never secrets)

    /** "debug", "info", "warning", "error": the values stored in `events.level`. */
    static QString levelName(EventLevel level);
    static std::optional<EventLevel> levelFromName(QStringView name);

    friend bool operator==(const JournalEvent &, const JournalEvent &) = default;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::JournalEvent)
