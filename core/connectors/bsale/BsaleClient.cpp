#include "connectors/bsale/BsaleClient.h"

#include "base/Redactor.h"
#include "connectors/bsale/BsaleParser.h"
#include "connectors/bsale/BsaleRequestJson.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QMetaObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

// Documents go to the SII through Bsale: give their POSTs more time than a list page.
constexpr int kWriteTimeoutMs = 60000;
// A list whose server never sends `count` nor a short page still ends (1 000 000 items).
constexpr int kMaxPages = 20000;

ApiError canceled()
{
    return ApiError(ApiError::Kind::Canceled, u"the Bsale client was destroyed"_s);
}

/** Runs `fn` on `context`'s thread on a later turn of its event loop (not if it is destroyed), so
 *  that callbacks never run before the method that was given them returns. */
void later(QObject *context, std::function<void()> fn)
{
    QMetaObject::invokeMethod(context, std::move(fn), Qt::QueuedConnection);
}

ApiError withStatus(ApiError error, int status)
{
    if (error.httpStatus() == 0 && status > 0)
        error.setHttpStatus(status);
    return error;
}

/** Steps run one after the other; each gets a continuation to call with its outcome. */
struct Sequence : std::enable_shared_from_this<Sequence>
{
    qsizetype index = 0;
    qsizetype count = 0;
    std::function<void(qsizetype, std::function<void(const ApiError &)>)> step;
    std::function<void(const ApiError &)> finished;

    void advance()
    {
        if (index >= count) {
            finished(ApiError());
            return;
        }
        const qsizetype current = index++;
        auto self = shared_from_this();
        step(current, [self](const ApiError &error) {
            if (error.isError())
                self->finished(error);
            else
                self->advance();
        });
    }
};

QString countPath(BsaleClient::Countable what)
{
    switch (what) {
    case BsaleClient::Countable::Offices:
        return u"offices"_s;
    case BsaleClient::Countable::Products:
        return u"products"_s;
    case BsaleClient::Countable::Variants:
        return u"variants"_s;
    case BsaleClient::Countable::ProductTypes:
        return u"product_types"_s;
    case BsaleClient::Countable::PriceLists:
        return u"price_lists"_s;
    case BsaleClient::Countable::Taxes:
        return u"taxes"_s;
    case BsaleClient::Countable::DocumentTypes:
        return u"document_types"_s;
    case BsaleClient::Countable::PaymentTypes:
        return u"payment_types"_s;
    case BsaleClient::Countable::Clients:
        return u"clients"_s;
    case BsaleClient::Countable::Documents:
        return u"documents"_s;
    case BsaleClient::Countable::Returns:
        return u"returns"_s;
    }
    return {};
}

void addInt(QUrlQuery &query, const QString &key, int value)
{
    if (value > 0)
        query.addQueryItem(key, QString::number(value));
}

void addText(QUrlQuery &query, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        query.addQueryItem(key, value);
}

void addState(QUrlQuery &query, std::optional<int> state)
{
    if (state)
        query.addQueryItem(u"state"_s, QString::number(*state));
}

} // namespace

// --- paging -------------------------------------------------------------------------------------

/** The state of one fetchAll(): which list, which offset, what arrived so far. */
template<typename T>
struct BsaleClient::ListRun : std::enable_shared_from_this<BsaleClient::ListRun<T>>
{
    QPointer<BsaleClient> client;
    QPointer<QObject> context;
    QList<ListSpec> lists;
    std::function<ApiResult<T>(const QJsonObject &)> parse;
    Callback<QList<T>> done;
    PageProgress progress;
    QList<T> items;
    qsizetype list = 0;
    qint64 offset = 0;
    int pages = 0;

    void requestPage()
    {
        if (list >= lists.size()) {
            done(std::move(items));
            return;
        }
        if (!context)
            return; // nobody to tell
        if (!client) {
            done(canceled());
            return;
        }
        ListSpec spec = lists.at(list);
        spec.query.addQueryItem(u"limit"_s, QString::number(kPageLimit));
        spec.query.addQueryItem(u"offset"_s, QString::number(offset));
        auto self = this->shared_from_this();
        client->get(spec, context, [self](const ApiResponse &response) { self->onPage(response); });
    }

    void onPage(const ApiResponse &response)
    {
        ApiResult<BsalePage<T>> page = parsePage(response);
        if (!page.ok()) {
            done(page.error());
            return;
        }
        const BsalePage<T> &got = page.value();
        items.append(got.items);
        if (progress)
            progress(items.size(), lists.size() == 1 ? got.count : -1);
        if (isLastPage(got)) {
            ++list;
            offset = 0;
        } else {
            offset += got.items.size();
        }
        requestPage();
    }

    ApiResult<BsalePage<T>> parsePage(const ApiResponse &response) const
    {
        if (!response.ok())
            return response.error;
        ApiResult<QJsonObject> object = BsaleParser::object(response.json, u"list"_s);
        if (!object.ok())
            return withStatus(object.error(), response.status);
        ApiResult<BsalePage<T>> page = BsaleParser::page<T>(object.value(), parse);
        if (!page.ok())
            return withStatus(page.error(), response.status);
        return page;
    }

    bool isLastPage(const BsalePage<T> &page)
    {
        ++pages;
        // Bsale may clamp the limit we asked for: a page is short against what it says it used.
        const int limit = page.limit > 0 ? std::min(page.limit, int(kPageLimit)) : int(kPageLimit);
        const qint64 next = offset + page.items.size();
        const bool reachedCount = page.count >= 0 && next >= page.count;
        return page.items.isEmpty() || page.items.size() < limit || reachedCount || pages >= kMaxPages;
    }
};

template<typename T>
void BsaleClient::fetchAll(QList<ListSpec> lists, std::function<ApiResult<T>(const QJsonObject &)> parse,
                           QObject *context, Callback<QList<T>> done, PageProgress progress, qint64 firstOffset)
{
    if (lists.isEmpty()) {
        later(context, [done] { done(QList<T>()); });
        return;
    }
    auto run = std::make_shared<ListRun<T>>();
    run->client = this;
    run->context = context;
    run->lists = std::move(lists);
    run->parse = std::move(parse);
    run->done = std::move(done);
    run->progress = std::move(progress);
    run->offset = std::max<qint64>(0, firstOffset);
    run->requestPage();
}

template<typename T>
ApiResult<T> BsaleClient::parseOne(const ApiResponse &response, const QString &what,
                                   const std::function<ApiResult<T>(const QJsonObject &)> &parse)
{
    if (!response.ok())
        return response.error;
    ApiResult<QJsonObject> object = BsaleParser::object(response.json, what);
    if (!object.ok())
        return withStatus(object.error(), response.status);
    ApiResult<T> value = parse(object.value());
    if (!value.ok())
        return withStatus(value.error(), response.status);
    return value;
}

void BsaleClient::inTurn(qsizetype count, Step step, Finished finished)
{
    auto sequence = std::make_shared<Sequence>();
    sequence->count = count;
    sequence->step = std::move(step);
    sequence->finished = std::move(finished);
    sequence->advance();
}

// --- setup ---------------------------------------------------------------------------------------

QUrl BsaleClient::defaultBaseUrl()
{
    return QUrl(u"https://api.bsale.io"_s);
}

QList<RateLimit> BsaleClient::recommendedLimits()
{
    // Bsale: 10 req/s and 3,000 per 300 s (bsale.md §1). 8/s with a burst of 2 stays under both.
    return {RateLimit::perSecond(8, 2)};
}

void BsaleClient::applyRecommendedLimits(ApiClientConfig &config, const QUrl &baseUrl)
{
    config.rateLimits.hostLimits.insert(baseUrl.host().toLower(), recommendedLimits());
}

BsaleClient::BsaleClient(ApiClient &api, const QByteArray &accessToken, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_baseUrl(defaultBaseUrl())
{
    setAccessToken(accessToken);
}

BsaleClient::~BsaleClient() = default;

void BsaleClient::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
}

void BsaleClient::setAccessToken(const QByteArray &accessToken)
{
    m_token = accessToken;
    // ApiClient registers it on every send; doing it now also covers logs written before that.
    Redactor::addSecret(QString::fromUtf8(accessToken));
}

QUrl BsaleClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl out = m_baseUrl;
    QString base = out.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    out.setPath(base + u"/v1/"_s + path);
    out.setQuery(query);
    return out;
}

ApiRequest BsaleClient::authorized(ApiRequest request) const
{
    request.withHeader("access_token", m_token);
    return request;
}

void BsaleClient::get(const ListSpec &spec, QObject *context, ResponseHandler handler)
{
    ApiRequest request = authorized(ApiRequest::get(url(spec.path, spec.query), spec.operation));
    request.withPriority(spec.priority);
    m_api.send(request, context, [guard = QPointer<BsaleClient>(this), handler](const ApiResponse &response) {
        if (!guard) {
            ApiResponse gone = response;
            gone.error = canceled();
            handler(gone);
            return;
        }
        handler(response);
    });
}

void BsaleClient::post(const QString &path, const QJsonObject &body, const QString &operation, bool idempotent,
                       QObject *context, ResponseHandler handler)
{
    ApiRequest request = authorized(ApiRequest::post(url(path), QJsonDocument(body), operation));
    request.withTimeout(kWriteTimeoutMs);
    // A write is a sale, a document or a stock movement someone waits for; reads are polls.
    request.withPriority(ApiRequest::Priority::Urgent);
    if (idempotent)
        request.withIdempotent(true);
    m_api.send(request, context, std::move(handler));
}

void BsaleClient::checkConnection(QObject *context, CheckCallback done)
{
    auto check = std::make_shared<BsaleConnectionCheck>();
    const auto fail = [check, done](const ApiError &error) {
        // Any HTTP answer other than 401 means Bsale knew the token.
        check->tokenAccepted = error.httpStatus() > 0 && error.kind() != ApiError::Kind::Unauthorized;
        check->error = error;
        done(*check);
    };
    offices(context, [this, context, check, done, fail](const ApiResult<QList<BsaleOffice>> &offices) {
        if (!offices.ok())
            return fail(offices.error());
        check->tokenAccepted = true;
        check->offices = offices.value();
        priceLists(context, [this, context, check, done, fail](const ApiResult<QList<BsalePriceList>> &lists) {
            if (!lists.ok())
                return fail(lists.error());
            check->priceLists = lists.value();
            documentTypes(context, [check, done, fail](const ApiResult<QList<BsaleDocumentType>> &types) {
                if (!types.ok())
                    return fail(types.error());
                check->documentTypes = types.value();
                done(*check);
            });
        });
    });
}

void BsaleClient::offices(QObject *context, Callback<QList<BsaleOffice>> done)
{
    fetchAll<BsaleOffice>({{u"offices.json"_s, {}, u"bsale.offices.list"_s}}, &BsaleParser::office, context,
                          std::move(done));
}

void BsaleClient::priceLists(QObject *context, Callback<QList<BsalePriceList>> done)
{
    fetchAll<BsalePriceList>({{u"price_lists.json"_s, {}, u"bsale.price_lists.list"_s}}, &BsaleParser::priceList,
                             context, std::move(done));
}

void BsaleClient::taxes(QObject *context, Callback<QList<BsaleTax>> done)
{
    fetchAll<BsaleTax>({{u"taxes.json"_s, {}, u"bsale.taxes.list"_s}}, &BsaleParser::tax, context, std::move(done));
}

void BsaleClient::documentTypes(QObject *context, Callback<QList<BsaleDocumentType>> done)
{
    fetchAll<BsaleDocumentType>({{u"document_types.json"_s, {}, u"bsale.document_types.list"_s}},
                                &BsaleParser::documentType, context, std::move(done));
}

void BsaleClient::paymentTypes(QObject *context, Callback<QList<BsalePaymentType>> done)
{
    fetchAll<BsalePaymentType>({{u"payment_types.json"_s, {}, u"bsale.payment_types.list"_s}},
                               &BsaleParser::paymentType, context, std::move(done));
}

void BsaleClient::clients(const QString &code, QObject *context, Callback<QList<BsaleCustomer>> done)
{
    QUrlQuery query;
    addText(query, u"code"_s, code);
    fetchAll<BsaleCustomer>({{u"clients.json"_s, query, u"bsale.clients.list"_s}}, &BsaleParser::customer, context,
                            std::move(done));
}

void BsaleClient::createClient(const BsaleCustomer &customer, QObject *context, Callback<BsaleCustomer> done)
{
    post(u"clients.json"_s, BsaleRequestJson::customer(customer), u"bsale.clients.create"_s, false, context,
         [done](const ApiResponse &response) {
             done(parseOne<BsaleCustomer>(response, u"client"_s, &BsaleParser::customer));
         });
}

void BsaleClient::count(Countable what, std::optional<int> state, QObject *context, Callback<qint64> done)
{
    QUrlQuery query;
    addState(query, state);
    const QString path = countPath(what);
    get({path + u"/count.json"_s, query, u"bsale.%1.count"_s.arg(path)}, context,
        [done](const ApiResponse &response) { done(parseOne<qint64>(response, u"count"_s, &BsaleParser::count)); });
}

// --- catalogue -----------------------------------------------------------------------------------

void BsaleClient::productTypes(bool withAttributes, QObject *context, Callback<QList<BsaleProductType>> done)
{
    fetchAll<BsaleProductType>(
        {{u"product_types.json"_s, {}, u"bsale.product_types.list"_s}}, &BsaleParser::productType, context,
        [this, withAttributes, context, done](const ApiResult<QList<BsaleProductType>> &types) {
            if (!types.ok() || !withAttributes)
                return done(types);
            auto all = std::make_shared<QList<BsaleProductType>>(types.value());
            inTurn(
                all->size(),
                [this, all, context](qsizetype i, std::function<void(const ApiError &)> next) {
                    attributes(all->at(i).id, context, [all, i, next](const ApiResult<QList<BsaleAttribute>> &list) {
                        if (list.ok())
                            (*all)[i].attributes = list.value();
                        next(list.error());
                    });
                },
                [all, done](const ApiError &error) {
                    if (error.isError())
                        return done(error);
                    done(*all);
                });
        });
}

void BsaleClient::attributes(int productTypeId, QObject *context, Callback<QList<BsaleAttribute>> done)
{
    const QString path = u"product_types/%1/attributes.json"_s.arg(productTypeId);
    fetchAll<BsaleAttribute>(
        {{path, {}, u"bsale.attributes.list"_s}},
        [productTypeId](const QJsonObject &object) {
            ApiResult<BsaleAttribute> attribute = BsaleParser::attribute(object);
            if (attribute.ok())
                attribute.value().productTypeId = productTypeId;
            return attribute;
        },
        context, std::move(done));
}

void BsaleClient::products(const BsaleProductFilter &filter, QObject *context, Callback<QList<BsaleProduct>> done,
                           PageProgress progress)
{
    QUrlQuery query;
    addInt(query, u"producttypeid"_s, filter.productTypeId);
    addState(query, filter.state);
    fetchAll<BsaleProduct>({{u"products.json"_s, query, u"bsale.products.list"_s}}, &BsaleParser::product, context,
                           std::move(done), std::move(progress));
}

void BsaleClient::product(int productId, QObject *context, Callback<BsaleProduct> done)
{
    get({u"products/%1.json"_s.arg(productId), {}, u"bsale.products.get"_s}, context,
        [done](const ApiResponse &response) {
            done(parseOne<BsaleProduct>(response, u"product"_s, &BsaleParser::product));
        });
}

void BsaleClient::variants(const BsaleVariantFilter &filter, QObject *context, Callback<QList<BsaleVariant>> done,
                           PageProgress progress)
{
    QUrlQuery query;
    addText(query, u"code"_s, filter.code);
    addText(query, u"barcode"_s, filter.barCode); // lower-case in queries, barCode in bodies (§1)
    addInt(query, u"productid"_s, filter.productId);
    addState(query, filter.state);
    query.addQueryItem(u"expand"_s, u"[product]"_s);
    fetchAll<BsaleVariant>({{u"variants.json"_s, query, u"bsale.variants.list"_s}}, &BsaleParser::variant, context,
                           std::move(done), std::move(progress));
}

void BsaleClient::variant(int variantId, QObject *context, Callback<BsaleVariant> done)
{
    const QUrlQuery query {{u"expand"_s, u"[product]"_s}};
    get({u"variants/%1.json"_s.arg(variantId), query, u"bsale.variants.get"_s}, context,
        [done](const ApiResponse &response) {
            done(parseOne<BsaleVariant>(response, u"variant"_s, &BsaleParser::variant));
        });
}

void BsaleClient::variantAttributeValues(int variantId, QObject *context, Callback<QList<BsaleAttributeValue>> done)
{
    fetchAll<BsaleAttributeValue>(
        {{u"variants/%1/attribute_values.json"_s.arg(variantId), {}, u"bsale.attribute_values.list"_s}},
        &BsaleParser::attributeValue, context, std::move(done));
}

void BsaleClient::stocks(const BsaleStockFilter &filter, QObject *context, Callback<QList<BsaleStock>> done,
                         PageProgress progress)
{
    QUrlQuery base;
    addInt(base, u"officeid"_s, filter.officeId);
    QList<ListSpec> lists;
    if (filter.variantIds.isEmpty())
        lists.append({u"stocks.json"_s, base, u"bsale.stocks.list"_s});
    for (const int variantId : filter.variantIds) {
        QUrlQuery query = base;
        query.addQueryItem(u"variantid"_s, QString::number(variantId));
        lists.append({u"stocks.json"_s, query, u"bsale.stocks.list"_s});
    }
    fetchAll<BsaleStock>(lists, &BsaleParser::stock, context, std::move(done), std::move(progress));
}

void BsaleClient::priceListDetails(int priceListId, int variantId, QObject *context,
                                   Callback<QList<BsalePriceDetail>> done, PageProgress progress)
{
    QUrlQuery query;
    addInt(query, u"variantid"_s, variantId);
    fetchAll<BsalePriceDetail>(
        {{u"price_lists/%1/details.json"_s.arg(priceListId), query, u"bsale.price_details.list"_s}},
        &BsaleParser::priceDetail, context, std::move(done), std::move(progress));
}

// --- documents and stock movements ---------------------------------------------------------------

void BsaleClient::documents(const BsaleDocumentFilter &filter, QObject *context, Callback<QList<BsaleDocument>> done,
                            PageProgress progress)
{
    QUrlQuery query;
    if (filter.from.isValid()) {
        const QDate to = filter.to.isValid() ? filter.to : filter.from;
        // Both ends included; the end is the last second of its day, so a date stored at local
        // rather than UTC midnight still falls inside.
        const qint64 end = BsaleRequestJson::unixDate(to) + 86399;
        query.addQueryItem(u"emissiondaterange"_s, u"[%1,%2]"_s.arg(BsaleRequestJson::unixDate(filter.from)).arg(end));
    }
    addInt(query, u"officeid"_s, filter.officeId);
    addInt(query, u"documenttypeid"_s, filter.documentTypeId);
    addState(query, filter.state);
    if (filter.withDetails)
        query.addQueryItem(u"expand"_s, u"[details]"_s);
    const bool withDetails = filter.withDetails;
    fetchAll<BsaleDocument>(
        {{u"documents.json"_s, query, u"bsale.documents.list"_s}}, &BsaleParser::document, context,
        [this, withDetails, context, done](const ApiResult<QList<BsaleDocument>> &list) {
            if (!list.ok() || !withDetails)
                return done(list);
            completeDocuments(std::make_shared<QList<BsaleDocument>>(list.value()), context, done);
        },
        std::move(progress), filter.offset);
}

void BsaleClient::completeDocuments(std::shared_ptr<QList<BsaleDocument>> documents, QObject *context,
                                    Callback<QList<BsaleDocument>> done)
{
    QList<qsizetype> incomplete;
    for (qsizetype i = 0; i < documents->size(); ++i) {
        if (!documents->at(i).detailsComplete())
            incomplete.append(i);
    }
    inTurn(
        incomplete.size(),
        [this, documents, incomplete, context](qsizetype i, std::function<void(const ApiError &)> next) {
            const qsizetype at = incomplete.at(i);
            const QString path = u"documents/%1/details.json"_s.arg(documents->at(at).id);
            fetchAll<BsaleDocumentDetail>({{path, {}, u"bsale.document_details.list"_s}}, &BsaleParser::documentDetail,
                                          context,
                                          [documents, at, next](const ApiResult<QList<BsaleDocumentDetail>> &lines) {
                                              if (lines.ok()) {
                                                  BsaleDocument &doc = (*documents)[at];
                                                  doc.details = lines.value();
                                                  doc.detailCount = int(doc.details.size());
                                              }
                                              next(lines.error());
                                          });
        },
        [documents, done](const ApiError &error) {
            if (error.isError())
                return done(error);
            done(*documents);
        });
}

void BsaleClient::document(int documentId, QObject *context, Callback<BsaleDocument> done,
                           ApiRequest::Priority priority)
{
    const QUrlQuery query {{u"expand"_s, u"[details]"_s}};
    get({u"documents/%1.json"_s.arg(documentId), query, u"bsale.documents.get"_s, priority}, context,
        [this, context, done](const ApiResponse &response) {
            ApiResult<BsaleDocument> doc = parseOne<BsaleDocument>(response, u"document"_s, &BsaleParser::document);
            if (!doc.ok() || doc.value().detailsComplete())
                return done(doc);
            completeDocuments(std::make_shared<QList<BsaleDocument>>(QList<BsaleDocument> {doc.value()}), context,
                              [done](const ApiResult<QList<BsaleDocument>> &one) {
                                  if (!one.ok())
                                      return done(one.error());
                                  done(one.value().constFirst());
                              });
        });
}

void BsaleClient::createDocument(const BsaleDocumentRequest &request, QObject *context,
                                 Callback<BsaleCreated<BsaleDocument>> done)
{
    // Only a salesId makes a second POST harmless (Bsale returns the first document).
    const bool idempotent = !request.salesId.isEmpty();
    post(u"documents.json"_s, BsaleRequestJson::document(request), u"bsale.documents.create"_s, idempotent, context,
         [done](const ApiResponse &response) {
             ApiResult<BsaleDocument> doc = parseOne<BsaleDocument>(response, u"document"_s, &BsaleParser::document);
             if (!doc.ok())
                 return done(doc.error());
             done(BsaleCreated<BsaleDocument> {doc.takeValue(), response.status != 200});
         });
}

QList<BsaleClient::ListSpec> BsaleClient::dailyLists(const QString &path, const QString &dateKey,
                                                     const BsaleMovementFilter &filter, const QString &operation,
                                                     ApiError *error) const
{
    QUrlQuery base;
    addInt(base, u"officeid"_s, filter.officeId);
    if (!filter.from.isValid())
        return {{path, base, operation}};
    const QDate to = filter.to.isValid() ? filter.to : filter.from;
    if (filter.from.daysTo(to) >= kMaxDays) {
        *error = ApiError(ApiError::Kind::InvalidRequest,
                          u"%1: date range longer than %2 days"_s.arg(operation).arg(kMaxDays));
        return {};
    }
    // Bsale filters these lists by a single date (bsale.md §1 Filtering): one list per day.
    QList<ListSpec> lists;
    for (QDate day = filter.from; day <= to; day = day.addDays(1)) {
        QUrlQuery query = base;
        query.addQueryItem(dateKey, QString::number(BsaleRequestJson::unixDate(day)));
        lists.append({path, query, operation});
    }
    return lists;
}

void BsaleClient::returns(const BsaleMovementFilter &filter, QObject *context, Callback<QList<BsaleReturn>> done,
                          PageProgress progress)
{
    ApiError error;
    const auto lists = dailyLists(u"returns.json"_s, u"returndate"_s, filter, u"bsale.returns.list"_s, &error);
    if (error.isError())
        return later(context, [done, error] { done(error); });
    fetchAll<BsaleReturn>(lists, &BsaleParser::returnRecord, context, std::move(done), std::move(progress),
                          filter.offset);
}

void BsaleClient::createReturn(const BsaleReturnRequest &request, QObject *context,
                               Callback<BsaleCreated<BsaleReturn>> done)
{
    const bool idempotent = !request.salesId.isEmpty(); // salesId works on returns too (§10)
    post(u"returns.json"_s, BsaleRequestJson::returnBody(request), u"bsale.returns.create"_s, idempotent, context,
         [done](const ApiResponse &response) {
             ApiResult<BsaleReturn> ret = parseOne<BsaleReturn>(response, u"return"_s, &BsaleParser::returnRecord);
             if (!ret.ok())
                 return done(ret.error());
             done(BsaleCreated<BsaleReturn> {ret.takeValue(), response.status != 200});
         });
}

template<typename Movement>
void BsaleClient::fillMovementDetails(std::shared_ptr<QList<Movement>> movements, const QString &pathPattern,
                                      QObject *context, Callback<QList<Movement>> done)
{
    inTurn(
        movements->size(),
        [this, movements, pathPattern, context](qsizetype i, std::function<void(const ApiError &)> next) {
            const QString path = pathPattern.arg(movements->at(i).id);
            fetchAll<BsaleMovementDetail>({{path, {}, u"bsale.movement_details.list"_s}}, &BsaleParser::movementDetail,
                                          context,
                                          [movements, i, next](const ApiResult<QList<BsaleMovementDetail>> &lines) {
                                              if (lines.ok())
                                                  (*movements)[i].details = lines.value();
                                              next(lines.error());
                                          });
        },
        [movements, done](const ApiError &error) {
            if (error.isError())
                return done(error);
            done(*movements);
        });
}

void BsaleClient::receptions(const BsaleMovementFilter &filter, QObject *context, Callback<QList<BsaleReception>> done,
                             PageProgress progress)
{
    ApiError error;
    const auto lists =
        dailyLists(u"stocks/receptions.json"_s, u"admissiondate"_s, filter, u"bsale.receptions.list"_s, &error);
    if (error.isError())
        return later(context, [done, error] { done(error); });
    const bool withDetails = filter.withDetails;
    fetchAll<BsaleReception>(
        lists, &BsaleParser::reception, context,
        [this, withDetails, context, done](const ApiResult<QList<BsaleReception>> &list) {
            if (!list.ok() || !withDetails)
                return done(list);
            fillMovementDetails<BsaleReception>(std::make_shared<QList<BsaleReception>>(list.value()),
                                                u"stocks/receptions/%1/details.json"_s, context, done);
        },
        std::move(progress));
}

void BsaleClient::consumptions(const BsaleMovementFilter &filter, QObject *context,
                               Callback<QList<BsaleConsumption>> done, PageProgress progress)
{
    ApiError error;
    const auto lists =
        dailyLists(u"stocks/consumptions.json"_s, u"consumptiondate"_s, filter, u"bsale.consumptions.list"_s, &error);
    if (error.isError())
        return later(context, [done, error] { done(error); });
    const bool withDetails = filter.withDetails;
    fetchAll<BsaleConsumption>(
        lists, &BsaleParser::consumption, context,
        [this, withDetails, context, done](const ApiResult<QList<BsaleConsumption>> &list) {
            if (!list.ok() || !withDetails)
                return done(list);
            fillMovementDetails<BsaleConsumption>(std::make_shared<QList<BsaleConsumption>>(list.value()),
                                                  u"stocks/consumptions/%1/details.json"_s, context, done);
        },
        std::move(progress));
}

void BsaleClient::receptionDetails(int receptionId, QObject *context, Callback<QList<BsaleMovementDetail>> done)
{
    fetchAll<BsaleMovementDetail>(
        {{u"stocks/receptions/%1/details.json"_s.arg(receptionId), {}, u"bsale.movement_details.list"_s}},
        &BsaleParser::movementDetail, context, std::move(done));
}

void BsaleClient::consumptionDetails(int consumptionId, QObject *context, Callback<QList<BsaleMovementDetail>> done)
{
    fetchAll<BsaleMovementDetail>(
        {{u"stocks/consumptions/%1/details.json"_s.arg(consumptionId), {}, u"bsale.movement_details.list"_s}},
        &BsaleParser::movementDetail, context, std::move(done));
}

void BsaleClient::createReception(const BsaleReceptionRequest &request, QObject *context, Callback<BsaleReception> done)
{
    post(u"stocks/receptions.json"_s, BsaleRequestJson::reception(request), u"bsale.receptions.create"_s, false,
         context, [done](const ApiResponse &response) {
             done(parseOne<BsaleReception>(response, u"reception"_s, &BsaleParser::reception));
         });
}

void BsaleClient::createConsumption(const BsaleConsumptionRequest &request, QObject *context,
                                    Callback<BsaleConsumption> done)
{
    post(u"stocks/consumptions.json"_s, BsaleRequestJson::consumption(request), u"bsale.consumptions.create"_s, false,
         context, [done](const ApiResponse &response) {
             done(parseOne<BsaleConsumption>(response, u"consumption"_s, &BsaleParser::consumption));
         });
}

} // namespace puente
