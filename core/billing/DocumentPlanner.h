#pragma once

#include "billing/PlannerContext.h"
#include "domain/DocumentPlan.h"
#include "domain/PlanRefusal.h"
#include "domain/StoreOrder.h"

#include <variant>

namespace puente {

/**
 * Turns a paid store order into the Bsale document to issue, or says why it cannot: pure
 * functions, no I/O (the lookups come through PlannerContext).
 *
 * The rules (architecture.md "Orders → documents"; chile-dte.md; bsale.md §7, §10):
 * - boleta or factura from the checkout field (DocumentKindResolver); a factura needs a valid
 *   receptor (FacturaReceptor);
 * - every line with a value must be linked to an active Bsale variant; serial-numbered
 *   variants stop the plan (Bsale needs a serial the store does not have); packs go by code;
 * - lines whose charge is zero are left out (with a note); an order with nothing but such lines
 *   gets no document (PlanRefusal::needsNoDocument());
 * - gross store prices become net unit values (TaxMath::netUnitValueFor) so Bsale's total is
 *   the order's total to the peso; line discounts and a cart discount (spread over the lines
 *   in proportion, whole pesos, largest remainder) become Bsale's per-line percentages;
 * - shipping is a line of the configured service product.
 * Every problem is reported at once, so one visit to the inbox fixes the order.
 * Stateless; callable from any thread.
 */
class DocumentPlanner
{
public:
    using Result = std::variant<DocumentPlan, PlanRefusal>;

    static Result plan(const StoreOrder &order, const PlannerContext &context);
    /**
     * The user's explicit "plan again" for a plan whose sending failed (product linked since,
     * billing data fixed): a fresh plan with revision + 1; the kind may change. The salesId
     * for the same kind stays the same (see SalesId). Only for a definitive Bsale refusal: if
     * the outcome of the send is unknown, a changed kind could issue a second document.
     * `previous` must be a plan of the same order.
     */
    static Result replan(const DocumentPlan &previous, const StoreOrder &order, const PlannerContext &context);
};

} // namespace puente
