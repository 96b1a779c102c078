#pragma once

#include <QtCore/QChar>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>

namespace puente {

/**
 * A Chilean RUT (chile-dte.md §4.1): a body of 1–8 digits and a módulo 11 check digit.
 * Only valid RUTs exist as values; parse() accepts what customers type ("12.345.678-5",
 * " 76369187-k ") and toString() gives the canonical form Bsale and the SII want
 * ("76369187-K": no dots, hyphen, upper-case K). No minimum body is enforced: natural
 * persons are below the company range (§4.1 "Ranges"). A value type.
 */
class Rut
{
public:
    static constexpr quint32 kMaxBody = 99'999'999;

    enum class Error : quint8 {
        None,
        Empty, ///< nothing but spaces and dots
        Malformed, ///< not digits, hyphen, check digit (a missing hyphen counts: see parse())
        WrongCheckDigit, ///< well formed, but módulo 11 disagrees
    };

    /** Módulo 11 check digit of `body`: '0'..'9' or 'K'. */
    static QChar checkDigit(quint32 body);
    /** The RUT with this body and its computed check digit; nullopt for 0 or > kMaxBody. */
    static std::optional<Rut> fromBody(quint32 body);
    /**
     * Dots and spaces removed, hyphen variants (‐ ‑ – −) made '-', 'k' upper-cased. No
     * validation: "12.345.678-k" → "12345678-K".
     */
    static QString normalise(QStringView text);
    /**
     * A valid RUT from typed text, or nullopt with the reason in `error`. The hyphen is
     * required: without it "12345678" could be a body with or without its check digit.
     */
    static std::optional<Rut> parse(QStringView text, Error *error = nullptr);
    static bool isValid(QStringView text) { return parse(text).has_value(); }

    quint32 body() const { return m_body; }
    QChar checkDigit() const { return m_checkDigit; }
    /** "76369187-K" */
    QString toString() const;
    /** "76.369.187-K", for people */
    QString toDottedString() const;

    bool operator==(const Rut &other) const = default;

private:
    Rut(quint32 body, QChar checkDigit)
        : m_body(body)
        , m_checkDigit(checkDigit)
    { }

    quint32 m_body = 0;
    QChar m_checkDigit;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::Rut)
