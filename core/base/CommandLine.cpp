#include "base/CommandLine.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

const QString kConfig = u"config"_s;
const QString kDataDir = u"data-dir"_s;
const QString kOnce = u"once"_s;
const QString kDaemon = u"daemon"_s;
const QString kLogFile = u"log-file"_s;
const QString kVersion = u"version"_s;

CommandLine::Result usageError(const QString &message)
{
    CommandLine::Result result;
    result.action = CommandLine::Action::UsageError;
    result.error = message;
    return result;
}

QString absolutePath(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

void CommandLine::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        u"Puente headless runner: keeps Bsale and Jumpseller in step without a window.\n"
        u"Exactly one of --once or --daemon is required.\n"
        u"Exit codes: 0 success, 1 sync failure, 2 usage or configuration error.\n"
        u"Secrets come from the system keychain or, headless, from the environment variables\n"
        u"PUENTE_BSALE_TOKEN, PUENTE_JUMPSELLER_LOGIN and PUENTE_JUMPSELLER_TOKEN."_s);
    parser.addHelpOption();
    // Our own --version: QCommandLineParser's would print the application name ("puente").
    parser.addOption(QCommandLineOption({u"v"_s, kVersion}, u"Print \"puente-sync <version>\" and exit."_s));
    parser.addOption(QCommandLineOption(kConfig, u"Read settings from the INI file <file>."_s, u"file"_s));
    parser.addOption(
        QCommandLineOption(kDataDir, u"Keep the journal and state in <dir> (created if missing)."_s, u"dir"_s));
    parser.addOption(
        QCommandLineOption(kOnce, u"Run one full sync cycle, print a JSON summary line on stdout and exit."_s));
    parser.addOption(QCommandLineOption(kDaemon, u"Keep syncing until SIGINT or SIGTERM, then exit cleanly."_s));
    parser.addOption(QCommandLineOption(kLogFile, u"Also write the log to <file>."_s, u"file"_s));
}

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    configure(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s))
        return Result {Action::ShowHelp, {}, {}};
    if (parser.isSet(kVersion))
        return Result {Action::ShowVersion, {}, {}};
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"Unexpected argument '%1'."_s.arg(parser.positionalArguments().constFirst()));

    const bool once = parser.isSet(kOnce);
    const bool daemon = parser.isSet(kDaemon);
    if (once && daemon)
        return usageError(u"--once and --daemon are mutually exclusive."_s);
    if (!once && !daemon)
        return usageError(u"Specify --once (one sync cycle) or --daemon (run until stopped)."_s);

    SyncRunnerOptions options;
    options.mode = once ? SyncRunnerOptions::Mode::Once : SyncRunnerOptions::Mode::Daemon;
    for (const QString &name : {kConfig, kDataDir, kLogFile}) {
        if (parser.isSet(name) && parser.value(name).isEmpty())
            return usageError(u"--%1 needs a non-empty value."_s.arg(name));
    }
    if (parser.isSet(kConfig))
        options.configFile = absolutePath(parser.value(kConfig));
    options.dataDir = parser.isSet(kDataDir) ? absolutePath(parser.value(kDataDir))
                                             : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (parser.isSet(kLogFile))
        options.logFile = absolutePath(parser.value(kLogFile));
    return Result {Action::Run, options, {}};
}

QString CommandLine::helpText()
{
    QCommandLineParser parser;
    configure(parser);
    return parser.helpText();
}

QString CommandLine::versionText()
{
    return u"puente-sync "_s + QLatin1StringView(PUENTE_VERSION);
}

} // namespace puente
