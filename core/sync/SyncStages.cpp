#include "sync/SyncStages.h"

#include "sync/SyncSettings.h"
#include "sync/SyncStage.h"

namespace puente {

std::vector<std::unique_ptr<SyncStage>> SyncStages::create(const SyncSettings &settings)
{
    Q_UNUSED(settings)
    std::vector<std::unique_ptr<SyncStage>> stages;
    // Stages run after the catalogue pull and the auto-linker, in this order.
    return stages;
}

} // namespace puente
