// DocumentPlanner against the fake Bsale over loopback: the plans' bodies (bsale.md §7) are
// POSTed raw and the fake, which models Bsale's arithmetic on its own, must compute each
// order's total to the peso. Credit notes (§8) and salesId replays (§10) go the same way.
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtTest/QTest>

#include "BsaleHttpClient.h"
#include "FakeBsale.h"
#include "StoreOrderGenerator.h"
#include "billing/CreditNotePlanner.h"
#include "billing/DocumentPlanner.h"
#include "billing/DocumentRequestBuilder.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;
using puente::fakes::FakeBsale;
using puente::testing::BsaleHttpClient;
using puente::testing::BsaleHttpReply;
using puente::testing::StoreOrderGenerator;
namespace bsale = puente::fakes::bsale;

namespace {

const QDate kEmission(2024, 5, 6);

StoreOrder order(const QList<StoreOrderLine> &lines, Pesos shipping = 0, Pesos orderDiscount = 0)
{
    static int nextId = 90000;
    StoreOrder o;
    o.storeCode = u"tienda-fake"_s;
    o.orderId = QString::number(++nextId);
    o.lines = lines;
    o.shippingAmount = shipping;
    o.shippingName = u"Despacho a domicilio"_s;
    o.orderDiscount = orderDiscount;
    Pesos sum = 0;
    for (const auto &line : lines)
        sum += line.chargedAmount();
    o.total = sum + shipping - orderDiscount;
    return o;
}

StoreOrderLine gen(int index, Pesos unit, int quantity = 1, Pesos discount = 0)
{
    return StoreOrderGenerator::plainLine(unit, quantity, discount, index);
}

void makeFactura(StoreOrder &o)
{
    o.customerEmail = u"compras@ferreteria.cl"_s;
    o.billingAddress.taxId = u"76.369.187-k"_s;
    o.billingAddress.address = u"Av. Providencia 1234"_s;
    o.billingAddress.municipality = u"Providencia"_s;
    o.billingAddress.city = u"Santiago"_s;
    o.additionalFields = {{u"Tipo de Documento"_s, u"Factura electrónica"_s},
                          {u"Razón Social"_s, u"Ferretería Los Andes SpA"_s},
                          {u"Giro"_s, u"Venta de artículos de ferretería"_s}};
}

Pesos pesosOf(const QJsonValue &value)
{
    return qRound64(value.toDouble());
}

} // namespace

class TestPlannerAgainstFake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void namedCasesMatchToThePeso_data();
    void namedCasesMatchToThePeso();
    void randomOrdersMatchToThePeso();
    void facturaCarriesItsReceptor();
    void retryOfAFrozenPlanIsReplayed();
    void creditNoteCancelsBoletaAndFactura_data();
    void creditNoteCancelsBoletaAndFactura();

private:
    DocumentPlan planOf(const StoreOrder &o);
    BsaleHttpReply post(const DocumentPlan &plan);
    bool matches(const StoreOrder &o, QString *why);

    std::unique_ptr<FakeBsale> m_fake;
    std::unique_ptr<BsaleHttpClient> m_http;
    FakeBsale::Basics m_basics;
    QHash<QString, BillingLink> m_links;
    PlannerContext m_context;
};

void TestPlannerAgainstFake::initTestCase()
{
    m_fake = std::make_unique<FakeBsale>();
    m_fake->setRateLimitEnabled(false);
    QVERIFY(m_fake->start() != 0);
    m_http = std::make_unique<BsaleHttpClient>(m_fake->baseUrl(), "puente-fake-bsale-token");
    m_basics = m_fake->seedBasics();

    bsale::Product product;
    product.name = u"Catálogo generado"_s;
    const int productId = m_fake->addProduct(product);
    QList<int> variantIds;
    for (int i = 0; i < StoreOrderGenerator::kSkuCount; ++i) {
        bsale::Variant v;
        v.productId = productId;
        v.code = StoreOrderGenerator::sku(i);
        v.description = v.code;
        const int id = m_fake->addVariant(v);
        m_fake->setStock(id, m_basics.officeId, 1e7);
        m_fake->setPrice(m_basics.priceListId, id, 1000);
        m_links.insert(v.code, {id, v.code});
        variantIds.append(id);
    }
    // §10.5: a pack sold by its code; selling it moves its components' stock.
    m_fake->addPack(u"Pack Navidad"_s, u"PACK-NAV"_s, {{variantIds.at(0), 2}, {variantIds.at(1), 1}});
    m_links.insert(u"PACK"_s, {0, u"PACK-NAV"_s, false, true});
    // Shipping: a service (classification 1) without stock control.
    bsale::Product service;
    service.name = u"Despacho"_s;
    service.classification = 1;
    service.stockControl = 0;
    bsale::Variant shipping;
    shipping.productId = m_fake->addProduct(service);
    shipping.code = u"DESPACHO"_s;
    shipping.description = u"Despacho"_s;
    const int shippingId = m_fake->addVariant(shipping);

    m_context.linkFor = [this](const StoreOrderLine &line) -> std::optional<BillingLink> {
        const auto it = m_links.constFind(line.sku);
        return it == m_links.cend() ? std::nullopt : std::optional<BillingLink>(*it);
    };
    m_context.boletaTypeId = m_basics.boletaTypeId;
    m_context.facturaTypeId = m_basics.facturaTypeId;
    m_context.officeId = m_basics.officeId;
    m_context.priceListId = m_basics.priceListId;
    m_context.ivaTaxId = m_basics.ivaTaxId;
    m_context.shippingProduct = BillingLink {shippingId, u"DESPACHO"_s};
}

DocumentPlan TestPlannerAgainstFake::planOf(const StoreOrder &o)
{
    const auto result = DocumentPlanner::plan(o, m_context);
    if (const auto *refusal = std::get_if<PlanRefusal>(&result)) {
        QTest::qFail(qPrintable(u"refused: "_s + refusal->summaryEn()), __FILE__, __LINE__);
        return {};
    }
    return std::get<DocumentPlan>(result);
}

BsaleHttpReply TestPlannerAgainstFake::post(const DocumentPlan &plan)
{
    return m_http->post(u"/v1/documents.json"_s, DocumentRequestBuilder::documentBody(plan, kEmission));
}

bool TestPlannerAgainstFake::matches(const StoreOrder &o, QString *why)
{
    const auto result = DocumentPlanner::plan(o, m_context);
    if (const auto *refusal = std::get_if<PlanRefusal>(&result)) {
        *why = u"refused: "_s + refusal->summaryEn();
        return false;
    }
    const DocumentPlan &plan = std::get<DocumentPlan>(result);
    const BsaleHttpReply reply = post(plan);
    if (reply.status != 201) {
        *why = u"HTTP %1: %2"_s.arg(reply.status).arg(QString::fromUtf8(reply.body));
        return false;
    }
    const QJsonObject doc = reply.json();
    const Pesos total = pesosOf(doc.value(u"totalAmount"_s));
    const Pesos net = pesosOf(doc.value(u"netAmount"_s));
    const Pesos tax = pesosOf(doc.value(u"taxAmount"_s));
    // The order's total to the peso; the net/IVA split as the plan expected it.
    if (total != o.documentTotal() || net != plan.expected.net || tax != plan.expected.iva) {
        *why = u"order %1: fake %2 = %3 + %4, order %5, plan %6 = %7 + %8"_s.arg(o.orderId)
                   .arg(total)
                   .arg(net)
                   .arg(tax)
                   .arg(o.documentTotal())
                   .arg(plan.expected.total)
                   .arg(plan.expected.net)
                   .arg(plan.expected.iva);
        return false;
    }
    return true;
}

void TestPlannerAgainstFake::namedCasesMatchToThePeso_data()
{
    QTest::addColumn<StoreOrder>("order");
    // chile-dte.md §4.3.
    QTest::newRow("680") << order({gen(0, 680)});
    QTest::newRow("86710") << order({gen(1, 86710)});
    QTest::newRow("680 and 86710") << order({gen(0, 680), gen(1, 86710)});
    QTest::newRow("3 × 9990") << order({gen(2, 9990, 3)});
    QTest::newRow("7 × 1190") << order({gen(3, 1190, 7)});
    QTest::newRow("12 × 333") << order({gen(4, 333, 12)});
    QTest::newRow("10 % off") << order({gen(5, 9990, 3, 2997)});
    QTest::newRow("odd discount") << order({gen(6, 999, 3, 1000)});
    QTest::newRow("all but a peso") << order({gen(7, 300000, 1, 299999)});
    QTest::newRow("shipping") << order({gen(8, 680)}, 2990);
    QTest::newRow("shipping 1 peso") << order({gen(9, 1)}, 1);
    QTest::newRow("cart discount") << order({gen(10, 10000), gen(11, 20000), gen(12, 30000)}, 3490, 1001);
    QTest::newRow("gift and shipping") << order({gen(13, 0), gen(14, 4990, 2)}, 4990);
    StoreOrder pack = order({StoreOrderGenerator::plainLine(24990, 2)});
    pack.lines[0].sku = u"PACK"_s;
    QTest::newRow("pack by code") << pack;
    StoreOrder shippingDiscount = order({gen(15, 86710)}, 4990);
    shippingDiscount.shippingDiscount = 1000;
    shippingDiscount.total -= 1000;
    QTest::newRow("shipping discount") << shippingDiscount;
    StoreOrder giftCard = order({gen(16, 680, 5)});
    giftCard.giftCardAmount = 3000;
    giftCard.total -= 3000;
    QTest::newRow("gift card") << giftCard;
    StoreOrder factura = order({gen(17, 680), gen(18, 86710, 2, 10)}, 5990);
    makeFactura(factura);
    QTest::newRow("factura") << factura;
}

void TestPlannerAgainstFake::namedCasesMatchToThePeso()
{
    QFETCH(StoreOrder, order);
    QString why;
    QVERIFY2(matches(order, &why), qPrintable(why));
}

void TestPlannerAgainstFake::randomOrdersMatchToThePeso()
{
    StoreOrderGenerator generator(424242);
    int matched = 0;
    int total = 0;
    QStringList failures;
    auto check = [&](const StoreOrder &o) {
        ++total;
        QString why;
        if (matches(o, &why))
            ++matched;
        else if (failures.size() < 5)
            failures.append(why);
    };
    for (int i = 0; i < 200; ++i)
        check(generator.next());
    for (int i = 0; i < 20; ++i)
        check(generator.next(50, 50));
    qInfo("%d of %d orders matched the fake Bsale's totalAmount to the peso", matched, total);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n"_s)));
    QCOMPARE(matched, 220);
}

void TestPlannerAgainstFake::facturaCarriesItsReceptor()
{
    StoreOrder o = order({gen(19, 86710)});
    makeFactura(o);
    const DocumentPlan plan = planOf(o);
    const BsaleHttpReply reply = post(plan);
    QCOMPARE(reply.status, 201);
    const int id = reply.json().value(u"id"_s).toInt();
    const QJsonObject doc = m_fake->documentJson(id);
    QCOMPARE(doc.value(u"document_type"_s).toObject().value(u"codeSii"_s).toString(), u"33"_s);
    QCOMPARE(doc.value(u"client"_s).toObject().value(u"code"_s).toString(), u"76369187-K"_s);
    QCOMPARE(doc.value(u"client"_s).toObject().value(u"activity"_s).toString(), u"Venta de artículos de ferretería"_s);
    QCOMPARE(doc.value(u"salesId"_s).toString(), plan.salesId);
    QCOMPARE(pesosOf(doc.value(u"totalAmount"_s)), Pesos(86710));
}

void TestPlannerAgainstFake::retryOfAFrozenPlanIsReplayed()
{
    const DocumentPlan plan = planOf(order({gen(20, 680, 3), gen(21, 9990)}, 2990));
    const QByteArray journal = QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact);
    const BsaleHttpReply first = post(plan);
    QCOMPARE(first.status, 201);
    const qsizetype documents = m_fake->documentIds().size();

    // A retry after a crash: the plan comes back from the journal and is sent verbatim.
    const auto frozen = DocumentPlan::fromJson(QJsonDocument::fromJson(journal).object());
    QVERIFY(frozen);
    const BsaleHttpReply again = post(*frozen);
    QCOMPARE(again.status, 200); // §10: same salesId + type → the first document
    QCOMPARE(again.json().value(u"id"_s).toInt(), first.json().value(u"id"_s).toInt());
    QCOMPARE(m_fake->documentIds().size(), documents);
}

void TestPlannerAgainstFake::creditNoteCancelsBoletaAndFactura_data()
{
    QTest::addColumn<bool>("factura");
    QTest::newRow("boleta") << false;
    QTest::newRow("factura") << true;
}

void TestPlannerAgainstFake::creditNoteCancelsBoletaAndFactura()
{
    QFETCH(bool, factura);
    StoreOrder o = order({gen(22, 680, 2), gen(23, 9990, 3, 2997), gen(24, 86710)}, 3490);
    if (factura)
        makeFactura(o);
    const BsaleHttpReply sale = post(planOf(o));
    QCOMPARE(sale.status, 201);
    const int saleId = sale.json().value(u"id"_s).toInt();
    const double stockBefore =
        m_fake->stockQuantity(m_links.value(StoreOrderGenerator::sku(22)).variantId, m_basics.officeId);

    const BsaleHttpReply read =
        m_http->get(u"/v1/documents/%1.json?expand=[details,client,document_type]"_s.arg(saleId));
    QCOMPARE(read.status, 200);
    const auto original = IssuedDocument::fromBsaleJson(read.json());
    QVERIFY(original);
    QCOMPARE(original->details.size(), 4);
    o.status = u"canceled"_s;
    CreditNoteContext context;
    context.creditNoteTypeId = m_basics.creditNoteTypeId;
    const auto result = CreditNotePlanner::plan(*original, o, context);
    const CreditNotePlan &note = std::get<CreditNotePlan>(result);

    const QJsonObject body = DocumentRequestBuilder::returnBody(note, kEmission);
    const BsaleHttpReply created = m_http->post(u"/v1/returns.json"_s, body);
    QCOMPARE(created.status, 201);
    QCOMPARE(pesosOf(created.json().value(u"amount"_s)), o.documentTotal()); // the whole sale, credited
    QCOMPARE(m_fake->stockQuantity(m_links.value(StoreOrderGenerator::sku(22)).variantId, m_basics.officeId),
             stockBefore + 2);

    const BsaleHttpReply replay = m_http->post(u"/v1/returns.json"_s, body);
    QCOMPARE(replay.status, 200); // its own salesId: a retry is the same credit note
    QCOMPARE(replay.json().value(u"id"_s).toInt(), created.json().value(u"id"_s).toInt());
}

QTEST_GUILESS_MAIN(TestPlannerAgainstFake)
#include "tst_planneragainstfake.moc"
