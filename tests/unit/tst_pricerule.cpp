// PriceRule: markup in basis points with half-up peso rounding, then rounding to a price
// ending ("…990") up, down or to the nearest, exactly as its header defines.
#include <QtTest/QTest>

#include "sync/PriceRule.h"

using namespace Qt::Literals::StringLiterals;
using puente::PriceRule;

Q_DECLARE_METATYPE(PriceRule::Rounding)

class TestPriceRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_data();
    void apply();
    void identityKeepsPrice();
    void nonPositivePriceGivesNothing();
    void downNeverReachesZero();
    void hugePricesDoNotOverflow();
    void parseMarkup_data();
    void parseMarkup();
    void parsePattern_data();
    void parsePattern();
    void parseRounding();
    void constructorSanitises();
};

void TestPriceRule::apply_data()
{
    QTest::addColumn<int>("markup");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<PriceRule::Rounding>("rounding");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<qint64>("expected");

    using R = PriceRule::Rounding;
    QTest::newRow("markup only") << 1000 << QString() << R::Up << qint64(10000) << qint64(11000);
    QTest::newRow("markup half up") << 1250 << QString() << R::Up << qint64(9990) << qint64(11239); // 11238.75
    QTest::newRow("markup exact half") << 5000 << QString() << R::Up << qint64(3) << qint64(5); // 4.5 → 5
    QTest::newRow("negative markup") << -1000 << QString() << R::Up << qint64(10000) << qint64(9000);
    QTest::newRow("990 up") << 0 << u"990"_s << R::Up << qint64(12345) << qint64(12990);
    QTest::newRow("990 up already") << 0 << u"990"_s << R::Up << qint64(12990) << qint64(12990);
    QTest::newRow("990 up just over") << 0 << u"990"_s << R::Up << qint64(12991) << qint64(13990);
    QTest::newRow("990 down") << 0 << u"990"_s << R::Down << qint64(12345) << qint64(11990);
    QTest::newRow("990 down already") << 0 << u"990"_s << R::Down << qint64(12990) << qint64(12990);
    QTest::newRow("990 nearest below") << 0 << u"990"_s << R::Nearest << qint64(12345) << qint64(11990);
    QTest::newRow("990 nearest above") << 0 << u"990"_s << R::Nearest << qint64(12600) << qint64(12990);
    QTest::newRow("990 nearest tie up") << 0 << u"990"_s << R::Nearest << qint64(12490) << qint64(12990);
    QTest::newRow("90 up") << 0 << u"90"_s << R::Up << qint64(1234) << qint64(1290);
    QTest::newRow("0 up = tens") << 0 << u"0"_s << R::Up << qint64(12341) << qint64(12350);
    QTest::newRow("0 nearest tie") << 0 << u"0"_s << R::Nearest << qint64(12345) << qint64(12350);
    QTest::newRow("0 nearest down") << 0 << u"0"_s << R::Nearest << qint64(12344) << qint64(12340);
    QTest::newRow("00 down = hundreds") << 0 << u"00"_s << R::Down << qint64(12399) << qint64(12300);
    QTest::newRow("small price 990 up") << 0 << u"990"_s << R::Up << qint64(500) << qint64(990);
    QTest::newRow("markup then 990") << 1900 << u"990"_s << R::Up << qint64(10000) << qint64(11990); // 11900
    QTest::newRow("markup then 990 nearest") << 1900 << u"990"_s << R::Nearest << qint64(10000) << qint64(11990);
}

void TestPriceRule::apply()
{
    QFETCH(int, markup);
    QFETCH(QString, pattern);
    QFETCH(PriceRule::Rounding, rounding);
    QFETCH(qint64, price);
    QFETCH(qint64, expected);
    const PriceRule rule(markup, pattern, rounding);
    QCOMPARE(rule.apply(price), std::optional<qint64>(expected));
}

void TestPriceRule::identityKeepsPrice()
{
    const PriceRule rule;
    QVERIFY(rule.isIdentity());
    QCOMPARE(rule.apply(12345), std::optional<qint64>(12345));
    QVERIFY(!PriceRule(0, u"990"_s).isIdentity());
    QVERIFY(!PriceRule(1, {}).isIdentity());
}

void TestPriceRule::nonPositivePriceGivesNothing()
{
    const PriceRule rule(1000, u"990"_s);
    QCOMPARE(rule.apply(0), std::nullopt);
    QCOMPARE(rule.apply(-5), std::nullopt);
    // -90 % of 1 peso rounds to 0: no price rather than a free item.
    QCOMPARE(PriceRule(-9000, {}).apply(1), std::nullopt);
}

void TestPriceRule::downNeverReachesZero()
{
    // The only candidate at or below 500 ending in 990 would be -10: Up's 990 instead.
    QCOMPARE(PriceRule(0, u"990"_s, PriceRule::Rounding::Down).apply(500), std::optional<qint64>(990));
    QCOMPARE(PriceRule(0, u"990"_s, PriceRule::Rounding::Nearest).apply(500), std::optional<qint64>(990));
    // "000" with Down on 999: the candidate 0 is not a price.
    QCOMPARE(PriceRule(0, u"000"_s, PriceRule::Rounding::Down).apply(999), std::optional<qint64>(1000));
}

void TestPriceRule::hugePricesDoNotOverflow()
{
    const qint64 price = qint64(1000) * 1000 * 1000 * 1000; // 10^12 CLP
    QCOMPARE(PriceRule(100000, {}).apply(price), std::optional<qint64>(price * 11));
}

void TestPriceRule::parseMarkup_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // -1 = rejected (never a valid result here)
    QTest::newRow("integer") << u"10"_s << 1000;
    QTest::newRow("decimal") << u"12.5"_s << 1250;
    QTest::newRow("comma") << u"12,25"_s << 1225;
    QTest::newRow("percent sign") << u" 19 % "_s << 1900;
    QTest::newRow("negative") << u"-5"_s << -500;
    QTest::newRow("plus") << u"+3.1"_s << 310;
    QTest::newRow("zero") << u"0"_s << 0;
    QTest::newRow("three decimals") << u"1.234"_s << -1;
    QTest::newRow("words") << u"ten"_s << -1;
    QTest::newRow("too big") << u"1000.01"_s << -1;
    QTest::newRow("too negative") << u"-90.5"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestPriceRule::parseMarkup()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const auto parsed = PriceRule::parseMarkup(text);
    if (expected == -1)
        QCOMPARE(parsed, std::nullopt);
    else
        QCOMPARE(parsed, std::optional<int>(expected));
}

void TestPriceRule::parsePattern_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ellipsis") << u"…990"_s << true << u"990"_s;
    QTest::newRow("three dots") << u"...990"_s << true << u"990"_s;
    QTest::newRow("digits") << u"90"_s << true << u"90"_s;
    QTest::newRow("zeros") << u"00"_s << true << u"00"_s;
    QTest::newRow("empty") << QString() << true << QString();
    QTest::newRow("only dots") << u"..."_s << false << QString();
    QTest::newRow("letters") << u"99x"_s << false << QString();
    QTest::newRow("seven digits") << u"1234567"_s << false << QString();
    QTest::newRow("negative") << u"-990"_s << false << QString();
}

void TestPriceRule::parsePattern()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, expected);
    const auto parsed = PriceRule::parsePattern(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, expected);
}

void TestPriceRule::parseRounding()
{
    QCOMPARE(PriceRule::parseRounding(u"UP"_s), std::optional(PriceRule::Rounding::Up));
    QCOMPARE(PriceRule::parseRounding(u" nearest"_s), std::optional(PriceRule::Rounding::Nearest));
    QCOMPARE(PriceRule::parseRounding(u"down"_s), std::optional(PriceRule::Rounding::Down));
    QCOMPARE(PriceRule::parseRounding(u"ceil"_s), std::nullopt);
    for (const auto r : {PriceRule::Rounding::Up, PriceRule::Rounding::Nearest, PriceRule::Rounding::Down})
        QCOMPARE(PriceRule::parseRounding(PriceRule::roundingName(r)), std::optional(r));
}

void TestPriceRule::constructorSanitises()
{
    const PriceRule rule(5000000, u"abc"_s);
    QCOMPARE(rule.markupBasisPoints(), PriceRule::kMaxMarkupBasisPoints);
    QCOMPARE(rule.pattern(), QString());
    QCOMPARE(PriceRule(-20000, {}).markupBasisPoints(), PriceRule::kMinMarkupBasisPoints);
    QCOMPARE(PriceRule(0, u"…990"_s).pattern(), u"990"_s);
}

QTEST_GUILESS_MAIN(TestPriceRule)
#include "tst_pricerule.moc"
