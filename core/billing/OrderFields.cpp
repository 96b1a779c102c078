#include "billing/OrderFields.h"

#include "billing/TextFolding.h"

namespace puente {

namespace {

std::optional<QString> find(const QList<StoreOrder::Field> &fields, QStringView label, QStringView nativeKey)
{
    for (const auto &field : fields) {
        const bool matches = (!label.isEmpty() && TextFolding::equal(field.label, label))
            || (!nativeKey.isEmpty() && field.label == nativeKey);
        if (matches && !field.value.trimmed().isEmpty())
            return field.value.trimmed();
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> OrderFields::value(const StoreOrder &order, QStringView label, QStringView nativeKey)
{
    if (auto custom = find(order.additionalFields, label, {}))
        return custom;
    return find(order.billingInformation, label, nativeKey);
}

} // namespace puente
