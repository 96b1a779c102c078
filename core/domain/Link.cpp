#include "domain/Link.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

QString linkMethodName(LinkMethod method)
{
    switch (method) {
    case LinkMethod::Sku:
        return u"sku"_s;
    case LinkMethod::Barcode:
        return u"barcode"_s;
    case LinkMethod::Name:
        return u"name"_s;
    case LinkMethod::Manual:
        return u"manual"_s;
    case LinkMethod::Import:
        return u"import"_s;
    }
    return {};
}

std::optional<LinkMethod> linkMethodFromName(QStringView name)
{
    for (const auto method :
         {LinkMethod::Sku, LinkMethod::Barcode, LinkMethod::Name, LinkMethod::Manual, LinkMethod::Import}) {
        if (name == linkMethodName(method))
            return method;
    }
    return std::nullopt;
}

} // namespace puente
