// 100,000 variants on each side: the Products page reads them off the GUI thread (a timer on the
// GUI thread keeps ticking while it does) and filters and sorts them. Timings go to the log
// (qInfo) for people to read; they are not asserted, the machine may be busy.
#include <QtCore/QElapsedTimer>
#include <QtCore/QTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QTreeView>

#include "CatalogFilterProxy.h"
#include "CatalogFixture.h"
#include "CatalogPane.h"
#include "ErpCatalogModel.h"
#include "ProductsPage.h"
#include "StoreCatalogModel.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;

namespace {

constexpr int kRows = 100000;

/** Counts the GUI thread's timer ticks and the longest gap between two of them. */
class TickCounter
{
public:
    explicit TickCounter(QObject *context)
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, context, [this] {
            m_longestGap = std::max(m_longestGap, m_sinceLast.restart());
            ++m_ticks;
        });
    }
    void start()
    {
        m_ticks = 0;
        m_longestGap = 0;
        m_sinceLast.start();
        m_timer.start();
    }
    int ticks() const { return m_ticks; }
    qint64 longestGap() const { return m_longestGap; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    int m_ticks = 0;
    qint64 m_longestGap = 0;
};

template<typename Step>
qint64 timed(Step step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    return timer.elapsed();
}

} // namespace

class tst_ProductsPageLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void largeCatalogueLoadsOffTheGuiThreadAndFilters();
};

void tst_ProductsPageLoad::largeCatalogueLoadsOffTheGuiThreadAndFilters()
{
    test::CatalogFixture fixture;
    QVERIFY(fixture.isValid());
    const qint64 fillMs = timed([&] { QVERIFY(fixture.fillLarge(kRows)); });
    qInfo("filled the journal with %d + %d rows in %lld ms", kRows, kRows, fillMs);

    ProductsPage page;
    page.resize(1400, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy loaded(&page, &ProductsPage::loaded);
    TickCounter ticks(this);
    ticks.start();

    QElapsedTimer load;
    load.start();
    page.setJournal(&fixture.journal());
    const qint64 requestMs = load.elapsed();
    QVERIFY(page.isLoading());
    int ticksWhileReading = 0;
    connect(&page, &ProductsPage::loaded, this, [&] { ticksWhileReading = ticks.ticks(); });
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 60000);
    const qint64 loadMs = load.elapsed();
    QCOMPARE(page.erpModel()->rowCount(), kRows);
    QCOMPARE(page.storeModel()->rowCount(), kRows);
    QCOMPARE(page.erpModel()->linkedCount(), kRows / 2);
    QCOMPARE(page.erpPane()->proxy()->rowCount(), kRows);
    // The GUI thread kept running its event loop while the worker read the journal.
    QVERIFY2(ticksWhileReading >= 3, qPrintable(u"only %1 ticks during the read"_s.arg(ticksWhileReading)));
    QTest::qWait(50); // let the ticks after the hand-over show the cost of the model reset
    qInfo("setJournal() returned after %lld ms; %d rows per side shown after %lld ms; the GUI thread ticked %d times "
          "during the read, longest stall %lld ms (model reset and first sort)",
          requestMs, kRows, loadMs, ticksWhileReading, ticks.longestGap());

    CatalogPane *pane = page.erpPane();
    const qint64 searchMs = timed([&] { pane->proxy()->setSearchText(u"algodon"_s); });
    const int algodon = pane->proxy()->rowCount();
    QVERIFY(algodon > 0 && algodon < kRows);
    QCOMPARE(pane->proxy()->index(0, ErpCatalogModel::ProductColumn).data().toString().contains(u"Algodón"_s), true);
    const qint64 narrowMs = timed([&] { pane->proxy()->setSearchText(u"algodon 000120"_s); });
    QCOMPARE(pane->proxy()->rowCount(), 3); // product 120: "Polera Algodón 120", variants 300 to 302
    const qint64 clearMs = timed([&] { pane->proxy()->setSearchText({}); });
    QCOMPARE(pane->proxy()->rowCount(), kRows);
    const qint64 linkedMs = timed([&] { pane->filterBox()->setCurrentIndex(1); });
    QCOMPARE(pane->proxy()->rowCount(), kRows / 2);
    const qint64 allMs = timed([&] { pane->filterBox()->setCurrentIndex(0); });
    const qint64 sortMs = timed([&] { pane->view()->sortByColumn(ErpCatalogModel::PriceColumn, Qt::DescendingOrder); });
    QCOMPARE(pane->proxy()->rowCount(), kRows);
    const qint64 unsortMs =
        timed([&] { pane->view()->sortByColumn(ErpCatalogModel::ProductColumn, Qt::AscendingOrder); });
    qInfo("100k rows: search %lld ms (%d matches), narrower search %lld ms, clear %lld ms, "
          "linked-only %lld ms, all again %lld ms, sort by price %lld ms, back to product order %lld ms",
          searchMs, algodon, narrowMs, clearMs, linkedMs, allMs, sortMs, unsortMs);

    // A reload of the whole catalogue does not stall the GUI thread either.
    loaded.clear();
    ticks.start();
    page.reload();
    connect(&page, &ProductsPage::loaded, this, [&] { ticksWhileReading = ticks.ticks(); });
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 60000);
    QVERIFY(ticksWhileReading >= 3);
    QTest::qWait(50);
    qInfo("reload: %d ticks during the read, longest stall %lld ms (model reset, old rows let go)", ticksWhileReading,
          ticks.longestGap());
}

QTEST_MAIN(tst_ProductsPageLoad)
#include "tst_productspageload.moc"
