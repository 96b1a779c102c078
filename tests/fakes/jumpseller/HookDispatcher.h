#pragma once

#include "jumpseller/SortedIds.h"
#include "jumpseller/StoreTypes.h"

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QObject>
#include <QtCore/QSet>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace puente::fakes::jumpseller {

/** One delivery attempt of one hook, as the receiver got it (or did not). */
struct HookDelivery
{
    int hookId = 0;
    QString event;
    QUrl url;
    QByteArray body; ///< the exact bytes that were signed and sent
    QByteArray signature; ///< Jumpseller-Hmac-Sha256: base64(HMAC-SHA256(hooks token, body))
    QByteArray triggeredAt; ///< Jumpseller-Triggered-At
    int attempt = 1;
    int httpStatus = 0; ///< 0 = no HTTP answer (refused, timed out)
    bool ok = false;
};

/**
 * The store's webhooks (§5): registered hooks per event, and delivery of every event as a JSON
 * POST signed with base64 HMAC-SHA256 of the raw body keyed by the store's hooks token, with the
 * five documented headers. Deliveries to one hook go one at a time, in event order, unless the
 * reorder switch holds each batch of events and sends it backwards; the duplicate switch sends
 * every delivery twice. Failures retry after N^4 "minutes" (N = attempt, up to 4 retries) and
 * pause the hook after 8 failures, as the store does; the minute length is configurable.
 *
 * Ownership: owns its QNetworkAccessManager. Thread affinity: the thread it was created on.
 */
class HookDispatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HookDispatcher)

public:
    using Clock = std::function<QDateTime()>;

    explicit HookDispatcher(const StoreInfo &store, QObject *parent = nullptr);
    ~HookDispatcher() override;
    void setClock(Clock clock) { m_clock = std::move(clock); }

    int addHook(const QString &event, const QUrl &url, const QString &name = {});
    bool updateHook(int id, const QString &event, const QUrl &url);
    bool removeHook(int id);
    const Hook *hook(int id) const;
    const SortedIds &hookIds() const { return m_ids; }

    /** Signs `body` and queues a delivery to every active hook registered for `event`. */
    void fire(const QString &event, const QJsonObject &body);

    void setDuplicate(bool on) { m_duplicate = on; }
    bool duplicate() const { return m_duplicate; }
    /** Holds events for `windowMs` (0 = until the event loop turns) and sends each batch reversed. */
    void setReorder(bool on, int windowMs = 0);
    bool reorder() const { return m_reorder; }
    /** Length of one "minute" of the retry schedule; default 60000. */
    void setRetryMinuteMs(int ms) { m_minuteMs = ms; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxRetries(int retries) { m_maxRetries = retries; }

    const QList<HookDelivery> &deliveries() const { return m_deliveries; }
    void clearDeliveries() { m_deliveries.clear(); }
    /** Deliveries queued, in flight or waiting for a retry. */
    int pending() const;
    QJsonObject state() const;

    static QByteArray sign(const QByteArray &body, const QString &token);

Q_SIGNALS:
    /** After every attempt, successful or not. */
    void delivered(const puente::fakes::jumpseller::HookDelivery &delivery);

private:
    struct Job
    {
        int hookId = 0;
        QString event;
        QByteArray body;
        QByteArray signature;
        QByteArray triggeredAt;
        int attempt = 1;
    };

    void enqueue(const Job &job);
    void flushBatch();
    void pumpLater(int hookId);
    void pump(int hookId);
    void send(const Job &job);
    void finish(const Job &job, QNetworkReply *reply);

    const StoreInfo &m_store;
    Clock m_clock;
    QNetworkAccessManager *m_nam;
    QHash<int, Hook> m_hooks;
    SortedIds m_ids;
    QHash<int, QList<Job>> m_queues;
    QSet<int> m_busy;
    QList<Job> m_batch;
    QList<HookDelivery> m_deliveries;
    int m_waitingRetries = 0;
    int m_nextId = 601;
    bool m_duplicate = false;
    bool m_reorder = false;
    int m_reorderWindowMs = 0;
    bool m_flushScheduled = false;
    int m_minuteMs = 60000;
    int m_timeoutMs = 15000;
    int m_maxRetries = 4;
    int m_pauseAfterFailures = 8;
};

} // namespace puente::fakes::jumpseller

Q_DECLARE_METATYPE(puente::fakes::jumpseller::HookDelivery)
