#include "bsale/BsaleAdminApi.h"

#include "FakeBsale.h"
#include "bsale/BsaleBody.h"
#include "bsale/BsaleRateLimiter.h"
#include "bsale/BsaleSalesJson.h"
#include "bsale/BsaleWebhookSender.h"

#include <QtCore/QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::bsale {

namespace {

HttpFakeResponse adminError(const QString &message)
{
    return HttpFakeResponse::json(400, QJsonObject {{u"error"_s, message}});
}

} // namespace

BsaleAdminApi::BsaleAdminApi(FakeBsale &fake, BsaleApiContext context)
    : m_fake(fake)
    , m_ctx(context)
{
    auto &server = m_ctx.server;
    server.route("GET", u"/_admin/state"_s, [this](const HttpFakeRequest &) { return state(); });
    server.route("GET", u"/_admin/documents"_s, [this](const HttpFakeRequest &) { return documents(); });
    server.route("GET", u"/_admin/returns"_s, [this](const HttpFakeRequest &) { return returns(); });
    server.route("GET", u"/_admin/stock"_s, [this](const HttpFakeRequest &r) { return stock(r); });
    server.route("GET", u"/_admin/webhooks"_s, [this](const HttpFakeRequest &) { return webhookEvents(); });
    post(u"pos-sale"_s, [this](const QJsonObject &body) { return posSale(body); });
    post(u"reception"_s, [this](const QJsonObject &body) { return movement(body, true); });
    post(u"consumption"_s, [this](const QJsonObject &body) { return movement(body, false); });
    post(u"fault"_s, [this](const QJsonObject &body) { return fault(body); });
    post(u"webhooks"_s, [this](const QJsonObject &body) { return webhooks(body); });
    post(u"rate"_s, [this](const QJsonObject &body) { return rate(body); });
    server.route("GET", u"/_admin/fault"_s, [this](const HttpFakeRequest &) { return faultCounts(); });
    server.route("DELETE", u"/_admin/fault"_s, [this](const HttpFakeRequest &) {
        m_fake.clearFaults();
        return faultCounts();
    });
}

void BsaleAdminApi::post(const QString &name, std::function<HttpFakeResponse(const QJsonObject &)> handler)
{
    m_ctx.server.route("POST", u"/_admin/"_s + name, [handler = std::move(handler)](const HttpFakeRequest &r) {
        const auto body = BsaleAnswers::body(r);
        if (!body)
            return adminError(u"body must be a JSON object"_s);
        return handler(*body);
    });
}

HttpFakeResponse BsaleAdminApi::state() const
{
    const auto &store = m_ctx.store;
    const auto &limiter = m_fake.rateLimiter();
    auto &sender = m_fake.webhooks();
    return HttpFakeResponse::json(
        200,
        QJsonObject {
            {u"offices"_s, store.offices().size()},
            {u"products"_s, store.products().size()},
            {u"variants"_s, store.variants().size()},
            {u"stocks"_s, store.stocks().size()},
            {u"priceLists"_s, store.priceLists().size()},
            {u"clients"_s, store.clients().size()},
            {u"documents"_s, store.documents().size()},
            {u"returns"_s, store.returns().size()},
            {u"receptions"_s, store.receptions().size()},
            {u"consumptions"_s, store.consumptions().size()},
            {u"requests"_s, m_fake.requestCount()},
            {u"rateLimited"_s, m_fake.rateLimitedCount()},
            {u"pendingFaults"_s, m_fake.pendingFaults()},
            {u"rate"_s,
             QJsonObject {
                 {u"enabled"_s, limiter.isEnabled()},
                 {u"perSecond"_s, limiter.perSecond()},
                 {u"perFiveMinutes"_s, limiter.perFiveMinutes()},
                 {u"scale"_s, limiter.scale()},
                 {u"mode"_s, m_fake.rateLimitMode() == FakeBsale::RateLimitMode::InternalError ? u"500"_s : u"429"_s}}},
            {u"webhooks"_s,
             QJsonObject {{u"url"_s, sender.url().toString()},
                          {u"duplicate"_s, sender.duplicate()},
                          {u"reorder"_s, sender.reorder()},
                          {u"events"_s, int(sender.events().size())},
                          {u"posted"_s, sender.postedCount()},
                          {u"delivered"_s, sender.deliveredCount()},
                          {u"failed"_s, sender.failedCount()}}},
        });
}

HttpFakeResponse BsaleAdminApi::documents() const
{
    QJsonArray items;
    for (const int id : m_ctx.store.documents().ids())
        items.append(m_fake.documentJson(id));
    return HttpFakeResponse::json(200, QJsonObject {{u"count"_s, items.size()}, {u"items"_s, items}});
}

HttpFakeResponse BsaleAdminApi::returns() const
{
    QJsonArray items;
    for (const int id : m_ctx.store.returns().ids()) {
        QJsonObject item = m_fake.returnJson(id);
        // The fake keeps a return's salesId (a replay finds the return again); the API shows none.
        item.insert(u"salesId"_s, m_ctx.store.returns().find(id)->salesId);
        items.append(item);
    }
    return HttpFakeResponse::json(200, QJsonObject {{u"count"_s, items.size()}, {u"items"_s, items}});
}

HttpFakeResponse BsaleAdminApi::stock(const HttpFakeRequest &r) const
{
    const int variantId = r.queryValue(u"variantid"_s).toInt();
    const int officeId = r.queryValue(u"officeid"_s).toInt();
    const auto &store = m_ctx.store;
    QJsonArray items;
    const auto ids = variantId ? store.stockIdsByVariant(variantId) : store.stocks().ids();
    for (const int id : ids) {
        const Stock &s = *store.stocks().find(id);
        if (officeId && s.officeId != officeId)
            continue;
        const Variant *v = store.variants().find(s.variantId);
        items.append(QJsonObject {{u"variantId"_s, s.variantId},
                                  {u"officeId"_s, s.officeId},
                                  {u"code"_s, v ? v->code : QString()},
                                  {u"quantity"_s, s.quantity},
                                  {u"quantityReserved"_s, s.quantityReserved},
                                  {u"quantityAvailable"_s, s.available()}});
    }
    return HttpFakeResponse::json(200, QJsonObject {{u"count"_s, items.size()}, {u"items"_s, items}});
}

HttpFakeResponse BsaleAdminApi::webhookEvents() const
{
    QJsonArray items;
    for (const auto &event : m_fake.webhookEvents())
        items.append(event);
    return HttpFakeResponse::json(200, QJsonObject {{u"count"_s, items.size()}, {u"items"_s, items}});
}

HttpFakeResponse BsaleAdminApi::posSale(const QJsonObject &body)
{
    QList<FakeBsale::SaleLine> lines;
    const QJsonArray array = body.value(u"lines"_s).toArray();
    for (const auto &value : array) {
        const QJsonObject json = value.toObject();
        FakeBsale::SaleLine line;
        line.variantId = BsaleBody::id(json, u"variantId"_s);
        line.code = BsaleBody::text(json, u"code"_s);
        line.quantity = BsaleBody::number(json, u"quantity"_s).value_or(1);
        line.netUnitValue = BsaleBody::number(json, u"netUnitValue"_s);
        line.discount = BsaleBody::number(json, u"discount"_s).value_or(0);
        line.comment = BsaleBody::text(json, u"comment"_s);
        lines.append(line);
    }
    const int officeId =
        body.contains(u"officeId"_s) ? BsaleBody::id(body, u"officeId"_s) : m_ctx.store.defaultOfficeId();
    const auto result = m_fake.posSale(officeId, lines, BsaleBody::text(body, u"salesId"_s));
    if (!result.ok())
        return adminError(result.error);
    return HttpFakeResponse::json(result.status, m_fake.documentJson(result.id));
}

HttpFakeResponse BsaleAdminApi::movement(const QJsonObject &body, bool reception)
{
    QList<FakeBsale::MovementLine> lines;
    const QJsonArray array = body.value(u"lines"_s).toArray();
    for (const auto &value : array) {
        const QJsonObject json = value.toObject();
        FakeBsale::MovementLine line;
        line.variantId = BsaleBody::id(json, u"variantId"_s);
        line.code = BsaleBody::text(json, u"code"_s);
        line.quantity = BsaleBody::number(json, u"quantity"_s).value_or(1);
        line.cost = BsaleBody::number(json, u"cost"_s).value_or(0);
        line.serialNumber = BsaleBody::text(json, u"serialNumber"_s);
        lines.append(line);
    }
    const int officeId =
        body.contains(u"officeId"_s) ? BsaleBody::id(body, u"officeId"_s) : m_ctx.store.defaultOfficeId();
    const QString note = BsaleBody::text(body, u"note"_s);
    const auto result = reception ? m_fake.reception(officeId, lines, note) : m_fake.consumption(officeId, lines, note);
    if (!result.ok())
        return adminError(result.error);
    return HttpFakeResponse::json(result.status,
                                  reception ? m_ctx.sales.reception(result.id) : m_ctx.sales.consumption(result.id));
}

HttpFakeResponse BsaleAdminApi::fault(const QJsonObject &body)
{
    const auto kind = HttpFake::faultFromName(BsaleBody::text(body, u"fault"_s));
    if (!kind)
        return adminError(u"unknown fault; use 429|500|502|503|504|timeout|reset|reset-after|malformed|truncated"_s);
    const int count = body.contains(u"count"_s) ? BsaleBody::id(body, u"count"_s) : 1;
    // Without a path the fault targets the API only, so the admin interface stays reachable.
    const QString path = body.contains(u"path"_s) ? BsaleBody::text(body, u"path"_s) : u"^/v[12]/"_s;
    if (!QRegularExpression(path).isValid())
        return adminError(u"invalid path regex"_s);
    const double probability = body.value(u"probability"_s).toDouble(1.0);
    if (!(probability > 0.0 && probability <= 1.0))
        return adminError(u"probability must be in (0, 1]"_s);
    if (body.contains(u"seed"_s))
        m_fake.setFaultSeed(quint32(body.value(u"seed"_s).toInteger()));
    m_fake.injectFault(*kind, count, path, BsaleBody::text(body, u"method"_s).toUpper().toUtf8(), probability);
    return faultCounts();
}

HttpFakeResponse BsaleAdminApi::faultCounts() const
{
    return HttpFakeResponse::json(
        200, QJsonObject {{u"pendingFaults"_s, m_fake.pendingFaults()}, {u"firedFaults"_s, m_fake.firedFaults()}});
}

HttpFakeResponse BsaleAdminApi::webhooks(const QJsonObject &body)
{
    if (body.contains(u"url"_s))
        m_fake.setWebhookUrl(QUrl(BsaleBody::text(body, u"url"_s)));
    if (body.contains(u"duplicate"_s))
        m_fake.setWebhookDuplicate(BsaleBody::flag(body, u"duplicate"_s));
    if (body.contains(u"reorder"_s))
        m_fake.setWebhookReorder(BsaleBody::flag(body, u"reorder"_s));
    return state();
}

HttpFakeResponse BsaleAdminApi::rate(const QJsonObject &body)
{
    const auto &limiter = m_fake.rateLimiter();
    if (body.contains(u"perSecond"_s) || body.contains(u"perFiveMinutes"_s)) {
        m_fake.setRateLimits(body.contains(u"perSecond"_s) ? BsaleBody::id(body, u"perSecond"_s) : limiter.perSecond(),
                             body.contains(u"perFiveMinutes"_s) ? BsaleBody::id(body, u"perFiveMinutes"_s)
                                                                : limiter.perFiveMinutes());
    }
    if (const auto scale = BsaleBody::number(body, u"scale"_s))
        m_fake.setRateScale(*scale);
    if (body.contains(u"enabled"_s))
        m_fake.setRateLimitEnabled(BsaleBody::flag(body, u"enabled"_s));
    if (body.contains(u"mode"_s)) {
        const QString mode = BsaleBody::text(body, u"mode"_s);
        if (mode != u"429"_s && mode != u"500"_s)
            return adminError(u"mode must be 429 or 500"_s);
        m_fake.setRateLimitMode(mode == u"500"_s ? FakeBsale::RateLimitMode::InternalError
                                                 : FakeBsale::RateLimitMode::TooManyRequests);
    }
    return state();
}

} // namespace puente::fakes::bsale
