#pragma once

#include "sync/DocumentInbox.h"

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QStringList>

namespace puente {

/**
 * What one order cycle did, for puente-sync's JSON summary and the status bar: orders read,
 * documents and credit notes issued during the cycle, orders held back now with their reasons,
 * jobs still waiting (backoff), and the errors that cut the cycle short. A value type.
 */
struct OrderCycleSummary
{
    int newOrders = 0; ///< orders seen for the first time
    int ordersRead = 0; ///< open orders re-read from the store
    int documentsIssued = 0; ///< boletas and facturas issued during the cycle
    int creditNotes = 0; ///< credit notes issued during the cycle
    int replayed = 0; ///< of those, answered by Bsale from an earlier attempt (salesId)
    int pendingJobs = 0; ///< outbox jobs still to do (waiting for their retry)
    QList<DocumentInboxEntry> held; ///< the inbox at the end of the cycle
    QStringList errors; ///< why the cycle could not read the store; empty when fine

    bool ok() const { return errors.isEmpty(); }
    /** Adds a later cycle: counts add up; pending jobs, held orders and errors are the later's. */
    void append(const OrderCycleSummary &later);
    /**
     * {"newOrders", "ordersRead", "documentsIssued", "creditNotes", "replayed", "pendingJobs",
     *  "heldBack": n, "heldReasons": {reason: n}, "held": [{order, category, kind, reason,
     *  title, explanation, serverMessage}], "errors": [...]}
     */
    QJsonObject toJson() const;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::OrderCycleSummary)
