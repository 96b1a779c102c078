#include "net/ApiError.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMetaEnum>
#include <QtCore/QStringList>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

constexpr qsizetype kMaxRawMessage = 500;

QString jsonText(const QJsonValue &value);

QString objectText(const QJsonObject &object)
{
    if (object.value(u"message"_s).isString())
        return object.value(u"message"_s).toString();
    // Rails-style {"field": ["problem", ...]}: keep the field names, they say what is wrong.
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString text = jsonText(it.value());
        if (!text.isEmpty())
            parts.append(it.key() + u": "_s + text);
    }
    return parts.join(u"; "_s);
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray()) {
            const QString text = jsonText(item);
            if (!text.isEmpty())
                parts.append(text);
        }
        return parts.join(u"; "_s);
    }
    case QJsonValue::Object:
        return objectText(value.toObject());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString messageFromObject(const QJsonObject &object)
{
    // Bsale documents {"error": ...}; Jumpseller uses {"message"}, {"errors": [...]} and
    // {"error"}; OAuth servers add "error_description" to a terse "error" code.
    QString error = jsonText(object.value(u"error"_s));
    const QString description = jsonText(object.value(u"error_description"_s));
    if (!error.isEmpty() && !description.isEmpty())
        return error + u": "_s + description;
    if (!error.isEmpty())
        return error;
    for (const auto &key : {u"message"_s, u"errors"_s, u"description"_s, u"error_description"_s}) {
        const QString text = jsonText(object.value(key));
        if (!text.isEmpty())
            return text;
    }
    return {};
}

QString rawText(const QByteArray &body)
{
    QString text = QString::fromUtf8(body).trimmed();
    if (text.size() > kMaxRawMessage)
        text = text.left(kMaxRawMessage) + u'…';
    return text;
}

} // namespace

ApiError::ApiError(Kind kind, const QString &detail, bool retryable)
    : m_kind(kind)
    , m_retryable(retryable)
    , m_detail(detail)
{ }

ApiError ApiError::fromHttpStatus(int status, const QByteArray &body, bool throttled)
{
    Kind kind = Kind::Http;
    if (throttled || status == 429)
        kind = Kind::RateLimited;
    else if (status == 401)
        kind = Kind::Unauthorized;
    else if (status == 403)
        kind = Kind::Forbidden;
    else if (status == 404)
        kind = Kind::NotFound;
    ApiError error(kind, {}, throttled || isRetryableStatus(status));
    error.m_httpStatus = status;
    error.m_serverMessage = extractServerMessage(body);
    return error;
}

ApiError ApiError::fromNetworkError(QNetworkReply::NetworkError code, const QString &errorString)
{
    switch (code) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::HostNotFoundError:
        return ApiError(Kind::HostNotFound, errorString, true);
    case QNetworkReply::ConnectionRefusedError:
        return ApiError(Kind::ConnectionRefused, errorString, true);
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
        return ApiError(Kind::ConnectionReset, errorString, true);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::ProxyTimeoutError:
        return ApiError(Kind::Timeout, errorString, true);
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError(Kind::Tls, errorString, false);
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return ApiError(Kind::Redirect, errorString, false);
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return ApiError(Kind::InvalidRequest, errorString, false);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::UnknownProxyError:
        return ApiError(Kind::Network, errorString, true);
    default:
        // Content and protocol errors carry an HTTP status and are classified by it;
        // anything else is an unexpected transport problem that is not worth repeating.
        return ApiError(Kind::Network, errorString, false);
    }
}

ApiError &ApiError::setRetryable(bool retryable)
{
    m_retryable = retryable;
    return *this;
}

ApiError &ApiError::setRetryAfterMs(qint64 ms)
{
    m_retryAfterMs = ms;
    return *this;
}

ApiError &ApiError::setHttpStatus(int status)
{
    m_httpStatus = status;
    return *this;
}

QString ApiError::describeKind() const
{
    switch (m_kind) {
    case Kind::None:
        return tr("OK");
    case Kind::Network:
        return tr("Network error");
    case Kind::HostNotFound:
        return tr("Server not found (are you online?)");
    case Kind::ConnectionRefused:
        return tr("Connection refused by the server");
    case Kind::ConnectionReset:
        return tr("Connection closed before the server answered");
    case Kind::Timeout:
        return tr("The server did not answer in time");
    case Kind::Tls:
        return tr("Secure connection failed");
    case Kind::Redirect:
        return tr("Refused a redirect");
    case Kind::Http:
        return tr("Server error");
    case Kind::RateLimited:
        return tr("Too many requests: the server asked to slow down");
    case Kind::Unauthorized:
        return tr("Not authorized: check the API credentials");
    case Kind::Forbidden:
        return tr("Access denied");
    case Kind::NotFound:
        return tr("Not found");
    case Kind::MalformedJson:
        return tr("Unreadable answer from the server");
    case Kind::Canceled:
        return tr("Canceled");
    case Kind::InvalidRequest:
        return tr("Invalid request");
    }
    return {};
}

QString ApiError::toString() const
{
    QString text = describeKind();
    if (m_httpStatus > 0)
        text += u" (HTTP "_s + QString::number(m_httpStatus) + u')';
    if (!m_serverMessage.isEmpty())
        text += u": "_s + m_serverMessage;
    else if (!m_detail.isEmpty())
        text += u": "_s + m_detail;
    return text;
}

QString ApiError::kindName(Kind kind)
{
    return QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(int(kind)));
}

QString ApiError::extractServerMessage(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        if (document.object().isEmpty() && document.array().isEmpty())
            return {}; // {} or []: nothing to say
        QString text;
        if (document.isObject())
            text = messageFromObject(document.object());
        else if (document.isArray())
            text = jsonText(document.array());
        if (!text.isEmpty())
            return text;
    }
    return rawText(trimmed);
}

bool ApiError::isRetryableStatus(int status)
{
    switch (status) {
    case 408:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

} // namespace puente
