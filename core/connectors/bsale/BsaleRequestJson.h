#pragma once

#include "connectors/bsale/BsaleRequests.h"

#include <QtCore/QDate>
#include <QtCore/QJsonObject>

namespace puente {

/**
 * Request bodies exactly as bsale.md documents them: camelCase names, 0/1 flags, dates as Unix
 * seconds, `taxId` as the STRING "[1,2]" (a JSON array would be refused), detail variants by
 * variantId, code or barCode. Optional values that are unset are left out rather than sent
 * empty, so Bsale's defaults apply (default office, price list, payment).
 *
 * Stateless; callable from any thread.
 */
class BsaleRequestJson final
{
public:
    BsaleRequestJson() = delete;

    static QJsonObject document(const BsaleDocumentRequest &request);
    static QJsonObject returnBody(const BsaleReturnRequest &request);
    static QJsonObject reception(const BsaleReceptionRequest &request);
    static QJsonObject consumption(const BsaleConsumptionRequest &request);
    /** POST /v1/clients.json, and the `client` node of documents and returns. */
    static QJsonObject customer(const BsaleCustomer &customer);

    /** A calendar date as Bsale stores it: Unix seconds of its 00:00 UTC (bsale.md §1 Dates). */
    static qint64 unixDate(const QDate &date);
    /** "[1,2]" */
    static QString taxIdList(const QList<int> &taxIds);

private:
    static QJsonObject documentLine(const BsaleDocumentLine &line);
    static QJsonObject movementLine(const BsaleMovementLine &line, bool withCost);
};

} // namespace puente
