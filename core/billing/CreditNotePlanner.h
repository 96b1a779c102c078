#pragma once

#include "domain/CreditNotePlan.h"
#include "domain/DocumentClient.h"
#include "domain/IssuedDocument.h"
#include "domain/PlanRefusal.h"
#include "domain/StoreOrder.h"

#include <QtCore/QString>

#include <variant>

namespace puente {

/** The account's settings for credit notes. A value type. */
struct CreditNoteContext
{
    int creditNoteTypeId = 0; ///< Bsale documentTypeId with use 1 (codeSii 61); 0 = send codeSii
    int officeId = 0; ///< 0 = the original document's office
    bool declareSii = true;
    int returnType = 0; ///< `type`: 0 money back, 1 new sale, 2 credit line, 3 other (bsale.md §8)
    QString storeCode; ///< overrides StoreOrder::storeCode when set
    /**
     * The client block for boletas issued without one. Bsale makes `client` mandatory on
     * returns and wants "los mismos datos" as the original (§8); a boleta has none, so the
     * generic boleta receptor stands in (chile-dte.md §4.1: 66666666-6).
     */
    DocumentClient boletaClient {QStringLiteral("66666666-6"), QStringLiteral("Cliente boleta"), {}, {}, {}, {}, {}, 0};
};

/**
 * Plans the credit note that cancels a document after its order was canceled in the store
 * (architecture.md: "Canceled after emission → credit note … once"): `POST /v1/returns.json`
 * returning every line in full (`quantity` = sold, `unitValue` = 0, bsale.md §8 "Return
 * quantities"), referencing the original's `documentDetailId`s, with the original's client and
 * the order's own credit-note salesId (so a retry is answered with the same note).
 * Stateless; callable from any thread.
 */
class CreditNotePlanner
{
public:
    using Result = std::variant<CreditNotePlan, PlanRefusal>;

    static Result plan(const IssuedDocument &original, const StoreOrder &order, const CreditNoteContext &context);
};

} // namespace puente
