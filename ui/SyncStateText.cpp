#include "SyncStateText.h"

#include "sync/SyncTypes.h"

#include <QtCore/QLocale>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

/** " (150 of 1,500)" when the total is known, else empty. */
QString counted(const SyncProgress &progress)
{
    if (progress.total <= 0)
        return {};
    const QLocale locale;
    //: Progress counter appended to a status text: %1 items done of %2
    return SyncStateText::tr(" (%1 of %2)").arg(locale.toString(progress.done), locale.toString(progress.total));
}

QString stageText(const QString &stage)
{
    if (stage == u"stock"_s)
        return SyncStateText::tr("Syncing: updating stock in Jumpseller…");
    if (stage == u"orders"_s)
        return SyncStateText::tr("Syncing: processing store orders…");
    //: %1 is the internal name of a sync step
    return SyncStateText::tr("Syncing: %1…").arg(stage);
}

} // namespace

QString SyncStateText::forProgress(const SyncProgress &progress)
{
    switch (progress.phase) {
    case SyncPhase::Idle:
        return {};
    case SyncPhase::PullingBsale:
        //: Status bar: reading the catalogue, stock and prices from Bsale; %1 is a counter or empty
        return tr("Syncing: reading Bsale%1…").arg(counted(progress));
    case SyncPhase::PullingJumpseller:
        //: Status bar: reading the store's catalogue; %1 is a counter or empty
        return tr("Syncing: reading Jumpseller%1…").arg(counted(progress));
    case SyncPhase::Writing:
        return tr("Syncing: saving the catalogues…");
    case SyncPhase::Linking:
        return tr("Syncing: linking products…");
    case SyncPhase::Stage:
        return stageText(progress.stage);
    case SyncPhase::Importing:
        //: Status bar: creating Bsale products in the store; %1 is a counter or empty
        return tr("Importing products into Jumpseller%1…").arg(counted(progress));
    case SyncPhase::Stopping:
        return tr("Stopping the sync…");
    }
    return {};
}

QString SyncStateText::forSummary(const SyncSummary &summary)
{
    if (summary.canceled)
        return tr("Sync canceled");
    const QString time = QLocale().toString(summary.finishedAt.toLocalTime().time(), QLocale::ShortFormat);
    if (summary.ok())
        //: Status bar after a good sync cycle; %1 is the time of day
        return tr("Synced at %1").arg(time);
    //: Status bar after a sync cycle with errors; %1 is the time of day
    return tr("Sync at %1 had %Ln problem(s)", nullptr, int(summary.errors.size())).arg(time);
}

} // namespace puente
