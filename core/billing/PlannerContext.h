#pragma once

#include "billing/BillingFieldNames.h"
#include "billing/BillingLink.h"
#include "domain/DocumentKind.h"
#include "domain/StoreOrderLine.h"

#include <functional>
#include <optional>

namespace puente {

/**
 * Everything DocumentPlanner needs besides the order: the account's configuration and a way
 * to look links up. Plain data plus one callable; the callable must be pure for the duration
 * of a plan() call (it is called once per billable line, on the caller's thread).
 */
struct PlannerContext
{
    using LinkLookup = std::function<std::optional<BillingLink>(const StoreOrderLine &line)>;

    LinkLookup linkFor; ///< nullopt = not linked
    QString storeCode; ///< overrides StoreOrder::storeCode when set
    int boletaTypeId = 0; ///< Bsale documentTypeId for 39; 0 = send codeSii (bsale.md §6)
    int facturaTypeId = 0; ///< Bsale documentTypeId for 33; 0 = send codeSii
    int officeId = 0; ///< 0 = Bsale's default office
    int priceListId = 0; ///< 0 = the office's default list
    int ivaTaxId = 1; ///< the account's IVA id in /v1/taxes: the line's taxId "[1]"
    /** Bsale service product for shipping (variantId or code); unset = no shipping line possible. */
    std::optional<BillingLink> shippingProduct;
    BillingFieldNames fields;
    bool dispatch = true; ///< dispatch:1, Bsale takes the stock out (bsale.md §10.3)
    bool declareSii = true;
    bool sendEmail = false;

    int documentTypeId(DocumentKind kind) const
    {
        return kind == DocumentKind::Factura ? facturaTypeId : (kind == DocumentKind::Boleta ? boletaTypeId : 0);
    }
};

} // namespace puente
