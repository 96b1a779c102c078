#include "billing/DocumentPlanner.h"

#include "billing/BillingIssues.h"
#include "billing/DocumentKindResolver.h"
#include "billing/FacturaReceptor.h"
#include "billing/SalesId.h"
#include "billing/TaxMath.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

struct BillableLine
{
    StoreOrderLine line;
    BillingLink link;
    Pesos gross = 0; ///< charged, after its share of the cart discount
};

/** One plan() call's working state. */
class PlanBuilder
{
public:
    PlanBuilder(const StoreOrder &order, const PlannerContext &context)
        : m_order(order)
        , m_context(context)
    { }

    DocumentPlanner::Result run();

private:
    bool onlyZeroValue() const;
    void collectLines();
    void linkLine(const StoreOrderLine &line);
    void resolveReceptor();
    Pesos shippingCharged() const { return m_order.shippingAmount - m_order.shippingDiscount; }
    void checkShipping();
    void checkTotal();
    void spreadCartDiscount();
    double lineTolerance() const;
    void priceLines();
    void addShippingLine(const QString &taxId);
    void addLine(DocumentPlanLine line, Pesos listGross, const QString &what);
    void checkDocumentTotal();
    DocumentPlan makePlan(DocumentKind kind) const;
    PlanRefusal refusal(QList<PlanIssue> issues) const { return PlanRefusal {m_order.orderId, std::move(issues)}; }

    const StoreOrder &m_order;
    const PlannerContext &m_context;
    QList<PlanIssue> m_issues;
    QList<PlanIssue> m_notes;
    QList<BillableLine> m_billable;
    std::optional<DocumentClient> m_client;
    QList<DocumentPlanLine> m_lines;
};

DocumentPlanner::Result PlanBuilder::run()
{
    if (!m_order.currency.isEmpty() && m_order.currency.compare(u"CLP"_s, Qt::CaseInsensitive) != 0)
        return refusal({BillingIssues::unsupportedCurrency(m_order.currency)});
    if (onlyZeroValue())
        return refusal({BillingIssues::noBillableLines(m_order.orderId)});

    const auto resolved = DocumentKindResolver(m_context.fields).resolve(m_order);
    const auto *resolution = std::get_if<DocumentKindResolver::Resolution>(&resolved);
    if (!resolution)
        m_issues.append(std::get<PlanIssue>(resolved));
    collectLines();
    if (resolution && resolution->kind == DocumentKind::Factura)
        resolveReceptor();
    checkShipping();
    checkTotal();
    if (!m_issues.isEmpty())
        return refusal(m_issues);

    spreadCartDiscount();
    if (m_billable.isEmpty() && shippingCharged() <= 0)
        return refusal({BillingIssues::noBillableLines(m_order.orderId)});
    priceLines();
    if (m_issues.isEmpty())
        checkDocumentTotal();
    if (!m_issues.isEmpty())
        return refusal(m_issues);
    return makePlan(resolution->kind);
}

bool PlanBuilder::onlyZeroValue() const
{
    // Checked before anything else: such an order needs no document, whatever its other data.
    if (shippingCharged() > 0)
        return false;
    return std::all_of(m_order.lines.cbegin(), m_order.lines.cend(), [](const StoreOrderLine &line) {
        return line.quantity > 0 && line.unitPrice >= 0 && line.discount >= 0 && line.chargedAmount() == 0;
    });
}

void PlanBuilder::collectLines()
{
    for (const auto &line : m_order.lines) {
        const bool valid = line.quantity > 0 && line.unitPrice >= 0 && line.discount >= 0 && line.chargedAmount() >= 0;
        if (!valid) {
            m_issues.append(BillingIssues::invalidLine(line));
        } else if (line.chargedAmount() == 0) {
            m_notes.append(BillingIssues::zeroValueLineDropped(line));
        } else {
            linkLine(line);
        }
    }
}

void PlanBuilder::linkLine(const StoreOrderLine &line)
{
    const auto link = m_context.linkFor ? m_context.linkFor(line) : std::nullopt;
    if (!link || (link->variantId <= 0 && link->code.isEmpty() && !link->pack)) {
        m_issues.append(BillingIssues::unlinked(line));
        return;
    }
    if (link->inactive)
        m_issues.append(BillingIssues::inactive(line));
    else if (link->serialNumbered)
        m_issues.append(BillingIssues::serialNumbered(line));
    else if (link->pack && link->code.isEmpty())
        m_issues.append(BillingIssues::packWithoutCode(line));
    else
        m_billable.append({line, *link, line.chargedAmount()});
}

void PlanBuilder::resolveReceptor()
{
    const auto receptor = FacturaReceptor::fromOrder(m_order, m_context.fields);
    m_issues.append(receptor.refusals);
    m_notes.append(receptor.notes);
    if (receptor.ok())
        m_client = receptor.client;
}

void PlanBuilder::checkShipping()
{
    if (shippingCharged() <= 0)
        return;
    const auto &product = m_context.shippingProduct;
    if (!product || (product->variantId <= 0 && product->code.isEmpty()))
        m_issues.append(BillingIssues::shippingNotConfigured(shippingCharged()));
}

void PlanBuilder::checkTotal()
{
    // The store's own arithmetic (jumpseller.md §3.4): total = lines − discounts + shipping.
    // A mismatch means the order was mapped wrongly or has money Bsale cannot express.
    Pesos lines = 0;
    for (const auto &line : m_order.lines)
        lines += std::max<Pesos>(0, line.chargedAmount());
    const Pesos sum = lines - m_order.orderDiscount + std::max<Pesos>(0, shippingCharged());
    if (sum != m_order.documentTotal() || m_order.orderDiscount < 0 || m_order.orderDiscount > lines)
        m_issues.append(BillingIssues::totalMismatch(sum, m_order.documentTotal()));
}

void PlanBuilder::spreadCartDiscount()
{
    // Bsale has no document-level discount (bsale.md §10.2): the cart discount is spread over
    // the lines in proportion to their charge, in whole pesos; the pesos lost to rounding go
    // to the lines with the largest remainders (earlier lines first on ties).
    const Pesos discount = m_order.orderDiscount;
    Pesos base = 0;
    for (const auto &b : std::as_const(m_billable))
        base += b.gross;
    if (discount <= 0 || base <= 0)
        return;
    Pesos given = 0;
    QList<QPair<Pesos, qsizetype>> remainders;
    for (qsizetype i = 0; i < m_billable.size(); ++i) {
        const Pesos scaled = discount * m_billable.at(i).gross;
        m_billable[i].gross -= scaled / base;
        given += scaled / base;
        remainders.append({scaled % base, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype k = 0; given < discount && k < remainders.size(); ++k, ++given)
        m_billable[remainders.at(k).second].gross -= 1;
    m_billable.removeIf([this](const BillableLine &b) {
        if (b.gross > 0)
            return false;
        m_notes.append(BillingIssues::zeroValueLineDropped(b.line));
        return true;
    });
}

double PlanBuilder::lineTolerance() const
{
    // Each line is nearly exact on its own; the errors must also add up to well under half a
    // peso for the document-level rounding, however many lines there are.
    const qsizetype count = m_billable.size() + 1;
    return std::min(TaxMath::kDefaultTolerance, 0.25 / double(count));
}

void PlanBuilder::priceLines()
{
    const QString taxId = u"[%1]"_s.arg(m_context.ivaTaxId);
    for (const auto &b : std::as_const(m_billable)) {
        DocumentPlanLine line;
        line.kind = DocumentPlanLine::Kind::Product;
        line.variantId = b.link.pack ? 0 : b.link.variantId;
        line.code = (b.link.pack || b.link.variantId <= 0) ? b.link.code : QString();
        line.quantity = b.line.quantity;
        line.taxId = taxId;
        line.description = b.line.name;
        line.sku = b.line.sku;
        line.grossAmount = b.gross;
        addLine(line, Pesos(b.line.quantity) * b.line.unitPrice, b.line.name);
    }
    if (shippingCharged() > 0)
        addShippingLine(taxId);
    // The total is safe either way; this keeps the net/IVA split Bsale shows equal to ours.
    TaxMath::avoidHalfPesoNet(&m_lines, lineTolerance());
}

void PlanBuilder::addShippingLine(const QString &taxId)
{
    DocumentPlanLine shipping;
    shipping.kind = DocumentPlanLine::Kind::Shipping;
    shipping.variantId = m_context.shippingProduct->variantId;
    shipping.code = shipping.variantId > 0 ? QString() : m_context.shippingProduct->code;
    shipping.taxId = taxId;
    shipping.description = m_order.shippingName.isEmpty() ? u"Despacho"_s : m_order.shippingName;
    shipping.comment = shipping.description;
    shipping.grossAmount = shippingCharged();
    addLine(shipping, m_order.shippingAmount, shipping.description);
}

void PlanBuilder::addLine(DocumentPlanLine line, Pesos listGross, const QString &what)
{
    line.discountPercent = TaxMath::discountPercent(listGross - line.grossAmount, listGross);
    const auto net = TaxMath::netUnitValueFor(line.grossAmount, line.quantity, line.discountPercent, lineTolerance());
    if (!net) {
        m_issues.append(BillingIssues::totalUnreachable(what, line.grossAmount));
        return;
    }
    line.netUnitValue = *net;
    m_lines.append(line);
}

void PlanBuilder::checkDocumentTotal()
{
    // Belt and braces: the lines are exact one by one, so this only fails if the per-line
    // errors somehow added up across the document.
    const Pesos target = m_order.documentTotal();
    if (TaxMath::documentTotals(m_lines).total != target || TaxMath::lineByLineTotal(m_lines) != target)
        m_issues.append(BillingIssues::totalUnreachable(u"el documento"_s, target));
}

DocumentPlan PlanBuilder::makePlan(DocumentKind kind) const
{
    DocumentPlan plan;
    plan.kind = kind;
    plan.codeSii = documentkind::siiCode(kind);
    plan.documentTypeId = m_context.documentTypeId(kind);
    plan.officeId = m_context.officeId;
    plan.priceListId = m_context.priceListId;
    plan.dispatch = m_context.dispatch;
    plan.declareSii = m_context.declareSii;
    plan.sendEmail = m_context.sendEmail;
    plan.storeCode = m_context.storeCode.isEmpty() ? m_order.storeCode : m_context.storeCode;
    plan.orderId = m_order.orderId;
    plan.salesId = SalesId::forOrder(plan.storeCode, plan.orderId, kind);
    plan.client = kind == DocumentKind::Factura ? m_client : std::nullopt;
    plan.lines = m_lines;
    plan.expected = TaxMath::documentTotals(m_lines);
    plan.orderTotal = m_order.documentTotal();
    plan.notes = m_notes;
    return plan;
}

} // namespace

DocumentPlanner::Result DocumentPlanner::plan(const StoreOrder &order, const PlannerContext &context)
{
    return PlanBuilder(order, context).run();
}

DocumentPlanner::Result DocumentPlanner::replan(const DocumentPlan &previous, const StoreOrder &order,
                                                const PlannerContext &context)
{
    Q_ASSERT_X(previous.orderId == order.orderId, "DocumentPlanner::replan", "a plan of another order");
    Result result = plan(order, context);
    if (auto *fresh = std::get_if<DocumentPlan>(&result))
        fresh->revision = previous.revision + 1;
    return result;
}

} // namespace puente
