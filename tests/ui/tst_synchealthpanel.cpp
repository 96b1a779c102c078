// The Dashboard's Sync health panel and the status bar badge: what a SyncHealth looks like to the
// shop owner. Fed by hand (the engine's side is tested in tst_demosync and tests/integration);
// time comes from a ManualClock, so the ages are exact.
#include <QtCore/QSettings>
#include <QtTest/QTest>
#include <QtWidgets/QLabel>

#include "DashboardPage.h"
#include "MainWindow.h"
#include "SyncHealthPanel.h"
#include "SyncSession.h"
#include "Translations.h"
#include "base/ManualClock.h"
#include "sync/HealthMonitor.h"
#include "sync/SyncHealth.h"

using namespace Qt::Literals::StringLiterals;
using puente::SyncHealth;
using puente::SyncHealthPanel;

class TestSyncHealthPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void staleHealthShowsTheWarningAndErrorCounts();
    void healthyHealthHidesTheWarning();
    void agesFollowTheClock();
    void spanishWarningMatchesBsalesWording();
    void beforeAnyReportItWaits();
    void mainWindowShowsHealthOnDashboardAndBadge();

private:
    QLabel *label(const QString &name) const { return m_panel->findChild<QLabel *>(name); }
    SyncHealth staleWithBsaleErrors() const;
    SyncHealth healthy() const;

    puente::Translations m_english; // plural forms ("1 hour", "2 hours") come from puente_en
    std::unique_ptr<puente::ManualClock> m_clock;
    std::unique_ptr<SyncHealthPanel> m_panel;
};

void TestSyncHealthPanel::initTestCase()
{
    QVERIFY(m_english.install(u"en"_s));
}

void TestSyncHealthPanel::init()
{
    m_clock = std::make_unique<puente::ManualClock>(QDateTime(QDate(2024, 5, 6), QTime(15, 0), Qt::UTC));
    m_panel = std::make_unique<SyncHealthPanel>();
    m_panel->setClock(m_clock.get());
    m_panel->show();
}

void TestSyncHealthPanel::cleanup()
{
    m_panel.reset();
    m_clock.reset();
}

SyncHealth TestSyncHealthPanel::staleWithBsaleErrors() const
{
    SyncHealth health;
    const QDateTime now = m_clock->nowUtc();
    health.bsale.lastSuccess = now.addSecs(-3 * 3600);
    health.bsale.lastFailure = now.addSecs(-20);
    health.bsale.consecutiveErrors = 2;
    health.bsale.totalErrors = 5;
    health.bsale.lastError = u"HTTP 503 from api.bsale.io: Service Unavailable"_s;
    health.store.lastSuccess = now.addSecs(-12);
    health.lastMovement = now.addSecs(-30 * 3600);
    health.stale = true;
    health.staleHours = 30;
    health.staleWarningEs = puente::HealthMonitor::staleWarningEs(30);
    health.staleWarningEn = puente::HealthMonitor::staleWarningEn(30);
    return health;
}

SyncHealth TestSyncHealthPanel::healthy() const
{
    SyncHealth health;
    health.bsale.lastSuccess = m_clock->nowUtc().addSecs(-4);
    health.store.lastSuccess = m_clock->nowUtc().addSecs(-75);
    health.store.totalErrors = 1; // an old failure, recovered since
    health.store.lastError = u"Timeout"_s;
    return health;
}

void TestSyncHealthPanel::staleHealthShowsTheWarningAndErrorCounts()
{
    const SyncHealth health = staleWithBsaleErrors();
    QVERIFY(!health.healthy());
    m_panel->setHealth(health);

    QLabel *warning = label(u"healthStaleWarning"_s);
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(), health.staleWarningEn);
    QCOMPARE(label(u"healthOverall"_s)->text(), u"The sync needs attention: see below."_s);

    QCOMPARE(label(u"healthBsaleStatus"_s)->text(), u"Failing"_s);
    QCOMPARE(label(u"healthBsaleStatus"_s)->property("ok"), QVariant(false));
    QCOMPARE(label(u"healthBsaleErrors"_s)->text(), u"Errors: 2 in a row, 5 in total"_s);
    QVERIFY(label(u"healthBsaleLastError"_s)->isVisible());
    QCOMPARE(label(u"healthBsaleLastError"_s)->text(), u"Last error: "_s + health.bsale.lastError);
    QCOMPARE(label(u"healthBsaleLastSuccess"_s)->text(), u"Last success: 3 h ago"_s);

    QCOMPARE(label(u"healthJumpsellerStatus"_s)->text(), u"OK"_s);
    QCOMPARE(label(u"healthJumpsellerStatus"_s)->property("ok"), QVariant(true));
    QCOMPARE(label(u"healthJumpsellerErrors"_s)->text(), u"Errors: 0 in a row, 0 in total"_s);
    QVERIFY(!label(u"healthJumpsellerLastError"_s)->isVisible());
    QCOMPARE(label(u"healthJumpsellerLastSuccess"_s)->text(), u"Last success: 12 s ago"_s);
}

void TestSyncHealthPanel::healthyHealthHidesTheWarning()
{
    m_panel->setHealth(staleWithBsaleErrors());
    QVERIFY(label(u"healthStaleWarning"_s)->isVisible());
    const SyncHealth health = healthy();
    QVERIFY(health.healthy());
    m_panel->setHealth(health);
    QVERIFY(!label(u"healthStaleWarning"_s)->isVisible());
    QCOMPARE(label(u"healthOverall"_s)->text(), u"Bsale and Jumpseller are in step."_s);
    QCOMPARE(label(u"healthBsaleStatus"_s)->text(), u"OK"_s);
    QCOMPARE(label(u"healthBsaleStatus"_s)->property("ok"), QVariant(true));
    QCOMPARE(label(u"healthBsaleLastSuccess"_s)->text(), u"Last success: just now"_s);
    QVERIFY(!label(u"healthBsaleLastError"_s)->isVisible());
    QCOMPARE(label(u"healthJumpsellerLastSuccess"_s)->text(), u"Last success: 1 min ago"_s);
    QCOMPARE(label(u"healthJumpsellerErrors"_s)->text(), u"Errors: 0 in a row, 1 in total"_s);
    QCOMPARE(label(u"healthJumpsellerLastError"_s)->text(), u"Last error: Timeout"_s); // history stays visible
}

void TestSyncHealthPanel::agesFollowTheClock()
{
    m_panel->setHealth(healthy());
    m_clock->advance(3 * 60 * 1000);
    m_panel->refresh();
    QCOMPARE(label(u"healthBsaleLastSuccess"_s)->text(), u"Last success: 3 min ago"_s);
    m_clock->advance(2LL * 24 * 3600 * 1000);
    m_panel->refresh();
    QCOMPARE(label(u"healthBsaleLastSuccess"_s)->text(), u"Last success: 2 days ago"_s);
    SyncHealth never = healthy();
    never.store.lastSuccess = {};
    m_panel->setHealth(never);
    QCOMPARE(label(u"healthJumpsellerLastSuccess"_s)->text(), u"Last success: never"_s);
    QCOMPARE(label(u"healthJumpsellerStatus"_s)->text(), u"Not checked yet"_s); // no "OK" before it worked
    QVERIFY(!label(u"healthJumpsellerStatus"_s)->property("ok").isValid());
}

void TestSyncHealthPanel::spanishWarningMatchesBsalesWording()
{
    puente::Translations spanish; // searched before English while it lives
    QVERIFY(spanish.install(u"es"_s));
    const SyncHealth health = staleWithBsaleErrors();
    m_panel->setHealth(health);
    // The same sentence the Bsale app shows, and what the engine logs (staleWarningEs).
    QCOMPARE(label(u"healthStaleWarning"_s)->text(), health.staleWarningEs);
    QCOMPARE(label(u"healthJumpsellerLastSuccess"_s)->text(), u"Último éxito: hace 12 s"_s);
    QCOMPARE(label(u"healthBsaleStatus"_s)->text(), u"Con errores"_s);
    SyncHealth oneHour = health;
    oneHour.staleHours = 1;
    m_panel->setHealth(oneHour);
    QCOMPARE(label(u"healthStaleWarning"_s)->text(), puente::HealthMonitor::staleWarningEs(1));
}

void TestSyncHealthPanel::beforeAnyReportItWaits()
{
    QVERIFY(!m_panel->health());
    QCOMPARE(label(u"healthOverall"_s)->text(), u"Waiting for the first sync…"_s);
    QVERIFY(!label(u"healthStaleWarning"_s)->isVisible());
    QCOMPARE(label(u"healthBsaleLastSuccess"_s)->text(), u"Last success: never"_s);
}

void TestSyncHealthPanel::mainWindowShowsHealthOnDashboardAndBadge()
{
    QSettings().clear();
    puente::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dashboard = qobject_cast<puente::DashboardPage *>(window.page(0));
    QVERIFY(dashboard);
    QVERIFY(!dashboard->syncHealthPanel());
    auto *badge = window.findChild<QLabel *>(u"syncHealthLabel"_s);
    QVERIFY(badge);
    QVERIFY(!badge->isVisible());

    // What the engine's session relays from the worker thread.
    const SyncHealth stale = staleWithBsaleErrors();
    Q_EMIT window.syncSession()->healthChanged(stale);
    QVERIFY(dashboard->syncHealthPanel());
    QCOMPARE(dashboard->syncHealthPanel()->health(), std::optional<SyncHealth>(stale));
    QVERIFY(badge->isVisible());
    QCOMPARE(badge->property("healthy"), QVariant(false));
    QVERIFY(badge->toolTip().contains(stale.staleWarningEn));
    QVERIFY(badge->toolTip().contains(stale.bsale.lastError));

    Q_EMIT window.syncSession()->healthChanged(healthy());
    QVERIFY(!badge->isVisible());
    QCOMPARE(badge->property("healthy"), QVariant(true));
}

QTEST_MAIN(TestSyncHealthPanel)
#include "tst_synchealthpanel.moc"
