#include "sync/SyncTypes.h"

#include "net/ApiError.h"
#include "sync/DocumentInbox.h"
#include "sync/OrderBillingOverride.h"
#include "sync/OrderCommandResult.h"
#include "sync/OrderCycleSummary.h"

#include <QtCore/QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace puente {

QString syncPhaseName(SyncPhase phase)
{
    switch (phase) {
    case SyncPhase::Idle:
        return u"idle"_s;
    case SyncPhase::PullingBsale:
        return u"pulling-bsale"_s;
    case SyncPhase::PullingJumpseller:
        return u"pulling-jumpseller"_s;
    case SyncPhase::Writing:
        return u"writing"_s;
    case SyncPhase::Linking:
        return u"linking"_s;
    case SyncPhase::Stage:
        return u"stage"_s;
    case SyncPhase::Importing:
        return u"importing"_s;
    case SyncPhase::Stopping:
        return u"stopping"_s;
    }
    return {};
}

SyncError SyncError::fromApi(const QString &subsystem, const ApiError &error)
{
    return SyncError {subsystem, error.toString(), error.retryable()};
}

QJsonObject SyncError::toJson() const
{
    return {{u"subsystem"_s, subsystem}, {u"message"_s, message}, {u"retryable"_s, retryable}};
}

QJsonObject CatalogCounts::toJson() const
{
    return {{u"inserted"_s, inserted}, {u"updated"_s, updated}, {u"unchanged"_s, unchanged}, {u"removed"_s, removed}};
}

QString SyncSummary::status() const
{
    if (canceled)
        return u"canceled"_s;
    return errors.isEmpty() ? u"ok"_s : u"failed"_s;
}

QJsonObject SyncSummary::toJson() const
{
    QJsonArray errorList;
    for (const SyncError &error : errors)
        errorList.append(error.toJson());
    QJsonObject json {
        {u"status"_s, status()},
        {u"linked"_s, linked},
        {u"unlinked"_s, unlinked},
        {u"pushed"_s, pushed},
        {u"skipped"_s, skipped},
        {u"imported"_s, imported},
        {u"needsManualLink"_s, needsManualLink},
        {u"cataloguePulled"_s, cataloguePulled},
        {u"catalogue"_s, QJsonObject {{u"bsale"_s, bsale.toJson()}, {u"jumpseller"_s, jumpseller.toJson()}}},
        {u"errors"_s, errorList},
        {u"stages"_s, stages},
    };
    if (startedAt.isValid())
        json.insert(u"startedAt"_s, startedAt.toString(Qt::ISODateWithMs));
    if (finishedAt.isValid())
        json.insert(u"finishedAt"_s, finishedAt.toString(Qt::ISODateWithMs));
    if (startedAt.isValid() && finishedAt.isValid())
        json.insert(u"durationMs"_s, startedAt.msecsTo(finishedAt));
    return json;
}

void registerSyncMetaTypes()
{
    qRegisterMetaType<SyncPhase>();
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncError>();
    qRegisterMetaType<CatalogCounts>();
    qRegisterMetaType<SyncSummary>();
    qRegisterMetaType<StageResult>();
    qRegisterMetaType<DocumentInboxEntry>();
    qRegisterMetaType<QList<DocumentInboxEntry>>();
    qRegisterMetaType<OrderBillingOverride>();
    qRegisterMetaType<OrderCommandResult>();
    qRegisterMetaType<OrderCycleSummary>();
}

} // namespace puente
