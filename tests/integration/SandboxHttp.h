#pragma once

// A small synchronous HTTP client for the sandbox tests: raw requests through
// QNetworkAccessManager with the headers the test chooses, so the tests check what goes over the
// wire and not Puente's own client code. Use on the test's thread; it owns its QNAM.

#include <QtCore/QByteArray>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QUrl>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtTest/QSignalSpy>

#include <memory>

namespace puente::testing {

struct SandboxReply
{
    int status = 0; ///< 0 when no HTTP answer arrived
    QByteArray body;

    QJsonDocument document() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return document().object(); }
    QJsonArray array() const { return document().array(); }
};

class SandboxHttp
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    /** Bsale authentication: the `access_token` header. */
    static Headers bsaleToken(const QString &token) { return {{"access_token", token.toUtf8()}}; }
    /** Jumpseller authentication: Basic login:authtoken. */
    static Headers jumpsellerBasic(const QString &login, const QString &token)
    {
        return {{"Authorization", "Basic " + (login + u':' + token).toUtf8().toBase64()}};
    }

    SandboxReply get(const QUrl &url, const Headers &headers = {}) { return run("GET", url, {}, headers); }
    SandboxReply post(const QUrl &url, const QJsonObject &body = {}, const Headers &headers = {})
    {
        return run("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }
    SandboxReply postRaw(const QUrl &url, const QByteArray &body) { return run("POST", url, body, {}); }

private:
    SandboxReply run(const QByteArray &verb, const QUrl &url, const QByteArray &body, const Headers &headers)
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(15000);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, verb, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        SandboxReply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        return out;
    }

    QNetworkAccessManager m_nam;
};

/** `base` with `path` appended to its path ("http://h:1/v1" + "/variants.json"); `query` raw. */
inline QUrl join(const QUrl &base, const QString &path, const QString &query = {})
{
    QUrl url = base;
    url.setPath(base.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

} // namespace puente::testing
