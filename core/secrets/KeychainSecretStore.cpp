#include "secrets/KeychainSecretStore.h"

#include <QtCore/QPointer>
#include <QtCore/QSettings>
#include <QtCore/QStringList>
#include <QtCore/QTimer>

#include <qt6keychain/keychain.h>

#include "base/Logging.h"

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace puente {

namespace {

constexpr QLatin1StringView KeyPrefix {"puente"};

QLatin1StringView operationName(int operation)
{
    static constexpr QLatin1StringView names[] = {QLatin1StringView("read"), QLatin1StringView("write"),
                                                  QLatin1StringView("remove")};
    return names[operation];
}

SecretResult failureFromKeychain(const SecretKey &key, int errorCode, const QString &errorString)
{
    const QString name = key.displayName();
    switch (static_cast<QKeychain::Error>(errorCode)) {
    case QKeychain::EntryNotFound:
        return SecretResult::failure(key, SecretError::NotFound, u"No secret is stored for %1."_s.arg(name));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretResult::failure(key, SecretError::AccessDenied,
                                     u"Access to the system keychain was denied for %1. Unlock your keyring and "
                                     u"allow Puente to use it, then retry."_s.arg(name));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        break;
    case QKeychain::OtherError:
        if (KeychainSecretStore::looksLikeMissingBackend(errorString))
            break;
        [[fallthrough]];
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoError:
        return SecretResult::failure(key, SecretError::Other,
                                     u"The system keychain failed for %1: %2"_s.arg(name, errorString));
    }
    return SecretResult::failure(key, SecretError::NoBackend,
                                 KeychainSecretStore::noBackendMessage() + u" (Keychain said: %1)"_s.arg(errorString));
}

} // namespace

struct KeychainSecretStore::Request
{
    Operation operation = Operation::Read;
    SecretKey key;
    QString value; // the secret to write; cleared as soon as the request is done
    QPointer<QObject> context;
    SecretCallback callback;
    int attempt = 0; // bumps on retry, so timers and late answers of older attempts are ignored
    bool done = false;
};

KeychainSecretStore::KeychainSecretStore(std::unique_ptr<QSettings> index)
    : m_index(index ? std::move(index) : std::make_unique<QSettings>())
    , m_guard(std::make_unique<QObject>())
    , m_warnAfter(10s)
    , m_failAfter(120s)
    , m_noBackendRetryDelay(1500ms)
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::setTimeouts(std::chrono::milliseconds warnAfter, std::chrono::milliseconds failAfter)
{
    m_warnAfter = warnAfter;
    m_failAfter = failAfter;
}

void KeychainSecretStore::setNoBackendRetryDelay(std::chrono::milliseconds delay)
{
    m_noBackendRetryDelay = delay;
}

QString KeychainSecretStore::storageKey(const SecretKey &key)
{
    return KeyPrefix + u':' + key.connectionId + u':' + key.field;
}

std::optional<SecretKey> KeychainSecretStore::parseStorageKey(const QString &storageKey)
{
    const QStringList parts = storageKey.split(u':');
    if (parts.size() != 3 || parts.at(0) != KeyPrefix)
        return std::nullopt;
    SecretKey key {parts.at(1), parts.at(2)};
    if (!key.isValid())
        return std::nullopt;
    return key;
}

QString KeychainSecretStore::noBackendMessage()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return u"No system keychain is available. Install and unlock GNOME Keyring or KWallet (Secret Service), "
           u"then retry. Puente never stores tokens in plain text. On a server without a desktop session, run "
           u"puente-sync with the PUENTE_* environment variables instead."_s;
#else
    return u"No system keychain is available. Make sure the system keychain (Keychain on macOS, Credential "
           u"Manager on Windows) is enabled and unlocked, then retry. Puente never stores tokens in plain text."_s;
#endif
}

bool KeychainSecretStore::looksLikeMissingBackend(const QString &backendMessage)
{
    // QtKeychain's libsecret and KWallet paths report a missing session bus or Secret Service
    // provider only as OtherError plus GLib/D-Bus text, so recognise the text.
    static const QLatin1StringView markers[] = {
        QLatin1StringView("d-bus"),
        QLatin1StringView("dbus"),
        QLatin1StringView("autolaunch"),
        QLatin1StringView("could not connect"),
        QLatin1StringView("org.freedesktop.secrets"),
        QLatin1StringView("not provided by any .service files"),
        QLatin1StringView("no keyring daemon"),
        QLatin1StringView("no keychain service"),
    };
    for (const QLatin1StringView marker : markers) {
        if (backendMessage.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void KeychainSecretStore::read(const SecretKey &key, QObject *context, SecretCallback callback)
{
    if (rejectInvalid(key, context, callback))
        return;
    start(Operation::Read, key, QString(), context, std::move(callback));
}

void KeychainSecretStore::write(const SecretKey &key, const QString &value, QObject *context, SecretCallback callback)
{
    if (rejectInvalid(key, context, callback) || rejectEmptyValue(key, value, context, callback))
        return;
    start(Operation::Write, key, value, context, std::move(callback));
}

void KeychainSecretStore::remove(const SecretKey &key, QObject *context, SecretCallback callback)
{
    if (rejectInvalid(key, context, callback))
        return;
    start(Operation::Remove, key, QString(), context, std::move(callback));
}

QList<SecretKey> KeychainSecretStore::knownKeys() const
{
    QList<SecretKey> keys;
    const QStringList names = m_index->value(IndexSettingsKey).toStringList();
    for (const QString &name : names) {
        if (const auto key = parseStorageKey(name))
            keys.append(*key);
    }
    sortKeys(keys);
    return keys;
}

void KeychainSecretStore::start(Operation operation, const SecretKey &key, const QString &value, QObject *context,
                                SecretCallback callback)
{
    Q_ASSERT_X(context, "KeychainSecretStore", "a context object is required");
    auto request = std::make_shared<Request>();
    request->operation = operation;
    request->key = key;
    request->value = value;
    request->context = context;
    request->callback = std::move(callback);
    launch(request);
}

void KeychainSecretStore::launch(const std::shared_ptr<Request> &request)
{
    QKeychain::Job *job = nullptr;
    switch (request->operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(ServiceName);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(ServiceName);
        writeJob->setTextData(request->value);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(ServiceName);
        break;
    }
    // Never let QtKeychain write the secret to a plain-text QSettings file.
    job->setInsecureFallback(false);
    // Jobs are not parented to the store: the backend calls back into a job it was given, so a
    // job must live until it finishes even if the store is gone. The guard drops our handler.
    job->setAutoDelete(true);
    job->setKey(storageKey(request->key));
    const int attempt = request->attempt;
    QObject::connect(job, &QKeychain::Job::finished, m_guard.get(), [this, request, attempt](QKeychain::Job *finished) {
        const auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finished);
        onJobFinished(request, attempt, finished->error(), finished->errorString(),
                      readJob ? readJob->textData() : QString());
    });
    qCDebug(lcSecrets) << "keychain" << operationName(static_cast<int>(request->operation)) << "started for"
                       << storageKey(request->key) << "attempt" << attempt + 1;
    armWatchdog(request);
    job->start();
}

void KeychainSecretStore::armWatchdog(const std::shared_ptr<Request> &request)
{
    const int attempt = request->attempt;
    const auto stillWaiting = [request, attempt] { return !request->done && request->attempt == attempt; };
    QTimer::singleShot(m_warnAfter, m_guard.get(), [request, stillWaiting, warnAfter = m_warnAfter] {
        if (stillWaiting())
            qCWarning(lcSecrets) << "keychain has not answered for" << storageKey(request->key) << "after"
                                 << warnAfter.count() << "ms; is the keyring locked or its daemon stuck?";
    });
    QTimer::singleShot(m_failAfter, m_guard.get(), [this, request, stillWaiting] {
        if (!stillWaiting())
            return;
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_failAfter).count();
        finish(request,
               SecretResult::failure(request->key, SecretError::Other,
                                     u"The system keychain did not answer within %1 s for %2. If it asks "
                                     u"for a password, unlock it, then retry."_s.arg(seconds)
                                         .arg(request->key.displayName())));
    });
}

void KeychainSecretStore::onJobFinished(const std::shared_ptr<Request> &request, int attempt, int errorCode,
                                        const QString &errorString, const QString &value)
{
    if (request->done || request->attempt != attempt)
        return; // timed out or superseded by a retry
    SecretResult result;
    if (errorCode == QKeychain::NoError)
        result = SecretResult::success(request->key, value);
    else if (errorCode == QKeychain::EntryNotFound && request->operation == Operation::Remove)
        result = SecretResult::success(request->key); // remove is idempotent
    else
        result = failureFromKeychain(request->key, errorCode, errorString);

    if (result.error() == SecretError::NoBackend && request->attempt == 0 && m_noBackendRetryDelay > 0ms) {
        qCInfo(lcSecrets) << "no keychain backend for" << storageKey(request->key) << "; retrying once in"
                          << m_noBackendRetryDelay.count() << "ms";
        request->attempt = 1;
        QTimer::singleShot(m_noBackendRetryDelay, m_guard.get(), [this, request] { launch(request); });
        return;
    }
    finish(request, result);
}

void KeychainSecretStore::finish(const std::shared_ptr<Request> &request, const SecretResult &result)
{
    request->done = true;
    request->value.clear();
    const QString name = storageKey(request->key);
    const QLatin1StringView operation = operationName(static_cast<int>(request->operation));
    if (result.ok()) {
        qCDebug(lcSecrets) << "keychain" << operation << "succeeded for" << name;
        if (request->operation != Operation::Read)
            updateIndex(request->key, request->operation == Operation::Write);
    } else {
        qCWarning(lcSecrets) << "keychain" << operation << "failed for" << name << ":"
                             << secretErrorName(result.error()) << result.message();
        if (result.error() == SecretError::NotFound)
            updateIndex(request->key, false); // the keychain lost it (or the user deleted it): stop listing it
    }
    if (request->context)
        deliver(request->context, std::move(request->callback), result);
}

void KeychainSecretStore::updateIndex(const SecretKey &key, bool present)
{
    QStringList names = m_index->value(IndexSettingsKey).toStringList();
    const QString name = storageKey(key);
    const bool listed = names.contains(name);
    if (listed == present)
        return;
    if (present)
        names.append(name);
    else
        names.removeAll(name);
    names.sort();
    m_index->setValue(IndexSettingsKey, names);
    m_index->sync();
}

} // namespace puente
