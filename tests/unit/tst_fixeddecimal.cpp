// FixedDecimal: the exact decimals a frozen plan carries ("571.43" must come back as "571.43").
#include <QtTest/QTest>

#include "domain/FixedDecimal.h"

using namespace Qt::Literals::StringLiterals;
using puente::FixedDecimal;

class TestFixedDecimal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAndPrints_data();
    void parsesAndPrints();
    void refuses_data();
    void refuses();
    void roundsToDeclaredPlaces_data();
    void roundsToDeclaredPlaces();
    void travelsAsTheSameDouble();
};

void TestFixedDecimal::parsesAndPrints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("millionths");
    QTest::addColumn<int>("decimals");
    QTest::newRow("integer") << u"10000"_s << qint64(10'000'000'000) << 0;
    QTest::newRow("two places") << u"571.43"_s << qint64(571'430'000) << 2;
    QTest::newRow("six places") << u"72865.546218"_s << qint64(72'865'546'218) << 6;
    QTest::newRow("trailing zero kept") << u"12.50"_s << qint64(12'500'000) << 2;
    QTest::newRow("zero") << u"0"_s << qint64(0) << 0;
    QTest::newRow("small") << u"0.000001"_s << qint64(1) << 6;
}

void TestFixedDecimal::parsesAndPrints()
{
    QFETCH(QString, text);
    QFETCH(qint64, millionths);
    QFETCH(int, decimals);
    const auto value = FixedDecimal::parse(text);
    QVERIFY(value);
    QCOMPARE(value->millionths(), millionths);
    QCOMPARE(value->decimals(), decimals);
    QCOMPARE(value->toString(), text);
    QCOMPARE(FixedDecimal::fromMillionths(millionths, decimals), *value);
}

void TestFixedDecimal::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("negative") << u"-1"_s;
    QTest::newRow("seven places") << u"1.1234567"_s;
    QTest::newRow("comma") << u"1,5"_s;
    QTest::newRow("dot only") << u"."_s;
    QTest::newRow("trailing dot") << u"5."_s;
    QTest::newRow("leading dot") << u".5"_s;
    QTest::newRow("exponent") << u"1e3"_s;
    QTest::newRow("spaces") << u" 1"_s;
    QTest::newRow("too big") << u"1234567890123"_s;
}

void TestFixedDecimal::refuses()
{
    QFETCH(QString, text);
    QVERIFY(!FixedDecimal::parse(text));
}

void TestFixedDecimal::roundsToDeclaredPlaces_data()
{
    QTest::addColumn<qint64>("millionths");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("printed");
    QTest::newRow("half up") << qint64(571'425'000) << 2 << u"571.43"_s;
    QTest::newRow("down") << qint64(571'424'999) << 2 << u"571.42"_s;
    QTest::newRow("to integer") << qint64(8'394'957'983) << 0 << u"8395"_s;
    QTest::newRow("negative clamps") << qint64(-5) << 3 << u"0.000"_s;
    QTest::newRow("places clamp") << qint64(1) << 9 << u"0.000001"_s;
}

void TestFixedDecimal::roundsToDeclaredPlaces()
{
    QFETCH(qint64, millionths);
    QFETCH(int, decimals);
    QFETCH(QString, printed);
    const auto value = FixedDecimal::fromMillionths(millionths, decimals);
    QCOMPARE(value.toString(), printed);
    QCOMPARE(FixedDecimal::parse(value.toString()), value);
}

void TestFixedDecimal::travelsAsTheSameDouble()
{
    // The request carries toDouble(); Qt's JSON writes the shortest round-trip form.
    for (const auto &text : {u"571.43"_s, u"72865.546218"_s, u"8394.957983"_s, u"0.84"_s}) {
        const auto value = FixedDecimal::parse(text);
        QVERIFY(value);
        QCOMPARE(QString::number(value->toDouble(), 'g', QLocale::FloatingPointShortest), text);
    }
}

QTEST_GUILESS_MAIN(TestFixedDecimal)
#include "tst_fixeddecimal.moc"
