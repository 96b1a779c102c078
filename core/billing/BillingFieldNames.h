#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace puente {

/**
 * Which checkout fields carry the billing data. Every integrator names them differently
 * (jumpseller.md §3.3: "Tipo de Documento", "Documento", "Boleta o Factura"), so they are
 * settings; labels and values are compared without case or accents (TextFolding).
 * A value type.
 */
struct BillingFieldNames
{
    QString documentKind = QStringLiteral("Tipo de Documento");
    QString giro = QStringLiteral("Giro");
    QString razonSocial = QStringLiteral("Razón Social");
    QString rut = QStringLiteral("RUT"); ///< consulted when billing_address.taxid is empty
    /** A value containing one of these words asks for a factura ("Factura electrónica"). */
    QStringList facturaValues {QStringLiteral("factura")};
    QStringList boletaValues {QStringLiteral("boleta")};

    bool operator==(const BillingFieldNames &other) const = default;
};

} // namespace puente
