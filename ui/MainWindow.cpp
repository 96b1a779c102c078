#include "MainWindow.h"

#include <algorithm>

#include <QtCore/QEvent>
#include <QtCore/QSettings>
#include <QtGui/QAction>
#include <QtGui/QActionGroup>
#include <QtGui/QCloseEvent>
#include <QtWidgets/QApplication>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListView>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QSystemTrayIcon>
#include <QtWidgets/QVBoxLayout>

#include "AboutDialog.h"
#include "ActivityPage.h"
#include "AppIcon.h"
#include "DashboardPage.h"
#include "DocumentsPage.h"
#include "MappingsPage.h"
#include "NavigationModel.h"
#include "ProductsPage.h"
#include "SettingsPage.h"
#include "SyncHealthPanel.h"
#include "SyncSession.h"
#include "SyncStateText.h"
#include "UiLogging.h"
#include "demo/DemoSession.h"
#include "sync/SyncHealth.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

// UI state only: never credentials or shop data.
const auto kGeometryKey = u"ui/mainWindow/geometry"_s;
const auto kLastPageKey = u"ui/mainWindow/lastPage"_s; // the page's objectName survives reordering

const auto kProductName = u"Puente"_s; // a brand: not translated
constexpr QSize kDefaultSize(1100, 700);

// The sidebar's look: roomy rows and a soft, theme-neutral selection that keeps the icons legible.
const auto kNavigationStyle = uR"(
QListView#navigationView { border: none; background: transparent; outline: 0; }
QListView#navigationView::item { padding: 7px 10px; margin: 1px 0px; border-radius: 6px; color: palette(text); }
QListView#navigationView::item:hover:!selected { background: rgba(47, 91, 138, 0.08); }
QListView#navigationView::item:selected { background: rgba(47, 91, 138, 0.18); color: palette(text); }
QWidget#sidebar { background: palette(base); border-right: 1px solid palette(midlight); }
QLabel#demoModeLabel { background: #f6a609; color: #1b1b1b; border-radius: 4px; padding: 1px 8px; }
QLabel#syncHealthLabel { background: #d93025; color: #ffffff; border-radius: 4px; padding: 1px 8px; }
)"_s;

/** The engine on the demo sandbox. Its fakes enforce Bsale's and Jumpseller's rate limits (times
 *  the sandbox's scale), so the worker paces itself as against the real hosts, scaled alike. */
SyncWorker::Options demoSyncOptions()
{
    SyncWorker::Options options;
    options.recommendedLimits = true;
    options.rateScale = DemoSession::SandboxRateScale;
    return options;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(appIcon());
    setStyleSheet(kNavigationStyle);

    m_sync = new SyncSession(this);
    createPages();
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createSidebar());
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    createStatusBar();
    createTrayIcon();
    connectSync();
    retranslate();

    setMinimumSize(760, 480);
    resize(kDefaultSize);
    restoreUiState();
}

MainWindow::~MainWindow()
{
    // The engine first: its thread must not outlive the pages' journal or the window.
    m_sync->shutdown();
}

void MainWindow::createPages()
{
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"pageStack"_s);
    m_navigationModel = new NavigationModel(this);
    m_dashboard = new DashboardPage(m_stack);
    m_products = new ProductsPage(m_stack);
    m_activity = new ActivityPage(m_stack);
    const QList<Page *> pages {m_dashboard,
                               m_products,
                               new MappingsPage(m_stack),
                               new DocumentsPage(m_stack),
                               m_activity,
                               new SettingsPage(m_stack)};
    for (Page *p : pages) {
        m_stack->addWidget(p);
        m_navigationModel->addPage(p);
    }
}

QWidget *MainWindow::createSidebar()
{
    auto *sidebar = new QWidget(this);
    sidebar->setObjectName(u"sidebar"_s);
    sidebar->setAttribute(Qt::WA_StyledBackground);
    sidebar->setFixedWidth(220);

    auto *logo = new QLabel(sidebar);
    logo->setPixmap(appIcon().pixmap(32, 32));
    auto *name = new QLabel(kProductName, sidebar);
    name->setObjectName(u"sidebarTitle"_s);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.35);
    nameFont.setWeight(QFont::DemiBold);
    name->setFont(nameFont);
    auto *brand = new QHBoxLayout;
    brand->setContentsMargins(6, 0, 0, 0);
    brand->setSpacing(10);
    brand->addWidget(logo);
    brand->addWidget(name, 1);

    m_navigation = new QListView(sidebar);
    m_navigation->setObjectName(u"navigationView"_s);
    m_navigation->setModel(m_navigationModel);
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMouseTracking(true); // hover highlight
    m_navigation->setCurrentIndex(m_navigationModel->index(0));
    connect(m_navigation->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showPage(current.row()); });

    auto *layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(12, 18, 12, 12);
    layout->setSpacing(16);
    layout->addLayout(brand);
    layout->addWidget(m_navigation, 1);
    return sidebar;
}

void MainWindow::createActions()
{
    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);
    for (int i = 0; i < pageCount(); ++i) {
        auto *action = new QAction(page(i)->icon(), QString(), m_pageActions);
        action->setObjectName(u"show_"_s + page(i)->objectName());
        action->setCheckable(true);
        action->setShortcut(QKeySequence(QKeyCombination(Qt::ControlModifier, static_cast<Qt::Key>(Qt::Key_1 + i))));
        connect(action, &QAction::triggered, this, [this, i] { showPage(i); });
    }
    m_pageActions->actions().constFirst()->setChecked(true);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    // close() first so the window state is saved; the tray keeps the app alive otherwise.
    connect(m_quitAction, &QAction::triggered, this, [this] {
        close();
        QCoreApplication::quit();
    });

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(u"aboutQtAction"_s);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, this, [this] { QApplication::aboutQt(); });

    m_showAction = new QAction(this);
    m_showAction->setObjectName(u"showWindowAction"_s);
    connect(m_showAction, &QAction::triggered, this, &MainWindow::bringToFront);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_viewMenu->addActions(m_pageActions->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createStatusBar()
{
    m_syncState = new QLabel(this);
    m_syncState->setObjectName(u"syncStateLabel"_s);
    m_syncProgress = new QProgressBar(this);
    m_syncProgress->setObjectName(u"syncProgressBar"_s);
    m_syncProgress->setTextVisible(false);
    m_syncProgress->setFixedSize(120, 10);
    m_syncProgress->hide();
    m_healthBadge = new QLabel(this);
    m_healthBadge->setObjectName(u"syncHealthLabel"_s);
    m_healthBadge->hide();
    m_demoBadge = new QLabel(this);
    m_demoBadge->setObjectName(u"demoModeLabel"_s);
    m_demoBadge->hide();
    m_version = new QLabel(this);
    m_version->setObjectName(u"versionLabel"_s);
    m_version->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *label : {m_syncState, m_version})
        label->setContentsMargins(8, 2, 8, 2);

    statusBar()->setObjectName(u"statusBar"_s);
    statusBar()->addWidget(m_syncState);
    statusBar()->addWidget(m_syncProgress);
    statusBar()->addWidget(m_healthBadge);
    statusBar()->addWidget(m_demoBadge);
    statusBar()->addPermanentWidget(m_version);
}

void MainWindow::createTrayIcon()
{
    // Desktops without a tray (many GNOME setups, offscreen) get no icon rather than a dead one.
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        qCDebug(lcUi) << "No system tray: running without a tray icon";
        return;
    }
    m_trayMenu = new QMenu(this);
    m_trayMenu->addAction(m_showAction);
    m_trayMenu->addSeparator();
    m_trayMenu->addAction(m_quitAction);

    m_tray = new QSystemTrayIcon(appIcon(), this);
    m_tray->setObjectName(u"trayIcon"_s);
    m_tray->setContextMenu(m_trayMenu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            bringToFront();
    });
    m_tray->show();
}

int MainWindow::pageCount() const
{
    return m_navigationModel->rowCount();
}

int MainWindow::currentPageIndex() const
{
    return m_stack->currentIndex();
}

Page *MainWindow::page(int index) const
{
    return m_navigationModel->page(index);
}

Page *MainWindow::currentPage() const
{
    return page(currentPageIndex());
}

void MainWindow::showPage(int index)
{
    if (!page(index))
        return;
    const bool changed = index != m_stack->currentIndex();
    m_stack->setCurrentIndex(index);
    // Keep the list and the View menu in step whichever of them (or a shortcut) asked.
    const QModelIndex navIndex = m_navigationModel->index(index);
    if (m_navigation->currentIndex() != navIndex)
        m_navigation->setCurrentIndex(navIndex);
    m_pageActions->actions().at(index)->setChecked(true);
    updateWindowTitle();
    if (changed) {
        QSettings().setValue(kLastPageKey, page(index)->objectName());
        Q_EMIT currentPageChanged(index);
    }
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    m_demoBadge->setVisible(demo);
    updateWindowTitle();
}

void MainWindow::setDemoSession(DemoSession *session)
{
    m_demoSession = session;
    setDemoMode(true);
    m_dashboard->setDemoSession(session);
    connect(session, &DemoSession::stateChanged, this, &MainWindow::demoStateChanged);
    connect(session, &DemoSession::failed, this, &MainWindow::showDemoError);
    demoStateChanged();
}

void MainWindow::demoStateChanged()
{
    if (m_demoSession && m_demoSession->state() == DemoSession::State::Ready)
        startDemoSync();
    // Nothing left to sync with: no point retrying every minute.
    if (m_demoSession && m_demoSession->state() == DemoSession::State::Stopped)
        m_sync->shutdown();
    updateSyncState();
}

QString MainWindow::demoStateText() const
{
    switch (m_demoSession->state()) {
    case DemoSession::State::Idle:
    case DemoSession::State::Starting:
        //: Status bar while the demo sandbox starts
        return tr("Starting demo shop…");
    case DemoSession::State::Ready:
        //: Status bar once the demo sandbox is running
        return tr("Connected to the demo shop");
    case DemoSession::State::Failed:
        return tr("Demo shop unavailable");
    case DemoSession::State::Stopped:
        return tr("Demo shop stopped");
    }
    return {};
}

void MainWindow::startDemoSync()
{
    if (m_sync->isStarted() || !m_demoSession || !m_demoSession->journal())
        return;
    const SyncProfiles profiles = m_demoSession->syncProfiles();
    Journal *journal = m_demoSession->journal();
    // The store drops this callback if the session (and the store with it) goes first.
    profiles.loadCredentials(
        m_demoSession->secrets(), this,
        [this, journal, profiles](const std::optional<SyncCredentials> &credentials, const QString &problem) {
            if (!credentials) {
                qCWarning(lcUi).noquote() << "No demo sync: credentials missing:" << problem;
                return;
            }
            startSync(*journal, profiles.settings(), *credentials, demoSyncOptions());
        });
}

void MainWindow::showDemoError(const QString &details)
{
    // Window-modal and opened, not exec()'d: the event loop (and the window) keep running.
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Demo shop"), tr("The demo shop could not start."),
                                QMessageBox::Close, this);
    box->setObjectName(u"demoErrorDialog"_s);
    box->setInformativeText(tr("Puente runs a sample Bsale and Jumpseller on this computer for the demo, with the "
                               "puente-sandbox program installed next to Puente. The details below say what went "
                               "wrong."));
    box->setDetailedText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MainWindow::startSync(Journal &journal, const SyncSettings &settings, const SyncCredentials &credentials,
                           const SyncWorker::Options &options)
{
    if (m_sync->isStarted())
        return;
    m_products->setJournal(&journal);
    m_activity->setJournal(&journal);
    if (!m_sync->start(journal, settings, credentials, options))
        qCWarning(lcUi) << "The sync engine did not start: incomplete settings or credentials";
}

void MainWindow::connectSync()
{
    connect(m_products, &ProductsPage::syncRequested, m_sync, &SyncSession::syncNow);
    connect(m_products, &ProductsPage::linkRequested, m_sync, &SyncSession::link);
    connect(m_products, &ProductsPage::unlinkRequested, m_sync, &SyncSession::unlink);
    connect(m_products, &ProductsPage::importRequested, m_sync, &SyncSession::importProducts);
    connect(m_sync, &SyncSession::catalogueChanged, m_products, &ProductsPage::reload);
    connect(m_sync, &SyncSession::linksChanged, m_products, &ProductsPage::reload);
    connect(m_sync, &SyncSession::cycleStarted, m_products, [this] { m_products->setSyncRunning(true); });
    connect(m_sync, &SyncSession::progress, this, &MainWindow::syncProgressed);
    connect(m_sync, &SyncSession::cycleFinished, this, &MainWindow::syncCycleFinished);
    // Imports and failed commands write events too.
    connect(m_sync, &SyncSession::importFinished, this, [this] {
        m_progress.reset();
        updateSyncState();
        m_activity->reload();
    });
    connect(m_sync, &SyncSession::error, m_activity, &ActivityPage::reload);
    connect(m_sync, &SyncSession::stopped, this, [this] {
        m_progress.reset();
        m_products->setSyncRunning(false);
        updateSyncState();
    });
    connect(m_sync, &SyncSession::healthChanged, this, &MainWindow::showHealth);
}

void MainWindow::syncProgressed(const SyncProgress &progress)
{
    if (progress.phase == SyncPhase::Idle)
        m_progress.reset(); // the cycle's summary follows
    else
        m_progress = progress;
    updateSyncState();
}

void MainWindow::syncCycleFinished(const SyncSummary &summary)
{
    m_progress.reset();
    m_lastCycle = summary;
    m_products->setSyncRunning(false);
    m_activity->reload();
    updateSyncState();
}

void MainWindow::updateSyncState()
{
    // A demo shop that is not (or no longer) up says so; otherwise the engine speaks.
    const bool demoUp = m_demoSession && m_demoSession->state() == DemoSession::State::Ready;
    QString text;
    if (m_demoSession && !demoUp)
        text = demoStateText();
    else if (m_progress)
        text = SyncStateText::forProgress(*m_progress);
    else if (m_lastCycle)
        text = SyncStateText::forSummary(*m_lastCycle);
    else if (m_demoSession)
        text = demoStateText();
    setSyncStateText(text);

    m_syncProgress->setVisible(m_progress.has_value());
    if (m_progress && m_progress->total > 0) {
        m_syncProgress->setRange(0, 1000);
        m_syncProgress->setValue(
            int(1000 * std::clamp<qint64>(m_progress->done, 0, m_progress->total) / m_progress->total));
    } else {
        m_syncProgress->setRange(0, 0); // busy
    }
}

void MainWindow::showHealth(const SyncHealth &health)
{
    m_dashboard->setSyncHealth(health);
    const bool healthy = health.healthy();
    m_healthBadge->setProperty("healthy", healthy);
    m_healthBadge->setVisible(!healthy);
    QStringList problems;
    if (health.stale)
        problems.append(SyncHealthPanel::staleWarningText(health.staleHours));
    if (!health.bsale.ok())
        problems.append(u"Bsale: "_s + health.bsale.lastError);
    if (!health.store.ok())
        problems.append(u"Jumpseller: "_s + health.store.lastError);
    m_healthBadge->setToolTip(problems.join(u'\n'));
}

void MainWindow::setSyncStateText(const QString &text)
{
    m_syncStateText = text;
    //: Status bar: no Bsale or Jumpseller account is connected yet
    m_syncState->setText(text.isEmpty() ? tr("Not connected") : text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveUiState();
    // Closing quits Puente: stop the engine now (aborting requests in flight, at most 2 s),
    // before main() destroys the journal's owner.
    m_sync->shutdown();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreUiState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(kDefaultSize);
    const QString lastPage = settings.value(kLastPageKey).toString();
    for (int i = 0; i < pageCount(); ++i) {
        if (page(i)->objectName() == lastPage) {
            showPage(i);
            return;
        }
    }
    showPage(0);
}

void MainWindow::saveUiState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kLastPageKey, currentPage()->objectName());
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Puente"));
    m_aboutQtAction->setText(tr("About &Qt"));
    //: Tray menu: brings the main window back
    m_showAction->setText(tr("Show Puente"));
    const QList<QAction *> pageActions = m_pageActions->actions();
    for (int i = 0; i < pageActions.size(); ++i) {
        pageActions.at(i)->setText(page(i)->title());
        pageActions.at(i)->setStatusTip(page(i)->summary());
    }
    //: Accessible name of the page list on the left
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigationModel->retranslate();
    m_demoBadge->setText(tr("Demo mode"));
    //: Status bar badge when the sync has errors or Bsale went quiet; the tooltip says why
    m_healthBadge->setText(tr("⚠ Sync needs attention"));
    m_version->setText(tr("Version %1").arg(QStringLiteral(PUENTE_VERSION)));
    updateSyncState();
    if (m_tray)
        m_tray->setToolTip(tr("Puente: Bsale and Jumpseller in step"));
    updateWindowTitle();
}

void MainWindow::updateWindowTitle()
{
    const QString pageTitle = currentPage() ? currentPage()->title() : QString();
    // The title ends with the product name so that platforms which append the application's
    // display name do not repeat it.
    if (m_demo) {
        //: Window title in demo mode: %1 is the current page, %2 the product name (Puente)
        setWindowTitle(tr("%1 (demo mode) — %2").arg(pageTitle, kProductName));
    } else {
        //: Window title: %1 is the current page, %2 the product name (Puente)
        setWindowTitle(tr("%1 — %2").arg(pageTitle, kProductName));
    }
}

void MainWindow::bringToFront()
{
    showNormal();
    raise();
    activateWindow();
}

} // namespace puente
