#pragma once

#include "bsale/BsaleDocumentEngine.h"

namespace puente::fakes::bsale {

/**
 * POST /v1/returns.json (bsale.md §8, chile-dte.md §4.6): checks the sale and the returnable
 * quantity of each line, issues the credit note (a document whose type has use = 1, codeSii
 * "61"), puts dispatched stock back and replays `salesId` (CHANGELOG 09/2022).
 *
 * Ownership: owned by FakeBsale. Thread affinity: the fake's thread.
 */
class BsaleReturnEngine
{
public:
    BsaleReturnEngine(BsaleStore &store, const BsaleDocumentEngine &documents)
        : m_store(store)
        , m_documents(documents)
    { }

    BsaleOutcome create(const QJsonObject &body);

private:
    struct Line
    {
        int originalDetailId = 0;
        double quantity = 0; ///< units returned (return-quantities mode)
        double creditedUnitValue = 0; ///< net per unit credited
        double creditedQuantity = 0;
    };

    QString planLines(const QJsonObject &body, const Document &sale, int priceAdjustment, int editTexts,
                      QList<Line> *lines);
    int commit(const QJsonObject &body, DocumentType &type, const Document &sale, const QList<Line> &lines);

    BsaleStore &m_store;
    const BsaleDocumentEngine &m_documents;
};

} // namespace puente::fakes::bsale
