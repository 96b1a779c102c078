#include "EventLoader.h"

#include "JournalTask.h"
#include "journal/EventLog.h"

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace puente {

EventLoader::EventLoader(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<QList<JournalEvent>>(this))
{
    m_pool.setObjectName(u"EventLoader"_s);
    m_pool.setMaxThreadCount(1);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &EventLoader::finished);
}

EventLoader::~EventLoader()
{
    cancelAndWait();
}

void EventLoader::load(const Journal *journal)
{
    Q_ASSERT(journal);
    if (m_busy) {
        m_queued = journal; // events only grow: let the running read finish, then read again
        return;
    }
    start(journal);
}

void EventLoader::start(const Journal *journal)
{
    setBusy(true);
    m_watcher->setFuture(startJournalTask<QList<JournalEvent>>(
        m_pool, *journal, [](const Journal &j, const QPromise<QList<JournalEvent>> &) {
            EventFilter filter;
            filter.limit = kLimit;
            return EventLog(j).list(filter);
        }));
}

void EventLoader::finished()
{
    const QFuture<QList<JournalEvent>> future = m_watcher->future();
    if (!future.isCanceled() && future.resultCount() > 0)
        Q_EMIT loaded(future.result());
    if (const Journal *next = std::exchange(m_queued, nullptr)) {
        start(next);
        return;
    }
    setBusy(false);
}

void EventLoader::cancelAndWait()
{
    m_queued = nullptr;
    m_watcher->future().cancel();
    m_pool.waitForDone();
    m_watcher->setFuture(QFuture<QList<JournalEvent>>());
    setBusy(false);
}

void EventLoader::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace puente
