#include "sync/LinkedStockReader.h"

#include "base/Logging.h"
#include "journal/CatalogRepository.h"
#include "journal/ExclusionRepository.h"
#include "journal/Journal.h"

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

// SQLite's default limit on bound parameters is 32766 (999 before 3.32); stay far below.
constexpr qsizetype kChunk = 500;

std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks.append(u"?"_s);
    return marks.join(u',');
}

void logFailure(const char *what, const QString &why)
{
    qCWarning(lcSync).noquote() << "stock journal:" << what << "failed:" << why;
}

/** Runs `sql` with " IN (?, ...)" appended for each chunk of `ids`; `row` per result row. */
bool selectIn(const QSqlDatabase &db, const QString &sql, const QList<qint64> &ids,
              const std::function<void(const QSqlQuery &)> &row, const char *what)
{
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QList<qint64> chunk = ids.mid(from, kChunk);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql + u" IN ("_s + placeholders(chunk.size()) + u')');
        for (const qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec()) {
            logFailure(what, q.lastError().text());
            return false;
        }
        while (q.next())
            row(q);
    }
    return true;
}

} // namespace

LinkedStockReader::LinkedStockReader(const Journal &journal)
    : m_journal(journal)
{ }

std::optional<QList<LinkedPair>> LinkedStockReader::allPairs() const
{
    const LinkRepository links(m_journal);
    QList<LinkedPair> pairs = links.linkedPairs();
    if (!links.lastError().isEmpty())
        return std::nullopt;
    return pairs;
}

std::optional<QList<LinkedPair>> LinkedStockReader::pairsForErpVariants(const QSet<qint64> &erpVariantIds) const
{
    if (erpVariantIds.isEmpty())
        return QList<LinkedPair> {};
    QList<qint64> ids = erpVariantIds.values();
    std::sort(ids.begin(), ids.end());
    const LinkRepository links(m_journal);
    QList<LinkedPair> pairs = links.linkedPairs(ids);
    if (!links.lastError().isEmpty())
        return std::nullopt;
    return pairs;
}

std::optional<QList<LinkedPair>> LinkedStockReader::pairsForStoreProducts(const QSet<qint64> &storeProductIds) const
{
    QSet<qint64> erpIds;
    if (!selectIn(
            m_journal.database(), u"SELECT erp_variant_id FROM links WHERE store_product_id"_s,
            storeProductIds.values(), [&erpIds](const QSqlQuery &q) { erpIds.insert(q.value(0).toLongLong()); },
            "read links of store products"))
        return std::nullopt;
    return pairsForErpVariants(erpIds);
}

std::optional<ExclusionSet> LinkedStockReader::exclusions() const
{
    const ExclusionRepository repository(m_journal);
    const QList<Exclusion> all = repository.all();
    if (!repository.lastError().isEmpty())
        return std::nullopt;
    return ExclusionSet(all);
}

std::optional<QSet<qint64>> LinkedStockReader::bookedOrders(const QList<qint64> &orderIds) const
{
    QSet<qint64> out;
    if (!selectIn(
            m_journal.database(),
            u"SELECT DISTINCT store_order_id FROM documents WHERE kind IN ('boleta', 'factura')"
            " AND state = 'emitted' AND store_order_id"_s,
            orderIds, [&out](const QSqlQuery &q) { out.insert(q.value(0).toLongLong()); }, "read booked orders"))
        return std::nullopt;
    return out;
}

std::optional<QHash<StoreVariantKey, StoreVariant>>
LinkedStockReader::storeItems(const QSet<qint64> &storeProductIds) const
{
    QHash<StoreVariantKey, StoreVariant> out;
    if (!selectIn(
            m_journal.database(),
            u"SELECT product_id, variant_id, stock, stock_unlimited, price FROM store_variants WHERE product_id"_s,
            storeProductIds.values(),
            [&out](const QSqlQuery &q) {
                StoreVariant item;
                item.key = {q.value(0).toLongLong(), q.value(1).toLongLong()};
                item.stock = optionalInt(q.value(2));
                item.stockUnlimited = q.value(3).toInt() != 0;
                item.grossPrice = optionalInt(q.value(4));
                out.insert(item.key, item);
            },
            "read store items"))
        return std::nullopt;
    return out;
}

std::optional<qint64> LinkedStockReader::erpVariantCount() const
{
    return CatalogRepository(m_journal).erpCount();
}

std::optional<qint64> LinkedStockReader::storeProductCount() const
{
    QSqlQuery q(m_journal.database());
    if (!q.exec(u"SELECT COUNT(DISTINCT product_id) FROM store_variants"_s) || !q.next()) {
        logFailure("count store products", q.lastError().text());
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

bool LinkedStockReader::updateErpVariants(const QList<ErpVariant> &variants, const QDateTime &now) const
{
    if (variants.isEmpty())
        return true;
    return CatalogRepository(m_journal)
        .writeErpVariants(variants, now, CatalogRepository::WriteMode::Merge)
        .has_value();
}

bool LinkedStockReader::updateStoreVariants(const QList<StoreVariant> &items, const QDateTime &now) const
{
    if (items.isEmpty())
        return true;
    return CatalogRepository(m_journal).writeStoreVariants(items, now, CatalogRepository::WriteMode::Merge).has_value();
}

StoreVariant LinkedStockReader::afterPush(const StoreVariant &item, const StockPush &push)
{
    StoreVariant out = item;
    if (push.unlimited) {
        out.stockUnlimited = true;
    } else if (push.stock) {
        out.stock = push.stock;
        out.stockUnlimited = false;
    }
    if (push.price)
        out.grossPrice = push.price;
    return out;
}

} // namespace puente
