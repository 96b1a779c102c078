#pragma once

// Shared rig of the sync engine's integration tests: FakeBsale and FakeJumpseller on loopback
// (their rate limits off: pacing is ApiClient's business, tested elsewhere), an open journal in
// a temporary folder, settings pointing at the fakes, and helpers that seed both shops.
// Everything lives on the test thread, which must spin its event loop for the fakes to answer.

#include "FakeBsale.h"
#include "FakeJumpseller.h"
#include "journal/Journal.h"
#include "sync/SyncCredentials.h"
#include "sync/SyncSettings.h"

#include <QtCore/QTemporaryDir>
#include <QtCore/QUrl>

#include <memory>

namespace puente::test {

/** One Bsale variant to seed. */
struct BsaleItem
{
    QString sku;
    double stock = 0; ///< at the basic office
    double net = 10000; ///< net price in the basic price list (gross = net * 1.19)
    QString description = QStringLiteral("Única");
    QString barcode;
    int state = 0;
    QList<QPair<int, QString>> attributes; ///< (attribute id, value)
};

/** A variant with SKU `sku` and `stock` units at the basic office. */
inline BsaleItem item(const QString &sku, double stock = 0)
{
    BsaleItem out;
    out.sku = sku;
    out.stock = stock;
    return out;
}

class SyncTestShop
{
public:
    static constexpr const char *kBsaleToken = "sync-test-bsale-token-7c1e";

    SyncTestShop()
    {
        bsale.setAccessToken(QString::fromLatin1(kBsaleToken));
        bsale.setRateLimitEnabled(false);
        bsale.start();
        basics = bsale.seedBasics();
        fakes::jumpseller::RateLimitConfig limits;
        limits.enabled = false;
        store.setRateLimits(limits);
        store.start();
        journal = std::make_unique<Journal>(dir.filePath(QStringLiteral("puente.sqlite")));
        journalError = journal->open();
    }

    SyncSettings settings() const
    {
        SyncSettings s;
        s.bsaleBaseUrl = bsale.baseUrl();
        s.jumpsellerBaseUrl = store.baseUrl().resolved(QUrl(QStringLiteral("/v1")));
        s.officeIds = {basics.officeId};
        s.priceListId = basics.priceListId;
        s.requestTimeoutMs = 5000;
        s.retryAttempts = 2;
        s.retryBaseDelayMs = 20;
        return s;
    }

    SyncCredentials credentials() const
    {
        return SyncCredentials {QByteArray(kBsaleToken), store.login(), store.authToken()};
    }

    /** A Bsale product with `items` as its variants; returns the product id, fills `variantIds`. */
    int bsaleProduct(const QString &name, const QList<BsaleItem> &items, QList<int> *variantIds = nullptr,
                     int productTypeId = 0, int brandId = 0, int state = 0)
    {
        fakes::bsale::Product product;
        product.name = name;
        product.productTypeId = productTypeId;
        product.brandId = brandId;
        product.state = state;
        const int productId = bsale.addProduct(product);
        for (const BsaleItem &item : items) {
            fakes::bsale::Variant variant;
            variant.productId = productId;
            variant.code = item.sku;
            variant.barCode = item.barcode;
            variant.description = item.description;
            variant.state = item.state;
            const int id = bsale.addVariant(variant, item.attributes);
            if (item.stock != 0)
                bsale.setStock(id, basics.officeId, item.stock);
            bsale.setPrice(basics.priceListId, id, item.net);
            if (variantIds)
                variantIds->append(id);
        }
        return productId;
    }

    /** A store product without variants. */
    int storeProduct(const QString &name, const QString &sku, int stock = 0, double price = 11900)
    {
        fakes::jumpseller::ProductSeed seed;
        seed.name = name;
        seed.sku = sku;
        seed.stock = stock;
        seed.price = price;
        return store.addProduct(seed);
    }

    QTemporaryDir dir;
    fakes::FakeBsale bsale;
    fakes::FakeJumpseller store;
    fakes::FakeBsale::Basics basics;
    std::unique_ptr<Journal> journal;
    std::optional<JournalError> journalError;
};

} // namespace puente::test
