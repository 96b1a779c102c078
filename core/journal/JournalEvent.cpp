#include "journal/JournalEvent.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

QString JournalEvent::levelName(EventLevel level)
{
    switch (level) {
    case EventLevel::Debug:
        return u"debug"_s;
    case EventLevel::Info:
        return u"info"_s;
    case EventLevel::Warning:
        return u"warning"_s;
    case EventLevel::Error:
        return u"error"_s;
    }
    return {};
}

std::optional<EventLevel> JournalEvent::levelFromName(QStringView name)
{
    for (EventLevel level : {EventLevel::Debug, EventLevel::Info, EventLevel::Warning, EventLevel::Error}) {
        if (name == levelName(level))
            return level;
    }
    return std::nullopt;
}

} // namespace puente
