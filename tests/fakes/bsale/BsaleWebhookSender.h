#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtNetwork/QNetworkAccessManager>

#include <optional>

namespace puente::fakes::bsale {

/**
 * Bsale's outbound webhooks (bsale.md §9): builds the documented payloads and POSTs them as JSON
 * to one configured URL, unauthenticated, one at a time in a queue (so the receiver sees exactly
 * the order the switches produce), never retried. Switches deliver every payload twice
 * (at-least-once receivers) or out of order (one payload is held back until the next has been
 * queued, or until a short timer fires).
 *
 * Ownership: a QObject owned by FakeBsale. Thread affinity: the fake's thread (owns a QNAM).
 */
class BsaleWebhookSender : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BsaleWebhookSender)

public:
    explicit BsaleWebhookSender(QObject *parent = nullptr);

    void setUrl(const QUrl &url) { m_url = url; }
    QUrl url() const { return m_url; }
    void setDuplicate(bool on) { m_duplicate = on; }
    bool duplicate() const { return m_duplicate; }
    /** Out of order: hold one payload back until the next is sent (or `holdMs` passes). */
    void setReorder(bool on, int holdMs = 300);
    bool reorder() const { return m_reorder; }

    /** Queues one event. Without a URL it is only logged. */
    void send(const QJsonObject &payload);
    /** Sends a held-back payload now. */
    void flush();

    /** Every event generated, in the order it happened (before duplication/reordering). */
    const QList<QJsonObject> &events() const { return m_events; }
    /** POSTs made so far, and how many were answered 2xx / otherwise. */
    int postedCount() const { return m_posted; }
    int deliveredCount() const { return m_delivered; }
    int failedCount() const { return m_failed; }
    /** Payloads not yet answered: held back, queued or in flight. */
    int pendingCount() const { return int(m_queue.size()) + (m_inFlight ? 1 : 0) + (m_held ? 1 : 0); }

    // §9 payloads. cpnId is a number; resourceId, officeId and priceListId are strings.
    static QJsonObject stockPayload(int cpnId, int variantId, int officeId, qint64 send);
    static QJsonObject documentPayload(int cpnId, int documentId, int officeId, qint64 send);
    static QJsonObject pricePayload(int cpnId, int priceListId, int variantId, qint64 send);
    static QJsonObject variantPayload(int cpnId, int variantId, const QString &action, qint64 send);
    static QJsonObject productPayload(int cpnId, int productId, const QString &action, qint64 send);

Q_SIGNALS:
    /** A POST left for the receiver (emitted for each copy). */
    void posted(const QJsonObject &payload);

private:
    void enqueue(const QJsonObject &payload);
    void pump();

    QNetworkAccessManager m_nam;
    QTimer m_holdTimer;
    QUrl m_url;
    bool m_duplicate = false;
    bool m_reorder = false;
    std::optional<QJsonObject> m_held;
    QList<QJsonObject> m_queue;
    bool m_inFlight = false;
    QList<QJsonObject> m_events;
    int m_posted = 0;
    int m_delivered = 0;
    int m_failed = 0;
};

} // namespace puente::fakes::bsale
