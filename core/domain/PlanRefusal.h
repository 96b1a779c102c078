#pragma once

#include "domain/PlanIssue.h"

#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>

namespace puente {

/**
 * Why an order got no plan: every problem found, not just the first, so the merchant can fix
 * them in one go. A value type.
 */
struct PlanRefusal
{
    QString orderId;
    QList<PlanIssue> issues;

    /** True when the order simply needs no document (only zero-value lines): not an error. */
    bool needsNoDocument() const;
    bool has(PlanIssue::Code code) const;
    const PlanIssue *find(PlanIssue::Code code) const;
    /** The Spanish messages joined by "; " (the inbox's one-line summary). */
    QString summaryEs() const;
    QString summaryEn() const;

    bool operator==(const PlanRefusal &other) const = default;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::PlanRefusal)
