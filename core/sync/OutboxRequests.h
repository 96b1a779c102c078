#pragma once

#include "connectors/bsale/BsaleRequests.h"
#include "connectors/bsale/BsaleTypes.h"
#include "domain/CreditNotePlan.h"
#include "domain/DocumentPlan.h"
#include "domain/IssuedDocument.h"

#include <QtCore/QDate>
#include <QtCore/QDateTime>

namespace puente {

/**
 * Frozen plans → the requests BsaleClient sends, and Bsale's answers → what the credit-note
 * planner needs. The same plan, date and payment type always give the same request (a retry
 * is the same request; Bsale's salesId makes it safe). Stateless; callable from any thread.
 */
class OutboxRequests final
{
public:
    OutboxRequests() = delete;

    /**
     * POST /v1/documents.json for `plan` (bsale.md §7). With `paymentTypeId` > 0 the whole
     * total is booked on that payment type; else Bsale uses its default.
     */
    static BsaleDocumentRequest document(const DocumentPlan &plan, QDate emission, int paymentTypeId);
    /** POST /v1/returns.json for `plan` (§8): every line returned in full. */
    static BsaleReturnRequest creditNote(const CreditNotePlan &plan, QDate emission);
    /**
     * The issued document as CreditNotePlanner needs it: Bsale's ids and lines, and the receptor
     * and kind of the plan it was issued from (the client Bsale found or created from it).
     */
    static IssuedDocument issued(const BsaleDocument &document, const DocumentPlan &plan);
    /** Today's date in Chile (America/Santiago), the date documents are issued on. */
    static QDate emissionDate(const QDateTime &nowUtc);
};

} // namespace puente
