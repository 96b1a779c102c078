#include "connectors/jumpseller/JumpsellerTypes.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

QString JumpsellerOrder::additionalField(const QString &label) const
{
    for (const JumpsellerAdditionalField &field : additionalFields) {
        if (field.label.trimmed().compare(label.trimmed(), Qt::CaseInsensitive) == 0)
            return field.value;
    }
    return {};
}

bool JumpsellerProductChanges::isEmpty() const
{
    return !name && !sku && !barcode && !description && !price && !stock && !stockUnlimited && !status && !categoryIds;
}

bool JumpsellerVariantChanges::isEmpty() const
{
    return !sku && !barcode && !price && !stock && !stockUnlimited;
}

bool JumpsellerOrderChanges::isEmpty() const
{
    return !status && !shipmentStatus && !trackingNumber && !trackingCompany && !trackingUrl && !additionalInformation
        && additionalFields.isEmpty();
}

QString jumpsellerProductStatusText(JumpsellerProductStatus status)
{
    switch (status) {
    case JumpsellerProductStatus::Available:
        return u"available"_s;
    case JumpsellerProductStatus::NotAvailable:
        return u"not-available"_s;
    case JumpsellerProductStatus::Disabled:
        return u"disabled"_s;
    case JumpsellerProductStatus::Unknown:
        break;
    }
    return {};
}

QString jumpsellerOrderStatusEnum(JumpsellerOrderStatus status)
{
    switch (status) {
    case JumpsellerOrderStatus::PendingPayment:
        return u"pending_payment"_s;
    case JumpsellerOrderStatus::Paid:
        return u"paid"_s;
    case JumpsellerOrderStatus::Canceled:
        return u"canceled"_s;
    case JumpsellerOrderStatus::Abandoned:
        return u"abandoned"_s;
    case JumpsellerOrderStatus::Unknown:
        break;
    }
    return {};
}

QString jumpsellerOrderStatusName(JumpsellerOrderStatus status)
{
    switch (status) {
    case JumpsellerOrderStatus::PendingPayment:
        return u"Pending Payment"_s;
    case JumpsellerOrderStatus::Paid:
        return u"Paid"_s;
    case JumpsellerOrderStatus::Canceled:
        return u"Canceled"_s;
    case JumpsellerOrderStatus::Abandoned:
        return u"Abandoned"_s;
    case JumpsellerOrderStatus::Unknown:
        break;
    }
    return {};
}

} // namespace puente
