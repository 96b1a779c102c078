#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace puente {

/**
 * The puente GUI's command line: --lang es|pt|en, --demo, --log, --log-file FILE, --help,
 * --version.
 * A plain value; parse() has no side effects, so main() decides what to print and where.
 */
struct LaunchOptions
{
    Q_DECLARE_TR_FUNCTIONS(LaunchOptions)

public:
    /**
     * The shipped language forced with --lang, normalised ("es"), or empty when absent or not
     * shipped. Cheap pre-scan for main(), which installs translators before the full parse so
     * that --help is already translated.
     */
    static QString requestedLanguage(const QStringList &arguments);
    /**
     * False when the command line ends in output rather than a window (--help, --version, a
     * usage error): main() then needs no display and answers on a QCoreApplication, so this
     * works over SSH and in install scripts. Callable before any application object exists.
     */
    static bool needsGui(int argc, const char *const *argv);
    /** Parses @p arguments (arguments[0] is the program). Uses the application's name and version. */
    static LaunchOptions parse(const QStringList &arguments);

    /** Prints message() to stdout (help, version) or stderr (errors). */
    void print() const;

    QString language; ///< "es", "pt", "en", or empty to follow the system's language
    bool demo = false; ///< run against the built-in demo sandbox instead of real accounts
    /** Where to write a rotating log (--log: defaultLogFile(); --log-file FILE); empty = none. */
    QString logFile;

    /** logs/puente.log in the data folder, beside the journal. */
    static QString defaultLogFile();
    /** Set when the process should print `message` and exit with this code instead of starting. */
    std::optional<int> exitCode;
    QString message;

private:
    static LaunchOptions parseArguments(const QStringList &arguments, bool withHelpText);
};

} // namespace puente
