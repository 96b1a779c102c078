#pragma once

#include <QtCore/QLoggingCategory>

// The widgets layer: window state, translations, tray. Enable with QT_LOGGING_RULES="puente.ui.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcUi)
