#include "journal/OutboxRepository.h"

#include "base/Logging.h"
#include "journal/Journal.h"

#include <QtCore/QJsonDocument>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

const QString kColumns = u"id, kind, payload, idempotency_key, state, attempts, next_attempt_at, last_error,"
                         " document_id, created_at, updated_at"_s;

OutboxJob fromRow(const QSqlQuery &q)
{
    OutboxJob job;
    job.id = q.value(0).toLongLong();
    job.kind = q.value(1).toString();
    job.payload = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    job.idempotencyKey = q.value(3).toString();
    job.state = q.value(4).toString();
    job.attempts = q.value(5).toInt();
    job.nextAttemptAt = q.value(6).toLongLong();
    job.lastError = q.value(7).toString();
    job.documentId = q.value(8).toLongLong();
    job.createdAt = q.value(9).toLongLong();
    job.updatedAt = q.value(10).toLongLong();
    return job;
}

bool run(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return true;
    qCWarning(lcJournal).noquote() << "outbox:" << what << "failed:" << query.lastError().text();
    return false;
}

} // namespace

OutboxRepository::OutboxRepository(const Journal &journal)
    : m_journal(journal)
{ }

std::optional<qint64> OutboxRepository::schedule(const OutboxJob &job) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"INSERT INTO outbox (kind, payload, idempotency_key, state, attempts, next_attempt_at,"
                  " last_error, document_id, created_at, updated_at)"
                  " VALUES (:kind, :payload, :key, 'pending', 0, :next, NULL, :doc, :now, :now)"
                  " ON CONFLICT (idempotency_key) DO UPDATE SET kind = excluded.kind, payload = excluded.payload,"
                  " state = 'pending', attempts = 0, next_attempt_at = excluded.next_attempt_at, last_error = NULL,"
                  " document_id = excluded.document_id, updated_at = excluded.updated_at"_s);
    query.bindValue(u":kind"_s, job.kind);
    query.bindValue(u":payload"_s, QString::fromUtf8(QJsonDocument(job.payload).toJson(QJsonDocument::Compact)));
    query.bindValue(u":key"_s, job.idempotencyKey);
    query.bindValue(u":next"_s, job.nextAttemptAt);
    query.bindValue(u":doc"_s, job.documentId > 0 ? QVariant(job.documentId) : QVariant());
    query.bindValue(u":now"_s, job.createdAt);
    if (!run(query, "schedule"))
        return std::nullopt;
    // lastInsertId is not reliable for the update branch of an upsert: look the key up.
    const auto stored = findByKey(job.idempotencyKey);
    return stored ? std::optional<qint64>(stored->id) : std::nullopt;
}

std::optional<OutboxJob> OutboxRepository::find(qint64 id) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"SELECT "_s + kColumns + u" FROM outbox WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (!run(query, "find") || !query.next())
        return std::nullopt;
    return fromRow(query);
}

std::optional<OutboxJob> OutboxRepository::findByKey(const QString &idempotencyKey) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"SELECT "_s + kColumns + u" FROM outbox WHERE idempotency_key = :key"_s);
    query.bindValue(u":key"_s, idempotencyKey);
    if (!run(query, "findByKey") || !query.next())
        return std::nullopt;
    return fromRow(query);
}

std::optional<OutboxJob> OutboxRepository::forDocument(qint64 documentId, const QString &kind) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"SELECT "_s + kColumns
                  + u" FROM outbox WHERE document_id = :doc AND kind = :kind"
                    " ORDER BY id DESC LIMIT 1"_s);
    query.bindValue(u":doc"_s, documentId);
    query.bindValue(u":kind"_s, kind);
    if (!run(query, "forDocument") || !query.next())
        return std::nullopt;
    return fromRow(query);
}

std::optional<OutboxJob> OutboxRepository::nextDue(qint64 nowMs) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"SELECT "_s + kColumns
                  + u" FROM outbox WHERE state = 'pending' AND next_attempt_at <= :now"
                    " ORDER BY next_attempt_at, id LIMIT 1"_s);
    query.bindValue(u":now"_s, nowMs);
    if (!run(query, "nextDue") || !query.next())
        return std::nullopt;
    return fromRow(query);
}

std::optional<qint64> OutboxRepository::earliestPending() const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"SELECT min(next_attempt_at) FROM outbox WHERE state = 'pending'"_s);
    if (!run(query, "earliestPending") || !query.next() || query.value(0).isNull())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool OutboxRepository::markRunning(qint64 id, qint64 nowMs) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"UPDATE outbox SET state = 'running', attempts = attempts + 1, updated_at = :now"
                  " WHERE id = :id AND state = 'pending'"_s);
    query.bindValue(u":id"_s, id);
    query.bindValue(u":now"_s, nowMs);
    return run(query, "markRunning") && query.numRowsAffected() == 1;
}

bool OutboxRepository::markDone(qint64 id, qint64 nowMs) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"UPDATE outbox SET state = 'done', last_error = NULL, updated_at = :now WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    query.bindValue(u":now"_s, nowMs);
    return run(query, "markDone");
}

bool OutboxRepository::markFailed(qint64 id, const QString &error, qint64 nowMs) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"UPDATE outbox SET state = 'failed', last_error = :error, updated_at = :now WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    query.bindValue(u":error"_s, error);
    query.bindValue(u":now"_s, nowMs);
    return run(query, "markFailed");
}

bool OutboxRepository::reschedule(qint64 id, qint64 nextAttemptAt, const QString &error, qint64 nowMs) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"UPDATE outbox SET state = 'pending', next_attempt_at = :next, last_error = :error,"
                  " updated_at = :now WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    query.bindValue(u":next"_s, nextAttemptAt);
    query.bindValue(u":error"_s, error.isEmpty() ? QVariant() : QVariant(error));
    query.bindValue(u":now"_s, nowMs);
    return run(query, "reschedule");
}

bool OutboxRepository::cancel(qint64 id, qint64 nowMs) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"UPDATE outbox SET state = 'canceled', updated_at = :now WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    query.bindValue(u":now"_s, nowMs);
    return run(query, "cancel");
}

std::optional<int> OutboxRepository::recoverRunning(qint64 nowMs) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"UPDATE outbox SET state = 'pending', next_attempt_at = :now, updated_at = :now"
                  " WHERE state = 'running'"_s);
    query.bindValue(u":now"_s, nowMs);
    if (!run(query, "recoverRunning"))
        return std::nullopt;
    return query.numRowsAffected();
}

int OutboxRepository::countInState(const QString &state) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"SELECT count(*) FROM outbox WHERE state = :state"_s);
    query.bindValue(u":state"_s, state);
    if (!run(query, "countInState") || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace puente
