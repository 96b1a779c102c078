#include "base/UnixSignalWatcher.h"

#include <QtCore/QSocketNotifier>
#include <QtCore/QString>

#include "base/Logging.h"

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace puente {

#ifdef Q_OS_UNIX
namespace {

// Written by the signal handler, so only async-signal-safe state: a plain descriptor.
volatile sig_atomic_t g_writeFd = -1;

extern "C" void writeSignalNumber(int signalNumber)
{
    const int savedErrno = errno;
    const auto byte = static_cast<unsigned char>(signalNumber);
    if (::write(g_writeFd, &byte, 1) < 0) {
        // Nothing safe to do inside a handler; a full pipe already has a wake-up pending.
    }
    errno = savedErrno;
}

bool configureDescriptor(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    return flags >= 0 && ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0 && ::fcntl(fd, F_SETFD, FD_CLOEXEC) == 0;
}

} // namespace

struct UnixSignalWatcher::Private
{
    int fds[2] = {-1, -1}; // [0] written by the handler, [1] read by the notifier
    std::unique_ptr<QSocketNotifier> notifier;
    QList<std::pair<int, struct sigaction>> previous;
};

UnixSignalWatcher::UnixSignalWatcher(const QList<int> &signalNumbers, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    if (g_writeFd != -1) {
        qCWarning(lcSync) << "only one UnixSignalWatcher may exist; this one stays inactive";
        return;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, d->fds) != 0 || !configureDescriptor(d->fds[0])
        || !configureDescriptor(d->fds[1])) {
        qCWarning(lcSync) << "cannot create the signal socket pair:" << qt_error_string(errno);
        return;
    }
    g_writeFd = d->fds[0];
    d->notifier = std::make_unique<QSocketNotifier>(d->fds[1], QSocketNotifier::Read);
    connect(d->notifier.get(), &QSocketNotifier::activated, this, &UnixSignalWatcher::drain);

    for (const int signalNumber : signalNumbers) {
        struct sigaction action = {};
        action.sa_handler = &writeSignalNumber;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        struct sigaction old = {};
        if (::sigaction(signalNumber, &action, &old) == 0)
            d->previous.append({signalNumber, old});
        else
            qCWarning(lcSync) << "cannot watch" << signalName(signalNumber) << ":" << qt_error_string(errno);
    }
}

UnixSignalWatcher::~UnixSignalWatcher()
{
    for (const auto &[signalNumber, old] : std::as_const(d->previous))
        ::sigaction(signalNumber, &old, nullptr);
    if (d->fds[0] == -1)
        return;
    if (g_writeFd == d->fds[0])
        g_writeFd = -1;
    d->notifier.reset();
    ::close(d->fds[0]);
    ::close(d->fds[1]);
}

bool UnixSignalWatcher::isActive() const
{
    return !d->previous.isEmpty();
}

void UnixSignalWatcher::drain()
{
    unsigned char buffer[16];
    for (;;) {
        const ssize_t count = ::read(d->fds[1], buffer, sizeof buffer);
        if (count <= 0)
            break;
        for (ssize_t i = 0; i < count; ++i)
            Q_EMIT received(buffer[i]);
    }
}

QString UnixSignalWatcher::signalName(int signalNumber)
{
    switch (signalNumber) {
    case SIGINT:
        return u"SIGINT"_s;
    case SIGTERM:
        return u"SIGTERM"_s;
    case SIGHUP:
        return u"SIGHUP"_s;
    case SIGQUIT:
        return u"SIGQUIT"_s;
    case SIGUSR1:
        return u"SIGUSR1"_s;
    case SIGUSR2:
        return u"SIGUSR2"_s;
    default:
        return u"signal %1"_s.arg(signalNumber);
    }
}

#else // !Q_OS_UNIX

struct UnixSignalWatcher::Private
{
};

UnixSignalWatcher::UnixSignalWatcher(const QList<int> &signalNumbers, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    Q_UNUSED(signalNumbers)
}

UnixSignalWatcher::~UnixSignalWatcher() = default;

bool UnixSignalWatcher::isActive() const
{
    return false;
}

void UnixSignalWatcher::drain() { }

QString UnixSignalWatcher::signalName(int signalNumber)
{
    return u"signal %1"_s.arg(signalNumber);
}

#endif

} // namespace puente
