#include "sync/SyncStage.h"

namespace puente {

SyncStage::~SyncStage() = default;

void SyncStage::start(SyncContext &context)
{
    Q_UNUSED(context)
}

void SyncStage::cancel(SyncContext &context)
{
    Q_UNUSED(context)
}

void SyncStage::stop(SyncContext &context)
{
    Q_UNUSED(context)
}

bool SyncStage::retry(SyncContext &context, qint64 itemId)
{
    Q_UNUSED(context)
    Q_UNUSED(itemId)
    return false;
}

} // namespace puente
