#pragma once

#include "bsale/BsaleStore.h"
#include "bsale/BsaleUrls.h"

#include <QtCore/QJsonObject>
#include <QtCore/QSet>

namespace puente::fakes::bsale {

/**
 * JSON of the catalogue resources exactly as bsale.md shows them: offices (§2), products,
 * variants (§3), product types and attributes (§13), stocks (§4), price lists and taxes (§5),
 * document types, payment types and clients (§6), including the type quirks (string relation
 * ids, "19.0" percentages, string price-list ids, codeSii strings). Every call takes an id that
 * exists. Reads the store; owns nothing. Thread affinity: the fake's thread.
 */
class BsaleCatalogJson
{
public:
    using Expand = QSet<QString>;

    BsaleCatalogJson(const BsaleStore &store, const BsaleUrls &urls)
        : m_store(store)
        , m_urls(urls)
    { }

    QJsonObject office(int id) const;
    QJsonObject productType(int id) const;
    QJsonObject attribute(int id) const;
    QJsonObject attributeValue(int id) const;
    QJsonObject product(int id, const Expand &expand = {}) const;
    QJsonObject variant(int id, const Expand &expand = {}) const;
    QJsonObject variantCosts(int id) const;
    QJsonObject stock(int id, const Expand &expand = {}) const;
    QJsonObject priceList(int id) const;
    QJsonObject priceDetail(int id, const Expand &expand = {}) const;
    QJsonObject tax(int id) const;
    QJsonObject documentType(int id) const;
    QJsonObject paymentType(int id) const;
    QJsonObject client(int id) const;

private:
    const BsaleStore &m_store;
    const BsaleUrls &m_urls;
};

} // namespace puente::fakes::bsale
