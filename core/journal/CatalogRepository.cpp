#include "journal/CatalogRepository.h"

#include "base/Logging.h"
#include "journal/CatalogRows.h"
#include "journal/Journal.h"
#include "journal/WriteTransaction.h"

#include <QtCore/QHash>
#include <QtCore/QSet>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

constexpr qsizetype kInChunk = 500; ///< ids per IN (...) list

/** The table-specific parts of a compare-and-write: key, SQL, binding. */
template<typename Row, typename Key>
struct TableSpec
{
    QString table;
    QString selectAll;
    QString insert;
    QString update;
    QString remove;
    std::function<Key(const Row &)> key;
    std::function<Row(const QSqlQuery &)> read;
    std::function<void(QSqlQuery &, const Row &)> bind;
    std::function<void(QSqlQuery &, const Key &)> bindKey;
};

template<typename Row, typename Key>
std::optional<CatalogCounts> compareAndWrite(const QSqlDatabase &db, const TableSpec<Row, Key> &spec,
                                             const QList<Row> &rows, qint64 nowMs, CatalogRepository::WriteMode mode,
                                             QString &error)
{
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        error = transaction.errorText();
        return std::nullopt;
    }
    // Read what is there inside the transaction: nobody can change it between compare and write.
    QHash<Key, Row> existing;
    {
        QSqlQuery select(db);
        select.setForwardOnly(true);
        if (!select.exec(spec.selectAll)) {
            error = select.lastError().text();
            return std::nullopt;
        }
        while (select.next()) {
            Row row = spec.read(select);
            Key key = spec.key(row);
            existing.insert(key, std::move(row));
        }
    }
    QSqlQuery insert(db);
    QSqlQuery update(db);
    QSqlQuery remove(db);
    if (!insert.prepare(spec.insert) || !update.prepare(spec.update) || !remove.prepare(spec.remove)) {
        error = insert.lastError().text() + update.lastError().text() + remove.lastError().text();
        return std::nullopt;
    }
    CatalogCounts counts;
    QSet<Key> seen;
    seen.reserve(rows.size());
    for (const Row &row : rows) {
        const Key key = spec.key(row);
        if (seen.contains(key))
            continue; // the same row twice in one list: the first one counts
        seen.insert(key);
        const auto found = existing.constFind(key);
        QSqlQuery *query = nullptr;
        if (found == existing.constEnd()) {
            query = &insert;
            ++counts.inserted;
        } else if (*found == row) {
            ++counts.unchanged;
            continue;
        } else {
            query = &update;
            ++counts.updated;
        }
        spec.bind(*query, row);
        query->bindValue(u":pulled_at"_s, nowMs);
        if (!query->exec()) {
            error = query->lastError().text();
            return std::nullopt;
        }
    }
    if (mode == CatalogRepository::WriteMode::Replace) {
        for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
            if (seen.contains(it.key()))
                continue;
            spec.bindKey(remove, it.key());
            if (!remove.exec()) {
                error = remove.lastError().text();
                return std::nullopt;
            }
            ++counts.removed;
        }
    }
    insert.finish();
    update.finish();
    remove.finish();
    if (!transaction.commit()) {
        error = transaction.errorText();
        return std::nullopt;
    }
    return counts;
}

QString assignments(const QString &columns, const QStringList &keyColumns)
{
    QStringList out;
    for (const QString &column : columns.split(u", "_s)) {
        if (!keyColumns.contains(column))
            out.append(column + u" = :"_s + column);
    }
    out.append(u"pulled_at = :pulled_at"_s);
    return out.join(u", "_s);
}

QString placeholders(const QString &columns)
{
    QStringList out;
    for (const QString &column : columns.split(u", "_s))
        out.append(u':' + column);
    return out.join(u", "_s);
}

TableSpec<ErpVariant, qint64> erpSpec()
{
    const QString columns = CatalogRows::erpColumns();
    return TableSpec<ErpVariant, qint64> {
        u"erp_variants"_s,
        u"SELECT %1 FROM erp_variants"_s.arg(columns),
        u"INSERT INTO erp_variants (%1, pulled_at) VALUES (%2, :pulled_at)"_s.arg(columns, placeholders(columns)),
        u"UPDATE erp_variants SET %1 WHERE variant_id = :variant_id"_s.arg(assignments(columns, {u"variant_id"_s})),
        u"DELETE FROM erp_variants WHERE variant_id = :variant_id"_s,
        [](const ErpVariant &v) { return v.variantId; },
        [](const QSqlQuery &q) { return CatalogRows::readErp(q); },
        &CatalogRows::bindErp,
        [](QSqlQuery &q, const qint64 &id) { q.bindValue(u":variant_id"_s, id); },
    };
}

TableSpec<StoreVariant, StoreVariantKey> storeSpec()
{
    const QString columns = CatalogRows::storeColumns();
    return TableSpec<StoreVariant, StoreVariantKey> {
        u"store_variants"_s,
        u"SELECT %1 FROM store_variants"_s.arg(columns),
        u"INSERT INTO store_variants (%1, pulled_at) VALUES (%2, :pulled_at)"_s.arg(columns, placeholders(columns)),
        u"UPDATE store_variants SET %1 WHERE product_id = :product_id AND variant_id = :variant_id"_s.arg(
            assignments(columns, {u"product_id"_s, u"variant_id"_s})),
        u"DELETE FROM store_variants WHERE product_id = :product_id AND variant_id = :variant_id"_s,
        [](const StoreVariant &v) { return v.key; },
        [](const QSqlQuery &q) { return CatalogRows::readStore(q); },
        &CatalogRows::bindStore,
        [](QSqlQuery &q, const StoreVariantKey &key) {
            q.bindValue(u":product_id"_s, key.productId);
            q.bindValue(u":variant_id"_s, key.variantId);
        },
    };
}

QString sideName(CatalogTerm::Side side)
{
    return side == CatalogTerm::Side::Erp ? u"erp"_s : u"store"_s;
}

struct TermKey
{
    QString kind;
    QString id;
    friend bool operator==(const TermKey &, const TermKey &) = default;
};

size_t qHash(const TermKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.kind, key.id);
}

TableSpec<CatalogTerm, TermKey> termSpec(CatalogTerm::Side side)
{
    const QString sideText = sideName(side);
    return TableSpec<CatalogTerm, TermKey> {
        u"catalog_terms"_s,
        u"SELECT kind, term_id, parent_id, name, detail FROM catalog_terms WHERE side = '%1'"_s.arg(sideText),
        u"INSERT INTO catalog_terms (side, kind, term_id, parent_id, name, detail, pulled_at)"
        " VALUES (:side, :kind, :term_id, :parent_id, :name, :detail, :pulled_at)"_s,
        u"UPDATE catalog_terms SET parent_id = :parent_id, name = :name, detail = :detail, pulled_at = :pulled_at"
        " WHERE side = :side AND kind = :kind AND term_id = :term_id"_s,
        u"DELETE FROM catalog_terms WHERE side = :side AND kind = :kind AND term_id = :term_id"_s,
        [](const CatalogTerm &t) {
            return TermKey {t.kind, t.id};
        },
        [side](const QSqlQuery &q) {
            return CatalogTerm {side,
                                q.value(0).toString(),
                                q.value(1).toString(),
                                q.value(2).toString(),
                                q.value(3).toString(),
                                q.value(4).toString()};
        },
        [sideText](QSqlQuery &q, const CatalogTerm &t) {
            q.bindValue(u":side"_s, sideText);
            q.bindValue(u":kind"_s, CatalogRows::text(t.kind));
            q.bindValue(u":term_id"_s, CatalogRows::text(t.id));
            q.bindValue(u":parent_id"_s, CatalogRows::text(t.parentId));
            q.bindValue(u":name"_s, CatalogRows::text(t.name));
            q.bindValue(u":detail"_s, CatalogRows::text(t.detail));
        },
        [sideText](QSqlQuery &q, const TermKey &key) {
            q.bindValue(u":side"_s, sideText);
            q.bindValue(u":kind"_s, key.kind);
            q.bindValue(u":term_id"_s, key.id);
        },
    };
}

} // namespace

CatalogRepository::CatalogRepository(const Journal &journal)
    : m_journal(journal)
{ }

std::optional<CatalogCounts> CatalogRepository::writeErpVariants(const QList<ErpVariant> &variants,
                                                                 const QDateTime &now, WriteMode mode) const
{
    QString error;
    auto counts = compareAndWrite(m_journal.database(), erpSpec(), variants, CatalogRows::toMs(now), mode, error);
    if (!counts)
        fail(u"write the Bsale catalogue"_s, error);
    return counts;
}

std::optional<CatalogCounts> CatalogRepository::writeStoreVariants(const QList<StoreVariant> &variants,
                                                                   const QDateTime &now, WriteMode mode) const
{
    QString error;
    auto counts = compareAndWrite(m_journal.database(), storeSpec(), variants, CatalogRows::toMs(now), mode, error);
    if (!counts)
        fail(u"write the store catalogue"_s, error);
    return counts;
}

std::optional<CatalogCounts> CatalogRepository::writeTerms(CatalogTerm::Side side, const QList<CatalogTerm> &terms,
                                                           const QDateTime &now) const
{
    QString error;
    auto counts =
        compareAndWrite(m_journal.database(), termSpec(side), terms, CatalogRows::toMs(now), WriteMode::Replace, error);
    if (!counts)
        fail(u"write the reference lists"_s, error);
    return counts;
}

QList<CatalogTerm> CatalogRepository::terms(CatalogTerm::Side side, const QString &kind) const
{
    QList<CatalogTerm> out;
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT term_id, parent_id, name, detail FROM catalog_terms WHERE side = :side AND kind = :kind"
                  " ORDER BY length(term_id), term_id"_s);
    query.bindValue(u":side"_s, sideName(side));
    query.bindValue(u":kind"_s, kind);
    if (!query.exec()) {
        fail(u"read the reference lists"_s, query.lastError().text());
        return out;
    }
    while (query.next()) {
        out.append(CatalogTerm {side, kind, query.value(0).toString(), query.value(1).toString(),
                                query.value(2).toString(), query.value(3).toString()});
    }
    return out;
}

QList<ErpVariant> CatalogRepository::selectErp(const QString &where) const
{
    QList<ErpVariant> out;
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT %1 FROM erp_variants %2 ORDER BY variant_id"_s.arg(CatalogRows::erpColumns(), where))) {
        fail(u"read the Bsale catalogue"_s, query.lastError().text());
        return out;
    }
    while (query.next())
        out.append(CatalogRows::readErp(query));
    return out;
}

QList<StoreVariant> CatalogRepository::selectStore(const QString &where) const
{
    QList<StoreVariant> out;
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT %1 FROM store_variants %2 ORDER BY product_id, variant_id"_s.arg(
            CatalogRows::storeColumns(), where))) {
        fail(u"read the store catalogue"_s, query.lastError().text());
        return out;
    }
    while (query.next())
        out.append(CatalogRows::readStore(query));
    return out;
}

QList<ErpVariant> CatalogRepository::erpVariants() const
{
    return selectErp({});
}

QList<ErpVariant> CatalogRepository::erpVariants(const QList<qint64> &variantIds) const
{
    QList<ErpVariant> out;
    for (qsizetype i = 0; i < variantIds.size(); i += kInChunk)
        out += selectErp(u"WHERE variant_id IN "_s + CatalogRows::inList(variantIds.mid(i, kInChunk)));
    return out;
}

QList<ErpVariant> CatalogRepository::erpVariantsOfProducts(const QList<qint64> &productIds) const
{
    QList<ErpVariant> out;
    for (qsizetype i = 0; i < productIds.size(); i += kInChunk)
        out += selectErp(u"WHERE product_id IN "_s + CatalogRows::inList(productIds.mid(i, kInChunk)));
    return out;
}

std::optional<ErpVariant> CatalogRepository::erpVariant(qint64 variantId) const
{
    const QList<ErpVariant> found = selectErp(u"WHERE variant_id = %1"_s.arg(variantId));
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<StoreVariant> CatalogRepository::storeVariants() const
{
    return selectStore({});
}

QList<StoreVariant> CatalogRepository::storeVariants(const QList<StoreVariantKey> &keys) const
{
    // Group by product: one IN list of products, then keep the asked-for keys.
    QSet<StoreVariantKey> wanted(keys.cbegin(), keys.cend());
    QList<qint64> products;
    QSet<qint64> seen;
    for (const StoreVariantKey &key : keys) {
        if (!seen.contains(key.productId)) {
            seen.insert(key.productId);
            products.append(key.productId);
        }
    }
    QList<StoreVariant> out;
    for (qsizetype i = 0; i < products.size(); i += kInChunk) {
        const QList<StoreVariant> rows =
            selectStore(u"WHERE product_id IN "_s + CatalogRows::inList(products.mid(i, kInChunk)));
        for (const StoreVariant &row : rows) {
            if (wanted.contains(row.key))
                out.append(row);
        }
    }
    return out;
}

std::optional<StoreVariant> CatalogRepository::storeVariant(const StoreVariantKey &key) const
{
    const QList<StoreVariant> found =
        selectStore(u"WHERE product_id = %1 AND variant_id = %2"_s.arg(key.productId).arg(key.variantId));
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

qint64 CatalogRepository::count(const QString &table) const
{
    QSqlQuery query(m_journal.database());
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next()) {
        fail(u"count "_s + table, query.lastError().text());
        return -1;
    }
    return query.value(0).toLongLong();
}

qint64 CatalogRepository::erpCount() const
{
    return count(u"erp_variants"_s);
}

qint64 CatalogRepository::storeCount() const
{
    return count(u"store_variants"_s);
}

QDateTime CatalogRepository::changedAt(const QString &sql, const QList<qint64> &values) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(sql);
    const QStringList names {u":a"_s, u":b"_s};
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(names.at(i), values.at(i));
    if (!query.exec() || !query.next())
        return {};
    return CatalogRows::fromMs(query.value(0).toLongLong());
}

QDateTime CatalogRepository::erpChangedAt(qint64 variantId) const
{
    return changedAt(u"SELECT pulled_at FROM erp_variants WHERE variant_id = :a"_s, {variantId});
}

QDateTime CatalogRepository::storeChangedAt(const StoreVariantKey &key) const
{
    return changedAt(u"SELECT pulled_at FROM store_variants WHERE product_id = :a AND variant_id = :b"_s,
                     {key.productId, key.variantId});
}

void CatalogRepository::fail(const QString &what, const QString &why) const
{
    m_lastError = u"Cannot %1: %2"_s.arg(what, why);
    qCWarning(lcJournal).noquote() << m_lastError;
}

} // namespace puente
