#include "billing/DocumentKindResolver.h"

#include "billing/BillingIssues.h"
#include "billing/OrderFields.h"
#include "billing/TextFolding.h"

namespace puente {

namespace {

bool mentionsAny(const QString &value, const QStringList &phrases)
{
    for (const auto &phrase : phrases) {
        if (TextFolding::containsWords(value, phrase))
            return true;
    }
    return false;
}

} // namespace

std::optional<DocumentKind> DocumentKindResolver::kindOfValue(const QString &value) const
{
    const bool factura = mentionsAny(value, m_names.facturaValues);
    const bool boleta = mentionsAny(value, m_names.boletaValues);
    if (factura == boleta)
        return std::nullopt; // neither, or "boleta o factura": do not guess
    return factura ? DocumentKind::Factura : DocumentKind::Boleta;
}

std::variant<DocumentKindResolver::Resolution, PlanIssue> DocumentKindResolver::resolve(const StoreOrder &order) const
{
    const auto value = OrderFields::value(order, m_names.documentKind);
    if (!value)
        return Resolution {};
    const auto kind = kindOfValue(*value);
    if (!kind)
        return BillingIssues::unknownKind(m_names.documentKind, *value);
    return Resolution {*kind, *value, false};
}

} // namespace puente
