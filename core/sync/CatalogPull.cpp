#include "sync/CatalogPull.h"

#include "base/Logging.h"
#include "connectors/bsale/BsaleClient.h"
#include "connectors/jumpseller/JumpsellerClient.h"
#include "sync/SyncSettings.h"

#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace puente {

/** The state of one pull, shared by its callbacks. */
struct CatalogPull::Run
{
    Done done;
    CatalogSnapshot snapshot;
    QList<BsaleVariant> variants;
    QList<BsaleStock> stocks;
    QList<BsalePriceDetail> prices;
    int sidesLeft = 2;
};

CatalogPull::CatalogPull(BsaleClient &bsale, JumpsellerClient &jumpseller, const SyncSettings &settings,
                         QObject *parent)
    : QObject(parent)
    , m_bsale(bsale)
    , m_jumpseller(jumpseller)
    , m_settings(settings)
{ }

CatalogPull::~CatalogPull()
{
    cancel();
}

void CatalogPull::start(Done done)
{
    cancel();
    m_token = new QObject(this);
    m_run = std::make_shared<Run>();
    m_run->done = std::move(done);
    pullBsale(m_run);
    pullJumpseller(m_run);
}

void CatalogPull::cancel()
{
    delete m_token.data(); // drops every callback bound to it
    m_run.reset();
}

void CatalogPull::report(SyncPhase phase, qint64 done, qint64 total, const QString &what)
{
    const QString text = total >= 0 ? u"%1 %2 of %3"_s.arg(what).arg(done).arg(total) : u"%1 %2"_s.arg(what).arg(done);
    Q_EMIT progress(SyncProgress {phase, {}, done, total, text});
}

void CatalogPull::pullBsale(std::shared_ptr<Run> run)
{
    report(SyncPhase::PullingBsale, 0, -1, u"Bsale variants"_s);
    m_bsale.variants(
        {}, m_token,
        [this, run](const ApiResult<QList<BsaleVariant>> &result) {
            if (!result.ok()) {
                run->snapshot.bsaleError = result.error();
                return finishSide(run);
            }
            run->variants = result.value();
            pullBsaleStocks(run, 0);
        },
        [this](qint64 done, qint64 total) { report(SyncPhase::PullingBsale, done, total, u"Bsale variants"_s); });
}

void CatalogPull::pullBsaleStocks(std::shared_ptr<Run> run, qsizetype officeIndex)
{
    if (officeIndex >= m_settings.officeIds.size())
        return pullBsalePrices(run);
    BsaleStockFilter filter;
    filter.officeId = m_settings.officeIds.at(officeIndex);
    const QString what = u"Bsale stock of office %1"_s.arg(filter.officeId);
    m_bsale.stocks(
        filter, m_token,
        [this, run, officeIndex](const ApiResult<QList<BsaleStock>> &result) {
            if (!result.ok()) {
                run->snapshot.bsaleError = result.error();
                return finishSide(run);
            }
            run->stocks += result.value();
            pullBsaleStocks(run, officeIndex + 1);
        },
        [this, what](qint64 done, qint64 total) { report(SyncPhase::PullingBsale, done, total, what); });
}

void CatalogPull::pullBsalePrices(std::shared_ptr<Run> run)
{
    m_bsale.priceListDetails(
        m_settings.priceListId, 0, m_token,
        [this, run](const ApiResult<QList<BsalePriceDetail>> &result) {
            if (!result.ok()) {
                run->snapshot.bsaleError = result.error();
                return finishSide(run);
            }
            run->prices = result.value();
            pullBsaleTypes(run);
        },
        [this](qint64 done, qint64 total) { report(SyncPhase::PullingBsale, done, total, u"Bsale prices"_s); });
}

void CatalogPull::pullBsaleTypes(std::shared_ptr<Run> run)
{
    report(SyncPhase::PullingBsale, 0, -1, u"Bsale product types"_s);
    m_bsale.productTypes(true, m_token, [this, run](const ApiResult<QList<BsaleProductType>> &result) {
        if (!result.ok()) {
            run->snapshot.bsaleError = result.error();
            return finishSide(run);
        }
        run->snapshot.erp = toErpVariants(run->variants, run->stocks, run->prices, m_settings.officeIds);
        run->snapshot.erpTerms = toErpTerms(result.value(), run->snapshot.erp);
        run->variants.clear();
        run->stocks.clear();
        run->prices.clear();
        finishSide(run);
    });
}

void CatalogPull::pullJumpseller(std::shared_ptr<Run> run)
{
    report(SyncPhase::PullingJumpseller, 0, -1, u"Store products"_s);
    m_jumpseller.products(
        m_token,
        [this](qint64 done, qint64 total) { report(SyncPhase::PullingJumpseller, done, total, u"Store products"_s); },
        [this, run](ApiResult<QList<JumpsellerProduct>> products) {
            if (!products.ok()) {
                run->snapshot.jumpsellerError = products.error();
                return finishSide(run);
            }
            auto list = std::make_shared<QList<JumpsellerProduct>>(products.takeValue());
            m_jumpseller.categories(m_token, [this, run, list](ApiResult<QList<JumpsellerCategory>> categories) {
                if (!categories.ok()) {
                    run->snapshot.jumpsellerError = categories.error();
                    return finishSide(run);
                }
                run->snapshot.store = toStoreVariants(*list);
                run->snapshot.storeTerms = toStoreTerms(categories.value(), *list);
                finishSide(run);
            });
        });
}

void CatalogPull::finishSide(std::shared_ptr<Run> run)
{
    if (--run->sidesLeft > 0)
        return;
    if (m_run == run)
        m_run.reset();
    // The snapshot is handed over by value: the callback may start the next pull right away.
    const Done done = std::move(run->done);
    const CatalogSnapshot snapshot = std::move(run->snapshot);
    done(snapshot);
}

QList<ErpVariant> CatalogPull::toErpVariants(const QList<BsaleVariant> &variants, const QList<BsaleStock> &stocks,
                                             const QList<BsalePriceDetail> &prices, const QList<int> &officeIds)
{
    struct StockSum
    {
        double available = 0;
        bool seen = false;
    };
    const QSet<int> offices(officeIds.cbegin(), officeIds.cend());
    QHash<int, StockSum> stockByVariant;
    stockByVariant.reserve(stocks.size());
    for (const BsaleStock &stock : stocks) {
        if (!offices.contains(stock.officeId))
            continue;
        StockSum &sum = stockByVariant[stock.variantId];
        sum.available += stock.quantityAvailable;
        sum.seen = true;
    }
    QHash<int, qint64> priceByVariant;
    priceByVariant.reserve(prices.size());
    for (const BsalePriceDetail &price : prices)
        priceByVariant.insert(price.variantId, price.variantValueWithTaxes);

    QList<ErpVariant> out;
    out.reserve(variants.size());
    for (const BsaleVariant &v : variants) {
        ErpVariant e;
        e.variantId = v.id;
        e.productId = v.productId;
        e.description = v.description;
        e.sku = v.code;
        e.barcode = v.barCode;
        e.unlimitedStock = v.unlimitedStock;
        e.allowNegativeStock = v.allowNegativeStock;
        e.serialNumber = v.serialNumber;
        e.active = v.state == 0;
        if (v.product) {
            e.productName = v.product->name;
            e.productTypeId = v.product->productTypeId;
            e.brandId = v.product->brandId;
            e.pack = v.product->classification == BsaleProduct::Pack;
            e.active = e.active && v.product->state == 0;
        }
        if (const auto price = priceByVariant.constFind(v.id); price != priceByVariant.constEnd())
            e.grossPrice = *price;
        if (const auto stock = stockByVariant.constFind(v.id); stock != stockByVariant.constEnd()) {
            e.quantityAvailable = stock->available;
            e.inOffice = stock->seen;
        }
        out.append(e);
    }
    return out;
}

QList<StoreVariant> CatalogPull::toStoreVariants(const QList<JumpsellerProduct> &products)
{
    QList<StoreVariant> out;
    out.reserve(products.size());
    for (const JumpsellerProduct &p : products) {
        StoreVariant base;
        base.key.productId = p.id;
        base.productName = p.name;
        base.brand = p.brand;
        base.status = p.statusText.isEmpty() ? jumpsellerProductStatusText(p.status) : p.statusText;
        for (const JumpsellerCategory &category : p.categories)
            base.categoryIds.append(category.id);
        if (!p.hasVariants()) {
            StoreVariant row = base;
            row.sku = p.sku;
            row.barcode = p.barcode;
            row.grossPrice = qRound64(p.price);
            row.stock = p.stock;
            row.stockUnlimited = p.stockUnlimited;
            out.append(row);
            continue;
        }
        for (const JumpsellerVariant &v : p.variants) {
            StoreVariant row = base;
            row.key.variantId = v.id;
            QStringList values;
            for (const JumpsellerVariantOption &option : v.options)
                values.append(option.value);
            row.variantName = values.join(u" / "_s);
            row.sku = v.sku;
            row.barcode = v.barcode;
            row.grossPrice = qRound64(v.price);
            row.stock = v.stock;
            row.stockUnlimited = v.stockUnlimited;
            out.append(row);
        }
    }
    return out;
}

QList<CatalogTerm> CatalogPull::toErpTerms(const QList<BsaleProductType> &types, const QList<ErpVariant> &variants)
{
    constexpr auto erp = CatalogTerm::Side::Erp;
    QList<CatalogTerm> out;
    for (const BsaleProductType &type : types) {
        out.append(CatalogTerm {erp, u"product_type"_s, QString::number(type.id), {}, type.name, {}});
        for (const BsaleAttribute &attribute : type.attributes) {
            const QJsonObject detail {{u"generateVariantName"_s, attribute.generateVariantName},
                                      {u"options"_s, QJsonArray::fromStringList(attribute.options)}};
            out.append(CatalogTerm {erp, u"attribute"_s, QString::number(attribute.id), QString::number(type.id),
                                    attribute.name,
                                    QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
        }
    }
    QSet<qint64> brands;
    for (const ErpVariant &variant : variants) {
        if (variant.brandId > 0 && !brands.contains(variant.brandId)) {
            brands.insert(variant.brandId);
            out.append(CatalogTerm {erp, u"brand"_s, QString::number(variant.brandId), {}, {}, {}});
        }
    }
    return out;
}

QList<CatalogTerm> CatalogPull::toStoreTerms(const QList<JumpsellerCategory> &categories,
                                             const QList<JumpsellerProduct> &products)
{
    constexpr auto store = CatalogTerm::Side::Store;
    QList<CatalogTerm> out;
    for (const JumpsellerCategory &category : categories) {
        out.append(CatalogTerm {store,
                                u"category"_s,
                                QString::number(category.id),
                                category.parentId > 0 ? QString::number(category.parentId) : QString(),
                                category.name,
                                {}});
    }
    QSet<QString> brands;
    QSet<QString> options;
    for (const JumpsellerProduct &product : products) {
        const QString brand = product.brand.trimmed();
        if (!brand.isEmpty() && !brands.contains(brand)) {
            brands.insert(brand);
            out.append(CatalogTerm {store, u"brand"_s, brand, {}, brand, {}});
        }
        for (const QString &option : product.options) {
            if (!option.isEmpty() && !options.contains(option)) {
                options.insert(option);
                out.append(CatalogTerm {store, u"option"_s, option, {}, option, {}});
            }
        }
    }
    return out;
}

} // namespace puente
