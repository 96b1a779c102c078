// CursorRepository on a real journal file: insert, replace, read back with its time, list by
// prefix, remove.
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimeZone>
#include <QtTest/QTest>

#include "journal/CursorRepository.h"
#include "journal/Journal.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;

class TestCursorRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
};

void TestCursorRepository::roundTrip()
{
    QTemporaryDir dir;
    Journal journal(dir.filePath(u"puente.sqlite"_s));
    QVERIFY(!journal.open());
    const CursorRepository cursors(journal);
    const QDateTime t1(QDate(2025, 3, 11), QTime(12, 0), QTimeZone::utc());
    QCOMPARE(cursors.value(u"stock.a"_s), std::nullopt);
    QVERIFY(!cursors.updatedAt(u"stock.a"_s).isValid());
    QVERIFY(cursors.setValue(u"stock.a"_s, u"1"_s, t1));
    QVERIFY(cursors.setValue(u"stock.b"_s, u"{\"x\":2}"_s, t1));
    QVERIFY(cursors.setValue(u"stock_c"_s, u"3"_s, t1)); // '_' must not match "stock." as LIKE would
    QVERIFY(cursors.setValue(u"orders.after"_s, u"9"_s, t1));
    QVERIFY(cursors.setValue(u"stock.a"_s, u"10"_s, t1.addSecs(60)));
    QCOMPARE(cursors.value(u"stock.a"_s), std::optional<QString>(u"10"_s));
    QCOMPARE(cursors.updatedAt(u"stock.a"_s), t1.addSecs(60));
    QCOMPARE(cursors.names(u"stock."_s), (QStringList {u"stock.a"_s, u"stock.b"_s}));
    QVERIFY(cursors.remove(u"stock.a"_s));
    QCOMPARE(cursors.value(u"stock.a"_s), std::nullopt);
    QCOMPARE(cursors.names(u"stock."_s), QStringList {u"stock.b"_s});
    // A second repository on the same journal sees the same rows.
    QCOMPARE(CursorRepository(journal).value(u"orders.after"_s), std::optional<QString>(u"9"_s));
}

QTEST_GUILESS_MAIN(TestCursorRepository)
#include "tst_cursorrepository.moc"
