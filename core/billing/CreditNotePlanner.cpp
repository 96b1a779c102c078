#include "billing/CreditNotePlanner.h"

#include "billing/BillingIssues.h"
#include "billing/SalesId.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

QList<CreditNotePlan::Line> fullReturn(const IssuedDocument &original)
{
    QList<CreditNotePlan::Line> lines;
    for (const auto &detail : original.details) {
        if (detail.detailId > 0 && detail.quantity > 0)
            lines.append({detail.detailId, detail.quantity, detail.description});
    }
    return lines;
}

} // namespace

CreditNotePlanner::Result CreditNotePlanner::plan(const IssuedDocument &original, const StoreOrder &order,
                                                  const CreditNoteContext &context)
{
    if (original.kind == DocumentKind::CreditNote)
        return PlanRefusal {order.orderId, {BillingIssues::notASale(original.id)}};
    const QList<CreditNotePlan::Line> lines = fullReturn(original);
    if (lines.isEmpty())
        return PlanRefusal {order.orderId, {BillingIssues::nothingToCredit(original.id)}};
    const DocumentKind kind = original.kind.value_or(DocumentKind::Boleta);
    // A factura's credit note must name the same receptor (§8), and only Bsale's copy is sure.
    if (kind == DocumentKind::Factura && (!original.client || original.client->code.isEmpty()))
        return PlanRefusal {order.orderId, {BillingIssues::missingField(u"cliente de la factura original"_s)}};

    CreditNotePlan plan;
    plan.documentTypeId = context.creditNoteTypeId;
    plan.officeId = context.officeId > 0 ? context.officeId : original.officeId;
    plan.referenceDocumentId = original.id;
    plan.referenceNumber = original.number;
    plan.referenceKind = kind;
    plan.storeCode = context.storeCode.isEmpty() ? order.storeCode : context.storeCode;
    plan.orderId = order.orderId;
    plan.salesId = SalesId::forOrder(plan.storeCode, plan.orderId, DocumentKind::CreditNote);
    plan.motive = u"Orden %1 anulada en la tienda"_s.arg(order.orderId);
    plan.declareSii = context.declareSii;
    plan.returnType = context.returnType;
    plan.client = original.client && !original.client->code.isEmpty() ? *original.client : context.boletaClient;
    plan.lines = lines;
    plan.expectedTotal = original.totalAmount;
    return plan;
}

} // namespace puente
