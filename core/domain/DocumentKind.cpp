#include "domain/DocumentKind.h"

using namespace Qt::Literals::StringLiterals;

namespace puente::documentkind {

int siiCode(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Boleta:
        return 39;
    case DocumentKind::Factura:
        return 33;
    case DocumentKind::CreditNote:
        return 61;
    }
    return 0;
}

QString key(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Boleta:
        return u"boleta"_s;
    case DocumentKind::Factura:
        return u"factura"_s;
    case DocumentKind::CreditNote:
        return u"credit_note"_s;
    }
    return {};
}

std::optional<DocumentKind> fromKey(QStringView text)
{
    for (const auto kind : {DocumentKind::Boleta, DocumentKind::Factura, DocumentKind::CreditNote}) {
        if (text == key(kind))
            return kind;
    }
    return std::nullopt;
}

QString displayName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Boleta:
        return u"Boleta electrónica"_s;
    case DocumentKind::Factura:
        return u"Factura electrónica"_s;
    case DocumentKind::CreditNote:
        return u"Nota de crédito electrónica"_s;
    }
    return {};
}

} // namespace puente::documentkind
