#include "bsale/BsaleApiContext.h"

#include "bsale/BsaleStore.h"
#include "bsale/BsaleUrls.h"

#include <QtCore/QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::bsale {

BsaleListQuery BsaleApiContext::query(const HttpFakeRequest &request) const
{
    return BsaleListQuery(request, urls.origin());
}

HttpFakeResponse BsaleAnswers::list(const BsaleListQuery &query, const BsaleSelection &selection, const ToJson &toJson)
{
    const auto page = selection.page(query.offset(), query.limit());
    QList<QJsonObject> items;
    items.reserve(page.ids.size());
    for (const int id : page.ids)
        items.append(query.trim(toJson(id)));
    return HttpFakeResponse::json(200, query.envelope(items, page.count));
}

HttpFakeResponse BsaleAnswers::count(const BsaleSelection &selection)
{
    return HttpFakeResponse::json(200, QJsonObject {{u"count"_s, selection.count()}});
}

HttpFakeResponse BsaleAnswers::object(const BsaleListQuery &query, const QJsonObject &object, int status)
{
    return HttpFakeResponse::json(status, query.trim(object));
}

HttpFakeResponse BsaleAnswers::refused(const QString &message)
{
    return HttpFakeResponse::json(400, QJsonObject {{u"error"_s, message}});
}

HttpFakeResponse BsaleAnswers::notFound()
{
    return HttpFakeResponse::json(404, QJsonObject {{u"error"_s, u"not found"_s}});
}

std::optional<QJsonObject> BsaleAnswers::body(const HttpFakeRequest &request)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

void BsaleAnswers::matchText(BsaleSelection &selection, const BsaleListQuery &query, const QString &filter,
                             std::function<QString(int)> get)
{
    const auto values = query.values(filter);
    if (!values)
        return;
    const QSet<QString> wanted(values->begin(), values->end());
    selection.require([wanted, get = std::move(get)](int id) { return wanted.contains(get(id)); });
}

void BsaleAnswers::matchInt(BsaleSelection &selection, const BsaleListQuery &query, const QString &filter,
                            std::function<int(int)> get)
{
    const auto values = query.ints(filter);
    if (!values)
        return;
    const QSet<int> wanted(values->begin(), values->end());
    selection.require([wanted, get = std::move(get)](int id) { return wanted.contains(get(id)); });
}

void BsaleAnswers::matchDay(BsaleSelection &selection, const BsaleListQuery &query, const QString &filter,
                            std::function<qint64(int)> get)
{
    const auto value = query.number(filter);
    if (!value)
        return;
    // DOCS-AMBIGUITY: date filters take Unix seconds; Bsale stores dates only (§1 Dates), so a
    // filter matches records on the same UTC day as the value sent.
    const qint64 day = BsaleStore::utcMidnight(*value);
    selection.require([day, get = std::move(get)](int id) { return BsaleStore::utcMidnight(get(id)) == day; });
}

int BsaleAnswers::capture(const HttpFakeRequest &request, int index)
{
    return request.captures.value(index).toInt();
}

} // namespace puente::fakes::bsale
