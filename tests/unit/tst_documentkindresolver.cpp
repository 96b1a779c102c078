// DocumentKindResolver: boleta or factura from the merchant's checkout field, whatever the
// case, accents or wording (jumpseller.md §3.3).
#include <QtTest/QTest>

#include "billing/DocumentKindResolver.h"

using namespace Qt::Literals::StringLiterals;
using puente::BillingFieldNames;
using puente::DocumentKind;
using puente::DocumentKindResolver;
using puente::PlanIssue;
using puente::StoreOrder;

Q_DECLARE_METATYPE(std::optional<puente::DocumentKind>)

namespace {

StoreOrder withField(const QString &label, const QString &value)
{
    StoreOrder order;
    order.orderId = u"1"_s;
    order.additionalFields.append({u"Comentario"_s, u"Dejar en conserjería"_s});
    order.additionalFields.append({label, value});
    return order;
}

} // namespace

class TestDocumentKindResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesWithoutCaseOrAccents_data();
    void valuesWithoutCaseOrAccents();
    void labelsWithoutCaseOrAccents_data();
    void labelsWithoutCaseOrAccents();
    void missingOrEmptyFieldIsBoleta();
    void foundInBillingInformation();
    void configurableFieldAndValues();
};

void TestDocumentKindResolver::valuesWithoutCaseOrAccents_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<std::optional<DocumentKind>>("kind"); // nullopt = refused
    QTest::newRow("Factura") << u"Factura"_s << std::optional(DocumentKind::Factura);
    QTest::newRow("factura electrónica") << u"factura electrónica"_s << std::optional(DocumentKind::Factura);
    QTest::newRow("FACTURA") << u"FACTURA"_s << std::optional(DocumentKind::Factura);
    QTest::newRow("FACTURA ELECTRÓNICA") << u"FACTURA ELECTRÓNICA"_s << std::optional(DocumentKind::Factura);
    QTest::newRow("spaces") << u"  factura  "_s << std::optional(DocumentKind::Factura);
    QTest::newRow("decomposed accent") << u"Factura Electro\u0301nica"_s << std::optional(DocumentKind::Factura);
    QTest::newRow("boleta") << u"boleta"_s << std::optional(DocumentKind::Boleta);
    QTest::newRow("Boleta Electrónica") << u"Boleta Electrónica"_s << std::optional(DocumentKind::Boleta);
    QTest::newRow("BOLETA") << u"BOLETA"_s << std::optional(DocumentKind::Boleta);
    QTest::newRow("punctuated") << u"Factura (empresa)"_s << std::optional(DocumentKind::Factura);
    QTest::newRow("other word") << u"Nota de venta"_s << std::optional<DocumentKind>();
    QTest::newRow("both") << u"Boleta o Factura"_s << std::optional<DocumentKind>();
    QTest::newRow("inside a word") << u"Facturación"_s << std::optional<DocumentKind>();
}

void TestDocumentKindResolver::valuesWithoutCaseOrAccents()
{
    QFETCH(QString, value);
    QFETCH(std::optional<DocumentKind>, kind);
    const auto result = DocumentKindResolver().resolve(withField(u"Tipo de Documento"_s, value));
    if (!kind) {
        const auto *issue = std::get_if<PlanIssue>(&result);
        QVERIFY(issue);
        QCOMPARE(issue->code, PlanIssue::Code::UnknownDocumentKind);
        QCOMPARE(issue->details.value(u"value"_s).toString(), value.trimmed());
        QVERIFY(issue->messageEs.contains(u"Tipo de Documento"_s));
        return;
    }
    const auto *resolution = std::get_if<DocumentKindResolver::Resolution>(&result);
    QVERIFY(resolution);
    QCOMPARE(resolution->kind, *kind);
    QVERIFY(!resolution->defaulted);
}

void TestDocumentKindResolver::labelsWithoutCaseOrAccents_data()
{
    QTest::addColumn<QString>("label");
    QTest::newRow("as configured") << u"Tipo de Documento"_s;
    QTest::newRow("lower") << u"tipo de documento"_s;
    QTest::newRow("upper") << u"TIPO DE DOCUMENTO"_s;
    QTest::newRow("extra spaces") << u" Tipo  de Documento "_s;
}

void TestDocumentKindResolver::labelsWithoutCaseOrAccents()
{
    QFETCH(QString, label);
    const auto result = DocumentKindResolver().resolve(withField(label, u"factura"_s));
    QCOMPARE(std::get<DocumentKindResolver::Resolution>(result).kind, DocumentKind::Factura);
}

void TestDocumentKindResolver::missingOrEmptyFieldIsBoleta()
{
    StoreOrder none;
    auto result = DocumentKindResolver().resolve(none);
    QCOMPARE(std::get<DocumentKindResolver::Resolution>(result).kind, DocumentKind::Boleta);
    QVERIFY(std::get<DocumentKindResolver::Resolution>(result).defaulted);
    result = DocumentKindResolver().resolve(withField(u"Tipo de Documento"_s, u"  "_s));
    QCOMPARE(std::get<DocumentKindResolver::Resolution>(result).kind, DocumentKind::Boleta);
    QVERIFY(std::get<DocumentKindResolver::Resolution>(result).defaulted);
    // A field with another label says nothing about the kind.
    result = DocumentKindResolver().resolve(withField(u"Documento"_s, u"factura"_s));
    QCOMPARE(std::get<DocumentKindResolver::Resolution>(result).kind, DocumentKind::Boleta);
}

void TestDocumentKindResolver::foundInBillingInformation()
{
    StoreOrder order;
    order.billingInformation.append({u"Tipo de documento"_s, u"Factura"_s});
    const auto result = DocumentKindResolver().resolve(order);
    QCOMPARE(std::get<DocumentKindResolver::Resolution>(result).kind, DocumentKind::Factura);
}

void TestDocumentKindResolver::configurableFieldAndValues()
{
    // BillMySales' "Documento" and the Odoo connector's "Boleta o Factura" (jumpseller.md §3.3).
    BillingFieldNames names;
    names.documentKind = u"Boleta o Factura"_s;
    names.facturaValues = {u"factura"_s, u"empresa"_s};
    const DocumentKindResolver resolver(names);
    QCOMPARE(
        std::get<DocumentKindResolver::Resolution>(resolver.resolve(withField(u"boleta o factura"_s, u"Empresa"_s)))
            .kind,
        DocumentKind::Factura);
    QCOMPARE(
        std::get<DocumentKindResolver::Resolution>(resolver.resolve(withField(u"Tipo de Documento"_s, u"factura"_s)))
            .kind,
        DocumentKind::Boleta);
}

QTEST_GUILESS_MAIN(TestDocumentKindResolver)
#include "tst_documentkindresolver.moc"
