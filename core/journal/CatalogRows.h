#pragma once

#include "domain/ErpVariant.h"
#include "domain/Link.h"
#include "domain/StoreVariant.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QVariant>

class QSqlQuery;

namespace puente {

/**
 * How catalogue and link rows are spelled in the journal (column lists, row → value). Shared by
 * CatalogRepository and LinkRepository so the two read the same rows the same way.
 * Stateless; thread-safe.
 */
class CatalogRows final
{
public:
    CatalogRows() = delete;

    /** Columns of erp_variants in the order readErp() expects, without table prefix. */
    static QString erpColumns(const QString &prefix = {});
    static QString storeColumns(const QString &prefix = {});
    static QString linkColumns(const QString &prefix = {});
    static constexpr int kErpColumnCount = 16;
    static constexpr int kStoreColumnCount = 12;
    static constexpr int kLinkColumnCount = 5;

    static ErpVariant readErp(const QSqlQuery &query, int first = 0);
    static StoreVariant readStore(const QSqlQuery &query, int first = 0);
    static Link readLink(const QSqlQuery &query, int first = 0);

    /** Binds :product_id, :product_name, ... (every column but pulled_at). */
    static void bindErp(QSqlQuery &query, const ErpVariant &variant);
    static void bindStore(QSqlQuery &query, const StoreVariant &variant);

    /** Text for a NOT NULL column: a null QString would bind as SQL NULL. */
    static QString text(const QString &text) { return text.isNull() ? QStringLiteral("") : text; }
    /** Empty text as SQL NULL (sku, barcode): no empty keys in the indexes. */
    static QVariant textOrNull(const QString &text);
    static qint64 toMs(const QDateTime &time) { return time.toMSecsSinceEpoch(); }
    static QDateTime fromMs(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); }
    /** "3,17" ↔ {3, 17}. */
    static QString joinIds(const QList<qint64> &ids);
    static QList<qint64> splitIds(const QString &text);
    /** "(1,2,3)" for an IN clause: integers only, so nothing to escape. */
    static QString inList(const QList<qint64> &ids);
};

} // namespace puente
