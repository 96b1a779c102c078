#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QtGlobal>

namespace puente::fakes {

/**
 * puente-sandbox's command line: --bsale-port N, --jumpseller-port M (0 = any free port),
 * --seed demo|orders|large:VARIANTS, --rate-scale X, --no-rate-limits, --exit-with-parent,
 * --help, --version. Parsing is pure, so it is tested without running the executable.
 * A plain value; safe from any thread.
 */
struct SandboxOptions
{
    /// Process exit codes of puente-sandbox.
    enum ExitCode : int {
        ExitOk = 0, ///< help, version, or stopped by SIGINT/SIGTERM
        ExitFailure = 1, ///< could not listen on a port
        ExitUsage = 2, ///< bad command line
    };
    enum class Action { Run, ShowHelp, ShowVersion, UsageError };
    /// Largest `large:N` the sandbox accepts (memory stays around a few hundred MB).
    static constexpr int MaxVariants = 1000000;

    Action action = Action::Run;
    QString error; ///< for UsageError: what was wrong, in one sentence
    quint16 bsalePort = 0;
    quint16 jumpsellerPort = 0;
    /// The seed spelled "orders": the order pipeline's test shop (OrderShop), not a demo shop.
    static inline const QString OrdersSeed = QStringLiteral("orders");

    QString seed = QStringLiteral("demo"); ///< OrdersSeed, or as DemoShopOptions::parse() reads it
    double rateScale = 1; ///< multiplies both fakes' rate limits
    bool rateLimits = true; ///< false: neither fake ever refuses a request for its rate
    bool exitWithParent = false; ///< quit once the process that started the sandbox is gone

    /// @p arguments includes the program name first, like QCoreApplication::arguments().
    static SandboxOptions parse(const QStringList &arguments);
    /** "demo", "orders" or "large:N" with 1 <= N <= MaxVariants. */
    static bool isValidSeed(const QString &spec);
    static QString helpText();
    /// "puente-sandbox <PUENTE_VERSION>"
    static QString versionText();
};

} // namespace puente::fakes
