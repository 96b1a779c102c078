#include "CatalogLoader.h"

#include "CatalogQuery.h"
#include "JournalTask.h"
#include "UiLogging.h"

#include <QtCore/QElapsedTimer>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace puente {

CatalogLoader::CatalogLoader(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<LoadedCatalog>(this))
{
    m_pool.setObjectName(u"CatalogLoader"_s);
    m_pool.setMaxThreadCount(1);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &CatalogLoader::finished);
}

CatalogLoader::~CatalogLoader()
{
    cancelAndWait();
}

void CatalogLoader::load(const Journal *journal, const QList<ManualLinkHint> &hints)
{
    Q_ASSERT(journal);
    if (m_busy) {
        m_queued = Request {journal, hints};
        m_watcher->future().cancel();
        return;
    }
    start(Request {journal, hints});
}

void CatalogLoader::start(const Request &request)
{
    setBusy(true);
    m_watcher->setFuture(startJournalTask<LoadedCatalog>(
        m_pool, *request.journal,
        [hints = request.hints](const Journal &journal, const QPromise<LoadedCatalog> &promise) {
            QElapsedTimer timer;
            timer.start();
            LoadedCatalog snapshot = CatalogQuery::read(journal, hints, [&promise] { return promise.isCanceled(); });
            qCDebug(lcUi) << "catalogue read:" << snapshot.erp.size() << "Bsale and" << snapshot.store.size()
                          << "Jumpseller rows in" << timer.elapsed() << "ms";
            return snapshot;
        }));
}

void CatalogLoader::finished()
{
    const QFuture<LoadedCatalog> future = m_watcher->future();
    if (m_queued) {
        // What just finished is already out of date (or was canceled): read again.
        const Request next = *std::exchange(m_queued, std::nullopt);
        start(next);
        return;
    }
    setBusy(false);
    if (!future.isCanceled() && future.resultCount() > 0)
        Q_EMIT loaded(future.result());
}

void CatalogLoader::cancelAndWait()
{
    m_queued.reset();
    m_watcher->future().cancel();
    m_pool.waitForDone();
    // The canceled load's finished() may still be queued; it must not start or deliver anything.
    m_watcher->setFuture(QFuture<LoadedCatalog>());
    setBusy(false);
}

void CatalogLoader::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace puente
