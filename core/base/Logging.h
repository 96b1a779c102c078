#pragma once

#include <QtCore/QLoggingCategory>

// One category per subsystem. Enable with QT_LOGGING_RULES, e.g. "puente.net.debug=true".
// Log key *names* and ids, never secret values: see Redactor for the last line of defence.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcJournal)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
