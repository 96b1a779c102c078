#include "sync/LinkedStockReader.h"

#include "base/Logging.h"
#include "journal/Journal.h"
#include "journal/WriteTransaction.h"

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

// SQLite's default limit on bound parameters is 32766 (999 before 3.32); stay far below.
constexpr qsizetype kChunk = 500;

const QString kPairSelect =
    u"SELECT l.erp_variant_id, l.store_product_id, l.store_variant_id, l.how, l.created_at,"
    " e.product_id, e.product_name, e.description, e.sku, e.barcode, e.price, e.quantity_available,"
    " e.unlimited_stock, e.allow_negative_stock, e.active,"
    " s.product_name, s.variant_name, s.sku, s.barcode, s.price, s.stock, s.stock_unlimited, s.status"
    " FROM links l"
    " JOIN erp_variants e ON e.variant_id = l.erp_variant_id"
    " JOIN store_variants s ON s.product_id = l.store_product_id AND s.variant_id = l.store_variant_id"_s;

std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

LinkedPair pairFromRow(const QSqlQuery &q)
{
    LinkedPair p;
    p.link.erpVariantId = q.value(0).toLongLong();
    p.link.store = {q.value(1).toLongLong(), q.value(2).toLongLong()};
    p.link.how = linkMethodFromName(q.value(3).toString()).value_or(LinkMethod::Manual);
    p.link.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);

    p.erp.variantId = p.link.erpVariantId;
    p.erp.productId = q.value(5).toLongLong();
    p.erp.productName = q.value(6).toString();
    p.erp.description = q.value(7).toString();
    p.erp.sku = q.value(8).toString();
    p.erp.barcode = q.value(9).toString();
    p.erp.grossPrice = optionalInt(q.value(10));
    p.erp.inOffice = !q.value(11).isNull();
    p.erp.quantityAvailable = q.value(11).toDouble();
    p.erp.unlimitedStock = q.value(12).toInt() != 0;
    p.erp.allowNegativeStock = q.value(13).toInt() != 0;
    p.erp.active = q.value(14).toInt() != 0;

    p.store.key = p.link.store;
    p.store.productName = q.value(15).toString();
    p.store.variantName = q.value(16).toString();
    p.store.sku = q.value(17).toString();
    p.store.barcode = q.value(18).toString();
    p.store.grossPrice = optionalInt(q.value(19));
    p.store.stock = optionalInt(q.value(20));
    p.store.stockUnlimited = q.value(21).toInt() != 0;
    p.store.status = q.value(22).toString();
    return p;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks.append(u"?"_s);
    return marks.join(u',');
}

void logFailure(const char *what, const QSqlQuery &query)
{
    qCWarning(lcSync).noquote() << "stock journal:" << what << "failed:" << query.lastError().text();
}

} // namespace

bool StockExclusions::excludes(const LinkedPair &pair) const
{
    return erpVariants.contains(pair.erp.variantId) || erpProducts.contains(pair.erp.productId)
        || storeProducts.contains(pair.store.key.productId)
        || (pair.store.key.variantId > 0 && storeVariants.contains(pair.store.key.variantId));
}

bool StockExclusions::isEmpty() const
{
    return erpVariants.isEmpty() && erpProducts.isEmpty() && storeProducts.isEmpty() && storeVariants.isEmpty();
}

LinkedStockReader::LinkedStockReader(const Journal &journal)
    : m_journal(journal)
{ }

std::optional<QList<LinkedPair>> LinkedStockReader::allPairs() const
{
    return pairs({}, {});
}

std::optional<QList<LinkedPair>> LinkedStockReader::pairsForErpVariants(const QSet<qint64> &erpVariantIds) const
{
    return pairs(u"l.erp_variant_id"_s, erpVariantIds.values());
}

std::optional<QList<LinkedPair>> LinkedStockReader::pairsForStoreProducts(const QSet<qint64> &storeProductIds) const
{
    return pairs(u"l.store_product_id"_s, storeProductIds.values());
}

std::optional<QList<LinkedPair>> LinkedStockReader::pairs(const QString &column, const QList<qint64> &ids) const
{
    QList<LinkedPair> out;
    const QSqlDatabase db = m_journal.database();
    if (column.isEmpty()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(kPairSelect + u" ORDER BY l.erp_variant_id"_s)) {
            logFailure("read pairs", q);
            return std::nullopt;
        }
        while (q.next())
            out.append(pairFromRow(q));
        return out;
    }
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QList<qint64> chunk = ids.mid(from, kChunk);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(kPairSelect + u" WHERE "_s + column + u" IN ("_s + placeholders(chunk.size())
                  + u") ORDER BY l.erp_variant_id"_s);
        for (const qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec()) {
            logFailure("read pairs", q);
            return std::nullopt;
        }
        while (q.next())
            out.append(pairFromRow(q));
    }
    return out;
}

std::optional<StockExclusions> LinkedStockReader::exclusions() const
{
    QSqlQuery q(m_journal.database());
    if (!q.exec(u"SELECT side, kind, target FROM exclusions"_s)) {
        logFailure("read exclusions", q);
        return std::nullopt;
    }
    StockExclusions out;
    while (q.next()) {
        const QString side = q.value(0).toString();
        const QString kind = q.value(1).toString();
        bool numeric = false;
        const qint64 target = q.value(2).toString().trimmed().toLongLong(&numeric);
        if (kind == u"category"_s) {
            ++out.categoryRules;
            continue;
        }
        if (!numeric)
            continue;
        const bool erp = side == u"erp"_s;
        if (kind == u"variant"_s)
            (erp ? out.erpVariants : out.storeVariants).insert(target);
        else if (kind == u"product"_s)
            (erp ? out.erpProducts : out.storeProducts).insert(target);
    }
    return out;
}

std::optional<QSet<qint64>> LinkedStockReader::bookedOrders(const QList<qint64> &orderIds) const
{
    QSet<qint64> out;
    const QSqlDatabase db = m_journal.database();
    for (qsizetype from = 0; from < orderIds.size(); from += kChunk) {
        const QList<qint64> chunk = orderIds.mid(from, kChunk);
        QSqlQuery q(db);
        q.prepare(u"SELECT DISTINCT store_order_id FROM documents WHERE kind IN ('boleta', 'factura')"
                  " AND state = 'emitted' AND store_order_id IN ("_s
                  + placeholders(chunk.size()) + u')');
        for (const qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec()) {
            logFailure("read booked orders", q);
            return std::nullopt;
        }
        while (q.next())
            out.insert(q.value(0).toLongLong());
    }
    return out;
}

std::optional<QHash<StoreVariantKey, StoreVariant>>
LinkedStockReader::storeItems(const QSet<qint64> &storeProductIds) const
{
    QHash<StoreVariantKey, StoreVariant> out;
    const QList<qint64> ids = storeProductIds.values();
    const QSqlDatabase db = m_journal.database();
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QList<qint64> chunk = ids.mid(from, kChunk);
        QSqlQuery q(db);
        q.prepare(u"SELECT product_id, variant_id, stock, stock_unlimited, price FROM store_variants"
                  " WHERE product_id IN ("_s
                  + placeholders(chunk.size()) + u')');
        for (const qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec()) {
            logFailure("read store items", q);
            return std::nullopt;
        }
        while (q.next()) {
            StoreVariant item;
            item.key = {q.value(0).toLongLong(), q.value(1).toLongLong()};
            item.stock = optionalInt(q.value(2));
            item.stockUnlimited = q.value(3).toInt() != 0;
            item.grossPrice = optionalInt(q.value(4));
            out.insert(item.key, item);
        }
    }
    return out;
}

std::optional<qint64> LinkedStockReader::erpVariantCount() const
{
    QSqlQuery q(m_journal.database());
    if (!q.exec(u"SELECT COUNT(*) FROM erp_variants"_s) || !q.next()) {
        logFailure("count Bsale variants", q);
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<qint64> LinkedStockReader::storeProductCount() const
{
    QSqlQuery q(m_journal.database());
    if (!q.exec(u"SELECT COUNT(DISTINCT product_id) FROM store_variants"_s) || !q.next()) {
        logFailure("count store products", q);
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<int> LinkedStockReader::orphanLinkCount() const
{
    QSqlQuery q(m_journal.database());
    if (!q.exec(u"SELECT COUNT(*) FROM links l"
                " WHERE NOT EXISTS (SELECT 1 FROM erp_variants e WHERE e.variant_id = l.erp_variant_id)"
                " OR NOT EXISTS (SELECT 1 FROM store_variants s"
                " WHERE s.product_id = l.store_product_id AND s.variant_id = l.store_variant_id)"_s)
        || !q.next()) {
        logFailure("count orphan links", q);
        return std::nullopt;
    }
    return q.value(0).toInt();
}

bool LinkedStockReader::updateErpStock(const QHash<qint64, std::optional<double>> &available) const
{
    if (available.isEmpty())
        return true;
    const QSqlDatabase db = m_journal.database();
    WriteTransaction transaction(db);
    QSqlQuery q(db);
    q.prepare(u"UPDATE erp_variants SET quantity_available = ? WHERE variant_id = ?"_s);
    for (auto it = available.constBegin(); it != available.constEnd(); ++it) {
        q.addBindValue(it.value() ? QVariant(*it.value()) : QVariant());
        q.addBindValue(it.key());
        if (!q.exec()) {
            logFailure("update Bsale stock", q);
            return false;
        }
    }
    return transaction.commit();
}

bool LinkedStockReader::updateStoreItems(const QList<StoreVariant> &items) const
{
    if (items.isEmpty())
        return true;
    const QSqlDatabase db = m_journal.database();
    WriteTransaction transaction(db);
    QSqlQuery q(db);
    q.prepare(u"UPDATE store_variants SET stock = ?, stock_unlimited = ?, price = ?"
              " WHERE product_id = ? AND variant_id = ?"_s);
    for (const StoreVariant &item : items) {
        q.addBindValue(item.stock ? QVariant(*item.stock) : QVariant());
        q.addBindValue(item.stockUnlimited ? 1 : 0);
        q.addBindValue(item.grossPrice ? QVariant(*item.grossPrice) : QVariant());
        q.addBindValue(item.key.productId);
        q.addBindValue(item.key.variantId);
        if (!q.exec()) {
            logFailure("update store items", q);
            return false;
        }
    }
    return transaction.commit();
}

bool LinkedStockReader::applyPushes(const QList<StockPush> &pushes) const
{
    if (pushes.isEmpty())
        return true;
    const QSqlDatabase db = m_journal.database();
    WriteTransaction transaction(db);
    QSqlQuery stock(db);
    stock.prepare(
        u"UPDATE store_variants SET stock = ?, stock_unlimited = ? WHERE product_id = ? AND variant_id = ?"_s);
    QSqlQuery price(db);
    price.prepare(u"UPDATE store_variants SET price = ? WHERE product_id = ? AND variant_id = ?"_s);
    for (const StockPush &push : pushes) {
        if (push.changesStock()) {
            stock.addBindValue(push.stock ? QVariant(*push.stock) : QVariant());
            stock.addBindValue(push.unlimited ? 1 : 0);
            stock.addBindValue(push.key.productId);
            stock.addBindValue(push.key.variantId);
            if (!stock.exec()) {
                logFailure("record pushed stock", stock);
                return false;
            }
        }
        if (push.price) {
            price.addBindValue(*push.price);
            price.addBindValue(push.key.productId);
            price.addBindValue(push.key.variantId);
            if (!price.exec()) {
                logFailure("record pushed price", price);
                return false;
            }
        }
    }
    return transaction.commit();
}

} // namespace puente
