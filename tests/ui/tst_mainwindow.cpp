// The window shell, offscreen: navigation by click and by shortcut, the About dialog, the
// embedded Spanish catalogue, and the UI state kept in QSettings.
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtCore/QXmlStreamReader>
#include <QtGui/QAction>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListView>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QSystemTrayIcon>

#include "AboutDialog.h"
#include "MainWindow.h"
#include "Page.h"
#include "Translations.h"

using namespace Qt::Literals::StringLiterals;
using puente::MainWindow;

namespace {

struct PageInfo
{
    const char *objectName;
    const char *className;
    const char *english;
    const char *spanish;
};

// Navigation order is part of the product: Ctrl+1 is always the dashboard.
constexpr PageInfo kPages[] = {
    {"dashboardPage", "puente::DashboardPage", "Dashboard", "Panel"},
    {"productsPage", "puente::ProductsPage", "Products", "Productos"},
    {"mappingsPage", "puente::MappingsPage", "Mappings", "Mapeos"},
    {"documentsPage", "puente::DocumentsPage", "Documents", "Documentos"},
    {"activityPage", "puente::ActivityPage", "Activity", "Actividad"},
    {"settingsPage", "puente::SettingsPage", "Settings", "Configuración"},
};
constexpr int kPageCount = static_cast<int>(std::size(kPages));

QListView *navigation(const MainWindow &window)
{
    return window.findChild<QListView *>(u"navigationView"_s);
}

QStackedWidget *stack(const MainWindow &window)
{
    return window.findChild<QStackedWidget *>(u"pageStack"_s);
}

QString heading(const QWidget *page)
{
    const auto *label = page ? page->findChild<QLabel *>(u"pageHeading"_s) : nullptr;
    return label ? label->text() : QString();
}

QString labelText(const QWidget &parent, const QString &objectName)
{
    const auto *label = parent.findChild<QLabel *>(objectName);
    return label ? label->text() : u"<no label %1>"_s.arg(objectName);
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?\\d+"_s);
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void opensOnDashboardByDefault();
    void navigationByClick_data();
    void navigationByClick();
    void navigationByShortcut_data();
    void navigationByShortcut();
    void navigationIconsAreEmbedded();
    void statusBarShowsSyncStateAndVersion();
    void demoModeShowsInTitleAndStatusBar();
    void aboutDialogShowsVersion();
    void spanishTranslationTranslatesTheShell();
    void spanishCatalogueIsComplete();
    void restoresLastPageAndGeometry();
    void fallsBackWhenSavedStateIsUnusable();
    void trayIconOnlyWhereThereIsATray();
    void windowIconHasEverySize();

private:
    QTemporaryDir m_settingsDir;
};

void tst_MainWindow::initTestCase()
{
    // QSettings ignores QStandardPaths' test mode: point it at a throw-away directory.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void tst_MainWindow::init()
{
    QSettings().clear();
}

void tst_MainWindow::opensOnDashboardByDefault()
{
    MainWindow window;
    QCOMPARE(window.pageCount(), kPageCount);
    QCOMPARE(window.currentPageIndex(), 0);
    QCOMPARE(stack(window)->currentWidget()->objectName(), u"dashboardPage"_s);
    QCOMPARE(navigation(window)->currentIndex().row(), 0);
    QCOMPARE(window.windowTitle(), u"Dashboard — Puente"_s);
    QCOMPARE(window.size(), QSize(1100, 700));
    for (int i = 0; i < kPageCount; ++i) {
        QCOMPARE(window.page(i)->objectName(), QString::fromLatin1(kPages[i].objectName));
        QCOMPARE(navigation(window)->model()->index(i, 0).data().toString(), QString::fromUtf8(kPages[i].english));
    }
}

void tst_MainWindow::navigationByClick_data()
{
    QTest::addColumn<int>("row");
    for (int i = 0; i < kPageCount; ++i)
        QTest::addRow("%s", kPages[i].english) << i;
}

void tst_MainWindow::navigationByClick()
{
    QFETCH(const int, row);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int start = row == 0 ? kPageCount - 1 : 0;
    window.showPage(start);
    QSignalSpy changed(&window, &MainWindow::currentPageChanged);

    QListView *view = navigation(window);
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());

    const PageInfo &expected = kPages[row];
    QWidget *current = stack(window)->currentWidget();
    QCOMPARE(current->objectName(), QString::fromLatin1(expected.objectName));
    QCOMPARE(current->metaObject()->className(), expected.className);
    QCOMPARE(window.currentPage(), current);
    QCOMPARE(heading(current), QString::fromUtf8(expected.english));
    QCOMPARE(window.windowTitle(), QString::fromUtf8(expected.english) + u" — Puente"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toInt(), row);
}

void tst_MainWindow::navigationByShortcut_data()
{
    navigationByClick_data();
}

void tst_MainWindow::navigationByShortcut()
{
    QFETCH(const int, row);
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage(row == 0 ? kPageCount - 1 : 0);

    QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_1 + row), Qt::ControlModifier);

    const PageInfo &expected = kPages[row];
    QCOMPARE(stack(window)->currentWidget()->objectName(), QString::fromLatin1(expected.objectName));
    QCOMPARE(heading(stack(window)->currentWidget()), QString::fromUtf8(expected.english));
    QCOMPARE(window.windowTitle(), QString::fromUtf8(expected.english) + u" — Puente"_s);
    // The list and the View menu follow whichever way the page was chosen.
    QCOMPARE(navigation(window)->currentIndex().row(), row);
    auto *action = window.findChild<QAction *>(u"show_"_s + QString::fromLatin1(expected.objectName));
    QVERIFY(action);
    QVERIFY(action->isChecked());
    QCOMPARE(action->shortcut(),
             QKeySequence(QKeyCombination(Qt::ControlModifier, static_cast<Qt::Key>(Qt::Key_1 + row))));
}

void tst_MainWindow::navigationIconsAreEmbedded()
{
    MainWindow window;
    const QAbstractItemModel *model = navigation(window)->model();
    for (int i = 0; i < kPageCount; ++i) {
        const auto icon = model->index(i, 0).data(Qt::DecorationRole).value<QIcon>();
        QVERIFY2(!icon.isNull(), kPages[i].objectName);
        const QList<QSize> sizes = icon.availableSizes();
        for (const int size : {24, 32, 48})
            QVERIFY2(sizes.contains(QSize(size, size)), kPages[i].objectName);
        QVERIFY(!model->index(i, 0).data(Qt::ToolTipRole).toString().isEmpty());
    }
}

void tst_MainWindow::statusBarShowsSyncStateAndVersion()
{
    MainWindow window;
    QCOMPARE(labelText(window, u"syncStateLabel"_s), u"Not connected"_s);
    QVERIFY(labelText(window, u"versionLabel"_s).contains(QStringLiteral(PUENTE_VERSION)));

    window.setSyncStateText(u"Syncing stock…"_s);
    QCOMPARE(labelText(window, u"syncStateLabel"_s), u"Syncing stock…"_s);
    window.setSyncStateText({});
    QCOMPARE(labelText(window, u"syncStateLabel"_s), u"Not connected"_s);
}

void tst_MainWindow::demoModeShowsInTitleAndStatusBar()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *badge = window.findChild<QLabel *>(u"demoModeLabel"_s);
    QVERIFY(badge);
    QVERIFY(!badge->isVisible());

    window.setDemoMode(true);
    QVERIFY(window.isDemoMode());
    QCOMPARE(window.windowTitle(), u"Dashboard (demo mode) — Puente"_s);
    QVERIFY(badge->isVisible());
    QCOMPARE(badge->text(), u"Demo mode"_s);
    window.showPage(1);
    QCOMPARE(window.windowTitle(), u"Products (demo mode) — Puente"_s);

    window.setDemoMode(false);
    QCOMPARE(window.windowTitle(), u"Products — Puente"_s);
    QVERIFY(!badge->isVisible());
}

void tst_MainWindow::aboutDialogShowsVersion()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *about = window.findChild<QAction *>(u"aboutAction"_s);
    QVERIFY(about);
    auto *helpMenu = window.findChild<QMenu *>(u"helpMenu"_s);
    QVERIFY(helpMenu);
    QVERIFY(helpMenu->actions().contains(about));
    QVERIFY(helpMenu->actions().contains(window.findChild<QAction *>(u"aboutQtAction"_s)));

    about->trigger();
    auto *dialog = window.findChild<puente::AboutDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), u"About Puente"_s);
    QCOMPARE(labelText(*dialog, u"aboutNameLabel"_s), u"Puente"_s);
    QCOMPARE(labelText(*dialog, u"aboutVersionLabel"_s), u"Version "_s + QStringLiteral(PUENTE_VERSION));
    QVERIFY(labelText(*dialog, u"aboutDescriptionLabel"_s).contains(u"Jumpseller"_s));
    QVERIFY(labelText(*dialog, u"aboutLicenseLabel"_s).contains(u"©"_s));

    dialog->reject();
    QTRY_VERIFY(!window.findChild<puente::AboutDialog *>()); // WA_DeleteOnClose
}

void tst_MainWindow::spanishTranslationTranslatesTheShell()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList englishSummaries;
    for (int i = 0; i < kPageCount; ++i)
        englishSummaries << window.page(i)->summary();
    {
        puente::Translations translations;
        QVERIFY(translations.install(u"es"_s));

        QTRY_COMPARE(window.windowTitle(), u"Panel — Puente"_s);
        const QAbstractItemModel *model = navigation(window)->model();
        for (int i = 0; i < kPageCount; ++i) {
            const QString spanish = QString::fromUtf8(kPages[i].spanish);
            QCOMPARE(model->index(i, 0).data().toString(), spanish);
            QCOMPARE(heading(window.page(i)), spanish);
            const QString summary = model->index(i, 0).data(Qt::ToolTipRole).toString();
            QCOMPARE(summary, window.page(i)->summary());
            QVERIFY2(summary != englishSummaries.at(i), qPrintable(summary));
        }
        QCOMPARE(window.findChild<QMenu *>(u"fileMenu"_s)->title(), u"&Archivo"_s);
        QCOMPARE(window.findChild<QMenu *>(u"helpMenu"_s)->title(), u"Ay&uda"_s);
        QCOMPARE(labelText(window, u"syncStateLabel"_s), u"No conectado"_s);
        QCOMPARE(labelText(window, u"versionLabel"_s), u"Versión "_s + QStringLiteral(PUENTE_VERSION));
        QCOMPARE(window.page(1)->summary().left(24), u"Variantes de Bsale y pro"_s);
    }
    // Dropping the translators brings the English source text back.
    QTRY_COMPARE(window.windowTitle(), u"Dashboard — Puente"_s);
    QCOMPARE(heading(window.page(5)), u"Settings"_s);
    QCOMPARE(window.findChild<QMenu *>(u"fileMenu"_s)->title(), u"&File"_s);
}

void tst_MainWindow::spanishCatalogueIsComplete()
{
    QFile file(QStringLiteral(PUENTE_TS_DIR "/puente_es.ts"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString language;
    QString context;
    QString source;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"TS") {
            language = xml.attributes().value(u"language"_s).toString();
        } else if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            ++messages;
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(u"type"_s).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (!type.isEmpty() || text.isEmpty())
                problems << u"%1: \"%2\" (%3)"_s.arg(context, source, type.isEmpty() ? u"empty"_s : type);
            else if (placeholders(text) != placeholders(source))
                problems << u"%1: \"%2\" placeholders differ"_s.arg(context, source);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(language.startsWith(u"es"_s));
    QVERIFY(messages >= 30); // the shell alone has more than that
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_MainWindow::restoresLastPageAndGeometry()
{
    {
        MainWindow first;
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        first.resize(780, 520);
        first.showPage(3);
        first.close();
    }
    // UI state only: nothing but ui/ keys in the settings.
    const QStringList keys = QSettings().allKeys();
    QVERIFY(!keys.isEmpty());
    for (const QString &key : keys)
        QVERIFY2(key.startsWith(u"ui/"_s), qPrintable(key));

    MainWindow second;
    QCOMPARE(second.currentPageIndex(), 3);
    QCOMPARE(stack(second)->currentWidget()->objectName(), u"documentsPage"_s);
    QCOMPARE(navigation(second)->currentIndex().row(), 3);
    QCOMPARE(second.windowTitle(), u"Documents — Puente"_s);
    QCOMPARE(second.size(), QSize(780, 520));
}

void tst_MainWindow::fallsBackWhenSavedStateIsUnusable()
{
    QSettings settings;
    settings.setValue(u"ui/mainWindow/lastPage"_s, u"noSuchPage"_s);
    settings.setValue(u"ui/mainWindow/geometry"_s, QByteArray("not a geometry"));
    settings.sync();

    MainWindow window;
    QCOMPARE(window.currentPageIndex(), 0);
    QCOMPARE(window.size(), QSize(1100, 700));
}

void tst_MainWindow::trayIconOnlyWhereThereIsATray()
{
    MainWindow window;
    auto *tray = window.findChild<QSystemTrayIcon *>();
    QCOMPARE(tray != nullptr, QSystemTrayIcon::isSystemTrayAvailable());
    if (tray) {
        const QList<QAction *> actions = tray->contextMenu()->actions();
        QVERIFY(actions.contains(window.findChild<QAction *>(u"showWindowAction"_s)));
        QVERIFY(actions.contains(window.findChild<QAction *>(u"quitAction"_s)));
    }
}

void tst_MainWindow::windowIconHasEverySize()
{
    MainWindow window;
    const QList<QSize> sizes = window.windowIcon().availableSizes();
    for (const int size : {16, 32, 48, 64, 128, 256})
        QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
