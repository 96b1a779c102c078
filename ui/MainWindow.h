#pragma once

#include <QtCore/QPointer>
#include <QtWidgets/QMainWindow>

#include <optional>

#include "sync/SyncTypes.h"
#include "sync/SyncWorker.h"

class QAction;
class QActionGroup;
class QLabel;
class QListView;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QSystemTrayIcon;

namespace puente {

class ActivityPage;
class DashboardPage;
class DemoSession;
class Journal;
class NavigationModel;
class Page;
class ProductsPage;
class SyncSession;
struct SyncCredentials;
struct SyncHealth;

/**
 * Puente's main window: a navigation list (Dashboard, Products, Mappings, Documents, Activity,
 * Settings) beside a stack of pages, a status bar with the sync state and the version, the
 * File/View/Help menus, Ctrl+1…Ctrl+6 to switch pages, and a tray icon where the platform has a
 * system tray. Remembers the last page and the window geometry in QSettings (UI state only).
 *
 * Runs the sync engine (SyncSession) once given a journal, settings and credentials
 * (startSync(); in demo mode by itself once the demo shop is ready): the Products page's
 * commands go to it, its results reload the Products and Activity pages, its progress and
 * health show in the status bar and its health on the Dashboard. Closing the window stops it
 * (within 2 s).
 *
 * Owns its pages, menus, tray icon and the SyncSession. GUI thread only.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    int pageCount() const;
    int currentPageIndex() const;
    /** The page at @p index in navigation order, or nullptr. */
    Page *page(int index) const;
    Page *currentPage() const;

    /** Marks the window as running against the demo sandbox (title and status bar say so). */
    void setDemoMode(bool demo);
    bool isDemoMode() const { return m_demo; }
    /**
     * Runs the window on `session` (puente --demo): demo mode, the session's progress in the
     * status bar ("Starting demo shop…"), the Demo shop panel on the Dashboard, and an error
     * dialog if the sandbox cannot start; once it is ready, the sync engine on it (startSync()
     * with DemoSession::syncProfiles()). The session is not owned and must outlive the window.
     */
    void setDemoSession(DemoSession *session);

    /**
     * Runs the sync engine on `journal` (open, not owned; it must outlive the window) and shows
     * it on the pages. Does nothing when an engine already runs or ran in this window.
     */
    void startSync(Journal &journal, const SyncSettings &settings, const SyncCredentials &credentials,
                   const SyncWorker::Options &options = SyncWorker::Options());
    /** The sync engine's session (never null; not started until startSync()). */
    SyncSession *syncSession() const { return m_sync; }

    /**
     * Replaces the sync-state text in the status bar (the sync controller's job). An empty text
     * restores the translated default, "Not connected".
     */
    void setSyncStateText(const QString &text);

public Q_SLOTS:
    /** Shows the page at @p index; out-of-range indexes are ignored. */
    void showPage(int index);
    /** Opens the About dialog (window-modal, does not block). */
    void showAbout();

Q_SIGNALS:
    void currentPageChanged(int index);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createPages();
    QWidget *createSidebar();
    void createActions();
    void createMenus();
    void createStatusBar();
    void createTrayIcon();
    void restoreUiState();
    void saveUiState() const;
    void retranslate();
    void updateWindowTitle();
    void bringToFront();
    void demoStateChanged();
    void showDemoError(const QString &details);
    void startDemoSync();
    void connectSync();
    void syncProgressed(const SyncProgress &progress);
    void syncCycleFinished(const SyncSummary &summary);
    void updateSyncState();
    QString demoStateText() const;
    void showHealth(const SyncHealth &health);

    NavigationModel *m_navigationModel = nullptr;
    QListView *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;

    QActionGroup *m_pageActions = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_showAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    QLabel *m_syncState = nullptr;
    QProgressBar *m_syncProgress = nullptr;
    QLabel *m_healthBadge = nullptr;
    QLabel *m_demoBadge = nullptr;
    QLabel *m_version = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_trayMenu = nullptr;

    DashboardPage *m_dashboard = nullptr;
    ProductsPage *m_products = nullptr;
    ActivityPage *m_activity = nullptr;
    QPointer<DemoSession> m_demoSession;
    SyncSession *m_sync = nullptr;
    std::optional<SyncProgress> m_progress; ///< what the engine does now (none when idle)
    std::optional<SyncSummary> m_lastCycle;
    QString m_syncStateText;
    bool m_demo = false;
};

} // namespace puente
