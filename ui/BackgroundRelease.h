#pragma once

#include <QtCore/QThreadPool>

#include <utility>

namespace puente {

/**
 * Lets go of `value` on a thread of the global pool instead of the calling thread: freeing a
 * catalogue of 100,000 rows (a million strings) takes long enough to stall the GUI thread.
 * `value` must be the last reference to its data for the saving to happen; it is moved, never
 * copied, on its way to the pool.
 */
template<typename T>
void releaseInBackground(T &&value)
{
    QThreadPool::globalInstance()->start([held = std::forward<T>(value)]() mutable { held = {}; });
}

} // namespace puente
