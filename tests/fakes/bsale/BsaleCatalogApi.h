#pragma once

#include "bsale/BsaleApiContext.h"

namespace puente::fakes::bsale {

/**
 * Routes of the catalogue: offices (bsale.md §2), products and variants (§3), product types and
 * attributes (§13) and stocks (§4), with their filters, `expand`, `fields` and count endpoints.
 * Registers its handlers on the context's server in the constructor.
 *
 * Ownership: owned by FakeBsale, which keeps the context alive. Thread affinity: the fake's thread.
 */
class BsaleCatalogApi
{
public:
    explicit BsaleCatalogApi(BsaleApiContext context);

private:
    void addOffices();
    void addProducts();
    void addVariants();
    void addProductTypes();
    void addStocks();

    BsaleSelection offices(const BsaleListQuery &query) const;
    BsaleSelection products(const BsaleListQuery &query) const;
    BsaleSelection variants(const BsaleListQuery &query) const;
    BsaleSelection productTypes(const BsaleListQuery &query) const;
    BsaleSelection stocks(const BsaleListQuery &query) const;

    BsaleApiContext m_ctx;
};

} // namespace puente::fakes::bsale
