#include "journal/DocumentRepository.h"

#include "base/Logging.h"
#include "journal/Journal.h"

#include <QtCore/QJsonDocument>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

const QString kColumns =
    u"id, store_order_id, kind, sales_id, state, plan, revision, bsale_id, bsale_number, credit_note_document_id,"
    " url_pdf, url_public_view, net_amount, tax_amount, total_amount, related_document_id, issued_by, last_error,"
    " error_kind, error_title, error_explanation, server_message, created_at, updated_at, emitted_at"_s;

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

DocumentRecord fromRow(const QSqlQuery &q)
{
    DocumentRecord r;
    r.id = q.value(0).toLongLong();
    r.orderId = q.value(1).toLongLong();
    r.kind = q.value(2).toString();
    r.salesId = q.value(3).toString();
    r.state = q.value(4).toString();
    r.plan = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    r.revision = q.value(6).toInt();
    r.bsaleId = q.value(7).toLongLong();
    r.bsaleNumber = q.value(8).toLongLong();
    r.creditNoteDocumentId = q.value(9).toLongLong();
    r.urlPdf = q.value(10).toString();
    r.urlPublicView = q.value(11).toString();
    r.netAmount = q.value(12).toLongLong();
    r.taxAmount = q.value(13).toLongLong();
    r.totalAmount = q.value(14).toLongLong();
    r.relatedDocumentId = q.value(15).toLongLong();
    r.issuedBy = q.value(16).toString();
    r.lastError = q.value(17).toString();
    r.errorKind = q.value(18).toString();
    r.errorTitle = q.value(19).toString();
    r.errorExplanation = q.value(20).toString();
    r.serverMessage = q.value(21).toString();
    r.createdAt = q.value(22).toLongLong();
    r.updatedAt = q.value(23).toLongLong();
    r.emittedAt = q.value(24).toLongLong();
    return r;
}

void bindAll(QSqlQuery &q, const DocumentRecord &r)
{
    q.bindValue(u":order"_s, r.orderId);
    q.bindValue(u":kind"_s, r.kind);
    q.bindValue(u":sales"_s, r.salesId);
    q.bindValue(u":state"_s, r.state);
    q.bindValue(u":plan"_s,
                r.plan.isEmpty() ? QVariant()
                                 : QVariant(QString::fromUtf8(QJsonDocument(r.plan).toJson(QJsonDocument::Compact))));
    q.bindValue(u":revision"_s, r.revision);
    q.bindValue(u":bsale"_s, idOrNull(r.bsaleId));
    q.bindValue(u":number"_s, idOrNull(r.bsaleNumber));
    q.bindValue(u":nc"_s, idOrNull(r.creditNoteDocumentId));
    q.bindValue(u":pdf"_s, textOrNull(r.urlPdf));
    q.bindValue(u":view"_s, textOrNull(r.urlPublicView));
    // Totals are only known once Bsale issued the document.
    const bool issued = !r.issuedBy.isEmpty();
    q.bindValue(u":net"_s, issued ? QVariant(r.netAmount) : QVariant());
    q.bindValue(u":tax"_s, issued ? QVariant(r.taxAmount) : QVariant());
    q.bindValue(u":total"_s, issued ? QVariant(r.totalAmount) : QVariant());
    q.bindValue(u":related"_s, idOrNull(r.relatedDocumentId));
    q.bindValue(u":by"_s, textOrNull(r.issuedBy));
    q.bindValue(u":error"_s, textOrNull(r.lastError));
    q.bindValue(u":ekind"_s, textOrNull(r.errorKind));
    q.bindValue(u":etitle"_s, textOrNull(r.errorTitle));
    q.bindValue(u":eexpl"_s, textOrNull(r.errorExplanation));
    q.bindValue(u":server"_s, textOrNull(r.serverMessage));
    q.bindValue(u":created"_s, r.createdAt);
    q.bindValue(u":updated"_s, r.updatedAt);
    q.bindValue(u":emitted"_s, idOrNull(r.emittedAt));
}

bool run(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return true;
    qCWarning(lcJournal).noquote() << "documents:" << what << "failed:" << query.lastError().text();
    return false;
}

} // namespace

DocumentRepository::DocumentRepository(const Journal &journal)
    : m_journal(journal)
{ }

std::optional<qint64> DocumentRepository::insert(const DocumentRecord &record) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"INSERT INTO documents (store_order_id, kind, sales_id, state, plan, revision, bsale_id,"
                  " bsale_number, credit_note_document_id, url_pdf, url_public_view, net_amount, tax_amount,"
                  " total_amount, related_document_id, issued_by, last_error, error_kind, error_title,"
                  " error_explanation, server_message, created_at, updated_at, emitted_at)"
                  " VALUES (:order, :kind, :sales, :state, :plan, :revision, :bsale, :number, :nc, :pdf, :view,"
                  " :net, :tax, :total, :related, :by, :error, :ekind, :etitle, :eexpl, :server, :created,"
                  " :updated, :emitted)"_s);
    bindAll(query, record);
    if (!run(query, "insert"))
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

bool DocumentRepository::update(const DocumentRecord &record) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"UPDATE documents SET store_order_id = :order, kind = :kind, sales_id = :sales, state = :state,"
                  " plan = :plan, revision = :revision, bsale_id = :bsale, bsale_number = :number,"
                  " credit_note_document_id = :nc, url_pdf = :pdf, url_public_view = :view, net_amount = :net,"
                  " tax_amount = :tax, total_amount = :total, related_document_id = :related, issued_by = :by,"
                  " last_error = :error, error_kind = :ekind, error_title = :etitle, error_explanation = :eexpl,"
                  " server_message = :server, created_at = :created, updated_at = :updated, emitted_at = :emitted"
                  " WHERE id = :id"_s);
    bindAll(query, record);
    query.bindValue(u":id"_s, record.id);
    if (!run(query, "update"))
        return false;
    if (query.numRowsAffected() != 1) {
        qCWarning(lcJournal) << "documents: update found no row" << record.id;
        return false;
    }
    return true;
}

std::optional<DocumentRecord> DocumentRepository::find(qint64 id) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"SELECT "_s + kColumns + u" FROM documents WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (!run(query, "find") || !query.next())
        return std::nullopt;
    return fromRow(query);
}

std::optional<DocumentRecord> DocumentRepository::find(qint64 orderId, const QString &kind) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"SELECT "_s + kColumns + u" FROM documents WHERE store_order_id = :order AND kind = :kind"_s);
    query.bindValue(u":order"_s, orderId);
    query.bindValue(u":kind"_s, kind);
    if (!run(query, "find by order") || !query.next())
        return std::nullopt;
    return fromRow(query);
}

QList<DocumentRecord> DocumentRepository::forOrder(qint64 orderId) const
{
    QList<DocumentRecord> out;
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + kColumns + u" FROM documents WHERE store_order_id = :order ORDER BY id"_s);
    query.bindValue(u":order"_s, orderId);
    if (!run(query, "forOrder"))
        return out;
    while (query.next())
        out.append(fromRow(query));
    return out;
}

QList<DocumentRecord> DocumentRepository::inStates(const QStringList &states) const
{
    QList<DocumentRecord> out;
    if (states.isEmpty())
        return out;
    QStringList names;
    for (qsizetype i = 0; i < states.size(); ++i)
        names.append(u":s%1"_s.arg(i));
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + kColumns + u" FROM documents WHERE state IN ("_s + names.join(u", "_s)
                  + u") ORDER BY id"_s);
    for (qsizetype i = 0; i < states.size(); ++i)
        query.bindValue(names.at(i), states.at(i));
    if (!run(query, "inStates"))
        return out;
    while (query.next())
        out.append(fromRow(query));
    return out;
}

int DocumentRepository::countInState(const QString &state) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"SELECT count(*) FROM documents WHERE state = :state"_s);
    query.bindValue(u":state"_s, state);
    if (!run(query, "countInState") || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace puente
