#include "journal/OrderRepository.h"

#include "base/Logging.h"
#include "journal/Journal.h"

#include <QtCore/QJsonDocument>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

const QString kColumns = u"store_order_id, status, pipeline_state, total, snapshot, ordered_at, first_seen_at,"
                         " updated_at, checked_at, last_error, hold_reason, hold_details, billing_override"_s;

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant jsonOrNull(const QJsonObject &json)
{
    return json.isEmpty() ? QVariant()
                          : QVariant(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

QVariant jsonOrNull(const QJsonArray &json)
{
    return json.isEmpty() ? QVariant()
                          : QVariant(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

QJsonDocument parse(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8());
}

OrderRecord fromRow(const QSqlQuery &query)
{
    OrderRecord r;
    r.orderId = query.value(0).toLongLong();
    r.status = query.value(1).toString();
    r.pipelineState = query.value(2).toString();
    r.total = query.value(3).toLongLong();
    r.snapshot = parse(query.value(4)).object();
    r.orderedAt = query.value(5).toLongLong();
    r.firstSeenAt = query.value(6).toLongLong();
    r.updatedAt = query.value(7).toLongLong();
    r.checkedAt = query.value(8).toLongLong();
    r.lastError = query.value(9).toString();
    r.holdReason = query.value(10).toString();
    r.holdDetails = parse(query.value(11)).array();
    r.billingOverride = parse(query.value(12)).object();
    return r;
}

bool run(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return true;
    qCWarning(lcJournal).noquote() << "orders:" << what << "failed:" << query.lastError().text();
    return false;
}

/** ":s0, :s1, ..." for an IN list, bound by bindStates(). */
QString placeholders(const QStringList &states)
{
    QStringList names;
    for (qsizetype i = 0; i < states.size(); ++i)
        names.append(u":s%1"_s.arg(i));
    return names.join(u", "_s);
}

void bindStates(QSqlQuery &query, const QStringList &states)
{
    for (qsizetype i = 0; i < states.size(); ++i)
        query.bindValue(u":s%1"_s.arg(i), states.at(i));
}

} // namespace

OrderRepository::OrderRepository(const Journal &journal)
    : m_journal(journal)
{ }

std::optional<OrderRecord> OrderRepository::find(qint64 orderId) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"SELECT "_s + kColumns + u" FROM orders WHERE store_order_id = :id"_s);
    query.bindValue(u":id"_s, orderId);
    if (!run(query, "find") || !query.next())
        return std::nullopt;
    return fromRow(query);
}

bool OrderRepository::save(const OrderRecord &r) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"INSERT INTO orders ("_s + kColumns
                  + u") VALUES (:id, :status, :state, :total, :snapshot, :ordered, :first, :updated, :checked,"
                    " :error, :hold, :details, :override)"
                    " ON CONFLICT (store_order_id) DO UPDATE SET status = excluded.status,"
                    " pipeline_state = excluded.pipeline_state, total = excluded.total,"
                    " snapshot = excluded.snapshot, ordered_at = excluded.ordered_at,"
                    " updated_at = excluded.updated_at, checked_at = excluded.checked_at,"
                    " last_error = excluded.last_error, hold_reason = excluded.hold_reason,"
                    " hold_details = excluded.hold_details, billing_override = excluded.billing_override"_s);
    query.bindValue(u":id"_s, r.orderId);
    query.bindValue(u":status"_s, r.status);
    query.bindValue(u":state"_s, r.pipelineState);
    query.bindValue(u":total"_s, r.total);
    query.bindValue(u":snapshot"_s, QString::fromUtf8(QJsonDocument(r.snapshot).toJson(QJsonDocument::Compact)));
    query.bindValue(u":ordered"_s, r.orderedAt > 0 ? QVariant(r.orderedAt) : QVariant());
    query.bindValue(u":first"_s, r.firstSeenAt);
    query.bindValue(u":updated"_s, r.updatedAt);
    query.bindValue(u":checked"_s, r.checkedAt > 0 ? QVariant(r.checkedAt) : QVariant());
    query.bindValue(u":error"_s, textOrNull(r.lastError));
    query.bindValue(u":hold"_s, textOrNull(r.holdReason));
    query.bindValue(u":details"_s, jsonOrNull(r.holdDetails));
    query.bindValue(u":override"_s, jsonOrNull(r.billingOverride));
    return run(query, "save");
}

QList<OrderRecord> OrderRepository::inStates(const QStringList &states) const
{
    QList<OrderRecord> out;
    if (states.isEmpty())
        return out;
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + kColumns + u" FROM orders WHERE pipeline_state IN ("_s + placeholders(states)
                  + u") ORDER BY store_order_id"_s);
    bindStates(query, states);
    if (!run(query, "inStates"))
        return out;
    while (query.next())
        out.append(fromRow(query));
    return out;
}

QList<OrderRecord> OrderRepository::dueForRecheck(const QStringList &states, qint64 seenSinceMs, int limit) const
{
    QList<OrderRecord> out;
    if (states.isEmpty() || limit <= 0)
        return out;
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + kColumns + u" FROM orders WHERE pipeline_state IN ("_s + placeholders(states)
                  + u") AND first_seen_at >= :since ORDER BY coalesce(checked_at, 0), store_order_id LIMIT :limit"_s);
    bindStates(query, states);
    query.bindValue(u":since"_s, seenSinceMs);
    query.bindValue(u":limit"_s, limit);
    if (!run(query, "dueForRecheck"))
        return out;
    while (query.next())
        out.append(fromRow(query));
    return out;
}

QList<qint64> OrderRepository::ids() const
{
    QList<qint64> out;
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT store_order_id FROM orders ORDER BY store_order_id"_s);
    if (!run(query, "ids"))
        return out;
    while (query.next())
        out.append(query.value(0).toLongLong());
    return out;
}

int OrderRepository::countInState(const QString &state) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"SELECT count(*) FROM orders WHERE pipeline_state = :state"_s);
    query.bindValue(u":state"_s, state);
    if (!run(query, "countInState") || !query.next())
        return 0;
    return query.value(0).toInt();
}

std::optional<QString> OrderRepository::cursor(const QString &name) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"SELECT value FROM cursors WHERE name = :name"_s);
    query.bindValue(u":name"_s, name);
    if (!run(query, "cursor") || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

bool OrderRepository::setCursor(const QString &name, const QString &value, qint64 nowMs) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"INSERT INTO cursors (name, value, updated_at) VALUES (:name, :value, :now)"
                  " ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"_s);
    query.bindValue(u":name"_s, name);
    query.bindValue(u":value"_s, value);
    query.bindValue(u":now"_s, nowMs);
    return run(query, "setCursor");
}

} // namespace puente
