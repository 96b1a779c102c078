// Test helper: drives the event loop (real network on loopback) and a ManualClock together,
// so code that waits on the clock (backoff, rate limits) runs without sleeping.
#pragma once

#include "base/ManualClock.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <functional>

namespace puente::test {

/**
 * Runs the event loop until `done()` is true or `realTimeoutMs` of real time have passed.
 * Whenever `mayAdvance()` says nothing else can happen by itself (e.g. no request on the
 * wire) and the clock has something scheduled, the clock jumps to it. Returns done().
 */
inline bool pumpUntil(ManualClock &clock, const std::function<bool()> &done, const std::function<bool()> &mayAdvance,
                      int realTimeoutMs = 10000)
{
    const QDeadlineTimer deadline(realTimeoutMs);
    QObject waker;
    QTimer tick;
    // Keeps WaitForMoreEvents from blocking past the deadline when nothing else happens.
    tick.setInterval(20);
    QObject::connect(&tick, &QTimer::timeout, &waker, [] {});
    tick.start();
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (done())
            break;
        if (mayAdvance() && clock.pendingCount() > 0) {
            clock.advanceToNext();
            continue;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

} // namespace puente::test
