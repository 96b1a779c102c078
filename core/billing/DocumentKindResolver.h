#pragma once

#include "billing/BillingFieldNames.h"
#include "domain/DocumentKind.h"
#include "domain/PlanIssue.h"
#include "domain/StoreOrder.h"

#include <QtCore/QString>

#include <variant>

namespace puente {

/**
 * Boleta or factura, from the checkout field the merchant names (default "Tipo de Documento",
 * found among `additional_fields` or `billing_information`). Values are compared without case
 * or accents and by words, so "Factura", "factura electrónica" and "FACTURA" are a factura.
 * A missing or empty field means boleta (the consumer default, chile-dte.md §4.2); any other
 * value is refused, because a wrong document "no podrá corregirse" (§4.4) without a credit note.
 * A value type; callable from any thread.
 */
class DocumentKindResolver
{
public:
    struct Resolution
    {
        DocumentKind kind = DocumentKind::Boleta;
        QString value; ///< what the customer chose; empty when defaulted
        bool defaulted = true; ///< no field, or an empty one
    };

    explicit DocumentKindResolver(BillingFieldNames names = {})
        : m_names(std::move(names))
    { }

    std::variant<Resolution, PlanIssue> resolve(const StoreOrder &order) const;
    /** The kind one value asks for; nullopt when it names neither (or both). */
    std::optional<DocumentKind> kindOfValue(const QString &value) const;

private:
    BillingFieldNames m_names;
};

} // namespace puente
