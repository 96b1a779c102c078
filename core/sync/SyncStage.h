#pragma once

#include "sync/SyncTypes.h"

#include <QtCore/QString>

#include <functional>

class QObject;

namespace puente {

class SyncContext;

/**
 * The extension point of the sync engine: one step that SyncWorker runs in every cycle, after
 * the catalogue pull and the auto-linker, in the order the stages were added
 * (SyncWorker::addStage). Stock push and order/document processing plug in here.
 *
 * Life cycle, all on the worker thread:
 *  1. constructed anywhere, WITHOUT QObjects (it is handed to the worker before the worker
 *     moves to its thread);
 *  2. start(context) once, when the worker's clients and journal connection exist: create
 *     timers, servers and other QObjects here, parented to context.owner();
 *  3. run(context, callbackContext, done) once per cycle; call `done` exactly once, later or
 *     at once. Bind every asynchronous callback to `callbackContext` (pass it as the context
 *     of client calls and Clock::schedule): the worker destroys it on cancel, which drops the
 *     run's pending callbacks, and then does not wait for `done`;
 *  4. cancel(context) when the user cancels a cycle (after callbackContext is gone);
 *  5. stop(context) once, before the worker's clients are destroyed.
 *
 * A stage may also work between cycles (a poll timer, a webhook receiver) with what the
 * context gives it; it must not block the thread for long (check
 * context.isInterruptionRequested() in long loops).
 *
 * Ownership: SyncWorker owns its stages. Thread affinity: the worker thread from start() on.
 */
class SyncStage
{
public:
    using Done = std::function<void(const StageResult &)>;

    SyncStage() = default;
    virtual ~SyncStage();
    Q_DISABLE_COPY_MOVE(SyncStage)

    /** Short stable name, e.g. "stock": the key in SyncSummary::stages, the subsystem of its
     *  errors and the name retry() is addressed by. */
    virtual QString name() const = 0;
    virtual void start(SyncContext &context);
    virtual void run(SyncContext &context, QObject *callbackContext, Done done) = 0;
    virtual void cancel(SyncContext &context);
    virtual void stop(SyncContext &context);
    /** SyncWorker::retry(name(), itemId): e.g. resend one failed document. False = not handled. */
    virtual bool retry(SyncContext &context, qint64 itemId);
};

} // namespace puente
