#pragma once

#include <QtCore/QString>

namespace puente {

/**
 * What puente-sync was asked to do, as parsed from its command line by CommandLine.
 * A plain value type.
 */
struct SyncRunnerOptions
{
    enum class Mode {
        Once, ///< one full sync cycle, a JSON summary on stdout, then exit
        Daemon, ///< keep syncing until SIGINT/SIGTERM
    };

    Mode mode = Mode::Once;
    QString configFile; ///< INI file; empty when --config was not given
    QString dataDir; ///< absolute; QStandardPaths::AppDataLocation unless --data-dir was given
    QString logFile; ///< empty when --log-file was not given (log to stderr only)
};

} // namespace puente
