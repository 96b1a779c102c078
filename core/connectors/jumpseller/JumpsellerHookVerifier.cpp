#include "connectors/jumpseller/JumpsellerHookVerifier.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QMessageAuthenticationCode>

namespace puente {

namespace {

constexpr qsizetype kDigestSize = 32; // SHA-256

QByteArray digest(const QByteArray &body, const QString &hooksToken)
{
    return QMessageAuthenticationCode::hash(body, hooksToken.toUtf8(), QCryptographicHash::Sha256);
}

/** Equal contents, in time that depends only on the length (which is public: always 32). */
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i)) ^ static_cast<unsigned char>(b.at(i));
    return difference == 0;
}

} // namespace

bool JumpsellerHookVerifier::verify(const QByteArray &body, const QByteArray &signatureHeader,
                                    const QString &hooksToken)
{
    if (hooksToken.isEmpty())
        return false;
    const QByteArray trimmed = signatureHeader.trimmed();
    if (trimmed.isEmpty())
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok || decoded.decoded.size() != kDigestSize)
        return false;
    return constantTimeEquals(decoded.decoded, digest(body, hooksToken));
}

QByteArray JumpsellerHookVerifier::sign(const QByteArray &body, const QString &hooksToken)
{
    return digest(body, hooksToken).toBase64();
}

} // namespace puente
