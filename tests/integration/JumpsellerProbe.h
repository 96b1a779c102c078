#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtNetwork/QNetworkAccessManager>

namespace puente::fakes {
class FakeJumpseller;
}

/** One raw HTTP answer as a client saw it. Header names are lower-case. */
struct ProbeReply
{
    int status = 0; ///< 0 = no HTTP answer (reset, timeout)
    int networkError = 0; ///< QNetworkReply::NetworkError
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
    bool isJson() const;
};

/**
 * A plain HTTP client for the FakeJumpseller contract tests: QNetworkAccessManager over loopback,
 * the three authentication forms, and, when PUENTE_SCHEMA_SAMPLES names a directory, a copy of
 * every request and response body there as <Schema>.<kind>.<tag>-<n>.json for
 * tests/contract/validate_jumpseller_schema.py (kind: one | list | inner | partial).
 *
 * Ownership: owns its QNetworkAccessManager. Thread affinity: the test thread.
 */
class JumpsellerProbe
{
public:
    enum class Auth { Basic, Query, Bearer, None };

    JumpsellerProbe(puente::fakes::FakeJumpseller &fake, const QString &tag);

    void setAuth(Auth auth) { m_auth = auth; }
    void setBearerToken(const QString &token) { m_bearer = token; }

    /** GET; `schema` like "Product.list" names the sample file of a 2xx answer. */
    ProbeReply get(const QString &pathAndQuery, const QString &schema = {});
    /** POST/PUT/DELETE with a JSON body; schemas name the request and response samples. */
    ProbeReply send(const QByteArray &verb, const QString &pathAndQuery, const QJsonObject &body = {},
                    const QString &requestSchema = {}, const QString &responseSchema = {});
    /** Any request without authentication (for /_admin/). */
    ProbeReply admin(const QByteArray &verb, const QString &path, const QJsonObject &body = {});

    /** Writes `bytes` as a schema sample when sampling is on. */
    void sample(const QString &schema, const QByteArray &bytes);
    static bool samplingEnabled();
    /** Also records error bodies under a schema ("NotFound.one") whatever their status. */
    ProbeReply expectError(const ProbeReply &reply, const QString &schema);

    QNetworkAccessManager &nam() { return m_nam; }

private:
    ProbeReply run(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body, Auth auth);
    QUrl url(const QString &pathAndQuery, Auth auth) const;

    puente::fakes::FakeJumpseller &m_fake;
    QNetworkAccessManager m_nam;
    QString m_tag;
    QString m_bearer;
    Auth m_auth = Auth::Basic;
    static QHash<QString, int> s_counters;
};
