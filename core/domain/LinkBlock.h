#pragma once

#include "domain/StoreVariant.h"

#include <QtCore/QHashFunctions>
#include <QtCore/QMetaType>

namespace puente {

/** A pair the user unlinked: the auto-linker never links it again on its own. A plain value. */
struct LinkBlock
{
    qint64 erpVariantId = 0;
    StoreVariantKey store;

    friend bool operator==(const LinkBlock &, const LinkBlock &) = default;
};

inline size_t qHash(const LinkBlock &block, size_t seed = 0) noexcept
{
    return qHashMulti(seed, block.erpVariantId, block.store.productId, block.store.variantId);
}

} // namespace puente

Q_DECLARE_METATYPE(puente::LinkBlock)
