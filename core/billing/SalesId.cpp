#include "billing/SalesId.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QUrl>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

QString part(QStringView text)
{
    // Unreserved characters stay readable in Bsale's UI; everything else, ':' included, is encoded.
    return QString::fromLatin1(QUrl::toPercentEncoding(text.toString()));
}

} // namespace

QString SalesId::forOrder(QStringView storeCode, QStringView orderId, DocumentKind kind)
{
    const QString key = u"puente:"_s + part(storeCode) + u':' + part(orderId) + u':' + documentkind::key(kind);
    if (key.size() <= kMaxLength)
        return key;
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
    const QString tail = u':' + documentkind::key(kind) + u':' + digest;
    return key.left(kMaxLength - tail.size()) + tail;
}

} // namespace puente
