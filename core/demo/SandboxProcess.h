#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QObject>
#include <QtCore/QProcess>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QTimer>

#include "demo/SandboxConnection.h"

namespace puente {

/**
 * Runs puente-sandbox as a child process and reads its one JSON line without blocking: start()
 * returns at once; ready() or failed() follows from the event loop. The child gets SIGTERM when
 * this object is destroyed (and, on Linux, when the parent dies without cleaning up), so a demo
 * never leaves fake servers behind.
 *
 * Ownership: a QObject that owns the QProcess. Thread affinity: the thread that created it
 * (usually the GUI thread); it needs that thread's event loop.
 */
class SandboxProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxProcess)

public:
    enum class State { NotRunning, Starting, Running };
    Q_ENUM(State)

    explicit SandboxProcess(QObject *parent = nullptr);
    /** Stops the child (stop()). */
    ~SandboxProcess() override;

    /** "puente-sandbox" (with ".exe" on Windows). */
    static QString executableName();
    /**
     * The puente-sandbox beside the running executable: `directory` (default: the application's
     * directory; both live in app/ in the build tree and in bin/ once installed), or the bin/
     * folder next to a macOS app bundle. $PUENTE_SANDBOX overrides the search. Empty when none.
     */
    static QString locate(const QString &directory = {});

    /** The executable to run; default: locate(). */
    void setProgram(const QString &program) { m_program = program; }
    QString program() const { return m_program; }
    /** Extra arguments, e.g. {"--seed", "large:20000"}. */
    void setArguments(const QStringList &arguments) { m_arguments = arguments; }
    /** How long start() waits for the JSON line before failing; default 30 s. */
    void setStartTimeout(int milliseconds) { m_timeout.setInterval(milliseconds); }

    /** Starts the child unless it is already starting or running. */
    void start();
    /**
     * Ends the child: SIGTERM, then a kill if it has not exited within two seconds. Blocks for
     * at most that long, which only happens at shutdown; emits nothing.
     */
    void stop();

    State state() const { return m_state; }
    qint64 processId() const;
    /** The child's last lines on stderr (bounded), for error messages. */
    QString errorOutput() const { return QString::fromUtf8(m_stderr).trimmed(); }

Q_SIGNALS:
    /** The sandbox is listening; `connection` carries its credentials (do not log it). */
    void ready(const puente::SandboxConnection &connection);
    /** It could not start, printed no valid line in time, or exited before being ready.
     *  `message` is technical English plus the child's stderr (for a details pane). */
    void failed(const QString &message);
    /** It exited on its own after having been ready. */
    void stopped(int exitCode);

private:
    void readOutput();
    void readErrors();
    void processFinished(int exitCode, QProcess::ExitStatus status);
    void processError(QProcess::ProcessError error);
    void fail(const QString &message);
    QString withErrorOutput(const QString &message) const;

    QProcess *m_process = nullptr;
    QTimer m_timeout;
    QString m_program;
    QStringList m_arguments;
    QByteArray m_stdout;
    QByteArray m_stderr;
    State m_state = State::NotRunning;
    bool m_stopping = false;
};

} // namespace puente
