// The Products page offscreen on a real journal file: both catalogue lists, their filters, the
// link/unlink/import requests, jumping to a partner, reloads, hints, the empty state, Spanish,
// and a look at the demo catalogue (PUENTE_SCREENSHOT=1 writes /tmp/puente-products.png).
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTreeView>

#include "CatalogFilterProxy.h"
#include "CatalogFixture.h"
#include "CatalogPane.h"
#include "DemoCatalogueRows.h"
#include "ErpCatalogModel.h"
#include "MainWindow.h"
#include "ProductsPage.h"
#include "StoreCatalogModel.h"
#include "Translations.h"
#include "seed/DemoShop.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;
using puente::test::CatalogFixture;

namespace {

const StoreVariantKey kPoleraM {2001, 3001};
const StoreVariantKey kPoleraL {2001, 3002};
const StoreVariantKey kCojin {2002, 0};
const StoreVariantKey kTaza {2003, 0};

/** Four Bsale variants, four store items, one link (Polera M by SKU). */
bool fillSmall(const CatalogFixture &fixture)
{
    return fixture.addErp({
               {1001, 101, u"Polera Algodón"_s, u"Talla M / Azul"_s, u"PA-001-M"_s, 12990, 5, u"7800000000011"_s},
               {1002, 101, u"Polera Algodón"_s, u"Talla L / Azul"_s, u"PA-001-L"_s, 12990, 0},
               {1003, 102, u"Cojín Lino"_s, {}, u"CL-002"_s, 8990, 12.5},
               {1004, 103, u"Bufanda Lana"_s, {}, u"BL-003"_s, {}, 3, {}, false},
           })
        && fixture.addStore({
            {kPoleraM, u"Polera Algodón"_s, u"M / Azul"_s, u"PA-001-M"_s, 12990, 5},
            {kPoleraL, u"POLERA ALGODÓN"_s, u"L / Azul"_s, u"PA-001-L"_s, 12990, 0},
            {kCojin, u"Cojin de lino"_s, {}, u"CL-2"_s, 8990, 10, u"not-available"_s},
            {kTaza, u"Taza Cerámica"_s, {}, u"TC-9"_s, 4990, std::nullopt, u"disabled"_s},
        })
        && fixture.addLink(1001, kPoleraM, u"sku"_s);
}

template<typename T>
T *child(const QWidget &parent, const QString &name)
{
    auto *widget = parent.findChild<T *>(name);
    if (!widget)
        qWarning() << "no child" << name;
    return widget;
}

QModelIndex proxyIndex(const CatalogPane *pane, int sourceRow, int column = 0)
{
    const QModelIndex source = pane->proxy()->sourceModel()->index(sourceRow, column);
    return pane->proxy()->mapFromSource(source);
}

void click(const CatalogPane *pane, int sourceRow)
{
    const QModelIndex index = proxyIndex(pane, sourceRow, 1);
    QTreeView *view = pane->view();
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

void doubleClick(const CatalogPane *pane, int sourceRow)
{
    const QModelIndex index = proxyIndex(pane, sourceRow, 1);
    QTreeView *view = pane->view();
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    // A real double-click is press, release, then a double-click event (QTest::mouseDClick
    // sends only the latter, which is what QAbstractItemView reacts to).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
}

int currentSourceRow(const CatalogPane *pane)
{
    return pane->proxy()->mapToSource(pane->view()->currentIndex()).row();
}

QStringList column(const CatalogPane *pane, int column)
{
    QStringList texts;
    for (int row = 0; row < pane->proxy()->rowCount(); ++row)
        texts.append(pane->proxy()->index(row, column).data().toString());
    return texts;
}

} // namespace

class tst_ProductsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void showsBothCataloguesWithTheirColumns();
    void showsLinkStateAndHow();
    void countsVariantsAndLinks();
    void filtersByLinkState();
    void textFilterIgnoresCaseAndAccents();
    void sortsByClickedColumn();
    void linkNeedsOneUnlinkedRowOnEachSide();
    void linkButtonEmitsTheSelectedPair();
    void unlinkEmitsTheLinkOfEitherSide();
    void importEmitsDistinctUnlinkedProducts();
    void syncButtonEmitsSyncRequest();
    void doubleClickSelectsThePartner();
    void doubleClickClearsFiltersThatHideThePartner();
    void reloadShowsNewLinkAndKeepsSelection();
    void needsManualLinkFromHintsAndJournal();
    void emptyStateUntilThereIsACatalogue();
    void speaksSpanish();
    void demoCatalogueLooksRight();

private:
    /** A shown page on `fixture`'s journal, after its first read. */
    std::unique_ptr<ProductsPage> openPage(const CatalogFixture &fixture);

    std::unique_ptr<CatalogFixture> m_fixture;
    Translations m_english;
};

void tst_ProductsPage::initTestCase()
{
    // The English catalogue supplies the plural forms ("1 variant", "4 variants").
    QVERIFY(m_english.install(u"en"_s));
}

void tst_ProductsPage::init()
{
    m_fixture = std::make_unique<CatalogFixture>();
    QVERIFY(m_fixture->isValid());
}

std::unique_ptr<ProductsPage> tst_ProductsPage::openPage(const CatalogFixture &fixture)
{
    auto page = std::make_unique<ProductsPage>();
    page->resize(1400, 800);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        return nullptr;
    QSignalSpy loaded(page.get(), &ProductsPage::loaded);
    page->setJournal(&fixture.journal());
    if (!loaded.wait(10000))
        return nullptr;
    return page;
}

void tst_ProductsPage::showsBothCataloguesWithTheirColumns()
{
    QVERIFY(fillSmall(*m_fixture));
    const auto page = openPage(*m_fixture);
    QVERIFY(page);
    const ErpCatalogModel *erp = page->erpModel();
    const StoreCatalogModel *store = page->storeModel();
    QCOMPARE(erp->rowCount(), 4);
    QCOMPARE(store->rowCount(), 4);
    QCOMPARE(erp->columnCount(), 6);
    QCOMPARE(store->columnCount(), 7);
    QStringList erpHeaders;
    for (int c = 0; c < erp->columnCount(); ++c)
        erpHeaders << erp->headerData(c, Qt::Horizontal).toString();
    QCOMPARE(erpHeaders, (QStringList {u"SKU"_s, u"Product"_s, u"Variant"_s, u"Price"_s, u"Stock"_s, u"Link"_s}));
    QCOMPARE(store->headerData(StoreCatalogModel::StatusColumn, Qt::Horizontal).toString(), u"Status"_s);

    // Sorted by product name, accents folded: Bufanda, Cojín, Polera L, Polera M.
    QCOMPARE(column(page->erpPane(), ErpCatalogModel::SkuColumn),
             (QStringList {u"BL-003"_s, u"CL-002"_s, u"PA-001-L"_s, u"PA-001-M"_s}));
    const int m = erp->rowOf(1001);
    QCOMPARE(erp->index(m, ErpCatalogModel::ProductColumn).data().toString(), u"Polera Algodón"_s);
    QCOMPARE(erp->index(m, ErpCatalogModel::VariantColumn).data().toString(), u"Talla M / Azul"_s);
    QVERIFY(erp->index(m, ErpCatalogModel::PriceColumn).data().toString().startsWith(u'$'));
    QVERIFY(erp->index(m, ErpCatalogModel::PriceColumn).data().toString().contains(u"990"_s));
    QCOMPARE(erp->index(m, ErpCatalogModel::StockColumn).data().toString(), u"5"_s);
    QCOMPARE(erp->index(m, ErpCatalogModel::SkuColumn).data(Qt::ToolTipRole).toString(),
             u"PA-001-M\nBarcode 7800000000011"_s);
    QCOMPARE(erp->index(m, ErpCatalogModel::ProductColumn).data(Qt::ToolTipRole).toString(),
             u"Polera Algodón — Talla M / Azul"_s);
    QCOMPARE(erp->index(m, 0).data(ErpCatalogModel::VariantIdRole).toLongLong(), 1001);
    QCOMPARE(erp->index(m, 0).data(ErpCatalogModel::ProductIdRole).toLongLong(), 101);
    const int cojin = erp->rowOf(1003);
    QCOMPARE(erp->index(cojin, ErpCatalogModel::StockColumn).data().toString(), QLocale().toString(12.5, 'f', 2));
    const int bufanda = erp->rowOf(1004);
    QCOMPARE(erp->index(bufanda, ErpCatalogModel::PriceColumn).data().toString(), QString());
    QCOMPARE(erp->index(bufanda, ErpCatalogModel::ProductColumn).data(Qt::ToolTipRole).toString(),
             u"Bufanda Lana\nInactive in Bsale"_s);
    QVERIFY(erp->index(bufanda, ErpCatalogModel::ProductColumn).data(Qt::ForegroundRole).isValid());

    const int taza = store->rowOf(kTaza);
    QCOMPARE(store->index(taza, StoreCatalogModel::StatusColumn).data().toString(), u"Disabled"_s);
    QCOMPARE(store->index(taza, StoreCatalogModel::StockColumn).data().toString(), QString());
    QCOMPARE(store->index(store->rowOf(kCojin), StoreCatalogModel::StatusColumn).data().toString(), u"Not available"_s);
    QCOMPARE(store->index(store->rowOf(kPoleraM), StoreCatalogModel::StatusColumn).data().toString(), u"Available"_s);
    QCOMPARE(store->index(store->rowOf(kPoleraM), 0).data(StoreCatalogModel::StoreKeyRole).value<StoreVariantKey>(),
             kPoleraM);
}

void tst_ProductsPage::showsLinkStateAndHow()
{
    QVERIFY(fillSmall(*m_fixture));
    QVERIFY(m_fixture->addLink(1003, kCojin, u"manual"_s));
    const auto page = openPage(*m_fixture);
    QVERIFY(page);
    const ErpCatalogModel *erp = page->erpModel();
    const StoreCatalogModel *store = page->storeModel();
    const auto linkCell = [](const QAbstractItemModel *model, int row, int column) {
        return model->index(row, column);
    };
    const QModelIndex poleraM = linkCell(erp, erp->rowOf(1001), ErpCatalogModel::LinkColumn);
    QCOMPARE(poleraM.data().toString(), u"By SKU"_s);
    QCOMPARE(poleraM.data(CatalogTableModel::LinkStateRole).toInt(), int(LinkState::Linked));
    QVERIFY(poleraM.data(Qt::ToolTipRole).toString().contains(u"Polera Algodón — M / Azul"_s));
    QVERIFY(!poleraM.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(linkCell(erp, erp->rowOf(1003), ErpCatalogModel::LinkColumn).data().toString(), u"By hand"_s);
    QCOMPARE(linkCell(erp, erp->rowOf(1002), ErpCatalogModel::LinkColumn).data().toString(), u"Not linked"_s);
    QCOMPARE(
        linkCell(erp, erp->rowOf(1002), ErpCatalogModel::LinkColumn).data(CatalogTableModel::LinkStateRole).toInt(),
        int(LinkState::Unlinked));

    const QModelIndex storeM = linkCell(store, store->rowOf(kPoleraM), StoreCatalogModel::LinkColumn);
    QCOMPARE(storeM.data().toString(), u"By SKU"_s);
    QVERIFY(storeM.data(Qt::ToolTipRole).toString().contains(u"Polera Algodón — Talla M / Azul"_s));
    QCOMPARE(store->row(store->rowOf(kCojin)).link.partnerErpVariantId, 1003);
    QCOMPARE(linkCell(store, store->rowOf(kTaza), StoreCatalogModel::LinkColumn).data().toString(), u"Not linked"_s);
}

void tst_ProductsPage::countsVariantsAndLinks()
{
    QVERIFY(fillSmall(*m_fixture));
    const auto page = openPage(*m_fixture);
    QVERIFY(page);
    const auto *erpCounts = child<QLabel>(*page, u"erpCounts"_s);
    QVERIFY(erpCounts);
    QCOMPARE(erpCounts->text(), u"4 variants · 1 linked"_s);
    page->erpPane()->filterBox()->setCurrentIndex(2); // not linked
    QCOMPARE(erpCounts->text(), u"4 variants · 1 linked · 3 shown"_s);
}

void tst_ProductsPage::filtersByLinkState()
{
    QVERIFY(fillSmall(*m_fixture));
    const auto page = openPage(*m_fixture);
    QVERIFY(page);
    page->setManualLinkHints({{1002, {}, u"SKU 'PA-001-L' is on two Jumpseller products"_s}});
    QTRY_COMPARE(page->erpModel()->linkState(page->erpModel()->rowOf(1002)), LinkState::NeedsManualLink);
    QComboBox *filter = page->erpPane()->filterBox();
    QCOMPARE(filter->count(), 4);
    const QList<QPair<int, QStringList>> expected {
        {0, {u"BL-003"_s, u"CL-002"_s, u"PA-001-L"_s, u"PA-001-M"_s}},
        {1, {u"PA-001-M"_s}},
        {2, {u"BL-003"_s, u"CL-002"_s, u"PA-001-L"_s}}, // not linked includes "needs manual link"
        {3, {u"PA-001-L"_s}},
    };
    for (const auto &[index, skus] : expected) {
        filter->setCurrentIndex(index);
        QCOMPARE(filter->currentData().value<LinkStateFilter>(), page->erpPane()->proxy()->linkStateFilter());
        QCOMPARE(column(page->erpPane(), ErpCatalogModel::SkuColumn), skus);
    }
    // The other side filters on its own.
    QCOMPARE(page->storePane()->proxy()->rowCount(), 4);
}

void tst_ProductsPage::textFilterIgnoresCaseAndAccents()
{
    QVERIFY(fillSmall(*m_fixture));
    QVERIFY(m_fixture->addErp({{1005, 104, u"Polera Lino"_s, u"Talla S"_s, u"PL-004-S"_s, 9990, 1}}));
    const auto page = openPage(*m_fixture);
    QVERIFY(page);
    QLineEdit *search = page->erpPane()->searchBox();
    QCOMPARE(search->objectName(), u"erpSearch"_s);
    QTest::keyClicks(search, u"algodon"_s);
    QTRY_COMPARE(column(page->erpPane(), ErpCatalogModel::SkuColumn), (QStringList {u"PA-001-L"_s, u"PA-001-M"_s}));
    QCOMPARE(column(page->erpPane(), ErpCatalogModel::ProductColumn).constFirst(), u"Polera Algodón"_s);

    // Every word must match, in any order, against SKU, names and barcode alike.
    search->clear();
    QTest::keyClicks(search, u"AZUL  polera"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(column(page->erpPane(), ErpCatalogModel::SkuColumn), (QStringList {u"PA-001-L"_s, u"PA-001-M"_s}));
    search->setText(u"m azul"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(column(page->erpPane(), ErpCatalogModel::SkuColumn), (QStringList {u"PA-001-M"_s}));
    search->setText(u"pa-001-m"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(column(page->erpPane(), ErpCatalogModel::SkuColumn), (QStringList {u"PA-001-M"_s}));
    search->setText(u"7800000000011"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(column(page->erpPane(), ErpCatalogModel::SkuColumn), (QStringList {u"PA-001-M"_s}));
    search->setText(u"cojín"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(column(page->erpPane(), ErpCatalogModel::SkuColumn), (QStringList {u"CL-002"_s}));
    search->clear(); // clearing shows everything at once
    QCOMPARE(page->erpPane()->proxy()->rowCount(), 5);

    // The store side: upper case and no accent in the data, accent in the search.
    QLineEdit *storeSearch = page->storePane()->searchBox();
    storeSearch->setText(u"algodón"_s); // QTest::keyClicks types ASCII only
    QTest::keyClick(storeSearch, Qt::Key_Return);
    QCOMPARE(column(page->storePane(), StoreCatalogModel::ProductColumn),
             (QStringList {u"POLERA ALGODÓN"_s, u"Polera Algodón"_s}));
    storeSearch->setText(u"cojin"_s);
    QTest::keyClick(storeSearch, Qt::Key_Return);
    QCOMPARE(column(page->storePane(), StoreCatalogModel::SkuColumn), (QStringList {u"CL-2"_s}));
    // Text and link state combine.
    page->storePane()->filterBox()->setCurrentIndex(1);
    QCOMPARE(page->storePane()->proxy()->rowCount(), 0);
}

void tst_ProductsPage::sortsByClickedColumn()
{
    QVERIFY(fillSmall(*m_fixture));
    const auto page = openPage(*m_fixture);
    QVERIFY(page);
    QTreeView *view = page->storePane()->view();
    view->sortByColumn(StoreCatalogModel::PriceColumn, Qt::AscendingOrder);
    QCOMPARE(column(page->storePane(), StoreCatalogModel::SkuColumn).constFirst(), u"TC-9"_s);
    view->sortByColumn(StoreCatalogModel::SkuColumn, Qt::DescendingOrder);
    QCOMPARE(column(page->storePane(), StoreCatalogModel::SkuColumn),
             (QStringList {u"TC-9"_s, u"PA-001-M"_s, u"PA-001-L"_s, u"CL-2"_s}));
}

void tst_ProductsPage::linkNeedsOneUnlinkedRowOnEachSide()
{
    QVERIFY(fillSmall(*m_fixture));
    const auto page = openPage(*m_fixture);
    QVERIFY(page);
    auto *link = child<QPushButton>(*page, u"linkButton"_s);
    QVERIFY(link);
    QVERIFY(!link->isEnabled());
    click(page->erpPane(), page->erpModel()->rowOf(1002));
    QVERIFY(!link->isEnabled()); // one side only
    click(page->storePane(), page->storeModel()->rowOf(kPoleraM));
    QVERIFY(!link->isEnabled()); // the store row is linked already
    click(page->storePane(), page->storeModel()->rowOf(kPoleraL));
    QVERIFY(link->isEnabled());
    // Two Bsale rows: which one is meant?
    const QModelIndex other = proxyIndex(page->erpPane(), page->erpModel()->rowOf(1003), 1);
    QTest::mouseClick(page->erpPane()->view()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      page->erpPane()->view()->visualRect(other).center());
    QCOMPARE(page->erpPane()->selectedSourceRows().size(), 2);
    QVERIFY(!link->isEnabled());
    click(page->erpPane(), page->erpModel()->rowOf(1001)); // linked
    QVERIFY(!link->isEnabled());
}

void tst_ProductsPage::linkButtonEmitsTheSelectedPair()
{
    QVERIFY(fillSmall(*m_fixture));
    const auto page = openPage(*m_fixture);
    QVERIFY(page);
    QSignalSpy requests(page.get(), &ProductsPage::linkRequested);
    click(page->erpPane(), page->erpModel()->rowOf(1003));
    click(page->storePane(), page->storeModel()->rowOf(kCojin));
    auto *link = child<QPushButton>(*page, u"linkButton"_s);
    QVERIFY(link->isEnabled());
    QTest::mouseClick(link, Qt::LeftButton);
    QCOMPARE(requests.count(), 1);
    QCOMPARE(requests.at(0).at(0).toLongLong(), 1003);
    QCOMPARE(requests.at(0).at(1).value<StoreVariantKey>(), kCojin);
    // The page does not pretend: the link shows once the journal has it.
    QCOMPARE(page->erpModel()->linkState(page->erpModel()->rowOf(1003)), LinkState::Unlinked);
}

void tst_ProductsPage::unlinkEmitsTheLinkOfEitherSide()
{
    QVERIFY(fillSmall(*m_fixture));
    const auto page = openPage(*m_fixture);
    QVERIFY(page);
    QSignalSpy requests(page.get(), &ProductsPage::unlinkRequested);
    auto *unlink = child<QPushButton>(*page, u"unlinkButton"_s);
    QVERIFY(!unlink->isEnabled());
    click(page->erpPane(), page->erpModel()->rowOf(1002));
    QVERIFY(!unlink->isEnabled()); // not linked
    click(page->erpPane(), page->erpModel()->rowOf(1001));
    QVERIFY(unlink->isEnabled());
    QTest::mouseClick(unlink, Qt::LeftButton);
    QCOMPARE(requests.count(), 1);
    QCOMPARE(requests.takeFirst().at(0).toLongLong(), 1001);

    // From the store side: the Bsale variant it is linked to.
    page->erpPane()->view()->clearSelection();
    QVERIFY(!unlink->isEnabled());
    click(page->storePane(), page->storeModel()->rowOf(kPoleraM));
    QVERIFY(unlink->isEnabled());
    QTest::mouseClick(unlink, Qt::LeftButton);
    QCOMPARE(requests.count(), 1);
    QCOMPARE(requests.takeFirst().at(0).toLongLong(), 1001);

    // Both sides of the same link selected: still that one link.
    click(page->erpPane(), page->erpModel()->rowOf(1001));
    QVERIFY(unlink->isEnabled());
    QVERIFY(!child<QPushButton>(*page, u"linkButton"_s)->isEnabled());
}

void tst_ProductsPage::importEmitsDistinctUnlinkedProducts()
{
    QVERIFY(fillSmall(*m_fixture));
    const auto page = openPage(*m_fixture);
    QVERIFY(page);
    QSignalSpy requests(page.get(), &ProductsPage::importRequested);
    auto *import = child<QPushButton>(*page, u"importButton"_s);
    QVERIFY(!import->isEnabled());
    QItemSelection selection;
    for (const qint64 id : {1002, 1003, 1004}) {
        const QModelIndex index = proxyIndex(page->erpPane(), page->erpModel()->rowOf(id));
        selection.select(index, index);
    }
    page->erpPane()->view()->selectionModel()->select(selection,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(requests.count(), 1);
    QList<qint64> products = requests.takeFirst().at(0).value<QList<qint64>>();
    std::sort(products.begin(), products.end());
    QCOMPARE(products, (QList<qint64> {101, 102, 103}));

    // A linked row in the selection: the store has that product already.
    const QModelIndex linked = proxyIndex(page->erpPane(), page->erpModel()->rowOf(1001));
    page->erpPane()->view()->selectionModel()->select(linked, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(!import->isEnabled());
}

void tst_ProductsPage::syncButtonEmitsSyncRequest()
{
    QVERIFY(fillSmall(*m_fixture));
    const auto page = openPage(*m_fixture);
    QVERIFY(page);
    QSignalSpy requests(page.get(), &ProductsPage::syncRequested);
    auto *sync = child<QPushButton>(*page, u"syncButton"_s);
    QTest::mouseClick(sync, Qt::LeftButton);
    QCOMPARE(requests.count(), 1);
    page->setSyncRunning(true);
    QVERIFY(!sync->isEnabled());
    QCOMPARE(child<QLabel>(*page, u"catalogStatus"_s)->text(), u"Syncing…"_s);
    page->setSyncRunning(false);
    QVERIFY(sync->isEnabled());
}

void tst_ProductsPage::doubleClickSelectsThePartner()
{
    QVERIFY(fillSmall(*m_fixture));
    const auto page = openPage(*m_fixture);
    QVERIFY(page);
    doubleClick(page->erpPane(), page->erpModel()->rowOf(1001));
    QCOMPARE(currentSourceRow(page->storePane()), page->storeModel()->rowOf(kPoleraM));
    QCOMPARE(page->storePane()->selectedSourceRows(), QList<int> {page->storeModel()->rowOf(kPoleraM)});
    QVERIFY(page->storePane()->view()->hasFocus());

    // And back.
    page->erpPane()->view()->clearSelection();
    doubleClick(page->storePane(), page->storeModel()->rowOf(kPoleraM));
    QCOMPARE(page->erpPane()->selectedSourceRows(), QList<int> {page->erpModel()->rowOf(1001)});

    // An unlinked row has no partner: the other side stays as it is.
    doubleClick(page->erpPane(), page->erpModel()->rowOf(1002));
    QCOMPARE(page->storePane()->selectedSourceRows(), QList<int> {page->storeModel()->rowOf(kPoleraM)});
}

void tst_ProductsPage::doubleClickClearsFiltersThatHideThePartner()
{
    QVERIFY(fillSmall(*m_fixture));
    const auto page = openPage(*m_fixture);
    QVERIFY(page);
    page->storePane()->searchBox()->setText(u"taza"_s);
    QTest::keyClick(page->storePane()->searchBox(), Qt::Key_Return);
    page->storePane()->filterBox()->setCurrentIndex(2);
    QCOMPARE(page->storePane()->proxy()->rowCount(), 1);
    doubleClick(page->erpPane(), page->erpModel()->rowOf(1001));
    QCOMPARE(page->storePane()->searchBox()->text(), QString());
    QCOMPARE(page->storePane()->filterBox()->currentIndex(), 0);
    QCOMPARE(page->storePane()->proxy()->rowCount(), 4);
    QCOMPARE(currentSourceRow(page->storePane()), page->storeModel()->rowOf(kPoleraM));
}

void tst_ProductsPage::reloadShowsNewLinkAndKeepsSelection()
{
    QVERIFY(fillSmall(*m_fixture));
    const auto page = openPage(*m_fixture);
    QVERIFY(page);
    click(page->erpPane(), page->erpModel()->rowOf(1002));
    click(page->storePane(), page->storeModel()->rowOf(kPoleraL));
    QVERIFY(child<QPushButton>(*page, u"linkButton"_s)->isEnabled());

    // What the sync controller does with the request, then its linksChanged → reload().
    QVERIFY(m_fixture->addLink(1002, kPoleraL, u"manual"_s));
    QSignalSpy loaded(page.get(), &ProductsPage::loaded);
    page->reload();
    QVERIFY(page->isLoading());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(page->erpModel()->linkState(page->erpModel()->rowOf(1002)), LinkState::Linked);
    QCOMPARE(page->erpModel()->index(page->erpModel()->rowOf(1002), ErpCatalogModel::LinkColumn).data().toString(),
             u"By hand"_s);
    QCOMPARE(page->storeModel()->row(page->storeModel()->rowOf(kPoleraL)).link.partnerErpVariantId, 1002);
    QCOMPARE(child<QLabel>(*page, u"erpCounts"_s)->text(), u"4 variants · 2 linked"_s);
    // The same rows stay selected; now they can be unlinked, not linked.
    QCOMPARE(page->erpPane()->selectedSourceRows(), QList<int> {page->erpModel()->rowOf(1002)});
    QCOMPARE(page->storePane()->selectedSourceRows(), QList<int> {page->storeModel()->rowOf(kPoleraL)});
    QVERIFY(!child<QPushButton>(*page, u"linkButton"_s)->isEnabled());
    QVERIFY(child<QPushButton>(*page, u"unlinkButton"_s)->isEnabled());

    // Several reloads in a burst end in one picture of the newest journal.
    QVERIFY(m_fixture->removeLink(1002));
    loaded.clear();
    for (int i = 0; i < 5; ++i)
        page->reload();
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY(!page->isLoading());
    QCOMPARE(page->erpModel()->linkState(page->erpModel()->rowOf(1002)), LinkState::Unlinked);
    QVERIFY(loaded.count() <= 2);
}

void tst_ProductsPage::needsManualLinkFromHintsAndJournal()
{
    QVERIFY(fillSmall(*m_fixture));
    QVERIFY(m_fixture->addIssue(0, kCojin, u"SKU 'CL-2' is on 2 Jumpseller products"_s));
    QVERIFY(m_fixture->addIssue(1001, {}, u"ignored: the row is linked"_s));
    const auto page = openPage(*m_fixture);
    QVERIFY(page);
    const StoreCatalogModel *store = page->storeModel();
    const QModelIndex cojin = store->index(store->rowOf(kCojin), StoreCatalogModel::LinkColumn);
    QCOMPARE(cojin.data(CatalogTableModel::LinkStateRole).toInt(), int(LinkState::NeedsManualLink));
    QCOMPARE(cojin.data().toString(), u"Needs manual link"_s);
    QCOMPARE(cojin.data(Qt::ToolTipRole).toString(), u"SKU 'CL-2' is on 2 Jumpseller products"_s);
    QCOMPARE(page->erpModel()->linkState(page->erpModel()->rowOf(1001)), LinkState::Linked);

    // Hints from the sync engine's summary add to the journal's list.
    page->setManualLinkHints({{1003, {}, u"Two store products carry this SKU"_s}, {0, kTaza, {}}});
    QTRY_COMPARE(page->erpModel()->linkState(page->erpModel()->rowOf(1003)), LinkState::NeedsManualLink);
    QCOMPARE(store->linkState(store->rowOf(kTaza)), LinkState::NeedsManualLink);
    QCOMPARE(store->linkState(store->rowOf(kCojin)), LinkState::NeedsManualLink);
    const ErpCatalogModel *erp = page->erpModel();
    QCOMPARE(erp->index(erp->rowOf(1003), ErpCatalogModel::LinkColumn).data(Qt::ToolTipRole).toString(),
             u"Two store products carry this SKU"_s);
    page->erpPane()->filterBox()->setCurrentIndex(3);
    QCOMPARE(column(page->erpPane(), ErpCatalogModel::SkuColumn), QStringList {u"CL-002"_s});
    // A row that needs a manual link can still be linked by hand.
    click(page->erpPane(), erp->rowOf(1003));
    click(page->storePane(), store->rowOf(kTaza));
    QVERIFY(child<QPushButton>(*page, u"linkButton"_s)->isEnabled());
}

void tst_ProductsPage::emptyStateUntilThereIsACatalogue()
{
    ProductsPage page;
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *empty = child<QLabel>(page, u"catalogEmptyText"_s);
    QVERIFY(empty);
    QVERIFY(empty->isVisible()); // no journal at all
    QCOMPARE(empty->text(), u"No catalogues yet. Connect Bsale and Jumpseller in Settings or open the demo."_s);

    QSignalSpy loaded(&page, &ProductsPage::loaded);
    page.setJournal(&m_fixture->journal()); // an empty journal
    QVERIFY(loaded.wait(10000));
    QVERIFY(empty->isVisible());
    QVERIFY(!page.erpPane()->isVisible());

    QVERIFY(fillSmall(*m_fixture));
    page.reload();
    QVERIFY(loaded.wait(10000));
    QVERIFY(!empty->isVisible());
    QVERIFY(page.erpPane()->isVisible());

    page.setJournal(nullptr);
    QVERIFY(empty->isVisible());
    QCOMPARE(page.erpModel()->rowCount(), 0);
}

void tst_ProductsPage::speaksSpanish()
{
    QVERIFY(fillSmall(*m_fixture));
    Translations translations;
    QVERIFY(translations.install(u"es"_s));
    const auto page = openPage(*m_fixture);
    QVERIFY(page);
    QCOMPARE(child<QPushButton>(*page, u"linkButton"_s)->text(), u"Vincular"_s);
    QCOMPARE(child<QPushButton>(*page, u"unlinkButton"_s)->text(), u"Desvincular"_s);
    QCOMPARE(child<QPushButton>(*page, u"importButton"_s)->text(), u"Importar a Jumpseller"_s);
    QCOMPARE(child<QPushButton>(*page, u"syncButton"_s)->text(), u"Sincronizar ahora"_s);
    QCOMPARE(child<QLabel>(*page, u"catalogEmptyText"_s)->text(),
             u"Aún no hay catálogos. Conecta Bsale y Jumpseller en Configuración o abre la demo."_s);
    QCOMPARE(child<QLabel>(*page, u"erpCounts"_s)->text(), u"4 variantes · 1 vinculada"_s);
    QCOMPARE(page->erpModel()->headerData(ErpCatalogModel::PriceColumn, Qt::Horizontal).toString(), u"Precio"_s);
    QCOMPARE(page->erpPane()->filterBox()->itemText(3), u"Requiere vínculo manual"_s);
    QCOMPARE(page->erpModel()->index(page->erpModel()->rowOf(1001), ErpCatalogModel::LinkColumn).data().toString(),
             u"Por SKU"_s);
}

void tst_ProductsPage::demoCatalogueLooksRight()
{
    const fakes::DemoShopData demo = fakes::DemoShop::generate();
    QVERIFY(test::fillFromDemoShop(*m_fixture, demo));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(1);
    auto *page = qobject_cast<ProductsPage *>(window.currentPage());
    QVERIFY(page);
    QSignalSpy loaded(page, &ProductsPage::loaded);
    page->setJournal(&m_fixture->journal());
    QVERIFY(loaded.wait(20000));
    QCOMPARE(page->erpModel()->rowCount(), demo.erp.variants.size());
    QVERIFY(page->erpModel()->linkedCount() > page->erpModel()->rowCount() / 2);
    QVERIFY(page->erpModel()->linkedCount() < page->erpModel()->rowCount());
    int needsManual = 0;
    for (int row = 0; row < page->storeModel()->rowCount(); ++row)
        needsManual += page->storeModel()->linkState(row) == LinkState::NeedsManualLink ? 1 : 0;
    QVERIFY(needsManual >= demo.trouble.duplicateStoreSkus.size());
    // A linked row and its partner selected, as after a double-click.
    int linked = 0;
    while (page->erpModel()->linkState(
               page->erpPane()->proxy()->mapToSource(page->erpPane()->proxy()->index(linked, 0)).row())
           != LinkState::Linked)
        ++linked;
    const int erpRow = page->erpPane()->proxy()->mapToSource(page->erpPane()->proxy()->index(linked + 2, 0)).row();
    doubleClick(page->erpPane(), erpRow);
    if (page->erpModel()->linkState(erpRow) == LinkState::Linked)
        QCOMPARE(currentSourceRow(page->storePane()),
                 page->storeModel()->rowOf(page->erpModel()->row(erpRow).link.partnerStore));

    QTest::qWait(100); // let the layouts catch up with the new texts, as the event loop would
    const QImage image = window.grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
    if (qEnvironmentVariableIsSet("PUENTE_SCREENSHOT")) {
        QVERIFY(image.save(u"/tmp/puente-products.png"_s));
        window.resize(1440, 900);
        QTest::qWait(100);
        QVERIFY(window.grab().save(u"/tmp/puente-products-1440.png"_s));
        window.resize(1100, 700);
        Translations spanish;
        QVERIFY(spanish.install(u"es"_s));
        QTRY_COMPARE(child<QPushButton>(*page, u"linkButton"_s)->text(), u"Vincular"_s);
        QTest::qWait(100);
        QVERIFY(window.grab().save(u"/tmp/puente-products-es.png"_s));
        window.resize(1440, 900);
        QTest::qWait(100);
        QVERIFY(window.grab().save(u"/tmp/puente-products-es-1440.png"_s));
    }
}

QTEST_MAIN(tst_ProductsPage)
#include "tst_productspage.moc"
