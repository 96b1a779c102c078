#include "sync/OrderCycleSummary.h"

#include <QtCore/QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace puente {

QJsonObject OrderCycleSummary::toJson() const
{
    QJsonArray heldJson;
    QJsonObject reasons;
    int heldBack = 0;
    for (const auto &entry : held) {
        // Retrying entries are on their way, not held back.
        if (entry.category == DocumentInboxEntry::Category::Retrying)
            continue;
        ++heldBack;
        const QString reason = entry.reason.isEmpty() ? u"unknown"_s : entry.reason;
        reasons.insert(reason, reasons.value(reason).toInt() + 1);
        heldJson.append(QJsonObject {{u"order"_s, entry.orderId},
                                     {u"category"_s, DocumentInboxEntry::categoryName(entry.category)},
                                     {u"kind"_s, entry.documentKind},
                                     {u"reason"_s, reason},
                                     {u"title"_s, entry.title},
                                     {u"explanation"_s, entry.explanation},
                                     {u"serverMessage"_s, entry.serverMessage}});
    }
    return {{u"newOrders"_s, newOrders},
            {u"ordersRead"_s, ordersRead},
            {u"documentsIssued"_s, documentsIssued},
            {u"creditNotes"_s, creditNotes},
            {u"replayed"_s, replayed},
            {u"pendingJobs"_s, pendingJobs},
            {u"heldBack"_s, heldBack},
            {u"heldReasons"_s, reasons},
            {u"held"_s, heldJson},
            {u"errors"_s, QJsonArray::fromStringList(errors)}};
}

void OrderCycleSummary::append(const OrderCycleSummary &later)
{
    newOrders += later.newOrders;
    ordersRead += later.ordersRead;
    documentsIssued += later.documentsIssued;
    creditNotes += later.creditNotes;
    replayed += later.replayed;
    pendingJobs = later.pendingJobs;
    held = later.held;
    errors = later.errors;
}

} // namespace puente
