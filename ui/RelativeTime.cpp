#include "RelativeTime.h"

namespace puente {

namespace {
constexpr qint64 kJustNowSec = 5;
constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
} // namespace

QString RelativeTime::since(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        //: A sync side that never worked yet: "Last success: never"
        return tr("never");
    const qint64 seconds = then.secsTo(now);
    if (seconds < kJustNowSec)
        return tr("just now");
    if (seconds < kMinute)
        //: Age in seconds, e.g. "12 s ago"
        return tr("%Ln s ago", nullptr, int(seconds));
    if (seconds < kHour)
        //: Age in minutes, e.g. "3 min ago"
        return tr("%Ln min ago", nullptr, int(seconds / kMinute));
    if (seconds < kDay)
        //: Age in hours, e.g. "2 h ago"
        return tr("%Ln h ago", nullptr, int(seconds / kHour));
    return tr("%Ln day(s) ago", nullptr, int(seconds / kDay));
}

} // namespace puente
