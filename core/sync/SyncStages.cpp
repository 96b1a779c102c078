#include "sync/SyncStages.h"

#include "sync/OrderStage.h"
#include "sync/StockStage.h"
#include "sync/SyncSettings.h"
#include "sync/SyncStage.h"

namespace puente {

std::vector<std::unique_ptr<SyncStage>> SyncStages::create(const SyncSettings &settings)
{
    std::vector<std::unique_ptr<SyncStage>> stages;
    // Stages run after the catalogue pull and the auto-linker, in this order.
    // Stock first: it is the time-critical push; documents follow in the same cycle.
    stages.push_back(std::make_unique<StockStage>(StockSettings::fromValues(settings.options)));
    stages.push_back(std::make_unique<OrderStage>(OrderSettings::fromValues(settings.options)));
    return stages;
}

QString SyncStages::check(const SyncSettings &settings)
{
    if (const auto stock = StockSettings::fromValues(settings.options); !stock.ok())
        return stock.error;
    if (const auto orders = OrderSettings::fromValues(settings.options); !orders.ok())
        return orders.error;
    return {};
}

} // namespace puente
