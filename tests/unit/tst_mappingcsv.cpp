// Mapping and exclusion CSV files: quoting, separators, and all-or-nothing with line numbers.
#include "sync/MappingCsv.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;
using namespace puente;

class TestMappingCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesQuotedFields();
    void multiLineQuotedFieldKeepsLineNumbers();
    void semicolonSeparatorFromFirstLine();
    void goodMappingFile();
    void badRowsAreReportedByLineAndNothingIsKept_data();
    void badRowsAreReportedByLineAndNothingIsKept();
    void exclusionFile();
    void badExclusionRows();
    void unreadableFile();
};

void TestMappingCsv::parsesQuotedFields()
{
    QList<CsvRowError> errors;
    const auto records = MappingCsv::records(u"a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"\",x,\n"_s, errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).fields, (QStringList {u"a"_s, u"b, c"_s, u"say \"hi\""_s}));
    QCOMPARE(records.at(1).fields, (QStringList {QString(), u"x"_s, QString()}));
    QCOMPARE(records.at(1).line, 2);
}

void TestMappingCsv::multiLineQuotedFieldKeepsLineNumbers()
{
    QList<CsvRowError> errors;
    const auto records = MappingCsv::records(u"a,\"two\nlines\"\nb,c\n\"open"_s, errors);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).fields.at(1), u"two\nlines"_s);
    QCOMPARE(records.at(1).line, 3);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().line, 4);
}

void TestMappingCsv::semicolonSeparatorFromFirstLine()
{
    const auto parsed = MappingCsv::parseMappings(u"kind;bsale;jumpseller\nbrand;7;\"Acme; Ltda\"\n"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
    QCOMPARE(parsed.rows.size(), 1);
    QCOMPARE(parsed.rows.first().storeValue, u"Acme; Ltda"_s);
}

void TestMappingCsv::goodMappingFile()
{
    const QString text = u"\uFEFFkind,bsale,jumpseller\n"
                         "# categories\n"
                         "category,12,345\n"
                         "\n"
                         "Brand, 7 , \"Acme, Inc.\"\n"
                         "option,3,Talla\n"
                         "attribute,4,Material\n"_s;
    const auto parsed = MappingCsv::parseMappings(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
    QCOMPARE(parsed.rows,
             (QList<Mapping> {{MappingKind::Category, u"12"_s, u"345"_s, {}},
                              {MappingKind::Brand, u"7"_s, u"Acme, Inc."_s, {}},
                              {MappingKind::Option, u"3"_s, u"Talla"_s, {}},
                              {MappingKind::Attribute, u"4"_s, u"Material"_s, {}}}));
}

void TestMappingCsv::badRowsAreReportedByLineAndNothingIsKept_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unknown kind") << u"kind,bsale,jumpseller\ncategory,1,2\ncolour,2,Rojo\n"_s << QList<int> {3}
                                  << u"unknown kind 'colour'"_s;
    QTest::newRow("not an id") << u"brand,x7,Acme\n"_s << QList<int> {1} << u"Bsale id"_s;
    QTest::newRow("category needs an id") << u"category,3,Poleras\n"_s << QList<int> {1} << u"Jumpseller category id"_s;
    QTest::newRow("columns") << u"category,3\nbrand,1,a,b\n"_s << QList<int> {1, 2} << u"expected 3 columns"_s;
    QTest::newRow("empty store value") << u"option,3,\n"_s << QList<int> {1} << u"empty"_s;
    QTest::newRow("duplicate") << u"brand,7,Acme\noption,7,Talla\nbrand,7,Other\n"_s << QList<int> {3}
                               << u"already mapped on line 1"_s;
    QTest::newRow("several bad lines") << u"category,1,2\nbad\nbrand,2,B\nbrand,-1,C\n"_s << QList<int> {2, 4}
                                       << u"line 2"_s;
}

void TestMappingCsv::badRowsAreReportedByLineAndNothingIsKept()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, lines);
    QFETCH(QString, fragment);
    const auto parsed = MappingCsv::parseMappings(text);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.rows.isEmpty()); // all or nothing
    QList<int> got;
    for (const CsvRowError &error : parsed.errors)
        got.append(error.line);
    QCOMPARE(got, lines);
    QVERIFY2(parsed.errorText().contains(fragment), qPrintable(parsed.errorText()));
}

void TestMappingCsv::exclusionFile()
{
    const auto parsed = MappingCsv::parseExclusions(u"side,kind,target,reason\n"
                                                    "erp,product,1500,\"discontinued, do not sell\"\n"
                                                    "store,brand,Acme\n"
                                                    "ERP,category,3,\n"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
    QCOMPARE(parsed.rows.size(), 3);
    QCOMPARE(parsed.rows.at(0),
             (Exclusion {ExclusionSide::Erp, ExclusionKind::Product, u"1500"_s, u"discontinued, do not sell"_s, {}}));
    QCOMPARE(parsed.rows.at(1).target, u"Acme"_s);
    QCOMPARE(parsed.rows.at(2).kind, ExclusionKind::Category);
}

void TestMappingCsv::badExclusionRows()
{
    const auto parsed = MappingCsv::parseExclusions(u"erp,product,1500\n"
                                                    "shop,product,1\n"
                                                    "erp,colour,1\n"
                                                    "erp,brand,Acme\n"
                                                    "store,brand,acme\n"
                                                    "store,brand,ACME\n"_s);
    QVERIFY(parsed.rows.isEmpty());
    QList<int> lines;
    for (const CsvRowError &error : parsed.errors)
        lines.append(error.line);
    QCOMPARE(lines, (QList<int> {2, 3, 4, 6}));
    QVERIFY2(parsed.errorText().contains(u"line 6: the same exclusion is already on line 5"_s),
             qPrintable(parsed.errorText()));
}

void TestMappingCsv::unreadableFile()
{
    QTemporaryDir dir;
    const auto missing = MappingCsv::readMappings(dir.filePath(u"nope.csv"_s));
    QCOMPARE(missing.errors.size(), 1);
    QCOMPARE(missing.errors.first().line, 0);
    QFile latin1(dir.filePath(u"latin1.csv"_s));
    QVERIFY(latin1.open(QIODevice::WriteOnly));
    latin1.write("brand,1,Caf\xe9\n");
    latin1.close();
    const auto bad = MappingCsv::readMappings(latin1.fileName());
    QVERIFY(!bad.ok());
    QVERIFY2(bad.errorText().contains(u"UTF-8"_s), qPrintable(bad.errorText()));
}

QTEST_APPLESS_MAIN(TestMappingCsv)
#include "tst_mappingcsv.moc"
