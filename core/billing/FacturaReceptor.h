#pragma once

#include "billing/BillingFieldNames.h"
#include "domain/DocumentClient.h"
#include "domain/PlanIssue.h"
#include "domain/StoreOrder.h"

#include <QtCore/QList>

namespace puente {

/**
 * The receptor block of a factura, taken from the order and checked (chile-dte.md §4.4):
 * RUT (billing_address.taxid, else the "RUT" field; módulo 11), razón social, giro, address,
 * comuna and city are all required (Bsale: "client attribute required : code,activity,address,
 * city,municipality"; LibreDTE also requires razón social).
 *
 * SII lengths (LibreDTE's sanitiser): RznSocRecep 100, GiroRecep 40, DirRecep 70, CmnaRecep 20,
 * CorreoRecep 80; CiudadRecep 20 (SII schema; chile-dte.md does not list it). Over-long values
 * are handled by what they are:
 * - descriptive text (giro, address, city) is cut to its length, with a note the inbox shows,
 *   as LibreDTE does: the document stays correct and the customer's meaning survives;
 * - identity is refused, never cut: a shortened razón social names another company, and no
 *   real comuna is longer than 20 characters, so a longer one is data in the wrong field;
 * - an over-long e-mail is optional data: left out (a cut address would be wrong), with a note.
 * Stateless; callable from any thread.
 */
class FacturaReceptor
{
public:
    static constexpr int kRazonSocialMax = 100;
    static constexpr int kGiroMax = 40;
    static constexpr int kAddressMax = 70;
    static constexpr int kComunaMax = 20;
    static constexpr int kCityMax = 20;
    static constexpr int kEmailMax = 80;

    struct Result
    {
        DocumentClient client;
        QList<PlanIssue> refusals; ///< empty when the factura can be issued
        QList<PlanIssue> notes; ///< truncations and dropped data
        bool ok() const { return refusals.isEmpty(); }
    };

    static Result fromOrder(const StoreOrder &order, const BillingFieldNames &names);
    /** "Av. Providencia" + "1234" + "Of. 501" → "Av. Providencia 1234, Of. 501". */
    static QString composeAddress(const StoreOrder::Address &address);
};

} // namespace puente
