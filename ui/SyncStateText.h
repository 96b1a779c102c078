#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace puente {

struct SyncProgress;
struct SyncSummary;

/**
 * The status bar's one-line sync state, translated: what the engine is doing (from its
 * SyncProgress) or how its last cycle ended (from its SyncSummary). The engine's own texts are
 * technical English for logs; these are for the shop owner. Stateless; GUI thread (tr()).
 */
class SyncStateText final
{
    Q_DECLARE_TR_FUNCTIONS(SyncStateText)

public:
    SyncStateText() = delete;

    /** "Syncing: reading Bsale (150 of 1,500)…"; empty for SyncPhase::Idle (a summary follows). */
    static QString forProgress(const SyncProgress &progress);
    /** "Synced at 14:05", "Sync failed at 14:05 (2 problems)" or "Sync canceled". */
    static QString forSummary(const SyncSummary &summary);
};

} // namespace puente
