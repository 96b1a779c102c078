#include "net/ApiClient.h"

#include "base/Clock.h"
#include "base/Logging.h"
#include "base/Redactor.h"

#include <QtCore/QMetaObject>
#include <QtCore/QThread>
#include <QtNetwork/QNetworkAccessManager>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

RetryPolicy makePolicy(const ApiClientConfig &config)
{
    return config.jitterSeed ? RetryPolicy(config.retry, *config.jitterSeed) : RetryPolicy(config.retry);
}

QString invalidUrlReason(const QUrl &url)
{
    if (!url.isValid())
        return u"invalid URL"_s;
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return u"unsupported URL scheme \"%1\""_s.arg(scheme);
    if (url.host().isEmpty())
        return u"URL without a host"_s;
    return {};
}

} // namespace

ApiClient::ApiClient(Clock &clock, QObject *parent)
    : ApiClient(clock, ApiClientConfig {}, parent)
{ }

ApiClient::ApiClient(Clock &clock, const ApiClientConfig &config, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_config(config)
    , m_limiter(clock, config.rateLimits)
    , m_policy(makePolicy(config))
{
    qRegisterMetaType<puente::ApiResponse>();
    qRegisterMetaType<puente::ApiError>();
    qRegisterMetaType<puente::ApiRequest>();
}

ApiClient::~ApiClient()
{
    // Calls (and their replies) go before the QNetworkAccessManager they came from.
    const auto calls = m_calls;
    for (const auto &call : calls)
        delete call.data();
}

QByteArray ApiClient::userAgent() const
{
    return m_config.userAgent.isEmpty() ? QByteArray("Puente/" PUENTE_VERSION) : m_config.userAgent;
}

ApiCall *ApiClient::send(const ApiRequest &request)
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "ApiClient::send",
               "called from a thread the client does not live on");
    // Learn the credentials before anything can log them.
    for (const auto &[name, value] : request.headers)
        Redactor::addSecretsFromHeader(name, value);
    Redactor::addSecretsFromUrl(request.url);

    auto *call = new ApiCall(*this, request);
    m_calls.append(call);
    const QString invalid = invalidUrlReason(request.url);
    // Both paths continue on the next turn of the event loop, so finished() can never be
    // emitted before the caller has connected to it.
    if (!invalid.isEmpty()) {
        QMetaObject::invokeMethod(
            call,
            [call, invalid] {
                ApiResponse response;
                response.error = ApiError(ApiError::Kind::InvalidRequest, invalid);
                call->finish(response);
            },
            Qt::QueuedConnection);
    } else {
        QMetaObject::invokeMethod(
            call, [this, call] { enqueue(call, false); }, Qt::QueuedConnection);
    }
    return call;
}

ApiCall *ApiClient::send(const ApiRequest &request, QObject *context, Callback onFinished)
{
    Q_ASSERT(context);
    ApiCall *call = send(request);
    connect(call, &ApiCall::finished, context, std::move(onFinished));
    return call;
}

void ApiClient::abortAll()
{
    const auto calls = m_calls;
    for (const auto &call : calls) {
        if (call)
            call->cancel();
    }
}

int ApiClient::activeCallCount() const
{
    return int(m_calls.size());
}

int ApiClient::queuedCount() const
{
    int count = 0;
    for (const auto &queue : m_queues) {
        for (const auto &call : queue)
            count += call && !call->isFinished() ? 1 : 0;
    }
    return count;
}

QNetworkAccessManager *ApiClient::network()
{
    if (!m_network) {
        // Created here rather than in the constructor so that it is born on the thread the
        // client works on, even if the client was moved there after construction.
        m_network = new QNetworkAccessManager(this);
        m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    }
    return m_network;
}

void ApiClient::enqueue(ApiCall *call, bool atFront)
{
    if (!call || call->isFinished())
        return;
    const QString host = call->host();
    auto &queue = m_queues[host];
    if (atFront) {
        queue.prepend(call);
    } else if (call->request().priority == ApiRequest::Priority::Urgent) {
        // Behind the urgent calls already waiting, ahead of every Normal one (retries included).
        qsizetype at = 0;
        while (at < queue.size()
               && (!queue.at(at) || queue.at(at)->isFinished()
                   || queue.at(at)->request().priority == ApiRequest::Priority::Urgent))
            ++at;
        queue.insert(at, call);
    } else {
        queue.append(call);
    }
    pump(host);
}

void ApiClient::pump(const QString &host)
{
    while (true) {
        const auto it = m_queues.find(host);
        if (it == m_queues.end())
            return;
        if (it->isEmpty()) {
            m_queues.erase(it);
            return;
        }
        ApiCall *call = it->first();
        if (!call || call->isFinished()) {
            it->removeFirst();
            continue;
        }
        const qint64 blocked = m_limiter.blockedFor(host);
        if (blocked > m_config.retry.maxServerWaitMs) {
            it->removeFirst();
            call->failBlocked(blocked); // emits finished(); the loop re-reads the queue
            continue;
        }
        const qint64 delay = m_limiter.delayBeforeNext(host);
        if (delay > 0) {
            scheduleWake(host, delay);
            return;
        }
        m_limiter.tryAcquire(host);
        it->removeFirst();
        call->start();
    }
}

void ApiClient::scheduleWake(const QString &host, qint64 delayMs)
{
    // One wake-up per host is enough: pump() re-checks and re-arms if a block grew meanwhile.
    if (m_wakeScheduled.contains(host))
        return;
    m_wakeScheduled.insert(host);
    m_clock.schedule(delayMs, this, [this, host] {
        m_wakeScheduled.remove(host);
        pump(host);
    });
}

void ApiClient::throttleHost(const QString &host, qint64 waitMs)
{
    if (waitMs <= 0)
        return;
    const qint64 before = m_limiter.blockedFor(host);
    m_limiter.blockFor(host, waitMs);
    if (m_limiter.blockedFor(host) > before) {
        qCInfo(lcNet).noquote() << u"%1: pausing sends for %2 ms as the server asked"_s.arg(host).arg(waitMs);
        Q_EMIT hostThrottled(host, waitMs);
    }
}

void ApiClient::noteServerHints(const QString &host, const HttpHeaders &headers)
{
    if (const auto wait = m_policy.serverWait(headers, m_clock.nowUtc()))
        throttleHost(host, *wait);
}

void ApiClient::forget(ApiCall *call)
{
    m_calls.removeIf([call](const QPointer<ApiCall> &entry) { return !entry || entry.data() == call; });
}

} // namespace puente
