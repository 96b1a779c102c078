#pragma once

#include "domain/StoreVariant.h"

#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>

namespace puente {

/**
 * One row the sync engine could not link on its own, as the Products page takes it from outside
 * the journal (e.g. from the worker's list of rows that need a manual link). Exactly one side is
 * set: an ERP row (erpVariantId > 0) or a store row (store.isValid()). A plain value.
 */
struct ManualLinkHint
{
    qint64 erpVariantId = 0;
    StoreVariantKey store;
    QString detail; ///< for a person, shown as the row's tooltip; may be empty

    bool isErp() const { return erpVariantId > 0; }
    friend bool operator==(const ManualLinkHint &, const ManualLinkHint &) = default;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::ManualLinkHint)
