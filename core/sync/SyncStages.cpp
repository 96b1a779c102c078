#include "sync/SyncStages.h"

#include "sync/StockStage.h"
#include "sync/SyncSettings.h"
#include "sync/SyncStage.h"

namespace puente {

std::vector<std::unique_ptr<SyncStage>> SyncStages::create(const SyncSettings &settings)
{
    std::vector<std::unique_ptr<SyncStage>> stages;
    // Stages run after the catalogue pull and the auto-linker, in this order.
    stages.push_back(std::make_unique<StockStage>(StockSettings::fromValues(settings.options)));
    return stages;
}

} // namespace puente
