#include "UiLogging.h"

Q_LOGGING_CATEGORY(lcUi, "puente.ui", QtInfoMsg)
