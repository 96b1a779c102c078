#include "jumpseller/StoreRoutes.h"

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::jumpseller {

namespace {

const QString kId = u"(\\d+)"_s;

HttpFakeResponse checkoutFieldNotFound()
{
    return Replies::message(404, u"CheckoutCustomField Not Found."_s);
}

HttpFakeResponse hookNotFound()
{
    return Replies::message(404, u"Hook Not Found."_s);
}

} // namespace

StoreRoutes::StoreRoutes(Shop &shop, HookDispatcher &hooks, const ApiOptions &options)
    : m_shop(shop)
    , m_hooks(hooks)
    , m_options(options)
{ }

void StoreRoutes::install(HttpFake &server)
{
    const auto bind = [this, &server](const QByteArray &verb, const QString &path, auto method) {
        server.route(verb, u"/v1"_s + path, [this, method](const HttpFakeRequest &r) { return (this->*method)(r); });
    };
    bind("GET", u"/store/info\\.json"_s, &StoreRoutes::storeInfo);
    bind("GET", u"/checkout_custom_fields\\.json"_s, &StoreRoutes::listCheckoutFields);
    bind("POST", u"/checkout_custom_fields\\.json"_s, &StoreRoutes::createCheckoutField);
    bind("GET", u"/checkout_custom_fields/"_s + kId + u"\\.json"_s, &StoreRoutes::getCheckoutField);
    bind("PUT", u"/checkout_custom_fields/"_s + kId + u"\\.json"_s, &StoreRoutes::updateCheckoutField);
    bind("DELETE", u"/checkout_custom_fields/"_s + kId + u"\\.json"_s, &StoreRoutes::deleteCheckoutField);
    bind("GET", u"/hooks\\.json"_s, &StoreRoutes::listHooks);
    bind("POST", u"/hooks\\.json"_s, &StoreRoutes::createHook);
    bind("GET", u"/hooks/"_s + kId + u"\\.json"_s, &StoreRoutes::getHook);
    bind("PUT", u"/hooks/"_s + kId + u"\\.json"_s, &StoreRoutes::updateHook);
    bind("DELETE", u"/hooks/"_s + kId + u"\\.json"_s, &StoreRoutes::deleteHook);
}

HttpFakeResponse StoreRoutes::storeInfo(const HttpFakeRequest &request) const
{
    // DOCS-AMBIGUITY: the spec's Store schema is flat, but the live API wraps it in "store"
    // (§4, observed by two clients); the fake wraps. `fields=a,b` keeps only those keys [SKILL].
    QJsonObject store = Serializer::store(m_shop.store());
    const QStringList fields = request.queryValue(u"fields"_s).split(u',', Qt::SkipEmptyParts);
    if (!fields.isEmpty()) {
        QJsonObject kept;
        for (const QString &field : fields) {
            if (store.contains(field.trimmed()))
                kept.insert(field.trimmed(), store.value(field.trimmed()));
        }
        store = kept;
    }
    return Replies::object(u"store"_s, store);
}

// --- Checkout custom fields -----------------------------------------------------------------

QStringList StoreRoutes::applyCheckoutField(CheckoutCustomField &field, const QJsonObject &json)
{
    static const QStringList types {u"text"_s, u"select"_s, u"input"_s, u"checkbox"_s, u"date"_s};
    static const QStringList areas {u"contact"_s, u"billing_shipping"_s, u"other"_s};
    QStringList errors;
    if (json.contains(u"label"_s))
        field.label = Replies::string(json.value(u"label"_s)).trimmed();
    if (json.contains(u"type"_s)) {
        field.type = json.value(u"type"_s).toString();
        if (!types.contains(field.type))
            errors << u"Type is not included in the list"_s;
    }
    if (json.contains(u"area"_s)) {
        field.area = json.value(u"area"_s).toString();
        if (!areas.contains(field.area))
            errors << u"Area is not included in the list"_s;
    }
    if (const auto required = Replies::boolean(json.value(u"required"_s)))
        field.required = *required;
    if (const auto position = Replies::integer(json.value(u"position"_s)))
        field.position = *position;
    if (const auto deletable = Replies::boolean(json.value(u"deletable"_s)))
        field.deletable = *deletable;
    if (json.value(u"custom_field_select_options"_s).isArray()) {
        field.selectOptions.clear();
        for (const QJsonValue &option : json.value(u"custom_field_select_options"_s).toArray())
            field.selectOptions.append(Replies::string(option));
    }
    if (field.label.isEmpty())
        errors << u"Label can't be blank"_s;
    return errors;
}

HttpFakeResponse StoreRoutes::listCheckoutFields(const HttpFakeRequest &request) const
{
    const Paging paging = Paging::from(request);
    return Replies::list(m_shop.checkoutFieldIds().page(paging.page, paging.limit), [this](int id) {
        return Serializer::wrap(u"checkout_custom_field"_s, Serializer::checkoutField(*m_shop.checkoutField(id)));
    });
}

HttpFakeResponse StoreRoutes::getCheckoutField(const HttpFakeRequest &request) const
{
    const CheckoutCustomField *field = m_shop.checkoutField(Replies::idCapture(request));
    if (!field)
        return checkoutFieldNotFound();
    return Replies::object(u"checkout_custom_field"_s, Serializer::checkoutField(*field));
}

HttpFakeResponse StoreRoutes::createCheckoutField(const HttpFakeRequest &request)
{
    HttpFakeResponse error;
    const auto json = Replies::body(request, u"checkout_custom_field"_s, &error);
    if (!json)
        return error;
    CheckoutCustomField field;
    field.position = 0; // next free position unless given
    if (const QStringList errors = applyCheckoutField(field, *json); !errors.isEmpty())
        return Replies::errors(errors);
    const int id = m_shop.addCheckoutField(field);
    return Replies::object(u"checkout_custom_field"_s, Serializer::checkoutField(*m_shop.checkoutField(id)),
                           m_options.createStatus);
}

HttpFakeResponse StoreRoutes::updateCheckoutField(const HttpFakeRequest &request)
{
    const int id = Replies::idCapture(request);
    const CheckoutCustomField *existing = m_shop.checkoutField(id);
    if (!existing)
        return checkoutFieldNotFound();
    HttpFakeResponse error;
    const auto json = Replies::body(request, u"checkout_custom_field"_s, &error);
    if (!json)
        return error;
    CheckoutCustomField edited = *existing;
    if (const QStringList errors = applyCheckoutField(edited, *json); !errors.isEmpty())
        return Replies::errors(errors);
    m_shop.editCheckoutField(id, [&edited](CheckoutCustomField &f) { f = edited; });
    return Replies::object(u"checkout_custom_field"_s, Serializer::checkoutField(edited));
}

HttpFakeResponse StoreRoutes::deleteCheckoutField(const HttpFakeRequest &request)
{
    const int id = Replies::idCapture(request);
    const CheckoutCustomField *existing = m_shop.checkoutField(id);
    if (!existing)
        return checkoutFieldNotFound();
    if (!existing->deletable)
        return Replies::message(403, u"CheckoutCustomField can't be deleted."_s);
    m_shop.removeCheckoutField(id);
    return Replies::deleted(u"CheckoutCustomField"_s);
}

// --- Hooks ----------------------------------------------------------------------------------

QStringList StoreRoutes::readHook(const QJsonObject &json, bool create, QString *event, QUrl *url)
{
    QStringList errors;
    *event = json.value(u"event"_s).toString();
    if ((create || json.contains(u"event"_s)) && !hookEvents().contains(*event))
        errors << u"Event is not included in the list"_s;
    const QString text = json.value(u"url"_s).toString().trimmed();
    *url = QUrl(text, QUrl::StrictMode);
    const bool urlOk =
        url->isValid() && (url->scheme() == u"http"_s || url->scheme() == u"https"_s) && !url->host().isEmpty();
    if ((create || json.contains(u"url"_s)) && !urlOk)
        errors << u"Url is invalid"_s;
    return errors;
}

HttpFakeResponse StoreRoutes::listHooks(const HttpFakeRequest &request) const
{
    const Paging paging = Paging::from(request);
    return Replies::list(m_hooks.hookIds().page(paging.page, paging.limit),
                         [this](int id) { return Serializer::wrap(u"hook"_s, Serializer::hook(*m_hooks.hook(id))); });
}

HttpFakeResponse StoreRoutes::getHook(const HttpFakeRequest &request) const
{
    const Hook *hook = m_hooks.hook(Replies::idCapture(request));
    if (!hook)
        return hookNotFound();
    return Replies::object(u"hook"_s, Serializer::hook(*hook));
}

HttpFakeResponse StoreRoutes::createHook(const HttpFakeRequest &request)
{
    HttpFakeResponse error;
    const auto json = Replies::body(request, u"hook"_s, &error);
    if (!json)
        return error;
    QString event;
    QUrl url;
    if (const QStringList errors = readHook(*json, true, &event, &url); !errors.isEmpty())
        return Replies::errors(errors);
    // Duplicate registrations are accepted, as the store does (§7 item 7).
    const int id = m_hooks.addHook(event, url, Replies::string(json->value(u"name"_s)));
    return Replies::object(u"hook"_s, Serializer::hook(*m_hooks.hook(id)), m_options.createStatus);
}

HttpFakeResponse StoreRoutes::updateHook(const HttpFakeRequest &request)
{
    const int id = Replies::idCapture(request);
    if (!m_hooks.hook(id))
        return hookNotFound();
    HttpFakeResponse error;
    const auto json = Replies::body(request, u"hook"_s, &error);
    if (!json)
        return error;
    QString event;
    QUrl url;
    if (const QStringList errors = readHook(*json, false, &event, &url); !errors.isEmpty())
        return Replies::errors(errors);
    m_hooks.updateHook(id, event, url);
    return Replies::object(u"hook"_s, Serializer::hook(*m_hooks.hook(id)));
}

HttpFakeResponse StoreRoutes::deleteHook(const HttpFakeRequest &request)
{
    if (!m_hooks.removeHook(Replies::idCapture(request)))
        return hookNotFound();
    return Replies::deleted(u"Hook"_s);
}

} // namespace puente::fakes::jumpseller
