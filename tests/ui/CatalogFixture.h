#pragma once

// A real journal file in a QTemporaryDir, filled with catalogue rows, links and events through
// plain SQL: what the sync engine would have written. For the Products and Activity page tests.

#include "domain/StoreVariant.h"
#include "journal/Journal.h"

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QTemporaryDir>

#include <memory>
#include <optional>
#include <utility>

namespace puente::test {

struct ErpRowSpec
{
    ErpRowSpec(qint64 variantId_, qint64 productId_, QString product_, QString description_, QString sku_,
               std::optional<qint64> price_ = {}, double available_ = 0, QString barcode_ = {}, bool active_ = true)
        : variantId(variantId_)
        , productId(productId_)
        , product(std::move(product_))
        , description(std::move(description_))
        , sku(std::move(sku_))
        , price(price_)
        , available(available_)
        , barcode(std::move(barcode_))
        , active(active_)
    { }

    qint64 variantId = 0;
    qint64 productId = 0;
    QString product;
    QString description;
    QString sku;
    std::optional<qint64> price;
    double available = 0;
    QString barcode;
    bool active = true;
    bool unlimited = false;
};

struct StoreRowSpec
{
    StoreRowSpec(StoreVariantKey key_, QString product_, QString variant_, QString sku_,
                 std::optional<qint64> price_ = {}, std::optional<qint64> stock_ = {},
                 QString status_ = QStringLiteral("available"), QString barcode_ = {})
        : key(key_)
        , product(std::move(product_))
        , variant(std::move(variant_))
        , sku(std::move(sku_))
        , price(price_)
        , stock(stock_)
        , status(std::move(status_))
        , barcode(std::move(barcode_))
    { }

    StoreVariantKey key;
    QString product;
    QString variant;
    QString sku;
    std::optional<qint64> price;
    std::optional<qint64> stock;
    QString status = QStringLiteral("available");
    QString barcode;
};

class CatalogFixture
{
public:
    CatalogFixture();
    ~CatalogFixture();
    Q_DISABLE_COPY_MOVE(CatalogFixture)

    bool isValid() const { return m_journal && m_journal->isOpen(); }
    Journal &journal() const { return *m_journal; }

    bool addErp(const QList<ErpRowSpec> &rows) const;
    bool addStore(const QList<StoreRowSpec> &rows) const;
    bool addLink(qint64 erpVariantId, const StoreVariantKey &store, const QString &how = QStringLiteral("sku")) const;
    bool removeLink(qint64 erpVariantId) const;
    /** A row of link_issues (the sync engine's table; created here if the schema lacks it). */
    bool addIssue(qint64 erpVariantId, const StoreVariantKey &store, const QString &detail) const;
    /** `count` Bsale variants and `count` store items, 2.5 variants per product, every other linked. */
    bool fillLarge(int count) const;

private:
    bool exec(const QString &sql) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
};

} // namespace puente::test
