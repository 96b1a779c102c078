#include "base/HeadlessRunner.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QTemporaryFile>
#include <QtCore/QTextStream>

#include "base/Clock.h"
#include "base/CommandLine.h"
#include "base/LogFile.h"
#include "base/Logging.h"
#include "base/RunnerConfig.h"
#include "journal/Journal.h"
#include "sync/HeadlessSync.h"
#include "sync/SyncSettings.h"
#include "sync/SyncStages.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

HeadlessRunner::HeadlessRunner(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{ }

HeadlessRunner::~HeadlessRunner() = default;

int HeadlessRunner::run(const QStringList &arguments)
{
    const CommandLine::Result parsed = CommandLine::parse(arguments);
    switch (parsed.action) {
    case CommandLine::Action::ShowHelp:
        m_out << CommandLine::helpText();
        m_out.flush();
        return CommandLine::ExitOk;
    case CommandLine::Action::ShowVersion:
        m_out << CommandLine::versionText() << '\n';
        m_out.flush();
        return CommandLine::ExitOk;
    case CommandLine::Action::UsageError:
        printError(parsed.error + u" Try --help."_s);
        return CommandLine::ExitUsage;
    case CommandLine::Action::Run:
        break;
    }
    if (const int code = prepare(parsed.options); code != CommandLine::ExitOk)
        return code;
    if (parsed.options.mode == SyncRunnerOptions::Mode::Daemon)
        return runDaemon(parsed.options);
    return runOnce(parsed.options);
}

int HeadlessRunner::prepare(const SyncRunnerOptions &options)
{
    if (!options.logFile.isEmpty()) {
        m_logFile = LogFile::installAt(options.logFile);
        if (!m_logFile) {
            printError(u"Cannot write the log file '%1'."_s.arg(options.logFile));
            return CommandLine::ExitUsage;
        }
    }
    if (options.configFile.isEmpty()) {
        printError(u"No config file: pass --config FILE (its keys are described in README.md, "
                   "\"puente-sync configuration\")."_s);
        return CommandLine::ExitUsage;
    }
    const RunnerConfig config = RunnerConfig::load(options.configFile);
    if (!config.isValid()) {
        printError(config.errorString());
        return CommandLine::ExitUsage;
    }
    const ParsedSyncSettings parsedSettings = SyncSettings::fromConfig(config);
    if (!parsedSettings.ok()) {
        printError(u"Config file '%1': %2"_s.arg(options.configFile, parsedSettings.error->toString()));
        return CommandLine::ExitUsage;
    }
    m_settings = std::make_unique<SyncSettings>(*parsedSettings.settings);
    // The stages' sections too: a typo there is a usage error now, not a failure in every cycle.
    if (const QString problem = SyncStages::check(*m_settings); !problem.isEmpty()) {
        printError(u"Config file '%1': %2"_s.arg(options.configFile, problem));
        return CommandLine::ExitUsage;
    }
    // Every row of the CSV files is checked before anything is created or applied.
    if (const QString problem = HeadlessSync::checkFiles(*m_settings); !problem.isEmpty()) {
        printError(problem);
        return CommandLine::ExitUsage;
    }
    qCInfo(lcSync) << "config" << options.configFile << "has" << config.values().size() << "values";
    if (const QString problem = ensureWritableDir(options.dataDir); !problem.isEmpty()) {
        printError(problem);
        return CommandLine::ExitUsage;
    }
    m_journal = std::make_unique<Journal>(Journal::pathInDirectory(options.dataDir));
    if (const auto error = m_journal->open()) {
        printError(error->message);
        m_journal.reset();
        return CommandLine::ExitFailure;
    }
    if (const QString problem = HeadlessSync::applyFiles(*m_settings, *m_journal, SystemClock::instance());
        !problem.isEmpty()) {
        printError(problem);
        return CommandLine::ExitFailure;
    }
    return CommandLine::ExitOk;
}

const SyncSettings &HeadlessRunner::settings() const
{
    return *m_settings;
}

int HeadlessRunner::runOnce(const SyncRunnerOptions &options)
{
    qCInfo(lcSync) << "one sync cycle with data dir" << options.dataDir;
    HeadlessSync sync(*m_journal, *m_settings, m_out, m_err);
    return sync.runOnce();
}

int HeadlessRunner::runDaemon(const SyncRunnerOptions &options)
{
    HeadlessSync sync(*m_journal, *m_settings, m_out, m_err);
    return sync.runDaemon(options.dataDir);
}

QString HeadlessRunner::ensureWritableDir(const QString &dir)
{
    if (dir.isEmpty())
        return u"No data directory: QStandardPaths found no writable application data location; pass --data-dir."_s;
    if (!QDir().mkpath(dir))
        return u"Cannot create data directory '%1'. Pass --data-dir with a writable location."_s.arg(dir);
    // Permission bits lie (root, ACLs, read-only mounts): prove it by creating a file.
    QTemporaryFile probe(QDir(dir).filePath(u".write-test-XXXXXX"_s));
    if (!probe.open())
        return u"Data directory '%1' is not writable: %2. Pass --data-dir with a writable location."_s.arg(
            dir, probe.errorString());
    return {};
}

void HeadlessRunner::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    m_out.flush();
}

void HeadlessRunner::printError(const QString &message)
{
    m_err << u"puente-sync: "_s << message << '\n';
    m_err.flush();
}

} // namespace puente
