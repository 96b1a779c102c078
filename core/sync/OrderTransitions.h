#pragma once

#include "sync/OrderState.h"

#include <QtCore/QString>

#include <optional>

namespace puente {

/**
 * The order pipeline's state machine, as pure functions (no I/O): what to do when the store
 * reports an order's status (issue: "Paid → plan and emit. Canceled after emission → credit
 * note. Pending, abandoned, or canceled before emission → no document.") and when the outbox
 * finishes an order's document.
 *
 * The one subtle case is a cancellation while the document is on its way: if no attempt was
 * ever started, Bsale cannot have it and the job is dropped; once an attempt started, its
 * outcome is unknown until the (idempotent) send completes, so the order keeps emitting and
 * the outcome decides: issued → credit note, refused for good → nothing to cancel.
 * Stateless; callable from any thread.
 */
class OrderTransitions final
{
public:
    /** The store's payment status (status_enum), reduced to what the pipeline distinguishes. */
    enum class StoreStatus : quint8 { Pending, Paid, Canceled, Abandoned };

    enum class Action : quint8 {
        Keep, ///< store the new status, stay in the current state
        Wait, ///< not paid: no document (state Waiting)
        Plan, ///< paid: plan the document (or hold it for the user in manual mode)
        Close, ///< no document will ever be needed: Canceled/Abandoned; drop an unsent document
        Credit, ///< canceled after emission: plan and send the credit note (state Crediting)
    };

    struct Decision
    {
        Action action = Action::Keep;
        /** The state to store for Keep/Wait/Close/Credit; Plan's state comes from planning. */
        std::optional<OrderState::Order> next;

        bool operator==(const Decision &other) const = default;
    };

    OrderTransitions() = delete;

    /** "paid", "canceled", "abandoned"; anything else ("pending_payment", unknown) is Pending. */
    static StoreStatus storeStatus(const QString &statusEnum);

    /**
     * The store says the order is `status`. `current` is the journal's state (nullopt: first
     * seen). `sendStarted` (Emitting, Failed): whether Bsale may have the document, i.e. an
     * attempt was started and did not end in a definitive refusal.
     */
    static Decision onStatus(std::optional<OrderState::Order> current, StoreStatus status, bool sendStarted);
    /** Bsale issued the order's document (or the user marked it issued): Documented, or a
     *  credit note at once when the store has canceled the order meanwhile. */
    static Decision onEmitted(StoreStatus status);
    /** Bsale refused the document for good: Failed (inbox), unless the order is no longer paid. */
    static Decision onRefused(StoreStatus status);
};

} // namespace puente
