#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QSet>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrlQuery>

#include <optional>

namespace puente::fakes {
struct HttpFakeRequest;
}

namespace puente::fakes::bsale {

/**
 * The query-string conventions every Bsale list shares (bsale.md §1): limit/offset paging,
 * `expand` and `fields` in both the `[a,b]` and the `a,b` form, and lower-case filters whose
 * values may be bracketed lists. Builds the list envelope. A value type, cheap to make per request.
 */
class BsaleListQuery
{
public:
    static constexpr int kDefaultLimit = 25;
    static constexpr int kMaxLimit = 50;

    /** `origin` is "http://127.0.0.1:PORT", prefixed to the request path for href and next. */
    BsaleListQuery(const HttpFakeRequest &request, const QString &origin);

    int limit() const { return m_limit; }
    int offset() const { return m_offset; }
    bool expands(const QString &relation) const { return m_expand.contains(relation); }
    const QSet<QString> &expand() const { return m_expand; }

    /** The values of a lower-case filter, or nullopt when it was not sent. `code=[a,b]` gives
     *  two values; a plain `code=a,b` is one value. */
    std::optional<QStringList> values(const QString &filter) const;
    /** Integer values of a filter; a value that is not a number becomes -1 (matches nothing). */
    std::optional<QList<int>> ints(const QString &filter) const;
    /** One integer (Unix seconds for date filters), or nullopt. */
    std::optional<qint64> number(const QString &filter) const;

    /** {href, count, limit, offset, items, next?}; next only when offset + limit < count. */
    QJsonObject envelope(const QList<QJsonObject> &items, int count) const;
    /** Drops attributes not asked for by `fields` (href is always kept). */
    QJsonObject trim(const QJsonObject &item) const;

    /** "[a, b]" or "a,b" → {"a","b"}. */
    static QStringList parseList(const QString &raw);
    /** An envelope for an expanded child collection (first page, default limit). */
    static QJsonObject childEnvelope(const QString &href, const QList<QJsonObject> &items, int count);

private:
    QString m_href;
    QUrlQuery m_query;
    int m_limit = kDefaultLimit;
    int m_offset = 0;
    QSet<QString> m_expand;
    QSet<QString> m_fields;
};

} // namespace puente::fakes::bsale
