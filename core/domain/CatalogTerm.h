#pragma once

#include <QtCore/QMetaType>
#include <QtCore/QString>

namespace puente {

/**
 * One entry of a side's reference lists, as the last pull saw it: what the mapping tabs and
 * the import choose from. Kinds: on the ERP side "product_type", "attribute" (parentId = its
 * product type; detail = JSON {"generateVariantName":bool,"options":[...]}) and "brand" (Bsale
 * v1 gives brand ids only, so name may be empty); on the store side "category" (parentId = the
 * parent category), "brand" and "option" (id = name). A plain value.
 */
struct CatalogTerm
{
    enum class Side : quint8 { Erp, Store };

    Side side = Side::Erp;
    QString kind;
    QString id;
    QString parentId;
    QString name;
    QString detail;

    friend bool operator==(const CatalogTerm &, const CatalogTerm &) = default;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::CatalogTerm)
