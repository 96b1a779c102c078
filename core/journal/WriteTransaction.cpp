#include "journal/WriteTransaction.h"

#include "base/Logging.h"

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace puente {

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_connectionName(db.connectionName())
{
    // QSqlDatabase::transaction() would issue a deferred BEGIN; we want the write lock now.
    m_active = exec(u"BEGIN IMMEDIATE"_s);
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    if (exec(u"COMMIT"_s)) {
        m_active = false;
        return true;
    }
    const QString commitError = m_error;
    rollback();
    m_error = commitError;
    return false;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (!exec(u"ROLLBACK"_s))
        qCWarning(lcJournal) << "rollback failed on" << m_connectionName << m_error;
}

bool WriteTransaction::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(sql))
        return true;
    m_error = query.lastError().text();
    return false;
}

} // namespace puente
