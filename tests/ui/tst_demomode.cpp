// `puente --demo` offscreen: MainWindow on a DemoSession that runs the real puente-sandbox as a
// child process. The Dashboard's Demo shop panel must show where the fakes listen and their
// counts, its buttons must change them, credentials must stay in memory, and the sandbox must go
// away with the session. A missing or failing sandbox ends in an error dialog, not a hang.
#include <QtCore/QDir>
#include <QtCore/QSettings>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>

#include <memory>

#include "DashboardPage.h"
#include "DemoShopPanel.h"
#include "MainWindow.h"
#include "demo/DemoSession.h"
#include "journal/Journal.h"
#include "sandbox/Sandbox.h"
#include "secrets/SecretStore.h"
#include "seed/DemoShop.h"

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

using namespace Qt::Literals::StringLiterals;
using puente::DemoSession;
using puente::MainWindow;

namespace {
constexpr int kReadyTimeoutMs = 30000;
constexpr int kActionTimeoutMs = 10000;
} // namespace

class TestDemoMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void statusBarSaysStartingThenConnected();
    void dashboardShowsTheSandboxUrlsAndCounts();
    void newOrderButtonAddsAStoreOrder();
    void posSaleAndPaymentButtonsChangeTheCounts();
    void credentialsLiveOnlyInTheMemoryStore();
    void journalLivesInAThrowawayDirectory();
    void destroyingTheSessionStopsTheSandbox();
    void missingSandboxShowsAnErrorDialog();
    void failingSandboxShowsItsReason();

private:
    void startDemo();
    QLabel *label(const QString &name) const { return m_window->findChild<QLabel *>(name); }
    int count(const QString &name) const
    {
        const QLabel *l = label(name);
        return l ? l->property("count").toInt() : -1;
    }
    QString statusText() const { return label(u"syncStateLabel"_s)->text(); }

    std::unique_ptr<DemoSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    puente::fakes::DemoShopData m_data;
};

void TestDemoMode::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(PUENTE_SANDBOX_EXE)), PUENTE_SANDBOX_EXE);
    m_data = puente::fakes::DemoShop::generate();
}

void TestDemoMode::init()
{
    QSettings().clear();
    m_session = std::make_unique<DemoSession>();
    m_session->setSandboxProgram(QStringLiteral(PUENTE_SANDBOX_EXE));
    m_window = std::make_unique<MainWindow>();
    m_window->setDemoSession(m_session.get());
    m_window->show();
}

void TestDemoMode::cleanup()
{
    m_window.reset();
    m_session.reset();
}

void TestDemoMode::startDemo()
{
    QSignalSpy ready(m_session.get(), &DemoSession::ready);
    m_session->start();
    QVERIFY(ready.wait(kReadyTimeoutMs));
    QCOMPARE(m_session->state(), DemoSession::State::Ready);
    // The panel's first refresh: the Bsale and Jumpseller counts arrive.
    QTRY_COMPARE_WITH_TIMEOUT(count(u"demoBsaleVariants"_s), int(m_data.erp.variants.size()), kActionTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(count(u"demoJumpsellerOrders"_s), int(m_data.store.orders.size()), kActionTimeoutMs);
}

void TestDemoMode::statusBarSaysStartingThenConnected()
{
    QVERIFY(m_window->isDemoMode());
    QVERIFY(m_window->windowTitle().contains(u"demo"_s));
    QCOMPARE(statusText(), u"Starting demo shop…"_s);
    // The moment the session is ready (the sync engine's progress takes over right after).
    QString whenReady;
    connect(m_session.get(), &DemoSession::ready, this, [this, &whenReady] { whenReady = statusText(); });
    m_session->start();
    QCOMPARE(m_session->state(), DemoSession::State::Starting);
    QCOMPARE(statusText(), u"Starting demo shop…"_s);
    QTRY_COMPARE_WITH_TIMEOUT(whenReady, u"Connected to the demo shop"_s, kReadyTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(statusText().startsWith(u"Sync"_s), kReadyTimeoutMs);
}

void TestDemoMode::dashboardShowsTheSandboxUrlsAndCounts()
{
    startDemo();
    auto *dashboard = qobject_cast<puente::DashboardPage *>(m_window->page(0));
    QVERIFY(dashboard);
    QVERIFY(dashboard->demoShopPanel());
    QVERIFY(dashboard->demoShopPanel()->isVisible());
    const QString bsaleUrl = label(u"demoBsaleUrl"_s)->text();
    const QString storeUrl = label(u"demoJumpsellerUrl"_s)->text();
    QCOMPARE(bsaleUrl, m_session->bsale().baseUrl.toString());
    QCOMPARE(storeUrl, m_session->jumpseller().baseUrl.toString());
    QVERIFY(bsaleUrl.startsWith(u"http://127.0.0.1:"_s));
    QVERIFY(storeUrl.startsWith(u"http://127.0.0.1:"_s));
    QVERIFY(bsaleUrl != storeUrl);

    QCOMPARE(count(u"demoBsaleProducts"_s), int(m_data.erp.products.size()));
    QCOMPARE(count(u"demoBsaleDocuments"_s), 0);
    QCOMPARE(count(u"demoJumpsellerProducts"_s), int(m_data.store.products.size()));
    int pending = 0;
    for (const auto &order : m_data.store.orders)
        pending += order.statusEnum == u"pending_payment"_s ? 1 : 0;
    QCOMPARE(count(u"demoJumpsellerPending"_s), pending);
    for (const QString &name : {u"demoPosSaleButton"_s, u"demoNewOrderButton"_s, u"demoPayButton"_s})
        QVERIFY(m_window->findChild<QPushButton *>(name)->isEnabled());
}

void TestDemoMode::newOrderButtonAddsAStoreOrder()
{
    startDemo();
    const int orders = count(u"demoJumpsellerOrders"_s);
    const int pending = count(u"demoJumpsellerPending"_s);
    auto *panel = m_window->findChild<puente::DemoShopPanel *>();
    QSignalSpy finished(panel, &puente::DemoShopPanel::actionFinished);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"demoNewOrderButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(kActionTimeoutMs));
    QCOMPARE(finished.constFirst().at(0).toString(), u"order"_s);
    QVERIFY(finished.constFirst().at(1).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(count(u"demoJumpsellerOrders"_s), orders + 1, kActionTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(count(u"demoJumpsellerPending"_s), pending + 1, kActionTimeoutMs);
    QVERIFY(label(u"demoLastAction"_s)->text().contains(u"New store order"_s));
}

void TestDemoMode::posSaleAndPaymentButtonsChangeTheCounts()
{
    startDemo();
    auto *panel = m_window->findChild<puente::DemoShopPanel *>();
    QSignalSpy finished(panel, &puente::DemoShopPanel::actionFinished);
    const auto click = [&](const QString &button) {
        finished.clear();
        QTest::mouseClick(m_window->findChild<QPushButton *>(button), Qt::LeftButton);
        return finished.wait(kActionTimeoutMs) && finished.constFirst().at(1).toBool();
    };
    QVERIFY(click(u"demoPosSaleButton"_s));
    QTRY_COMPARE_WITH_TIMEOUT(count(u"demoBsaleDocuments"_s), 1, kActionTimeoutMs);
    QVERIFY(click(u"demoReceptionButton"_s));
    QTRY_COMPARE_WITH_TIMEOUT(count(u"demoBsaleReceptions"_s), 1, kActionTimeoutMs);
    const int pending = count(u"demoJumpsellerPending"_s);
    QVERIFY(click(u"demoPayButton"_s));
    QTRY_COMPARE_WITH_TIMEOUT(count(u"demoJumpsellerPending"_s), pending - 1, kActionTimeoutMs);
    QVERIFY(click(u"demoCancelButton"_s));
    QTRY_COMPARE_WITH_TIMEOUT(count(u"demoJumpsellerPending"_s), pending - 2, kActionTimeoutMs);
    QVERIFY(label(u"demoLastAction"_s)->text().contains(u"cancelled"_s));
}

void TestDemoMode::credentialsLiveOnlyInTheMemoryStore()
{
    startDemo();
    QString token;
    QString login;
    m_session->secrets().read(m_session->bsale().tokenKey(), this,
                              [&token](const puente::SecretResult &r) { token = r.value(); });
    m_session->secrets().read(m_session->jumpseller().loginKey(), this,
                              [&login](const puente::SecretResult &r) { login = r.value(); });
    QTRY_COMPARE(token, puente::fakes::Sandbox::BsaleAccessToken);
    QTRY_COMPARE(login, puente::fakes::Sandbox::JumpsellerLogin);
    QCOMPARE(m_session->secrets().knownKeys().size(), 4);
    m_window->close(); // saves the UI state
    QSettings settings;
    for (const QString &key : settings.allKeys()) {
        const QString value = settings.value(key).toString();
        QVERIFY2(!value.contains(puente::fakes::Sandbox::BsaleAccessToken), qPrintable(key));
        QVERIFY2(!value.contains(puente::fakes::Sandbox::JumpsellerAuthToken), qPrintable(key));
    }
}

void TestDemoMode::journalLivesInAThrowawayDirectory()
{
    startDemo();
    const QString dir = m_session->dataDirectory();
    QVERIFY(!dir.isEmpty());
    QVERIFY(m_session->journal());
    QVERIFY(m_session->journal()->isOpen());
    QCOMPARE(QFileInfo(m_session->journal()->path()).absolutePath(), QFileInfo(dir).absoluteFilePath());
    QVERIFY(QFile::exists(m_session->journal()->path()));
    m_window.reset();
    m_session.reset();
    QVERIFY(!QDir(dir).exists());
}

void TestDemoMode::destroyingTheSessionStopsTheSandbox()
{
    startDemo();
    const qint64 pid = m_session->sandboxProcessId();
    QVERIFY(pid > 0);
    const QUrl admin = m_session->bsale().adminUrl;
    m_window.reset();
    m_session.reset();
#ifdef Q_OS_UNIX
    errno = 0;
    QCOMPARE(::kill(pid_t(pid), 0), -1); // no such process any more (and reaped)
    QCOMPARE(errno, ESRCH);
#endif
    // Nothing listens on the fake's port any more.
    QTcpSocket socket;
    socket.connectToHost(admin.host(), quint16(admin.port()));
    QVERIFY(!socket.waitForConnected(2000));
}

void TestDemoMode::missingSandboxShowsAnErrorDialog()
{
    m_session->setSandboxProgram(QDir::temp().filePath(u"no-such-dir/puente-sandbox"_s));
    QSignalSpy failed(m_session.get(), &DemoSession::failed);
    m_session->start();
    QVERIFY(failed.wait(kReadyTimeoutMs));
    QCOMPARE(m_session->state(), DemoSession::State::Failed);
    QTRY_VERIFY(m_window->findChild<QMessageBox *>(u"demoErrorDialog"_s));
    auto *dialog = m_window->findChild<QMessageBox *>(u"demoErrorDialog"_s);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->text(), u"The demo shop could not start."_s);
    QVERIFY(dialog->detailedText().contains(u"puente-sandbox"_s));
    QCOMPARE(statusText(), u"Demo shop unavailable"_s);
    QVERIFY(!m_window->findChild<QPushButton *>(u"demoNewOrderButton"_s)->isEnabled());
    dialog->close();
}

void TestDemoMode::failingSandboxShowsItsReason()
{
    m_session->setSeed(u"enormous"_s); // puente-sandbox refuses it and exits with code 2
    QSignalSpy failed(m_session.get(), &DemoSession::failed);
    m_session->start();
    QVERIFY(failed.wait(kReadyTimeoutMs));
    const QString details = failed.constFirst().at(0).toString();
    QVERIFY2(details.contains(u"code 2"_s), qPrintable(details));
    QVERIFY2(details.contains(u"--seed"_s), qPrintable(details)); // the child's own stderr
    QTRY_VERIFY(m_window->findChild<QMessageBox *>(u"demoErrorDialog"_s));
    QCOMPARE(m_window->findChild<QMessageBox *>(u"demoErrorDialog"_s)->detailedText(), details);
}

QTEST_MAIN(TestDemoMode)
#include "tst_demomode.moc"
