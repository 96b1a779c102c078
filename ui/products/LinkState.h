#pragma once

#include <QtCore/QMetaType>

namespace puente {

/** Where a catalogue row stands in linking, as the Products page shows it. */
enum class LinkState : quint8 {
    Unlinked, ///< no link, and the auto-linker had nothing to say about it
    Linked, ///< a row of the links table pairs it with a row of the other side
    NeedsManualLink, ///< no link, and the auto-linker refused to guess (duplicate key, taken partner)
};

} // namespace puente

Q_DECLARE_METATYPE(puente::LinkState)
