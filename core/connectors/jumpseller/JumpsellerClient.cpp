#include "connectors/jumpseller/JumpsellerClient.h"

#include "base/Redactor.h"
#include "connectors/jumpseller/JumpsellerBodies.h"
#include "connectors/jumpseller/JumpsellerParser.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QPointer>
#include <QtCore/QSet>

using namespace Qt::Literals::StringLiterals;

namespace puente {

template<typename T>
struct JumpsellerClient::Paging
{
    QString path;
    QString operation;
    QUrlQuery query;
    Parser<QList<T>> parse;
    PageProgress progress;
    qint64 total = -1;
    Callback<QList<T>> done;
    QList<T> items;
    QSet<qint64> seen;
    int page = 1;
};

namespace {

QJsonValue bodyOf(const ApiResponse &response)
{
    if (response.json.isArray())
        return response.json.array();
    if (response.json.isObject())
        return response.json.object();
    return {};
}

ApiError invalid(const QString &detail)
{
    return ApiError(ApiError::Kind::InvalidRequest, detail);
}

} // namespace

// --- Configuration ----------------------------------------------------------------------------

QUrl JumpsellerClient::defaultBaseUrl()
{
    return QUrl(u"https://api.jumpseller.com/v1"_s);
}

QList<RateLimit> JumpsellerClient::recommendedLimits()
{
    return {RateLimit::perSecond(12, 6), RateLimit::perMinute(770, 20)};
}

void JumpsellerClient::applyRecommendedLimits(ApiClientConfig &config, const QUrl &baseUrl)
{
    config.rateLimits.hostLimits.insert(baseUrl.host().toLower(), recommendedLimits());
}

JumpsellerClient::JumpsellerClient(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_baseUrl(defaultBaseUrl())
{ }

JumpsellerClient::~JumpsellerClient() = default;

void JumpsellerClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

void JumpsellerClient::setCredentials(const QString &login, const QString &authToken)
{
    m_login = login;
    m_authToken = authToken;
    Redactor::addSecret(authToken);
}

bool JumpsellerClient::hasCredentials() const
{
    return !m_login.isEmpty() && !m_authToken.isEmpty();
}

// --- Requests ---------------------------------------------------------------------------------

QUrl JumpsellerClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl out = m_baseUrl;
    QString base = out.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    out.setPath(base + path);
    out.setQuery(query);
    return out;
}

ApiRequest JumpsellerClient::authorized(ApiRequest request) const
{
    // §1.2: Basic login:authtoken is the recommended form; ApiClient registers the header value
    // with Redactor, so neither it nor the token can reach a log line.
    const QByteArray credentials = (m_login + u':' + m_authToken).toUtf8().toBase64();
    request.withHeader("Authorization", "Basic " + credentials);
    return request;
}

ApiRequest JumpsellerClient::get(const QString &path, const QString &operation, const QUrlQuery &query) const
{
    return authorized(ApiRequest::get(url(path, query), operation));
}

ApiRequest JumpsellerClient::write(const QByteArray &method, const QString &path, const QJsonObject &body,
                                   const QString &operation) const
{
    const QJsonDocument document(body);
    if (method == "POST")
        return authorized(ApiRequest::post(url(path), document, operation));
    if (method == "PUT")
        return authorized(ApiRequest::put(url(path), document, operation));
    return authorized(ApiRequest::del(url(path), operation));
}

template<typename T>
void JumpsellerClient::failLater(QObject *context, Callback<T> done, const ApiError &error)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), error] { done(error); }, Qt::QueuedConnection);
}

template<typename T>
void JumpsellerClient::call(const ApiRequest &request, QObject *context, Parser<T> parse, Callback<T> done)
{
    const QPointer<JumpsellerClient> self(this);
    m_api.send(request, context, [self, parse = std::move(parse), done = std::move(done)](const ApiResponse &response) {
        if (!self)
            return;
        if (!response.ok())
            return done(response.error);
        ApiResult<T> parsed = parse(bodyOf(response));
        if (!parsed.ok()) {
            ApiError error = parsed.error();
            error.setHttpStatus(response.status);
            return done(error);
        }
        done(std::move(parsed));
    });
}

template<typename T>
void JumpsellerClient::fetchAll(const QString &path, const QString &operation, const QUrlQuery &query, QObject *context,
                                Parser<QList<T>> parse, const PageProgress &progress, qint64 total,
                                Callback<QList<T>> done)
{
    auto paging = std::make_shared<Paging<T>>();
    paging->path = path;
    paging->operation = operation;
    paging->query = query;
    paging->parse = std::move(parse);
    paging->progress = progress;
    paging->total = total;
    paging->done = std::move(done);
    if (progress)
        progress(0, total);
    fetchPage(paging, context);
}

template<typename T>
void JumpsellerClient::fetchPage(std::shared_ptr<Paging<T>> paging, QObject *context)
{
    // §1.5: page from 1, a constant limit, stop on a short page. Changing the limit on the last
    // page (as some clients do) shifts the offset and skips items.
    QUrlQuery query = paging->query;
    query.addQueryItem(u"page"_s, QString::number(paging->page));
    query.addQueryItem(u"limit"_s, QString::number(kPageSize));
    const QPointer<JumpsellerClient> self(this);
    m_api.send(get(paging->path, paging->operation, query), context, [self, paging, context](const ApiResponse &r) {
        if (!self)
            return;
        if (!r.ok())
            return paging->done(r.error);
        ApiResult<QList<T>> parsed = paging->parse(bodyOf(r));
        if (!parsed.ok()) {
            ApiError error = parsed.error();
            error.setHttpStatus(r.status);
            return paging->done(error);
        }
        const qsizetype received = parsed.value().size();
        qsizetype fresh = 0;
        for (T &item : parsed.value()) {
            if (paging->seen.contains(item.id))
                continue;
            paging->seen.insert(item.id);
            paging->items.append(std::move(item));
            ++fresh;
        }
        if (paging->progress)
            paging->progress(paging->items.size(), paging->total);
        if (received < kPageSize || fresh == 0)
            return paging->done(std::move(paging->items));
        ++paging->page;
        self->fetchPage(paging, context);
    });
}

// --- Store ------------------------------------------------------------------------------------

void JumpsellerClient::storeInfo(QObject *context, Callback<JumpsellerStoreInfo> done)
{
    const auto parse = [](const QJsonValue &json) {
        ApiResult<JumpsellerStoreInfo> store = JumpsellerParser::storeInfo(json);
        if (store.ok())
            Redactor::addSecret(store.value().hooksToken); // the webhook key is a secret too
        return store;
    };
    call<JumpsellerStoreInfo>(get(u"/store/info.json"_s, u"jumpseller.store.info"_s), context, parse, std::move(done));
}

void JumpsellerClient::checkConnection(QObject *context, ConnectionCallback done)
{
    if (!hasCredentials()) {
        JumpsellerConnectionCheck check;
        check.outcome = JumpsellerConnectionCheck::Outcome::Rejected;
        check.error = ApiError(ApiError::Kind::Unauthorized, tr("Enter the login key and the auth token."));
        QMetaObject::invokeMethod(
            context, [done = std::move(done), check] { done(check); }, Qt::QueuedConnection);
        return;
    }
    storeInfo(context, [done = std::move(done)](ApiResult<JumpsellerStoreInfo> result) {
        JumpsellerConnectionCheck check;
        if (result.ok()) {
            check.outcome = JumpsellerConnectionCheck::Outcome::Accepted;
            check.store = result.takeValue();
        } else {
            check.error = result.error();
            const ApiError::Kind kind = check.error.kind();
            check.outcome = kind == ApiError::Kind::Unauthorized || kind == ApiError::Kind::Forbidden
                ? JumpsellerConnectionCheck::Outcome::Rejected
                : JumpsellerConnectionCheck::Outcome::Failed;
        }
        done(check);
    });
}

void JumpsellerClient::checkoutCustomFields(QObject *context, Callback<QList<JumpsellerCheckoutCustomField>> done)
{
    fetchAll<JumpsellerCheckoutCustomField>(u"/checkout_custom_fields.json"_s, u"jumpseller.checkout_fields.list"_s, {},
                                            context, &JumpsellerParser::checkoutCustomFields, {}, -1, std::move(done));
}

// --- Catalogue --------------------------------------------------------------------------------

void JumpsellerClient::productCount(QObject *context, Callback<qint64> done)
{
    call<qint64>(get(u"/products/count.json"_s, u"jumpseller.products.count"_s), context, &JumpsellerParser::count,
                 std::move(done));
}

void JumpsellerClient::products(QObject *context, const PageProgress &progress, Callback<QList<JumpsellerProduct>> done)
{
    // The count only sizes the progress bar, so an odd count answer does not stop the pull;
    // what would fail the pages too (credentials, network, throttling) ends it at once.
    const QPointer<JumpsellerClient> self(this);
    productCount(context, [self, context, progress, done = std::move(done)](ApiResult<qint64> count) {
        if (!self)
            return;
        const ApiError::Kind kind = count.error().kind();
        if (!count.ok() && kind != ApiError::Kind::MalformedJson && kind != ApiError::Kind::NotFound)
            return done(count.error());
        self->fetchAll<JumpsellerProduct>(u"/products.json"_s, u"jumpseller.products.list"_s, {}, context,
                                          &JumpsellerParser::products, progress, count.ok() ? count.value() : -1, done);
    });
}

void JumpsellerClient::product(QObject *context, qint64 id, Callback<JumpsellerProduct> done)
{
    call<JumpsellerProduct>(get(u"/products/%1.json"_s.arg(id), u"jumpseller.products.get"_s), context,
                            &JumpsellerParser::product, std::move(done));
}

void JumpsellerClient::variants(QObject *context, qint64 productId, Callback<QList<JumpsellerVariant>> done)
{
    fetchAll<JumpsellerVariant>(u"/products/%1/variants.json"_s.arg(productId), u"jumpseller.variants.list"_s, {},
                                context, &JumpsellerParser::variants, {}, -1, std::move(done));
}

void JumpsellerClient::productFields(QObject *context, qint64 productId,
                                     Callback<QList<JumpsellerCustomFieldValue>> done)
{
    call<QList<JumpsellerCustomFieldValue>>(
        get(u"/products/%1/fields.json"_s.arg(productId), u"jumpseller.product_fields.list"_s), context,
        &JumpsellerParser::productFields, std::move(done));
}

void JumpsellerClient::searchProducts(QObject *context, const QString &query, const QStringList &fields,
                                      Callback<QList<JumpsellerProduct>> done)
{
    QUrlQuery parameters;
    parameters.addQueryItem(u"query"_s, query);
    if (!fields.isEmpty())
        parameters.addQueryItem(u"fields"_s, fields.join(u','));
    fetchAll<JumpsellerProduct>(u"/products/search.json"_s, u"jumpseller.products.search"_s, parameters, context,
                                &JumpsellerParser::products, {}, -1, std::move(done));
}

void JumpsellerClient::categories(QObject *context, Callback<QList<JumpsellerCategory>> done)
{
    fetchAll<JumpsellerCategory>(u"/categories.json"_s, u"jumpseller.categories.list"_s, {}, context,
                                 &JumpsellerParser::categories, {}, -1, std::move(done));
}

void JumpsellerClient::createCategory(QObject *context, const QString &name, qint64 parentId,
                                      Callback<JumpsellerCategory> done)
{
    if (name.trimmed().isEmpty())
        return failLater(context, std::move(done), invalid(tr("A category needs a name.")));
    call<JumpsellerCategory>(write("POST", u"/categories.json"_s, JumpsellerBodies::categoryCreate(name, parentId),
                                   u"jumpseller.categories.create"_s),
                             context, &JumpsellerParser::category, std::move(done));
}

void JumpsellerClient::createProduct(QObject *context, const JumpsellerProductDraft &draft,
                                     Callback<JumpsellerCreatedProduct> done)
{
    if (draft.name.trimmed().isEmpty())
        return failLater(context, std::move(done), invalid(tr("A product needs a name.")));
    const QPointer<JumpsellerClient> self(this);
    const QList<JumpsellerVariantDraft> drafts = draft.variants;
    call<JumpsellerProduct>(
        write("POST", u"/products.json"_s, JumpsellerBodies::productCreate(draft), u"jumpseller.products.create"_s),
        context, &JumpsellerParser::product,
        [self, context, drafts, done = std::move(done)](ApiResult<JumpsellerProduct> result) {
            if (!self)
                return;
            if (!result.ok())
                return done(result.error());
            auto created = std::make_shared<JumpsellerCreatedProduct>();
            created->product = result.takeValue();
            created->variantsRequested = int(drafts.size());
            self->createVariants(context, created, drafts, done);
        });
}

void JumpsellerClient::createVariants(QObject *context, std::shared_ptr<JumpsellerCreatedProduct> created,
                                      QList<JumpsellerVariantDraft> drafts, Callback<JumpsellerCreatedProduct> done)
{
    const QPointer<JumpsellerClient> self(this);
    if (drafts.isEmpty()) {
        // Only ever reached from a finished call's callback, so answering now is not synchronous.
        if (created->variantsRequested == 0)
            return done(*created);
        // Re-read so stock (now the variants' sum) and options are the store's own figures.
        // The product is complete either way; a failed read keeps what the creates returned.
        return product(context, created->product.id, [created, done](ApiResult<JumpsellerProduct> reread) {
            if (reread.ok())
                created->product = reread.takeValue();
            done(*created);
        });
    }
    const JumpsellerVariantDraft next = drafts.takeFirst();
    createVariant(context, created->product.id, next,
                  [self, context, created, drafts, done](ApiResult<JumpsellerVariant> variant) {
                      if (!self)
                          return;
                      if (!variant.ok()) {
                          created->variantError = variant.error();
                          return done(*created);
                      }
                      created->product.variants.append(variant.takeValue());
                      self->createVariants(context, created, drafts, done);
                  });
}

void JumpsellerClient::createVariant(QObject *context, qint64 productId, const JumpsellerVariantDraft &draft,
                                     Callback<JumpsellerVariant> done)
{
    call<JumpsellerVariant>(write("POST", u"/products/%1/variants.json"_s.arg(productId),
                                  JumpsellerBodies::variantCreate(draft), u"jumpseller.variants.create"_s),
                            context, &JumpsellerParser::variant, std::move(done));
}

void JumpsellerClient::updateProduct(QObject *context, qint64 id, const JumpsellerProductChanges &changes,
                                     Callback<JumpsellerProduct> done)
{
    if (changes.isEmpty())
        return failLater(context, std::move(done), invalid(tr("Nothing to change on product %1.").arg(id)));
    call<JumpsellerProduct>(write("PUT", u"/products/%1.json"_s.arg(id), JumpsellerBodies::productEdit(changes),
                                  u"jumpseller.products.update"_s),
                            context, &JumpsellerParser::product, std::move(done));
}

void JumpsellerClient::updateVariant(QObject *context, qint64 productId, qint64 variantId,
                                     const JumpsellerVariantChanges &changes, Callback<JumpsellerVariant> done)
{
    if (changes.isEmpty())
        return failLater(context, std::move(done), invalid(tr("Nothing to change on variant %1.").arg(variantId)));
    call<JumpsellerVariant>(write("PUT", u"/products/%1/variants/%2.json"_s.arg(productId).arg(variantId),
                                  JumpsellerBodies::variantEdit(changes), u"jumpseller.variants.update"_s),
                            context, &JumpsellerParser::variant, std::move(done));
}

// --- Orders -----------------------------------------------------------------------------------

void JumpsellerClient::orderCount(QObject *context, Callback<qint64> done)
{
    call<qint64>(get(u"/orders/count.json"_s, u"jumpseller.orders.count"_s), context, &JumpsellerParser::count,
                 std::move(done));
}

void JumpsellerClient::ordersAfter(QObject *context, qint64 lastId, const PageProgress &progress,
                                   Callback<QList<JumpsellerOrder>> done)
{
    fetchAll<JumpsellerOrder>(u"/orders/after/%1.json"_s.arg(qMax<qint64>(0, lastId)), u"jumpseller.orders.after"_s, {},
                              context, &JumpsellerParser::orders, progress, -1, std::move(done));
}

void JumpsellerClient::order(QObject *context, qint64 id, Callback<JumpsellerOrder> done)
{
    call<JumpsellerOrder>(get(u"/orders/%1.json"_s.arg(id), u"jumpseller.orders.get"_s), context,
                          &JumpsellerParser::order, std::move(done));
}

void JumpsellerClient::ordersByStatus(QObject *context, JumpsellerOrderStatus status,
                                      Callback<QList<JumpsellerOrder>> done)
{
    const QString text = jumpsellerOrderStatusEnum(status);
    if (text.isEmpty())
        return failLater(context, std::move(done), invalid(tr("Unknown order status.")));
    fetchAll<JumpsellerOrder>(u"/orders/status/%1.json"_s.arg(text), u"jumpseller.orders.by_status"_s, {}, context,
                              &JumpsellerParser::orders, {}, -1, std::move(done));
}

void JumpsellerClient::updateOrder(QObject *context, qint64 id, const JumpsellerOrderChanges &changes,
                                   Callback<JumpsellerOrder> done)
{
    if (changes.isEmpty())
        return failLater(context, std::move(done), invalid(tr("Nothing to change on order %1.").arg(id)));
    if (changes.status && *changes.status == JumpsellerOrderStatus::Unknown)
        return failLater(context, std::move(done), invalid(tr("Unknown order status.")));
    call<JumpsellerOrder>(
        write("PUT", u"/orders/%1.json"_s.arg(id), JumpsellerBodies::orderEdit(changes), u"jumpseller.orders.update"_s),
        context, &JumpsellerParser::order, std::move(done));
}

// --- Webhooks ---------------------------------------------------------------------------------

void JumpsellerClient::hooks(QObject *context, Callback<QList<JumpsellerHook>> done)
{
    fetchAll<JumpsellerHook>(u"/hooks.json"_s, u"jumpseller.hooks.list"_s, {}, context, &JumpsellerParser::hooks, {},
                             -1, std::move(done));
}

void JumpsellerClient::createHook(QObject *context, const QString &event, const QUrl &url,
                                  Callback<JumpsellerHook> done)
{
    call<JumpsellerHook>(
        write("POST", u"/hooks.json"_s, JumpsellerBodies::hookCreate(event, url), u"jumpseller.hooks.create"_s),
        context, &JumpsellerParser::hook, std::move(done));
}

void JumpsellerClient::deleteHook(QObject *context, qint64 id, Callback<bool> done)
{
    // DELETE answers 200 with a bare JSON string (the spec's schema is "type": "string"), which
    // QJsonDocument refuses: any 2xx is the confirmation, the body is not read.
    ApiRequest request = write("DELETE", u"/hooks/%1.json"_s.arg(id), {}, u"jumpseller.hooks.delete"_s);
    request.withExpect(ApiRequest::Expect::Raw);
    call<bool>(
        request, context, [](const QJsonValue &) { return ApiResult<bool>(true); }, std::move(done));
}

} // namespace puente
