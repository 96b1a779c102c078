#pragma once

#include "domain/StoreVariant.h"

#include <QtCore/QDateTime>
#include <QtCore/QMetaType>
#include <QtCore/QString>

#include <optional>

namespace puente {

/** How a link came to be. Manual links are never replaced by automatic ones. */
enum class LinkMethod {
    Sku,
    Barcode,
    Name,
    Manual,
    Import,
};

/** The journal's spelling ("sku", "barcode", "name", "manual", "import"). */
QString linkMethodName(LinkMethod method);
std::optional<LinkMethod> linkMethodFromName(QStringView name);
inline bool isAutomatic(LinkMethod method)
{
    return method == LinkMethod::Sku || method == LinkMethod::Barcode || method == LinkMethod::Name;
}

/** One ERP variant linked to one store item (1:1 on both sides). */
struct Link
{
    qint64 erpVariantId = 0;
    StoreVariantKey store;
    LinkMethod how = LinkMethod::Manual;
    QDateTime createdAt; ///< UTC

    friend bool operator==(const Link &, const Link &) = default;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::Link)
