#pragma once

#include <QtCore/QString>

namespace puente::fakes::bsale {

/** What an engine did with a POST: created (201), replayed by salesId (200) or refused (400 +
 *  the documented English message). A value type. */
struct BsaleOutcome
{
    int status = 400;
    int id = 0;
    QString error;

    bool ok() const { return error.isEmpty(); }
    static BsaleOutcome created(int id) { return {201, id, {}}; }
    static BsaleOutcome replayed(int id) { return {200, id, {}}; }
    static BsaleOutcome refused(const QString &message) { return {400, 0, message}; }
};

} // namespace puente::fakes::bsale
