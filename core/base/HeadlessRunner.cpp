#include "base/HeadlessRunner.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTemporaryFile>
#include <QtCore/QTextStream>

#include <csignal>

#include "base/Clock.h"
#include "base/CommandLine.h"
#include "base/LogFile.h"
#include "base/Logging.h"
#include "base/RunnerConfig.h"
#include "base/UnixSignalWatcher.h"
#include "journal/Journal.h"
#include "secrets/EnvironmentSecretStore.h"
#include "sync/OrderPipeline.h"
#include "sync/OrderRunner.h"
#include "sync/OrderSettings.h"

#include <QtCore/QEventLoop>

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
    const QJsonObject summary = runOnce(parsed.options);
    printJson(summary);
    return summary.value(u"status"_s).toString() == u"failed"_s ? CommandLine::ExitFailure : CommandLine::ExitOk;
}

int HeadlessRunner::prepare(const SyncRunnerOptions &options)
{
    if (!options.logFile.isEmpty()) {
        const QFileInfo file(options.logFile);
        LogFileOptions logOptions;
        logOptions.baseName = file.completeBaseName();
        m_logFile = std::make_unique<LogFile>(file.absolutePath(), logOptions);
        if (!m_logFile->install()) {
            printError(u"Cannot write the log file '%1'."_s.arg(options.logFile));
            m_logFile.reset();
            return CommandLine::ExitUsage;
        }
    }
    if (!options.configFile.isEmpty()) {
        const RunnerConfig config = RunnerConfig::load(options.configFile);
        if (!config.isValid()) {
            printError(config.errorString());
            return CommandLine::ExitUsage;
        }
        qCInfo(lcSync) << "config" << options.configFile << "has" << config.values().size() << "values";
        if (OrderSettings::configured(config)) {
            if (const QString problem = OrderRunner::check(config); !problem.isEmpty()) {
                printError(problem);
                return CommandLine::ExitUsage;
            }
        }
        m_config = std::make_unique<RunnerConfig>(config);
    }
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
    return CommandLine::ExitOk;
}

QJsonObject HeadlessRunner::runOnce(const SyncRunnerOptions &options)
{
    qCInfo(lcSync) << "one sync cycle (skeleton) with data dir" << options.dataDir;
    const QJsonObject orders = runOrdersOnce();
    const bool ordersFailed = orders.contains(u"errors"_s) && !orders.value(u"errors"_s).toArray().isEmpty();
    QJsonObject summary {
        {u"status"_s, ordersFailed ? u"failed"_s : u"ok"_s},
        {u"skeleton"_s, true},
        {u"note"_s, u"sync engine not wired in yet; counts are always zero"_s},
        {u"linked"_s, 0},
        {u"pushed"_s, 0},
        {u"skipped"_s, 0},
        {u"errors"_s, QJsonArray()},
        {u"journal"_s, m_journal ? m_journal->path() : QString()},
    };
    if (!orders.isEmpty())
        summary.insert(u"orders"_s, orders);
    return summary;
}

QString HeadlessRunner::startOrders()
{
    if (!m_config || !m_journal || !OrderSettings::fromConfig(*m_config).settings.enabled)
        return u"-"_s; // not configured: nothing to start
    m_secrets = std::make_unique<EnvironmentSecretStore>();
    m_orders = std::make_unique<OrderRunner>(*m_journal, *m_config, *m_secrets, SystemClock::instance());
    QString error;
    bool done = false;
    QEventLoop loop; // top level: puente-sync has no other loop running yet
    m_orders->start([&](const QString &problem) {
        error = problem;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    if (!error.isEmpty())
        m_orders.reset();
    return error;
}

QJsonObject HeadlessRunner::runOrdersOnce()
{
    const QString problem = startOrders();
    if (problem == u"-"_s)
        return {};
    if (!problem.isEmpty())
        return QJsonObject {{u"errors"_s, QJsonArray {problem}}};
    QJsonObject result;
    QEventLoop loop;
    m_orders->runOnce([&](const OrderCycleSummary &summary) {
        result = summary.toJson();
        loop.quit();
    });
    if (result.isEmpty())
        loop.exec();
    return result;
}

int HeadlessRunner::runDaemon(const SyncRunnerOptions &options)
{
    UnixSignalWatcher watcher({SIGINT, SIGTERM});
    int stopSignal = 0;
    connect(&watcher, &UnixSignalWatcher::received, this, [&stopSignal](int signalNumber) {
        qCInfo(lcSync) << "received" << UnixSignalWatcher::signalName(signalNumber) << "; stopping";
        stopSignal = signalNumber;
        QCoreApplication::exit(CommandLine::ExitOk);
    });
    // Printed only once the handlers are in place, so a supervisor (or a test) knows that a
    // SIGTERM from now on stops the runner cleanly.
    if (const QString problem = startOrders(); problem != u"-"_s) {
        if (!problem.isEmpty()) {
            printError(problem);
            return CommandLine::ExitFailure;
        }
        m_orders->runContinuously();
    }
    printJson(QJsonObject {{u"status"_s, u"started"_s},
                           {u"mode"_s, u"daemon"_s},
                           {u"skeleton"_s, true},
                           {u"pid"_s, QCoreApplication::applicationPid()},
                           {u"dataDir"_s, options.dataDir}});
    const int code = QCoreApplication::exec();
    m_orders.reset(); // jobs in flight stay "running"; the next start makes them due again
    printJson(QJsonObject {{u"status"_s, u"stopped"_s}, {u"signal"_s, UnixSignalWatcher::signalName(stopSignal)}});
    return code;
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
