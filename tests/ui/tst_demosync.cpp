// `puente --demo` syncs: MainWindow on a DemoSession (the real puente-sandbox child) starts the
// sync engine by itself once the demo shop is ready. Both catalogues must reach the Products page
// and the cycle the Activity page; a POS sale in the sandbox must reach the journal with the next
// cycle while the Dashboard shows Bsale healthy; closing the window mid-cycle must take < 2 s.
// One sandbox serves every function (in this order): starting one costs seconds.
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSettings>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>

#include <memory>

#include "ActivityPage.h"
#include "DashboardPage.h"
#include "ErpCatalogModel.h"
#include "EventListModel.h"
#include "MainWindow.h"
#include "ProductsPage.h"
#include "StoreCatalogModel.h"
#include "SyncHealthPanel.h"
#include "SyncSession.h"
#include "demo/DemoSession.h"
#include "journal/CatalogRepository.h"
#include "journal/Journal.h"
#include "seed/DemoShop.h"

using namespace Qt::Literals::StringLiterals;
using puente::DemoSession;
using puente::MainWindow;
using puente::SyncSession;
using puente::SyncSummary;

namespace {
constexpr int kReadyTimeoutMs = 30000;
constexpr int kCatalogueTimeoutMs = 20000; // the brief's bound for a first full cycle
constexpr int kCycleTimeoutMs = 20000;
constexpr int kHealthTimeoutMs = 15000; // a movement poll every 5 s marks Bsale healthy
constexpr int kPageIndexProducts = 1;
constexpr int kPageIndexActivity = 4;
} // namespace

class TestDemoSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void demoIdsAreTheSeedsOnlineOfficeAndBaseList();
    void catalogueAndFirstCycleReachThePages();
    void posSaleReachesTheJournalWithTheNextCycle();
    void closingMidCycleStopsWithinTwoSeconds();

private:
    void startWindow();
    QJsonObject postAction(const QString &action, const QByteArray &body);
    QLabel *label(const QString &name) const { return m_window->findChild<QLabel *>(name); }
    puente::ProductsPage *products() const
    {
        return qobject_cast<puente::ProductsPage *>(m_window->page(kPageIndexProducts));
    }
    puente::ActivityPage *activity() const
    {
        return qobject_cast<puente::ActivityPage *>(m_window->page(kPageIndexActivity));
    }
    bool activityHasCycle() const;

    std::unique_ptr<DemoSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    puente::fakes::DemoShopData m_data;
    QList<SyncSummary> m_cycles;
};

void TestDemoSync::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(PUENTE_SANDBOX_EXE)), PUENTE_SANDBOX_EXE);
    m_data = puente::fakes::DemoShop::generate();
    QSettings().clear();
    startWindow();
}

void TestDemoSync::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
}

void TestDemoSync::startWindow()
{
    m_session = std::make_unique<DemoSession>();
    m_session->setSandboxProgram(QStringLiteral(PUENTE_SANDBOX_EXE));
    m_window = std::make_unique<MainWindow>();
    m_window->setDemoSession(m_session.get());
    connect(m_window->syncSession(), &SyncSession::cycleFinished, this,
            [this](const SyncSummary &summary) { m_cycles.append(summary); });
    m_window->show();
    QSignalSpy ready(m_session.get(), &DemoSession::ready);
    m_session->start();
    QVERIFY(ready.wait(kReadyTimeoutMs));
}

QJsonObject TestDemoSync::postAction(const QString &action, const QByteArray &body)
{
    QNetworkAccessManager nam;
    QUrl url = m_session->demoActionsUrl();
    url.setPath(url.path() + u'/' + action);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(10000);
    std::unique_ptr<QNetworkReply> reply(nam.post(request, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10000) || reply->error() != QNetworkReply::NoError) {
        qWarning() << "sandbox action" << action << "failed:" << reply->errorString() << reply->readAll();
        return {};
    }
    return QJsonDocument::fromJson(reply->readAll()).object();
}

bool TestDemoSync::activityHasCycle() const
{
    const puente::EventListModel *events = activity()->model();
    for (int row = 0; row < events->rowCount(); ++row) {
        if (events->event(row).subsystem == u"sync"_s && events->event(row).message.startsWith(u"Sync "_s))
            return true;
    }
    return false;
}

void TestDemoSync::demoIdsAreTheSeedsOnlineOfficeAndBaseList()
{
    // DemoSession cannot read the seed (it lives in the test fakes): its constants must match it.
    bool officeFound = false;
    for (const auto &office : std::as_const(m_data.erp.offices)) {
        if (office.id == DemoSession::SyncOfficeId) {
            QCOMPARE(office.name, u"Bodega Tienda Online"_s);
            officeFound = true;
        }
    }
    QVERIFY(officeFound);
    bool listFound = false;
    for (const auto &list : std::as_const(m_data.erp.priceLists)) {
        if (list.id == DemoSession::SyncPriceListId) {
            QCOMPARE(list.name, u"Lista Base"_s);
            listFound = true;
        }
    }
    QVERIFY(listFound);
    const puente::SyncProfiles profiles = m_session->syncProfiles();
    QVERIFY(profiles.isValid());
    const puente::SyncSettings settings = profiles.settings();
    QCOMPARE(settings.officeIds, QList<int> {DemoSession::SyncOfficeId});
    QCOMPARE(settings.priceListId, DemoSession::SyncPriceListId);
    QCOMPARE(settings.bsaleBaseUrl.path(), QString()); // BsaleClient adds /v1 itself
    QCOMPARE(settings.bsaleBaseUrl.port(), m_session->bsale().baseUrl.port());
    // The same fake, under a host name of its own: Bsale's pace must not hold the store back.
    QUrl store = m_session->jumpseller().baseUrl;
    store.setHost(u"localhost"_s);
    QCOMPARE(settings.jumpsellerBaseUrl, store);
    QVERIFY(settings.jumpsellerBaseUrl.host() != settings.bsaleBaseUrl.host());
}

void TestDemoSync::catalogueAndFirstCycleReachThePages()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->syncSession()->isStarted(), kCycleTimeoutMs);
    puente::ProductsPage *page = products();
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->erpModel()->rowCount() > 0 && page->storeModel()->rowCount() > 0,
                             kCatalogueTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_cycles.isEmpty(), kCycleTimeoutMs);
    QVERIFY2(m_cycles.constFirst().cataloguePulled, QJsonDocument(m_cycles.constFirst().toJson()).toJson().constData());
    // The whole demo catalogue, once the reload after the cycle is in.
    QTRY_COMPARE_WITH_TIMEOUT(page->erpModel()->rowCount(), int(m_data.erp.variants.size()), kCycleTimeoutMs);
    QVERIFY(page->storeModel()->rowCount() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(activityHasCycle(), kCycleTimeoutMs);
    QVERIFY(label(u"syncStateLabel"_s)->text().startsWith(u"Sync"_s));
    QVERIFY(m_window->findChild<QPushButton *>(u"syncButton"_s)->isEnabled());
}

void TestDemoSync::posSaleReachesTheJournalWithTheNextCycle()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_cycles.isEmpty(), kCycleTimeoutMs);
    const QJsonObject sale = postAction(u"pos-sale"_s, R"({"quantity": 2})");
    QCOMPARE(sale.value(u"action"_s).toString(), u"pos-sale"_s);
    QCOMPARE(sale.value(u"officeId"_s).toInt(), DemoSession::SyncOfficeId);
    const qint64 variantId = sale.value(u"variantId"_s).toInteger();
    const puente::CatalogRepository catalog(*m_session->journal());
    const auto before = catalog.erpVariant(variantId);
    QVERIFY(before);

    // "Sync now" on the Products page: the next cycle pulls the sale's stock.
    const qsizetype cycles = m_cycles.size();
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"syncButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_cycles.size() > cycles, kCycleTimeoutMs);
    const SyncSummary &summary = m_cycles.constLast();
    QVERIFY2(summary.ok(), QJsonDocument(summary.toJson()).toJson().constData());
    const auto after = catalog.erpVariant(variantId);
    QVERIFY(after);
    QCOMPARE(after->quantityAvailable, before->quantityAvailable - 2);

    // The Dashboard: Bsale healthy, with a time of its last success.
    auto *dashboard = qobject_cast<puente::DashboardPage *>(m_window->page(0));
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->syncHealthPanel(), kHealthTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->syncHealthPanel()->health()->bsale.lastSuccess.isValid(), kHealthTimeoutMs);
    QCOMPARE(label(u"healthBsaleStatus"_s)->text(), u"OK"_s);
    const QString lastSuccess = label(u"healthBsaleLastSuccess"_s)->text();
    QVERIFY2(lastSuccess.startsWith(u"Last success: "_s) && !lastSuccess.endsWith(u"never"_s), qPrintable(lastSuccess));
    QVERIFY(!label(u"healthStaleWarning"_s)->isVisibleTo(dashboard->syncHealthPanel()));
    QVERIFY(!label(u"syncHealthLabel"_s)->isVisibleTo(m_window.get())); // no warning badge
}

void TestDemoSync::closingMidCycleStopsWithinTwoSeconds()
{
    SyncSession *sync = m_window->syncSession();
    QVERIFY(sync->isRunning());
    QSignalSpy started(sync, &SyncSession::cycleStarted);
    QSignalSpy progress(sync, &SyncSession::progress);
    sync->syncNow();
    QVERIFY(started.wait(kCycleTimeoutMs));
    QVERIFY(progress.wait(kCycleTimeoutMs)); // pulling: requests in flight
    QVERIFY(sync->isCycleRunning());

    QElapsedTimer elapsed;
    elapsed.start();
    m_window->close();
    const qint64 ms = elapsed.elapsed();
    qInfo() << "closing the window mid-cycle took" << ms << "ms";
    QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
    QVERIFY(!sync->isRunning());
}

QTEST_MAIN(TestDemoSync)
#include "tst_demosync.moc"
