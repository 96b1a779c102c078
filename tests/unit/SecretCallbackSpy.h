// Test helper: records what a SecretStore delivers to a callback. State is shared with the
// callback, so a late delivery after the test gave up cannot touch a dead stack frame.
#pragma once

#include <QtCore/QList>
#include <QtCore/QMutex>
#include <QtCore/QThread>
#include <QtTest/QTest>

#include <memory>

#include "secrets/SecretStore.h"

class SecretCallbackSpy
{
public:
    puente::SecretCallback callback()
    {
        return [state = m_state](const puente::SecretResult &result) {
            const QMutexLocker lock(&state->mutex);
            state->results.append(result);
            state->threads.append(QThread::currentThread());
        };
    }

    /// Waits until at least one result arrived (or @p timeoutMs elapsed).
    bool wait(int timeoutMs = 5000) const
    {
        return QTest::qWaitFor([this] { return count() > 0; }, timeoutMs);
    }

    qsizetype count() const
    {
        const QMutexLocker lock(&m_state->mutex);
        return m_state->results.size();
    }
    puente::SecretResult last() const
    {
        const QMutexLocker lock(&m_state->mutex);
        return m_state->results.constLast();
    }
    QThread *lastThread() const
    {
        const QMutexLocker lock(&m_state->mutex);
        return m_state->threads.constLast();
    }

private:
    struct State
    {
        mutable QMutex mutex;
        QList<puente::SecretResult> results;
        QList<QThread *> threads;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};
