#pragma once

#include "journal/JournalEvent.h"

#include <QtCore/QFutureWatcher>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QThreadPool>

namespace puente {

class Journal;

/**
 * Reads the newest events of the journal (EventLog::list) on a worker thread with that thread's
 * own journal connection and hands them to the GUI thread through loaded(). A load() while one
 * runs is remembered and run right after it, so bursts of refreshes cost one extra read.
 *
 * Ownership: a QObject owned by its parent (the Activity page), owning its pool and watcher; the
 * journal is not owned and must stay open until cancelAndWait() (also run by the destructor)
 * returned. GUI thread only.
 */
class EventLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLoader)

public:
    /** How many of the newest events the Activity page lists. */
    static constexpr int kLimit = 2000;

    explicit EventLoader(QObject *parent = nullptr);
    ~EventLoader() override;

    void load(const Journal *journal);
    void cancelAndWait();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void loaded(const QList<puente::JournalEvent> &events);
    void busyChanged(bool busy);

private:
    void start(const Journal *journal);
    void finished();
    void setBusy(bool busy);

    QThreadPool m_pool;
    QFutureWatcher<QList<JournalEvent>> *m_watcher = nullptr;
    const Journal *m_queued = nullptr;
    bool m_busy = false;
};

} // namespace puente
