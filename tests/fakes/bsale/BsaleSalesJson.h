#pragma once

#include "bsale/BsaleCatalogJson.h"

namespace puente::fakes::bsale {

/**
 * JSON of what moves money and stock: documents and their details, payments and references
 * (bsale.md §7), returns (§8), receptions and consumptions (§4). Relation nodes expand into the
 * catalogue's JSON. Every call takes an id that exists. Owns nothing; the fake's thread.
 */
class BsaleSalesJson
{
public:
    using Expand = QSet<QString>;

    BsaleSalesJson(const BsaleStore &store, const BsaleUrls &urls, const BsaleCatalogJson &catalog)
        : m_store(store)
        , m_urls(urls)
        , m_catalog(catalog)
    { }

    QJsonObject document(int id, const Expand &expand = {}) const;
    QJsonObject documentDetail(int id, const Expand &expand = {}) const;
    QJsonObject reference(int documentId, int index) const;
    QJsonObject payment(int id) const;
    QJsonObject reception(int id) const;
    QJsonObject receptionDetail(int id) const;
    QJsonObject consumption(int id) const;
    QJsonObject consumptionDetail(int id) const;
    QJsonObject returnObject(int id, const Expand &expand = {}) const;
    QJsonObject returnDetail(int id) const;

private:
    QJsonObject detailsEnvelope(const Document &document, const Expand &expand) const;
    QJsonObject movementDetail(const MovementDetail &detail, const QString &path, bool withCost) const;

    const BsaleStore &m_store;
    const BsaleUrls &m_urls;
    const BsaleCatalogJson &m_catalog;
};

} // namespace puente::fakes::bsale
