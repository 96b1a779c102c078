#pragma once

#include "HttpFake.h"
#include "bsale/BsaleListQuery.h"
#include "bsale/BsaleOutcome.h"
#include "bsale/BsaleSelection.h"

#include <QtCore/QJsonObject>
#include <QtCore/QSet>

#include <functional>

namespace puente::fakes::bsale {

class BsaleStore;
class BsaleUrls;
class BsaleCatalogJson;
class BsaleSalesJson;
class BsaleDocumentEngine;
class BsaleReturnEngine;
class BsaleMovementEngine;

/** What the route classes share: the server to register on, the state and the JSON writers.
 *  Plain references; FakeBsale owns everything and outlives the routes. */
struct BsaleApiContext
{
    HttpFake &server;
    BsaleStore &store;
    BsaleUrls &urls;
    BsaleCatalogJson &catalog;
    BsaleSalesJson &sales;
    BsaleDocumentEngine &documents;
    BsaleReturnEngine &returns;
    BsaleMovementEngine &movements;

    BsaleListQuery query(const HttpFakeRequest &request) const;
};

/** Answers shared by the route classes (bsale.md §1 envelope and errors). */
class BsaleAnswers
{
public:
    using ToJson = std::function<QJsonObject(int id)>;

    /** The list envelope of one page of `selection`. */
    static HttpFakeResponse list(const BsaleListQuery &query, const BsaleSelection &selection, const ToJson &toJson);
    /** {"count": N} (§1 "Count endpoints"). */
    static HttpFakeResponse count(const BsaleSelection &selection);
    /** One object, trimmed by `fields`. */
    static HttpFakeResponse object(const BsaleListQuery &query, const QJsonObject &object, int status = 200);
    /** 400 {"error": message} (§1 Errors). */
    static HttpFakeResponse refused(const QString &message);
    /** DOCS-AMBIGUITY: the 404 body is not documented; {"error":"not found"}. */
    static HttpFakeResponse notFound();
    /** 400 "Invalid JSON object" (FAQ) when the body is not a JSON object. */
    static std::optional<QJsonObject> body(const HttpFakeRequest &request);

    /** Keeps ids whose text (from `get`) equals one of the filter's values. */
    static void matchText(BsaleSelection &selection, const BsaleListQuery &query, const QString &filter,
                          std::function<QString(int)> get);
    /** Keeps ids whose integer (from `get`) equals one of the filter's values. */
    static void matchInt(BsaleSelection &selection, const BsaleListQuery &query, const QString &filter,
                         std::function<int(int)> get);
    /** Date filter: keeps ids whose date falls on the same UTC day as the filter's value. */
    static void matchDay(BsaleSelection &selection, const BsaleListQuery &query, const QString &filter,
                         std::function<qint64(int)> get);
    /** The id captured by the route, or 0. */
    static int capture(const HttpFakeRequest &request, int index = 1);
};

} // namespace puente::fakes::bsale
