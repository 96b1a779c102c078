#include "base/Logging.h"

Q_LOGGING_CATEGORY(lcNet, "puente.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJournal, "puente.journal", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "puente.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "puente.secrets", QtInfoMsg)
