// TaxMath: gross → net with CLP rounding (chile-dte.md §4.3), Bsale's totals (bsale.md §7) and
// the net unit values that make Bsale compute a store's gross total to the peso.
#include <QtCore/QRandomGenerator>
#include <QtTest/QTest>

#include <cmath>

#include "billing/TaxMath.h"

using namespace Qt::Literals::StringLiterals;
using puente::DocumentPlanLine;
using puente::FixedDecimal;
using puente::Pesos;
using puente::TaxMath;

namespace {

DocumentPlanLine line(const FixedDecimal &net, int quantity, const FixedDecimal &discount = {})
{
    DocumentPlanLine l;
    l.variantId = 1;
    l.quantity = quantity;
    l.netUnitValue = net;
    l.discountPercent = discount;
    return l;
}

FixedDecimal decimal(const QString &text)
{
    return FixedDecimal::parse(text).value_or(FixedDecimal());
}

} // namespace

class TestTaxMath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void netFromGross_data();
    void netFromGross();
    void netFromGrossIsRoundOfDivisionEverywhere();
    void ivaAsRemainderAvoidsTheLibreDteTrap();
    void documentTotalsMatchBsaleExamples_data();
    void documentTotalsMatchBsaleExamples();
    void lineNetAppliesDiscountToTheLine();
    void discountPercent_data();
    void discountPercent();
    void netUnitValueForNamedCases_data();
    void netUnitValueForNamedCases();
    void multiUnitLinesHitTheirTotal_data();
    void multiUnitLinesHitTheirTotal();
    void discountedLinesHitTheirTotal_data();
    void discountedLinesHitTheirTotal();
    void everySingleUnitPriceUpTo200000IsReachable();
    void randomLinesAreReachable();
    void unreachableInputs();
    void halfPesoNetsAreAvoided();

private:
    static void verifyLine(Pesos gross, int quantity, const FixedDecimal &discount);
};

void TestTaxMath::netFromGross_data()
{
    QTest::addColumn<Pesos>("gross");
    QTest::addColumn<Pesos>("net");
    QTest::addColumn<Pesos>("iva");
    // chile-dte.md §4.3's verified edge cases.
    QTest::newRow("680") << Pesos(680) << Pesos(571) << Pesos(109);
    QTest::newRow("86710") << Pesos(86710) << Pesos(72866) << Pesos(13844);
    // bsale.md §7 and §5: 12990 ↔ 10916, 27891 ↔ 23438, 14280 ↔ 12000, 2380 ↔ 2000.
    QTest::newRow("12990") << Pesos(12990) << Pesos(10916) << Pesos(2074);
    QTest::newRow("27891") << Pesos(27891) << Pesos(23438) << Pesos(4453);
    QTest::newRow("14280") << Pesos(14280) << Pesos(12000) << Pesos(2280);
    QTest::newRow("2380") << Pesos(2380) << Pesos(2000) << Pesos(380);
    QTest::newRow("zero") << Pesos(0) << Pesos(0) << Pesos(0);
    QTest::newRow("1") << Pesos(1) << Pesos(1) << Pesos(0);
    QTest::newRow("5") << Pesos(5) << Pesos(4) << Pesos(1);
    QTest::newRow("119") << Pesos(119) << Pesos(100) << Pesos(19);
    QTest::newRow("9990") << Pesos(9990) << Pesos(8395) << Pesos(1595);
    QTest::newRow("negative") << Pesos(-680) << Pesos(-571) << Pesos(-109);
}

void TestTaxMath::netFromGross()
{
    QFETCH(Pesos, gross);
    QFETCH(Pesos, net);
    QFETCH(Pesos, iva);
    QCOMPARE(TaxMath::netFromGross(gross), net);
    QCOMPARE(TaxMath::ivaFromGross(gross), iva);
    QCOMPARE(TaxMath::netFromGross(gross) + TaxMath::ivaFromGross(gross), gross);
}

void TestTaxMath::netFromGrossIsRoundOfDivisionEverywhere()
{
    for (Pesos gross = 0; gross <= 300000; ++gross) {
        const double exact = double(gross) / 1.19;
        const Pesos net = TaxMath::netFromGross(gross);
        if (std::abs(double(net) - exact) > 0.5 + 1e-9)
            QFAIL(qPrintable(u"gross %1 → net %2"_s.arg(gross).arg(net)));
    }
}

void TestTaxMath::ivaAsRemainderAvoidsTheLibreDteTrap()
{
    // chile-dte.md §4.3: computing IVA = round(net × 0.19) turns 680 into 679 and 86710 into
    // 86711; IVA as the remainder keeps them.
    QCOMPARE(TaxMath::netFromGross(680) + TaxMath::roundPesos(571 * 0.19), Pesos(679));
    QCOMPARE(TaxMath::netFromGross(86710) + TaxMath::roundPesos(72866 * 0.19), Pesos(86711));
    QCOMPARE(TaxMath::documentTotals({line(decimal(u"571.43"_s), 1)}).total, Pesos(680));
    QCOMPARE(TaxMath::documentTotals({line(decimal(u"72865.55"_s), 1)}).total, Pesos(86710));
}

void TestTaxMath::documentTotalsMatchBsaleExamples_data()
{
    QTest::addColumn<QString>("net");
    QTest::addColumn<Pesos>("expectedNet");
    QTest::addColumn<Pesos>("expectedIva");
    QTest::addColumn<Pesos>("expectedTotal");
    QTest::newRow("intro.md") << u"10916"_s << Pesos(10916) << Pesos(2074) << Pesos(12990);
    QTest::newRow("Documentos.md") << u"23438"_s << Pesos(23438) << Pesos(4453) << Pesos(27891);
    QTest::newRow("12000") << u"12000"_s << Pesos(12000) << Pesos(2280) << Pesos(14280);
    QTest::newRow("series line 5882.35") << u"5882.35"_s << Pesos(5882) << Pesos(1118) << Pesos(7000);
    QTest::newRow("680 from 571.43") << u"571.43"_s << Pesos(571) << Pesos(109) << Pesos(680);
}

void TestTaxMath::documentTotalsMatchBsaleExamples()
{
    QFETCH(QString, net);
    QFETCH(Pesos, expectedNet);
    QFETCH(Pesos, expectedIva);
    QFETCH(Pesos, expectedTotal);
    const auto totals = TaxMath::documentTotals({line(decimal(net), 1)});
    QCOMPARE(totals.net, expectedNet);
    QCOMPARE(totals.iva, expectedIva);
    QCOMPARE(totals.total, expectedTotal);
}

void TestTaxMath::lineNetAppliesDiscountToTheLine()
{
    QCOMPARE(TaxMath::lineNet(decimal(u"1000"_s), 3, decimal(u"10"_s)), 2700.0);
    QCOMPARE(TaxMath::lineNet(decimal(u"1000"_s), 3, {}), 3000.0);
    const auto totals = TaxMath::documentTotals({line(decimal(u"1000"_s), 3, decimal(u"10"_s))});
    QCOMPARE(totals.net, Pesos(2700));
    QCOMPARE(totals.total, Pesos(3213));
}

void TestTaxMath::discountPercent_data()
{
    QTest::addColumn<Pesos>("discount");
    QTest::addColumn<Pesos>("listGross");
    QTest::addColumn<QString>("percent");
    QTest::newRow("none") << Pesos(0) << Pesos(9990) << u"0"_s;
    QTest::newRow("10 %") << Pesos(2997) << Pesos(29970) << u"10"_s;
    QTest::newRow("12.5 %") << Pesos(125) << Pesos(1000) << u"12.5"_s;
    QTest::newRow("odd amount") << Pesos(1000) << Pesos(2997) << u"33.37"_s;
    QTest::newRow("one peso") << Pesos(1) << Pesos(9990) << u"0.01"_s;
    QTest::newRow("rounds to zero") << Pesos(1) << Pesos(300000) << u"0"_s;
    QTest::newRow("capped below 100") << Pesos(299999) << Pesos(300000) << u"99.99"_s;
    QTest::newRow("half") << Pesos(340) << Pesos(680) << u"50"_s;
}

void TestTaxMath::discountPercent()
{
    QFETCH(Pesos, discount);
    QFETCH(Pesos, listGross);
    QFETCH(QString, percent);
    QCOMPARE(TaxMath::discountPercent(discount, listGross).toString(), percent);
}

void TestTaxMath::netUnitValueForNamedCases_data()
{
    QTest::addColumn<Pesos>("gross");
    QTest::addColumn<QString>("net");
    QTest::newRow("680") << Pesos(680) << u"571.43"_s;
    QTest::newRow("86710") << Pesos(86710) << u"72865.55"_s;
    QTest::newRow("11900 is exactly 10000") << Pesos(11900) << u"10000"_s;
    QTest::newRow("1190") << Pesos(1190) << u"1000"_s;
    QTest::newRow("119") << Pesos(119) << u"100"_s;
    QTest::newRow("1 peso") << Pesos(1) << u"0.84"_s;
    QTest::newRow("9990") << Pesos(9990) << u"8394.96"_s;
}

void TestTaxMath::netUnitValueForNamedCases()
{
    QFETCH(Pesos, gross);
    QFETCH(QString, net);
    const auto value = TaxMath::netUnitValueFor(gross, 1, {});
    QVERIFY(value);
    QCOMPARE(value->toString(), net);
    verifyLine(gross, 1, {});
}

void TestTaxMath::verifyLine(Pesos gross, int quantity, const FixedDecimal &discount)
{
    const auto value = TaxMath::netUnitValueFor(gross, quantity, discount);
    QVERIFY2(value, qPrintable(u"gross %1 × %2 at %3 %"_s.arg(gross).arg(quantity).arg(discount.toString())));
    QVERIFY(!value->isZero());
    const QList<DocumentPlanLine> lines {line(*value, quantity, discount)};
    // Both ways Bsale might round must give the store's amount.
    QCOMPARE(TaxMath::documentTotals(lines).total, gross);
    QCOMPARE(TaxMath::lineByLineTotal(lines), gross);
    const auto totals = TaxMath::documentTotals(lines);
    QCOMPARE(totals.net + totals.iva, gross);
}

void TestTaxMath::multiUnitLinesHitTheirTotal_data()
{
    QTest::addColumn<Pesos>("unit");
    QTest::addColumn<int>("quantity");
    QTest::newRow("3 × 9990") << Pesos(9990) << 3;
    QTest::newRow("7 × 1190") << Pesos(1190) << 7;
    QTest::newRow("12 × 333") << Pesos(333) << 12;
    QTest::newRow("2 × 680") << Pesos(680) << 2;
    QTest::newRow("5 × 86710") << Pesos(86710) << 5;
    QTest::newRow("60 × 1") << Pesos(1) << 60;
    QTest::newRow("999 × 3") << Pesos(3) << 999;
    QTest::newRow("1000 × 990") << Pesos(990) << 1000;
    QTest::newRow("24 × 149990") << Pesos(149990) << 24;
}

void TestTaxMath::multiUnitLinesHitTheirTotal()
{
    QFETCH(Pesos, unit);
    QFETCH(int, quantity);
    verifyLine(unit * quantity, quantity, {});
}

void TestTaxMath::discountedLinesHitTheirTotal_data()
{
    QTest::addColumn<Pesos>("unit");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<Pesos>("discount");
    QTest::newRow("10 % of 3 × 9990") << Pesos(9990) << 3 << Pesos(2997);
    QTest::newRow("1000 off 3 × 999") << Pesos(999) << 3 << Pesos(1000);
    QTest::newRow("1 peso off 680") << Pesos(680) << 1 << Pesos(1);
    QTest::newRow("half of 86710") << Pesos(86710) << 1 << Pesos(43355);
    QTest::newRow("all but 1 peso") << Pesos(300000) << 1 << Pesos(299999);
    QTest::newRow("33 % of 12 × 333") << Pesos(333) << 12 << Pesos(1318);
    QTest::newRow("odd off 7 × 1190") << Pesos(1190) << 7 << Pesos(777);
}

void TestTaxMath::discountedLinesHitTheirTotal()
{
    QFETCH(Pesos, unit);
    QFETCH(int, quantity);
    QFETCH(Pesos, discount);
    const Pesos list = unit * quantity;
    verifyLine(list - discount, quantity, TaxMath::discountPercent(discount, list));
}

void TestTaxMath::everySingleUnitPriceUpTo200000IsReachable()
{
    int twoOrFewerPlaces = 0;
    int threeOrFewerPlaces = 0;
    for (Pesos gross = 1; gross <= 200000; ++gross) {
        const auto value = TaxMath::netUnitValueFor(gross, 1, {});
        if (!value)
            QFAIL(qPrintable(u"no net for %1"_s.arg(gross)));
        const QList<DocumentPlanLine> lines {line(*value, 1)};
        if (TaxMath::documentTotals(lines).total != gross || TaxMath::lineByLineTotal(lines) != gross)
            QFAIL(qPrintable(u"%1 → %2"_s.arg(gross).arg(value->toString())));
        twoOrFewerPlaces += value->decimals() <= 2;
        threeOrFewerPlaces += value->decimals() <= 3;
    }
    // Two decimals, as in Bsale's own examples ("5882.35"), nearly always do; never more than three.
    QCOMPARE(threeOrFewerPlaces, 200000);
    QVERIFY2(twoOrFewerPlaces > 190000, qPrintable(QString::number(twoOrFewerPlaces)));
}

void TestTaxMath::randomLinesAreReachable()
{
    QRandomGenerator random(20240806);
    for (int i = 0; i < 20000; ++i) {
        const Pesos unit = 1 + random.bounded(500000);
        const int quantity = 1 + int(random.bounded(200));
        const Pesos list = unit * quantity;
        const Pesos discount = random.bounded(3) == 0 ? Pesos(random.bounded(quint32(list))) : 0;
        verifyLine(list - discount, quantity, TaxMath::discountPercent(discount, list));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestTaxMath::unreachableInputs()
{
    QVERIFY(!TaxMath::netUnitValueFor(0, 1, {}));
    QVERIFY(!TaxMath::netUnitValueFor(-5, 1, {}));
    QVERIFY(!TaxMath::netUnitValueFor(680, 0, {}));
    QVERIFY(!TaxMath::netUnitValueFor(680, 1, decimal(u"100"_s)));
}

void TestTaxMath::halfPesoNetsAreAvoided()
{
    QVERIFY(TaxMath::onHalfPeso(18.5));
    QVERIFY(TaxMath::onHalfPeso(18.4999999));
    QVERIFY(!TaxMath::onHalfPeso(18.4999));
    QVERIFY(!TaxMath::onHalfPeso(18.0));
    // 9.25 × 1.19 = 11.0075: each line is exactly 11, but together their net is 18.5, where
    // the net/IVA split would depend on Bsale's tie rule.
    DocumentPlanLine a = line(decimal(u"9.25"_s), 1);
    a.grossAmount = 11;
    QVERIFY(TaxMath::isExact(a.netUnitValue, 1, {}, 11));
    QList<DocumentPlanLine> lines {a, a};
    QVERIFY(TaxMath::onHalfPeso(TaxMath::lineNet(lines.at(0)) + TaxMath::lineNet(lines.at(1))));
    QVERIFY(TaxMath::avoidHalfPesoNet(&lines));
    QVERIFY(!TaxMath::onHalfPeso(TaxMath::lineNet(lines.at(0)) + TaxMath::lineNet(lines.at(1))));
    QCOMPARE(lines.at(0).netUnitValue.toString(), u"9.2501"_s);
    QCOMPARE(lines.at(1).netUnitValue.toString(), u"9.25"_s);
    QCOMPARE(TaxMath::documentTotals(lines).total, Pesos(22));
    QCOMPARE(TaxMath::lineByLineTotal(lines), Pesos(22));
    // A line on a half peso on its own is never chosen.
    QVERIFY(!TaxMath::isExact(decimal(u"0.5"_s), 1, {}, 1));
}

QTEST_GUILESS_MAIN(TestTaxMath)
#include "tst_taxmath.moc"
