#pragma once

#include "LinkState.h"

#include <QtCore/QMetaType>

namespace puente {

/**
 * Which rows a catalogue list shows by link state. Unlinked includes the rows that need a manual
 * link: both have no partner, and a shop owner looking for "what is not linked" wants both.
 */
enum class LinkStateFilter : quint8 {
    All,
    Linked,
    Unlinked,
    NeedsManualLink,
};

inline bool linkStateFilterAccepts(LinkStateFilter filter, LinkState state)
{
    switch (filter) {
    case LinkStateFilter::All:
        return true;
    case LinkStateFilter::Linked:
        return state == LinkState::Linked;
    case LinkStateFilter::Unlinked:
        return state != LinkState::Linked;
    case LinkStateFilter::NeedsManualLink:
        return state == LinkState::NeedsManualLink;
    }
    return true;
}

} // namespace puente

Q_DECLARE_METATYPE(puente::LinkStateFilter)
