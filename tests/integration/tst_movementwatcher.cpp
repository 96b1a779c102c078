// MovementWatcher against FakeBsale with a real journal: each kind of movement is found once,
// with the variants it touched; ids survive in the cursors table only after commit(); the
// document and return lists are read only when their counts moved; the days read around
// midnight and in the evening; other offices are ignored.
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

#include "StockTestRig.h"
#include "journal/CursorRepository.h"
#include "sync/MovementWatcher.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;
using puente::test::LinkedItem;
using puente::test::StockTestRig;

class TestMovementWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void posSaleReceptionConsumptionAreFound();
    void returnFindsItsCreditNoteLines();
    void committedIdsAreNotSeenAgain();
    void uncommittedIdsAreSeenAgain();
    void listsAreReadOnlyWhenCountsMove();
    void busyDayReadsOnlyTheListsTail();
    void shiftedListIsReadWhole();
    void busyDayReadsOnlyTheReturnsTail();
    void otherOfficesAreIgnored();
    void failureReportsNothingTouched();
    void daysAroundMidnight();
    void forgottenDaysArePruned();

private:
    MovementPoll poll(MovementWatcher &watcher);
    std::unique_ptr<MovementWatcher> watcher(QList<int> offices = {});

    std::unique_ptr<StockTestRig> rig;
};

void TestMovementWatcher::init()
{
    rig = std::make_unique<StockTestRig>();
    QVERIFY(rig->ready());
}

void TestMovementWatcher::cleanup()
{
    rig.reset();
}

std::unique_ptr<MovementWatcher> TestMovementWatcher::watcher(QList<int> offices)
{
    if (offices.isEmpty())
        offices = {rig->basics.officeId};
    return std::make_unique<MovementWatcher>(*rig->bsaleClient, *rig->journal, rig->clock,
                                             MovementWatcher::Config {offices, u"America/Santiago"_s, 120});
}

MovementPoll TestMovementWatcher::poll(MovementWatcher &w)
{
    std::optional<MovementPoll> out;
    QObject context;
    w.poll(&context, [&out](const MovementPoll &p) { out = p; });
    if (!rig->pump([&out] { return out.has_value(); }))
        qWarning("poll did not finish");
    return out.value_or(MovementPoll {});
}

void TestMovementWatcher::posSaleReceptionConsumptionAreFound()
{
    const LinkedItem a = rig->linkItem(u"A"_s, 10, 10);
    const LinkedItem b = rig->linkItem(u"B"_s, 10, 10);
    const LinkedItem c = rig->linkItem(u"C"_s, 10, 10);
    rig->linkItem(u"D"_s, 10, 10);
    QVERIFY(rig->sell(a, 1, u"puente:tienda-demo:77:boleta"_s));
    QVERIFY(rig->receive(b, 5));
    QVERIFY(rig->consume(c, 2));
    auto w = watcher();
    const MovementPoll p = poll(*w);
    QVERIFY2(p.ok, qPrintable(p.error.toString()));
    QCOMPARE(p.newDocuments, 1);
    QCOMPARE(p.newReceptions, 1);
    QCOMPARE(p.newConsumptions, 1);
    QCOMPARE(p.newReturns, 0);
    QCOMPARE(p.touchedVariantIds, (QSet<int> {a.erpVariantId, b.erpVariantId, c.erpVariantId}));
    QCOMPARE(p.salesIds, QStringList {u"puente:tienda-demo:77:boleta"_s});
    QCOMPARE(p.days, QList<QDate> {QDate(2025, 3, 11)});
    // Only the new movements' lines were read.
    QCOMPARE(rig->requestsTo(rig->bsale, "GET", u"/v1/stocks/receptions/1/details.json"_s)
                 + rig->requestsTo(rig->bsale, "GET", u"/v1/stocks/consumptions/1/details.json"_s),
             2);
}

void TestMovementWatcher::returnFindsItsCreditNoteLines()
{
    const LinkedItem a = rig->linkItem(u"A"_s, 10, 10);
    auto w = watcher();
    QVERIFY(rig->sell(a, 3));
    const int saleId = rig->lastDocumentId;
    QVERIFY(w->commit(poll(*w)));

    QVERIFY(rig->returnUnits(saleId, 1));
    const MovementPoll p = poll(*w);
    QVERIFY(p.ok);
    QCOMPARE(p.newReturns, 1);
    QCOMPARE(p.newDocuments, 1); // the credit note is a document too
    QCOMPARE(p.touchedVariantIds, QSet<int> {a.erpVariantId});
}

void TestMovementWatcher::committedIdsAreNotSeenAgain()
{
    const LinkedItem a = rig->linkItem(u"A"_s, 10, 10);
    QVERIFY(rig->sell(a, 1));
    QVERIFY(rig->receive(a, 1));
    auto w = watcher();
    QVERIFY(w->commit(poll(*w)));
    const MovementPoll again = poll(*w);
    QVERIFY(again.ok);
    QCOMPARE(again.newMovements(), 0);
    QVERIFY(again.touchedVariantIds.isEmpty());

    // Stored per kind and day in the cursors table, and read back by a new watcher.
    const auto stored = CursorRepository(*rig->journal).value(MovementWatcher::cursorName(u"receptions"_s));
    QVERIFY(stored);
    QVERIFY2(stored->contains(u"\"2025-03-11\":[1]"_s), qPrintable(*stored));
    auto fresh = watcher();
    QCOMPARE(poll(*fresh).newMovements(), 0);

    // A new sale is new.
    QVERIFY(rig->sell(a, 1));
    const MovementPoll third = poll(*w);
    QCOMPARE(third.newDocuments, 1);
    QCOMPARE(third.newReceptions, 0);
}

void TestMovementWatcher::uncommittedIdsAreSeenAgain()
{
    const LinkedItem a = rig->linkItem(u"A"_s, 10, 10);
    QVERIFY(rig->consume(a, 1));
    auto w = watcher();
    QCOMPARE(poll(*w).newConsumptions, 1);
    QCOMPARE(poll(*w).newConsumptions, 1); // not committed: still new
    QVERIFY(w->reset());
}

void TestMovementWatcher::listsAreReadOnlyWhenCountsMove()
{
    const LinkedItem a = rig->linkItem(u"A"_s, 10, 10);
    QVERIFY(rig->sell(a, 1));
    auto w = watcher();
    QVERIFY(w->commit(poll(*w)));
    rig->bsale.clearRequestLog();
    QVERIFY(w->commit(poll(*w)));
    QCOMPARE(rig->requestsTo(rig->bsale, "GET", u"/v1/documents/count.json"_s), 1);
    QCOMPARE(rig->requestsTo(rig->bsale, "GET", u"/v1/returns/count.json"_s), 1);
    QCOMPARE(rig->requestsTo(rig->bsale, "GET", u"/v1/documents.json"_s), 0);
    QCOMPARE(rig->requestsTo(rig->bsale, "GET", u"/v1/returns.json"_s), 0);
    QCOMPARE(rig->bsale.requestCount(), 4); // + receptions and consumptions of the day

    QVERIFY(rig->sell(a, 1));
    rig->bsale.clearRequestLog();
    QCOMPARE(poll(*w).newDocuments, 1);
    QCOMPARE(rig->requestsTo(rig->bsale, "GET", u"/v1/documents.json"_s), 1);
    QCOMPARE(rig->requestsTo(rig->bsale, "GET", u"/v1/returns.json"_s), 0);
}

namespace {

/** The offsets of the GET `path` list requests from request `from` on, in order. */
QList<int> listOffsets(const StockTestRig &rig, const QString &path, qsizetype from = 0)
{
    QList<int> out;
    const auto requests = rig.bsale.requests();
    for (const auto &r : requests.mid(from)) {
        if (r.method == "GET" && r.url.path() == path)
            out.append(r.queryValue(u"offset"_s).toInt());
    }
    return out;
}

QList<int> documentListOffsets(const StockTestRig &rig, qsizetype from = 0)
{
    return listOffsets(rig, u"/v1/documents.json"_s, from);
}

} // namespace

void TestMovementWatcher::busyDayReadsOnlyTheListsTail()
{
    const LinkedItem a = rig->linkItem(u"A"_s, 500, 500);
    const LinkedItem b = rig->linkItem(u"B"_s, 500, 500);
    for (int i = 0; i < 120; ++i)
        QVERIFY(rig->sell(a, 1));
    auto w = watcher();
    const MovementPoll first = poll(*w);
    QCOMPARE(first.newDocuments, 120);
    QVERIFY(w->commit(first));
    QCOMPARE(documentListOffsets(*rig), (QList<int> {0, 50, 100})); // the whole day, once

    qsizetype mark = rig->bsale.requests().size();
    QVERIFY(rig->sell(b, 2));
    QVERIFY(rig->sell(b, 1));
    const MovementPoll second = poll(*w);
    QVERIFY2(second.ok, qPrintable(second.error.toString()));
    QCOMPARE(second.newDocuments, 2);
    QCOMPARE(second.touchedVariantIds, QSet<int> {b.erpVariantId});
    // One page from just before the last end (120 - 10), not the 3 pages of the day.
    QCOMPARE(documentListOffsets(*rig, mark), QList<int> {110});
    QVERIFY(w->commit(second));

    // A quiet poll after that reads no list at all (the count did not move).
    mark = rig->bsale.requests().size();
    QCOMPARE(poll(*w).newDocuments, 0);
    QCOMPARE(documentListOffsets(*rig, mark), QList<int>());
}

void TestMovementWatcher::shiftedListIsReadWhole()
{
    const LinkedItem a = rig->linkItem(u"A"_s, 500, 500);
    for (int i = 0; i < 60; ++i)
        QVERIFY(rig->sell(a, 1));
    auto w = watcher();
    QVERIFY(w->commit(poll(*w)));
    // The journal remembers a longer list than Bsale shows now (documents gone from its head,
    // or an order Bsale changed): the tail's overlap does not match what was seen, so the whole
    // list is read again and nothing is missed.
    const QString name = MovementWatcher::cursorName(u"documents"_s);
    const CursorRepository cursors(*rig->journal);
    QString stored = cursors.value(name).value_or(QString());
    QVERIFY(stored.contains(u"\"listed\":60"_s));
    stored.replace(u"\"listed\":60"_s, u"\"listed\":70"_s);
    QVERIFY(cursors.setValue(name, stored, rig->clock.nowUtc()));
    const LinkedItem b = rig->linkItem(u"B"_s, 500, 500);
    QVERIFY(rig->sell(b, 1));
    const qsizetype mark = rig->bsale.requests().size();
    const MovementPoll p = poll(*w);
    QVERIFY(p.ok);
    QCOMPARE(p.newDocuments, 1);
    QCOMPARE(p.touchedVariantIds, QSet<int> {b.erpVariantId});
    QCOMPARE(documentListOffsets(*rig, mark), (QList<int> {60, 0, 50})); // tail, then the whole list
}

void TestMovementWatcher::busyDayReadsOnlyTheReturnsTail()
{
    // The returns list of the day gets the same tail read as the documents list.
    const LinkedItem a = rig->linkItem(u"A"_s, 500, 500);
    QList<int> sales;
    for (int i = 0; i < 64; ++i) {
        QVERIFY(rig->sell(a, 1));
        sales.append(rig->lastDocumentId);
    }
    for (int i = 0; i < 60; ++i)
        QVERIFY(rig->returnUnits(sales.at(i), 1));
    auto w = watcher();
    const MovementPoll first = poll(*w);
    QCOMPARE(first.newReturns, 60);
    QVERIFY(w->commit(first));
    QCOMPARE(listOffsets(*rig, u"/v1/returns.json"_s), (QList<int> {0, 50})); // the whole day, once

    const qsizetype mark = rig->bsale.requests().size();
    QVERIFY(rig->returnUnits(sales.at(60), 1));
    QVERIFY(rig->returnUnits(sales.at(61), 1));
    const MovementPoll second = poll(*w);
    QVERIFY2(second.ok, qPrintable(second.error.toString()));
    QCOMPARE(second.newReturns, 2);
    QCOMPARE(second.touchedVariantIds, QSet<int> {a.erpVariantId});
    QCOMPARE(listOffsets(*rig, u"/v1/returns.json"_s, mark), QList<int> {50}); // from 60 - 10
    QVERIFY(w->commit(second));
}

void TestMovementWatcher::otherOfficesAreIgnored()
{
    fakes::bsale::Office office;
    office.name = u"Bodega"_s;
    const int other = rig->bsale.addOffice(office);
    const LinkedItem a = rig->linkItem(u"A"_s, 10, 10);
    rig->bsale.setStock(a.erpVariantId, other, 10);
    fakes::FakeBsale::MovementLine line;
    line.variantId = a.erpVariantId;
    line.quantity = 3;
    QVERIFY(rig->bsale.reception(other, {line}).ok());
    QVERIFY(rig->bsale.consumption(other, {line}).ok());

    auto single = watcher(); // the basic office only: filtered by Bsale
    QCOMPARE(poll(*single).newMovements(), 0);

    auto both = watcher({rig->basics.officeId, other}); // two offices: every list, kept here
    MovementPoll p = poll(*both);
    QCOMPARE(p.newReceptions, 1);
    QCOMPARE(p.newConsumptions, 1);

    auto third = watcher({rig->basics.officeId, other + 100}); // two offices, not this one
    QCOMPARE(poll(*third).newMovements(), 0);
}

void TestMovementWatcher::failureReportsNothingTouched()
{
    const LinkedItem a = rig->linkItem(u"A"_s, 10, 10);
    QVERIFY(rig->receive(a, 1));
    rig->bsale.injectFault(fakes::HttpFault::Reset, 20, u"receptions"_s);
    auto w = watcher();
    const MovementPoll p = poll(*w);
    QVERIFY(!p.ok);
    QVERIFY(p.error.isError());
    QVERIFY(p.touchedVariantIds.isEmpty());
    QVERIFY(!w->commit(p));
}

void TestMovementWatcher::daysAroundMidnight()
{
    auto w = watcher();
    // 12:00 in Santiago (UTC-3 in March): one day.
    QCOMPARE(w->daysToWatch(QDateTime(QDate(2025, 3, 11), QTime(15, 0), QTimeZone::utc())),
             QList<QDate> {QDate(2025, 3, 11)});
    // 22:00 in Santiago is 01:00 UTC the next day: both dates.
    QCOMPARE(w->daysToWatch(QDateTime(QDate(2025, 3, 12), QTime(1, 0), QTimeZone::utc())),
             (QList<QDate> {QDate(2025, 3, 11), QDate(2025, 3, 12)}));
    // 00:30 in Santiago (03:30 UTC): yesterday too, inside the 120-minute grace.
    QCOMPARE(w->daysToWatch(QDateTime(QDate(2025, 3, 12), QTime(3, 30), QTimeZone::utc())),
             (QList<QDate> {QDate(2025, 3, 11), QDate(2025, 3, 12)}));
    // 02:30 in Santiago: grace over.
    QCOMPARE(w->daysToWatch(QDateTime(QDate(2025, 3, 12), QTime(5, 30), QTimeZone::utc())),
             QList<QDate> {QDate(2025, 3, 12)});
    // In July Santiago is UTC-4: 20:30 local is 00:30 UTC next day.
    QCOMPARE(w->daysToWatch(QDateTime(QDate(2025, 7, 2), QTime(0, 30), QTimeZone::utc())),
             (QList<QDate> {QDate(2025, 7, 1), QDate(2025, 7, 2)}));
}

void TestMovementWatcher::forgottenDaysArePruned()
{
    const LinkedItem a = rig->linkItem(u"A"_s, 10, 10);
    QVERIFY(rig->receive(a, 1));
    auto w = watcher();
    QVERIFY(w->commit(poll(*w)));
    rig->clock.advance(qint64(26) * 3600 * 1000); // the next day, 17:00 in Santiago
    QVERIFY(rig->receive(a, 1));
    const MovementPoll p = poll(*w);
    QCOMPARE(p.days, QList<QDate> {QDate(2025, 3, 12)});
    QCOMPARE(p.newReceptions, 1);
    QVERIFY(w->commit(p));
    const auto stored = CursorRepository(*rig->journal).value(MovementWatcher::cursorName(u"receptions"_s));
    QVERIFY(stored && !stored->contains(u"2025-03-11"_s));
    QVERIFY2(stored->contains(u"\"2025-03-12\":[2]"_s), qPrintable(*stored));
}

QTEST_GUILESS_MAIN(TestMovementWatcher)
#include "tst_movementwatcher.moc"
