#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace puente {

class Journal;

/**
 * One row of `documents`: a boleta, factura or credit note Puente plans, sends or has issued
 * for an order. `state` is one of DocumentState's keys (core/sync/OrderState.h). `plan` is the
 * frozen DocumentPlan / CreditNotePlan JSON (empty until planned). For a credit note `bsaleId`
 * is the return's id and `creditNoteDocumentId` the nota de crédito document's. A value type.
 */
struct DocumentRecord
{
    qint64 id = 0;
    qint64 orderId = 0;
    QString kind; ///< "boleta", "factura", "credit_note"
    QString salesId;
    QString state;
    QJsonObject plan;
    int revision = 1;
    qint64 bsaleId = 0;
    qint64 bsaleNumber = 0; ///< the folio
    qint64 creditNoteDocumentId = 0;
    QString urlPdf;
    QString urlPublicView;
    qint64 netAmount = 0;
    qint64 taxAmount = 0;
    qint64 totalAmount = 0;
    qint64 relatedDocumentId = 0; ///< a credit note: the row of the document it cancels
    QString issuedBy; ///< "bsale", "hand" or empty (not issued)
    QString lastError; ///< technical one-liner of the last failure
    QString errorKind; ///< BsaleError kind name (or another code) of the last failure
    QString errorTitle; ///< Spanish, short
    QString errorExplanation; ///< Spanish, what happened and what to do
    QString serverMessage; ///< Bsale's own words, verbatim
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 emittedAt = 0;

    bool hasError() const { return !errorKind.isEmpty() || !lastError.isEmpty(); }
    bool operator==(const DocumentRecord &other) const = default;
};

/**
 * The repository of the `documents` table. Same conventions as OrderRepository: the calling
 * thread's connection, joins the open transaction, failures logged and reported as
 * false / nullopt / empty.
 */
class DocumentRepository final
{
public:
    explicit DocumentRepository(const Journal &journal);

    /** Inserts `record` (its id is ignored); the new row's id. */
    std::optional<qint64> insert(const DocumentRecord &record) const;
    /** Writes every column of the row with `record.id`. */
    bool update(const DocumentRecord &record) const;
    std::optional<DocumentRecord> find(qint64 id) const;
    std::optional<DocumentRecord> find(qint64 orderId, const QString &kind) const;
    /** The order's documents, oldest first. */
    QList<DocumentRecord> forOrder(qint64 orderId) const;
    QList<DocumentRecord> inStates(const QStringList &states) const;
    int countInState(const QString &state) const;

private:
    const Journal &m_journal;
};

} // namespace puente
