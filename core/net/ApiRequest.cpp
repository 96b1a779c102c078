#include "net/ApiRequest.h"

namespace puente {

namespace {

ApiRequest make(const QByteArray &method, const QUrl &url, const QString &operation)
{
    ApiRequest request;
    request.method = method;
    request.url = url;
    request.operation = operation;
    return request;
}

} // namespace

ApiRequest ApiRequest::get(const QUrl &url, const QString &operation)
{
    return make("GET", url, operation);
}

ApiRequest ApiRequest::del(const QUrl &url, const QString &operation)
{
    return make("DELETE", url, operation);
}

ApiRequest ApiRequest::post(const QUrl &url, const QJsonDocument &body, const QString &operation)
{
    return make("POST", url, operation).withJsonBody(body);
}

ApiRequest ApiRequest::put(const QUrl &url, const QJsonDocument &body, const QString &operation)
{
    return make("PUT", url, operation).withJsonBody(body);
}

ApiRequest ApiRequest::patch(const QUrl &url, const QJsonDocument &body, const QString &operation)
{
    return make("PATCH", url, operation).withJsonBody(body);
}

ApiRequest &ApiRequest::withHeader(const QByteArray &name, const QByteArray &value)
{
    setHeader(headers, name, value);
    return *this;
}

ApiRequest &ApiRequest::withJsonBody(const QJsonDocument &document)
{
    body = document.toJson(QJsonDocument::Compact);
    return withHeader("Content-Type", "application/json");
}

ApiRequest &ApiRequest::withIdempotent(bool value)
{
    idempotent = value;
    return *this;
}

ApiRequest &ApiRequest::withExpect(Expect value)
{
    expect = value;
    return *this;
}

ApiRequest &ApiRequest::withTimeout(int ms)
{
    timeoutMs = ms;
    return *this;
}

ApiRequest &ApiRequest::withPriority(Priority value)
{
    priority = value;
    return *this;
}

bool ApiRequest::isIdempotent() const
{
    return idempotent.value_or(isIdempotentMethod(method));
}

bool ApiRequest::isIdempotentMethod(QByteArrayView method)
{
    // RFC 9110 §9.2.2. POST and PATCH may create or change something each time.
    for (const char *name : {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"}) {
        if (method.compare(QByteArrayView(name), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace puente
