#include "domain/NeedsManualLink.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

QString linkRuleName(LinkRule rule)
{
    switch (rule) {
    case LinkRule::Sku:
        return u"sku"_s;
    case LinkRule::Barcode:
        return u"barcode"_s;
    case LinkRule::Name:
        return u"name"_s;
    }
    return {};
}

std::optional<LinkRule> linkRuleFromName(QStringView name)
{
    for (const auto rule : {LinkRule::Sku, LinkRule::Barcode, LinkRule::Name}) {
        if (name == linkRuleName(rule))
            return rule;
    }
    return std::nullopt;
}

QString NeedsManualLink::sideName(Side side)
{
    return side == Side::Erp ? u"erp"_s : u"store"_s;
}

QString NeedsManualLink::reasonName(Reason reason)
{
    return reason == Reason::Duplicate ? u"duplicate"_s : u"taken"_s;
}

std::optional<NeedsManualLink::Side> NeedsManualLink::sideFromName(QStringView name)
{
    if (name == u"erp")
        return Side::Erp;
    if (name == u"store")
        return Side::Store;
    return std::nullopt;
}

std::optional<NeedsManualLink::Reason> NeedsManualLink::reasonFromName(QStringView name)
{
    if (name == u"duplicate")
        return Reason::Duplicate;
    if (name == u"taken")
        return Reason::Taken;
    return std::nullopt;
}

} // namespace puente
