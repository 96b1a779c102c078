#pragma once

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>

#include <functional>

#include "secrets/SecretKey.h"
#include "secrets/SecretResult.h"

namespace puente {

using SecretCallback = std::function<void(const SecretResult &)>;

/**
 * Where connection credentials (API tokens, logins) live. Asynchronous because the system
 * keychain is: a read may wait for the user to unlock the keyring. Nothing here blocks or
 * spins a nested event loop.
 *
 * Contract shared by every implementation (tests/unit/tst_*secretstore.cpp check it):
 * - @p callback runs exactly once, always later (queued, never inside the call), in the
 *   thread of @p context; if @p context is destroyed first it never runs. @p context must not
 *   be null. Destroying the store drops the callbacks of operations still in flight.
 * - An invalid key fails with SecretError::InvalidKey; a read of a missing secret fails with
 *   NotFound; removing a missing secret succeeds (remove is idempotent); writing an empty
 *   value fails with Other (use remove()).
 * - Values are never logged; implementations log key names on lcSecrets only.
 *
 * Ownership and threads: the application owns the store (plain object, not a QObject) and
 * uses it from the thread that created it; results may be delivered to contexts in any thread.
 */
class SecretStore
{
public:
    SecretStore() = default;
    virtual ~SecretStore();
    Q_DISABLE_COPY_MOVE(SecretStore)

    virtual void read(const SecretKey &key, QObject *context, SecretCallback callback) = 0;
    virtual void write(const SecretKey &key, const QString &value, QObject *context, SecretCallback callback) = 0;
    virtual void remove(const SecretKey &key, QObject *context, SecretCallback callback) = 0;

    /// Keys this store believes it holds (names only, no values), sorted. Cheap, synchronous.
    virtual QList<SecretKey> knownKeys() const = 0;
    /// False for stores whose write()/remove() always fail with ReadOnly.
    virtual bool isWritable() const { return true; }

protected:
    /// Queues @p callback(@p result) to @p context's thread; dropped if @p context dies first.
    static void deliver(QObject *context, SecretCallback callback, const SecretResult &result);
    /// Checks what every store rejects up front (invalid key, empty value for writes).
    static bool rejectInvalid(const SecretKey &key, QObject *context, const SecretCallback &callback);
    static bool rejectEmptyValue(const SecretKey &key, const QString &value, QObject *context,
                                 const SecretCallback &callback);

    static QString notFoundMessage(const SecretKey &key);
    static void sortKeys(QList<SecretKey> &keys);
};

} // namespace puente
