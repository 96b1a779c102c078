// The sync engine's journal repositories on real SQLite files: catalogue compare-and-write,
// links, blocks and issues, mappings, exclusions, and the version 3 migration.
#include "journal/CatalogRepository.h"
#include "journal/ExclusionRepository.h"
#include "journal/Journal.h"
#include "journal/JournalSchema.h"
#include "journal/LinkRepository.h"
#include "journal/MappingRepository.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace puente;

namespace {

const QDateTime kT1 = QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);
const QDateTime kT2 = kT1.addSecs(3600);

ErpVariant erp(qint64 id, const QString &sku)
{
    ErpVariant v;
    v.variantId = id;
    v.productId = 1000 + id;
    v.productName = u"Polera %1"_s.arg(id);
    v.description = u"Talla M"_s;
    v.sku = sku;
    v.barcode = u"780%1"_s.arg(id);
    v.productTypeId = 3;
    v.brandId = 9;
    v.grossPrice = 12990;
    v.quantityAvailable = 4.5;
    v.inOffice = true;
    return v;
}

StoreVariant store(qint64 product, qint64 variant, const QString &sku)
{
    StoreVariant v;
    v.key = {product, variant};
    v.productName = u"Polera"_s;
    v.variantName = u"M / Azul"_s;
    v.sku = sku;
    v.brand = u"Acme"_s;
    v.status = u"available"_s;
    v.categoryIds = {3, 17};
    v.grossPrice = 12990;
    v.stock = 4;
    return v;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return {};
    }
    return query.value(0);
}

} // namespace

class TestCatalogRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void erpRowsRoundTrip();
    void unchangedRowsAreNotRewritten();
    void removedRowsAreDeletedInReplaceModeOnly();
    void storeRowsRoundTrip();
    void storeWriteCountsChanges();
    void readsByIds();
    void termsCompareAndWrite();
    void manualLinkReplacesBothSides();
    void unlinkBlocksThePair();
    void automaticLinksAndIssuesInOneTransaction();
    void importedLinksAreAllOrNothing();
    void linkedPairsJoinTheCatalogue();
    void mappingsUpsertAndRemove();
    void exclusionsUpsertAndMatch();
    void version1FileMigratesToLatest();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
};

void TestCatalogRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<Journal>(m_dir->filePath(u"puente.sqlite"_s));
    QVERIFY(!m_journal->open());
}

void TestCatalogRepository::cleanup()
{
    m_journal.reset();
}

void TestCatalogRepository::erpRowsRoundTrip()
{
    ErpVariant full = erp(1, u"A-1"_s);
    full.unlimitedStock = true;
    full.allowNegativeStock = true;
    full.active = false;
    full.serialNumber = true;
    full.pack = true;
    full.quantityAvailable = -2.25;
    ErpVariant bare = erp(2, {});
    bare.barcode.clear();
    bare.grossPrice.reset();
    bare.inOffice = false;
    const CatalogRepository repo(*m_journal);
    const auto counts = repo.writeErpVariants({full, bare}, kT1);
    QVERIFY2(counts, qPrintable(repo.lastError()));
    QCOMPARE(counts->inserted, 2);
    QCOMPARE(repo.erpVariants(), (QList<ErpVariant> {full, bare}));
    QCOMPARE(repo.erpChangedAt(1), kT1);
    // Empty keys are stored as NULL, never as '' (no empty keys in the SKU index).
    QVERIFY(scalar(m_journal->database(), u"SELECT sku FROM erp_variants WHERE variant_id = 2"_s).isNull());
}

void TestCatalogRepository::unchangedRowsAreNotRewritten()
{
    const CatalogRepository repo(*m_journal);
    QList<ErpVariant> rows;
    for (int i = 1; i <= 50; ++i)
        rows.append(erp(i, u"SKU-%1"_s.arg(i)));
    QVERIFY(repo.writeErpVariants(rows, kT1));

    // Count every write SQLite does to the table from now on, on this very connection.
    QSqlDatabase db = m_journal->database();
    QSqlQuery setup(db);
    QVERIFY(setup.exec(u"CREATE TEMP TABLE writes (n INTEGER)"_s));
    QVERIFY(setup.exec(u"INSERT INTO writes VALUES (0)"_s));
    QVERIFY(setup.exec(u"CREATE TEMP TRIGGER count_updates AFTER UPDATE ON main.erp_variants"
                       " BEGIN UPDATE writes SET n = n + 1; END"_s));
    QVERIFY(setup.exec(u"CREATE TEMP TRIGGER count_inserts AFTER INSERT ON main.erp_variants"
                       " BEGIN UPDATE writes SET n = n + 1; END"_s));

    const auto same = repo.writeErpVariants(rows, kT2);
    QVERIFY(same);
    QCOMPARE(*same, (CatalogCounts {0, 0, 50, 0}));
    QCOMPARE(scalar(db, u"SELECT n FROM writes"_s).toInt(), 0);
    QCOMPARE(repo.erpChangedAt(7), kT1);

    rows[6].quantityAvailable = 3; // one stock change
    const auto one = repo.writeErpVariants(rows, kT2);
    QCOMPARE(*one, (CatalogCounts {0, 1, 49, 0}));
    QCOMPARE(scalar(db, u"SELECT n FROM writes"_s).toInt(), 1);
    QCOMPARE(repo.erpChangedAt(7), kT2);
    QCOMPARE(repo.erpChangedAt(8), kT1);
    QVERIFY(setup.exec(u"DROP TRIGGER temp.count_updates"_s));
    QVERIFY(setup.exec(u"DROP TRIGGER temp.count_inserts"_s));
    QVERIFY(setup.exec(u"DROP TABLE temp.writes"_s));
}

void TestCatalogRepository::removedRowsAreDeletedInReplaceModeOnly()
{
    const CatalogRepository repo(*m_journal);
    QVERIFY(repo.writeErpVariants({erp(1, u"A"_s), erp(2, u"B"_s), erp(3, u"C"_s)}, kT1));
    const auto merged = repo.writeErpVariants({erp(2, u"B2"_s)}, kT2, CatalogRepository::WriteMode::Merge);
    QCOMPARE(*merged, (CatalogCounts {0, 1, 0, 0}));
    QCOMPARE(repo.erpCount(), 3);
    const auto replaced = repo.writeErpVariants({erp(2, u"B2"_s), erp(4, u"D"_s)}, kT2);
    QCOMPARE(*replaced, (CatalogCounts {1, 0, 1, 2}));
    QCOMPARE(repo.erpCount(), 2);
    QVERIFY(!repo.erpVariant(1));
    QCOMPARE(repo.erpVariant(2)->sku, u"B2"_s);
}

void TestCatalogRepository::storeRowsRoundTrip()
{
    StoreVariant simple = store(20, 0, u"S-1"_s);
    simple.variantName.clear();
    simple.categoryIds.clear();
    simple.stock.reset();
    simple.grossPrice.reset();
    simple.stockUnlimited = true;
    const QList<StoreVariant> rows {store(10, 1, u"V-1"_s), store(10, 2, u"V-2"_s), simple};
    const CatalogRepository repo(*m_journal);
    QVERIFY2(repo.writeStoreVariants(rows, kT1), qPrintable(repo.lastError()));
    QCOMPARE(repo.storeVariants(), rows);
    QCOMPARE(repo.storeVariant({10, 2}), rows.at(1));
    QCOMPARE(repo.storeChangedAt({20, 0}), kT1);
}

void TestCatalogRepository::storeWriteCountsChanges()
{
    const CatalogRepository repo(*m_journal);
    QList<StoreVariant> rows {store(10, 1, u"V-1"_s), store(10, 2, u"V-2"_s)};
    QVERIFY(repo.writeStoreVariants(rows, kT1));
    rows[1].categoryIds = {3};
    rows.removeFirst();
    rows.append(store(11, 0, u"N"_s));
    const auto counts = repo.writeStoreVariants(rows, kT2);
    QCOMPARE(*counts, (CatalogCounts {1, 1, 0, 1}));
    QCOMPARE(repo.storeVariant({10, 2})->categoryIds, (QList<qint64> {3}));
}

void TestCatalogRepository::readsByIds()
{
    const CatalogRepository repo(*m_journal);
    QList<ErpVariant> rows;
    for (int i = 1; i <= 1200; ++i)
        rows.append(erp(i, u"S%1"_s.arg(i)));
    QVERIFY(repo.writeErpVariants(rows, kT1));
    QList<qint64> ids;
    for (int i = 2; i <= 1200; i += 2)
        ids.append(i);
    const QList<ErpVariant> even = repo.erpVariants(ids); // more than one IN chunk
    QCOMPARE(even.size(), 600);
    QCOMPARE(even.first().variantId, 2);
    QCOMPARE(repo.erpVariantsOfProducts({1005, 1006, 99}).size(), 2);
    QVERIFY(repo.writeStoreVariants({store(1, 1, u"a"_s), store(1, 2, u"b"_s), store(2, 0, u"c"_s)}, kT1));
    const QList<StoreVariant> picked = repo.storeVariants({{1, 2}, {2, 0}, {3, 0}});
    QCOMPARE(picked.size(), 2);
}

void TestCatalogRepository::termsCompareAndWrite()
{
    const CatalogRepository repo(*m_journal);
    const QList<CatalogTerm> terms {
        {CatalogTerm::Side::Erp, u"product_type"_s, u"3"_s, {}, u"Poleras"_s, {}},
        {CatalogTerm::Side::Erp, u"attribute"_s, u"5"_s, u"3"_s, u"Talla"_s, u"{\"generateVariantName\":true}"_s},
    };
    QCOMPARE(*repo.writeTerms(CatalogTerm::Side::Erp, terms, kT1), (CatalogCounts {2, 0, 0, 0}));
    QCOMPARE(*repo.writeTerms(CatalogTerm::Side::Erp, terms, kT2), (CatalogCounts {0, 0, 2, 0}));
    QCOMPARE(repo.terms(CatalogTerm::Side::Erp, u"attribute"_s), QList<CatalogTerm> {terms.at(1)});
    // The store side's list is separate: replacing it leaves the ERP side alone.
    QVERIFY(repo.writeTerms(CatalogTerm::Side::Store, {}, kT2));
    QCOMPARE(repo.terms(CatalogTerm::Side::Erp, u"product_type"_s).size(), 1);
}

void TestCatalogRepository::manualLinkReplacesBothSides()
{
    const LinkRepository links(*m_journal);
    QVERIFY(links.applyAutomatic({Link {1, {10, 0}, LinkMethod::Sku, {}}, Link {2, {20, 0}, LinkMethod::Sku, {}}}, {},
                                 {}, kT1));
    const auto replaced = links.link(Link {1, {20, 0}, LinkMethod::Manual, {}}, kT2);
    QVERIFY2(replaced, qPrintable(links.lastError()));
    QCOMPARE(replaced->size(), 2);
    const QList<Link> all = links.all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().erpVariantId, 1);
    QCOMPARE(all.first().store, (StoreVariantKey {20, 0}));
    QCOMPARE(all.first().how, LinkMethod::Manual);
    QCOMPARE(all.first().createdAt, kT2);
}

void TestCatalogRepository::unlinkBlocksThePair()
{
    const LinkRepository links(*m_journal);
    QVERIFY(links.link(Link {1, {10, 0}, LinkMethod::Manual, {}}, kT1));
    const auto removed = links.unlink(1, kT2);
    QVERIFY(removed);
    QCOMPARE(removed->store, (StoreVariantKey {10, 0}));
    QCOMPARE(links.count(), 0);
    QCOMPARE(links.blocks(), QList<LinkBlock> {(LinkBlock {1, {10, 0}})});
    QVERIFY(!links.unlink(1, kT2));
    QVERIFY(links.lastError().isEmpty()); // nothing to unlink is not a failure
    // Linking the same pair by hand lifts the block.
    QVERIFY(links.link(Link {1, {10, 0}, LinkMethod::Manual, {}}, kT2));
    QVERIFY(links.blocks().isEmpty());
}

void TestCatalogRepository::automaticLinksAndIssuesInOneTransaction()
{
    const LinkRepository links(*m_journal);
    NeedsManualLink issue;
    issue.side = NeedsManualLink::Side::Store;
    issue.store = {30, 2};
    issue.key = u"DUP"_s;
    issue.detail = u"SKU 'DUP' is on 1 Bsale variant and 2 store items"_s;
    QVERIFY(links.applyAutomatic({Link {1, {10, 0}, LinkMethod::Sku, {}}}, {}, {issue}, kT1));
    QCOMPARE(links.issues(), QList<NeedsManualLink> {issue});
    // A manual link is never dropped by an automatic apply, even if asked to.
    QVERIFY(links.link(Link {2, {20, 0}, LinkMethod::Manual, {}}, kT1));
    QVERIFY(links.applyAutomatic({}, {Link {1, {10, 0}, LinkMethod::Sku, {}}, Link {2, {20, 0}, LinkMethod::Sku, {}}},
                                 {}, kT2));
    QCOMPARE(links.all().size(), 1);
    QCOMPARE(links.all().first().how, LinkMethod::Manual);
    QVERIFY(links.issues().isEmpty()); // replaced by the new (empty) list
    // A conflicting insert rolls the whole apply back.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot store automatic links"_s));
    QVERIFY(!links.applyAutomatic({Link {3, {30, 0}, LinkMethod::Sku, {}}, Link {4, {20, 0}, LinkMethod::Sku, {}}}, {},
                                  {issue}, kT2));
    QCOMPARE(links.all().size(), 1);
    QVERIFY(links.issues().isEmpty());
}

void TestCatalogRepository::importedLinksAreAllOrNothing()
{
    const LinkRepository links(*m_journal);
    QVERIFY(links.link(Link {1, {10, 0}, LinkMethod::Manual, {}}, kT1));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot store imported links"_s));
    QVERIFY(!links.addImported({Link {2, {20, 1}, LinkMethod::Import, {}}, Link {3, {10, 0}, LinkMethod::Import, {}}},
                               kT2));
    QCOMPARE(links.count(), 1);
    QVERIFY(links.addImported({Link {2, {20, 1}, LinkMethod::Import, {}}}, kT2));
    QCOMPARE(links.forStore({20, 1})->how, LinkMethod::Import);
}

void TestCatalogRepository::linkedPairsJoinTheCatalogue()
{
    const CatalogRepository catalog(*m_journal);
    const LinkRepository links(*m_journal);
    QVERIFY(catalog.writeErpVariants({erp(1, u"A"_s), erp(2, u"B"_s)}, kT1));
    QVERIFY(catalog.writeStoreVariants({store(10, 1, u"A"_s)}, kT1));
    QVERIFY(links.applyAutomatic({Link {1, {10, 1}, LinkMethod::Sku, {}}, Link {2, {99, 0}, LinkMethod::Sku, {}}}, {},
                                 {}, kT1));
    const QList<LinkedPair> pairs = links.linkedPairs();
    QCOMPARE(pairs.size(), 1); // the link to a store item the catalogue lacks is left out, not deleted
    QCOMPARE(pairs.first().erp, erp(1, u"A"_s));
    QCOMPARE(pairs.first().store, store(10, 1, u"A"_s));
    QCOMPARE(links.linkedPairs({2}).size(), 0);
    QCOMPARE(links.count(), 2);
}

void TestCatalogRepository::mappingsUpsertAndRemove()
{
    const MappingRepository mappings(*m_journal);
    QVERIFY(mappings.setAll(
        {Mapping {MappingKind::Category, u"3"_s, u"17"_s, {}}, Mapping {MappingKind::Option, u"5"_s, u"Talla"_s, {}}},
        kT1));
    QVERIFY(mappings.set(Mapping {MappingKind::Category, u" 3 "_s, u"18"_s, {}}, kT2));
    QCOMPARE(mappings.all().size(), 2);
    QCOMPARE(mappings.find(MappingKind::Category, u"3"_s)->storeValue, u"18"_s);
    QCOMPARE(mappings.find(MappingKind::Category, u"3"_s)->createdAt, kT2);
    QCOMPARE(mappings.ofKind(MappingKind::Option).size(), 1);
    QVERIFY(mappings.remove(MappingKind::Option, u"5"_s));
    QVERIFY(!mappings.remove(MappingKind::Option, u"5"_s));
    QVERIFY(mappings.lastError().isEmpty());
    QCOMPARE(mappings.all().size(), 1);
}

void TestCatalogRepository::exclusionsUpsertAndMatch()
{
    const ExclusionRepository exclusions(*m_journal);
    QVERIFY(exclusions.addAll({Exclusion {ExclusionSide::Erp, ExclusionKind::Product, u"1001"_s, u"old"_s, {}},
                               Exclusion {ExclusionSide::Store, ExclusionKind::Brand, u"Acme"_s, {}, {}}},
                              kT1));
    QVERIFY(
        exclusions.add(Exclusion {ExclusionSide::Erp, ExclusionKind::Product, u"1001"_s, u"discontinued"_s, {}}, kT2));
    const QList<Exclusion> all = exclusions.all();
    QCOMPARE(all.size(), 2);
    const ExclusionSet set = exclusions.set();
    QVERIFY(set.excludes(erp(1, u"A"_s))); // product 1001
    QVERIFY(!set.excludes(erp(2, u"B"_s)));
    StoreVariant acme = store(10, 0, u"X"_s);
    acme.brand = u" ACME "_s;
    QVERIFY(set.excludes(acme));
    QCOMPARE(set.match(erp(1, u"A"_s))->reason, u"discontinued"_s);
    QVERIFY(exclusions.remove(ExclusionSide::Store, ExclusionKind::Brand, u"Acme"_s));
    QCOMPARE(exclusions.all().size(), 1);
}

void TestCatalogRepository::version1FileMigratesToLatest()
{
    const QString path = m_dir->filePath(u"v1.sqlite"_s);
    QVERIFY(QFile::copy(qEnvironmentVariable("PUENTE_TESTDATA") + u"/journal-v1.sqlite"_s, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    Journal journal(path);
    const auto error = journal.open();
    QVERIFY2(!error, qPrintable(error ? error->message : QString()));
    QCOMPARE(journal.schemaVersion(), JournalSchema::kLatestVersion); // through the catalogue step (3)
    QSqlDatabase db = journal.database();
    QCOMPARE(scalar(db, u"SELECT count(*) FROM exclusions"_s).toInt(), 1); // the fixture's row survived
    QCOMPARE(scalar(db, u"SELECT brand_id FROM erp_variants WHERE variant_id = 1001"_s).toInt(), 0);
    QCOMPARE(scalar(db, u"SELECT category_ids FROM store_variants LIMIT 1"_s).toString(), QString());
    const ExclusionRepository exclusions(journal);
    QVERIFY(exclusions.add(Exclusion {ExclusionSide::Erp, ExclusionKind::Brand, u"4"_s, {}, {}}, kT1));
    QCOMPARE(exclusions.all().size(), 2);
    // The v1 rows read back through the repositories.
    QCOMPARE(CatalogRepository(journal).erpVariant(1001)->productName, u"Polera Algodón"_s);
    QCOMPARE(LinkRepository(journal).count(), 2);
}

QTEST_GUILESS_MAIN(TestCatalogRepository)
#include "tst_catalogrepository.moc"
