#include "base/Redactor.h"

#include <QtCore/QReadWriteLock>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QStringList>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

QRegularExpression compiled(const QString &pattern)
{
    QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    // Compile now, once: the rules are shared by every thread that logs.
    re.optimize();
    Q_ASSERT(re.isValid());
    return re;
}

const QList<Rule> &rules()
{
    // A value ends at whitespace or at a character that delimits it in headers, queries,
    // JSON or HTML.
    static const QString value = u"[^\\s,;\"'&#<>]+"_s;
    static const QList<Rule> list {
        // Authorization: Basic xxx / Bearer xxx (keep the scheme, it helps debugging).
        {compiled(
             u"(\\b(?:proxy-)?authorization\\b\"?\\s*[:=]\\s*\"?(?:(?:basic|bearer|token|digest|negotiate|ntlm)\\s+)?)"_s
             + value),
         u"\\1***"_s},
        // Cookies carry sessions; mask the whole line.
        {compiled(u"(\\b(?:set-)?cookie\\s*:\\s*)[^\\r\\n]*"_s), u"\\1***"_s},
        // key=value, key: value and "key": "value" for credential keys (headers, queries,
        // form bodies, JSON such as an OAuth token answer).
        {compiled(
             u"(\\b(?:access[_-]token|refresh[_-]token|id[_-]token|x-auth-token|auth[_-]?token|x-api-key|api[_-]?key"
             "|client[_-]secret|password|passwd|secret|token)\\b\"?\\s*[:=]\\s*\"?)"_s
             + value),
         u"\\1***"_s},
        // Bearer tokens anywhere in free text.
        {compiled(u"(\\bbearer\\s+)[A-Za-z0-9\\-._~+/]+=*"_s), u"\\1***"_s},
        // Basic credentials in free text: base64 with at least one digit or +/= so prose
        // ("basic settings") survives.
        {compiled(u"(\\bbasic\\s+)(?=[A-Za-z0-9+/]*[0-9+/=])[A-Za-z0-9+/]{8,}={0,2}"_s), u"\\1***"_s},
        // scheme://user:password@host
        {compiled(u"(\\b[a-z][a-z0-9+.-]*://[^/\\s:@]*:)[^@\\s/]*@"_s), u"\\1***@"_s},
    };
    return list;
}

const QSet<QByteArray> &sensitiveHeaders()
{
    static const QSet<QByteArray> names {
        "authorization",  "proxy-authorization", "cookie",    "set-cookie", "access_token", "access-token",
        "x-access-token", "x-auth-token",        "x-api-key", "api-key",    "apikey",
    };
    return names;
}

const QSet<QString> &sensitiveKeys()
{
    static const QSet<QString> keys {
        u"access_token"_s, u"refresh_token"_s, u"id_token"_s,      u"authtoken"_s, u"auth_token"_s, u"token"_s,
        u"api_key"_s,      u"apikey"_s,        u"client_secret"_s, u"password"_s,  u"passwd"_s,     u"secret"_s,
    };
    return keys;
}

/** Known secrets, longest first so a secret that contains another is masked whole. */
class SecretSet
{
public:
    void add(const QString &secret)
    {
        if (secret.size() < Redactor::minimumSecretLength())
            return;
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        QWriteLocker lock(&m_lock);
        insert(secret);
        if (encoded != secret)
            insert(encoded);
    }
    void remove(const QString &secret)
    {
        QWriteLocker lock(&m_lock);
        m_secrets.removeAll(secret);
        m_secrets.removeAll(QString::fromLatin1(QUrl::toPercentEncoding(secret)));
    }
    void clear()
    {
        QWriteLocker lock(&m_lock);
        m_secrets.clear();
    }
    int count() const
    {
        QReadLocker lock(&m_lock);
        return int(m_secrets.size());
    }
    void maskIn(QString &text) const
    {
        QReadLocker lock(&m_lock);
        for (const QString &secret : m_secrets)
            text.replace(secret, Redactor::mask());
    }

private:
    void insert(const QString &value)
    {
        if (m_secrets.contains(value))
            return;
        const auto pos = std::lower_bound(m_secrets.begin(), m_secrets.end(), value,
                                          [](const QString &a, const QString &b) { return a.size() > b.size(); });
        m_secrets.insert(pos, value);
    }

    mutable QReadWriteLock m_lock;
    QStringList m_secrets;
};

SecretSet &secrets()
{
    static SecretSet set;
    return set;
}

} // namespace

QString Redactor::mask()
{
    return u"***"_s;
}

QString Redactor::redact(QStringView text)
{
    QString out = text.toString();
    secrets().maskIn(out);
    for (const Rule &rule : rules())
        out.replace(rule.pattern, rule.replacement);
    return out;
}

QString Redactor::redactUrl(const QUrl &url)
{
    QUrl copy = url;
    if (!copy.password().isEmpty())
        copy.setPassword(mask());
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        auto items = query.queryItems(QUrl::FullyEncoded);
        for (auto &[key, value] : items) {
            if (isSensitiveKey(QUrl::fromPercentEncoding(key.toUtf8())))
                value = mask();
        }
        query.setQueryItems(items);
        copy.setQuery(query);
    }
    return redact(copy.toString(QUrl::FullyEncoded));
}

QString Redactor::redactHeaderValue(const QByteArray &name, const QByteArray &value)
{
    if (!isSensitiveHeader(name))
        return redact(QString::fromLatin1(value));
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization") {
        const qsizetype space = value.trimmed().indexOf(' ');
        if (space > 0)
            return QString::fromLatin1(value.trimmed().left(space)) + u' ' + mask();
    }
    return mask();
}

QString Redactor::redactHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QStringList lines;
    lines.reserve(headers.size());
    for (const auto &[name, value] : headers)
        lines.append(QString::fromLatin1(name) + u": "_s + redactHeaderValue(name, value));
    return lines.join(u", "_s);
}

bool Redactor::isSensitiveHeader(const QByteArray &name)
{
    return sensitiveHeaders().contains(name.trimmed().toLower());
}

bool Redactor::isSensitiveKey(QStringView key)
{
    return sensitiveKeys().contains(key.trimmed().toString().toLower());
}

void Redactor::addSecret(const QString &secret)
{
    secrets().add(secret);
}

void Redactor::addSecretsFromHeader(const QByteArray &name, const QByteArray &value)
{
    if (!isSensitiveHeader(name))
        return;
    const QByteArray trimmed = value.trimmed();
    const QByteArray lower = name.trimmed().toLower();
    if (lower != "authorization" && lower != "proxy-authorization") {
        addSecret(QString::fromLatin1(trimmed));
        return;
    }
    const qsizetype space = trimmed.indexOf(' ');
    const QByteArray scheme = space > 0 ? trimmed.left(space).toLower() : QByteArray();
    const QByteArray credentials = space > 0 ? trimmed.mid(space + 1).trimmed() : trimmed;
    addSecret(QString::fromLatin1(credentials));
    if (scheme == "basic") {
        // base64(login:token): the login is not secret, the token after the first ':' is.
        const auto decoded = QByteArray::fromBase64Encoding(credentials);
        if (decoded) {
            const qsizetype colon = decoded.decoded.indexOf(':');
            if (colon >= 0)
                addSecret(QString::fromUtf8(decoded.decoded.mid(colon + 1)));
        }
    }
}

void Redactor::addSecretsFromUrl(const QUrl &url)
{
    if (!url.password().isEmpty())
        addSecret(url.password());
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (isSensitiveKey(key))
            addSecret(value);
    }
}

void Redactor::removeSecret(const QString &secret)
{
    secrets().remove(secret);
}

void Redactor::clearSecrets()
{
    secrets().clear();
}

int Redactor::secretCount()
{
    return secrets().count();
}

} // namespace puente
