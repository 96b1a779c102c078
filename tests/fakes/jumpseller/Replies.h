#pragma once

#include "HttpFake.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

#include <functional>
#include <optional>
#include <vector>

namespace puente::fakes::jumpseller {

/** page/limit of a list request (§1.5): page from 1, limit 50 by default, at most 100. */
struct Paging
{
    int page = 1;
    int limit = 50;
    static Paging from(const HttpFakeRequest &request);
};

/** Behaviour switches of the REST routes that the spec leaves open. */
struct ApiOptions
{
    int createStatus = 200; ///< the spec says 200 for creates; some clients saw 201 (§1.3)
    bool ordersDescending = false; ///< DOCS-AMBIGUITY: list order of /orders.json is undocumented
};

/**
 * Answers in the shapes the v1 API uses: wrapped objects, arrays of wrapped objects,
 * {"count": n}, {"message": ...} errors and {"errors": [...]} validation failures.
 * Stateless; no thread affinity.
 */
class Replies
{
public:
    using Wrapper = std::function<QJsonObject(int id)>;

    static HttpFakeResponse object(const QString &key, const QJsonObject &value, int status = 200);
    static HttpFakeResponse list(const std::vector<int> &ids, const Wrapper &wrap);
    static HttpFakeResponse count(int count);
    static HttpFakeResponse message(int status, const QString &message);
    static HttpFakeResponse errors(const QStringList &errors);
    /** DELETE answers 200 with a JSON string (the spec's schema is "type": "string"). */
    static HttpFakeResponse deleted(const QString &what);

    /**
     * The object under `key` of a JSON request body ({"product": {...}}), or nullopt with
     * `error` set to a 400 answer. A body without the wrapper is taken as the object itself.
     */
    static std::optional<QJsonObject> body(const HttpFakeRequest &request, const QString &key, HttpFakeResponse *error);

    /** Lenient number/boolean/string reads: clients send "5" for 5 (§7 item 4). */
    static std::optional<double> number(const QJsonValue &value);
    static std::optional<int> integer(const QJsonValue &value);
    static std::optional<bool> boolean(const QJsonValue &value);
    static QString string(const QJsonValue &value);

    static int idCapture(const HttpFakeRequest &request, int index = 1);
};

} // namespace puente::fakes::jumpseller
