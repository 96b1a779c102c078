#include "LaunchOptions.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QStandardPaths>

#include <cstdio>

#include "Translations.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

constexpr int kUsageError = 2;

// Both --lang es and --lang=es.
QString langValue(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--lang"_s && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(u"--lang="_s))
            return arg.mid(7);
    }
    return {};
}

} // namespace

QString LaunchOptions::requestedLanguage(const QStringList &arguments)
{
    return Translations::normalized(langValue(arguments));
}

bool LaunchOptions::needsGui(int argc, const char *const *argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return !parseArguments(arguments, false).exitCode;
}

LaunchOptions LaunchOptions::parse(const QStringList &arguments)
{
    return parseArguments(arguments, true);
}

LaunchOptions LaunchOptions::parseArguments(const QStringList &arguments, bool withHelpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Puente keeps a Bsale ERP and a Jumpseller store in step."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption lang(u"lang"_s,
                                  tr("User interface language: es (Spanish), pt (Portuguese) or en (English). "
                                     "Default: the system's language."),
                                  //: Placeholder for the value of --lang in --help
                                  tr("language"));
    const QCommandLineOption demo(u"demo"_s, tr("Start in demo mode, with a sample shop instead of real accounts."));
    const QCommandLineOption log(u"log"_s,
                                 tr("Write a log file (rotated, tokens removed) to %1.").arg(defaultLogFile()));
    const QCommandLineOption logFile(u"log-file"_s, tr("Write the log file to this file instead."),
                                     //: Placeholder for the value of --log-file in --help
                                     tr("file"));
    parser.addOption(lang);
    parser.addOption(demo);
    parser.addOption(log);
    parser.addOption(logFile);

    LaunchOptions options;
    if (!parser.parse(arguments)) {
        options.exitCode = kUsageError;
        options.message = parser.errorText() + u'\n';
        return options;
    }
    if (parser.isSet(help)) {
        options.exitCode = 0;
        // helpText() reads the program name from the application object, which needsGui() runs before.
        if (withHelpText)
            options.message = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.exitCode = 0;
        options.message = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n';
        return options;
    }
    if (parser.isSet(lang)) {
        options.language = Translations::normalized(parser.value(lang));
        if (options.language.isEmpty()) {
            options.exitCode = kUsageError;
            options.message = tr("Unknown language \"%1\". Use es, pt or en.").arg(parser.value(lang)) + u'\n';
            return options;
        }
    }
    options.demo = parser.isSet(demo);
    if (parser.isSet(logFile))
        options.logFile = QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(logFile)));
    else if (parser.isSet(log))
        options.logFile = defaultLogFile();
    return options;
}

QString LaunchOptions::defaultLogFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"logs/puente.log"_s);
}

void LaunchOptions::print() const
{
    if (message.isEmpty())
        return;
    std::FILE *stream = exitCode.value_or(0) == 0 ? stdout : stderr;
    std::fputs(message.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

} // namespace puente
