#pragma once

#include "journal/Journal.h"

#include <QtCore/QFuture>
#include <QtCore/QPromise>
#include <QtCore/QThreadPool>

#include <memory>
#include <utility>

namespace puente {

/**
 * Runs `read(journal, promise)` on a thread of `pool` and returns the future of its result: how
 * the pages read the journal without blocking the GUI thread. `read` uses the pool thread's own
 * journal connection (Journal::database()) and may poll promise.isCanceled() to stop early; the
 * connection is closed when it returns, because pool threads outlive the task.
 *
 * `journal` must outlive the task: owners cancel the future and wait for `pool` before they let
 * the journal go (see CatalogLoader and EventLoader).
 */
template<typename T, typename Read>
QFuture<T> startJournalTask(QThreadPool &pool, const Journal &journal, Read read)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    pool.start([promise, &journal, read = std::move(read)]() mutable {
        if (!promise->isCanceled())
            promise->addResult(read(journal, std::as_const(*promise)));
        journal.closeConnection();
        promise->finish();
    });
    return future;
}

} // namespace puente
