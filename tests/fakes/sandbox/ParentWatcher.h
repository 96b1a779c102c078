#pragma once

#include <QtCore/QObject>
#include <QtCore/QTimer>

namespace puente::fakes {

/**
 * Tells when the process that started this one has gone, for `puente-sandbox
 * --exit-with-parent`: a test that is SIGKILLed or crashes cleans up nothing, and its sandbox
 * must not linger. Polls getppid() every 500 ms (portable, unlike Linux's PR_SET_PDEATHSIG, and
 * it needs nothing from the parent): once the parent is gone the process has been re-parented
 * and the id changes. Does nothing where there is no getppid() (Windows).
 *
 * Ownership: a plain QObject. Thread affinity: the thread that created it (needs its event loop).
 */
class ParentWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParentWatcher)

public:
    explicit ParentWatcher(QObject *parent = nullptr);

    /** Remembers the current parent and starts polling. */
    void start(int intervalMs = 500);

Q_SIGNALS:
    /** Emitted once, when the parent process has gone. */
    void parentGone();

private:
    void check();

    QTimer m_timer;
    qint64 m_parent = 0;
};

} // namespace puente::fakes
