#include "seed/DemoCatalogueBuilder.h"

#include <QtCore/QRandomGenerator>

#include <algorithm>

#include "seed/DemoShopData.h"
#include "seed/DemoText.h"
#include "seed/DemoVocabulary.h"

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes {

namespace {

// Demo sizes: regular products plus the six special ones make exactly 600 / 1,500.
constexpr int DemoRegularProducts = 594;
constexpr int DemoRegularVariants = 1493;
constexpr int DemoStoreOnlyProducts = 24;
constexpr int DemoStoreOnlyFirstNumber = 9001;
constexpr int LinkedPercent = 87; // with the Bsale-only supplies this leaves ~15 % to import

int pick(QRandomGenerator &rng, qsizetype count)
{
    return int(rng.bounded(quint32(count)));
}

bool chance(QRandomGenerator &rng, int percent)
{
    return int(rng.bounded(100u)) < percent;
}

/** Net with two decimals, as Bsale stores it (chile-dte.md §4.3), in exact integer arithmetic. */
double netFromGross(qint64 gross)
{
    const qint64 cents = (gross * 20000 + 119) / 238; // round(gross * 100 / 1.19)
    return double(cents) / 100.0;
}

/** The wholesale list: 15 % off, rounded to tens. */
qint64 wholesaleGross(qint64 gross)
{
    return (gross * 85 / 100 + 5) / 10 * 10;
}

int maxStockFor(const DemoFamily &family)
{
    if (family.priceStep < 1000)
        return 400; // shop supplies come in bulk
    return family.maxPrice >= 80 ? 8 : 20;
}

} // namespace

DemoCatalogueBuilder::DemoCatalogueBuilder(DemoShopData &data, const DemoReferenceIds &ids, QRandomGenerator &rng)
    : m_data(data)
    , m_ids(ids)
    , m_rng(rng)
{
    m_webOfficePosition = int(ids.officeIds.indexOf(ids.webOfficeId));
}

// ---- kinds ------------------------------------------------------------------------------------

void DemoCatalogueBuilder::buildDemo()
{
    m_large = false;
    m_skuWidth = 4;
    const QList<int> families = demoFamilySequence(DemoRegularProducts);
    const QList<int> counts = demoVariantCounts(families, DemoRegularVariants);
    for (qsizetype i = 0; i < families.size(); ++i)
        addErpProduct(planProduct(families.at(i), counts.at(i), m_nextNumber++, true));
    linkDemoProducts();
    addSpecials();
    markInactive();
    markNegativeStock();
    for (qsizetype i = 0; i < m_data.erp.products.size(); ++i) {
        if (m_linked.at(i))
            mirrorToStore(int(i));
        else
            m_data.trouble.erpOnlyProductIds.append(m_data.erp.products.at(i).id);
    }
    addDuplicateSkus();
    addSloppySkus();
    addMismatches();
    addStoreOnlyProducts();
    collectPlainSlots();
}

void DemoCatalogueBuilder::buildLarge(int variantCount)
{
    m_large = true;
    const qint64 variants = qMax(1, variantCount);
    const qint64 products = qMax<qint64>(1, (4 * variants + 5) / 10); // variants / 2.5, rounded
    m_skuWidth = qMax(4, DemoText::digits(products));

    QList<int> families;
    const QList<DemoFamily> &all = DemoVocabulary::families();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).sizes != DemoSizeScale::None && all.at(i).inStore)
            families.append(int(i));
    }
    DemoErpData &erp = m_data.erp;
    erp.products.reserve(products);
    erp.variants.reserve(variants);
    erp.stocks.reserve(variants * m_ids.officeIds.size());
    for (DemoPriceList &list : erp.priceLists)
        list.details.reserve(variants);
    m_data.store.products.reserve(products);
    m_plans.reserve(products);
    m_linked.reserve(products);

    for (qint64 i = 0; i < products; ++i) {
        // Spread the variants evenly (2 or 3 each) so the total is exactly variantCount.
        const int count = int((i + 1) * variants / products - i * variants / products);
        const int index =
            addErpProduct(planProduct(families.at(pick(m_rng, families.size())), count, m_nextNumber++, false));
        m_linked[index] = true;
        mirrorToStore(index);
    }
}

// ---- planning ---------------------------------------------------------------------------------

DemoCatalogueBuilder::Plan DemoCatalogueBuilder::planProduct(int family, int variants, int number, bool uniqueName)
{
    const DemoFamily &f = DemoVocabulary::families().at(family);
    Plan plan;
    plan.family = family;
    plan.number = number;
    for (int attempt = 0;; ++attempt) {
        plan.noun = pick(m_rng, f.nouns.size());
        plan.material = pick(m_rng, f.materials.size());
        plan.name = inventName(family, plan.noun, pick(m_rng, f.adjectives.size()), plan.material);
        if (!uniqueName || !m_usedNames.contains(plan.name))
            break;
        if (attempt == 20) {
            plan.name += u" Modelo "_s + QString::number(number);
            break;
        }
    }
    if (uniqueName)
        m_usedNames.insert(plan.name);
    plan.brandId = f.brands.isEmpty() ? 0 : f.brands.at(pick(m_rng, f.brands.size())) + 1;
    plan.gross = choosePrice(family, !m_large);
    plan.combos = chooseCombos(family, variants);
    return plan;
}

QString DemoCatalogueBuilder::inventName(int family, int noun, int adjective, int material)
{
    const DemoFamily &f = DemoVocabulary::families().at(family);
    const DemoNoun &n = f.nouns.at(noun);
    return n.text % u' ' % f.adjectives.at(adjective).agreeWith(n) % u' ' % f.materials.at(material);
}

QList<DemoCatalogueBuilder::Combo> DemoCatalogueBuilder::chooseCombos(int family, int variants)
{
    const DemoFamily &f = DemoVocabulary::families().at(family);
    const QStringList &sizes = DemoVocabulary::sizes(f.sizes);
    QList<Combo> combos;
    combos.reserve(variants);
    if (sizes.isEmpty()) {
        if (!f.colours) {
            combos.append(Combo {});
            return combos;
        }
        for (const int colour : chooseColours(variants))
            combos.append(Combo {-1, colour});
        return combos;
    }
    int colourCount = !f.colours ? 1 : (variants <= 3 ? 1 : (variants <= 6 ? 2 : 3));
    const int sizeCount = int(qMin<qsizetype>(sizes.size(), (variants + colourCount - 1) / colourCount));
    colourCount = (variants + sizeCount - 1) / sizeCount;
    const int firstSize = pick(m_rng, sizes.size() - sizeCount + 1);
    const QList<int> colours = f.colours ? chooseColours(colourCount) : QList<int> {-1};
    // Colour-major, so the last colour may lack some sizes, as real catalogues do.
    for (const int colour : colours) {
        for (int s = 0; s < sizeCount && combos.size() < variants; ++s)
            combos.append(Combo {firstSize + s, colour});
    }
    return combos;
}

QList<int> DemoCatalogueBuilder::chooseColours(int count)
{
    const qsizetype available = DemoVocabulary::colours().size();
    QList<int> colours;
    colours.reserve(count);
    while (colours.size() < qMin<qsizetype>(count, available)) {
        const int colour = pick(m_rng, available);
        if (!colours.contains(colour))
            colours.append(colour);
    }
    return colours;
}

qint64 DemoCatalogueBuilder::choosePrice(int family, bool roundPrices)
{
    const DemoFamily &f = DemoVocabulary::families().at(family);
    const qint64 base = qint64(f.minPrice + pick(m_rng, f.maxPrice - f.minPrice + 1)) * f.priceStep;
    if (roundPrices && f.priceStep == 1000) {
        const int r = pick(m_rng, 100);
        if (r < 6)
            return base - 510; // "$12.490"
        if (r < 10)
            return base; // "$15.000"
    }
    return base - 10; // "$12.990", the Chilean default
}

QList<int> DemoCatalogueBuilder::demoFamilySequence(int products)
{
    const QList<DemoFamily> &families = DemoVocabulary::families();
    int totalShare = 0;
    for (const DemoFamily &f : families)
        totalShare += f.share;
    QList<int> sequence;
    sequence.reserve(products);
    for (int i = 0; i < products; ++i) {
        int ticket = pick(m_rng, totalShare);
        int family = 0;
        while (ticket >= families.at(family).share) {
            ticket -= families.at(family).share;
            ++family;
        }
        sequence.append(family);
    }
    return sequence;
}

QList<int> DemoCatalogueBuilder::demoVariantCounts(const QList<int> &families, int targetVariants)
{
    QList<int> counts;
    counts.reserve(families.size());
    int total = 0;
    for (const int family : families) {
        const int max = maxVariants(family);
        const bool sized = DemoVocabulary::families().at(family).sizes != DemoSizeScale::None;
        const int count = max == 1 ? 1 : qMin(max, 1 + pick(m_rng, sized ? 5 : 3));
        counts.append(count);
        total += count;
    }
    // Walk the products with a stride coprime to their number, nudging counts until the
    // total is exact; every product stays within its family's limits.
    const qsizetype n = counts.size();
    qsizetype i = 0;
    for (int guard = 0; total != targetVariants && guard < 100000; ++guard, i = (i + 7) % n) {
        const int max = maxVariants(families.at(i));
        if (total < targetVariants && counts.at(i) < max) {
            ++counts[i];
            ++total;
        } else if (total > targetVariants && counts.at(i) > 1) {
            --counts[i];
            --total;
        }
    }
    return counts;
}

int DemoCatalogueBuilder::maxVariants(int family) const
{
    const DemoFamily &f = DemoVocabulary::families().at(family);
    const qsizetype sizes = DemoVocabulary::sizes(f.sizes).size();
    const qsizetype colours = f.colours ? 3 : 1;
    const qsizetype combos = sizes > 0 ? sizes * colours : (f.colours ? DemoVocabulary::colours().size() : 1);
    return int(qMin<qsizetype>(f.maxVariants, combos));
}

// ---- Bsale side -------------------------------------------------------------------------------

int DemoCatalogueBuilder::addErpProduct(const Plan &plan)
{
    DemoErpData &erp = m_data.erp;
    DemoErpProduct product;
    product.id = FirstErpProductId + int(erp.products.size());
    product.name = plan.name;
    product.description = descriptionFor(plan);
    product.productTypeId = plan.family >= 0 ? m_ids.families.at(plan.family).productTypeId : m_ids.packTypeId;
    product.brandId = plan.brandId;
    product.variantIds.reserve(plan.combos.size());
    erp.products.append(product);
    m_plans.append(plan);
    m_linked.append(false);
    for (const Combo &combo : plan.combos)
        addErpVariant(plan, combo);
    return int(erp.products.size() - 1);
}

void DemoCatalogueBuilder::addErpVariant(const Plan &plan, const Combo &combo)
{
    DemoErpData &erp = m_data.erp;
    const int index = int(erp.variants.size());
    DemoErpVariant variant;
    variant.id = FirstErpVariantId + index;
    variant.productId = erp.products.last().id;
    variant.code = plan.skuOverride.isEmpty() ? skuFor(plan, combo) : plan.skuOverride;
    variant.barCode = DemoText::ean13(200000000 + index);
    variant.description = variantLabel(plan.family, combo);
    if (plan.family >= 0) {
        const DemoFamily &f = DemoVocabulary::families().at(plan.family);
        const DemoFamilyIds &ids = m_ids.families.at(plan.family);
        variant.attributeValues.reserve(3);
        if (combo.size >= 0)
            variant.attributeValues.append({ids.sizeAttributeId, DemoVocabulary::sizes(f.sizes).at(combo.size)});
        if (combo.colour >= 0)
            variant.attributeValues.append({ids.colourAttributeId, DemoVocabulary::colours().at(combo.colour).name});
        if (plan.material >= 0 && ids.materialAttributeId > 0)
            variant.attributeValues.append({ids.materialAttributeId, f.materials.at(plan.material)});
    }
    erp.variants.append(variant);
    erp.products.last().variantIds.append(variant.id);
    addStocks(plan.family);
    addPrices(plan.gross);
}

void DemoCatalogueBuilder::addStocks(int family)
{
    DemoErpData &erp = m_data.erp;
    const int variantId = FirstErpVariantId + int(erp.variants.size()) - 1;
    const int maxQuantity = family >= 0 ? maxStockFor(DemoVocabulary::families().at(family)) : 10;
    for (const int officeId : m_ids.officeIds) {
        DemoStock row;
        row.id = int(erp.stocks.size()) + 1;
        row.variantId = variantId;
        row.officeId = officeId;
        const int quantity = chance(m_rng, 12) ? 0 : 1 + pick(m_rng, maxQuantity);
        const int reserved = (quantity > 0 && chance(m_rng, 6)) ? 1 + pick(m_rng, qMin(quantity, 3)) : 0;
        row.quantity = quantity;
        row.quantityReserved = reserved;
        row.quantityAvailable = quantity - reserved;
        erp.stocks.append(row);
    }
}

void DemoCatalogueBuilder::addPrices(qint64 gross)
{
    QList<DemoPriceList> &lists = m_data.erp.priceLists;
    const int variantId = FirstErpVariantId + int(m_data.erp.variants.size()) - 1;
    const int detailId = 2 * (variantId - FirstErpVariantId) + 1;
    lists[0].details.append({detailId, variantId, netFromGross(gross), gross});
    const qint64 wholesale = wholesaleGross(gross);
    lists[1].details.append({detailId + 1, variantId, netFromGross(wholesale), wholesale});
}

QString DemoCatalogueBuilder::skuFor(const Plan &plan, const Combo &combo) const
{
    QString sku;
    sku.reserve(24);
    sku += plan.family >= 0 ? DemoVocabulary::families().at(plan.family).skuPrefix : u"PCK"_s;
    sku += u'-';
    DemoText::appendPadded(sku, plan.number, m_skuWidth);
    if (combo.size >= 0) {
        sku += u'-';
        for (const QChar c : DemoVocabulary::sizes(DemoVocabulary::families().at(plan.family).sizes).at(combo.size)) {
            if (c != u'-')
                sku += c;
        }
    }
    if (combo.colour >= 0)
        sku += u'-' + DemoVocabulary::colours().at(combo.colour).skuCode;
    return sku;
}

QString DemoCatalogueBuilder::variantLabel(int family, const Combo &combo)
{
    if (family < 0 || (combo.size < 0 && combo.colour < 0))
        return QString();
    const int key = (family + 1) * 4096 + (combo.size + 1) * 64 + (combo.colour + 1);
    auto it = m_labels.constFind(key);
    if (it != m_labels.constEnd())
        return it.value();
    const DemoFamily &f = DemoVocabulary::families().at(family);
    QString label;
    if (combo.size >= 0)
        label = u"Talla "_s + DemoVocabulary::sizes(f.sizes).at(combo.size);
    if (combo.size >= 0 && combo.colour >= 0)
        label += u" / "_s;
    if (combo.colour >= 0)
        label += DemoVocabulary::colours().at(combo.colour).name;
    m_labels.insert(key, label);
    return label;
}

QString DemoCatalogueBuilder::descriptionFor(const Plan &plan) const
{
    if (plan.family < 0)
        return plan.name % u". Dos favoritos de la temporada a precio de pack."_s;
    return plan.name % u". "_s % DemoVocabulary::families().at(plan.family).blurb;
}

DemoStock &DemoCatalogueBuilder::stockRow(int variantIndex, int officePosition)
{
    return m_data.erp.stocks[qsizetype(variantIndex) * m_ids.officeIds.size() + officePosition];
}

int DemoCatalogueBuilder::webAvailable(int erpVariantIndex) const
{
    const DemoStock &row =
        m_data.erp.stocks.at(qsizetype(erpVariantIndex) * m_ids.officeIds.size() + m_webOfficePosition);
    return qMax(0, int(row.quantityAvailable));
}

void DemoCatalogueBuilder::ensureWebStock(int erpVariantIndex, int atLeast)
{
    DemoStock &row = stockRow(erpVariantIndex, m_webOfficePosition);
    if (row.quantityAvailable < atLeast) {
        row.quantity = atLeast + row.quantityReserved;
        row.quantityAvailable = atLeast;
    }
}

// ---- store side -------------------------------------------------------------------------------

DemoStoreProduct DemoCatalogueBuilder::makeStoreProduct(const Plan &plan, const QList<StoreVariantSeed> &seeds,
                                                        int erpProductId)
{
    const DemoFamily *f = plan.family >= 0 ? &DemoVocabulary::families().at(plan.family) : nullptr;
    DemoStoreProduct product;
    product.name = plan.name;
    product.description = u"<p>"_s % descriptionFor(plan) % u"</p>"_s;
    product.permalink =
        m_large ? DemoText::slug(plan.name) % u'-' % QString::number(plan.number) : DemoText::slug(plan.name);
    if (plan.brandId > 0)
        product.brand = DemoVocabulary::brands().at(plan.brandId - 1);
    product.status = u"available"_s;
    product.weight = f ? f->weightKg : 0.8;
    product.categoryIds.append(f ? m_ids.families.at(plan.family).categoryId : m_ids.packCategoryId);
    if (f && f->materialAttribute && plan.material >= 0)
        product.fields.append({m_ids.materialFieldId, u"Material"_s, f->materials.at(plan.material)});
    product.linkedErpProductId = erpProductId;

    if (!f || (f->sizes == DemoSizeScale::None && !f->colours)) {
        const StoreVariantSeed &seed = seeds.first();
        product.sku = seed.sku;
        product.barcode = seed.barcode;
        product.price = seed.price;
        product.stock = seed.stock;
        product.stockUnlimited = seed.unlimited;
        product.linkedErpVariantId = seed.erpVariantId;
        return product;
    }

    QList<int> sizes;
    QList<int> colours;
    for (const StoreVariantSeed &seed : seeds) {
        if (seed.combo.size >= 0 && !sizes.contains(seed.combo.size))
            sizes.append(seed.combo.size);
        if (seed.combo.colour >= 0 && !colours.contains(seed.combo.colour))
            colours.append(seed.combo.colour);
    }
    std::sort(sizes.begin(), sizes.end());
    const QStringList &sizeNames = DemoVocabulary::sizes(f->sizes);
    const QList<DemoColour> &colourList = DemoVocabulary::colours();
    int sizePosition = 0;
    int colourPosition = 0;
    if (!sizes.isEmpty()) {
        DemoStoreOption option {u"Talla"_s, u"option"_s, {}};
        for (const int s : sizes)
            option.values.append(sizeNames.at(s));
        product.options.append(option);
        sizePosition = int(product.options.size());
    }
    if (!colours.isEmpty()) {
        DemoStoreOption option {u"Color"_s, u"color"_s, {}};
        for (const int c : colours)
            option.values.append(colourList.at(c).name);
        product.options.append(option);
        colourPosition = int(product.options.size());
    }

    product.variants.reserve(seeds.size());
    for (const StoreVariantSeed &seed : seeds) {
        DemoStoreVariant variant;
        variant.id = m_nextStoreVariantId++;
        variant.sku = seed.sku;
        variant.barcode = seed.barcode;
        variant.price = seed.price;
        variant.stock = seed.stock;
        variant.stockUnlimited = seed.unlimited;
        variant.linkedErpVariantId = seed.erpVariantId;
        variant.options.reserve(2);
        if (seed.combo.size >= 0) {
            variant.options.append({u"Talla"_s, u"option"_s, sizeNames.at(seed.combo.size), QString(), sizePosition,
                                    int(sizes.indexOf(seed.combo.size)) + 1});
        }
        if (seed.combo.colour >= 0) {
            const DemoColour &colour = colourList.at(seed.combo.colour);
            variant.options.append({u"Color"_s, u"color"_s, colour.name, colour.hex, colourPosition,
                                    int(colours.indexOf(seed.combo.colour)) + 1});
        }
        product.stock += variant.stock;
        product.variants.append(variant);
    }
    product.price = product.variants.first().price;
    return product;
}

void DemoCatalogueBuilder::mirrorToStore(int erpIndex, int variantLimit)
{
    const Plan &plan = m_plans.at(erpIndex);
    const DemoErpProduct &erpProduct = m_data.erp.products.at(erpIndex);
    const qsizetype count =
        variantLimit < 0 ? erpProduct.variantIds.size() : qMin<qsizetype>(variantLimit, erpProduct.variantIds.size());
    QList<StoreVariantSeed> seeds;
    seeds.reserve(count);
    for (qsizetype j = 0; j < count; ++j) {
        const int variantIndex = erpProduct.variantIds.at(j) - FirstErpVariantId;
        const DemoErpVariant &variant = m_data.erp.variants.at(variantIndex);
        seeds.append({variant.code, variant.barCode, plan.gross, webAvailable(variantIndex), variant.unlimitedStock,
                      variant.id, plan.combos.at(j)});
    }
    const int index = appendStoreProduct(makeStoreProduct(plan, seeds, erpProduct.id));
    if (m_large || variantLimit >= 0)
        return; // lookups are only needed by the demo's trouble, and only for the primary mirror
    const bool simple = m_data.store.products.at(index).variants.isEmpty();
    for (qsizetype j = 0; j < count; ++j)
        m_slotByErpVariant.insert(seeds.at(j).erpVariantId, {index, simple ? -1 : int(j)});
}

int DemoCatalogueBuilder::appendStoreProduct(DemoStoreProduct product)
{
    product.id = FirstStoreProductId + int(m_data.store.products.size());
    m_data.store.products.append(std::move(product));
    return int(m_data.store.products.size() - 1);
}

// ---- demo specials ----------------------------------------------------------------------------

int DemoCatalogueBuilder::familyIndex(const QString &typeName) const
{
    const QList<DemoFamily> &families = DemoVocabulary::families();
    for (qsizetype i = 0; i < families.size(); ++i) {
        if (families.at(i).typeName == typeName)
            return int(i);
    }
    Q_ASSERT_X(false, "DemoCatalogueBuilder", "unknown family");
    return 0;
}

int DemoCatalogueBuilder::materialIndex(int family, const QString &material) const
{
    return int(DemoVocabulary::families().at(family).materials.indexOf(material));
}

DemoCatalogueBuilder::Plan DemoCatalogueBuilder::specialPlan(const QString &typeName, const QString &name, qint64 gross,
                                                             const QString &material, int brandIndex,
                                                             const QList<Combo> &combos)
{
    Plan plan;
    plan.family = typeName.isEmpty() ? -1 : familyIndex(typeName);
    plan.material = plan.family >= 0 ? materialIndex(plan.family, material) : -1;
    plan.brandId = brandIndex + 1;
    plan.number = m_nextNumber++;
    plan.gross = gross;
    plan.name = name;
    plan.combos = combos;
    m_usedNames.insert(name);
    return plan;
}

int DemoCatalogueBuilder::addSpecial(const Plan &plan)
{
    const int index = addErpProduct(plan);
    m_linked[index] = true;
    m_troubled.insert(index);
    for (const int variantId : m_data.erp.products.at(index).variantIds)
        ensureWebStock(variantId - FirstErpVariantId, 3);
    return index;
}

void DemoCatalogueBuilder::addSpecials()
{
    addSerialProduct();
    addPack();
    addGift();
    addUnlimited();
    addRoundingEdges();
}

void DemoCatalogueBuilder::addSerialProduct()
{
    // Bsale wants the serial in the document line's comment; Jumpseller knows nothing of it.
    const int index =
        addSpecial(specialPlan(u"Tecnología"_s, u"Reloj Inteligente Ñandú Pro"_s, 89990, QString(), 12, {Combo {}}));
    DemoErpProduct &product = m_data.erp.products[index];
    product.serialNumber = true;
    const int variantIndex = product.variantIds.first() - FirstErpVariantId;
    DemoErpVariant &variant = m_data.erp.variants[variantIndex];
    variant.serialNumber = true;
    const int serialsPerOffice[] = {2, 1, 4};
    int serial = 240101;
    for (int office = 0; office < m_ids.officeIds.size(); ++office) {
        DemoStock &row = stockRow(variantIndex, office);
        row.serials.clear();
        for (int n = 0; n < serialsPerOffice[office % 3]; ++n)
            row.serials.append(u"NDP-"_s + QString::number(serial++));
        row.quantity = double(row.serials.size());
        row.quantityReserved = 0;
        row.quantityAvailable = row.quantity;
    }
    m_data.trouble.serialSku = variant.code;
}

void DemoCatalogueBuilder::addPack()
{
    const int poleras = familyIndex(u"Poleras"_s);
    const int accesorios = familyIndex(u"Accesorios"_s);
    int top = -1;
    int hat = -1;
    for (int i = 0; i < DemoRegularProducts && (top < 0 || hat < 0); ++i) {
        const Plan &plan = m_plans.at(i);
        if (!m_linked.at(i) || m_troubled.contains(i))
            continue;
        if (top < 0 && plan.family == poleras)
            top = i;
        else if (hat < 0 && plan.family == accesorios && plan.noun == 0) // "Gorro"
            hat = i;
    }
    Q_ASSERT(top >= 0 && hat >= 0);
    m_troubled.insert(top);
    m_troubled.insert(hat);
    const int topVariant = m_data.erp.products.at(top).variantIds.first();
    const int hatVariant = m_data.erp.products.at(hat).variantIds.first();
    ensureWebStock(topVariant - FirstErpVariantId, 6);
    ensureWebStock(hatVariant - FirstErpVariantId, 6);

    const QList<DemoFamily> &families = DemoVocabulary::families();
    const QString name = u"Pack Invierno "_s + families.at(poleras).nouns.at(m_plans.at(top).noun).text + u" + "_s
        + families.at(accesorios).nouns.at(0).text;
    const qint64 gross =
        qMax<qint64>(990, (m_plans.at(top).gross + m_plans.at(hat).gross) * 85 / 100 / 1000 * 1000 - 10);
    const int index = addSpecial(specialPlan(QString(), name, gross, QString(), -1, {Combo {}}));
    DemoErpProduct &pack = m_data.erp.products[index];
    pack.classification = DemoErpProduct::Pack;
    pack.packDetails = {{topVariant, 1}, {hatVariant, 1}};
    // A pack's stock is what its components can make up, office by office.
    const int packVariant = pack.variantIds.first() - FirstErpVariantId;
    for (int office = 0; office < m_ids.officeIds.size(); ++office) {
        DemoStock &row = stockRow(packVariant, office);
        row.quantity = qMin(stockRow(topVariant - FirstErpVariantId, office).quantity,
                            stockRow(hatVariant - FirstErpVariantId, office).quantity);
        row.quantityReserved = 0;
        row.quantityAvailable = row.quantity;
    }
    m_data.trouble.packSku = m_data.erp.variants.at(packVariant).code;
}

void DemoCatalogueBuilder::addGift()
{
    const int beige = 7;
    const int index =
        addSpecial(specialPlan(u"Accesorios"_s, u"Bolsa Tote de Regalo"_s, 0, u"Canvas"_s, 13, {Combo {-1, beige}}));
    ensureWebStock(m_data.erp.products.at(index).variantIds.first() - FirstErpVariantId, 40);
    m_data.trouble.giftSku =
        m_data.erp.variants.at(m_data.erp.products.at(index).variantIds.first() - FirstErpVariantId).code;
}

void DemoCatalogueBuilder::addUnlimited()
{
    const int index = addSpecial(
        specialPlan(u"Hogar"_s, u"Cuadro Personalizado a Pedido"_s, 34990, u"Madera Nativa"_s, 10, {Combo {}}));
    const int variantIndex = m_data.erp.products.at(index).variantIds.first() - FirstErpVariantId;
    DemoErpVariant &variant = m_data.erp.variants[variantIndex];
    variant.unlimitedStock = true;
    for (int office = 0; office < m_ids.officeIds.size(); ++office) {
        DemoStock &row = stockRow(variantIndex, office);
        row.quantity = row.quantityReserved = row.quantityAvailable = 0; // made to order
    }
    m_data.trouble.unlimitedSku = variant.code;
}

void DemoCatalogueBuilder::addRoundingEdges()
{
    // chile-dte.md §4.3: 680 and 86710 are the grosses where round(net * 0.19) breaks the total.
    const int magnet =
        addSpecial(specialPlan(u"Hogar"_s, u"Imán Refrigerador Greda"_s, 680, u"Greda"_s, 10, {Combo {}}));
    const int black = 0;
    const int m = 2;
    const int l = 3;
    const int parka = addSpecial(specialPlan(u"Chaquetas"_s, u"Parka Técnica Austral Pluma"_s, 86710, u"Pluma"_s, 11,
                                             {Combo {m, black}, Combo {l, black}}));
    for (const int index : {magnet, parka}) {
        for (const int variantId : m_data.erp.products.at(index).variantIds)
            m_data.trouble.roundingEdgeSkus.append(m_data.erp.variants.at(variantId - FirstErpVariantId).code);
    }
}

// ---- demo trouble -----------------------------------------------------------------------------

void DemoCatalogueBuilder::linkDemoProducts()
{
    const QList<DemoFamily> &families = DemoVocabulary::families();
    for (qsizetype i = 0; i < m_plans.size(); ++i)
        m_linked[i] = families.at(m_plans.at(i).family).inStore && chance(m_rng, LinkedPercent);
}

int DemoCatalogueBuilder::pickLinkedProduct(int minVariants)
{
    const int start = pick(m_rng, DemoRegularProducts);
    for (int n = 0; n < DemoRegularProducts; ++n) {
        const int i = (start + n) % DemoRegularProducts;
        if (m_linked.at(i) && !m_troubled.contains(i) && m_data.erp.products.at(i).variantIds.size() >= minVariants) {
            m_troubled.insert(i);
            return i;
        }
    }
    Q_ASSERT_X(false, "DemoCatalogueBuilder", "ran out of linked products");
    return 0;
}

void DemoCatalogueBuilder::markInactive()
{
    // One inactive product is still on sale in the store; the other is Bsale-only.
    const int linked = pickLinkedProduct(1);
    m_data.erp.products[linked].state = 1;
    m_data.trouble.inactiveErpProductIds.append(m_data.erp.products.at(linked).id);
    const int start = pick(m_rng, DemoRegularProducts);
    for (int n = 0; n < DemoRegularProducts; ++n) {
        const int i = (start + n) % DemoRegularProducts;
        if (!m_linked.at(i) && !m_troubled.contains(i)) {
            m_troubled.insert(i);
            m_data.erp.products[i].state = 1;
            m_data.trouble.inactiveErpProductIds.append(m_data.erp.products.at(i).id);
            break;
        }
    }
}

void DemoCatalogueBuilder::markNegativeStock()
{
    const int index = pickLinkedProduct(1);
    const int variantIndex = m_data.erp.products.at(index).variantIds.first() - FirstErpVariantId;
    DemoErpVariant &variant = m_data.erp.variants[variantIndex];
    variant.allowNegativeStock = true;
    DemoStock &row = stockRow(variantIndex, m_webOfficePosition);
    row.quantity = 2;
    row.quantityReserved = 5;
    row.quantityAvailable = -3;
    m_data.trouble.negativeStockSku = variant.code;
}

QString &DemoCatalogueBuilder::storeSkuOf(int erpVariantId)
{
    const DemoStoreSlot slot = m_slotByErpVariant.value(erpVariantId);
    DemoStoreProduct &product = m_data.store.products[slot.productIndex];
    return slot.variantIndex < 0 ? product.sku : product.variants[slot.variantIndex].sku;
}

void DemoCatalogueBuilder::addDuplicateSkus()
{
    DemoShopTrouble &trouble = m_data.trouble;
    // 1. A product copied in the store admin keeps its SKUs (two of them).
    const int copied = pickLinkedProduct(2);
    mirrorToStore(copied, 2);
    DemoStoreProduct &copy = m_data.store.products.last();
    copy.name += u" (copia)"_s;
    copy.permalink = DemoText::slug(copy.name);
    copy.status = u"not-available"_s;
    for (const DemoStoreVariant &variant : std::as_const(copy.variants))
        trouble.duplicateStoreSkus.append(variant.sku);

    // 2. A store-only product created by hand with an existing SKU.
    const int source = pickLinkedProduct(1);
    const QString reused =
        m_data.erp.variants.at(m_data.erp.products.at(source).variantIds.first() - FirstErpVariantId).code;
    const Plan plan = planProduct(familyIndex(u"Hogar"_s), 1, DemoStoreOnlyFirstNumber - 1, true);
    StoreVariantSeed seed;
    seed.sku = reused;
    seed.price = plan.gross;
    seed.stock = 3;
    const int index = appendStoreProduct(makeStoreProduct(plan, {seed}, 0));
    trouble.storeOnlyProductIds.append(m_data.store.products.at(index).id);
    trouble.duplicateStoreSkus.append(reused);

    // 3. A SKU pasted onto another product's variant.
    const int original = pickLinkedProduct(1);
    const int victim = pickLinkedProduct(1);
    const QString pasted =
        m_data.erp.variants.at(m_data.erp.products.at(original).variantIds.first() - FirstErpVariantId).code;
    storeSkuOf(m_data.erp.products.at(victim).variantIds.first()) = pasted;
    trouble.duplicateStoreSkus.append(pasted);
}

void DemoCatalogueBuilder::addSloppySkus()
{
    const int lower = pickLinkedProduct(1);
    const int spaced = pickLinkedProduct(1);
    const int lowerVariant = m_data.erp.products.at(lower).variantIds.first();
    const int spacedVariant = m_data.erp.products.at(spaced).variantIds.first();
    QString &lowerSku = storeSkuOf(lowerVariant);
    lowerSku = lowerSku.toLower();
    QString &spacedSku = storeSkuOf(spacedVariant);
    spacedSku += u' ';
    const QList<DemoErpVariant> &variants = m_data.erp.variants;
    m_data.trouble.sloppyStoreSkus.append({variants.at(lowerVariant - FirstErpVariantId).code, lowerSku});
    m_data.trouble.sloppyStoreSkus.append({variants.at(spacedVariant - FirstErpVariantId).code, spacedSku});
}

void DemoCatalogueBuilder::addMismatches()
{
    DemoShopTrouble &trouble = m_data.trouble;
    for (int i = 0; i < DemoRegularProducts; ++i) {
        if (!m_linked.at(i) || m_troubled.contains(i))
            continue;
        const QList<int> &variantIds = m_data.erp.products.at(i).variantIds;
        DemoStoreProduct &product = m_data.store.products[m_slotByErpVariant.value(variantIds.first()).productIndex];
        if (chance(m_rng, 8))
            product.categoryIds.append(m_ids.offersCategoryId);
        const int statusRoll = pick(m_rng, 100);
        if (statusRoll < 4)
            product.status = u"not-available"_s;
        else if (statusRoll < 7)
            product.status = u"disabled"_s;
        if (chance(m_rng, 2)) {
            // The store still shows last season's price.
            const qint64 delta = chance(m_rng, 50) ? 1000 : -1000;
            product.price += delta;
            for (DemoStoreVariant &variant : product.variants)
                variant.price += delta;
            for (const int variantId : variantIds)
                trouble.priceMismatchSkus.append(storeSkuOf(variantId));
            m_troubled.insert(i);
        }
        for (const int variantId : variantIds) {
            const DemoStoreSlot slot = m_slotByErpVariant.value(variantId);
            const bool simple = slot.variantIndex < 0;
            if (chance(m_rng, 15)) {
                (simple ? product.barcode : product.variants[slot.variantIndex].barcode).clear();
            }
            if (!chance(m_rng, 5))
                continue;
            int &stock = simple ? product.stock : product.variants[slot.variantIndex].stock;
            const int before = stock;
            stock = qMax(0, stock + (chance(m_rng, 50) ? 1 + pick(m_rng, 5) : -1 - pick(m_rng, 5)));
            if (stock == before)
                stock = before + 3;
            if (!simple)
                product.stock += stock - before;
            trouble.stockMismatchSkus.append(storeSkuOf(variantId));
        }
    }
}

void DemoCatalogueBuilder::addStoreOnlyProducts()
{
    QList<int> families;
    const QList<DemoFamily> &all = DemoVocabulary::families();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).inStore)
            families.append(int(i));
    }
    const int hogar = familyIndex(u"Hogar"_s);
    for (int i = 0; i < DemoStoreOnlyProducts; ++i) {
        const bool skuless = i == 5; // a hand-made listing nobody gave a SKU
        const int family = skuless ? hogar : families.at(pick(m_rng, families.size()));
        const int max = maxVariants(family);
        const int count = max == 1 ? 1 : 1 + pick(m_rng, qMin(3, max));
        const Plan plan = planProduct(family, count, DemoStoreOnlyFirstNumber + i, true);
        QList<StoreVariantSeed> seeds;
        for (qsizetype j = 0; j < plan.combos.size(); ++j) {
            StoreVariantSeed seed;
            seed.sku = skuless ? QString() : skuFor(plan, plan.combos.at(j));
            seed.barcode = skuless ? QString() : DemoText::ean13(700000000 + i * 8 + j);
            seed.price = plan.gross;
            seed.stock = i == 0 ? 5 + pick(m_rng, 10) : pick(m_rng, 16);
            seed.combo = plan.combos.at(j);
            seeds.append(seed);
        }
        const int index = appendStoreProduct(makeStoreProduct(plan, seeds, 0));
        const int id = m_data.store.products.at(index).id;
        m_data.trouble.storeOnlyProductIds.append(id);
        if (skuless)
            m_data.trouble.storeProductsWithoutSku.append(id);
        if (i == 0)
            m_data.trouble.unlinkedSku = seeds.first().sku;
    }
}

void DemoCatalogueBuilder::collectPlainSlots()
{
    for (int i = 0; i < DemoRegularProducts; ++i) {
        if (!m_linked.at(i) || m_troubled.contains(i))
            continue;
        for (const int variantId : m_data.erp.products.at(i).variantIds) {
            const DemoStoreSlot slot = m_slotByErpVariant.value(variantId);
            const DemoStoreProduct &product = m_data.store.products.at(slot.productIndex);
            const int stock = slot.variantIndex < 0 ? product.stock : product.variants.at(slot.variantIndex).stock;
            if (product.status == u"available"_s && stock > 0)
                m_plainSlots.append(slot);
        }
    }
}

} // namespace puente::fakes
