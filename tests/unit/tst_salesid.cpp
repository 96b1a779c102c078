// SalesId: Bsale's only idempotency key (bsale.md §10) must be stable, short enough and distinct.
#include <QtCore/QSet>
#include <QtTest/QTest>

#include "billing/SalesId.h"

using namespace Qt::Literals::StringLiterals;
using puente::DocumentKind;
using puente::SalesId;

class TestSalesId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readableForOrdinaryOrders();
    void deterministic();
    void distinctPerStoreOrderAndKind();
    void separatorsCannotCollide();
    void longInputsStayWithin255AndDistinct();
};

void TestSalesId::readableForOrdinaryOrders()
{
    QCOMPARE(SalesId::forOrder(u"mitienda", u"1026", DocumentKind::Boleta), u"puente:mitienda:1026:boleta"_s);
    QCOMPARE(SalesId::forOrder(u"mitienda", u"1026", DocumentKind::Factura), u"puente:mitienda:1026:factura"_s);
    QCOMPARE(SalesId::forOrder(u"mitienda", u"1026", DocumentKind::CreditNote), u"puente:mitienda:1026:credit_note"_s);
}

void TestSalesId::deterministic()
{
    for (int i = 0; i < 100; ++i)
        QCOMPARE(SalesId::forOrder(u"a-b", QString::number(i), DocumentKind::Boleta),
                 SalesId::forOrder(u"a-b", QString::number(i), DocumentKind::Boleta));
}

void TestSalesId::distinctPerStoreOrderAndKind()
{
    QSet<QString> seen;
    for (const auto &store : {u"uno"_s, u"dos"_s}) {
        for (int order = 1; order <= 50; ++order) {
            for (const auto kind : {DocumentKind::Boleta, DocumentKind::Factura, DocumentKind::CreditNote})
                seen.insert(SalesId::forOrder(store, QString::number(order), kind));
        }
    }
    QCOMPARE(seen.size(), 2 * 50 * 3);
}

void TestSalesId::separatorsCannotCollide()
{
    const QString a = SalesId::forOrder(u"a:b", u"c", DocumentKind::Boleta);
    const QString b = SalesId::forOrder(u"a", u"b:c", DocumentKind::Boleta);
    QVERIFY(a != b);
    QCOMPARE(a, u"puente:a%3Ab:c:boleta"_s);
    QVERIFY(SalesId::forOrder(u"tienda ñandú", u"1", DocumentKind::Boleta).size() <= SalesId::kMaxLength);
}

void TestSalesId::longInputsStayWithin255AndDistinct()
{
    const QString store(300, u'x');
    const QString a = SalesId::forOrder(store, u"1", DocumentKind::Boleta);
    const QString b = SalesId::forOrder(store, u"2", DocumentKind::Boleta);
    const QString c = SalesId::forOrder(store, u"1", DocumentKind::Factura);
    QCOMPARE(a.size(), SalesId::kMaxLength);
    QVERIFY(a != b);
    QVERIFY(a != c);
    QVERIFY(a.endsWith(u":boleta:"_s + a.right(64)));
    QCOMPARE(a, SalesId::forOrder(store, u"1", DocumentKind::Boleta));
}

QTEST_GUILESS_MAIN(TestSalesId)
#include "tst_salesid.moc"
