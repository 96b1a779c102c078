#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace puente {

/**
 * Checks that a webhook delivery really comes from the store (jumpseller.md §5): the
 * `Jumpseller-Hmac-Sha256` header must be Base64(HMAC-SHA256(key = the store's hooks token,
 * message = the raw request body)). Compare over the exact bytes received: re-serialised JSON
 * would not match. The comparison takes the same time whatever bytes differ.
 *
 * The hooks token is JumpsellerStoreInfo::hooksToken, not the API auth token.
 *
 * Stateless; all functions are thread-safe.
 */
class JumpsellerHookVerifier final
{
public:
    JumpsellerHookVerifier() = delete;

    /** The header that carries the signature. */
    static QByteArray signatureHeaderName() { return QByteArrayLiteral("Jumpseller-Hmac-Sha256"); }

    /**
     * True when `signatureHeader` (the header's value; surrounding whitespace and a trailing
     * newline, as Ruby's encode64 leaves, are ignored) is the signature of `body`. False for an
     * empty token or header, for anything that is not Base64 of 32 bytes, and for hex digests.
     */
    static bool verify(const QByteArray &body, const QByteArray &signatureHeader, const QString &hooksToken);
    /** The header value the store would send for `body`. */
    static QByteArray sign(const QByteArray &body, const QString &hooksToken);
};

} // namespace puente
