#include "jumpseller/AdminRoutes.h"

#include "FakeJumpseller.h"
#include "jumpseller/OrderRoutes.h"
#include "jumpseller/Replies.h"
#include "jumpseller/Shop.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::jumpseller {

namespace {

std::optional<QJsonObject> jsonBody(const HttpFakeRequest &request, HttpFakeResponse *error)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject();
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject()) {
        *error = Replies::message(400, u"Body must be a JSON object."_s);
        return std::nullopt;
    }
    return document.object();
}

} // namespace

AdminRoutes::AdminRoutes(FakeJumpseller &fake)
    : m_fake(fake)
{ }

void AdminRoutes::install(HttpFake &server)
{
    const auto bind = [this, &server](const QByteArray &verb, const QString &path, auto method) {
        server.route(verb, u"/_admin"_s + path,
                     [this, method](const HttpFakeRequest &r) { return (this->*method)(r); });
    };
    server.route("GET", u"/_admin/state"_s,
                 [this](const HttpFakeRequest &) { return HttpFakeResponse::json(200, m_fake.state()); });
    bind("GET", u"/orders"_s, &AdminRoutes::listOrders);
    bind("POST", u"/orders"_s, &AdminRoutes::createOrder);
    bind("POST", u"/orders/(\\d+)/(pay|cancel|abandon)"_s, &AdminRoutes::moveOrder);
    bind("POST", u"/fault"_s, &AdminRoutes::injectFault);
    server.route("DELETE", u"/_admin/fault"_s, [this](const HttpFakeRequest &) {
        m_fake.clearFaults();
        return HttpFakeResponse::json(200, QJsonObject {{u"pending_faults"_s, 0}});
    });
    bind("POST", u"/hooks"_s, &AdminRoutes::hookSwitches);
    bind("GET", u"/hooks"_s, &AdminRoutes::hookDeliveries);
    bind("POST", u"/rate"_s, &AdminRoutes::rate);
    bind("POST", u"/stock"_s, &AdminRoutes::stock);
}

HttpFakeResponse AdminRoutes::listOrders(const HttpFakeRequest &request) const
{
    const OrderBook &orders = m_fake.shop().orders();
    // Unlike the API, no page given means every order.
    const std::vector<int> ids = request.queryValue(u"page"_s).isEmpty()
        ? orders.ids().ids()
        : orders.ids().page(Paging::from(request).page, Paging::from(request).limit);
    return Replies::list(ids, [this](int id) { return m_fake.shop().wrappedOrder(id); });
}

HttpFakeResponse AdminRoutes::createOrder(const HttpFakeRequest &request)
{
    HttpFakeResponse error;
    const auto json = jsonBody(request, &error);
    if (!json)
        return error;
    const QJsonObject fields = json->value(u"order"_s).isObject() ? json->value(u"order"_s).toObject() : *json;
    OrderSeed seed;
    if (const QString problem = OrderRoutes::readSeed(fields, &seed); !problem.isEmpty())
        return Replies::message(400, problem);
    QString refusal;
    const int id = m_fake.createOrder(seed, &refusal);
    if (id == 0)
        return Replies::message(400, refusal);
    return HttpFakeResponse::json(200, m_fake.shop().wrappedOrder(id));
}

HttpFakeResponse AdminRoutes::moveOrder(const HttpFakeRequest &request)
{
    const int id = request.captures.value(1).toInt();
    if (!m_fake.order(id))
        return Replies::message(404, u"Order Not Found."_s);
    const QString action = request.captures.value(2);
    const OrderStatus status = action == u"pay"_s ? OrderStatus::Paid
        : action == u"cancel"_s                   ? OrderStatus::Canceled
                                                  : OrderStatus::Abandoned;
    QString refusal;
    if (!m_fake.setOrderStatus(id, status, &refusal))
        return Replies::message(400, refusal);
    return HttpFakeResponse::json(200, m_fake.shop().wrappedOrder(id));
}

HttpFakeResponse AdminRoutes::injectFault(const HttpFakeRequest &request)
{
    HttpFakeResponse error;
    const auto json = jsonBody(request, &error);
    if (!json)
        return error;
    const auto fault = HttpFake::faultFromName(Replies::string(json->value(u"fault"_s)));
    if (!fault)
        return Replies::message(
            400, u"Unknown fault; use 429|500|502|503|504|timeout|reset|reset-after|malformed|truncated."_s);
    const int count = Replies::integer(json->value(u"count"_s)).value_or(1);
    // Without a path the fault hits the API only, not this admin interface.
    QString path = json->value(u"path"_s).toString();
    if (path.isEmpty())
        path = u"^/v1/"_s;
    if (!QRegularExpression(path).isValid())
        return Replies::message(400, u"Invalid path regular expression."_s);
    m_fake.injectFault(*fault, count, path, json->value(u"method"_s).toString().toUpper().toLatin1());
    return HttpFakeResponse::json(200, QJsonObject {{u"pending_faults"_s, m_fake.pendingFaults()}});
}

HttpFakeResponse AdminRoutes::hookSwitches(const HttpFakeRequest &request)
{
    HttpFakeResponse error;
    const auto json = jsonBody(request, &error);
    if (!json)
        return error;
    HookDispatcher &hooks = m_fake.hooks();
    if (const auto duplicate = Replies::boolean(json->value(u"duplicate"_s)))
        hooks.setDuplicate(*duplicate);
    if (const auto reorder = Replies::boolean(json->value(u"reorder"_s)))
        hooks.setReorder(*reorder, Replies::integer(json->value(u"reorder_window_ms"_s)).value_or(0));
    if (const auto minute = Replies::integer(json->value(u"retry_minute_ms"_s)))
        hooks.setRetryMinuteMs(*minute);
    return HttpFakeResponse::json(200, hooks.state());
}

HttpFakeResponse AdminRoutes::hookDeliveries(const HttpFakeRequest &) const
{
    QJsonArray out;
    for (const HookDelivery &delivery : m_fake.hooks().deliveries()) {
        out.append(QJsonObject {
            {u"hook_id"_s, delivery.hookId},
            {u"event"_s, delivery.event},
            {u"url"_s, delivery.url.toString()},
            {u"attempt"_s, delivery.attempt},
            {u"http_status"_s, delivery.httpStatus},
            {u"ok"_s, delivery.ok},
            {u"triggered_at"_s, QString::fromLatin1(delivery.triggeredAt)},
        });
    }
    return HttpFakeResponse::json(200, out);
}

HttpFakeResponse AdminRoutes::rate(const HttpFakeRequest &request)
{
    HttpFakeResponse error;
    const auto json = jsonBody(request, &error);
    if (!json)
        return error;
    RateLimitConfig config = m_fake.rateLimits();
    const auto setInt = [&json](const QString &key, int &target) {
        if (const auto value = Replies::integer(json->value(key)))
            target = *value;
    };
    const auto setBool = [&json](const QString &key, bool &target) {
        if (const auto value = Replies::boolean(json->value(key)))
            target = *value;
    };
    setBool(u"enabled"_s, config.enabled);
    setInt(u"per_second"_s, config.perSecond);
    setInt(u"per_minute"_s, config.perMinute);
    setInt(u"ban_after"_s, config.banAfterHits);
    setInt(u"ban_seconds"_s, config.banSeconds);
    setInt(u"hit_window_seconds"_s, config.hitWindowSeconds);
    setBool(u"legacy_403"_s, config.legacy403);
    if (const auto scale = Replies::number(json->value(u"scale"_s)); scale && *scale > 0)
        config.scale = *scale;
    m_fake.setRateLimits(config);
    if (Replies::boolean(json->value(u"reset"_s)).value_or(false))
        m_fake.resetRateLimits();
    return HttpFakeResponse::json(200, m_fake.state().value(u"rate"_s).toObject());
}

HttpFakeResponse AdminRoutes::stock(const HttpFakeRequest &request)
{
    HttpFakeResponse error;
    const auto json = jsonBody(request, &error);
    if (!json)
        return error;
    const auto stock = Replies::integer(json->value(u"stock"_s));
    if (!stock)
        return Replies::message(400, u"'stock' is required."_s);
    int productId = Replies::integer(json->value(u"product_id"_s)).value_or(0);
    int variantId = Replies::integer(json->value(u"variant_id"_s)).value_or(0);
    if (json->contains(u"sku"_s)) {
        const auto found = m_fake.findSku(Replies::string(json->value(u"sku"_s)));
        if (!found)
            return Replies::message(404, u"SKU Not Found."_s);
        productId = found->first;
        variantId = found->second;
    }
    const bool done =
        variantId != 0 ? m_fake.setVariantStock(variantId, *stock) : m_fake.setProductStock(productId, *stock);
    if (!done)
        return Replies::message(404, u"Product Not Found."_s);
    return HttpFakeResponse::json(200, m_fake.shop().wrappedProduct(productId));
}

} // namespace puente::fakes::jumpseller
