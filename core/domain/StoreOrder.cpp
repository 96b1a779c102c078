#include "domain/StoreOrder.h"

namespace puente {

std::optional<QString> StoreOrder::additionalField(QStringView label) const
{
    for (const auto &field : additionalFields) {
        if (field.label == label)
            return field.value;
    }
    return std::nullopt;
}

} // namespace puente
