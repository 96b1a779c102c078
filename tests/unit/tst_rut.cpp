// Rut: módulo 11 against chile-dte.md §4.1's verified vectors, the forms customers type, and
// the forms that must be refused.
#include <QtTest/QTest>

#include "billing/Rut.h"

using namespace Qt::Literals::StringLiterals;
using puente::Rut;

Q_DECLARE_METATYPE(puente::Rut::Error)

class TestRut : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkDigitMatchesVectors_data();
    void checkDigitMatchesVectors();
    void parsesWhatCustomersType_data();
    void parsesWhatCustomersType();
    void refusesBadInput_data();
    void refusesBadInput();
    void formats_data();
    void formats();
    void fromBodyRejectsOutOfRange();
    void everyOtherCheckDigitFails();
    void normaliseKeepsContent();
};

void TestRut::checkDigitMatchesVectors_data()
{
    QTest::addColumn<quint32>("body");
    QTest::addColumn<QChar>("digit");
    // chile-dte.md §4.1, "all verified by running the algorithm".
    const std::pair<quint32, char16_t> vectors[] = {
        {60910000, u'1'}, {76555835, u'2'}, {76177907, u'9'}, {76369187, u'K'}, {77879240, u'0'},
        {96874030, u'K'}, {12678579, u'8'}, {12345678, u'5'}, {15509661, u'6'}, {66666666, u'6'},
    };
    for (const auto &[body, digit] : vectors)
        QTest::addRow("%u", body) << body << QChar(digit);
}

void TestRut::checkDigitMatchesVectors()
{
    QFETCH(quint32, body);
    QFETCH(QChar, digit);
    QCOMPARE(Rut::checkDigit(body), digit);
    const auto rut = Rut::fromBody(body);
    QVERIFY(rut);
    QCOMPARE(rut->checkDigit(), digit);
    QCOMPARE(rut->toString(), QString::number(body) + u'-' + digit);
    QVERIFY(Rut::isValid(rut->toString()));
}

void TestRut::parsesWhatCustomersType_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("canonical") << u"12345678-5"_s << u"12345678-5"_s;
    QTest::newRow("dots") << u"12.345.678-5"_s << u"12345678-5"_s;
    QTest::newRow("lower k") << u"76369187-k"_s << u"76369187-K"_s;
    QTest::newRow("dots and lower k") << u"76.369.187-k"_s << u"76369187-K"_s;
    QTest::newRow("spaces around") << u"  96874030-K \t"_s << u"96874030-K"_s;
    QTest::newRow("spaces inside") << u"77 879 240 - 0"_s << u"77879240-0"_s;
    QTest::newRow("unicode hyphen") << u"60910000\u20101"_s << u"60910000-1"_s;
    QTest::newRow("en dash") << u"76.555.835\u20132"_s << u"76555835-2"_s;
    QTest::newRow("leading zero") << u"012.678.579-8"_s << u"12678579-8"_s;
    QTest::newRow("short body") << u"1-9"_s << u"1-9"_s;
    QTest::newRow("seven digits") << u"1.234.567-4"_s << u"1234567-4"_s;
}

void TestRut::parsesWhatCustomersType()
{
    QFETCH(QString, typed);
    QFETCH(QString, canonical);
    Rut::Error error = Rut::Error::Malformed;
    const auto rut = Rut::parse(typed, &error);
    QVERIFY2(rut, qPrintable(typed));
    QCOMPARE(error, Rut::Error::None);
    QCOMPARE(rut->toString(), canonical);
}

void TestRut::refusesBadInput_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<Rut::Error>("error");
    QTest::newRow("empty") << QString() << Rut::Error::Empty;
    QTest::newRow("spaces") << u"   "_s << Rut::Error::Empty;
    QTest::newRow("dots only") << u"..."_s << Rut::Error::Empty;
    QTest::newRow("wrong digit") << u"12345678-4"_s << Rut::Error::WrongCheckDigit;
    QTest::newRow("wrong K") << u"76369187-0"_s << Rut::Error::WrongCheckDigit;
    QTest::newRow("K where 0") << u"77879240-K"_s << Rut::Error::WrongCheckDigit;
    QTest::newRow("no hyphen") << u"123456785"_s << Rut::Error::Malformed;
    QTest::newRow("body only") << u"12345678"_s << Rut::Error::Malformed;
    QTest::newRow("letter in body") << u"1234a678-5"_s << Rut::Error::Malformed;
    QTest::newRow("no body") << u"-5"_s << Rut::Error::Malformed;
    QTest::newRow("no digit") << u"12345678-"_s << Rut::Error::Malformed;
    QTest::newRow("two digits") << u"12345678-55"_s << Rut::Error::Malformed;
    QTest::newRow("two hyphens") << u"12-345678-5"_s << Rut::Error::Malformed;
    QTest::newRow("nine digit body") << u"123456789-2"_s << Rut::Error::Malformed;
    QTest::newRow("zero body") << u"0-0"_s << Rut::Error::Malformed;
    QTest::newRow("X as digit") << u"76369187-X"_s << Rut::Error::Malformed;
    QTest::newRow("arabic-indic digits") << u"\u0661\u0662-5"_s << Rut::Error::Malformed;
}

void TestRut::refusesBadInput()
{
    QFETCH(QString, typed);
    QFETCH(Rut::Error, error);
    Rut::Error got = Rut::Error::None;
    QVERIFY(!Rut::parse(typed, &got));
    QCOMPARE(got, error);
    QVERIFY(!Rut::isValid(typed));
}

void TestRut::formats_data()
{
    QTest::addColumn<quint32>("body");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("dotted");
    QTest::newRow("K") << 76369187u << u"76369187-K"_s << u"76.369.187-K"_s;
    QTest::newRow("eight digits") << 12345678u << u"12345678-5"_s << u"12.345.678-5"_s;
    QTest::newRow("seven digits") << 1234567u << u"1234567-4"_s << u"1.234.567-4"_s;
    QTest::newRow("one digit") << 1u << u"1-9"_s << u"1-9"_s;
    QTest::newRow("three digits") << 123u << u"123-6"_s << u"123-6"_s;
    QTest::newRow("four digits") << 1000u << u"1000-6"_s << u"1.000-6"_s;
}

void TestRut::formats()
{
    QFETCH(quint32, body);
    QFETCH(QString, plain);
    QFETCH(QString, dotted);
    const auto rut = Rut::fromBody(body);
    QVERIFY(rut);
    QCOMPARE(rut->toString(), plain);
    QCOMPARE(rut->toDottedString(), dotted);
    QCOMPARE(Rut::parse(dotted), rut);
    QCOMPARE(Rut::parse(dotted.toLower()), rut);
}

void TestRut::fromBodyRejectsOutOfRange()
{
    QVERIFY(!Rut::fromBody(0));
    QVERIFY(!Rut::fromBody(Rut::kMaxBody + 1));
    QVERIFY(Rut::fromBody(Rut::kMaxBody));
}

void TestRut::everyOtherCheckDigitFails()
{
    // Over a spread of bodies: exactly one of the eleven check digits is accepted.
    const QString digits = u"0123456789K"_s;
    int accepted = 0;
    int bodies = 0;
    for (quint32 body = 1; body <= Rut::kMaxBody; body = body * 7 + 13) {
        ++bodies;
        for (const QChar digit : digits) {
            const bool valid = Rut::isValid(QString(QString::number(body) + u'-' + digit));
            QCOMPARE(valid, digit == Rut::checkDigit(body));
            accepted += valid;
        }
    }
    QCOMPARE(accepted, bodies);
}

void TestRut::normaliseKeepsContent()
{
    QCOMPARE(Rut::normalise(u" 12.345.678-k "), u"12345678-K"_s);
    QCOMPARE(Rut::normalise(u"abc"), u"abc"_s); // no validation here
    QCOMPARE(Rut::normalise(u"7636\u20119187"), u"7636-9187"_s);
}

QTEST_GUILESS_MAIN(TestRut)
#include "tst_rut.moc"
