#include "SearchText.h"

#include "billing/TextFolding.h"

namespace puente {

namespace {

bool isPlainAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

QString SearchText::fold(QStringView text)
{
    // Most SKUs and many names are ASCII: skip the Unicode normalization the loader would
    // otherwise run on hundreds of thousands of strings.
    if (isPlainAscii(text))
        return text.toString().toLower().simplified();
    return TextFolding::fold(text);
}

QStringList SearchText::words(QStringView typed)
{
    return fold(typed).split(u' ', Qt::SkipEmptyParts);
}

bool SearchText::matches(QStringView foldedText, const QStringList &words)
{
    for (const QString &word : words) {
        if (!foldedText.contains(word))
            return false;
    }
    return true;
}

} // namespace puente
