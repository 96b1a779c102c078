#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QStringView>

namespace puente {

/**
 * How the Products page matches what a shop owner types against SKUs and names: case and
 * accents do not matter ("algodon" finds "Polera Algodón"), and every typed word must appear
 * somewhere in the row, in any order. Stateless; callable from any thread.
 */
class SearchText final
{
public:
    SearchText() = delete;

    /** Lower-cased, accents removed, whitespace simplified; plain ASCII takes a fast path. */
    static QString fold(QStringView text);
    /** The folded words of what the user typed; empty when there is nothing to match. */
    static QStringList words(QStringView typed);
    /** True when every one of `words` occurs in `foldedText`. */
    static bool matches(QStringView foldedText, const QStringList &words);
};

} // namespace puente
