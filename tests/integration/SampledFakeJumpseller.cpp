#include "SampledFakeJumpseller.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using puente::fakes::HttpFakeRequest;
using puente::fakes::HttpFakeResponse;

QHash<QString, int> SampledFakeJumpseller::s_counters;

namespace {

/** The path below /v1 when `pattern` matches all of it. */
bool matches(const QString &path, const QString &pattern)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(u"/v1"_s + pattern));
    return re.match(path).hasMatch();
}

} // namespace

SampledFakeJumpseller::SampledFakeJumpseller(const QString &tag, QObject *parent)
    : FakeJumpseller(parent)
    , m_tag(tag)
{ }

bool SampledFakeJumpseller::samplingEnabled()
{
    return !qEnvironmentVariableIsEmpty("PUENTE_SCHEMA_SAMPLES");
}

QString SampledFakeJumpseller::requestSchema(const QByteArray &method, const QString &path)
{
    // The requestBody schema of each operation in the spec.
    if (method == "POST" && matches(path, u"/products\\.json"_s))
        return u"ProductCreate.one"_s;
    // ProductEditFields requires name and price, yet partial PUTs are how stock is set (§2.8).
    if (method == "PUT" && matches(path, u"/products/\\d+\\.json"_s))
        return u"ProductEdit.partial"_s;
    if ((method == "POST" && matches(path, u"/products/\\d+/variants\\.json"_s))
        || (method == "PUT" && matches(path, u"/products/\\d+/variants/\\d+\\.json"_s)))
        return u"VariantEdit.one"_s;
    if ((method == "POST" && matches(path, u"/categories\\.json"_s))
        || (method == "PUT" && matches(path, u"/categories/\\d+\\.json"_s)))
        return u"CategoryEdit.one"_s;
    if (method == "PUT" && matches(path, u"/orders/\\d+\\.json"_s))
        return u"OrderEdit.one"_s;
    if ((method == "POST" && matches(path, u"/hooks\\.json"_s))
        || (method == "PUT" && matches(path, u"/hooks/\\d+\\.json"_s)))
        return u"HookEdit.one"_s;
    return {};
}

QString SampledFakeJumpseller::responseSchema(const QByteArray &method, const QString &path, int status,
                                              const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (status < 200 || status >= 300) {
        const QJsonObject object = document.object();
        if (object.contains(u"errors"_s))
            return u"Errors.one"_s;
        if (!object.contains(u"message"_s))
            return {};
        return status == 404 ? u"NotFound.one"_s : u"MessageObject.one"_s;
    }
    if (method == "DELETE")
        return u"String.one"_s;
    if (matches(path, u"/store/info\\.json"_s))
        return u"Store.inner"_s; // the spec shows Store flat; the live API wraps it (§4)
    if (matches(path, u"/.+/count\\.json"_s))
        return u"Count.one"_s;
    if (matches(path, u"/products/\\d+/variants\\.json"_s))
        return method == "GET" ? u"Variant.list"_s : u"Variant.one"_s;
    if (matches(path, u"/products/\\d+/variants/\\d+\\.json"_s))
        return u"Variant.one"_s;
    if (matches(path, u"/products/\\d+/fields\\.json"_s))
        return method == "GET" ? u"ProductCustomField.list"_s : u"Product.one"_s;
    if (matches(path, u"/products/\\d+\\.json"_s))
        return u"Product.one"_s;
    if (matches(path, u"/products(/search|/after/\\d+|/status/[^/]+|/category/\\d+)?\\.json"_s))
        return method == "GET" ? u"Product.list"_s : u"Product.one"_s;
    // DOCS-AMBIGUITY: the spec types GET /categories.json and /orders/after/{id}.json as one
    // record; the API (and the fake) answer arrays of them, validated item by item.
    if (matches(path, u"/categories\\.json"_s))
        return method == "GET" ? u"Category.list"_s : u"Category.one"_s;
    if (matches(path, u"/categories/\\d+\\.json"_s))
        return u"Category.one"_s;
    if (matches(path, u"/orders/\\d+\\.json"_s))
        return u"Order.one"_s;
    if (matches(path, u"/orders(/after/\\d+|/status/[^/]+)?\\.json"_s))
        return method == "GET" ? u"Order.list"_s : u"Order.one"_s;
    if (matches(path, u"/checkout_custom_fields\\.json"_s))
        return method == "GET" ? u"CheckoutCustomField.list"_s : u"CheckoutCustomField.one"_s;
    if (matches(path, u"/hooks\\.json"_s))
        return method == "GET" ? u"Hook.list"_s : u"Hook.one"_s;
    if (matches(path, u"/hooks/\\d+\\.json"_s))
        return u"Hook.one"_s;
    return {};
}

void SampledFakeJumpseller::decorate(const HttpFakeRequest &request, HttpFakeResponse &response)
{
    FakeJumpseller::decorate(request, response);
    if (!m_sampling || !samplingEnabled() || request.path.startsWith(u"/_admin/"_s))
        return;
    if (!request.body.isEmpty())
        write(requestSchema(request.method, request.path), request.body);
    // A malformed-body fault replaced the answer with garbage: not an answer of the API.
    if (response.body.isEmpty() || QJsonDocument::fromJson(response.body).isNull()) {
        if (response.body.trimmed().startsWith('"')) // DELETE's bare JSON string
            write(responseSchema(request.method, request.path, response.status, response.body), response.body);
        return;
    }
    write(responseSchema(request.method, request.path, response.status, response.body), response.body);
}

void SampledFakeJumpseller::write(const QString &schema, const QByteArray &bytes) const
{
    if (schema.isEmpty())
        return;
    const QDir dir(qEnvironmentVariable("PUENTE_SCHEMA_SAMPLES"));
    dir.mkpath(u"."_s);
    const int n = ++s_counters[schema];
    QFile file(dir.filePath(u"%1.%2-%3.json"_s.arg(schema, m_tag).arg(n, 3, 10, QChar(u'0'))));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}
