#include "jumpseller/OrderRoutes.h"

#include <QtCore/QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::jumpseller {

namespace {

const QString kId = u"(\\d+)"_s;

Address readAddress(const QJsonObject &json)
{
    Address a;
    a.name = Replies::string(json.value(u"name"_s));
    a.surname = Replies::string(json.value(u"surname"_s));
    a.taxid = Replies::string(json.value(u"taxid"_s));
    a.address = Replies::string(json.value(u"address"_s));
    a.streetNumber = Replies::number(json.value(u"street_number"_s));
    a.complement = Replies::string(json.value(u"complement"_s));
    a.city = Replies::string(json.value(u"city"_s));
    a.postal = Replies::string(json.value(u"postal"_s));
    a.municipality = Replies::string(json.value(u"municipality"_s));
    a.region = Replies::string(json.value(u"region"_s));
    a.regionCode = Replies::string(json.value(u"region_code"_s));
    a.country = Replies::string(json.value(u"country"_s));
    a.countryCode = Replies::string(json.value(u"country_code"_s));
    // The create schema's BillingAddress/ShippingAddress give ISO codes in "country"/"region".
    if (a.countryCode.isEmpty() && a.country.size() == 2) {
        a.countryCode = a.country.toUpper();
        a.country = a.countryCode == u"CL"_s ? u"Chile"_s : a.countryCode;
    }
    return a;
}

QList<QPair<QString, QString>> readAdditionalFields(const QJsonValue &value)
{
    QList<QPair<QString, QString>> out;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.append({it.key(), Replies::string(it.value())});
        return out;
    }
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject field = entry.toObject();
        out.append({Replies::string(field.value(u"label"_s)), Replies::string(field.value(u"value"_s))});
    }
    return out;
}

std::optional<QDate> readDate(const QString &text)
{
    const QDate date = QDate::fromString(text.trimmed(), u"yyyy-MM-dd"_s);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

OrderRoutes::OrderRoutes(Shop &shop, const ApiOptions &options)
    : m_shop(shop)
    , m_options(options)
{ }

void OrderRoutes::install(HttpFake &server)
{
    const auto bind = [this, &server](const QByteArray &verb, const QString &path, auto method) {
        server.route(verb, u"/v1"_s + path, [this, method](const HttpFakeRequest &r) { return (this->*method)(r); });
    };
    server.route("GET", u"/v1/orders/count\\.json"_s,
                 [this](const HttpFakeRequest &) { return Replies::count(m_shop.orders().count()); });
    bind("GET", u"/orders\\.json"_s, &OrderRoutes::listOrders);
    bind("POST", u"/orders\\.json"_s, &OrderRoutes::createOrder);
    bind("GET", u"/orders/status/([^/]+)\\.json"_s, &OrderRoutes::ordersByStatus);
    bind("GET", u"/orders/after/"_s + kId + u"\\.json"_s, &OrderRoutes::ordersAfter);
    bind("GET", u"/orders/"_s + kId + u"\\.json"_s, &OrderRoutes::getOrder);
    bind("PUT", u"/orders/"_s + kId + u"\\.json"_s, &OrderRoutes::updateOrder);
}

HttpFakeResponse OrderRoutes::orderList(const std::vector<int> &ids) const
{
    return Replies::list(ids, [this](int id) { return m_shop.wrappedOrder(id); });
}

HttpFakeResponse OrderRoutes::listOrders(const HttpFakeRequest &request) const
{
    const Paging paging = Paging::from(request);
    const OrderBook &orders = m_shop.orders();
    QStringList filters;
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"status_filters[]"_s || key == u"status_filters"_s)
            filters.append(value.split(u',', Qt::SkipEmptyParts));
    }
    const bool dated = !request.queryValue(u"dateFilter"_s).isEmpty();
    if (filters.isEmpty() && !dated)
        return orderList(orders.ids().page(paging.page, paging.limit, m_options.ordersDescending));

    std::vector<int> ids;
    if (filters.isEmpty()) {
        ids = orders.ids().ids();
    } else {
        for (const QString &filter : std::as_const(filters)) {
            // "created" is the pre-checkout state, which the fake never holds.
            if (filter.trimmed() == u"created"_s)
                continue;
            const auto status = parseStatus(filter);
            if (!status || filter.contains(u' '))
                return Replies::message(404, u"Status Invalid."_s);
            const auto &some = orders.withStatus(*status).ids();
            ids.insert(ids.end(), some.begin(), some.end());
        }
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    }
    if (dated) {
        QString error;
        ids = filterByDate(std::move(ids), request, &error);
        if (!error.isEmpty())
            return Replies::message(404, error);
    }
    return orderList(SortedIds::slice(ids, paging.page, paging.limit, m_options.ordersDescending));
}

std::vector<int> OrderRoutes::filterByDate(std::vector<int> ids, const HttpFakeRequest &request, QString *error) const
{
    // §3.1 [LIVE]: the store filters by calendar day in its own time zone. A linear pass over the
    // selected orders: order books are small next to catalogues.
    QTimeZone zone(m_shop.store().timezone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QDate today = m_shop.now().toTimeZone(zone).date();
    const QString filter = request.queryValue(u"dateFilter"_s);
    QDate from;
    QDate to = today;
    if (filter == u"today"_s) {
        from = today;
    } else if (filter == u"yesterday"_s) {
        from = to = today.addDays(-1);
    } else if (filter == u"last7days"_s || filter == u"last30days"_s || filter == u"last90days"_s) {
        from = today.addDays(-filter.mid(4, filter.size() - 8).toInt());
    } else if (filter == u"customDate"_s) {
        const auto initial = readDate(request.queryValue(u"initialDate"_s));
        const auto last = readDate(request.queryValue(u"finalDate"_s));
        if (!initial || !last) {
            *error = u"Invalid query."_s;
            return {};
        }
        from = *initial;
        to = *last;
    } else {
        *error = u"Invalid query."_s;
        return {};
    }
    std::erase_if(ids, [&](int id) {
        const Order *order = m_shop.orders().order(id);
        const QDate day = order ? order->createdAt.toTimeZone(zone).date() : QDate();
        return !day.isValid() || day < from || day > to;
    });
    return ids;
}

HttpFakeResponse OrderRoutes::ordersByStatus(const HttpFakeRequest &request) const
{
    // The path takes the enum form only (abandoned, canceled, pending_payment, paid).
    const QString text = request.captures.value(1);
    const auto status = parseStatus(text);
    if (!status || statusEnum(*status) != text)
        return Replies::message(404, u"Status Invalid."_s);
    const Paging paging = Paging::from(request);
    return orderList(m_shop.orders().withStatus(*status).page(paging.page, paging.limit, m_options.ordersDescending));
}

HttpFakeResponse OrderRoutes::ordersAfter(const HttpFakeRequest &request) const
{
    // DOCS-AMBIGUITY: the spec types this answer as one Order; "GET /orders/after/5000 will
    // return Order 5001, 5002, 5003, etc." and every client iterate an array, which the fake
    // sends: ids above {id}, ascending, paged with page/limit like the other lists (§1.5).
    const Paging paging = Paging::from(request);
    return orderList(m_shop.orders().ids().pageAfter(Replies::idCapture(request), paging.page, paging.limit));
}

HttpFakeResponse OrderRoutes::getOrder(const HttpFakeRequest &request) const
{
    const int id = Replies::idCapture(request);
    if (!m_shop.orders().order(id))
        return Replies::message(404, u"Order Not Found."_s);
    return HttpFakeResponse::json(200, m_shop.wrappedOrder(id));
}

QString OrderRoutes::readSeed(const QJsonObject &json, OrderSeed *seed)
{
    if (json.contains(u"status"_s)) {
        const auto status = parseStatus(Replies::string(json.value(u"status"_s)));
        if (!status)
            return u"Status is not included in the list"_s;
        seed->status = *status;
    }
    // DOCS-AMBIGUITY: OrderCreateFields.status has no default; an order created without one is
    // taken as a new checkout, i.e. pending payment.
    const QJsonObject customer = json.value(u"customer"_s).toObject();
    seed->customerId = Replies::integer(customer.value(u"id"_s)).value_or(0);
    if (customer.contains(u"email"_s))
        seed->email = Replies::string(customer.value(u"email"_s));
    else if (seed->customerId != 0)
        seed->email = u"customer-%1@example.cl"_s.arg(seed->customerId);
    seed->phone = Replies::string(customer.value(u"phone"_s));
    const auto address = [&](const QString &key) {
        const QJsonValue nested = customer.value(key);
        return readAddress(nested.isObject() ? nested.toObject() : json.value(key).toObject());
    };
    seed->shippingAddress = address(u"shipping_address"_s);
    seed->billingAddress = address(u"billing_address"_s);
    if (seed->billingAddress.name.isEmpty()) {
        seed->billingAddress.name = Replies::string(customer.value(u"name"_s));
        seed->billingAddress.surname = Replies::string(customer.value(u"surname"_s));
    }
    const QJsonObject billing = json.value(u"billing_information"_s).toObject();
    seed->billingInformation.businessActivity = Replies::string(billing.value(u"business_activity"_s));
    seed->billingInformation.companyName = Replies::string(billing.value(u"company_name"_s));
    seed->billingInformation.taxpayerType = Replies::string(billing.value(u"taxpayer_type"_s));
    seed->additionalFields = readAdditionalFields(json.value(u"additional_fields"_s));
    if (json.contains(u"shipping_method_name"_s))
        seed->shippingMethodName = Replies::string(json.value(u"shipping_method_name"_s));
    seed->shippingPrice = Replies::number(json.value(u"shipping_price"_s)).value_or(0);
    seed->shippingRequired = Replies::boolean(json.value(u"shipping_required"_s)).value_or(true);
    seed->allowMissingProducts = Replies::boolean(json.value(u"allow_missing_products"_s)).value_or(false);
    if (json.contains(u"payment_method_name"_s))
        seed->paymentMethodName = Replies::string(json.value(u"payment_method_name"_s));
    seed->additionalInformation = Replies::string(json.value(u"additional_information"_s));
    for (const QJsonValue &entry : json.value(u"products"_s).toArray()) {
        const QJsonObject line = entry.toObject();
        OrderLineSeed lineSeed;
        lineSeed.productId = Replies::integer(line.value(u"id"_s)).value_or(0);
        lineSeed.variantId = Replies::integer(line.value(u"variant_id"_s)).value_or(0);
        lineSeed.sku = Replies::string(line.value(u"sku"_s));
        lineSeed.qty = Replies::integer(line.value(u"qty"_s)).value_or(1);
        lineSeed.price = Replies::number(line.value(u"price"_s));
        lineSeed.discount = Replies::number(line.value(u"discount"_s)).value_or(0);
        seed->lines.append(lineSeed);
    }
    return {};
}

HttpFakeResponse OrderRoutes::createOrder(const HttpFakeRequest &request)
{
    HttpFakeResponse error;
    const auto fields = Replies::body(request, u"order"_s, &error);
    if (!fields)
        return error;
    OrderSeed seed;
    seed.createdFrom = u"api"_s;
    seed.paymentMethodName.clear();
    seed.paymentMethodType.clear();
    if (const QString problem = readSeed(*fields, &seed); !problem.isEmpty())
        return Replies::errors({problem});
    // "Orders created externally keep the given order product's values" (§3.6): prices given
    // in the lines win, which readSeed already arranges.
    const OrderOutcome outcome = m_shop.placeOrder(seed);
    if (outcome.error == u"Product Not Found."_s)
        return Replies::message(404, outcome.error);
    if (!outcome.ok())
        return Replies::errors({outcome.error});
    return Replies::object(u"order"_s, m_shop.orderJson(outcome.orderId), m_options.createStatus);
}

QStringList OrderRoutes::applyEdit(int orderId, const QJsonObject &f, bool *shipped)
{
    static const QStringList shipments {u"requested"_s, u"in_transit"_s, u"delivered"_s, u"failed"_s,
                                        u"pickup_available"_s};
    QStringList errors;
    const Order *current = m_shop.orders().order(orderId);
    QString shipment = current->shipmentStatus;
    if (f.contains(u"shipment_status"_s)) {
        shipment = Replies::string(f.value(u"shipment_status"_s)).trimmed().toLower().replace(u' ', u'_');
        if (!shipments.contains(shipment))
            errors << u"Shipment status is not included in the list"_s;
    }
    std::optional<OrderStatus> status;
    if (f.contains(u"status"_s)) {
        status = parseStatus(Replies::string(f.value(u"status"_s)));
        if (!status)
            errors << u"Status is not included in the list"_s;
    }
    if (!errors.isEmpty())
        return errors;
    if (status) {
        const OrderOutcome outcome = m_shop.changeOrderStatus(orderId, *status);
        if (!outcome.ok())
            return {outcome.error};
    }
    const bool wasShipped = current->shipmentStatus == u"in_transit"_s || current->shipmentStatus == u"delivered"_s;
    *shipped = !wasShipped && (shipment == u"in_transit"_s || shipment == u"delivered"_s);
    // §3.5: only these fields are writable; anything else in the body is ignored.
    m_shop.orders().edit(orderId, [&](Order &o) {
        o.shipmentStatus = shipment;
        const auto setText = [&f](const QString &key, QString &target) {
            if (f.contains(key))
                target = Replies::string(f.value(key));
        };
        setText(u"tracking_number"_s, o.trackingNumber);
        setText(u"tracking_company"_s, o.trackingCompany);
        setText(u"tracking_url"_s, o.trackingUrl);
        setText(u"additional_information"_s, o.additionalInformation);
        for (const QJsonValue &entry : f.value(u"additional_fields"_s).toArray()) {
            const QJsonObject field = entry.toObject();
            const int id = Replies::integer(field.value(u"id"_s)).value_or(0);
            const QString label = Replies::string(field.value(u"label"_s));
            const QString value = Replies::string(field.value(u"value"_s));
            auto existing =
                std::find_if(o.additionalFields.begin(), o.additionalFields.end(), [&](const AdditionalField &a) {
                    return (id != 0 && a.id == id)
                        || (!label.isEmpty() && a.label.compare(label, Qt::CaseInsensitive) == 0);
                });
            if (existing != o.additionalFields.end()) {
                existing->value = value;
            } else if (!label.isEmpty()) {
                AdditionalField added;
                added.id = id;
                added.label = label;
                added.value = value;
                o.additionalFields.append(added);
            }
        }
    });
    return {};
}

HttpFakeResponse OrderRoutes::updateOrder(const HttpFakeRequest &request)
{
    const int id = Replies::idCapture(request);
    const Order *order = m_shop.orders().order(id);
    if (!order)
        return Replies::message(404, u"Order Not Found."_s);
    HttpFakeResponse error;
    const auto fields = Replies::body(request, u"order"_s, &error);
    if (!fields)
        return error;
    const OrderStatus before = order->status;
    bool shipped = false;
    const QStringList errors = applyEdit(id, *fields, &shipped);
    if (!errors.isEmpty())
        return Replies::errors(errors);
    // A status change was announced by changeOrderStatus (with its own order_updated); any other
    // edit announces order_updated here.
    if (m_shop.orders().order(id)->status == before || shipped)
        m_shop.orderEdited(id, shipped);
    return HttpFakeResponse::json(200, m_shop.wrappedOrder(id));
}

} // namespace puente::fakes::jumpseller
