#include "demo/DemoSession.h"

#include <QtCore/QTemporaryDir>

#include "demo/SandboxConnection.h"
#include "demo/SandboxProcess.h"
#include "journal/Journal.h"
#include "secrets/MemorySecretStore.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

DemoSession::DemoSession(QObject *parent)
    : QObject(parent)
    , m_secrets(std::make_unique<MemorySecretStore>())
    , m_process(new SandboxProcess(this))
{
    connect(m_process, &SandboxProcess::ready, this, &DemoSession::sandboxReady);
    connect(m_process, &SandboxProcess::failed, this, &DemoSession::fail);
    connect(m_process, &SandboxProcess::stopped, this, [this](int exitCode) {
        m_error = u"The demo sandbox exited with code %1."_s.arg(exitCode);
        setState(State::Stopped);
        Q_EMIT stopped();
    });
}

DemoSession::~DemoSession()
{
    // The child first: it must not outlive the session that started it.
    m_process->stop();
}

void DemoSession::setSandboxProgram(const QString &program)
{
    m_process->setProgram(program);
}

QString DemoSession::sandboxProgram() const
{
    return m_process->program();
}

QString DemoSession::dataDirectory() const
{
    return m_dataDir ? m_dataDir->path() : QString();
}

SecretStore &DemoSession::secrets()
{
    return *m_secrets;
}

SyncProfiles DemoSession::syncProfiles() const
{
    // Both fakes listen on 127.0.0.1, and the engine paces (and backs off) per host name, as if
    // one server (a proxy) answered for both: the store would wait for Bsale's limit. The real
    // services are two hosts; reaching the store as "localhost" gives each fake its own pace.
    ConnectionProfile jumpseller = m_jumpseller;
    if (jumpseller.baseUrl.host() == m_bsale.baseUrl.host() && jumpseller.baseUrl.host() == u"127.0.0.1"_s)
        jumpseller.baseUrl.setHost(u"localhost"_s);
    return SyncProfiles {m_bsale, jumpseller, {SyncOfficeId}, SyncPriceListId};
}

void DemoSession::start()
{
    if (m_state == State::Starting || m_state == State::Ready)
        return;
    m_error.clear();
    setState(State::Starting);
    if (!m_dataDir) {
        m_dataDir = std::make_unique<QTemporaryDir>();
        if (!m_dataDir->isValid()) {
            fail(u"Cannot create a temporary data directory: %1"_s.arg(m_dataDir->errorString()));
            return;
        }
        m_journal = std::make_unique<Journal>(Journal::pathInDirectory(m_dataDir->path()));
        if (const auto error = m_journal->open()) {
            m_journal.reset();
            fail(u"Cannot open the demo journal: %1"_s.arg(error->message));
            return;
        }
    }
    m_process->setArguments({u"--seed"_s, m_seed, u"--rate-scale"_s, QString::number(SandboxRateScale)});
    m_process->start();
}

void DemoSession::sandboxReady(const SandboxConnection &connection)
{
    m_bsale.service = ConnectionProfile::Service::Bsale;
    m_bsale.connectionId = QString(BsaleConnectionId);
    m_bsale.baseUrl = connection.bsaleBaseUrl;
    m_bsale.adminUrl = connection.bsaleAdminUrl;
    m_bsale.bsaleCompanyId = connection.bsaleCompanyId;
    m_jumpseller.service = ConnectionProfile::Service::Jumpseller;
    m_jumpseller.connectionId = QString(JumpsellerConnectionId);
    m_jumpseller.baseUrl = connection.jumpsellerBaseUrl;
    m_jumpseller.adminUrl = connection.jumpsellerAdminUrl;
    m_jumpseller.storeCode = connection.jumpsellerStoreCode;
    m_sandboxUrl = connection.sandboxUrl;
    m_sandboxPid = connection.processId;
    m_demoActionsUrl = connection.demoActionsUrl;

    // The session is ready once every credential is in the store (writes are asynchronous).
    m_pendingSecrets = 0;
    storeSecret(m_bsale.tokenKey(), connection.bsaleAccessToken);
    storeSecret(m_jumpseller.loginKey(), connection.jumpsellerLogin);
    storeSecret(m_jumpseller.tokenKey(), connection.jumpsellerAuthToken);
    if (!connection.jumpsellerHooksToken.isEmpty())
        storeSecret(m_jumpseller.hooksTokenKey(), connection.jumpsellerHooksToken);
}

void DemoSession::storeSecret(const SecretKey &key, const QString &value)
{
    ++m_pendingSecrets;
    m_secrets->write(key, value, this,
                     [this](const SecretResult &result) { secretStored(result.ok(), result.message()); });
}

void DemoSession::secretStored(bool ok, const QString &message)
{
    if (m_state != State::Starting)
        return;
    if (!ok) {
        fail(u"Cannot keep the demo credentials: %1"_s.arg(message));
        return;
    }
    if (--m_pendingSecrets == 0) {
        setState(State::Ready);
        Q_EMIT ready();
    }
}

void DemoSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void DemoSession::fail(const QString &message)
{
    m_error = message;
    m_process->stop();
    setState(State::Failed);
    Q_EMIT failed(message);
}

} // namespace puente
