#include "OrderShopLinks.h"

#include "journal/Journal.h"
#include "seed/OrderShop.h"

#include <QtCore/QDebug>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace puente::test {

bool OrderShopLinks::write(const fakes::OrderShop &shop, const Journal &journal)
{
    QSqlDatabase db = journal.database();
    for (const fakes::OrderShop::Item &item : shop.items) {
        QSqlQuery erp(db);
        erp.prepare(
            u"INSERT OR REPLACE INTO erp_variants (variant_id, product_id, product_name, sku, active, pulled_at)"
            " VALUES (:id, 1, :sku, :sku, 1, 0)"_s);
        erp.bindValue(u":id"_s, item.bsaleVariantId);
        erp.bindValue(u":sku"_s, item.sku);
        QSqlQuery link(db);
        link.prepare(u"INSERT OR REPLACE INTO links (erp_variant_id, store_product_id, store_variant_id, how,"
                     " created_at) VALUES (:erp, :product, :variant, 'sku', 0)"_s);
        link.bindValue(u":erp"_s, item.bsaleVariantId);
        link.bindValue(u":product"_s, item.storeProductId);
        link.bindValue(u":variant"_s, item.storeVariantId);
        if (!erp.exec() || !link.exec()) {
            qWarning() << "OrderShopLinks::write failed:" << erp.lastError().text() << link.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace puente::test
