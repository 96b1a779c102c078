#include "jumpseller/Replies.h"

#include <QtCore/QJsonDocument>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::jumpseller {

Paging Paging::from(const HttpFakeRequest &request)
{
    Paging paging;
    bool ok = false;
    const int page = request.queryValue(u"page"_s).toInt(&ok);
    if (ok && page >= 1)
        paging.page = page;
    const int limit = request.queryValue(u"limit"_s).toInt(&ok);
    // DOCS-AMBIGUITY: the answer to limit > 100 is not documented; the fake clamps to 100.
    // A zero, negative or unreadable limit falls back to the default of 50.
    if (ok && limit >= 1)
        paging.limit = std::min(limit, 100);
    return paging;
}

HttpFakeResponse Replies::object(const QString &key, const QJsonObject &value, int status)
{
    return HttpFakeResponse::json(status, QJsonObject {{key, value}});
}

HttpFakeResponse Replies::list(const std::vector<int> &ids, const Wrapper &wrap)
{
    QJsonArray array;
    for (const int id : ids)
        array.append(wrap(id));
    return HttpFakeResponse::json(200, array);
}

HttpFakeResponse Replies::count(int count)
{
    return HttpFakeResponse::json(200, QJsonObject {{u"count"_s, count}});
}

HttpFakeResponse Replies::message(int status, const QString &message)
{
    return HttpFakeResponse::json(status, QJsonObject {{u"message"_s, message}});
}

HttpFakeResponse Replies::errors(const QStringList &errors)
{
    return HttpFakeResponse::json(400, QJsonObject {{u"errors"_s, QJsonArray::fromStringList(errors)}});
}

HttpFakeResponse Replies::deleted(const QString &what)
{
    // DOCS-AMBIGUITY: the spec gives DELETE a 200 whose schema is a bare string, text unknown.
    return HttpFakeResponse::json(200, QJsonValue(what + u" deleted."_s));
}

std::optional<QJsonObject> Replies::body(const HttpFakeRequest &request, const QString &key, HttpFakeResponse *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = message(400, u"Invalid JSON in request body."_s);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(key).isObject())
        return root.value(key).toObject();
    if (root.contains(key)) {
        *error = message(400, u"'%1' must be an object."_s.arg(key));
        return std::nullopt;
    }
    return root;
}

std::optional<double> Replies::number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double parsed = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

std::optional<int> Replies::integer(const QJsonValue &value)
{
    const auto parsed = number(value);
    if (!parsed || !std::isfinite(*parsed))
        return std::nullopt;
    return int(std::lround(*parsed));
}

std::optional<bool> Replies::boolean(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == u"true"_s || text == u"1"_s)
            return true;
        if (text == u"false"_s || text == u"0"_s)
            return false;
    }
    if (value.isDouble())
        return value.toDouble() != 0;
    return std::nullopt;
}

QString Replies::string(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

int Replies::idCapture(const HttpFakeRequest &request, int index)
{
    return request.captures.value(index).toInt();
}

} // namespace puente::fakes::jumpseller
