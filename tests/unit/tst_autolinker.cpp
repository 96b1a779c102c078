// AutoLinker is pure: rows in, decisions out. Every rule of the linking spec, one at a time.
#include "sync/AutoLinker.h"

#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;
using namespace puente;

namespace {

ErpVariant erp(qint64 id, const QString &sku, const QString &barcode = {}, const QString &name = {})
{
    ErpVariant v;
    v.variantId = id;
    v.productId = id * 10;
    v.sku = sku;
    v.barcode = barcode;
    v.productName = name.isEmpty() ? u"Producto %1"_s.arg(id) : name;
    return v;
}

StoreVariant store(qint64 product, qint64 variant, const QString &sku, const QString &barcode = {},
                   const QString &name = {})
{
    StoreVariant v;
    v.key = {product, variant};
    v.sku = sku;
    v.barcode = barcode;
    v.productName = name.isEmpty() ? u"Item %1/%2"_s.arg(product).arg(variant) : name;
    return v;
}

Link link(qint64 erpId, StoreVariantKey key, LinkMethod how)
{
    return Link {erpId, key, how, {}};
}

QList<std::pair<qint64, StoreVariantKey>> pairs(const QList<Link> &links)
{
    QList<std::pair<qint64, StoreVariantKey>> out;
    for (const Link &l : links)
        out.append({l.erpVariantId, l.store});
    return out;
}

} // namespace

class TestAutoLinker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linksUniqueSkus();
    void trimsKeys();
    void caseSensitivityIsASetting();
    void duplicateSkuOnErpSideIsNotLinked();
    void duplicateSkuOnStoreSideIsNotLinked();
    void duplicateSkuIsNotLinkedByBarcodeEither();
    void barcodeRuleIsOptional();
    void nameRuleIsOptIn();
    void manualLinkSurvives();
    void importLinkSurvives();
    void linkedRowsAreNotLinkedAgain();
    void takenPartnerIsListed();
    void staleAutomaticLinkIsDropped();
    void linkWhoseRowLeftTheCatalogueStays();
    void excludedRowsAreLeftAlone();
    void blockedPairIsNotRelinked();
    void emptyKeysNeverMatch();
};

void TestAutoLinker::linksUniqueSkus()
{
    const auto result =
        AutoLinker(LinkRules {})
            .run({erp(1, u"A"_s), erp(2, u"B"_s), erp(3, u"C"_s)}, {store(100, 0, u"B"_s), store(200, 7, u"A"_s)}, {});
    QCOMPARE(pairs(result.added), (QList<std::pair<qint64, StoreVariantKey>> {{1, {200, 7}}, {2, {100, 0}}}));
    for (const Link &l : result.added)
        QCOMPARE(l.how, LinkMethod::Sku);
    QVERIFY(result.needsManualLink.isEmpty());
    QVERIFY(result.dropped.isEmpty());
}

void TestAutoLinker::trimsKeys()
{
    const auto result = AutoLinker(LinkRules {}).run({erp(1, u"  AB-1\t"_s)}, {store(5, 0, u"AB-1 "_s)}, {});
    QCOMPARE(result.added.size(), 1);
    QCOMPARE(result.added.first().store, (StoreVariantKey {5, 0}));
}

void TestAutoLinker::caseSensitivityIsASetting()
{
    const QList<ErpVariant> e {erp(1, u"ab-1"_s)};
    const QList<StoreVariant> s {store(5, 0, u"AB-1"_s)};
    QCOMPARE(AutoLinker(LinkRules {false, false, false}).run(e, s, {}).added.size(), 1);
    const auto strict = AutoLinker(LinkRules {true, false, false}).run(e, s, {});
    QVERIFY(strict.added.isEmpty());
    QVERIFY(strict.needsManualLink.isEmpty());
    // Case-insensitive: "AB-1" and "ab-1" on one side are the same SKU twice.
    const auto twice = AutoLinker(LinkRules {}).run({erp(1, u"ab-1"_s), erp(2, u"AB-1"_s)}, s, {});
    QVERIFY(twice.added.isEmpty());
    QCOMPARE(twice.needsManualLink.size(), 3);
}

void TestAutoLinker::duplicateSkuOnErpSideIsNotLinked()
{
    const auto result = AutoLinker(LinkRules {})
                            .run({erp(1, u"DUP"_s), erp(2, u"DUP"_s), erp(3, u"OK"_s)},
                                 {store(10, 0, u"DUP"_s), store(11, 0, u"OK"_s)}, {});
    QCOMPARE(pairs(result.added), (QList<std::pair<qint64, StoreVariantKey>> {{3, {11, 0}}}));
    QCOMPARE(result.needsManualLink.size(), 3);
    QSet<qint64> erpIds;
    for (const NeedsManualLink &issue : result.needsManualLink) {
        QCOMPARE(issue.reason, NeedsManualLink::Reason::Duplicate);
        QCOMPARE(issue.rule, LinkRule::Sku);
        QCOMPARE(issue.key, u"DUP"_s);
        QVERIFY2(issue.detail.contains(u"2 Bsale variants"_s), qPrintable(issue.detail));
        if (issue.side == NeedsManualLink::Side::Erp)
            erpIds.insert(issue.erpVariantId);
        else
            QCOMPARE(issue.store, (StoreVariantKey {10, 0}));
    }
    QCOMPARE(erpIds, (QSet<qint64> {1, 2}));
}

void TestAutoLinker::duplicateSkuOnStoreSideIsNotLinked()
{
    const auto result =
        AutoLinker(LinkRules {}).run({erp(1, u"DUP"_s)}, {store(10, 1, u"DUP"_s), store(10, 2, u"DUP"_s)}, {});
    QVERIFY(result.added.isEmpty());
    QCOMPARE(result.needsManualLink.size(), 3);
    QCOMPARE(result.needsManualLink.first().side, NeedsManualLink::Side::Erp);
    QVERIFY2(result.needsManualLink.first().detail.contains(u"2 store items"_s),
             qPrintable(result.needsManualLink.first().detail));
}

void TestAutoLinker::duplicateSkuIsNotLinkedByBarcodeEither()
{
    // Same barcode on one pair, but the SKU is duplicated: never linked automatically.
    const auto result =
        AutoLinker(LinkRules {false, true, false})
            .run({erp(1, u"DUP"_s, u"7801"_s), erp(2, u"DUP"_s, u"7802"_s)}, {store(10, 0, u"DUP"_s, u"7801"_s)}, {});
    QVERIFY(result.added.isEmpty());
}

void TestAutoLinker::barcodeRuleIsOptional()
{
    const QList<ErpVariant> e {erp(1, u"E-1"_s, u"7800001"_s)};
    const QList<StoreVariant> s {store(10, 0, u"S-1"_s, u" 7800001 "_s)};
    const auto on = AutoLinker(LinkRules {false, true, false}).run(e, s, {});
    QCOMPARE(on.added.size(), 1);
    QCOMPARE(on.added.first().how, LinkMethod::Barcode);
    QVERIFY(AutoLinker(LinkRules {false, false, false}).run(e, s, {}).added.isEmpty());
}

void TestAutoLinker::nameRuleIsOptIn()
{
    ErpVariant e = erp(1, {}, {}, u"Polera Azul"_s);
    e.description = u"M"_s;
    StoreVariant s = store(10, 3, {}, {}, u"Polera Azul"_s);
    s.variantName = u"M"_s;
    QVERIFY(AutoLinker(LinkRules {}).run({e}, {s}, {}).added.isEmpty());
    const auto result = AutoLinker(LinkRules {false, true, true}).run({e}, {s}, {});
    QCOMPARE(result.added.size(), 1);
    QCOMPARE(result.added.first().how, LinkMethod::Name);
}

void TestAutoLinker::manualLinkSurvives()
{
    // Variant 1 is linked by hand to store item 20, although its SKU matches item 10.
    const QList<Link> existing {link(1, {20, 0}, LinkMethod::Manual)};
    const auto result =
        AutoLinker(LinkRules {}).run({erp(1, u"A"_s)}, {store(10, 0, u"A"_s), store(20, 0, u"other"_s)}, existing);
    QVERIFY(result.added.isEmpty());
    QVERIFY(result.dropped.isEmpty());
}

void TestAutoLinker::importLinkSurvives()
{
    const QList<Link> existing {link(1, {20, 0}, LinkMethod::Import)};
    const auto result = AutoLinker(LinkRules {}).run({erp(1, u"A"_s)}, {store(20, 0, u"B"_s)}, existing);
    QVERIFY(result.added.isEmpty());
    QVERIFY(result.dropped.isEmpty());
}

void TestAutoLinker::linkedRowsAreNotLinkedAgain()
{
    const QList<Link> existing {link(1, {10, 0}, LinkMethod::Sku)};
    const auto result = AutoLinker(LinkRules {}).run({erp(1, u"A"_s)}, {store(10, 0, u"A"_s)}, existing);
    QVERIFY(result.added.isEmpty());
    QVERIFY(result.dropped.isEmpty());
    QVERIFY(result.needsManualLink.isEmpty());
}

void TestAutoLinker::takenPartnerIsListed()
{
    // Store item 10 is linked by hand to variant 2; variant 1 has its SKU.
    const QList<Link> existing {link(2, {10, 0}, LinkMethod::Manual)};
    const auto result =
        AutoLinker(LinkRules {}).run({erp(1, u"A"_s), erp(2, u"Z"_s)}, {store(10, 0, u"A"_s)}, existing);
    QVERIFY(result.added.isEmpty());
    QCOMPARE(result.needsManualLink.size(), 1);
    QCOMPARE(result.needsManualLink.first().erpVariantId, 1);
    QCOMPARE(result.needsManualLink.first().reason, NeedsManualLink::Reason::Taken);
}

void TestAutoLinker::staleAutomaticLinkIsDropped()
{
    // Linked by SKU "A"; the store item's SKU became "B", and another item now has "A".
    const QList<Link> existing {link(1, {10, 0}, LinkMethod::Sku)};
    const auto result =
        AutoLinker(LinkRules {}).run({erp(1, u"A"_s)}, {store(10, 0, u"B"_s), store(11, 0, u"A"_s)}, existing);
    QCOMPARE(pairs(result.dropped), (QList<std::pair<qint64, StoreVariantKey>> {{1, {10, 0}}}));
    QCOMPARE(pairs(result.added), (QList<std::pair<qint64, StoreVariantKey>> {{1, {11, 0}}}));
}

void TestAutoLinker::linkWhoseRowLeftTheCatalogueStays()
{
    const QList<Link> existing {link(1, {10, 0}, LinkMethod::Sku)};
    const auto result = AutoLinker(LinkRules {}).run({erp(1, u"A"_s)}, {}, existing);
    QVERIFY(result.dropped.isEmpty());
    QVERIFY(result.added.isEmpty());
}

void TestAutoLinker::excludedRowsAreLeftAlone()
{
    ErpVariant excluded = erp(1, u"A"_s);
    excluded.brandId = 7;
    const ExclusionSet exclusions({Exclusion {ExclusionSide::Erp, ExclusionKind::Brand, u"7"_s, {}, {}},
                                   Exclusion {ExclusionSide::Store, ExclusionKind::Product, u"20"_s, {}, {}}});
    const auto result =
        AutoLinker(LinkRules {})
            .run({excluded, erp(2, u"B"_s), erp(3, u"C"_s)},
                 {store(10, 0, u"A"_s), store(20, 0, u"B"_s), store(30, 0, u"C"_s)}, {}, {}, exclusions);
    QCOMPARE(pairs(result.added), (QList<std::pair<qint64, StoreVariantKey>> {{3, {30, 0}}}));
    QVERIFY(result.needsManualLink.isEmpty());
}

void TestAutoLinker::blockedPairIsNotRelinked()
{
    const auto result =
        AutoLinker(LinkRules {}).run({erp(1, u"A"_s)}, {store(10, 0, u"A"_s)}, {}, {LinkBlock {1, {10, 0}}});
    QVERIFY(result.added.isEmpty());
}

void TestAutoLinker::emptyKeysNeverMatch()
{
    const auto result = AutoLinker(LinkRules {false, true, false})
                            .run({erp(1, {}), erp(2, u"  "_s)}, {store(10, 0, {}), store(11, 0, u" "_s)}, {});
    QVERIFY(result.added.isEmpty());
    QVERIFY(result.needsManualLink.isEmpty());
}

QTEST_APPLESS_MAIN(TestAutoLinker)
#include "tst_autolinker.moc"
