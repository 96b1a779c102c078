// puente-sandbox: the demo sandbox (a fake Bsale and a fake Jumpseller on 127.0.0.1). All logic
// lives in tests/fakes/sandbox (Sandbox, SandboxOptions); see --help and docs/sandbox.md.
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonDocument>

#include <csignal>
#include <cstdio>

#include "base/UnixSignalWatcher.h"
#include "sandbox/ParentWatcher.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxOptions.h"

using namespace Qt::Literals::StringLiterals;
using puente::fakes::ParentWatcher;
using puente::fakes::Sandbox;
using puente::fakes::SandboxOptions;

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toUtf8().constData(), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Puente"_s);
    QCoreApplication::setApplicationName(u"puente-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PUENTE_VERSION));

    const SandboxOptions options = SandboxOptions::parse(QCoreApplication::arguments());
    switch (options.action) {
    case SandboxOptions::Action::ShowHelp:
        print(stdout, SandboxOptions::helpText());
        return SandboxOptions::ExitOk;
    case SandboxOptions::Action::ShowVersion:
        print(stdout, SandboxOptions::versionText() + u'\n');
        return SandboxOptions::ExitOk;
    case SandboxOptions::Action::UsageError:
        print(stderr, u"puente-sandbox: "_s + options.error + u" Try --help.\n"_s);
        return SandboxOptions::ExitUsage;
    case SandboxOptions::Action::Run:
        break;
    }

    // Installed before seeding so that a Ctrl+C during a large seed still ends cleanly.
    puente::UnixSignalWatcher watcher({SIGINT, SIGTERM});
    QObject::connect(&watcher, &puente::UnixSignalWatcher::received, &app, [](int) { QCoreApplication::quit(); });
    // A test that started us and was killed cannot send SIGTERM: notice it ourselves.
    ParentWatcher parentWatcher;
    QObject::connect(&parentWatcher, &ParentWatcher::parentGone, &app, [] { QCoreApplication::quit(); });
    if (options.exitWithParent)
        parentWatcher.start();

    QElapsedTimer timer;
    timer.start();
    Sandbox sandbox;
    QString error;
    if (!sandbox.start(options, &error)) {
        print(stderr, u"puente-sandbox: "_s + error + u'\n');
        return SandboxOptions::ExitFailure;
    }
    // The one line a parent process (puente --demo, tests, scripts) reads: flushed at once.
    print(stdout, QString::fromUtf8(QJsonDocument(sandbox.connectionInfo()).toJson(QJsonDocument::Compact)) + u'\n');
    const auto &report = sandbox.lastReport();
    print(stderr,
          u"puente-sandbox: seeded '%1' (Bsale %2 products / %3 variants, Jumpseller %4 products / %5 "
          u"variants / %6 orders) and ready in %7 ms; Ctrl+C stops it.\n"_s.arg(sandbox.seedSpec())
              .arg(report.erpProducts)
              .arg(report.erpVariants)
              .arg(report.storeProducts)
              .arg(report.storeVariants)
              .arg(report.storeOrders)
              .arg(timer.elapsed()));
    QCoreApplication::exec();
    return SandboxOptions::ExitOk;
}
