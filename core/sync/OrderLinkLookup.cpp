#include "sync/OrderLinkLookup.h"

#include "base/Logging.h"
#include "journal/Journal.h"

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace puente {

OrderLinkLookup::OrderLinkLookup(const Journal &journal)
    : m_journal(journal)
{ }

std::optional<BillingLink> OrderLinkLookup::find(const StoreOrderLine &line) const
{
    bool ok = false;
    const qint64 productId = line.storeProductId.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    // A product without variants is linked with store_variant_id 0 (JournalSchema).
    const qint64 variantId = line.storeVariantId.isEmpty() ? 0 : line.storeVariantId.toLongLong();
    QSqlQuery query(m_journal.database());
    query.prepare(u"SELECT l.erp_variant_id, e.sku, e.active FROM links l"
                  " LEFT JOIN erp_variants e ON e.variant_id = l.erp_variant_id"
                  " WHERE l.store_product_id = :product AND l.store_variant_id = :variant"_s);
    query.bindValue(u":product"_s, productId);
    query.bindValue(u":variant"_s, variantId);
    if (!query.exec()) {
        qCWarning(lcSync).noquote() << "link lookup failed:" << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    BillingLink link;
    link.variantId = query.value(0).toInt();
    link.code = query.value(1).toString();
    // Not pulled yet (NULL): Bsale will say if the variant is unusable.
    link.inactive = !query.value(2).isNull() && query.value(2).toInt() == 0;
    return link;
}

PlannerContext::LinkLookup OrderLinkLookup::function() const
{
    return [this](const StoreOrderLine &line) { return find(line); };
}

} // namespace puente
