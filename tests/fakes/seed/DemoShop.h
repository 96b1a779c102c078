#pragma once

#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>

#include "seed/DemoShopData.h"

namespace puente::fakes {

/** What to generate. */
struct DemoShopOptions
{
    enum class Kind {
        Demo, ///< ~600 products / 1,500 variants, ~40 orders, every deliberate trouble case
        Large, ///< exactly variantCount variants, both sides linked by SKU, no orders, no trouble
    };

    static constexpr quint32 DefaultSeed = 20250505;

    Kind kind = Kind::Demo;
    int variantCount = 100000; ///< Large only
    quint32 seed = DefaultSeed;

    /** "demo" or "large:N" (N >= 1), as the sandbox and benchmarks spell it. */
    static std::optional<DemoShopOptions> parse(QStringView spec);
};

/**
 * Generates Puente's demo shop: a believable Chilean clothing-and-home shop as seen from its
 * Bsale ERP and its Jumpseller store, with the deliberate trouble a sync tool must survive.
 * Deterministic: the same options give the same data, byte for byte in toJson().
 * Stateless and reentrant; the result is a plain value the caller owns.
 */
class DemoShop
{
public:
    static DemoShopData generate(const DemoShopOptions &options = {});
};

} // namespace puente::fakes
