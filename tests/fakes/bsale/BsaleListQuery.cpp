#include "bsale/BsaleListQuery.h"

#include "HttpFake.h"

#include <QtCore/QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::bsale {

namespace {

QJsonArray toArray(const QList<QJsonObject> &items)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(item);
    return array;
}

} // namespace

BsaleListQuery::BsaleListQuery(const HttpFakeRequest &request, const QString &origin)
    : m_href(origin + request.path)
    , m_query(request.query)
{
    bool ok = false;
    const int limit = request.queryValue(u"limit"_s).toInt(&ok);
    // §1 Pagination: default 25, maximum 50.
    // DOCS-AMBIGUITY: limit=0, negative or non-numeric limits are undocumented; they get the default.
    if (ok && limit > 0)
        m_limit = std::min(limit, kMaxLimit);
    m_offset = std::max(0, request.queryValue(u"offset"_s).toInt());
    const auto expand = parseList(request.queryValue(u"expand"_s));
    m_expand = QSet<QString>(expand.begin(), expand.end());
    const auto fields = parseList(request.queryValue(u"fields"_s));
    m_fields = QSet<QString>(fields.begin(), fields.end());
}

QStringList BsaleListQuery::parseList(const QString &raw)
{
    QString inner = raw.trimmed();
    if (inner.startsWith(u'[') && inner.endsWith(u']'))
        inner = inner.mid(1, inner.size() - 2);
    QStringList out;
    const auto parts = inner.split(u',', Qt::SkipEmptyParts);
    for (const auto &part : parts) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            out.append(item);
    }
    return out;
}

std::optional<QStringList> BsaleListQuery::values(const QString &filter) const
{
    if (!m_query.hasQueryItem(filter))
        return std::nullopt;
    const QString raw = m_query.queryItemValue(filter, QUrl::FullyDecoded).trimmed();
    // §1 Filtering: array-ish values are bracketed; integrations also send plain values.
    // DOCS-AMBIGUITY: whether a plain `code=a,b` means two codes is undocumented; only the
    // bracketed form is split, so a plain value may itself contain commas.
    if (raw.startsWith(u'[') && raw.endsWith(u']'))
        return parseList(raw);
    return QStringList {raw};
}

std::optional<QList<int>> BsaleListQuery::ints(const QString &filter) const
{
    const auto raw = values(filter);
    if (!raw)
        return std::nullopt;
    QList<int> out;
    for (const auto &value : *raw) {
        bool ok = false;
        const int number = value.toInt(&ok);
        out.append(ok ? number : -1);
    }
    return out;
}

std::optional<qint64> BsaleListQuery::number(const QString &filter) const
{
    const auto raw = values(filter);
    if (!raw || raw->isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 value = raw->constFirst().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::optional<qint64>(-1);
}

QJsonObject BsaleListQuery::envelope(const QList<QJsonObject> &items, int count) const
{
    QJsonObject out {
        {u"href"_s, m_href},     {u"count"_s, count},          {u"limit"_s, m_limit},
        {u"offset"_s, m_offset}, {u"items"_s, toArray(items)},
    };
    if (m_offset + m_limit < count) {
        // The docs' example: ".../variants.json?limit=3&offset=3"; the filters ride along.
        QUrlQuery rest = m_query;
        rest.removeAllQueryItems(u"limit"_s);
        rest.removeAllQueryItems(u"offset"_s);
        QString next = u"limit=%1&offset=%2"_s.arg(m_limit).arg(m_offset + m_limit);
        if (!rest.isEmpty())
            next += u'&' + rest.toString(QUrl::FullyEncoded);
        out.insert(u"next"_s, QString(m_href + u'?' + next));
    }
    return out;
}

QJsonObject BsaleListQuery::trim(const QJsonObject &item) const
{
    if (m_fields.isEmpty())
        return item;
    // DOCS-AMBIGUITY: §1 says `fields` "returns only the listed attributes"; we keep `href` too
    // so every object still names itself.
    QJsonObject out;
    for (auto it = item.begin(); it != item.end(); ++it) {
        if (it.key() == u"href"_s || m_fields.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

QJsonObject BsaleListQuery::childEnvelope(const QString &href, const QList<QJsonObject> &items, int count)
{
    QJsonObject out {
        {u"href"_s, href}, {u"count"_s, count},          {u"limit"_s, kDefaultLimit},
        {u"offset"_s, 0},  {u"items"_s, toArray(items)},
    };
    if (kDefaultLimit < count)
        out.insert(u"next"_s, QString(href + u"?limit=%1&offset=%1"_s.arg(kDefaultLimit)));
    return out;
}

} // namespace puente::fakes::bsale
