#include "seed/DemoShop.h"

#include <QtCore/QRandomGenerator>

#include "seed/DemoCatalogueBuilder.h"
#include "seed/DemoOrderBuilder.h"
#include "seed/DemoReferenceData.h"

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes {

std::optional<DemoShopOptions> DemoShopOptions::parse(QStringView spec)
{
    DemoShopOptions options;
    const QStringView trimmed = spec.trimmed();
    if (trimmed.compare(u"demo", Qt::CaseInsensitive) == 0)
        return options;
    const QStringView prefix = u"large:";
    if (!trimmed.startsWith(prefix, Qt::CaseInsensitive))
        return std::nullopt;
    bool ok = false;
    const int count = trimmed.mid(prefix.size()).toInt(&ok);
    if (!ok || count < 1)
        return std::nullopt;
    options.kind = Kind::Large;
    options.variantCount = count;
    return options;
}

DemoShopData DemoShop::generate(const DemoShopOptions &options)
{
    // QRandomGenerator with an explicit seed is a fixed Mersenne Twister sequence: no clock,
    // no hash order, so the output only depends on the options.
    QRandomGenerator rng(options.seed);
    DemoShopData data;
    const DemoReferenceIds ids = DemoReferenceData::fill(data);
    DemoCatalogueBuilder catalogue(data, ids, rng);
    if (options.kind == DemoShopOptions::Kind::Large) {
        catalogue.buildLarge(options.variantCount);
        return data;
    }
    catalogue.buildDemo();
    DemoOrderBuilder orders(data, ids, catalogue.plainSlots(), rng);
    orders.build();
    return data;
}

} // namespace puente::fakes
