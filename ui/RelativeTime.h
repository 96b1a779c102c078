#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QString>

namespace puente {

/**
 * "12 s ago", "3 min ago", "2 h ago", "4 days ago" (translated: "hace 12 s") for times the UI
 * shows as an age, e.g. the last successful sync. Stateless; any thread.
 */
class RelativeTime final
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    RelativeTime() = delete;

    /** How long before `now` `then` was; "never" when `then` is invalid, "just now" under 5 s
     *  (and for a `then` slightly in the future: clocks of two machines differ). */
    static QString since(const QDateTime &then, const QDateTime &now);
};

} // namespace puente
