#pragma once

#include "domain/StoreOrder.h"

#include <QtCore/QJsonObject>

#include <optional>

namespace puente {

/**
 * StoreOrder ↔ the JSON kept in `orders.snapshot`: the order as the pipeline last read it, so a
 * retry or a replan after a crash works from the journal alone. Every field round-trips.
 * Stateless; callable from any thread.
 */
class OrderSnapshot final
{
public:
    static constexpr int kJsonVersion = 1;

    OrderSnapshot() = delete;

    static QJsonObject toJson(const StoreOrder &order);
    /** Nullopt for another version or a snapshot without an order id. */
    static std::optional<StoreOrder> fromJson(const QJsonObject &json);
};

} // namespace puente
