#pragma once

#include <QtCore/QString>
#include <QtCore/QStringView>

namespace puente {

/**
 * Compares what merchants and customers type without caring about case, accents or spacing:
 * "Razón  Social" and "razon social", "FACTURA ELECTRÓNICA" and "factura electronica".
 * Stateless; callable from any thread.
 */
class TextFolding
{
public:
    /** Lower-cased, accents removed (NFD without combining marks), whitespace simplified. */
    static QString fold(QStringView text);
    static bool equal(QStringView a, QStringView b) { return fold(a) == fold(b); }
    /** True when `phrase`'s words appear, in order and adjacent, among `text`'s words. */
    static bool containsWords(QStringView text, QStringView phrase);
};

} // namespace puente
