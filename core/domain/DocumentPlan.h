#pragma once

#include "domain/DocumentClient.h"
#include "domain/DocumentKind.h"
#include "domain/DocumentPlanLine.h"
#include "domain/DocumentTotals.h"
#include "domain/Money.h"
#include "domain/PlanIssue.h"

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>

#include <optional>

namespace puente {

/**
 * What Puente will ask Bsale to issue for one store order: a boleta or factura with its lines,
 * receptor, `salesId` and the totals Bsale must compute. Made by DocumentPlanner.
 *
 * Once sent, a plan is frozen: the journal stores toJson() and a retry sends fromJson() of it
 * verbatim, so a retry can never turn a boleta into a factura or change its lines. Only an
 * explicit DocumentPlanner::replan() makes a new one (revision + 1). A value type.
 */
struct DocumentPlan
{
    /** JSON layout version; fromJson() refuses others rather than guess. */
    static constexpr int kJsonVersion = 1;

    DocumentKind kind = DocumentKind::Boleta;
    int codeSii = 39;
    int documentTypeId = 0; ///< the account's id for the kind; 0 = send `codeSii` instead
    int officeId = 0; ///< 0 = Bsale's default office
    int priceListId = 0; ///< 0 = the office's default list
    bool dispatch = true; ///< `dispatch:1`: Bsale takes the stock out now (§10.3)
    bool declareSii = true;
    bool sendEmail = false; ///< ask Bsale to e-mail the document to the client
    QString storeCode;
    QString orderId;
    QString salesId; ///< SalesId::forOrder(): the idempotency key (§10)
    int revision = 1; ///< 1, then + 1 for each explicit replan
    std::optional<DocumentClient> client; ///< factura only
    QList<DocumentPlanLine> lines;
    DocumentTotals expected; ///< what Bsale computes from `lines` (TaxMath)
    Pesos orderTotal = 0; ///< the store order's amount; expected.total equals it
    QList<PlanIssue> notes; ///< changes a person may want to see (dropped lines, cut fields)

    QJsonObject toJson() const;
    /** Reads toJson()'s output; nullopt (with `error`) for another version or a damaged plan. */
    static std::optional<DocumentPlan> fromJson(const QJsonObject &json, QString *error = nullptr);

    bool operator==(const DocumentPlan &other) const = default;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::DocumentPlan)
