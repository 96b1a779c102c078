// FacturaReceptor: the receptor data a factura needs (chile-dte.md §4.4), where it is found,
// and how SII field lengths are respected.
#include <QtTest/QTest>

#include "billing/FacturaReceptor.h"

using namespace Qt::Literals::StringLiterals;
using puente::BillingFieldNames;
using puente::FacturaReceptor;
using puente::PlanIssue;
using puente::StoreOrder;

namespace {

StoreOrder facturaOrder()
{
    StoreOrder order;
    order.orderId = u"1"_s;
    order.customerEmail = u"compras@ferreteria.cl"_s;
    order.billingAddress.taxId = u"76.369.187-k"_s;
    order.billingAddress.address = u"Av. Providencia"_s;
    order.billingAddress.streetNumber = u"1234"_s;
    order.billingAddress.complement = u"Of. 501"_s;
    order.billingAddress.municipality = u"Providencia"_s;
    order.billingAddress.city = u"Santiago"_s;
    order.additionalFields = {{u"Tipo de Documento"_s, u"Factura"_s},
                              {u"Razón Social"_s, u"Ferretería Los Andes SpA"_s},
                              {u"Giro"_s, u"Venta de artículos de ferretería"_s}};
    return order;
}

QString fieldOf(const PlanIssue &issue)
{
    return issue.details.value(u"field"_s).toString();
}

} // namespace

class TestFacturaReceptor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsTheClientBlock();
    void readsNativeBillingInformation();
    void rutFromTheRutFieldWhenTaxIdIsEmpty();
    void missingFieldsAreNamed_data();
    void missingFieldsAreNamed();
    void invalidRutIsNamed_data();
    void invalidRutIsNamed();
    void descriptiveFieldsAreCut_data();
    void descriptiveFieldsAreCut();
    void identityFieldsAreRefusedWhenTooLong_data();
    void identityFieldsAreRefusedWhenTooLong();
    void exactLimitsPass();
    void longEmailIsDropped();
    void allProblemsAtOnce();
    void composesAddresses();
};

void TestFacturaReceptor::buildsTheClientBlock()
{
    const auto result = FacturaReceptor::fromOrder(facturaOrder(), {});
    QVERIFY(result.ok());
    QVERIFY(result.notes.isEmpty());
    QCOMPARE(result.client.code, u"76369187-K"_s);
    QCOMPARE(result.client.company, u"Ferretería Los Andes SpA"_s);
    QCOMPARE(result.client.activity, u"Venta de artículos de ferretería"_s);
    QCOMPARE(result.client.address, u"Av. Providencia 1234, Of. 501"_s);
    QCOMPARE(result.client.municipality, u"Providencia"_s);
    QCOMPARE(result.client.city, u"Santiago"_s);
    QCOMPARE(result.client.email, u"compras@ferreteria.cl"_s);
    QCOMPARE(result.client.companyOrPerson, 1);
}

void TestFacturaReceptor::readsNativeBillingInformation()
{
    StoreOrder order = facturaOrder();
    order.additionalFields = {{u"Tipo de Documento"_s, u"Factura"_s}};
    order.billingInformation = {{u"business_activity"_s, u"Servicios informáticos"_s},
                                {u"company_name"_s, u"Datos del Sur Ltda."_s}};
    const auto result = FacturaReceptor::fromOrder(order, {});
    QVERIFY(result.ok());
    QCOMPARE(result.client.activity, u"Servicios informáticos"_s);
    QCOMPARE(result.client.company, u"Datos del Sur Ltda."_s);
    // A custom field wins over the native one.
    order.additionalFields.append({u"giro"_s, u"Asesorías"_s});
    QCOMPARE(FacturaReceptor::fromOrder(order, {}).client.activity, u"Asesorías"_s);
}

void TestFacturaReceptor::rutFromTheRutFieldWhenTaxIdIsEmpty()
{
    StoreOrder order = facturaOrder();
    order.billingAddress.taxId.clear();
    order.additionalFields.append({u"rut"_s, u"12.345.678-5"_s});
    const auto result = FacturaReceptor::fromOrder(order, {});
    QVERIFY(result.ok());
    QCOMPARE(result.client.code, u"12345678-5"_s);
    BillingFieldNames names;
    names.rut = u"RUT Empresa"_s;
    QVERIFY(!FacturaReceptor::fromOrder(order, names).ok());
}

void TestFacturaReceptor::missingFieldsAreNamed_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("field");
    QTest::newRow("RUT") << 0 << u"RUT"_s;
    QTest::newRow("razón social") << 1 << u"Razón Social"_s;
    QTest::newRow("giro") << 2 << u"Giro"_s;
    QTest::newRow("address") << 3 << u"Dirección"_s;
    QTest::newRow("comuna") << 4 << u"Comuna"_s;
    QTest::newRow("city") << 5 << u"Ciudad"_s;
    QTest::newRow("giro blank") << 6 << u"Giro"_s;
}

void TestFacturaReceptor::missingFieldsAreNamed()
{
    QFETCH(int, which);
    QFETCH(QString, field);
    StoreOrder order = facturaOrder();
    switch (which) {
    case 0:
        order.billingAddress.taxId.clear();
        break;
    case 1:
        order.additionalFields.removeAt(1);
        break;
    case 2:
        order.additionalFields.removeAt(2);
        break;
    case 3:
        order.billingAddress.address.clear();
        order.billingAddress.streetNumber.clear();
        order.billingAddress.complement.clear();
        break;
    case 4:
        order.billingAddress.municipality = u" "_s;
        break;
    case 5:
        order.billingAddress.city.clear();
        break;
    default:
        order.additionalFields[2].value = u"   "_s;
    }
    const auto result = FacturaReceptor::fromOrder(order, {});
    QVERIFY(!result.ok());
    QCOMPARE(result.refusals.size(), 1);
    QCOMPARE(result.refusals.constFirst().code, PlanIssue::Code::MissingReceptorField);
    QCOMPARE(fieldOf(result.refusals.constFirst()), field);
    QVERIFY(result.refusals.constFirst().messageEs.contains(field));
    QVERIFY(result.refusals.constFirst().messageEn.contains(field));
}

void TestFacturaReceptor::invalidRutIsNamed_data()
{
    QTest::addColumn<QString>("rut");
    QTest::newRow("check digit") << u"76.369.187-1"_s;
    QTest::newRow("no hyphen") << u"763691870"_s;
    QTest::newRow("letters") << u"abc"_s;
    QTest::newRow("generic receptor") << u"66.666.666-6"_s;
}

void TestFacturaReceptor::invalidRutIsNamed()
{
    QFETCH(QString, rut);
    StoreOrder order = facturaOrder();
    order.billingAddress.taxId = rut;
    const auto result = FacturaReceptor::fromOrder(order, {});
    QCOMPARE(result.refusals.size(), 1);
    const PlanIssue &issue = result.refusals.constFirst();
    QCOMPARE(issue.code, PlanIssue::Code::InvalidRut);
    QCOMPARE(issue.details.value(u"value"_s).toString(), rut);
    QVERIFY(issue.messageEs.contains(rut));
    QVERIFY(issue.messageEn.contains(rut));
}

void TestFacturaReceptor::descriptiveFieldsAreCut_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<int>("maxLength");
    QTest::newRow("giro 40") << 0 << FacturaReceptor::kGiroMax;
    QTest::newRow("address 70") << 1 << FacturaReceptor::kAddressMax;
    QTest::newRow("city 20") << 2 << FacturaReceptor::kCityMax;
}

void TestFacturaReceptor::descriptiveFieldsAreCut()
{
    QFETCH(int, which);
    QFETCH(int, maxLength);
    StoreOrder order = facturaOrder();
    const QString longText = u"Comercialización mayorista y minorista de artículos de ferretería y construcción"_s;
    if (which == 0)
        order.additionalFields[2].value = longText;
    else if (which == 1)
        order.billingAddress.address = longText;
    else
        order.billingAddress.city = longText;
    const auto result = FacturaReceptor::fromOrder(order, {});
    QVERIFY(result.ok());
    const QString got = which == 0 ? result.client.activity : (which == 1 ? result.client.address : result.client.city);
    QVERIFY(got.size() <= maxLength);
    QVERIFY(longText.startsWith(got));
    QCOMPARE(result.notes.size(), 1);
    QCOMPARE(result.notes.constFirst().code, PlanIssue::Code::ReceptorFieldTruncated);
    QCOMPARE(result.notes.constFirst().details.value(u"to"_s).toString(), got);
}

void TestFacturaReceptor::identityFieldsAreRefusedWhenTooLong_data()
{
    QTest::addColumn<bool>("razonSocial");
    QTest::newRow("razón social 101") << true;
    QTest::newRow("comuna 21") << false;
}

void TestFacturaReceptor::identityFieldsAreRefusedWhenTooLong()
{
    QFETCH(bool, razonSocial);
    StoreOrder order = facturaOrder();
    if (razonSocial)
        order.additionalFields[1].value = QString(FacturaReceptor::kRazonSocialMax + 1, u'A');
    else
        order.billingAddress.municipality = QString(FacturaReceptor::kComunaMax + 1, u'b');
    const auto result = FacturaReceptor::fromOrder(order, {});
    QCOMPARE(result.refusals.size(), 1);
    QCOMPARE(result.refusals.constFirst().code, PlanIssue::Code::ReceptorFieldTooLong);
    QCOMPARE(fieldOf(result.refusals.constFirst()), razonSocial ? u"Razón Social"_s : u"Comuna"_s);
}

void TestFacturaReceptor::exactLimitsPass()
{
    StoreOrder order = facturaOrder();
    order.additionalFields[1].value = QString(FacturaReceptor::kRazonSocialMax, u'A');
    order.additionalFields[2].value = QString(FacturaReceptor::kGiroMax, u'g');
    order.billingAddress.address = QString(FacturaReceptor::kAddressMax, u'd');
    order.billingAddress.streetNumber.clear();
    order.billingAddress.complement.clear();
    order.billingAddress.municipality = u"San Juan de la Costa"_s; // 20: the longest comunas
    order.billingAddress.city = QString(FacturaReceptor::kCityMax, u'c');
    const auto result = FacturaReceptor::fromOrder(order, {});
    QVERIFY(result.ok());
    QVERIFY(result.notes.isEmpty());
    QCOMPARE(result.client.municipality.size(), 20);
}

void TestFacturaReceptor::longEmailIsDropped()
{
    StoreOrder order = facturaOrder();
    order.customerEmail = QString(75, u'a') + u"@x.cl"_s + u"x"_s;
    const auto result = FacturaReceptor::fromOrder(order, {});
    QVERIFY(result.ok());
    QVERIFY(result.client.email.isEmpty());
    QCOMPARE(result.notes.constFirst().code, PlanIssue::Code::ReceptorEmailDropped);
}

void TestFacturaReceptor::allProblemsAtOnce()
{
    StoreOrder order = facturaOrder();
    order.billingAddress.taxId = u"1-1"_s;
    order.additionalFields.removeAt(2);
    order.billingAddress.city.clear();
    const auto result = FacturaReceptor::fromOrder(order, {});
    QCOMPARE(result.refusals.size(), 3);
    QCOMPARE(result.refusals.at(0).code, PlanIssue::Code::InvalidRut);
    QCOMPARE(fieldOf(result.refusals.at(1)), u"Giro"_s);
    QCOMPARE(fieldOf(result.refusals.at(2)), u"Ciudad"_s);
}

void TestFacturaReceptor::composesAddresses()
{
    StoreOrder::Address a;
    a.address = u"Los Leones"_s;
    a.streetNumber = u"45"_s;
    QCOMPARE(FacturaReceptor::composeAddress(a), u"Los Leones 45"_s);
    a.address = u"Los Leones 45"_s;
    QCOMPARE(FacturaReceptor::composeAddress(a), u"Los Leones 45"_s);
    a.complement = u"Depto 3"_s;
    QCOMPARE(FacturaReceptor::composeAddress(a), u"Los Leones 45, Depto 3"_s);
    QCOMPARE(FacturaReceptor::composeAddress({}), QString());
}

QTEST_GUILESS_MAIN(TestFacturaReceptor)
#include "tst_facturareceptor.moc"
