#include "demo/SandboxProcess.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>
#include <QtCore/QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSandboxProcess, "puente.demo")

namespace puente {

namespace {

constexpr int kStopGraceMs = 2000;
constexpr qsizetype kStderrTail = 4096;

} // namespace

SandboxProcess::SandboxProcess(QObject *parent)
    : QObject(parent)
    , m_process(new QProcess(this))
    , m_program(locate())
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(30000);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { fail(u"The demo sandbox did not report ready within %1 s."_s.arg(m_timeout.interval() / 1000)); });
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // Should Puente die without running its destructors, the kernel still stops the sandbox.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::readOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, &SandboxProcess::readErrors);
    connect(m_process, &QProcess::finished, this, &SandboxProcess::processFinished);
    connect(m_process, &QProcess::errorOccurred, this, &SandboxProcess::processError);
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::executableName()
{
#ifdef Q_OS_WIN
    return u"puente-sandbox.exe"_s;
#else
    return u"puente-sandbox"_s;
#endif
}

QString SandboxProcess::locate(const QString &directory)
{
    const QString forced = qEnvironmentVariable("PUENTE_SANDBOX");
    if (!forced.isEmpty())
        return QFileInfo(forced).isExecutable() ? QFileInfo(forced).absoluteFilePath() : QString();
    const QString dir = directory.isEmpty() ? QCoreApplication::applicationDirPath() : directory;
    // Same directory: build tree (app/) and Linux/Windows installs (bin/). macOS disk image:
    // Puente.app/Contents/MacOS/../../../bin.
    const QStringList candidates {dir, QDir(dir).filePath(u"../../../bin"_s)};
    for (const QString &candidate : candidates) {
        const QFileInfo file(QDir(candidate).filePath(executableName()));
        if (file.isFile() && file.isExecutable())
            return QDir::cleanPath(file.absoluteFilePath());
    }
    return {};
}

qint64 SandboxProcess::processId() const
{
    return m_process->processId();
}

void SandboxProcess::start()
{
    if (m_state != State::NotRunning)
        return;
    m_stdout.clear();
    m_stderr.clear();
    m_stopping = false;
    if (m_program.isEmpty()) {
        m_state = State::Starting; // fail() reports only while starting
        fail(u"The demo sandbox (%1) is not installed next to Puente."_s.arg(executableName()));
        return;
    }
    m_state = State::Starting;
    qCInfo(lcSandboxProcess) << "Starting" << m_program << m_arguments;
    m_timeout.start();
    m_process->start(m_program, m_arguments, QIODevice::ReadOnly);
}

void SandboxProcess::stop()
{
    m_timeout.stop();
    if (m_process->state() == QProcess::NotRunning) {
        m_state = State::NotRunning;
        return;
    }
    m_stopping = true;
    m_process->terminate();
    if (!m_process->waitForFinished(kStopGraceMs)) {
        qCWarning(lcSandboxProcess) << "The sandbox ignored SIGTERM; killing it";
        m_process->kill();
        m_process->waitForFinished(kStopGraceMs);
    }
    m_state = State::NotRunning;
}

void SandboxProcess::readOutput()
{
    m_stdout += m_process->readAllStandardOutput();
    if (m_state != State::Starting) {
        m_stdout.clear(); // nothing after the first line matters
        return;
    }
    const qsizetype newline = m_stdout.indexOf('\n');
    if (newline < 0)
        return;
    const QByteArray line = m_stdout.left(newline);
    m_stdout.clear();
    QString error;
    const auto connection = SandboxConnection::fromJsonLine(line, &error);
    if (!connection) {
        fail(error);
        return;
    }
    m_timeout.stop();
    m_state = State::Running;
    qCInfo(lcSandboxProcess) << "Sandbox ready: Bsale" << connection->bsaleBaseUrl.toString() << "Jumpseller"
                             << connection->jumpsellerBaseUrl.toString();
    Q_EMIT ready(*connection);
}

void SandboxProcess::readErrors()
{
    m_stderr += m_process->readAllStandardError();
    if (m_stderr.size() > kStderrTail)
        m_stderr = m_stderr.right(kStderrTail);
}

void SandboxProcess::processFinished(int exitCode, QProcess::ExitStatus status)
{
    readErrors();
    if (m_stopping)
        return;
    const State was = m_state;
    m_state = State::NotRunning;
    m_timeout.stop();
    if (was == State::Starting) {
        m_state = State::Starting;
        fail(status == QProcess::CrashExit ? u"The demo sandbox crashed while starting."_s
                                           : u"The demo sandbox exited with code %1 while starting."_s.arg(exitCode));
        return;
    }
    qCWarning(lcSandboxProcess) << "The sandbox exited with code" << exitCode;
    Q_EMIT stopped(exitCode);
}

void SandboxProcess::processError(QProcess::ProcessError error)
{
    // Crashes and exits are handled in processFinished(); only a failed launch ends up here alone.
    if (error == QProcess::FailedToStart && m_state == State::Starting)
        fail(u"The demo sandbox (%1) could not be started: %2"_s.arg(m_program, m_process->errorString()));
}

QString SandboxProcess::withErrorOutput(const QString &message) const
{
    const QString details = errorOutput();
    return details.isEmpty() ? message : message + u'\n' + details;
}

void SandboxProcess::fail(const QString &message)
{
    if (m_state != State::Starting)
        return;
    m_timeout.stop();
    m_state = State::NotRunning;
    const QString full = withErrorOutput(message);
    qCWarning(lcSandboxProcess).noquote() << full;
    if (m_process->state() != QProcess::NotRunning) {
        m_stopping = true;
        m_process->kill();
        m_process->waitForFinished(kStopGraceMs);
    }
    Q_EMIT failed(full);
}

} // namespace puente
