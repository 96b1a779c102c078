#include "net/HttpHeaders.h"

namespace puente {

QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool hasHeader(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &field : headers) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void setHeader(HttpHeaders &headers, const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&](const auto &field) { return field.first.compare(name, Qt::CaseInsensitive) == 0; });
    headers.append({name, value});
}

} // namespace puente
