#include "AppIcon.h"

#include <QtCore/QString>

using namespace Qt::Literals::StringLiterals;

namespace puente {

QIcon appIcon()
{
    QIcon icon;
    // One file per size, drawn for that size (make_icons.py simplifies the 16 px glyph), so none is
    // scaled down from a bigger one.
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/puente-%1.png"_s.arg(size), QSize(size, size));
    return icon;
}

} // namespace puente
