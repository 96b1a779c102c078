#pragma once

#include <QtCore/QString>
#include <QtCore/QtGlobal>

class QSqlDatabase;

namespace puente {

/**
 * A scoped write transaction on one journal connection: `BEGIN IMMEDIATE` in the constructor,
 * `ROLLBACK` in the destructor unless commit() succeeded.
 *
 * IMMEDIATE takes SQLite's write lock up front, so a second writer waits in the busy handler
 * (the journal's busy timeout) instead of failing with "database is locked" when a deferred
 * read transaction tries to upgrade to a write one.
 *
 * Keeps the connection's name, not a QSqlDatabase. Thread affinity: the thread that owns the
 * connection; create, commit and destroy it there, inside one scope.
 */
class WriteTransaction final
{
    Q_DISABLE_COPY_MOVE(WriteTransaction)

public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();

    /** True after a successful BEGIN until commit() or rollback(). */
    bool isActive() const { return m_active; }
    /** Commits; on failure the transaction is rolled back and errorText() says why. */
    bool commit();
    void rollback();
    /** The last SQLite error of BEGIN/COMMIT/ROLLBACK, empty when none. */
    QString errorText() const { return m_error; }

private:
    bool exec(const QString &sql);

    QString m_connectionName;
    QString m_error;
    bool m_active = false;
};

} // namespace puente
