#pragma once

#include "billing/BillingLink.h"
#include "billing/PlannerContext.h"
#include "domain/StoreOrderLine.h"

#include <optional>

namespace puente {

class Journal;

/**
 * Answers the planner's "which Bsale variant is this store line?" from the journal: the user's
 * `links` (store product/variant → Bsale variant) and the last pulled `erp_variants` (code,
 * active). Read with plain SQL: the catalogue subsystem owns those tables' repositories.
 * A line without a link is not linked, whatever its SKU (the planner refuses it for the inbox).
 *
 * Holds a reference to the Journal (open, outliving it); uses the calling thread's connection.
 */
class OrderLinkLookup final
{
public:
    explicit OrderLinkLookup(const Journal &journal);

    std::optional<BillingLink> find(const StoreOrderLine &line) const;
    /** find() as PlannerContext::linkFor; the lookup must outlive the function. */
    PlannerContext::LinkLookup function() const;

private:
    const Journal &m_journal;
};

} // namespace puente
