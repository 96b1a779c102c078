#include "connectors/bsale/BsaleErrorExplainer.h"

#include <array>

namespace puente {

namespace {

using Kind = BsaleError::Kind;

struct Entry
{
    Kind kind;
    bool retryable;
    const char16_t *title;
    const char16_t *explanation;
};

// Written for a shop's accountant: what happened in Bsale's terms and what to do next.
constexpr std::array kEntries {
    Entry {Kind::None, false, u"Sin error", u"La operación se completó en Bsale."},
    Entry {Kind::Unreachable, true, u"No se pudo conectar con Bsale",
           u"Puente no logró comunicarse con Bsale (sin internet, o Bsale no respondió a tiempo). "
           u"Revise la conexión; Puente volverá a intentarlo solo."},
    Entry {Kind::RateLimited, true, u"Bsale pidió esperar",
           u"Se enviaron muchas solicitudes a Bsale en poco tiempo y Bsale pidió una pausa. "
           u"Puente volverá a intentarlo en unos momentos; no hay que hacer nada."},
    Entry {Kind::ServerError, true, u"Bsale tuvo un problema interno",
           u"Bsale respondió con un error propio, que suele ser pasajero. Puente volverá a intentarlo solo."},
    Entry {Kind::UnreadableAnswer, true, u"Respuesta incompleta de Bsale",
           u"La respuesta de Bsale llegó cortada o ilegible. Puente volverá a intentarlo; si el problema "
           u"continúa, avise a soporte."},
    Entry {Kind::Unauthorized, false, u"Bsale rechazó el token de acceso",
           u"El token de acceso de Bsale no es válido: pudo ser revocado o el usuario fue desactivado. "
           u"Ingrese un token nuevo en la configuración de Puente."},
    Entry {Kind::AccountBlocked, false, u"Cuenta de Bsale bloqueada",
           u"Bsale bloqueó la cuenta por un pago pendiente. Regularice la cuenta con Bsale y vuelva a intentarlo."},
    Entry {Kind::Forbidden, false, u"Sin permiso en Bsale",
           u"El usuario dueño del token no tiene permiso para esta operación en Bsale. "
           u"Pida a quien administra Bsale que le dé el permiso, o use el token de otro usuario."},
    Entry {
        Kind::NotFound, false, u"No existe en Bsale",
        u"Bsale no encontró el registro pedido; pudo ser eliminado en Bsale. Revise la configuración y los vínculos."},
    Entry {Kind::ClientDataRequired, false, u"Faltan datos del cliente",
           u"Para emitir una factura, Bsale exige RUT, razón social, giro, dirección, comuna y ciudad del cliente. "
           u"Complete los datos de facturación del pedido y vuelva a intentarlo."},
    Entry {Kind::ClientRequired, false, u"El documento necesita un cliente",
           u"Este tipo de documento exige identificar al cliente desde cierto monto. "
           u"Agregue el RUT y los datos del cliente y vuelva a intentarlo."},
    Entry {Kind::DuplicateClient, false, u"Cliente duplicado en Bsale",
           u"En Bsale hay más de un cliente con el mismo RUT y Bsale no sabe cuál usar. "
           u"Deje un solo cliente con ese RUT en Bsale y vuelva a intentarlo."},
    Entry {Kind::OutOfFolios, false, u"Sin folios disponibles",
           u"Bsale no tiene folios para este tipo de documento. Solicite un nuevo CAF (rango de folios) en el "
           u"SII, cárguelo en Bsale y vuelva a intentarlo."},
    Entry {Kind::CafExpired, false, u"CAF vencido",
           u"El CAF (rango de folios autorizado por el SII) que usa Bsale está vencido. Solicite uno nuevo en el "
           u"SII, cárguelo en Bsale y vuelva a intentarlo."},
    Entry {Kind::NoStock, false, u"Sin stock en Bsale",
           u"Bsale no tiene stock suficiente en la sucursal para despachar uno o más productos. Registre el stock "
           u"en Bsale (recepción) o revise la sucursal configurada, y vuelva a intentarlo."},
    Entry {Kind::InvalidVariant, false, u"Producto no reconocido por Bsale",
           u"Uno o más productos del documento no existen en Bsale o su código no es válido. "
           u"Revise el vínculo del producto con Bsale y vuelva a intentarlo."},
    Entry {Kind::SerialRequired, false, u"Falta el número de serie",
           u"Un producto con control de series necesita su número de serie para ser despachado. "
           u"Indique la serie en la línea del documento y vuelva a intentarlo."},
    Entry {Kind::InvalidNetValue, false, u"Precio en cero o negativo",
           u"Bsale no acepta líneas con precio neto cero o negativo en este tipo de documento. "
           u"Para un producto de regalo se usa un descuento del 100 %. Revise los precios del pedido."},
    Entry {Kind::InvalidQuantity, false, u"Cantidad no válida",
           u"Bsale no aceptó la cantidad de una línea (por ejemplo, más de una unidad de un producto con serie). "
           u"Revise las cantidades del pedido."},
    Entry {Kind::InvalidDocumentType, false, u"Tipo de documento no válido",
           u"El tipo de documento configurado no existe en Bsale o está desactivado. "
           u"Revise los tipos de documento en la configuración de Puente."},
    Entry {Kind::InvalidPriceList, false, u"Lista de precios no válida",
           u"La lista de precios configurada no existe en Bsale. Revise la configuración de Puente."},
    Entry {Kind::NoDefaultPriceList, false, u"La sucursal no tiene lista de precios",
           u"La sucursal de Bsale no tiene una lista de precios por defecto. Asigne una en Bsale o elija una "
           u"lista en la configuración de Puente."},
    Entry {Kind::ReturnExceedsSale, false, u"La devolución supera lo vendido",
           u"La cantidad a devolver es mayor que lo que queda de la venta original; es probable que ya exista una "
           u"nota de crédito para esos productos. Revise las notas de crédito de la venta en Bsale."},
    Entry {Kind::InvalidReference, false, u"Documento de referencia no válido",
           u"La nota de crédito apunta a una venta o a una línea que Bsale no reconoce. "
           u"Revise que la venta original exista en Bsale."},
    Entry {Kind::BelowMinimumAmount, false, u"Monto bajo el mínimo",
           u"El total del documento es menor que el mínimo que permite este tipo de documento en Bsale."},
    Entry {Kind::TooManyLines, false, u"Demasiadas líneas",
           u"El documento tiene más líneas de las que Bsale permite para este tipo de documento. "
           u"Divida la venta en más de un documento."},
    Entry {Kind::MalformedRequest, false, u"Bsale no entendió la solicitud",
           u"Bsale no pudo leer lo que Puente envió. Es un error de Puente: envíe este mensaje a soporte."},
    Entry {Kind::Rejected, false, u"Bsale rechazó la operación",
           u"Bsale no aceptó la operación. El mensaje de Bsale, más abajo, indica el motivo; corrija el dato y "
           u"vuelva a intentarlo."},
    Entry {Kind::Canceled, false, u"Operación cancelada", u"La operación se canceló antes de terminar."},
};

} // namespace

BsaleExplanation BsaleErrorExplainer::explain(BsaleError::Kind kind)
{
    for (const Entry &entry : kEntries) {
        if (entry.kind == kind) {
            return {kind, QString::fromUtf16(entry.title), QString::fromUtf16(entry.explanation), entry.retryable,
                    QString()};
        }
    }
    // Unreachable while every kind has an entry (tst_bsaleerror checks that).
    return {kind, QStringLiteral("Error de Bsale"), QStringLiteral("Bsale no aceptó la operación."), false, QString()};
}

BsaleExplanation BsaleErrorExplainer::explain(const ApiError &error)
{
    BsaleExplanation out = explain(BsaleError::classify(error));
    out.retryable = BsaleError::isRetryable(error);
    out.serverMessage = error.serverMessage();
    return out;
}

} // namespace puente
