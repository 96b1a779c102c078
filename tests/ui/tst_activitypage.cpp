// The Activity page offscreen on a real journal file: events listed newest first with their
// level, area and message, filtered by level, refreshed live without losing the selection.
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QTreeView>

#include "ActivityPage.h"
#include "CatalogFixture.h"
#include "EventLevelProxy.h"
#include "EventListModel.h"
#include "Translations.h"
#include "journal/EventLog.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;

namespace {

QStringList messages(const QAbstractItemModel *model)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, EventListModel::MessageColumn).data().toString());
    return texts;
}

} // namespace

class tst_ActivityPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void listsEventsNewestFirst();
    void filtersByLevel();
    void reloadAddsNewEventsOnTopAndKeepsSelection();
    void emptyStates();
    void speaksSpanish();

private:
    std::unique_ptr<ActivityPage> openPage();
    bool append(EventLevel level, const QString &subsystem, const QString &message, const QString &details = {});

    std::unique_ptr<test::CatalogFixture> m_fixture;
    Translations m_english;
    QDateTime m_time;
};

void tst_ActivityPage::initTestCase()
{
    QVERIFY(m_english.install(u"en"_s));
}

void tst_ActivityPage::init()
{
    m_fixture = std::make_unique<test::CatalogFixture>();
    QVERIFY(m_fixture->isValid());
    m_time = QDateTime(QDate(2025, 5, 5), QTime(10, 0), Qt::UTC);
}

bool tst_ActivityPage::append(EventLevel level, const QString &subsystem, const QString &message,
                              const QString &details)
{
    m_time = m_time.addSecs(30);
    return EventLog(m_fixture->journal()).append({0, m_time, level, subsystem, message, details}).has_value();
}

std::unique_ptr<ActivityPage> tst_ActivityPage::openPage()
{
    auto page = std::make_unique<ActivityPage>();
    page->resize(1000, 600);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        return nullptr;
    QSignalSpy loaded(page.get(), &ActivityPage::loaded);
    page->setJournal(&m_fixture->journal());
    if (!loaded.wait(10000))
        return nullptr;
    return page;
}

void tst_ActivityPage::listsEventsNewestFirst()
{
    QVERIFY(append(EventLevel::Info, u"catalogue"_s, u"Read 1,500 Bsale variants"_s));
    QVERIFY(
        append(EventLevel::Warning, u"links"_s, u"SKU 'AB-1' is on 2 Jumpseller products"_s, u"{\"sku\":\"AB-1\"}"_s));
    QVERIFY(append(EventLevel::Error, u"bsale"_s, u"Bsale answered 401"_s));
    QVERIFY(append(EventLevel::Info, u"stock"_s, u"Pushed stock of 12 variants"_s));
    const auto page = openPage();
    QVERIFY(page);
    const EventListModel *model = page->model();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->columnCount(), 4);
    QCOMPARE(model->headerData(EventListModel::SubsystemColumn, Qt::Horizontal).toString(), u"Area"_s);
    QCOMPARE(messages(model),
             (QStringList {u"Pushed stock of 12 variants"_s, u"Bsale answered 401"_s,
                           u"SKU 'AB-1' is on 2 Jumpseller products"_s, u"Read 1,500 Bsale variants"_s}));
    QCOMPARE(model->index(0, EventListModel::SubsystemColumn).data().toString(), u"Stock"_s);
    QCOMPARE(model->index(1, EventListModel::SubsystemColumn).data().toString(), u"Bsale"_s);
    QCOMPARE(model->index(1, EventListModel::LevelColumn).data().toString(), u"Error"_s);
    QCOMPARE(model->index(2, EventListModel::LevelColumn).data().toString(), u"Warning"_s);
    QCOMPARE(model->index(2, EventListModel::LevelColumn).data(EventListModel::LevelRole).toInt(),
             int(EventLevel::Warning));
    QCOMPARE(model->index(2, EventListModel::MessageColumn).data(Qt::ToolTipRole).toString(), u"{\"sku\":\"AB-1\"}"_s);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(!model->index(row, EventListModel::LevelColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    // An old event shows its date; the time is local.
    const QDateTime first = QDateTime(QDate(2025, 5, 5), QTime(10, 0, 30), Qt::UTC).toLocalTime();
    QVERIFY(
        model->index(3, EventListModel::TimeColumn).data().toString().endsWith(first.time().toString(u"HH:mm:ss"_s)));
    QVERIFY(model->index(3, EventListModel::TimeColumn).data().toString().size() > 8);
    QCOMPARE(page->findChild<QLabel *>(u"activityCount"_s)->text(), u"4 events"_s);
    if (qEnvironmentVariableIsSet("PUENTE_SCREENSHOT"))
        QVERIFY(page->grab().save(u"/tmp/puente-activity.png"_s));
}

void tst_ActivityPage::filtersByLevel()
{
    QVERIFY(append(EventLevel::Debug, u"journal"_s, u"Checkpoint"_s));
    QVERIFY(append(EventLevel::Info, u"orders"_s, u"Read 3 orders"_s));
    QVERIFY(append(EventLevel::Warning, u"import"_s, u"Skipped a product without price"_s));
    QVERIFY(append(EventLevel::Error, u"jumpseller"_s, u"Jumpseller answered 500"_s));
    const auto page = openPage();
    QVERIFY(page);
    auto *filter = page->findChild<QComboBox *>(u"activityLevelFilter"_s);
    QVERIFY(filter);
    QCOMPARE(filter->count(), 4);
    // Details stay out of the way until asked for.
    QCOMPARE(filter->currentIndex(), 1);
    const QAbstractItemModel *shown = page->findChild<QTreeView *>(u"activityView"_s)->model();
    QCOMPARE(messages(shown),
             (QStringList {u"Jumpseller answered 500"_s, u"Skipped a product without price"_s, u"Read 3 orders"_s}));
    filter->setCurrentIndex(3);
    QCOMPARE(messages(shown), QStringList {u"Jumpseller answered 500"_s});
    QCOMPARE(page->findChild<QLabel *>(u"activityCount"_s)->text(), u"1 event"_s);
    filter->setCurrentIndex(2);
    QCOMPARE(shown->rowCount(), 2);
    filter->setCurrentIndex(0);
    QCOMPARE(shown->rowCount(), 4);
    QCOMPARE(shown->index(3, EventListModel::SubsystemColumn).data().toString(), u"Journal"_s);
    QVERIFY(shown->index(3, 0).data(Qt::ForegroundRole).isValid()); // details are muted
}

void tst_ActivityPage::reloadAddsNewEventsOnTopAndKeepsSelection()
{
    QVERIFY(append(EventLevel::Info, u"stock"_s, u"First"_s));
    QVERIFY(append(EventLevel::Info, u"stock"_s, u"Second"_s));
    const auto page = openPage();
    QVERIFY(page);
    auto *view = page->findChild<QTreeView *>(u"activityView"_s);
    view->setCurrentIndex(view->model()->index(1, 0)); // "First"
    QCOMPARE(view->currentIndex().data(EventListModel::EventIdRole).toLongLong(), 1);

    QVERIFY(append(EventLevel::Warning, u"orders"_s, u"Third"_s));
    QVERIFY(append(EventLevel::Info, u"orders"_s, u"Fourth"_s));
    QSignalSpy loaded(page.get(), &ActivityPage::loaded);
    QSignalSpy resets(page->model(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(page->model(), &QAbstractItemModel::rowsInserted);
    page->reload(); // what the sync controller's cycleFinished triggers
    QVERIFY(page->isLoading());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(messages(view->model()), (QStringList {u"Fourth"_s, u"Third"_s, u"Second"_s, u"First"_s}));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(view->currentIndex().data(EventListModel::EventIdRole).toLongLong(), 1);
    QVERIFY(view->selectionModel()->isRowSelected(3, {}));

    // Nothing new: nothing moves.
    loaded.clear();
    page->reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(resets.count(), 0);

    // The log was trimmed underneath (old events removed): they leave from the bottom.
    QSignalSpy removed(page->model(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(EventLog(m_fixture->journal()).removeOlderThan(m_time).has_value());
    loaded.clear();
    page->reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(messages(view->model()), QStringList {u"Fourth"_s});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(resets.count(), 0);

    // Another journal altogether: the list starts over.
    test::CatalogFixture other;
    QVERIFY(EventLog(other.journal()).append(EventLevel::Error, u"bsale"_s, u"Elsewhere"_s).has_value());
    loaded.clear();
    page->setJournal(&other.journal());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(messages(view->model()), QStringList {u"Elsewhere"_s});
    QCOMPARE(resets.count(), 1);
    page->setJournal(nullptr);
}

void tst_ActivityPage::emptyStates()
{
    const auto page = openPage();
    QVERIFY(page);
    auto *empty = page->findChild<QLabel *>(u"activityEmptyText"_s);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), u"No activity yet. What Puente does will appear here."_s);

    QVERIFY(append(EventLevel::Debug, u"journal"_s, u"Checkpoint"_s));
    QSignalSpy loaded(page.get(), &ActivityPage::loaded);
    page->reload();
    QVERIFY(loaded.wait(10000));
    QVERIFY(empty->isVisible()); // only a detail, and details are filtered out
    QCOMPARE(empty->text(), u"No events at this level. Choose another level above."_s);
    page->findChild<QComboBox *>(u"activityLevelFilter"_s)->setCurrentIndex(0);
    QVERIFY(!empty->isVisible());
    QVERIFY(page->findChild<QTreeView *>(u"activityView"_s)->isVisible());

    page->setJournal(nullptr);
    QCOMPARE(page->model()->rowCount(), 0);
    QVERIFY(empty->isVisible());
}

void tst_ActivityPage::speaksSpanish()
{
    QVERIFY(append(EventLevel::Warning, u"orders"_s, u"Pedido 1001 sin RUT"_s));
    Translations spanish;
    QVERIFY(spanish.install(u"es"_s));
    const auto page = openPage();
    QVERIFY(page);
    QCOMPARE(page->model()->headerData(EventListModel::MessageColumn, Qt::Horizontal).toString(), u"Mensaje"_s);
    QCOMPARE(page->model()->index(0, EventListModel::LevelColumn).data().toString(), u"Advertencia"_s);
    QCOMPARE(page->model()->index(0, EventListModel::SubsystemColumn).data().toString(), u"Pedidos"_s);
    QCOMPARE(page->findChild<QComboBox *>(u"activityLevelFilter"_s)->itemText(3), u"Solo errores"_s);
    QCOMPARE(page->findChild<QLabel *>(u"activityCount"_s)->text(), u"1 evento"_s);
}

QTEST_MAIN(tst_ActivityPage)
#include "tst_activitypage.moc"
