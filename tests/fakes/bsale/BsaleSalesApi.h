#pragma once

#include "bsale/BsaleApiContext.h"

namespace puente::fakes::bsale {

/**
 * Routes that move money and stock: documents (bsale.md §7) with details, references and
 * payments, returns (§8), stock receptions and consumptions (§4), with their date filters, plus
 * the document's public view and PDF (served by the fake instead of app2.bsale.cl).
 * Registers on construction.
 *
 * Ownership: owned by FakeBsale. Thread affinity: the fake's thread.
 */
class BsaleSalesApi
{
public:
    explicit BsaleSalesApi(BsaleApiContext context);

private:
    void addDocuments();
    void addPayments();
    void addReturns();
    void addReceptions();
    void addConsumptions();
    void addViews();

    BsaleSelection documents(const BsaleListQuery &query) const;
    BsaleSelection payments(const BsaleListQuery &query) const;
    BsaleSelection returns(const BsaleListQuery &query) const;
    BsaleSelection receptions(const BsaleListQuery &query) const;
    BsaleSelection consumptions(const BsaleListQuery &query) const;
    HttpFakeResponse answer(const HttpFakeRequest &request, const BsaleOutcome &outcome,
                            const std::function<QJsonObject(int)> &toJson) const;
    HttpFakeResponse view(const HttpFakeRequest &request) const;

    BsaleApiContext m_ctx;
};

} // namespace puente::fakes::bsale
