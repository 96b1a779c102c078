#pragma once

#include <QtCore/QString>

#include <memory>
#include <vector>

namespace puente {

class SyncSettings;
class SyncStage;

/**
 * The stages every SyncWorker gets, in cycle order, for the desktop app and puente-sync alike.
 * Subsystems that plug into the cycle (stock push, orders and documents) add their stage here.
 * Stateless.
 */
class SyncStages final
{
public:
    SyncStages() = delete;

    /** New stage objects (no QObjects yet, see SyncStage) for a worker with `settings`. */
    static std::vector<std::unique_ptr<SyncStage>> create(const SyncSettings &settings);
    /** The first problem in the stages' own sections ([stock], [orders]) of settings.options,
     *  naming the key; empty when every stage can run. puente-sync refuses to start on one. */
    static QString check(const SyncSettings &settings);
};

} // namespace puente
