#include "bsale/BsaleDocumentView.h"

#include "bsale/BsaleTaxMath.h"

#include <QtCore/QStringList>

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::bsale {

namespace {

QString pesos(double amount)
{
    return u"$ "_s + QString::number(qint64(BsaleTaxMath::pesos(amount)));
}

// PDF strings are Latin-1 here; parentheses and backslashes must be escaped.
QByteArray pdfText(const QString &text)
{
    QByteArray out = text.toLatin1();
    out.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
    return out;
}

} // namespace

QStringList BsaleDocumentView::lines() const
{
    const DocumentType *type = m_store.documentTypes().find(m_document.documentTypeId);
    QStringList out;
    out << u"%1 N° %2"_s.arg(type ? type->name.toUpper() : QString()).arg(m_document.number);
    for (const int id : m_document.detailIds) {
        const DocumentDetail &d = *m_store.documentDetails().find(id);
        const Variant *v = m_store.variants().find(d.variantId);
        const QString label = v ? v->code + u' ' + v->description : d.comment;
        out << u"%1 x %2  %3"_s.arg(d.quantity).arg(label, pesos(d.netAmount * (1.0 + d.taxRate)));
    }
    out << u"Neto %1"_s.arg(pesos(m_document.netAmount)) << u"Exento %1"_s.arg(pesos(m_document.exemptAmount))
        << u"IVA %1"_s.arg(pesos(m_document.taxAmount)) << u"Total %1"_s.arg(pesos(m_document.totalAmount));
    return out;
}

QByteArray BsaleDocumentView::html() const
{
    QString body;
    for (const auto &line : lines())
        body += u"<p>"_s + line.toHtmlEscaped() + u"</p>\n"_s;
    return (u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Documento %1</title></head><body>\n"_s.arg(
                m_document.number)
            + body + u"</body></html>\n"_s)
        .toUtf8();
}

QByteArray BsaleDocumentView::pdf() const
{
    QByteArray content = "BT /F1 11 Tf 50 800 Td 14 TL\n";
    for (const auto &line : lines())
        content += '(' + pdfText(line) + ") Tj T*\n";
    content += "ET\n";

    const QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    };
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace puente::fakes::bsale
