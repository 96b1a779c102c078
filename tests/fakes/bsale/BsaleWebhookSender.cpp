#include "bsale/BsaleWebhookSender.h"

#include <QtCore/QJsonDocument>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::bsale {

BsaleWebhookSender::BsaleWebhookSender(QObject *parent)
    : QObject(parent)
    , m_nam(this) // parented, so moveToThread() takes the QNAM and the timer along
    , m_holdTimer(this)
{
    m_holdTimer.setSingleShot(true);
    connect(&m_holdTimer, &QTimer::timeout, this, &BsaleWebhookSender::flush);
}

void BsaleWebhookSender::setReorder(bool on, int holdMs)
{
    m_reorder = on;
    m_holdTimer.setInterval(holdMs);
    if (!on)
        flush();
}

void BsaleWebhookSender::send(const QJsonObject &payload)
{
    m_events.append(payload);
    if (m_url.isEmpty())
        return;
    if (!m_reorder) {
        enqueue(payload);
        return;
    }
    if (!m_held) {
        m_held = payload;
        m_holdTimer.start();
        return;
    }
    // The newer event overtakes the held one.
    enqueue(payload);
    flush();
}

void BsaleWebhookSender::flush()
{
    m_holdTimer.stop();
    if (!m_held)
        return;
    const QJsonObject held = *m_held;
    m_held.reset();
    enqueue(held);
}

void BsaleWebhookSender::enqueue(const QJsonObject &payload)
{
    m_queue.append(payload);
    if (m_duplicate)
        m_queue.append(payload);
    pump();
}

void BsaleWebhookSender::pump()
{
    if (m_inFlight || m_queue.isEmpty())
        return;
    const QJsonObject payload = m_queue.takeFirst();
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_nam.post(request, QJsonDocument(payload).toJson(QJsonDocument::Compact));
    m_inFlight = true;
    ++m_posted;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300)
            ++m_delivered;
        else
            ++m_failed;
        reply->deleteLater();
        m_inFlight = false;
        pump();
    });
    Q_EMIT posted(payload);
}

// {"cpnId":2,"resource":"/v2/stocks.json?variant=7079&office=1","resourceId":"7079","topic":"stock",
//  "action":"put","officeId":"1","send":1503500856} — resourceId is the variant id.
QJsonObject BsaleWebhookSender::stockPayload(int cpnId, int variantId, int officeId, qint64 send)
{
    return {
        {u"cpnId"_s, cpnId},
        {u"resource"_s, u"/v2/stocks.json?variant=%1&office=%2"_s.arg(variantId).arg(officeId)},
        {u"resourceId"_s, QString::number(variantId)},
        {u"topic"_s, u"stock"_s},
        {u"action"_s, u"put"_s},
        {u"officeId"_s, QString::number(officeId)},
        {u"send"_s, send},
    };
}

// DOCS-AMBIGUITY: the §9 document example is {"cpnId":2,"resource":"/documents/14417.json",
// "resourceId":"14417","topic":"document","action":"post","officeId":"2"}: no version in the
// path and no `send`. We keep its unversioned resource but add `send`, which §9 lists among the
// fields every payload carries.
QJsonObject BsaleWebhookSender::documentPayload(int cpnId, int documentId, int officeId, qint64 send)
{
    return {
        {u"cpnId"_s, cpnId},
        {u"resource"_s, u"/documents/%1.json"_s.arg(documentId)},
        {u"resourceId"_s, QString::number(documentId)},
        {u"topic"_s, u"document"_s},
        {u"action"_s, u"post"_s},
        {u"officeId"_s, QString::number(officeId)},
        {u"send"_s, send},
    };
}

QJsonObject BsaleWebhookSender::pricePayload(int cpnId, int priceListId, int variantId, qint64 send)
{
    return {
        {u"cpnId"_s, cpnId},
        {u"resource"_s, u"/v2/price_lists/%1/details.json?variant=%2"_s.arg(priceListId).arg(variantId)},
        {u"resourceId"_s, QString::number(variantId)},
        {u"topic"_s, u"price"_s},
        {u"action"_s, u"put"_s},
        {u"priceListId"_s, QString::number(priceListId)},
        {u"send"_s, send},
    };
}

QJsonObject BsaleWebhookSender::variantPayload(int cpnId, int variantId, const QString &action, qint64 send)
{
    return {
        {u"cpnId"_s, cpnId},
        {u"resource"_s, u"/v2/variants/%1.json"_s.arg(variantId)},
        {u"resourceId"_s, QString::number(variantId)},
        {u"topic"_s, u"variant"_s},
        {u"action"_s, action},
        {u"send"_s, send},
    };
}

QJsonObject BsaleWebhookSender::productPayload(int cpnId, int productId, const QString &action, qint64 send)
{
    return {
        {u"cpnId"_s, cpnId},
        {u"resource"_s, u"/v2/products/%1.json"_s.arg(productId)},
        {u"resourceId"_s, QString::number(productId)},
        {u"topic"_s, u"product"_s},
        {u"action"_s, action},
        {u"send"_s, send},
    };
}

} // namespace puente::fakes::bsale
