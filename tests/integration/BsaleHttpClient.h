#pragma once

// A deliberately dumb, synchronous HTTP client for the FakeBsale contract tests: it speaks raw
// HTTP through QNetworkAccessManager and hands back status, headers and the parsed JSON, so the
// tests assert on the wire format and not on any of Puente's own client code.

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QUrl>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtTest/QSignalSpy>

#include <memory>

namespace puente::testing {

/** One answer as seen on the wire. */
struct BsaleHttpReply
{
    int status = 0; ///< 0 when no HTTP answer arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray items() const { return json().value(QStringLiteral("items")).toArray(); }
    QString errorText() const { return json().value(QStringLiteral("error")).toString(); }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

/** Synchronous requests against one base URL with an optional `access_token`. Owns its QNAM;
 *  use on the test's thread. */
class BsaleHttpClient
{
public:
    explicit BsaleHttpClient(QUrl base, QByteArray token = {})
        : m_base(std::move(base))
        , m_token(std::move(token))
    { }

    void setToken(const QByteArray &token) { m_token = token; }
    QUrl url(const QString &pathAndQuery) const { return QUrl(m_base.toString() + pathAndQuery); }

    BsaleHttpReply get(const QString &pathAndQuery) { return run("GET", pathAndQuery, {}); }
    BsaleHttpReply getUrl(const QUrl &url) { return run("GET", url, {}); }
    BsaleHttpReply post(const QString &path, const QJsonObject &body)
    {
        return run("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    BsaleHttpReply put(const QString &path, const QJsonObject &body)
    {
        return run("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    BsaleHttpReply postRaw(const QString &path, const QByteArray &body) { return run("POST", path, body); }
    BsaleHttpReply deleteResource(const QString &path) { return run("DELETE", path, {}); }

private:
    BsaleHttpReply run(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body)
    {
        return run(verb, url(pathAndQuery), body);
    }

    BsaleHttpReply run(const QByteArray &verb, const QUrl &target, const QByteArray &body)
    {
        QNetworkRequest request(target);
        request.setTransferTimeout(5000);
        if (!m_token.isEmpty())
            request.setRawHeader("access_token", m_token);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, verb, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        BsaleHttpReply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.error = reply->error();
        out.body = reply->readAll();
        out.headers = reply->rawHeaderPairs();
        return out;
    }

    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_token;
};

} // namespace puente::testing
