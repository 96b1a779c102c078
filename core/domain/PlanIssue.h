#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QMetaType>
#include <QtCore/QObject>
#include <QtCore/QString>

#include <optional>

namespace puente {

/**
 * One reason why an order cannot (yet) become a tax document, or a note about how the plan
 * changed the order's data. Shown in the inbox: `messageEs` first (the merchant's language),
 * `messageEn` for logs and English users, `details` for code (field names, SKUs, amounts).
 * A value type.
 */
struct PlanIssue
{
    Q_GADGET

public:
    enum class Code : quint8 {
        // Refusals: the order needs a person before a document can be issued.
        NoBillableLines, ///< only zero-value lines: no document is needed at all
        UnlinkedProduct, ///< a line's product is not linked to a Bsale variant
        InactiveProduct, ///< the linked Bsale variant is inactive
        SerialNumberedProduct, ///< Bsale needs the serial: issue the document by hand
        PackWithoutCode, ///< a pack can only be sold by its code (bsale.md §10.5)
        InvalidLine, ///< quantity ≤ 0 or negative price
        UnknownDocumentKind, ///< the document-type field holds neither boleta nor factura
        MissingReceptorField, ///< factura without RUT, razón social, giro, address, comuna or city
        InvalidRut, ///< factura with a RUT that fails módulo 11
        ReceptorFieldTooLong, ///< factura field over the SII length that cannot be shortened
        ShippingNotConfigured, ///< shipping charged but no Bsale service product configured
        UnsupportedCurrency, ///< not CLP
        TotalMismatch, ///< the lines do not add up to the order total
        TotalUnreachable, ///< no net unit value makes Bsale compute the order total
        DocumentTypeNotConfigured, ///< neither a Bsale document type id nor an SII code to use
        NothingToCredit, ///< credit note for a document without details
        NotASale, ///< credit note asked for a credit note
        // Notes: the plan was made, but differs from the order in a way a person may want to see.
        ZeroValueLineDropped, ///< a free line was left out of the document
        ReceptorFieldTruncated, ///< a factura field was cut to its SII length
        ReceptorEmailDropped, ///< an over-long e-mail was left out rather than cut
    };
    Q_ENUM(Code)

    Code code = Code::InvalidLine;
    QString messageEs;
    QString messageEn;
    QJsonObject details;

    /** The enumerator's name ("UnlinkedProduct"): stable, for JSON and tests. */
    static QString codeName(Code code);
    static std::optional<Code> codeFromName(const QString &name);

    QJsonObject toJson() const;
    static std::optional<PlanIssue> fromJson(const QJsonObject &json);

    bool operator==(const PlanIssue &other) const = default;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::PlanIssue)
