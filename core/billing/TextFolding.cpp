#include "billing/TextFolding.h"

namespace puente {

namespace {

// Words only: anything that is not a letter or a digit separates them.
QString wordsOf(QStringView text)
{
    QString folded = TextFolding::fold(text);
    for (QChar &c : folded) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    return u' ' + folded.simplified() + u' ';
}

} // namespace

QString TextFolding::fold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    }
    return out.toCaseFolded().simplified();
}

bool TextFolding::containsWords(QStringView text, QStringView phrase)
{
    const QString needle = wordsOf(phrase);
    return needle.size() > 2 && wordsOf(text).contains(needle);
}

} // namespace puente
