#pragma once

#include "bsale/BsaleDocumentEngine.h"

namespace puente::fakes::bsale {

/**
 * Stock receptions (+) and consumptions (−) of one office, POST /v1/stocks/receptions.json and
 * /v1/stocks/consumptions.json (bsale.md §4). Lines name the variant by variantId, code or
 * barCode. Each change is announced (stock webhooks).
 *
 * Ownership: owned by FakeBsale. Thread affinity: the fake's thread.
 */
class BsaleMovementEngine
{
public:
    BsaleMovementEngine(BsaleStore &store, const BsaleDocumentEngine &documents)
        : m_store(store)
        , m_documents(documents)
    { }

    BsaleOutcome reception(const QJsonObject &body);
    BsaleOutcome consumption(const QJsonObject &body);

private:
    struct Line
    {
        int variantId = 0;
        double quantity = 0;
        double cost = 0;
        QString serialNumber;
    };

    QString resolveOffice(const QJsonObject &body, int *officeId) const;
    QString planLines(const QJsonObject &body, QList<Line> *lines) const;

    BsaleStore &m_store;
    const BsaleDocumentEngine &m_documents;
};

} // namespace puente::fakes::bsale
