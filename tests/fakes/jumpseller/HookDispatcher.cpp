#include "jumpseller/HookDispatcher.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QMessageAuthenticationCode>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::jumpseller {

namespace {
constexpr qsizetype kDeliveryLogSize = 10000;
} // namespace

HookDispatcher::HookDispatcher(const StoreInfo &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_nam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<HookDelivery>();
    // Deliveries go to local receivers; a proxy from the environment must not catch them.
    m_nam->setProxy(QNetworkProxy::NoProxy);
}

HookDispatcher::~HookDispatcher() = default;

QByteArray HookDispatcher::sign(const QByteArray &body, const QString &token)
{
    return QMessageAuthenticationCode::hash(body, token.toUtf8(), QCryptographicHash::Sha256).toBase64();
}

int HookDispatcher::addHook(const QString &event, const QUrl &url, const QString &name)
{
    Hook hook;
    hook.id = m_nextId++;
    hook.event = event;
    hook.url = url;
    hook.name = name;
    hook.createdAt = m_clock();
    m_hooks.insert(hook.id, hook);
    m_ids.insert(hook.id);
    return hook.id;
}

bool HookDispatcher::updateHook(int id, const QString &event, const QUrl &url)
{
    const auto it = m_hooks.find(id);
    if (it == m_hooks.end())
        return false;
    if (!event.isEmpty())
        it->event = event;
    if (url.isValid() && !url.isEmpty())
        it->url = url;
    it->paused = false;
    it->failures = 0;
    return true;
}

bool HookDispatcher::removeHook(int id)
{
    m_ids.erase(id);
    m_queues.remove(id);
    return m_hooks.remove(id) > 0;
}

const Hook *HookDispatcher::hook(int id) const
{
    const auto it = m_hooks.constFind(id);
    return it == m_hooks.constEnd() ? nullptr : &*it;
}

void HookDispatcher::setReorder(bool on, int windowMs)
{
    m_reorder = on;
    m_reorderWindowMs = std::max(0, windowMs);
    if (!on && !m_batch.isEmpty())
        flushBatch();
}

void HookDispatcher::fire(const QString &event, const QJsonObject &body)
{
    // The payload is frozen now, as the store snapshots the resource when the event happens.
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QByteArray signature = sign(bytes, m_store.hooksToken);
    const QByteArray triggeredAt = (m_clock().toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s) + u" UTC"_s).toLatin1();
    for (const int id : m_ids.ids()) {
        const Hook &hook = m_hooks[id];
        if (hook.event != event || hook.paused)
            continue;
        const Job job {id, event, bytes, signature, triggeredAt, 1};
        enqueue(job);
        if (m_duplicate)
            enqueue(job);
    }
}

void HookDispatcher::enqueue(const Job &job)
{
    if (!m_reorder) {
        m_queues[job.hookId].append(job);
        pumpLater(job.hookId);
        return;
    }
    m_batch.append(job);
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(m_reorderWindowMs, this, [this] { flushBatch(); });
    }
}

void HookDispatcher::flushBatch()
{
    m_flushScheduled = false;
    const QList<Job> batch = std::exchange(m_batch, {});
    for (auto it = batch.crbegin(); it != batch.crend(); ++it) {
        m_queues[it->hookId].append(*it);
        pumpLater(it->hookId);
    }
}

void HookDispatcher::pumpLater(int hookId)
{
    // Never deliver from inside the request handler that caused the event: the answer to the
    // API call goes out first, as it does on the real store.
    QTimer::singleShot(0, this, [this, hookId] { pump(hookId); });
}

void HookDispatcher::pump(int hookId)
{
    if (m_busy.contains(hookId))
        return;
    auto queue = m_queues.find(hookId);
    if (queue == m_queues.end() || queue->isEmpty())
        return;
    const Job job = queue->takeFirst();
    const auto hook = m_hooks.constFind(hookId);
    if (hook == m_hooks.constEnd() || hook->paused) {
        pumpLater(hookId);
        return;
    }
    m_busy.insert(hookId);
    send(job);
}

void HookDispatcher::send(const Job &job)
{
    QNetworkRequest request(m_hooks[job.hookId].url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Jumpseller-Store-Code", m_store.code.toUtf8());
    request.setRawHeader("Jumpseller-Event", job.event.toUtf8());
    request.setRawHeader("Jumpseller-Hmac-Sha256", job.signature);
    request.setRawHeader("Jumpseller-Triggered-At", job.triggeredAt);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_nam->post(request, job.body);
    connect(reply, &QNetworkReply::finished, this, [this, job, reply] { finish(job, reply); });
}

void HookDispatcher::finish(const Job &job, QNetworkReply *reply)
{
    reply->deleteLater();
    m_busy.remove(job.hookId);
    HookDelivery delivery;
    delivery.hookId = job.hookId;
    delivery.event = job.event;
    delivery.url = reply->request().url();
    delivery.body = job.body;
    delivery.signature = job.signature;
    delivery.triggeredAt = job.triggeredAt;
    delivery.attempt = job.attempt;
    delivery.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delivery.ok = delivery.httpStatus >= 200 && delivery.httpStatus < 300;
    m_deliveries.append(delivery);
    if (m_deliveries.size() > kDeliveryLogSize) // a long sandbox session must not grow without end
        m_deliveries.remove(0, m_deliveries.size() - kDeliveryLogSize);

    const auto hook = m_hooks.find(job.hookId);
    if (!delivery.ok && hook != m_hooks.end()) {
        hook->paused = ++hook->failures >= m_pauseAfterFailures;
        if (!hook->paused && job.attempt <= m_maxRetries) {
            // §5: retry N^4 minutes after attempt N (attempt 3 -> 81 min, attempt 4 -> 256 min).
            Job retry = job;
            retry.attempt = job.attempt + 1;
            const qint64 delay = qint64(job.attempt) * job.attempt * job.attempt * job.attempt * m_minuteMs;
            ++m_waitingRetries;
            QTimer::singleShot(std::chrono::milliseconds(delay), this, [this, retry] {
                --m_waitingRetries;
                m_queues[retry.hookId].append(retry);
                pump(retry.hookId);
            });
        }
    }
    Q_EMIT delivered(delivery);
    pump(job.hookId);
}

int HookDispatcher::pending() const
{
    int count = int(m_batch.size()) + int(m_busy.size()) + m_waitingRetries;
    for (const auto &queue : m_queues)
        count += int(queue.size());
    return count;
}

QJsonObject HookDispatcher::state() const
{
    QJsonArray hooks;
    for (const int id : m_ids.ids()) {
        const Hook &hook = m_hooks[id];
        hooks.append(QJsonObject {{u"id"_s, id},
                                  {u"event"_s, hook.event},
                                  {u"url"_s, hook.url.toString()},
                                  {u"failures"_s, hook.failures},
                                  {u"paused"_s, hook.paused}});
    }
    int failed = 0;
    for (const HookDelivery &delivery : m_deliveries)
        failed += delivery.ok ? 0 : 1;
    return {
        {u"duplicate"_s, m_duplicate},      {u"reorder"_s, m_reorder}, {u"reorder_window_ms"_s, m_reorderWindowMs},
        {u"retry_minute_ms"_s, m_minuteMs}, {u"hooks"_s, hooks},       {u"deliveries"_s, int(m_deliveries.size())},
        {u"failed_deliveries"_s, failed},   {u"pending"_s, pending()},
    };
}

} // namespace puente::fakes::jumpseller
