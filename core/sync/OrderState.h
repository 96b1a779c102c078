#pragma once

#include <QtCore/QMetaType>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace puente {

/**
 * Where one store order is in the order pipeline (`orders.pipeline_state`) and where one of its
 * documents is (`documents.state`), with the keys the journal stores. Stateless helpers.
 */
class OrderState final
{
    Q_GADGET

public:
    enum class Order : quint8 {
        Waiting, ///< not paid (pending_payment or a status this version does not know)
        Manual, ///< paid; documents are issued on the user's command (manual mode)
        Refused, ///< paid; the plan was refused (unlinked product, missing giro...): inbox
        NoDocument, ///< paid, but nothing to bill (only zero-value lines)
        Emitting, ///< its document is planned and on its way through the outbox
        Failed, ///< Bsale refused the document for good: inbox
        Documented, ///< the document exists (issued by Puente or marked issued by hand)
        Crediting, ///< canceled after emission: the credit note is on its way
        CreditFailed, ///< Bsale refused the credit note for good: inbox
        Credited, ///< canceled after emission and credited
        Canceled, ///< canceled before any document was issued: nothing to do
        Abandoned, ///< abandoned (never paid): nothing to do
    };
    Q_ENUM(Order)

    enum class Document : quint8 {
        Planned, ///< plan frozen, outbox job pending (maybe waiting to retry)
        Sending, ///< an attempt is on its way
        Emitted, ///< issued (by Bsale, or by hand: DocumentRecord::issuedBy)
        Failed, ///< refused for good: waits for a person
        Superseded, ///< a replan chose another kind; this one was never issued
        Void, ///< never sent, and no longer wanted (order canceled first)
    };
    Q_ENUM(Document)

    OrderState() = delete;

    /** "waiting", "manual", "refused", "no_document", "emitting", "failed", "documented",
     *  "crediting", "credit_failed", "credited", "canceled", "abandoned". */
    static QString key(Order state);
    static std::optional<Order> orderFromKey(const QString &key);
    /** "planned", "sending", "emitted", "failed", "superseded", "void". */
    static QString key(Document state);
    static std::optional<Document> documentFromKey(const QString &key);

    static QStringList keys(std::initializer_list<Order> states);
    static QStringList keys(std::initializer_list<Document> states);

    /** States re-read from the store every cycle: their store status can still matter soon. */
    static QStringList openKeys();
    /** Whether a person has to act (the inbox lists these). */
    static bool needsAttention(Order state);
};

} // namespace puente

Q_DECLARE_METATYPE(puente::OrderState::Order)
