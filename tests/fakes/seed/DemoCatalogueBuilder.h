#pragma once

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QSet>
#include <QtCore/QString>

#include "seed/DemoReferenceData.h"

class QRandomGenerator;

namespace puente::fakes {

struct DemoShopData;
struct DemoStoreProduct;
struct DemoFamily;
struct DemoStock;

/** A store product (and variant, -1 for a simple product) that orders can sell. */
struct DemoStoreSlot
{
    int productIndex = -1;
    int variantIndex = -1;
};

/**
 * Builds the catalogue on both sides: Bsale products, variants, stock and prices, and the
 * Jumpseller products that mirror them (linked by SKU), plus the catalogue's deliberate
 * trouble in the demo kind. Works on a DemoShopData it does not own, single-threaded.
 */
class DemoCatalogueBuilder
{
public:
    DemoCatalogueBuilder(DemoShopData &data, const DemoReferenceIds &ids, QRandomGenerator &rng);

    /** About 600 products / 1,500 variants with every catalogue trouble case. */
    void buildDemo();
    /** Exactly `variantCount` variants over variantCount / 2.5 products, all linked, no trouble. */
    void buildLarge(int variantCount);

    /** Linked, available store items with stock and no trouble attached: safe to sell. */
    const QList<DemoStoreSlot> &plainSlots() const { return m_plainSlots; }

    static constexpr int FirstErpProductId = 101;
    static constexpr int FirstErpVariantId = 1001;
    static constexpr int FirstStoreProductId = 14500001;
    static constexpr int FirstStoreVariantId = 58100001;

private:
    struct Combo
    {
        int size = -1;
        int colour = -1;
    };

    /** What to create for one product; the same plan drives both sides. */
    struct Plan
    {
        int family = -1; ///< index into DemoVocabulary::families(); -1 = the pack
        int noun = 0;
        int material = -1;
        int brandId = 0;
        int number = 0; ///< product number inside SKUs
        qint64 gross = 0;
        QString name;
        QList<Combo> combos;
        QString skuOverride; ///< single-variant products only
    };

    /** Per store variant values, from Bsale (mirror) or invented (store-only). */
    struct StoreVariantSeed
    {
        QString sku;
        QString barcode;
        qint64 price = 0;
        int stock = 0;
        bool unlimited = false;
        int erpVariantId = 0;
        Combo combo;
    };

    // planning
    Plan planProduct(int family, int variants, int number, bool uniqueName);
    QString inventName(int family, int noun, int adjective, int material);
    QList<Combo> chooseCombos(int family, int variants);
    QList<int> chooseColours(int count);
    qint64 choosePrice(int family, bool roundPrices);
    QList<int> demoFamilySequence(int products);
    QList<int> demoVariantCounts(const QList<int> &families, int targetVariants);
    int maxVariants(int family) const;

    // Bsale side
    int addErpProduct(const Plan &plan);
    void addErpVariant(const Plan &plan, const Combo &combo);
    void addStocks(int family);
    void addPrices(qint64 gross);
    QString skuFor(const Plan &plan, const Combo &combo) const;
    QString variantLabel(int family, const Combo &combo);
    DemoStock &stockRow(int variantIndex, int officePosition);
    QString descriptionFor(const Plan &plan) const;

    // store side
    DemoStoreProduct makeStoreProduct(const Plan &plan, const QList<StoreVariantSeed> &seeds, int erpProductId);
    void mirrorToStore(int erpIndex, int variantLimit = -1);
    int appendStoreProduct(DemoStoreProduct product);
    int webAvailable(int erpVariantIndex) const;
    Plan specialPlan(const QString &typeName, const QString &name, qint64 gross, const QString &material,
                     int brandIndex, const QList<Combo> &combos);
    int addSpecial(const Plan &plan);
    void ensureWebStock(int erpVariantIndex, int atLeast);

    // demo specials and trouble
    void addSpecials();
    void addSerialProduct();
    void addPack();
    void addGift();
    void addUnlimited();
    void addRoundingEdges();
    void linkDemoProducts();
    void markInactive();
    void markNegativeStock();
    void addDuplicateSkus();
    void addSloppySkus();
    void addMismatches();
    void addStoreOnlyProducts();
    void collectPlainSlots();
    int pickLinkedProduct(int minVariants);
    int familyIndex(const QString &typeName) const;
    int materialIndex(int family, const QString &material) const;
    QString &storeSkuOf(int erpVariantId);

    DemoShopData &m_data;
    const DemoReferenceIds &m_ids;
    QRandomGenerator &m_rng;
    bool m_large = false;
    int m_skuWidth = 4;
    QList<Plan> m_plans; ///< parallel to erp.products
    QList<bool> m_linked; ///< parallel to erp.products
    int m_webOfficePosition = 0; ///< stock rows are variant-major, one per office in this order
    int m_nextNumber = 1; ///< next product number for SKUs
    QSet<int> m_troubled; ///< erp product indexes touched by a trouble case
    QSet<QString> m_usedNames;
    QHash<int, QString> m_labels;
    QHash<int, DemoStoreSlot> m_slotByErpVariant; ///< erp variant id -> its store mirror
    QList<DemoStoreSlot> m_plainSlots;
    int m_nextStoreVariantId = FirstStoreVariantId;
};

} // namespace puente::fakes
