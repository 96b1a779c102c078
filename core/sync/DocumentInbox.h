#pragma once

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>

namespace puente {

class Journal;

/**
 * One line of the document inbox: an order whose document (or credit note) failed, is held
 * back, waits for the user's command, or is being retried after an error. Spanish first: the
 * title and explanation are for the shop's accountant; `serverMessage` is Bsale's own words.
 * A value type that crosses threads.
 */
struct DocumentInboxEntry
{
    enum class Category : quint8 {
        Failed, ///< Bsale refused it for good: needs a person (Retry after fixing)
        Held, ///< Puente could not plan it (unlinked product, missing giro...): fix and Retry
        Waiting, ///< manual emission: waits for the Issue command
        Retrying, ///< a passing failure; Puente retries by itself
    };

    Category category = Category::Failed;
    qint64 orderId = 0;
    QString orderState; ///< OrderState key
    QString storeStatus; ///< status_enum
    qint64 total = 0;
    qint64 documentId = 0; ///< 0 when no document row exists yet (held orders)
    QString documentKind; ///< "boleta", "factura", "credit_note"; empty when unknown
    QString reason; ///< machine code: PlanIssue code, BsaleError kind name or "manual"
    QString title; ///< Spanish, one line
    QString explanation; ///< Spanish, what happened and what to do
    QString serverMessage; ///< Bsale's message verbatim (empty for held orders)
    QString rawError; ///< technical detail (status, kind, message)
    QJsonObject plan; ///< the frozen plan (empty when none)
    QJsonArray issues; ///< PlanIssue::toJson() entries of a held order
    QJsonObject billingOverride; ///< what the user typed, empty when nothing
    int attempts = 0;
    qint64 nextAttemptAt = 0; ///< Retrying: when Puente tries again (ms UTC)
    qint64 updatedAt = 0;

    static QString categoryName(Category category);
    QJsonObject toJson() const;
};

/**
 * The inbox's data (the GUI builds its screens on it): every order that needs a person or is
 * being retried, read from the journal, newest change first. Actions are OrderPipeline's
 * commands. Holds a reference to the open Journal; uses the calling thread's connection.
 */
class DocumentInbox final
{
public:
    explicit DocumentInbox(const Journal &journal);

    QList<DocumentInboxEntry> entries() const;

private:
    const Journal &m_journal;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::DocumentInboxEntry)
