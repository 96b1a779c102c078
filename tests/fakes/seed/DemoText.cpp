#include "seed/DemoText.h"

namespace puente::fakes {

namespace {

// Folds the accented letters Spanish uses to ASCII; returns 0 for anything that is a separator.
char16_t foldForSlug(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
        return c;
    if (c >= u'A' && c <= u'Z')
        return char16_t(c - u'A' + u'a');
    switch (c) {
    case u'á':
    case u'Á':
        return u'a';
    case u'é':
    case u'É':
        return u'e';
    case u'í':
    case u'Í':
        return u'i';
    case u'ó':
    case u'Ó':
        return u'o';
    case u'ú':
    case u'Ú':
    case u'ü':
    case u'Ü':
        return u'u';
    case u'ñ':
    case u'Ñ':
        return u'n';
    default:
        return 0;
    }
}

} // namespace

QString DemoText::slug(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingDash = false;
    for (const QChar ch : text) {
        const char16_t folded = foldForSlug(ch.unicode());
        if (folded == 0) {
            pendingDash = !out.isEmpty();
            continue;
        }
        if (pendingDash)
            out += u'-';
        pendingDash = false;
        out += QChar(folded);
    }
    return out;
}

void DemoText::appendPadded(QString &out, qint64 value, int width)
{
    char16_t buffer[24];
    int n = 0;
    do {
        buffer[n++] = char16_t(u'0' + value % 10);
        value /= 10;
    } while (value > 0 && n < 24);
    for (int i = n; i < width; ++i)
        out += u'0';
    while (n > 0)
        out += QChar(buffer[--n]);
}

QString DemoText::ean13(qint64 serial)
{
    QString code;
    code.reserve(13);
    code += u"780";
    appendPadded(code, serial % 1000000000, 9);
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        const int digit = code.at(i).unicode() - u'0';
        sum += (i % 2 == 0) ? digit : 3 * digit;
    }
    code += QChar(char16_t(u'0' + (10 - sum % 10) % 10));
    return code;
}

int DemoText::digits(qint64 value)
{
    int n = 1;
    while (value >= 10) {
        value /= 10;
        ++n;
    }
    return n;
}

} // namespace puente::fakes
