#pragma once

#include "net/ApiRequest.h"
#include "net/ApiResponse.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QPointer>

class QNetworkReply;
class QNetworkRequest;

namespace puente {

class ApiClient;

/**
 * One request in flight through ApiClient, from send() until finished(): waits for the
 * host's rate limit, sends, and repeats failed attempts as RetryPolicy decides.
 *
 * Ownership: created and owned by ApiClient (its parent); deletes itself (deleteLater) right
 * after emitting finished(). Hold it in a QPointer if you keep it. Destroying the ApiClient
 * destroys unfinished calls without finished().
 * Thread affinity: the ApiClient's thread; call cancel() there.
 */
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    ~ApiCall() override;

    const ApiRequest &request() const { return m_request; }
    /** The X-Request-ID sent with every attempt of this call. */
    const QString &requestId() const { return m_requestId; }
    /** Attempts put on the wire so far. */
    int attempts() const { return m_attempts; }
    bool isFinished() const { return m_finished; }

    /** Ends the call with ApiError::Canceled (aborting the transfer if one is running).
     *  finished() is emitted before cancel() returns. No effect once finished. */
    void cancel();

Q_SIGNALS:
    /** Emitted exactly once, whatever the outcome. The call is deleted afterwards. */
    void finished(const puente::ApiResponse &response);
    /** Attempt `nextAttempt` will be made after `delayMs` because of `reason`. */
    void retrying(int nextAttempt, qint64 delayMs, const puente::ApiError &reason);

private:
    friend class ApiClient;

    ApiCall(ApiClient &client, const ApiRequest &request);

    QString host() const;
    /** Puts one attempt on the wire; the rate limiter has already granted the slot. */
    void start();
    void onReplyFinished();
    ApiResponse readReply(QNetworkReply &reply) const;
    /** Maps the reply to an error (none on success); fills response.json when parsed. */
    ApiError classify(ApiResponse &response, QNetworkReply &reply) const;
    ApiError parseBody(ApiResponse &response, const QByteArray &contentType) const;
    QNetworkRequest buildRequest() const;
    void retryLater(const ApiResponse &failed, qint64 delayMs, bool hostWide);
    /** Ends a queued call because the host is blocked for longer than a call may wait. */
    void failBlocked(qint64 blockedMs);
    void finish(ApiResponse response);
    void dropReply();
    QString describe() const;

    ApiClient &m_client;
    ApiRequest m_request;
    QString m_requestId;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_attemptTimer; ///< real time of the attempt on the wire, for logs
    qint64 m_sentAtMs = 0; ///< Clock time of send()
    qint64 m_waitingSinceMs = -1; ///< Clock time the current wait began, -1 when not waiting
    qint64 m_waitedMs = 0;
    int m_attempts = 0;
    bool m_finished = false;
};

} // namespace puente
