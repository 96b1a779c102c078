#include "JumpsellerProbe.h"

#include "FakeJumpseller.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>

using namespace Qt::Literals::StringLiterals;

QHash<QString, int> JumpsellerProbe::s_counters;

bool ProbeReply::isJson() const
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

JumpsellerProbe::JumpsellerProbe(puente::fakes::FakeJumpseller &fake, const QString &tag)
    : m_fake(fake)
    , m_tag(tag)
{
    m_nam.setProxy(QNetworkProxy::NoProxy);
}

bool JumpsellerProbe::samplingEnabled()
{
    return !qEnvironmentVariableIsEmpty("PUENTE_SCHEMA_SAMPLES");
}

void JumpsellerProbe::sample(const QString &schema, const QByteArray &bytes)
{
    if (schema.isEmpty() || !samplingEnabled())
        return;
    const QDir dir(qEnvironmentVariable("PUENTE_SCHEMA_SAMPLES"));
    dir.mkpath(u"."_s);
    const int n = ++s_counters[schema];
    QFile file(dir.filePath(u"%1.%2-%3.json"_s.arg(schema, m_tag).arg(n, 3, 10, QChar(u'0'))));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

QUrl JumpsellerProbe::url(const QString &pathAndQuery, Auth auth) const
{
    QUrl url = m_fake.baseUrl().resolved(QUrl(pathAndQuery));
    if (auth == Auth::Query) {
        QUrlQuery query(url);
        query.addQueryItem(u"login"_s, m_fake.login());
        query.addQueryItem(u"authtoken"_s, m_fake.authToken());
        url.setQuery(query);
    }
    return url;
}

ProbeReply JumpsellerProbe::run(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body, Auth auth)
{
    QNetworkRequest request(url(pathAndQuery, auth));
    request.setTransferTimeout(3000);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (auth == Auth::Basic)
        request.setRawHeader("Authorization",
                             "Basic " + (m_fake.login() + u':' + m_fake.authToken()).toUtf8().toBase64());
    else if (auth == Auth::Bearer)
        request.setRawHeader("Authorization", "Bearer " + m_bearer.toUtf8());
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(5000);
    ProbeReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.networkError = int(reply->error());
    out.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        out.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return out;
}

ProbeReply JumpsellerProbe::get(const QString &pathAndQuery, const QString &schema)
{
    ProbeReply reply = run("GET", pathAndQuery, {}, m_auth);
    if (reply.status >= 200 && reply.status < 300)
        sample(schema, reply.body);
    return reply;
}

ProbeReply JumpsellerProbe::send(const QByteArray &verb, const QString &pathAndQuery, const QJsonObject &body,
                                 const QString &requestSchema, const QString &responseSchema)
{
    const QByteArray bytes = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    sample(requestSchema, bytes);
    ProbeReply reply = run(verb, pathAndQuery, bytes, m_auth);
    if (reply.status >= 200 && reply.status < 300)
        sample(responseSchema, reply.body);
    return reply;
}

ProbeReply JumpsellerProbe::admin(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    const QByteArray bytes = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return run(verb, path, bytes, Auth::None);
}

ProbeReply JumpsellerProbe::expectError(const ProbeReply &reply, const QString &schema)
{
    sample(schema, reply.body);
    return reply;
}
