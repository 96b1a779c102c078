#pragma once

#include <QtCore/QList>
#include <QtCore/QObject>

#include <memory>

namespace puente {

/**
 * Turns Unix signals (SIGINT, SIGTERM, …) into a Qt signal delivered by the event loop, with
 * the self-pipe trick: the async-signal handler only writes the signal number to a socket pair,
 * a QSocketNotifier reads it in the watcher's thread. The previous handlers are restored on
 * destruction.
 *
 * At most one watcher may exist per process (the handler reaches it through a static
 * descriptor). On non-Unix platforms it does nothing and isActive() is false.
 *
 * Ownership and threads: a QObject; create and destroy it in the thread whose event loop
 * should receive received().
 */
class UnixSignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignalWatcher)

public:
    explicit UnixSignalWatcher(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    /// True when the handlers are installed.
    bool isActive() const;
    /// "SIGTERM", "SIGINT", … or "signal <n>".
    static QString signalName(int signalNumber);

Q_SIGNALS:
    void received(int signalNumber);

private:
    void drain();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace puente
