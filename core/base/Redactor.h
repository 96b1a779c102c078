#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QStringView>

class QUrl;

namespace puente {

/**
 * The last line of defence that keeps credentials out of logs: every log line (LogFile) and
 * every URL or header the HTTP layer logs passes through here.
 *
 * Two mechanisms:
 *  - patterns: values of `Authorization`/`Proxy-Authorization`, `Cookie`, `access_token`-style
 *    headers, query parameters and JSON fields (`access_token`, `authtoken`, `token`,
 *    `password`, `secret`, `client_secret`, `refresh_token`, `api_key`, ...), `Bearer`/`Basic`
 *    credentials in free text and passwords in URL user info. `login` is NOT secret and kept.
 *  - known secrets: values registered with addSecret() are replaced wherever they appear
 *    (also percent-encoded), e.g. a token inside a URL path.
 * Masked values read "***".
 *
 * All functions are static and thread-safe; the known-secret set is process-wide.
 */
class Redactor final
{
public:
    Redactor() = delete;

    /** The replacement text. */
    static QString mask();

    /** Free text with every pattern and known secret masked. */
    static QString redact(QStringView text);
    /** A URL for logs: sensitive query values and the user-info password masked, then redact(). */
    static QString redactUrl(const QUrl &url);
    /** A header value for logs: sensitive headers masked (the auth scheme is kept:
     *  "Basic ***"), other values through redact(). */
    static QString redactHeaderValue(const QByteArray &name, const QByteArray &value);
    /** "Name: value" lines (joined with ", ") with values as redactHeaderValue() gives them. */
    static QString redactHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);

    /** True for header names whose value is a credential (case-insensitive). */
    static bool isSensitiveHeader(const QByteArray &name);
    /** True for query/form keys whose value is a credential (case-insensitive). */
    static bool isSensitiveKey(QStringView key);

    /**
     * Registers `secret` so that redact() masks every occurrence. Values shorter than
     * minimumSecretLength() are ignored: masking them would shred unrelated text, and no real
     * token is that short.
     */
    static void addSecret(const QString &secret);
    /** Registers the credential carried by a sensitive header (for Basic: base64 and password). */
    static void addSecretsFromHeader(const QByteArray &name, const QByteArray &value);
    /** Registers the values of sensitive query parameters and the user-info password. */
    static void addSecretsFromUrl(const QUrl &url);
    static void removeSecret(const QString &secret);
    /** For tests. */
    static void clearSecrets();
    static int secretCount();
    static constexpr int minimumSecretLength() { return 6; }
};

} // namespace puente
