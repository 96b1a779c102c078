#include "sandbox/SandboxOptions.h"

#include <QtCore/QCommandLineParser>

#include <cmath>

#include "seed/DemoShop.h"

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes {

namespace {

const QString kBsalePort = u"bsale-port"_s;
const QString kJumpsellerPort = u"jumpseller-port"_s;
const QString kSeed = u"seed"_s;
const QString kRateScale = u"rate-scale"_s;
const QString kNoRateLimits = u"no-rate-limits"_s;
const QString kExitWithParent = u"exit-with-parent"_s;
const QString kVersion = u"version"_s;

void configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        u"Puente's demo sandbox: a fake Bsale ERP and a fake Jumpseller store on 127.0.0.1, seeded\n"
        u"with the demo shop. Prints one JSON line on stdout with both base URLs and credentials,\n"
        u"then serves until SIGINT or SIGTERM (or, with --exit-with-parent, until the process\n"
        u"that started it is gone). Each fake has an admin interface under /_admin/\n"
        u"(see docs/sandbox.md).\n"
        u"Exit codes: 0 stopped cleanly, 1 could not listen, 2 usage error."_s);
    parser.addHelpOption();
    parser.addOption(QCommandLineOption({u"v"_s, kVersion}, u"Print \"puente-sandbox <version>\" and exit."_s));
    parser.addOption(QCommandLineOption(kBsalePort, u"Serve the fake Bsale on port <port> (0 = any free port)."_s,
                                        u"port"_s, u"0"_s));
    parser.addOption(QCommandLineOption(
        kJumpsellerPort, u"Serve the fake Jumpseller on port <port> (0 = any free port)."_s, u"port"_s, u"0"_s));
    parser.addOption(QCommandLineOption(
        kSeed,
        u"Seed data: 'demo' (the demo shop, default), 'orders' (the order pipeline's small test shop, "
        u"printed under \"shop\") or 'large:N' (N variants, for benchmarks)."_s,
        u"spec"_s, u"demo"_s));
    parser.addOption(QCommandLineOption(
        kRateScale, u"Multiply both fakes' rate limits by <x> (> 0; default 1, the real limits)."_s, u"x"_s, u"1"_s));
    parser.addOption(QCommandLineOption(
        kNoRateLimits, u"Switch both fakes' rate limits off (no 429 for pacing; for crash tests and soaks)."_s));
    parser.addOption(QCommandLineOption(
        kExitWithParent,
        u"Quit (as on SIGTERM) once the process that started the sandbox has gone, even if it was killed "
        u"(checked every 500 ms; POSIX only)."_s));
}

SandboxOptions usageError(const QString &message)
{
    SandboxOptions options;
    options.action = SandboxOptions::Action::UsageError;
    options.error = message;
    return options;
}

bool readPort(const QString &text, quint16 *port)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    *port = quint16(value);
    return true;
}

} // namespace

SandboxOptions SandboxOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    configure(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s)) {
        SandboxOptions options;
        options.action = Action::ShowHelp;
        return options;
    }
    if (parser.isSet(kVersion)) {
        SandboxOptions options;
        options.action = Action::ShowVersion;
        return options;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"Unexpected argument '%1'."_s.arg(parser.positionalArguments().constFirst()));

    SandboxOptions options;
    if (!readPort(parser.value(kBsalePort), &options.bsalePort))
        return usageError(
            u"--bsale-port must be a port number from 0 to 65535, not '%1'."_s.arg(parser.value(kBsalePort)));
    if (!readPort(parser.value(kJumpsellerPort), &options.jumpsellerPort))
        return usageError(
            u"--jumpseller-port must be a port number from 0 to 65535, not '%1'."_s.arg(parser.value(kJumpsellerPort)));
    if (options.bsalePort != 0 && options.bsalePort == options.jumpsellerPort)
        return usageError(u"--bsale-port and --jumpseller-port must differ."_s);
    options.seed = parser.value(kSeed).trimmed().toLower();
    if (!isValidSeed(options.seed))
        return usageError(
            u"--seed must be 'demo', 'orders' or 'large:N' with 1 <= N <= %1, not '%2'."_s.arg(MaxVariants)
                .arg(parser.value(kSeed)));
    bool ok = false;
    options.rateScale = parser.value(kRateScale).toDouble(&ok);
    if (!ok || !std::isfinite(options.rateScale) || options.rateScale <= 0)
        return usageError(u"--rate-scale must be a number above 0, not '%1'."_s.arg(parser.value(kRateScale)));
    options.rateLimits = !parser.isSet(kNoRateLimits);
    options.exitWithParent = parser.isSet(kExitWithParent);
    return options;
}

bool SandboxOptions::isValidSeed(const QString &spec)
{
    if (spec.trimmed().compare(OrdersSeed, Qt::CaseInsensitive) == 0)
        return true;
    const auto options = DemoShopOptions::parse(spec);
    return options && (options->kind == DemoShopOptions::Kind::Demo || options->variantCount <= MaxVariants);
}

QString SandboxOptions::helpText()
{
    QCommandLineParser parser;
    configure(parser);
    return parser.helpText();
}

QString SandboxOptions::versionText()
{
    return u"puente-sandbox "_s + QStringLiteral(PUENTE_VERSION);
}

} // namespace puente::fakes
