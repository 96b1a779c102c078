#include "CatalogFixture.h"

#include "journal/WriteTransaction.h"

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

namespace puente::test {

namespace {

QVariant orNull(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// NOT NULL DEFAULT '' columns: a null QString would bind as NULL.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

bool run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qWarning() << "fixture SQL failed:" << query.lastQuery() << query.lastError().text();
    return false;
}

const QString kInsertErp = u"INSERT INTO erp_variants (variant_id, product_id, product_name, description, sku,"
                           " barcode, price, quantity_available, unlimited_stock, active, pulled_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s;
const QString kInsertStore = u"INSERT INTO store_variants (product_id, variant_id, product_name, variant_name, sku,"
                             " barcode, price, stock, status, pulled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s;
const QString kInsertLink = u"INSERT INTO links (erp_variant_id, store_product_id, store_variant_id, how, created_at)"
                            " VALUES (?, ?, ?, ?, 1)"_s;

void bindErp(QSqlQuery &query, const ErpRowSpec &row)
{
    const QVariantList values {row.variantId,         row.productId,           text(row.product), text(row.description),
                               textOrNull(row.sku),   textOrNull(row.barcode), orNull(row.price), row.available,
                               row.unlimited ? 1 : 0, row.active ? 1 : 0};
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
}

void bindStore(QSqlQuery &query, const StoreRowSpec &row)
{
    const QVariantList values {row.key.productId, row.key.variantId,   text(row.product),
                               text(row.variant), textOrNull(row.sku), textOrNull(row.barcode),
                               orNull(row.price), orNull(row.stock),   row.status};
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
}

} // namespace

CatalogFixture::CatalogFixture()
{
    if (!m_dir.isValid())
        return;
    m_journal = std::make_unique<Journal>(Journal::pathInDirectory(m_dir.path()));
    if (const auto error = m_journal->open())
        qWarning() << "fixture journal:" << error->message;
}

CatalogFixture::~CatalogFixture() = default;

bool CatalogFixture::exec(const QString &sql) const
{
    QSqlQuery query(m_journal->database());
    query.prepare(sql);
    return run(query);
}

bool CatalogFixture::addErp(const QList<ErpRowSpec> &rows) const
{
    QSqlDatabase db = m_journal->database();
    WriteTransaction transaction(db);
    QSqlQuery query(db);
    query.prepare(kInsertErp);
    for (const ErpRowSpec &row : rows) {
        bindErp(query, row);
        if (!run(query))
            return false;
    }
    return transaction.commit();
}

bool CatalogFixture::addStore(const QList<StoreRowSpec> &rows) const
{
    QSqlDatabase db = m_journal->database();
    WriteTransaction transaction(db);
    QSqlQuery query(db);
    query.prepare(kInsertStore);
    for (const StoreRowSpec &row : rows) {
        bindStore(query, row);
        if (!run(query))
            return false;
    }
    return transaction.commit();
}

bool CatalogFixture::addLink(qint64 erpVariantId, const StoreVariantKey &store, const QString &how) const
{
    QSqlQuery query(m_journal->database());
    query.prepare(kInsertLink);
    query.bindValue(0, erpVariantId);
    query.bindValue(1, store.productId);
    query.bindValue(2, store.variantId);
    query.bindValue(3, how);
    return run(query);
}

bool CatalogFixture::removeLink(qint64 erpVariantId) const
{
    QSqlQuery query(m_journal->database());
    query.prepare(u"DELETE FROM links WHERE erp_variant_id = ?"_s);
    query.bindValue(0, erpVariantId);
    return run(query);
}

bool CatalogFixture::addIssue(qint64 erpVariantId, const StoreVariantKey &store, const QString &detail) const
{
    // The shape of the sync engine's link_issues table (schema version 3).
    const bool created =
        exec(u"CREATE TABLE IF NOT EXISTS link_issues ("
             " id INTEGER PRIMARY KEY, side TEXT NOT NULL, erp_variant_id INTEGER NOT NULL DEFAULT 0,"
             " store_product_id INTEGER NOT NULL DEFAULT 0, store_variant_id INTEGER NOT NULL DEFAULT 0,"
             " rule TEXT NOT NULL, key TEXT NOT NULL, reason TEXT NOT NULL,"
             " detail TEXT NOT NULL DEFAULT '', detected_at INTEGER NOT NULL)"_s);
    if (!created)
        return false;
    QSqlQuery query(m_journal->database());
    query.prepare(u"INSERT INTO link_issues (side, erp_variant_id, store_product_id, store_variant_id, rule, key,"
                  " reason, detail, detected_at) VALUES (?, ?, ?, ?, 'sku', 'X', 'duplicate', ?, 1)"_s);
    query.bindValue(0, erpVariantId > 0 ? u"erp"_s : u"store"_s);
    query.bindValue(1, erpVariantId);
    query.bindValue(2, store.productId);
    query.bindValue(3, store.variantId);
    query.bindValue(4, detail);
    return run(query);
}

bool CatalogFixture::fillLarge(int count) const
{
    static const QStringList kNouns {u"Polera"_s, u"Pantalón"_s, u"Chaqueta"_s, u"Cojín"_s, u"Bufanda"_s};
    static const QStringList kMaterials {u"Algodón"_s, u"Lino"_s, u"Lana"_s, u"Poliéster"_s};
    static const QStringList kSizes {u"S"_s, u"M"_s, u"L"_s, u"XL"_s, u"Única"_s};
    QSqlDatabase db = m_journal->database();
    WriteTransaction transaction(db);
    QSqlQuery erp(db);
    QSqlQuery store(db);
    QSqlQuery link(db);
    erp.prepare(kInsertErp);
    store.prepare(kInsertStore);
    link.prepare(kInsertLink);
    for (int i = 0; i < count; ++i) {
        const int product = i * 2 / 5;
        const QString name =
            u"%1 %2 %3"_s.arg(kNouns.at(product % kNouns.size()), kMaterials.at(product % kMaterials.size()))
                .arg(product);
        const QString size = kSizes.at(i % kSizes.size());
        const QString sku = u"LG-%1-%2"_s.arg(product, 6, 10, QLatin1Char('0')).arg(i % kSizes.size());
        bindErp(erp, {1000 + i, 100 + product, name, u"Talla "_s + size, sku, 9990 + (i % 50) * 1000, 1.0 * (i % 30)});
        bindStore(store, {{5000000 + product, 9000000 + i}, name, size, sku, 9990, i % 30, u"available"_s, {}});
        if (!run(erp) || !run(store))
            return false;
        if (i % 2 == 0) {
            link.bindValue(0, 1000 + i);
            link.bindValue(1, 5000000 + product);
            link.bindValue(2, 9000000 + i);
            link.bindValue(3, u"sku"_s);
            if (!run(link))
                return false;
        }
    }
    return transaction.commit();
}

} // namespace puente::test
