#pragma once

#include "LoadedCatalog.h"
#include "ManualLinkHint.h"

#include <QtCore/QFutureWatcher>
#include <QtCore/QObject>
#include <QtCore/QThreadPool>

#include <optional>

namespace puente {

class Journal;

/**
 * Reads both catalogues (CatalogQuery) on a worker thread with that thread's own journal
 * connection and hands the LoadedCatalog back to the GUI thread through loaded(). The GUI
 * thread never waits for SQL.
 *
 * Loads never overlap: a load() while one runs cancels it and starts again once it stopped, so
 * a burst of catalogueChanged/linksChanged signals costs one read, and only the newest result is
 * delivered.
 *
 * Ownership: a QObject owned by its parent (the Products page), owning its thread pool and
 * future watcher. The journal is not owned: it must stay open until the load finished, which
 * cancelAndWait() (also run by the destructor) guarantees. GUI thread only.
 */
class CatalogLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogLoader)

public:
    explicit CatalogLoader(QObject *parent = nullptr);
    ~CatalogLoader() override;

    /** Reads `journal` (not null) with `hints` merged in; loaded() follows, later. */
    void load(const Journal *journal, const QList<ManualLinkHint> &hints);
    /** Cancels the running load, drops a queued one and waits for the worker to let go. */
    void cancelAndWait();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void loaded(const puente::LoadedCatalog &snapshot);
    void busyChanged(bool busy);

private:
    struct Request
    {
        const Journal *journal = nullptr;
        QList<ManualLinkHint> hints;
    };

    void start(const Request &request);
    void finished();
    void setBusy(bool busy);

    QThreadPool m_pool;
    QFutureWatcher<LoadedCatalog> *m_watcher = nullptr;
    std::optional<Request> m_queued;
    bool m_busy = false;
};

} // namespace puente
