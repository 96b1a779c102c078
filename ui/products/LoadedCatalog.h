#pragma once

#include "LinkState.h"
#include "domain/ErpVariant.h"
#include "domain/Link.h"
#include "domain/StoreVariant.h"

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>

namespace puente {

/** A catalogue row's link, seen from that row. A plain value. */
struct RowLink
{
    LinkState state = LinkState::Unlinked;
    LinkMethod how = LinkMethod::Manual; ///< meaningful when state is Linked
    qint64 partnerErpVariantId = 0; ///< store rows: the linked Bsale variant
    StoreVariantKey partnerStore; ///< ERP rows: the linked store item
    QString partnerName; ///< the partner's display name; empty when it is not in the catalogue
    QString detail; ///< NeedsManualLink: why, for a person (may be empty)
};

/** What the Products page needs of one text for filtering and sorting, computed off the UI thread. */
struct RowKeys
{
    QString search; ///< folded SKU, names and barcode, words separated by spaces
    QString product; ///< folded product name (sort key)
    QString variant; ///< folded variant name (sort key)
    QString sku; ///< folded SKU (sort key)
};

/** One Bsale variant row of the Products page. */
struct ErpCatalogRow
{
    ErpVariant variant;
    RowLink link;
    RowKeys keys;
};

/** One Jumpseller item row of the Products page. */
struct StoreCatalogRow
{
    StoreVariant variant;
    RowLink link;
    RowKeys keys;
};

/**
 * Both catalogues as CatalogLoader read them from the journal, rows sorted by product and variant
 * name. A plain value, handed from the loader's thread to the GUI thread.
 */
struct LoadedCatalog
{
    QList<ErpCatalogRow> erp;
    QList<StoreCatalogRow> store;
    QHash<qint64, int> erpRowById; ///< Bsale variant id → index in erp
    QHash<StoreVariantKey, int> storeRowByKey; ///< store item → index in store
    QString error; ///< non-empty when the journal could not be read (technical English)

    bool isEmpty() const { return erp.isEmpty() && store.isEmpty(); }
};

} // namespace puente

Q_DECLARE_METATYPE(puente::LoadedCatalog)
