#include "sandbox/ParentWatcher.h"

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace puente::fakes {

namespace {

qint64 parentProcessId()
{
#ifdef Q_OS_UNIX
    return qint64(::getppid());
#else
    return 0;
#endif
}

} // namespace

ParentWatcher::ParentWatcher(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &ParentWatcher::check);
}

void ParentWatcher::start(int intervalMs)
{
    m_parent = parentProcessId();
    if (m_parent == 0)
        return; // nothing to watch on this platform
    m_timer.start(intervalMs);
}

void ParentWatcher::check()
{
    if (parentProcessId() == m_parent)
        return;
    m_timer.stop();
    Q_EMIT parentGone();
}

} // namespace puente::fakes
