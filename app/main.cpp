// The puente GUI: application identity, language, command line, then the main window.
// Everything else lives in ui/ (and is tested there).
#include <QtCore/QLocale>
#include <QtWidgets/QApplication>

#include <csignal>
#include <memory>

#include "AppIcon.h"
#include "LaunchOptions.h"
#include "MainWindow.h"
#include "Translations.h"
#include "UiLogging.h"
#include "base/LogFile.h"
#include "base/UnixSignalWatcher.h"
#include "demo/DemoSession.h"

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    // --help, --version and usage errors need no display: they also work over SSH and in scripts.
    const bool gui = puente::LaunchOptions::needsGui(argc, argv);
    const std::unique_ptr<QCoreApplication> app =
        gui ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(u"Puente"_s);
    QCoreApplication::setApplicationName(u"puente"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PUENTE_VERSION));

    // Translators go in before the full parse so that --help speaks the user's language.
    puente::Translations translations;
    const QString forced = puente::LaunchOptions::requestedLanguage(QCoreApplication::arguments());
    translations.install(forced.isEmpty() ? puente::Translations::languageFor(QLocale::system()) : forced);

    const puente::LaunchOptions options = puente::LaunchOptions::parse(QCoreApplication::arguments());
    if (options.exitCode) {
        options.print();
        return *options.exitCode;
    }
    Q_ASSERT(gui); // needsGui() is false exactly when parse() sets exitCode

    // Declared first, so it is the last to go: the shutdown's messages are in the file too.
    std::unique_ptr<puente::LogFile> logFile;
    if (!options.logFile.isEmpty()) {
        logFile = puente::LogFile::installAt(options.logFile);
        if (logFile)
            qCInfo(lcUi).noquote() << "Puente" << QCoreApplication::applicationVersion() << "logging to"
                                   << options.logFile;
        else
            qCWarning(lcUi).noquote() << "Cannot write the log file" << options.logFile;
    }

    QGuiApplication::setApplicationDisplayName(u"Puente"_s);
    QGuiApplication::setDesktopFileName(u"cl.puente.Puente"_s); // matches packaging/linux/*.desktop
    QGuiApplication::setWindowIcon(puente::appIcon());

    // Declared before the window so that it outlives it; its destructor stops the sandbox.
    std::unique_ptr<puente::DemoSession> demo;
    puente::MainWindow window;
    if (options.demo) {
        demo = std::make_unique<puente::DemoSession>();
        window.setDemoSession(demo.get());
        demo->start(); // asynchronous: the window shows "Starting demo shop…" meanwhile
    }
    // Ctrl+C or a TERM ends Puente like File > Quit, so the demo's child and folder go too.
    const puente::UnixSignalWatcher signalWatcher({SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &puente::UnixSignalWatcher::received, &window, [&window](int) {
        window.close();
        QCoreApplication::quit();
    });
    window.show();
    return QCoreApplication::exec();
}
