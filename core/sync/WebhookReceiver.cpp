#include "sync/WebhookReceiver.h"

#include "base/Clock.h"
#include "base/Logging.h"
#include "connectors/jumpseller/JumpsellerHookVerifier.h"
#include "connectors/jumpseller/JumpsellerParser.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

int intOf(const QJsonValue &value)
{
    // §9: resourceId, officeId and priceListId are strings; cpnId is a number. Take both.
    return value.isString() ? value.toString().toInt() : value.toInt();
}

} // namespace

QList<qint64> JumpsellerHint::productIds() const
{
    QList<qint64> out;
    if (product && product->id > 0)
        out.append(product->id);
    if (order) {
        for (const JumpsellerOrderLine &line : order->lines) {
            if (line.productId > 0 && !out.contains(line.productId))
                out.append(line.productId);
        }
    }
    return out;
}

/** The HTTP side: hands each request to the receiver and writes its answer. */
class WebhookReceiver::Server final : public QAbstractHttpServer
{
public:
    explicit Server(WebhookReceiver &owner)
        : m_owner(owner)
    { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QHash<QByteArray, QByteArray> headers;
        for (const auto &[name, value] : request.headers())
            headers.insert(name.toLower(), value);
        const QByteArray method = request.method() == QHttpServerRequest::Method::Post ? "POST" : "OTHER";
        const Answer answer = m_owner.handle(method, request.url().path(), headers, request.body());
        makeResponder(request, socket)
            .write(answer.body, "application/json", QHttpServerResponder::StatusCode(answer.status));
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
    }

private:
    WebhookReceiver &m_owner;
};

WebhookReceiver::WebhookReceiver(Clock &clock, Config config, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_config(std::move(config))
{ }

WebhookReceiver::~WebhookReceiver() = default;

bool WebhookReceiver::listen(QString *error)
{
    if (isListening())
        return true;
    auto server = std::make_unique<Server>(*this);
    const quint16 port = server->listen(m_config.address, m_config.port);
    if (port == 0) {
        if (error)
            *error = u"cannot listen on %1:%2"_s.arg(m_config.address.toString()).arg(m_config.port);
        return false;
    }
    m_server = std::move(server);
    m_port = port;
    qCInfo(lcSync).noquote() << "webhook receiver listening on" << baseUrl().toString();
    return true;
}

bool WebhookReceiver::isListening() const
{
    return m_server != nullptr;
}

quint16 WebhookReceiver::port() const
{
    return m_port;
}

QUrl WebhookReceiver::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_config.address.toString());
    url.setPort(m_port);
    return url;
}

WebhookReceiver::Answer WebhookReceiver::handle(const QByteArray &method, const QString &path,
                                                const QHash<QByteArray, QByteArray> &headers, const QByteArray &body)
{
    const QString bsalePath =
        m_config.bsaleSecret.isEmpty() ? u"/hooks/bsale"_s : u"/hooks/bsale/"_s + m_config.bsaleSecret;
    const bool jumpseller = path == u"/hooks/jumpseller"_s;
    const bool bsale = path == bsalePath;
    if (!jumpseller && !bsale)
        return {404, R"({"error":"not found"})"};
    if (method != "POST")
        return {405, R"({"error":"method not allowed"})"};
    return jumpseller ? handleJumpseller(headers, body) : handleBsale(body);
}

WebhookReceiver::Answer WebhookReceiver::handleJumpseller(const QHash<QByteArray, QByteArray> &headers,
                                                          const QByteArray &body)
{
    const QByteArray signature = headers.value(JumpsellerHookVerifier::signatureHeaderName().toLower());
    if (!JumpsellerHookVerifier::verify(body, signature, m_config.jumpsellerHooksToken)) {
        ++m_counters.badSignature;
        qCWarning(lcSync) << "webhook: Jumpseller delivery with a bad signature refused";
        return {401, R"({"error":"bad signature"})"};
    }
    const QString event = QString::fromUtf8(headers.value("jumpseller-event")).trimmed();
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (!json.isObject()) {
        ++m_counters.malformed;
        return {400, R"({"error":"expected a JSON object"})"};
    }
    if (isDuplicate("js:" + event.toUtf8() + ':' + QCryptographicHash::hash(body, QCryptographicHash::Sha256))) {
        ++m_counters.duplicates;
        return {200, R"({"ok":true,"duplicate":true})"};
    }
    JumpsellerHint hint;
    hint.event = event;
    const QJsonObject root = json.object();
    if (root.contains(u"product"_s)) {
        auto product = JumpsellerParser::product(root);
        if (product.ok())
            hint.product = product.takeValue();
    }
    if (root.contains(u"order"_s)) {
        auto order = JumpsellerParser::order(root);
        if (order.ok())
            hint.order = order.takeValue();
    }
    if (!hint.product && !hint.order) {
        ++m_counters.ignored;
        return {200, R"({"ok":true,"ignored":true})"};
    }
    ++m_counters.accepted;
    Q_EMIT jumpsellerHint(hint);
    return {200, R"({"ok":true})"};
}

WebhookReceiver::Answer WebhookReceiver::handleBsale(const QByteArray &body)
{
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (!json.isObject()) {
        ++m_counters.malformed;
        return {400, R"({"error":"expected a JSON object"})"};
    }
    const QJsonObject root = json.object();
    BsaleHint hint;
    hint.topic = root.value(u"topic"_s).toString();
    hint.officeId = intOf(root.value(u"officeId"_s));
    const int resourceId = intOf(root.value(u"resourceId"_s));
    const int company = intOf(root.value(u"cpnId"_s));
    if (hint.topic == u"document"_s)
        hint.documentId = resourceId;
    else if (hint.topic == u"stock"_s || hint.topic == u"variant"_s || hint.topic == u"price"_s)
        hint.variantId = resourceId;
    const bool otherCompany = m_config.bsaleCompanyId != 0 && company != m_config.bsaleCompanyId;
    // §10.12: stock webhooks fire for every office.
    const bool otherOffice =
        hint.officeId != 0 && !m_config.officeIds.isEmpty() && !m_config.officeIds.contains(hint.officeId);
    if (resourceId <= 0 || (hint.variantId == 0 && hint.documentId == 0) || otherCompany || otherOffice) {
        ++m_counters.ignored;
        return {200, R"({"ok":true,"ignored":true})"};
    }
    if (isDuplicate("bsale:" + QCryptographicHash::hash(body, QCryptographicHash::Sha256))) {
        ++m_counters.duplicates;
        return {200, R"({"ok":true,"duplicate":true})"};
    }
    ++m_counters.accepted;
    Q_EMIT bsaleHint(hint);
    return {200, R"({"ok":true})"};
}

bool WebhookReceiver::isDuplicate(const QByteArray &key)
{
    const qint64 now = m_clock.monotonicMs();
    for (auto it = m_seen.begin(); it != m_seen.end();)
        it = now - it.value() > m_config.dedupeWindowMs ? m_seen.erase(it) : std::next(it);
    if (m_seen.contains(key))
        return true;
    m_seen.insert(key, now);
    return false;
}

} // namespace puente
