#include "sync/HeadlessSync.h"

#include "base/Clock.h"
#include "base/CommandLine.h"
#include "base/Logging.h"
#include "base/UnixSignalWatcher.h"
#include "journal/ExclusionRepository.h"
#include "journal/Journal.h"
#include "journal/MappingRepository.h"
#include "secrets/EnvironmentSecretStore.h"
#include "secrets/KeychainSecretStore.h"
#include "sync/MappingCsv.h"
#include "sync/SyncStage.h"
#include "sync/SyncStages.h"
#include "sync/SyncWorker.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QEventLoop>
#include <QtCore/QJsonDocument>
#include <QtCore/QSettings>
#include <QtCore/QTextStream>

#include <csignal>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace puente {

HeadlessSync::HeadlessSync(Journal &journal, SyncSettings settings, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_settings(std::move(settings))
    , m_out(out)
    , m_err(err)
{ }

HeadlessSync::~HeadlessSync() = default;

QString HeadlessSync::checkFiles(const SyncSettings &settings)
{
    if (!settings.mappingsCsv.isEmpty()) {
        const auto parsed = MappingCsv::readMappings(settings.mappingsCsv);
        if (!parsed.ok()) {
            return u"Config key 'files/mappings': '%1' has bad rows, nothing was applied:\n%2"_s.arg(
                settings.mappingsCsv, parsed.errorText());
        }
    }
    if (!settings.exclusionsCsv.isEmpty()) {
        const auto parsed = MappingCsv::readExclusions(settings.exclusionsCsv);
        if (!parsed.ok()) {
            return u"Config key 'files/exclusions': '%1' has bad rows, nothing was applied:\n%2"_s.arg(
                settings.exclusionsCsv, parsed.errorText());
        }
    }
    return {};
}

QString HeadlessSync::applyFiles(const SyncSettings &settings, Journal &journal, Clock &clock)
{
    if (!settings.mappingsCsv.isEmpty()) {
        const auto parsed = MappingCsv::readMappings(settings.mappingsCsv);
        const MappingRepository mappings(journal);
        if (!parsed.ok() || !mappings.setAll(parsed.rows, clock.nowUtc()))
            return parsed.ok() ? mappings.lastError() : parsed.errorText();
        qCInfo(lcSync) << "applied" << parsed.rows.size() << "mapping(s) from" << settings.mappingsCsv;
    }
    if (!settings.exclusionsCsv.isEmpty()) {
        const auto parsed = MappingCsv::readExclusions(settings.exclusionsCsv);
        const ExclusionRepository exclusions(journal);
        if (!parsed.ok() || !exclusions.addAll(parsed.rows, clock.nowUtc()))
            return parsed.ok() ? exclusions.lastError() : parsed.errorText();
        qCInfo(lcSync) << "applied" << parsed.rows.size() << "exclusion(s) from" << settings.exclusionsCsv;
    }
    return {};
}

std::optional<SyncCredentials> HeadlessSync::loadCredentials()
{
    std::unique_ptr<SecretStore> owned;
    SecretStore *store = m_secrets;
    if (!store) {
        if (m_settings.credentialSource == SyncSettings::CredentialSource::Keychain)
            owned = std::make_unique<KeychainSecretStore>();
        else
            owned = std::make_unique<EnvironmentSecretStore>();
        store = owned.get();
    }
    std::optional<SyncCredentials> credentials;
    QString problem;
    bool loaded = false;
    QEventLoop loop;
    SyncCredentials::load(*store, &loop, [&](const std::optional<SyncCredentials> &result, const QString &why) {
        credentials = result;
        problem = why;
        loaded = true;
        loop.quit();
    });
    if (!loaded)
        loop.exec();
    if (!credentials) {
        const QString where = m_settings.credentialSource == SyncSettings::CredentialSource::Keychain
            ? u"the system keychain"_s
            : u"the environment (PUENTE_BSALE_TOKEN, PUENTE_JUMPSELLER_LOGIN, PUENTE_JUMPSELLER_TOKEN)"_s;
        printError(u"Missing credentials in %1: %2"_s.arg(where, problem));
    }
    return credentials;
}

int HeadlessSync::runOnce()
{
    const std::optional<SyncCredentials> credentials = loadCredentials();
    if (!credentials)
        return CommandLine::ExitUsage;
    SyncWorker::Options options;
    options.timers = false;
    options.cycleOnStart = false;
    SyncWorker worker(m_settings, *credentials, m_journal, options);
    for (auto &stage : SyncStages::create(m_settings))
        worker.addStage(std::move(stage));
    std::optional<SyncSummary> summary;
    QEventLoop loop;
    connect(&worker, &SyncWorker::cycleFinished, &loop, [&summary, &loop](const SyncSummary &finished) {
        summary = finished;
        loop.quit();
    });
    worker.start();
    worker.syncNow();
    if (!summary)
        loop.exec();
    worker.stop();
    printJson(summary->toJson());
    for (const SyncError &error : std::as_const(summary->errors))
        printError(error.subsystem + u": "_s + error.message);
    return summary->ok() ? CommandLine::ExitOk : CommandLine::ExitFailure;
}

int HeadlessSync::runDaemon(const QString &dataDir)
{
    // The handlers come first: a signal while the credentials load (a keychain may wait for
    // its password) still ends the daemon cleanly.
    UnixSignalWatcher watcher({SIGINT, SIGTERM});
    int stopSignal = 0;
    QEventLoop loop;
    SyncWorker *running = nullptr;
    connect(&watcher, &UnixSignalWatcher::received, &loop, [&](int signalNumber) {
        qCInfo(lcSync) << "received" << UnixSignalWatcher::signalName(signalNumber) << "; stopping";
        stopSignal = signalNumber;
        if (running)
            running->stop(); // aborts whatever is in flight
        loop.quit();
    });
    const std::optional<SyncCredentials> credentials = loadCredentials();
    if (!credentials)
        return CommandLine::ExitUsage;
    SyncWorker worker(m_settings, *credentials, m_journal);
    for (auto &stage : SyncStages::create(m_settings))
        worker.addStage(std::move(stage));
    connect(&worker, &SyncWorker::cycleFinished, this,
            [this](const SyncSummary &summary) { printJson(summary.toJson()); });
    // Printed once the handlers are in place: a SIGTERM from now on stops cleanly.
    printJson(QJsonObject {{u"status"_s, u"started"_s},
                           {u"mode"_s, u"daemon"_s},
                           {u"pid"_s, QCoreApplication::applicationPid()},
                           {u"dataDir"_s, dataDir},
                           {u"reconcileIntervalMs"_s, m_settings.reconcileIntervalMs}});
    if (stopSignal == 0) {
        running = &worker;
        worker.start();
        loop.exec();
        running = nullptr;
    }
    worker.stop();
    printJson(QJsonObject {{u"status"_s, u"stopped"_s}, {u"signal"_s, UnixSignalWatcher::signalName(stopSignal)}});
    return CommandLine::ExitOk;
}

void HeadlessSync::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    m_out.flush();
}

void HeadlessSync::printError(const QString &message)
{
    m_err << u"puente-sync: "_s << message << '\n';
    m_err.flush();
}

} // namespace puente
