#pragma once

#include "sync/SyncTypes.h"

#include <QtCore/QPointer>
#include <QtCore/QtGlobal>

#include <functional>

class QObject;

namespace puente {

class ApiClient;
class BsaleClient;
class Clock;
class ExclusionSet;
class Journal;
class JumpsellerClient;
class SyncSettings;
class SyncWorker;
class WebhookReceiver;
struct SyncHealth;

/**
 * What SyncWorker hands to its stages: the settings, the clients (one ApiClient for both
 * hosts, paced per host), the journal, the clock, and a few services of the worker.
 *
 * Repositories (CatalogRepository, LinkRepository, ...) are cheap to construct from journal();
 * each call uses the worker thread's own connection.
 *
 * Ownership: SyncWorker owns it and everything it refers to; valid from SyncStage::start() to
 * the end of SyncStage::stop(). Thread affinity: the worker thread.
 */
class SyncContext final
{
    Q_DISABLE_COPY_MOVE(SyncContext)

public:
    struct Parts
    {
        const SyncSettings *settings = nullptr;
        Journal *journal = nullptr;
        Clock *clock = nullptr;
        ApiClient *api = nullptr;
        BsaleClient *bsale = nullptr;
        JumpsellerClient *jumpseller = nullptr;
        SyncWorker *worker = nullptr;
    };
    explicit SyncContext(const Parts &parts);

    const SyncSettings &settings() const { return *m_parts.settings; }
    Journal &journal() const { return *m_parts.journal; }
    Clock &clock() const { return *m_parts.clock; }
    ApiClient &api() const { return *m_parts.api; }
    BsaleClient &bsale() const { return *m_parts.bsale; }
    JumpsellerClient &jumpseller() const { return *m_parts.jumpseller; }
    /** The worker: connect to its signals (linksChanged, catalogueChanged) with a context. */
    SyncWorker &worker() const { return *m_parts.worker; }
    /** A QObject on the worker thread that lives until after stop(): parent stage QObjects to it. */
    QObject *owner() const;

    /** The exclusions as the journal has them now (the user may change them at any time). */
    ExclusionSet exclusions() const;
    /** True once the worker thread was asked to finish: leave long loops. */
    bool isInterruptionRequested() const;
    /** Forwards a progress report to SyncWorker::progress (phase Stage, your name). */
    void reportProgress(qint64 done, qint64 total, const QString &text) const;
    /** Forwards a stage's health to SyncWorker::healthChanged (any time, not only in a cycle). */
    void reportHealth(const SyncHealth &health) const;
    /** The name of the stage running now (empty between cycles). */
    QString currentStage() const { return m_currentStage; }
    /**
     * True while a cycle runs whose pull read both catalogues in full and wrote them: the
     * journal is fresh. False when a side failed (its rows are from an earlier pull) and between
     * cycles. A stage that pushes from the catalogue may want to skip stale data.
     */
    bool catalogueFresh() const { return m_catalogueFresh; }
    /** The webhook receiver a stage started (the stock stage, with webhooks on), or nullptr:
     *  later stages may listen to its hints too. */
    WebhookReceiver *webhookReceiver() const;
    void setWebhookReceiver(WebhookReceiver *receiver);

private:
    friend class SyncWorker;

    Parts m_parts;
    QString m_currentStage;
    bool m_catalogueFresh = false;
    QPointer<WebhookReceiver> m_webhookReceiver;
};

} // namespace puente
