#pragma once

#include <QtGui/QIcon>

namespace puente {

/** Puente's application icon (a bridge on a blue tile) at every embedded size, 16 to 256 px. */
QIcon appIcon();

} // namespace puente
