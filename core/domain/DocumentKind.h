#pragma once

#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>

namespace puente {

/** The tax documents Puente issues in Bsale (chile-dte.md §4.2). */
enum class DocumentKind : quint8 {
    Boleta, ///< boleta electrónica, SII 39: consumers, no receptor data
    Factura, ///< factura electrónica, SII 33: needs RUT, razón social, giro, address (§4.4)
    CreditNote, ///< nota de crédito electrónica, SII 61: cancels a boleta or factura (§4.6)
};

/** Helpers for DocumentKind. Stateless; callable from any thread. */
namespace documentkind {

/** SII document code: 39, 33 or 61. Bsale accepts it as `codeSii` (bsale.md §7). */
int siiCode(DocumentKind kind);
/** Stable key for JSON, journals and salesIds: "boleta", "factura", "credit_note". */
QString key(DocumentKind kind);
std::optional<DocumentKind> fromKey(QStringView key);
/** What a person reads: "Boleta electrónica", "Factura electrónica", "Nota de crédito electrónica". */
QString displayName(DocumentKind kind);

} // namespace documentkind

} // namespace puente

Q_DECLARE_METATYPE(puente::DocumentKind)
