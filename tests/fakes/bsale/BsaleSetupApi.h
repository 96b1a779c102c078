#pragma once

#include "bsale/BsaleApiContext.h"
#include "bsale/BsaleModel.h"

namespace puente::fakes::bsale {

/**
 * Routes of the account set-up resources: price lists and their details (bsale.md §5), taxes
 * (§5), document types with folio availability, payment types and clients (§6), including
 * POST /v1/clients.json and PUT of a price-list detail. Registers on construction.
 *
 * Ownership: owned by FakeBsale. Thread affinity: the fake's thread.
 */
class BsaleSetupApi
{
public:
    explicit BsaleSetupApi(BsaleApiContext context);

private:
    void addPriceLists();
    void addTaxes();
    void addDocumentTypes();
    void addPaymentTypes();
    void addClients();

    BsaleSelection priceLists(const BsaleListQuery &query) const;
    BsaleSelection priceDetails(const PriceList &list, const BsaleListQuery &query) const;
    BsaleSelection taxes(const BsaleListQuery &query) const;
    BsaleSelection documentTypes(const BsaleListQuery &query) const;
    BsaleSelection paymentTypes(const BsaleListQuery &query) const;
    BsaleSelection clients(const BsaleListQuery &query) const;
    HttpFakeResponse putPriceDetail(const HttpFakeRequest &request);
    HttpFakeResponse postClient(const HttpFakeRequest &request);

    BsaleApiContext m_ctx;
};

} // namespace puente::fakes::bsale
