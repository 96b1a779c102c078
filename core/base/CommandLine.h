#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

#include "base/SyncRunnerOptions.h"

class QCommandLineParser;

namespace puente {

/**
 * puente-sync's command line: --help, --version, --config FILE, --data-dir DIR, --once |
 * --daemon, --log-file FILE. Parsing is pure (no file is touched; only the default data dir
 * is looked up in QStandardPaths), so it is tested without running the executable.
 * Checking the config file and creating the data dir is HeadlessRunner's job.
 *
 * Stateless; safe from any thread once QCoreApplication's names are set.
 */
class CommandLine
{
public:
    /// Process exit codes of puente-sync.
    enum ExitCode : int {
        ExitOk = 0,
        ExitFailure = 1, ///< the sync itself failed
        ExitUsage = 2, ///< bad command line, unreadable/invalid config, unusable data dir
    };

    enum class Action { Run, ShowHelp, ShowVersion, UsageError };

    struct Result
    {
        Action action = Action::UsageError;
        SyncRunnerOptions options; ///< meaningful when action == Run
        QString error; ///< meaningful when action == UsageError
    };

    /// @p arguments includes the program name first, like QCoreApplication::arguments().
    static Result parse(const QStringList &arguments);
    static QString helpText();
    /// "puente-sync <PUENTE_VERSION>"
    static QString versionText();

private:
    static void configure(QCommandLineParser &parser);
};

} // namespace puente
