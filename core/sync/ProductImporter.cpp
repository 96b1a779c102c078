#include "sync/ProductImporter.h"

#include "base/Clock.h"
#include "base/Logging.h"
#include "connectors/bsale/BsaleClient.h"
#include "connectors/jumpseller/JumpsellerClient.h"
#include "domain/Exclusion.h"
#include "journal/CatalogRepository.h"
#include "journal/ExclusionRepository.h"
#include "journal/LinkRepository.h"
#include "journal/MappingRepository.h"
#include "sync/AutoLinker.h"
#include "sync/CatalogPull.h"
#include "sync/SyncSettings.h"

#include <QtCore/QJsonArray>
#include <QtCore/QSet>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

const QString kSubsystem = u"import"_s;

using Options = QList<QPair<QString, QString>>;

bool unlimitedInStore(const ErpVariant &variant)
{
    return variant.active && variant.inOffice && variant.unlimitedStock;
}

/** The store refused the request itself: it was certainly not created, searching is pointless. */
bool certainlyRefused(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::InvalidRequest:
        return true;
    default:
        return false;
    }
}

} // namespace

QJsonObject ImportSkip::toJson() const
{
    return {{u"productId"_s, erpProductId}, {u"name"_s, productName}, {u"reason"_s, reason}};
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray skips;
    for (const ImportSkip &skip : skipped)
        skips.append(skip.toJson());
    QJsonArray errorList;
    for (const SyncError &error : errors)
        errorList.append(error.toJson());
    return {{u"status"_s, canceled ? u"canceled"_s : (errors.isEmpty() ? u"ok"_s : u"failed"_s)},
            {u"productsCreated"_s, productsCreated},
            {u"productsFound"_s, productsFound},
            {u"variantsLinked"_s, variantsLinked},
            {u"skipped"_s, skips},
            {u"errors"_s, errorList}};
}

/** One Bsale product to import, with its variants (and their options once loaded). */
struct ProductImporter::Candidate
{
    qint64 productId = 0;
    QString productName;
    qint64 productTypeId = 0;
    QList<ErpVariant> variants;
    QList<Options> options; ///< per variant, for products with several variants
};

struct ProductImporter::Run
{
    Done done;
    ImportReport report;
    QList<Candidate> candidates;
    qsizetype current = 0;
    qint64 importCategoryId = 0;
    QHash<QString, qint64> categoryMapping; ///< Bsale product type id → store category id
    QHash<QString, QString> optionMapping; ///< Bsale attribute id → store option name
    QHash<int, BsaleAttribute> attributes;
    bool needAttributes = false;

    Candidate &candidate() { return candidates[current]; }
    void fail(const QString &message, bool retryable)
    {
        report.errors.append(SyncError {kSubsystem, message, retryable});
    }
};

ProductImporter::ProductImporter(BsaleClient &bsale, JumpsellerClient &jumpseller, const Journal &journal, Clock &clock,
                                 const SyncSettings &settings, QObject *parent)
    : QObject(parent)
    , m_bsale(bsale)
    , m_jumpseller(jumpseller)
    , m_journal(journal)
    , m_clock(clock)
    , m_settings(settings)
{ }

ProductImporter::~ProductImporter()
{
    cancel();
}

int ProductImporter::storeStock(const ErpVariant &variant)
{
    if (!variant.active || !variant.inOffice || variant.quantityAvailable <= 0)
        return 0;
    const double whole = std::floor(variant.quantityAvailable);
    return whole >= double(std::numeric_limits<int>::max()) ? std::numeric_limits<int>::max() : int(whole);
}

QString ProductImporter::normalizedSku(const QString &sku) const
{
    return AutoLinker::normalize(sku, m_settings.skuCaseSensitive);
}

void ProductImporter::start(const QList<qint64> &erpProductIds, Done done)
{
    cancel();
    m_token = new QObject(this);
    m_run = std::make_shared<Run>();
    m_run->done = std::move(done);
    plan(*m_run, erpProductIds);
    if (m_run->candidates.isEmpty()) {
        // Nothing to send; still answer on a later turn, like every other path.
        auto run = m_run;
        m_clock.schedule(0, m_token, [this, run] { finish(run); });
        return;
    }
    prepareCategory(m_run);
}

void ProductImporter::cancel()
{
    delete m_token.data();
    m_run.reset();
}

void ProductImporter::plan(Run &run, const QList<qint64> &erpProductIds) const
{
    const CatalogRepository catalog(m_journal);
    const QList<ErpVariant> all = catalog.erpVariants();
    QHash<QString, int> skuCount;
    QHash<qint64, QList<ErpVariant>> byProduct;
    QList<qint64> productOrder;
    for (const ErpVariant &variant : all) {
        if (const QString sku = normalizedSku(variant.sku); !sku.isEmpty())
            ++skuCount[sku];
        auto &list = byProduct[variant.productId];
        if (list.isEmpty())
            productOrder.append(variant.productId);
        list.append(variant);
    }
    QSet<QString> storeSkus;
    for (const StoreVariant &variant : catalog.storeVariants()) {
        if (const QString sku = normalizedSku(variant.sku); !sku.isEmpty())
            storeSkus.insert(sku);
    }
    QSet<qint64> linked;
    for (const Link &link : LinkRepository(m_journal).all())
        linked.insert(link.erpVariantId);
    const ExclusionSet exclusions = ExclusionRepository(m_journal).set();

    const bool explicitList = !erpProductIds.isEmpty();
    QList<qint64> wanted;
    QSet<qint64> seen;
    for (const qint64 id : explicitList ? erpProductIds : productOrder) {
        if (!seen.contains(id)) {
            seen.insert(id);
            wanted.append(id);
        }
    }
    for (const qint64 productId : std::as_const(wanted)) {
        const QList<ErpVariant> variants = byProduct.value(productId);
        if (variants.isEmpty()) {
            run.report.skipped.append({productId, {}, u"not in the last Bsale catalogue pull"_s});
            continue;
        }
        const QString name = variants.first().productName;
        const auto skip = [&run, productId, &name](const QString &reason) {
            run.report.skipped.append({productId, name, reason});
        };
        int linkedCount = 0;
        for (const ErpVariant &variant : variants)
            linkedCount += linked.contains(variant.variantId) ? 1 : 0;
        if (linkedCount == variants.size()) {
            if (explicitList)
                skip(u"already linked to the store"_s);
            continue;
        }
        if (linkedCount > 0) {
            skip(u"%1 of its %2 variants are already linked; link the others by hand"_s.arg(linkedCount)
                     .arg(variants.size()));
            continue;
        }
        QString problem;
        for (const ErpVariant &variant : variants) {
            const QString sku = normalizedSku(variant.sku);
            if (const auto exclusion = exclusions.match(variant)) {
                problem =
                    u"excluded (%1 %2 on the Bsale side)"_s.arg(exclusionKindName(exclusion->kind), exclusion->target);
            } else if (sku.isEmpty()) {
                problem =
                    u"variant %1 has no SKU; the import needs one to find the product again"_s.arg(variant.variantId);
            } else if (skuCount.value(sku) > 1) {
                problem = u"SKU '%1' is on %2 Bsale variants"_s.arg(variant.sku.trimmed()).arg(skuCount.value(sku));
            } else if (storeSkus.contains(sku)) {
                problem = u"SKU '%1' is already in the store; link it instead"_s.arg(variant.sku.trimmed());
            }
            if (!problem.isEmpty())
                break;
        }
        if (!problem.isEmpty()) {
            skip(problem);
            continue;
        }
        run.candidates.append(Candidate {productId, name, variants.first().productTypeId, variants, {}});
        run.needAttributes = run.needAttributes || variants.size() > 1;
    }
    const MappingRepository mappings(m_journal);
    for (const Mapping &mapping : mappings.ofKind(MappingKind::Category)) {
        bool ok = false;
        const qint64 categoryId = mapping.storeValue.toLongLong(&ok);
        if (ok && categoryId > 0)
            run.categoryMapping.insert(mapping.erpValue, categoryId);
    }
    for (const Mapping &mapping : mappings.ofKind(MappingKind::Option))
        run.optionMapping.insert(mapping.erpValue, mapping.storeValue);
}

void ProductImporter::prepareCategory(std::shared_ptr<Run> run)
{
    Q_EMIT progress(SyncProgress {SyncPhase::Importing, {}, 0, run->candidates.size(), u"Store categories"_s});
    const QString name = m_settings.importCategoryName.trimmed();
    m_jumpseller.categories(m_token, [this, run, name](ApiResult<QList<JumpsellerCategory>> result) {
        if (!result.ok()) {
            run->fail(u"Cannot list the store's categories: "_s + result.error().toString(),
                      result.error().retryable());
            return finish(run);
        }
        for (const JumpsellerCategory &category : result.value()) {
            if (category.name.trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                run->importCategoryId = category.id;
                return prepareAttributes(run);
            }
        }
        m_jumpseller.createCategory(m_token, name, 0, [this, run, name](ApiResult<JumpsellerCategory> created) {
            if (!created.ok()) {
                run->fail(u"Cannot create the category '%1': %2"_s.arg(name, created.error().toString()),
                          created.error().retryable());
                return finish(run);
            }
            run->importCategoryId = created.value().id;
            prepareAttributes(run);
        });
    });
}

void ProductImporter::prepareAttributes(std::shared_ptr<Run> run)
{
    if (!run->needAttributes)
        return next(run);
    m_bsale.productTypes(true, m_token, [this, run](const ApiResult<QList<BsaleProductType>> &types) {
        if (!types.ok()) {
            run->fail(u"Cannot read Bsale's product types: "_s + types.error().toString(), types.error().retryable());
            return finish(run);
        }
        for (const BsaleProductType &type : types.value()) {
            for (const BsaleAttribute &attribute : type.attributes)
                run->attributes.insert(attribute.id, attribute);
        }
        next(run);
    });
}

void ProductImporter::next(std::shared_ptr<Run> run)
{
    if (run->current >= run->candidates.size())
        return finish(run);
    const Candidate &candidate = run->candidate();
    Q_EMIT progress(SyncProgress {
        SyncPhase::Importing, {}, run->current, run->candidates.size(), u"Importing %1"_s.arg(candidate.productName)});
    if (candidate.variants.size() > 1)
        return loadOptions(run, 0);
    searchThenCreate(run);
}

void ProductImporter::loadOptions(std::shared_ptr<Run> run, qsizetype variantIndex)
{
    Candidate &candidate = run->candidate();
    if (variantIndex < candidate.variants.size()) {
        const int variantId = int(candidate.variants.at(variantIndex).variantId);
        m_bsale.variantAttributeValues(
            variantId, m_token, [this, run, variantIndex](const ApiResult<QList<BsaleAttributeValue>> &values) {
                Candidate &current = run->candidate();
                if (!values.ok()) {
                    run->fail(u"Cannot read the attributes of Bsale variant %1: %2"_s
                                  .arg(current.variants.at(variantIndex).variantId)
                                  .arg(values.error().toString()),
                              values.error().retryable());
                    ++run->current;
                    return next(run);
                }
                Options options;
                for (const BsaleAttributeValue &value : values.value()) {
                    const QString mapped = run->optionMapping.value(QString::number(value.attributeId));
                    const auto attribute = run->attributes.constFind(value.attributeId);
                    const bool namesVariants =
                        attribute != run->attributes.constEnd() && attribute->generateVariantName;
                    if (value.description.trimmed().isEmpty() || (mapped.isEmpty() && !namesVariants))
                        continue;
                    const QString name = mapped.isEmpty() ? attribute->name : mapped;
                    options.append({name, value.description.trimmed()});
                }
                current.options.append(options);
                loadOptions(run, variantIndex + 1);
            });
        return;
    }
    // The store needs a distinct option combination per variant; otherwise use one plain option.
    QSet<QString> combinations;
    bool usable = true;
    for (const Options &options : std::as_const(candidate.options)) {
        QStringList parts;
        for (const auto &[name, value] : options)
            parts.append(name + u'=' + value);
        const QString combination = parts.join(u'|');
        usable = usable && !options.isEmpty() && !combinations.contains(combination);
        combinations.insert(combination);
    }
    if (!usable) {
        QSet<QString> descriptions;
        bool uniqueDescriptions = true;
        for (const ErpVariant &variant : std::as_const(candidate.variants)) {
            const QString description = variant.description.trimmed();
            uniqueDescriptions = uniqueDescriptions && !description.isEmpty() && !descriptions.contains(description);
            descriptions.insert(description);
        }
        candidate.options.clear();
        for (const ErpVariant &variant : std::as_const(candidate.variants)) {
            const QString value = uniqueDescriptions ? variant.description.trimmed() : variant.sku.trimmed();
            candidate.options.append(Options {{QString::fromLatin1(kFallbackOptionName), value}});
        }
    }
    searchThenCreate(run);
}

void ProductImporter::searchThenCreate(std::shared_ptr<Run> run)
{
    const QString sku = run->candidate().variants.first().sku.trimmed();
    m_jumpseller.searchProducts(
        m_token, sku, {u"sku"_s, u"variants"_s}, [this, run, sku](ApiResult<QList<JumpsellerProduct>> result) {
            if (!result.ok() && result.error().kind() != ApiError::Kind::NotFound) {
                // Without an answer we cannot know it is not there: never create blindly.
                run->fail(u"Cannot search the store for SKU '%1': %2"_s.arg(sku, result.error().toString()),
                          result.error().retryable());
                ++run->current;
                return next(run);
            }
            const QList<JumpsellerProduct> matches =
                result.ok() ? matchingSku(*run, result.value()) : QList<JumpsellerProduct>();
            if (!matches.isEmpty())
                return linkFirstOf(run, matches, false);
            create(run);
        });
}

QList<JumpsellerProduct> ProductImporter::matchingSku(const Run &run, const QList<JumpsellerProduct> &found) const
{
    QSet<QString> skus;
    for (const ErpVariant &variant : run.candidates.at(run.current).variants)
        skus.insert(normalizedSku(variant.sku));
    QList<JumpsellerProduct> matches;
    QSet<qint64> seen;
    for (const JumpsellerProduct &product : found) {
        bool match = !product.hasVariants() && skus.contains(normalizedSku(product.sku));
        for (const JumpsellerVariant &variant : product.variants)
            match = match || skus.contains(normalizedSku(variant.sku));
        if (match && !seen.contains(product.id)) {
            seen.insert(product.id);
            matches.append(product);
        }
    }
    std::sort(matches.begin(), matches.end(),
              [](const JumpsellerProduct &a, const JumpsellerProduct &b) { return a.id < b.id; });
    return matches;
}

void ProductImporter::linkFirstOf(std::shared_ptr<Run> run, const QList<JumpsellerProduct> &matches, bool created)
{
    if (matches.size() > 1) {
        QStringList others;
        for (qsizetype i = 1; i < matches.size(); ++i)
            others.append(QString::number(matches.at(i).id));
        run->fail(u"The store has %1 products for '%2' (SKU %3): product %4 is linked; delete the duplicate(s) %5 "
                  "in Jumpseller (a request may have been sent twice when the connection dropped)"_s.arg(matches.size())
                      .arg(run->candidate().productName, run->candidate().variants.first().sku.trimmed())
                      .arg(matches.first().id)
                      .arg(others.join(u", "_s)),
                  false);
    }
    if (created)
        return record(run, matches.first(), true);
    linkFound(run, matches.first());
}

void ProductImporter::verifyCreated(std::shared_ptr<Run> run, const JumpsellerProduct &product)
{
    const QString sku = run->candidate().variants.first().sku.trimmed();
    m_jumpseller.searchProducts(
        m_token, sku, {u"sku"_s, u"variants"_s}, [this, run, product](ApiResult<QList<JumpsellerProduct>> result) {
            QList<JumpsellerProduct> matches =
                result.ok() ? matchingSku(*run, result.value()) : QList<JumpsellerProduct>();
            // The answered product first: it is the one we link.
            matches.removeIf([&product](const JumpsellerProduct &p) { return p.id == product.id; });
            matches.prepend(product);
            linkFirstOf(run, matches, true);
        });
}

JumpsellerProductDraft ProductImporter::draftFor(const Run &run, const Candidate &candidate) const
{
    JumpsellerProductDraft draft;
    draft.name = candidate.productName.trimmed().isEmpty() ? candidate.variants.first().sku : candidate.productName;
    draft.status = JumpsellerProductStatus::Disabled;
    draft.categoryIds.append(run.importCategoryId);
    if (const qint64 mapped = run.categoryMapping.value(QString::number(candidate.productTypeId));
        mapped > 0 && mapped != run.importCategoryId)
        draft.categoryIds.append(mapped);
    const ErpVariant &first = candidate.variants.first();
    draft.price = double(first.grossPrice.value_or(0));
    if (candidate.variants.size() == 1) {
        draft.sku = first.sku.trimmed();
        draft.barcode = first.barcode.trimmed();
        draft.stock = storeStock(first);
        draft.stockUnlimited = unlimitedInStore(first);
        return draft;
    }
    draft.stock = 0;
    for (qsizetype i = 0; i < candidate.variants.size(); ++i) {
        const ErpVariant &variant = candidate.variants.at(i);
        JumpsellerVariantDraft v;
        v.sku = variant.sku.trimmed();
        v.barcode = variant.barcode.trimmed();
        if (variant.grossPrice)
            v.price = double(*variant.grossPrice);
        v.stock = storeStock(variant);
        v.stockUnlimited = unlimitedInStore(variant);
        v.options = candidate.options.value(i);
        draft.variants.append(v);
    }
    return draft;
}

void ProductImporter::create(std::shared_ptr<Run> run)
{
    const JumpsellerProductDraft draft = draftFor(*run, run->candidate());
    m_jumpseller.createProduct(m_token, draft, [this, run](ApiResult<JumpsellerCreatedProduct> result) {
        if (!result.ok())
            return afterCreateFailed(run, result.error());
        const JumpsellerCreatedProduct &created = result.value();
        if (!created.complete()) {
            run->fail(u"'%1' was created in the store, but not all of its variants: %2"_s.arg(
                          run->candidate().productName, created.variantError.toString()),
                      true);
        }
        verifyCreated(run, created.product);
    });
}

void ProductImporter::afterCreateFailed(std::shared_ptr<Run> run, const ApiError &error)
{
    const QString name = run->candidate().productName;
    if (certainlyRefused(error)) {
        run->fail(u"Cannot create '%1' in the store: %2"_s.arg(name, error.toString()), error.retryable());
        ++run->current;
        return next(run);
    }
    // The POST may have reached the store even though no answer came back: look before
    // reporting, so the next run does not create it twice.
    const QString sku = run->candidate().variants.first().sku.trimmed();
    m_jumpseller.searchProducts(
        m_token, sku, {u"sku"_s, u"variants"_s}, [this, run, error, name](ApiResult<QList<JumpsellerProduct>> result) {
            const QList<JumpsellerProduct> matches =
                result.ok() ? matchingSku(*run, result.value()) : QList<JumpsellerProduct>();
            if (!matches.isEmpty())
                return linkFirstOf(run, matches, false);
            run->fail(u"Cannot create '%1' in the store: %2"_s.arg(name, error.toString()), error.retryable());
            ++run->current;
            next(run);
        });
}

void ProductImporter::linkFound(std::shared_ptr<Run> run, const JumpsellerProduct &product)
{
    QSet<QString> present;
    if (!product.hasVariants())
        present.insert(normalizedSku(product.sku));
    for (const JumpsellerVariant &variant : product.variants)
        present.insert(normalizedSku(variant.sku));
    QList<ErpVariant> missing;
    for (const ErpVariant &variant : std::as_const(run->candidate().variants)) {
        if (!present.contains(normalizedSku(variant.sku)))
            missing.append(variant);
    }
    if (missing.isEmpty() || !product.hasVariants()) {
        if (!missing.isEmpty()) {
            run->fail(u"'%1' is in the store as a product without variants; link its other variants by hand"_s.arg(
                          run->candidate().productName),
                      false);
        }
        return record(run, product, false);
    }
    createMissingVariants(run, product, missing);
}

void ProductImporter::createMissingVariants(std::shared_ptr<Run> run, const JumpsellerProduct &product,
                                            QList<ErpVariant> missing)
{
    if (missing.isEmpty())
        return record(run, product, false);
    const ErpVariant variant = missing.takeFirst();
    const JumpsellerProductDraft draft = draftFor(*run, run->candidate());
    JumpsellerVariantDraft variantDraft;
    for (const JumpsellerVariantDraft &candidate : draft.variants) {
        if (normalizedSku(candidate.sku) == normalizedSku(variant.sku))
            variantDraft = candidate;
    }
    m_jumpseller.createVariant(
        m_token, product.id, variantDraft, [this, run, product, missing](ApiResult<JumpsellerVariant> created) {
            JumpsellerProduct updated = product;
            if (!created.ok()) {
                run->fail(
                    u"Cannot add a variant to '%1' in the store: %2"_s.arg(product.name, created.error().toString()),
                    created.error().retryable());
                return record(run, updated, false);
            }
            updated.variants.append(created.value());
            createMissingVariants(run, updated, missing);
        });
}

void ProductImporter::record(std::shared_ptr<Run> run, const JumpsellerProduct &product, bool created)
{
    const Candidate &candidate = run->candidate();
    QHash<QString, StoreVariantKey> keyBySku;
    if (!product.hasVariants())
        keyBySku.insert(normalizedSku(product.sku), StoreVariantKey {product.id, 0});
    for (const JumpsellerVariant &variant : product.variants)
        keyBySku.insert(normalizedSku(variant.sku), StoreVariantKey {product.id, variant.id});
    const QDateTime now = m_clock.nowUtc();
    const LinkRepository links(m_journal);
    QList<Link> added;
    for (const ErpVariant &variant : candidate.variants) {
        const auto key = keyBySku.constFind(normalizedSku(variant.sku));
        if (key == keyBySku.constEnd())
            continue;
        if (const auto taken = links.forStore(*key); taken && taken->erpVariantId != variant.variantId) {
            run->fail(u"'%1' (SKU %2) is in the store but already linked to Bsale variant %3"_s
                          .arg(candidate.productName, variant.sku.trimmed())
                          .arg(taken->erpVariantId),
                      false);
            continue;
        }
        if (links.forErp(variant.variantId))
            continue;
        added.append(Link {variant.variantId, *key, LinkMethod::Import, {}});
    }
    // The store rows first, then the links: a link never points at a row the journal lacks.
    const CatalogRepository catalog(m_journal);
    const bool stored =
        catalog.writeStoreVariants(CatalogPull::toStoreVariants({product}), now, CatalogRepository::WriteMode::Merge)
            .has_value()
        && links.addImported(added, now);
    if (!stored) {
        run->fail(u"'%1' is in the store but its links could not be saved: %2 %3"_s.arg(
                      candidate.productName, catalog.lastError(), links.lastError()),
                  true);
    } else {
        run->report.variantsLinked += int(added.size());
        if (created)
            ++run->report.productsCreated;
        else
            ++run->report.productsFound;
        qCInfo(lcSync).noquote() << (created ? "imported" : "found in the store and linked") << "Bsale product"
                                 << candidate.productId << "as store product" << product.id;
    }
    ++run->current;
    next(run);
}

void ProductImporter::finish(std::shared_ptr<Run> run)
{
    if (m_run == run)
        m_run.reset();
    Q_EMIT progress(
        SyncProgress {SyncPhase::Importing, {}, run->candidates.size(), run->candidates.size(), u"Import finished"_s});
    const Done done = std::move(run->done);
    done(run->report);
}

} // namespace puente
