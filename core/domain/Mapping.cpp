#include "domain/Mapping.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

QString mappingKindName(MappingKind kind)
{
    switch (kind) {
    case MappingKind::Category:
        return u"category"_s;
    case MappingKind::Brand:
        return u"brand"_s;
    case MappingKind::Attribute:
        return u"attribute"_s;
    case MappingKind::Option:
        return u"option"_s;
    }
    return {};
}

std::optional<MappingKind> mappingKindFromName(QStringView name)
{
    for (const auto kind : {MappingKind::Category, MappingKind::Brand, MappingKind::Attribute, MappingKind::Option}) {
        if (name.compare(mappingKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

} // namespace puente
