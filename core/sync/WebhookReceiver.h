#pragma once

#include "connectors/jumpseller/JumpsellerTypes.h"

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtNetwork/QHostAddress>

#include <memory>
#include <optional>

namespace puente {

class Clock;

/**
 * A Bsale webhook (bsale.md §9), reduced to what it hints at. Bsale signs nothing, so nothing in
 * it is trusted beyond "look at this": the receiver of the hint refetches from the API.
 */
struct BsaleHint
{
    QString topic; ///< stock, variant, price, document, product
    int variantId = 0; ///< stock, variant and price topics: resourceId
    int documentId = 0; ///< document topic: resourceId
    int officeId = 0; ///< 0 when the payload has none
};

/** A Jumpseller webhook (jumpseller.md §5) whose HMAC checked out: its content is the store's. */
struct JumpsellerHint
{
    QString event; ///< Jumpseller-Event, e.g. product_stock_updated, order_paid
    std::optional<JumpsellerProduct> product; ///< product_* events
    std::optional<JumpsellerOrder> order; ///< order_* events

    /** The store products the event concerns (the product, or the order's lines). */
    QList<qint64> productIds() const;
};

/** What the receiver has done so far, for the health view and tests. */
struct WebhookCounters
{
    int accepted = 0; ///< answered 200 and announced
    int duplicates = 0; ///< answered 200, not announced again
    int badSignature = 0; ///< Jumpseller deliveries refused with 401
    int ignored = 0; ///< valid but not ours (another office or company, an unused topic)
    int malformed = 0; ///< answered 400
};

/**
 * The optional webhook endpoint (Qt HttpServer): a faster path than polling where the user can
 * expose a port. It listens on 127.0.0.1 unless configured otherwise.
 *
 *  - POST /hooks/jumpseller: the `Jumpseller-Hmac-Sha256` header must be the signature of the
 *    raw body with the store's hooks token (JumpsellerHookVerifier), else 401 and nothing
 *    happens. Jumpseller sends no delivery id, so a delivery whose event and body equal one
 *    accepted within dedupeWindowMs is a duplicate (retries, duplicate hooks).
 *  - POST /hooks/bsale (or /hooks/bsale/<secret> when a secret is set: Bsale signs nothing, so
 *    integrations put one in the URL; a wrong one gets 404): the payload only says which
 *    variant or document to look at; bsaleHint() carries those ids, never quantities. Other
 *    companies (cpnId) and offices are ignored; the same body twice within the window is a
 *    duplicate.
 *  - Every valid delivery is answered 200 at once; the work happens after the hint's receiver
 *    refetches, so Jumpseller's 15 s timeout is never near.
 * Anything else gets 404 (405 for another method on a hook path).
 *
 * Ownership: owns its server. Does not own the Clock, which must outlive it.
 * Thread affinity: the thread that created it (needs an event loop).
 */
class WebhookReceiver : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookReceiver)

public:
    struct Config
    {
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0; ///< 0 = any free port (tests)
        QString jumpsellerHooksToken; ///< JumpsellerStoreInfo::hooksToken; empty = refuse all
        QString bsaleSecret; ///< the last path segment Bsale must use; empty = none
        int bsaleCompanyId = 0; ///< cpnId to accept; 0 = any
        QList<int> officeIds; ///< Bsale offices to accept; empty = any
        qint64 dedupeWindowMs = 10 * 60 * 1000;
    };

    WebhookReceiver(Clock &clock, Config config, QObject *parent = nullptr);
    ~WebhookReceiver() override;

    /** Starts listening; false with `error` set when the address or port cannot be used. */
    bool listen(QString *error = nullptr);
    bool isListening() const;
    /** The port it listens on (0 before listen()). */
    quint16 port() const;
    /** http://<address>:<port> */
    QUrl baseUrl() const;

    void setJumpsellerHooksToken(const QString &token) { m_config.jumpsellerHooksToken = token; }
    const Config &config() const { return m_config; }
    const WebhookCounters &counters() const { return m_counters; }

Q_SIGNALS:
    void bsaleHint(const puente::BsaleHint &hint);
    void jumpsellerHint(const puente::JumpsellerHint &hint);

private:
    class Server;
    friend class Server;

    struct Answer
    {
        int status = 200;
        QByteArray body;
    };

    Answer handle(const QByteArray &method, const QString &path, const QHash<QByteArray, QByteArray> &headers,
                  const QByteArray &body);
    Answer handleJumpseller(const QHash<QByteArray, QByteArray> &headers, const QByteArray &body);
    Answer handleBsale(const QByteArray &body);
    /** True when `key` was seen within the window (and remembers it otherwise). */
    bool isDuplicate(const QByteArray &key);

    Clock &m_clock;
    Config m_config;
    std::unique_ptr<Server> m_server;
    quint16 m_port = 0;
    QHash<QByteArray, qint64> m_seen; ///< digest → monotonic ms when accepted
    WebhookCounters m_counters;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::BsaleHint)
Q_DECLARE_METATYPE(puente::JumpsellerHint)
