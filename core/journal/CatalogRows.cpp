#include "journal/CatalogRows.h"

#include <QtCore/QStringList>
#include <QtSql/QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

QString prefixed(const QStringList &columns, const QString &prefix)
{
    if (prefix.isEmpty())
        return columns.join(u", "_s);
    QStringList out;
    out.reserve(columns.size());
    for (const QString &column : columns)
        out.append(prefix + u'.' + column);
    return out.join(u", "_s);
}

const QStringList &erpColumnList()
{
    static const QStringList columns {
        u"variant_id"_s, u"product_id"_s,      u"product_name"_s,       u"description"_s,     u"sku"_s,
        u"barcode"_s,    u"price"_s,           u"quantity_available"_s, u"unlimited_stock"_s, u"allow_negative_stock"_s,
        u"active"_s,     u"product_type_id"_s, u"brand_id"_s,           u"in_office"_s,       u"serial_number"_s,
        u"pack"_s,
    };
    return columns;
}

const QStringList &storeColumnList()
{
    static const QStringList columns {
        u"product_id"_s, u"variant_id"_s, u"product_name"_s,    u"variant_name"_s, u"sku"_s,   u"barcode"_s,
        u"price"_s,      u"stock"_s,      u"stock_unlimited"_s, u"status"_s,       u"brand"_s, u"category_ids"_s,
    };
    return columns;
}

std::optional<qint64> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QVariant intOrNull(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

QString CatalogRows::erpColumns(const QString &prefix)
{
    return prefixed(erpColumnList(), prefix);
}

QString CatalogRows::storeColumns(const QString &prefix)
{
    return prefixed(storeColumnList(), prefix);
}

QString CatalogRows::linkColumns(const QString &prefix)
{
    return prefixed({u"erp_variant_id"_s, u"store_product_id"_s, u"store_variant_id"_s, u"how"_s, u"created_at"_s},
                    prefix);
}

ErpVariant CatalogRows::readErp(const QSqlQuery &query, int first)
{
    ErpVariant v;
    v.variantId = query.value(first).toLongLong();
    v.productId = query.value(first + 1).toLongLong();
    v.productName = query.value(first + 2).toString();
    v.description = query.value(first + 3).toString();
    v.sku = query.value(first + 4).toString();
    v.barcode = query.value(first + 5).toString();
    v.grossPrice = optionalInt(query.value(first + 6));
    v.quantityAvailable = query.value(first + 7).toDouble();
    v.unlimitedStock = query.value(first + 8).toInt() != 0;
    v.allowNegativeStock = query.value(first + 9).toInt() != 0;
    v.active = query.value(first + 10).toInt() != 0;
    v.productTypeId = query.value(first + 11).toLongLong();
    v.brandId = query.value(first + 12).toLongLong();
    v.inOffice = query.value(first + 13).toInt() != 0;
    v.serialNumber = query.value(first + 14).toInt() != 0;
    v.pack = query.value(first + 15).toInt() != 0;
    return v;
}

StoreVariant CatalogRows::readStore(const QSqlQuery &query, int first)
{
    StoreVariant v;
    v.key.productId = query.value(first).toLongLong();
    v.key.variantId = query.value(first + 1).toLongLong();
    v.productName = query.value(first + 2).toString();
    v.variantName = query.value(first + 3).toString();
    v.sku = query.value(first + 4).toString();
    v.barcode = query.value(first + 5).toString();
    v.grossPrice = optionalInt(query.value(first + 6));
    v.stock = optionalInt(query.value(first + 7));
    v.stockUnlimited = query.value(first + 8).toInt() != 0;
    v.status = query.value(first + 9).toString();
    v.brand = query.value(first + 10).toString();
    v.categoryIds = splitIds(query.value(first + 11).toString());
    return v;
}

Link CatalogRows::readLink(const QSqlQuery &query, int first)
{
    Link link;
    link.erpVariantId = query.value(first).toLongLong();
    link.store.productId = query.value(first + 1).toLongLong();
    link.store.variantId = query.value(first + 2).toLongLong();
    link.how = linkMethodFromName(query.value(first + 3).toString()).value_or(LinkMethod::Manual);
    link.createdAt = fromMs(query.value(first + 4).toLongLong());
    return link;
}

void CatalogRows::bindErp(QSqlQuery &query, const ErpVariant &v)
{
    query.bindValue(u":variant_id"_s, v.variantId);
    query.bindValue(u":product_id"_s, v.productId);
    query.bindValue(u":product_name"_s, text(v.productName));
    query.bindValue(u":description"_s, text(v.description));
    query.bindValue(u":sku"_s, textOrNull(v.sku));
    query.bindValue(u":barcode"_s, textOrNull(v.barcode));
    query.bindValue(u":price"_s, intOrNull(v.grossPrice));
    query.bindValue(u":quantity_available"_s, v.quantityAvailable);
    query.bindValue(u":unlimited_stock"_s, int(v.unlimitedStock));
    query.bindValue(u":allow_negative_stock"_s, int(v.allowNegativeStock));
    query.bindValue(u":active"_s, int(v.active));
    query.bindValue(u":product_type_id"_s, v.productTypeId);
    query.bindValue(u":brand_id"_s, v.brandId);
    query.bindValue(u":in_office"_s, int(v.inOffice));
    query.bindValue(u":serial_number"_s, int(v.serialNumber));
    query.bindValue(u":pack"_s, int(v.pack));
}

void CatalogRows::bindStore(QSqlQuery &query, const StoreVariant &v)
{
    query.bindValue(u":product_id"_s, v.key.productId);
    query.bindValue(u":variant_id"_s, v.key.variantId);
    query.bindValue(u":product_name"_s, text(v.productName));
    query.bindValue(u":variant_name"_s, text(v.variantName));
    query.bindValue(u":sku"_s, textOrNull(v.sku));
    query.bindValue(u":barcode"_s, textOrNull(v.barcode));
    query.bindValue(u":price"_s, intOrNull(v.grossPrice));
    query.bindValue(u":stock"_s, intOrNull(v.stock));
    query.bindValue(u":stock_unlimited"_s, int(v.stockUnlimited));
    query.bindValue(u":status"_s, text(v.status));
    query.bindValue(u":brand"_s, text(v.brand));
    query.bindValue(u":category_ids"_s, text(joinIds(v.categoryIds)));
}

QVariant CatalogRows::textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString CatalogRows::joinIds(const QList<qint64> &ids)
{
    QString out;
    for (const qint64 id : ids) {
        if (!out.isEmpty())
            out += u',';
        out += QString::number(id);
    }
    return out;
}

QList<qint64> CatalogRows::splitIds(const QString &text)
{
    QList<qint64> ids;
    if (text.isEmpty())
        return ids;
    for (const QStringView part : QStringView(text).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (ok)
            ids.append(id);
    }
    return ids;
}

QString CatalogRows::inList(const QList<qint64> &ids)
{
    return u'(' + joinIds(ids) + u')';
}

} // namespace puente
