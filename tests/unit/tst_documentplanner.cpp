// DocumentPlanner: a paid store order → the Bsale document to issue, line by line, or the
// reasons it cannot be issued (architecture.md "Orders → documents", chile-dte.md, bsale.md §7).
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtTest/QTest>

#include "StoreOrderGenerator.h"
#include "billing/DocumentPlanner.h"
#include "billing/DocumentRequestBuilder.h"
#include "billing/TaxMath.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;
using puente::testing::StoreOrderGenerator;

namespace {

constexpr int kBoletaType = 5;
constexpr int kFacturaType = 6;
constexpr int kShippingVariant = 900;

StoreOrderLine product(const QString &sku, const QString &name, Pesos unitPrice, int quantity = 1, Pesos discount = 0)
{
    StoreOrderLine line;
    line.sku = sku;
    line.name = name;
    line.storeProductId = u"p-"_s + sku;
    line.unitPrice = unitPrice;
    line.quantity = quantity;
    line.discount = discount;
    return line;
}

/** An order whose total is the store's arithmetic. */
StoreOrder order(const QList<StoreOrderLine> &lines, Pesos shipping = 0, Pesos orderDiscount = 0)
{
    static int nextId = 1000;
    StoreOrder o;
    o.storeCode = u"tienda-prueba"_s;
    o.orderId = QString::number(++nextId);
    o.status = u"paid"_s;
    o.lines = lines;
    o.shippingAmount = shipping;
    o.shippingName = u"Despacho Starken"_s;
    o.orderDiscount = orderDiscount;
    o.customerEmail = u"compras@ferreteria.cl"_s;
    Pesos sum = 0;
    for (const auto &line : lines)
        sum += line.chargedAmount();
    o.total = sum + shipping - orderDiscount;
    return o;
}

void makeFactura(StoreOrder &o)
{
    o.billingAddress.taxId = u"76.369.187-k"_s;
    o.billingAddress.address = u"Av. Providencia 1234"_s;
    o.billingAddress.municipality = u"Providencia"_s;
    o.billingAddress.city = u"Santiago"_s;
    o.additionalFields = {{u"Tipo de Documento"_s, u"Factura"_s},
                          {u"Razón Social"_s, u"Ferretería Los Andes SpA"_s},
                          {u"Giro"_s, u"Venta de artículos de ferretería"_s}};
}

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace

class TestDocumentPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void edgeCasesHitTheOrderTotal_data();
    void edgeCasesHitTheOrderTotal();
    void linesCarryBsaleFields();
    void boletaByDefault();
    void kindFromTheCheckoutField_data();
    void kindFromTheCheckoutField();
    void unknownKindIsRefused();
    void shippingIsAServiceLine();
    void shippingDiscounts();
    void shippingByCode();
    void shippingWithoutServiceIsRefused();
    void onlyZeroValueLinesNeedNoDocument();
    void zeroValueLinesAreDroppedFromMixedOrders();
    void zeroValueLinesWithShippingBillTheShipping();
    void unlinkedLineStopsThePlan();
    void serialNumberedStopsThePlan();
    void inactiveVariantStopsThePlan();
    void packsSellByTheirCode();
    void packWithoutCodeIsRefused();
    void facturaMissingGiroIsRefusedByName();
    void facturaInvalidRutIsRefusedByName();
    void facturaNotesTruncatedFields();
    void everyIssueAtOnce();
    void cartDiscountIsSpreadInWholePesos();
    void cartDiscountCanZeroALine();
    void giftCardsCountTowardsTheDocument();
    void totalMismatchIsRefused();
    void currencyMustBeClp();
    void invalidLinesAreRefused();
    void randomOrdersHitTheirTotal();
    void fiftyLineOrdersHitTheirTotal();
    void frozenPlanRoundTripsIdentically();
    void damagedOrForeignPlansAreNotRead();
    void retryReusesTheFrozenPlan();
    void replanAfterFixingKeepsTheSalesId();
    void planningIsDeterministic();
    void requestBodyFollowsBsaleDocs();
    void requestBodyUsesCodeSiiWithoutTypeIds();

private:
    DocumentPlan planOf(const StoreOrder &o);
    PlanRefusal refusalOf(const StoreOrder &o);
    void verifyTotals(const DocumentPlan &plan, const StoreOrder &o);

    QHash<QString, BillingLink> m_links;
    PlannerContext m_context;
};

void TestDocumentPlanner::init()
{
    m_links.clear();
    m_links.insert(u"POL-AZ-M"_s, {101, u"POL-AZ-M"_s});
    m_links.insert(u"TAZA"_s, {102, u"TAZA-01"_s});
    m_links.insert(u"GPS"_s, {103, u"GPS-X"_s, true});
    m_links.insert(u"PACK"_s, {0, u"PACK-NAV"_s, false, true});
    m_links.insert(u"PACK-SIN"_s, {0, QString(), false, true});
    m_links.insert(u"OLD"_s, {104, u"OLD-1"_s, false, false, true});
    m_links.insert(u"CODE"_s, {0, u"BS-CODE"_s});
    for (int i = 0; i < StoreOrderGenerator::kSkuCount; ++i)
        m_links.insert(StoreOrderGenerator::sku(i), {200 + i, StoreOrderGenerator::sku(i)});

    m_context = {};
    m_context.linkFor = [this](const StoreOrderLine &line) -> std::optional<BillingLink> {
        const auto it = m_links.constFind(line.sku);
        return it == m_links.cend() ? std::nullopt : std::optional<BillingLink>(*it);
    };
    m_context.boletaTypeId = kBoletaType;
    m_context.facturaTypeId = kFacturaType;
    m_context.officeId = 1;
    m_context.priceListId = 3;
    m_context.ivaTaxId = 1;
    m_context.shippingProduct = BillingLink {kShippingVariant, u"DESPACHO"_s};
}

DocumentPlan TestDocumentPlanner::planOf(const StoreOrder &o)
{
    const auto result = DocumentPlanner::plan(o, m_context);
    if (const auto *refusal = std::get_if<PlanRefusal>(&result)) {
        QTest::qFail(qPrintable(u"refused: "_s + refusal->summaryEn()), __FILE__, __LINE__);
        return {};
    }
    return std::get<DocumentPlan>(result);
}

PlanRefusal TestDocumentPlanner::refusalOf(const StoreOrder &o)
{
    const auto result = DocumentPlanner::plan(o, m_context);
    if (!std::holds_alternative<PlanRefusal>(result)) {
        QTest::qFail(qPrintable(u"unexpectedly planned order "_s + o.orderId), __FILE__, __LINE__);
        return {};
    }
    return std::get<PlanRefusal>(result);
}

void TestDocumentPlanner::verifyTotals(const DocumentPlan &plan, const StoreOrder &o)
{
    QCOMPARE(plan.orderTotal, o.documentTotal());
    QCOMPARE(plan.expected.total, o.documentTotal());
    QCOMPARE(plan.expected, TaxMath::documentTotals(plan.lines));
    QCOMPARE(TaxMath::lineByLineTotal(plan.lines), o.documentTotal());
    QCOMPARE(plan.expected.net + plan.expected.iva, plan.expected.total);
    double net = 0;
    Pesos gross = 0;
    for (const auto &line : plan.lines) {
        net += TaxMath::lineNet(line);
        QVERIFY(!line.netUnitValue.isZero()); // Bsale refuses zero (§10.2)
        QVERIFY(line.discountPercent.toDouble() < 100);
        gross += line.grossAmount;
    }
    QCOMPARE(gross, o.documentTotal());
    QVERIFY2(!TaxMath::onHalfPeso(net), qPrintable(QString::number(net, 'f', 8))); // split independent of ties
}

void TestDocumentPlanner::edgeCasesHitTheOrderTotal_data()
{
    QTest::addColumn<Pesos>("unit");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<Pesos>("discount");
    QTest::addColumn<Pesos>("shipping");
    QTest::newRow("680") << Pesos(680) << 1 << Pesos(0) << Pesos(0);
    QTest::newRow("86710") << Pesos(86710) << 1 << Pesos(0) << Pesos(0);
    QTest::newRow("3 × 9990") << Pesos(9990) << 3 << Pesos(0) << Pesos(0);
    QTest::newRow("7 × 1190") << Pesos(1190) << 7 << Pesos(0) << Pesos(0);
    QTest::newRow("12 × 333") << Pesos(333) << 12 << Pesos(0) << Pesos(0);
    QTest::newRow("10 % off 3 × 9990") << Pesos(9990) << 3 << Pesos(2997) << Pesos(0);
    QTest::newRow("odd discount") << Pesos(999) << 3 << Pesos(1000) << Pesos(0);
    QTest::newRow("680 + shipping 2990") << Pesos(680) << 1 << Pesos(0) << Pesos(2990);
    QTest::newRow("86710 + shipping 1") << Pesos(86710) << 2 << Pesos(1) << Pesos(1);
    QTest::newRow("1 peso") << Pesos(1) << 1 << Pesos(0) << Pesos(0);
    QTest::newRow("60 × 1") << Pesos(1) << 60 << Pesos(0) << Pesos(4990);
}

void TestDocumentPlanner::edgeCasesHitTheOrderTotal()
{
    QFETCH(Pesos, unit);
    QFETCH(int, quantity);
    QFETCH(Pesos, discount);
    QFETCH(Pesos, shipping);
    const StoreOrder o = order({product(u"POL-AZ-M"_s, u"Polera Azul M"_s, unit, quantity, discount)}, shipping);
    const DocumentPlan plan = planOf(o);
    verifyTotals(plan, o);
    QCOMPARE(plan.lines.size(), shipping > 0 ? 2 : 1);
    QCOMPARE(plan.lines.constFirst().quantity, quantity);
    QCOMPARE(plan.lines.constFirst().grossAmount, unit * quantity - discount);
}

void TestDocumentPlanner::linesCarryBsaleFields()
{
    const StoreOrder o =
        order({product(u"POL-AZ-M"_s, u"Polera Azul M"_s, 680), product(u"TAZA"_s, u"Taza"_s, 9990, 3, 2997)});
    const DocumentPlan plan = planOf(o);
    QCOMPARE(plan.lines.size(), 2);
    const DocumentPlanLine &first = plan.lines.at(0);
    QCOMPARE(first.kind, DocumentPlanLine::Kind::Product);
    QCOMPARE(first.variantId, 101);
    QVERIFY(first.code.isEmpty());
    QCOMPARE(first.netUnitValue.toString(), u"571.43"_s); // chile-dte.md §4.3: 680 / 1.19
    QCOMPARE(first.discountPercent.toString(), u"0"_s);
    QCOMPARE(first.taxId, u"[1]"_s);
    QCOMPARE(first.description, u"Polera Azul M"_s);
    QCOMPARE(first.sku, u"POL-AZ-M"_s);
    QCOMPARE(first.grossAmount, Pesos(680));
    const DocumentPlanLine &second = plan.lines.at(1);
    QCOMPARE(second.variantId, 102);
    QCOMPARE(second.quantity, 3);
    QCOMPARE(second.discountPercent.toString(), u"10"_s);
    QCOMPARE(second.netUnitValue.toString(), u"8394.96"_s); // 9990 / 1.19, the list net
    QCOMPARE(second.grossAmount, Pesos(26973));
    QCOMPARE(plan.expected, (DocumentTotals {23238, 4415, 27653}));
}

void TestDocumentPlanner::boletaByDefault()
{
    const StoreOrder o = order({product(u"TAZA"_s, u"Taza"_s, 4990)});
    const DocumentPlan plan = planOf(o);
    QCOMPARE(plan.kind, DocumentKind::Boleta);
    QCOMPARE(plan.codeSii, 39);
    QCOMPARE(plan.documentTypeId, kBoletaType);
    QVERIFY(!plan.client);
    QCOMPARE(plan.salesId, u"puente:tienda-prueba:%1:boleta"_s.arg(o.orderId));
    QCOMPARE(plan.revision, 1);
    QCOMPARE(plan.officeId, 1);
    QCOMPARE(plan.priceListId, 3);
    QVERIFY(plan.dispatch);
    QVERIFY(plan.notes.isEmpty());
}

void TestDocumentPlanner::kindFromTheCheckoutField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("factura");
    QTest::newRow("Factura") << u"Factura"_s << true;
    QTest::newRow("factura electrónica") << u"factura electrónica"_s << true;
    QTest::newRow("FACTURA") << u"FACTURA"_s << true;
    QTest::newRow("Boleta") << u"Boleta"_s << false;
    QTest::newRow("boleta electrónica") << u"boleta electrónica"_s << false;
}

void TestDocumentPlanner::kindFromTheCheckoutField()
{
    QFETCH(QString, value);
    QFETCH(bool, factura);
    StoreOrder o = order({product(u"TAZA"_s, u"Taza"_s, 4990)});
    makeFactura(o);
    o.additionalFields[0].value = value;
    const DocumentPlan plan = planOf(o);
    QCOMPARE(plan.kind, factura ? DocumentKind::Factura : DocumentKind::Boleta);
    QCOMPARE(plan.codeSii, factura ? 33 : 39);
    QCOMPARE(plan.documentTypeId, factura ? kFacturaType : kBoletaType);
    QCOMPARE(plan.client.has_value(), factura);
    if (factura) {
        QCOMPARE(plan.client->code, u"76369187-K"_s);
        QCOMPARE(plan.client->company, u"Ferretería Los Andes SpA"_s);
        QCOMPARE(plan.client->activity, u"Venta de artículos de ferretería"_s);
        QCOMPARE(plan.client->municipality, u"Providencia"_s);
        QVERIFY(plan.salesId.endsWith(u":factura"_s));
    }
}

void TestDocumentPlanner::unknownKindIsRefused()
{
    StoreOrder o = order({product(u"TAZA"_s, u"Taza"_s, 4990)});
    o.additionalFields = {{u"Tipo de Documento"_s, u"Guía de despacho"_s}};
    const PlanRefusal refusal = refusalOf(o);
    QCOMPARE(refusal.issues.size(), 1);
    QCOMPARE(refusal.issues.constFirst().code, PlanIssue::Code::UnknownDocumentKind);
    QVERIFY(refusal.summaryEs().contains(u"Guía de despacho"_s));
}

void TestDocumentPlanner::shippingIsAServiceLine()
{
    const StoreOrder o = order({product(u"TAZA"_s, u"Taza"_s, 4990)}, 3490);
    const DocumentPlan plan = planOf(o);
    verifyTotals(plan, o);
    QCOMPARE(plan.lines.size(), 2);
    const DocumentPlanLine &shipping = plan.lines.constLast();
    QCOMPARE(shipping.kind, DocumentPlanLine::Kind::Shipping);
    QCOMPARE(shipping.variantId, kShippingVariant);
    QCOMPARE(shipping.quantity, 1);
    QCOMPARE(shipping.comment, u"Despacho Starken"_s);
    QCOMPARE(shipping.grossAmount, Pesos(3490));
    QCOMPARE(shipping.taxId, u"[1]"_s);
}

void TestDocumentPlanner::shippingDiscounts()
{
    StoreOrder o = order({product(u"TAZA"_s, u"Taza"_s, 4990)}, 4990);
    o.shippingDiscount = 1000;
    o.total -= 1000;
    DocumentPlan plan = planOf(o);
    verifyTotals(plan, o);
    QCOMPARE(plan.lines.constLast().grossAmount, Pesos(3990));
    QCOMPARE(plan.lines.constLast().discountPercent.toString(), u"20.04"_s);

    o.shippingDiscount = 4990; // free shipping: no line
    o.total = 4990;
    plan = planOf(o);
    verifyTotals(plan, o);
    QCOMPARE(plan.lines.size(), 1);
}

void TestDocumentPlanner::shippingByCode()
{
    m_context.shippingProduct = BillingLink {0, u"DESPACHO"_s};
    const StoreOrder o = order({product(u"TAZA"_s, u"Taza"_s, 4990)}, 2990);
    const DocumentPlan plan = planOf(o);
    QCOMPARE(plan.lines.constLast().variantId, 0);
    QCOMPARE(plan.lines.constLast().code, u"DESPACHO"_s);
    const QJsonObject detail = plan.lines.constLast().toBsaleJson();
    QVERIFY(!detail.contains(u"variantId"_s));
    QCOMPARE(detail.value(u"code"_s).toString(), u"DESPACHO"_s);
}

void TestDocumentPlanner::shippingWithoutServiceIsRefused()
{
    m_context.shippingProduct.reset();
    const PlanRefusal refusal = refusalOf(order({product(u"TAZA"_s, u"Taza"_s, 4990)}, 2990));
    QCOMPARE(refusal.issues.size(), 1);
    QCOMPARE(refusal.issues.constFirst().code, PlanIssue::Code::ShippingNotConfigured);
    QVERIFY(refusal.issues.constFirst().messageEs.contains(u"$2.990"_s));
    // No shipping charged: no service needed.
    QVERIFY(std::holds_alternative<DocumentPlan>(
        DocumentPlanner::plan(order({product(u"TAZA"_s, u"Taza"_s, 4990)}), m_context)));
}

void TestDocumentPlanner::onlyZeroValueLinesNeedNoDocument()
{
    StoreOrder o = order(
        {product(u"TAZA"_s, u"Taza de regalo"_s, 0, 2), product(u"NOPE"_s, u"Muestra sin vincular"_s, 4990, 1, 4990)});
    o.additionalFields = {{u"Tipo de Documento"_s, u"algo raro"_s}}; // irrelevant: nothing to bill
    const PlanRefusal refusal = refusalOf(o);
    QVERIFY(refusal.needsNoDocument());
    QCOMPARE(refusal.orderId, o.orderId);
    QCOMPARE(refusal.issues.constFirst().code, PlanIssue::Code::NoBillableLines);
    QVERIFY(refusal.summaryEn().contains(u"only zero-value lines"_s));
    QVERIFY(refusal.summaryEs().contains(u"valor cero"_s));
    QVERIFY(refusalOf(order({})).needsNoDocument());
}

void TestDocumentPlanner::zeroValueLinesAreDroppedFromMixedOrders()
{
    const StoreOrder o = order({product(u"TAZA"_s, u"Taza"_s, 4990), product(u"NOPE"_s, u"Regalo"_s, 0, 1),
                                product(u"POL-AZ-M"_s, u"Polera"_s, 9990, 2, 19980)});
    const DocumentPlan plan = planOf(o);
    verifyTotals(plan, o);
    QCOMPARE(plan.lines.size(), 1);
    QCOMPARE(plan.lines.constFirst().sku, u"TAZA"_s);
    QCOMPARE(plan.notes.size(), 2);
    QCOMPARE(plan.notes.at(0).code, PlanIssue::Code::ZeroValueLineDropped);
    QCOMPARE(plan.notes.at(0).details.value(u"sku"_s).toString(), u"NOPE"_s);
    QCOMPARE(plan.notes.at(1).details.value(u"sku"_s).toString(), u"POL-AZ-M"_s);
}

void TestDocumentPlanner::zeroValueLinesWithShippingBillTheShipping()
{
    const StoreOrder o = order({product(u"TAZA"_s, u"Regalo"_s, 0)}, 2990);
    const DocumentPlan plan = planOf(o);
    verifyTotals(plan, o);
    QCOMPARE(plan.lines.size(), 1);
    QCOMPARE(plan.lines.constFirst().kind, DocumentPlanLine::Kind::Shipping);
}

void TestDocumentPlanner::unlinkedLineStopsThePlan()
{
    StoreOrder o = order({product(u"POL-RJ-L"_s, u"Polera Roja L"_s, 9990), product(u"TAZA"_s, u"Taza"_s, 4990)});
    PlanRefusal refusal = refusalOf(o);
    QCOMPARE(refusal.issues.size(), 1);
    const PlanIssue &issue = refusal.issues.constFirst();
    QCOMPARE(issue.code, PlanIssue::Code::UnlinkedProduct);
    QCOMPARE(issue.messageEn, u"product Polera Roja L (POL-RJ-L) is not linked"_s);
    QCOMPARE(issue.messageEs, u"El producto Polera Roja L (POL-RJ-L) no está vinculado a Bsale"_s);
    QCOMPARE(issue.details.value(u"sku"_s).toString(), u"POL-RJ-L"_s);
    QVERIFY(!refusal.needsNoDocument());

    o.lines.append(product(u"X-9"_s, u"Gorro"_s, 5990));
    o.total += 5990;
    refusal = refusalOf(o);
    QCOMPARE(refusal.issues.size(), 2);
    QCOMPARE(refusal.issues.at(1).messageEn, u"product Gorro (X-9) is not linked"_s);

    m_context.linkFor = nullptr; // no links at all
    QCOMPARE(refusalOf(order({product(u"TAZA"_s, u"Taza"_s, 4990)})).issues.constFirst().code,
             PlanIssue::Code::UnlinkedProduct);
}

void TestDocumentPlanner::serialNumberedStopsThePlan()
{
    const PlanRefusal refusal = refusalOf(order({product(u"GPS"_s, u"GPS Garmin"_s, 189990)}));
    QCOMPARE(refusal.issues.size(), 1);
    const PlanIssue &issue = refusal.issues.constFirst();
    QCOMPARE(issue.code, PlanIssue::Code::SerialNumberedProduct);
    QVERIFY(issue.messageEn.contains(u"GPS Garmin (GPS)"_s));
    QVERIFY(issue.messageEn.contains(u"by hand"_s));
    QVERIFY(issue.messageEs.contains(u"a mano"_s));
}

void TestDocumentPlanner::inactiveVariantStopsThePlan()
{
    const PlanRefusal refusal = refusalOf(order({product(u"OLD"_s, u"Modelo antiguo"_s, 1990)}));
    QCOMPARE(refusal.issues.constFirst().code, PlanIssue::Code::InactiveProduct);
}

void TestDocumentPlanner::packsSellByTheirCode()
{
    const StoreOrder o = order({product(u"PACK"_s, u"Pack Navidad"_s, 24990, 2), product(u"CODE"_s, u"Otro"_s, 990)});
    const DocumentPlan plan = planOf(o);
    verifyTotals(plan, o);
    QCOMPARE(plan.lines.at(0).variantId, 0);
    QCOMPARE(plan.lines.at(0).code, u"PACK-NAV"_s);
    const QJsonObject detail = plan.lines.at(0).toBsaleJson();
    QCOMPARE(detail.value(u"code"_s).toString(), u"PACK-NAV"_s);
    QVERIFY(!detail.contains(u"variantId"_s));
    QCOMPARE(plan.lines.at(1).code, u"BS-CODE"_s);
}

void TestDocumentPlanner::packWithoutCodeIsRefused()
{
    const PlanRefusal refusal = refusalOf(order({product(u"PACK-SIN"_s, u"Pack"_s, 24990)}));
    QCOMPARE(refusal.issues.constFirst().code, PlanIssue::Code::PackWithoutCode);
}

void TestDocumentPlanner::facturaMissingGiroIsRefusedByName()
{
    StoreOrder o = order({product(u"TAZA"_s, u"Taza"_s, 4990)});
    makeFactura(o);
    o.additionalFields.removeLast();
    const PlanRefusal refusal = refusalOf(o);
    QCOMPARE(refusal.issues.size(), 1);
    QCOMPARE(refusal.issues.constFirst().code, PlanIssue::Code::MissingReceptorField);
    QCOMPARE(refusal.issues.constFirst().details.value(u"field"_s).toString(), u"Giro"_s);
    QVERIFY(refusal.summaryEs().contains(u"«Giro»"_s));
    QVERIFY(refusal.summaryEn().contains(u"\"Giro\""_s));
}

void TestDocumentPlanner::facturaInvalidRutIsRefusedByName()
{
    StoreOrder o = order({product(u"TAZA"_s, u"Taza"_s, 4990)});
    makeFactura(o);
    o.billingAddress.taxId = u"76.369.187-5"_s;
    const PlanRefusal refusal = refusalOf(o);
    QCOMPARE(refusal.issues.size(), 1);
    QCOMPARE(refusal.issues.constFirst().code, PlanIssue::Code::InvalidRut);
    QVERIFY(refusal.summaryEn().contains(u"76.369.187-5"_s));
    QVERIFY(refusal.summaryEs().contains(u"dígito verificador"_s));
}

void TestDocumentPlanner::facturaNotesTruncatedFields()
{
    StoreOrder o = order({product(u"TAZA"_s, u"Taza"_s, 4990)});
    makeFactura(o);
    o.additionalFields[2].value = u"Venta al por menor de artículos de ferretería y materiales de construcción"_s;
    const DocumentPlan plan = planOf(o);
    QCOMPARE(plan.client->activity.size(), 40);
    QCOMPARE(plan.notes.size(), 1);
    QCOMPARE(plan.notes.constFirst().code, PlanIssue::Code::ReceptorFieldTruncated);
}

void TestDocumentPlanner::everyIssueAtOnce()
{
    m_context.shippingProduct.reset();
    StoreOrder o = order({product(u"NOPE"_s, u"Sin vincular"_s, 990), product(u"GPS"_s, u"GPS"_s, 9990)}, 2990);
    makeFactura(o);
    o.additionalFields.removeLast();
    const PlanRefusal refusal = refusalOf(o);
    QCOMPARE(refusal.issues.size(), 4);
    QVERIFY(refusal.has(PlanIssue::Code::UnlinkedProduct));
    QVERIFY(refusal.has(PlanIssue::Code::SerialNumberedProduct));
    QVERIFY(refusal.has(PlanIssue::Code::MissingReceptorField));
    QVERIFY(refusal.has(PlanIssue::Code::ShippingNotConfigured));
}

void TestDocumentPlanner::cartDiscountIsSpreadInWholePesos()
{
    // 1001 over 10000/20000/30000: 166.83, 333.67, 500.5 → floors 166, 333, 500 (999); the two
    // pesos left go to the largest remainders, the first two lines.
    const StoreOrder o = order(
        {product(u"TAZA"_s, u"A"_s, 10000), product(u"POL-AZ-M"_s, u"B"_s, 20000), product(u"CODE"_s, u"C"_s, 30000)},
        0, 1001);
    const DocumentPlan plan = planOf(o);
    verifyTotals(plan, o);
    QCOMPARE(plan.lines.at(0).grossAmount, Pesos(9833));
    QCOMPARE(plan.lines.at(1).grossAmount, Pesos(19666));
    QCOMPARE(plan.lines.at(2).grossAmount, Pesos(29500));
    QCOMPARE(plan.lines.at(2).discountPercent.toString(), u"1.67"_s);
}

void TestDocumentPlanner::cartDiscountCanZeroALine()
{
    // A 100 % coupon on the goods: only the shipping is left to bill.
    const StoreOrder o = order({product(u"TAZA"_s, u"Taza"_s, 4990)}, 2990, 4990);
    const DocumentPlan plan = planOf(o);
    verifyTotals(plan, o);
    QCOMPARE(plan.lines.size(), 1);
    QCOMPARE(plan.notes.constFirst().code, PlanIssue::Code::ZeroValueLineDropped);
    QVERIFY(refusalOf(order({product(u"TAZA"_s, u"Taza"_s, 4990)}, 0, 4990)).needsNoDocument());
}

void TestDocumentPlanner::giftCardsCountTowardsTheDocument()
{
    StoreOrder o = order({product(u"TAZA"_s, u"Taza"_s, 9990)});
    o.giftCardAmount = 5000;
    o.total = 4990;
    const DocumentPlan plan = planOf(o);
    QCOMPARE(plan.orderTotal, Pesos(9990));
    QCOMPARE(plan.expected.total, Pesos(9990));
}

void TestDocumentPlanner::totalMismatchIsRefused()
{
    StoreOrder o = order({product(u"TAZA"_s, u"Taza"_s, 9990)});
    o.total += 1;
    const PlanRefusal refusal = refusalOf(o);
    QCOMPARE(refusal.issues.constFirst().code, PlanIssue::Code::TotalMismatch);
    QCOMPARE(refusal.issues.constFirst().details.value(u"linesTotal"_s).toInteger(), Pesos(9990));
    QCOMPARE(refusal.issues.constFirst().details.value(u"orderTotal"_s).toInteger(), Pesos(9991));
    QVERIFY(refusal.summaryEs().contains(u"$9.991"_s));
}

void TestDocumentPlanner::currencyMustBeClp()
{
    StoreOrder o = order({product(u"TAZA"_s, u"Taza"_s, 9990)});
    o.currency = u"USD"_s;
    QCOMPARE(refusalOf(o).issues.constFirst().code, PlanIssue::Code::UnsupportedCurrency);
    o.currency = u"clp"_s;
    QCOMPARE(planOf(o).expected.total, Pesos(9990));
}

void TestDocumentPlanner::invalidLinesAreRefused()
{
    StoreOrder o = order({product(u"TAZA"_s, u"Taza"_s, 9990, 0)});
    o.total = 0;
    QCOMPARE(refusalOf(o).issues.constFirst().code, PlanIssue::Code::InvalidLine);
    o = order({product(u"TAZA"_s, u"Taza"_s, 1000, 1, 1500), product(u"CODE"_s, u"Otro"_s, 990)});
    o.total = 990;
    QVERIFY(refusalOf(o).has(PlanIssue::Code::InvalidLine));
}

void TestDocumentPlanner::randomOrdersHitTheirTotal()
{
    StoreOrderGenerator generator(20240601);
    int matched = 0;
    const int orders = 3000;
    for (int i = 0; i < orders; ++i) {
        const StoreOrder o = generator.next();
        const auto result = DocumentPlanner::plan(o, m_context);
        const auto *plan = std::get_if<DocumentPlan>(&result);
        if (!plan)
            QFAIL(qPrintable(u"order %1 refused: %2"_s.arg(o.orderId, std::get<PlanRefusal>(result).summaryEn())));
        verifyTotals(*plan, o);
        if (QTest::currentTestFailed())
            return;
        ++matched;
    }
    QCOMPARE(matched, orders);
}

void TestDocumentPlanner::fiftyLineOrdersHitTheirTotal()
{
    StoreOrderGenerator generator(50);
    for (int i = 0; i < 300; ++i) {
        const StoreOrder o = generator.next(50, 50);
        QCOMPARE(o.lines.size(), 50);
        const DocumentPlan plan = planOf(o);
        verifyTotals(plan, o);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestDocumentPlanner::frozenPlanRoundTripsIdentically()
{
    StoreOrder o = order({product(u"PACK"_s, u"Pack Navidad"_s, 24990, 2, 4998), product(u"TAZA"_s, u"Taza"_s, 680),
                          product(u"NOPE"_s, u"Regalo"_s, 0)},
                         3490, 500);
    makeFactura(o);
    o.additionalFields[2].value = QString(45, u'g');
    const DocumentPlan plan = planOf(o);
    QVERIFY(plan.client);
    QCOMPARE(plan.notes.size(), 2);
    const QByteArray stored = compact(plan.toJson());
    QString error;
    const auto loaded = DocumentPlan::fromJson(QJsonDocument::fromJson(stored).object(), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, plan);
    QCOMPARE(compact(loaded->toJson()), stored);
    QCOMPARE(compact(DocumentRequestBuilder::documentBody(*loaded, QDate(2024, 5, 6))),
             compact(DocumentRequestBuilder::documentBody(plan, QDate(2024, 5, 6))));
    QCOMPARE(plan.toJson().value(u"version"_s).toInt(), DocumentPlan::kJsonVersion);
    QCOMPARE(plan.toJson().value(u"lines"_s).toArray().at(1).toObject().value(u"netUnitValue"_s).toString(),
             plan.lines.at(1).netUnitValue.toString());
}

void TestDocumentPlanner::damagedOrForeignPlansAreNotRead()
{
    const DocumentPlan plan = planOf(order({product(u"TAZA"_s, u"Taza"_s, 680)}));
    QJsonObject json = plan.toJson();
    QString error;
    json.insert(u"version"_s, 2);
    QVERIFY(!DocumentPlan::fromJson(json, &error));
    QVERIFY(error.contains(u"version"_s));
    json = plan.toJson();
    QJsonArray lines = json.value(u"lines"_s).toArray();
    QJsonObject first = lines.at(0).toObject();
    first.insert(u"netUnitValue"_s, u"571,43"_s);
    lines[0] = first;
    json.insert(u"lines"_s, lines);
    QVERIFY(!DocumentPlan::fromJson(json, &error));
    json = plan.toJson();
    json.insert(u"kind"_s, u"credit_note"_s);
    QVERIFY(!DocumentPlan::fromJson(json));
    json = plan.toJson();
    json.insert(u"lines"_s, QJsonArray());
    QVERIFY(!DocumentPlan::fromJson(json));
}

void TestDocumentPlanner::retryReusesTheFrozenPlan()
{
    StoreOrder o = order({product(u"TAZA"_s, u"Taza"_s, 680)});
    const DocumentPlan sent = planOf(o);
    const QByteArray journal = compact(sent.toJson());
    const QByteArray firstBody = compact(DocumentRequestBuilder::documentBody(sent, QDate(2024, 5, 6)));

    // Meanwhile the order says factura and the link moved: a retry must not notice.
    makeFactura(o);
    m_links[u"TAZA"_s].variantId = 555;
    const auto retried = DocumentPlan::fromJson(QJsonDocument::fromJson(journal).object());
    QVERIFY(retried);
    QCOMPARE(retried->kind, DocumentKind::Boleta);
    QCOMPARE(retried->lines.constFirst().variantId, 102);
    QCOMPARE(compact(DocumentRequestBuilder::documentBody(*retried, QDate(2024, 5, 6))), firstBody);

    // Only the user's explicit replan changes it.
    const auto replanned = DocumentPlanner::replan(*retried, o, m_context);
    const DocumentPlan &fresh = std::get<DocumentPlan>(replanned);
    QCOMPARE(fresh.kind, DocumentKind::Factura);
    QCOMPARE(fresh.revision, 2);
    QCOMPARE(fresh.lines.constFirst().variantId, 555);
    QVERIFY(fresh.salesId != sent.salesId);
}

void TestDocumentPlanner::replanAfterFixingKeepsTheSalesId()
{
    const StoreOrder o = order({product(u"NEW"_s, u"Nuevo"_s, 4990)});
    QVERIFY(refusalOf(o).has(PlanIssue::Code::UnlinkedProduct));
    m_links.insert(u"NEW"_s, {777, u"NEW"_s});
    const DocumentPlan first = planOf(o);
    const DocumentPlan second = std::get<DocumentPlan>(DocumentPlanner::replan(first, o, m_context));
    QCOMPARE(second.revision, 2);
    QCOMPARE(second.salesId, first.salesId);
    QCOMPARE(std::get<DocumentPlan>(DocumentPlanner::replan(second, o, m_context)).revision, 3);
}

void TestDocumentPlanner::planningIsDeterministic()
{
    StoreOrderGenerator generator(7);
    for (int i = 0; i < 50; ++i) {
        const StoreOrder o = generator.next();
        QCOMPARE(compact(planOf(o).toJson()), compact(planOf(o).toJson()));
    }
}

void TestDocumentPlanner::requestBodyFollowsBsaleDocs()
{
    m_context.sendEmail = true;
    StoreOrder o = order({product(u"TAZA"_s, u"Taza"_s, 680)}, 2990);
    const QJsonObject boleta = DocumentRequestBuilder::documentBody(planOf(o), QDate(2016, 5, 6));
    QCOMPARE(boleta.value(u"documentTypeId"_s).toInt(), kBoletaType);
    QVERIFY(!boleta.contains(u"codeSii"_s));
    QCOMPARE(boleta.value(u"officeId"_s).toInt(), 1);
    QCOMPARE(boleta.value(u"priceListId"_s).toInt(), 3);
    QCOMPARE(boleta.value(u"emissionDate"_s).toInteger(), qint64(1462492800)); // bsale intro.md's date, midnight UTC
    QCOMPARE(boleta.value(u"expirationDate"_s).toInteger(), qint64(1462492800));
    QCOMPARE(boleta.value(u"declareSii"_s).toInt(), 1);
    QCOMPARE(boleta.value(u"dispatch"_s).toInt(), 1);
    QCOMPARE(boleta.value(u"salesId"_s).toString(), u"puente:tienda-prueba:%1:boleta"_s.arg(o.orderId));
    QVERIFY(!boleta.contains(u"client"_s));
    QVERIFY(!boleta.contains(u"sendEmail"_s)); // no client, no e-mail
    const QJsonArray details = boleta.value(u"details"_s).toArray();
    QCOMPARE(details.size(), 2);
    const QJsonObject first = details.at(0).toObject();
    QCOMPARE(first.value(u"variantId"_s).toInt(), 102);
    QCOMPARE(first.value(u"quantity"_s).toInt(), 1);
    QVERIFY(first.value(u"netUnitValue"_s).isDouble());
    QCOMPARE(first.value(u"netUnitValue"_s).toDouble(), 571.43);
    QCOMPARE(first.value(u"discount"_s).toDouble(), 0.0);
    QVERIFY(first.value(u"taxId"_s).isString()); // §10.1: the string "[1]", never an array
    QCOMPARE(first.value(u"taxId"_s).toString(), u"[1]"_s);
    QVERIFY(!first.contains(u"comment"_s));
    QCOMPARE(details.at(1).toObject().value(u"comment"_s).toString(), u"Despacho Starken"_s);
    QVERIFY(compact(boleta).contains("\"netUnitValue\":571.43"));

    makeFactura(o);
    const QJsonObject factura = DocumentRequestBuilder::documentBody(planOf(o), QDate(2016, 5, 6));
    QCOMPARE(factura.value(u"documentTypeId"_s).toInt(), kFacturaType);
    const QJsonObject client = factura.value(u"client"_s).toObject();
    QCOMPARE(client.value(u"code"_s).toString(), u"76369187-K"_s);
    QCOMPARE(client.value(u"company"_s).toString(), u"Ferretería Los Andes SpA"_s);
    QCOMPARE(client.value(u"activity"_s).toString(), u"Venta de artículos de ferretería"_s);
    QCOMPARE(client.value(u"address"_s).toString(), u"Av. Providencia 1234"_s);
    QCOMPARE(client.value(u"municipality"_s).toString(), u"Providencia"_s);
    QCOMPARE(client.value(u"city"_s).toString(), u"Santiago"_s);
    QCOMPARE(client.value(u"email"_s).toString(), u"compras@ferreteria.cl"_s);
    QCOMPARE(client.value(u"companyOrPerson"_s).toInt(), 1);
    QCOMPARE(factura.value(u"sendEmail"_s).toInt(), 1); // §7: at the root
    QVERIFY(!client.contains(u"sendEmail"_s));
}

void TestDocumentPlanner::requestBodyUsesCodeSiiWithoutTypeIds()
{
    m_context.boletaTypeId = 0;
    m_context.officeId = 0;
    m_context.priceListId = 0;
    m_context.dispatch = false;
    const QJsonObject body =
        DocumentRequestBuilder::documentBody(planOf(order({product(u"TAZA"_s, u"T"_s, 990)})), QDate(2024, 1, 31));
    QCOMPARE(body.value(u"codeSii"_s).toInt(), 39);
    QVERIFY(!body.contains(u"documentTypeId"_s));
    QVERIFY(!body.contains(u"officeId"_s));
    QVERIFY(!body.contains(u"priceListId"_s));
    QCOMPARE(body.value(u"dispatch"_s).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestDocumentPlanner)
#include "tst_documentplanner.moc"
