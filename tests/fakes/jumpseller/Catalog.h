#pragma once

#include "jumpseller/CatalogTypes.h"
#include "jumpseller/SearchIndex.h"
#include "jumpseller/SortedIds.h"

#include <QtCore/QHash>

#include <functional>
#include <optional>

namespace puente::fakes::jumpseller {

/** Where a unit of stock lives: a product, or one of its variants (`variantId` != 0). */
struct StockRef
{
    int productId = 0;
    int variantId = 0;
};

/**
 * The fake store's catalogue: categories, products, variants, options and custom fields, with
 * the indexes the API needs (by id, status, category, SKU, search words) so that no request
 * scans the whole catalogue. Emits no events; Shop decides what a change means.
 *
 * Ownership: owns its records. Thread affinity: none (used from the fake's thread only).
 */
class Catalog
{
public:
    using Clock = std::function<QDateTime()>;

    Catalog();
    void setClock(Clock clock) { m_clock = std::move(clock); }
    /** Forgets every record and index and restarts the id sequences; keeps the clock. */
    void clear();

    // Categories
    int addCategory(const QString &name, int parentId = 0);
    /** Seeds a category as given: its id (0 = next free) and permalink (empty = from the name). */
    int addCategory(Category category);
    const Category *category(int id) const;
    void renameCategory(int id, const QString &name, std::optional<int> parentId);
    bool removeCategory(int id);
    const SortedIds &categoryIds() const { return m_categoryIds; }

    // Store-level product custom fields
    int customFieldFor(const QString &label);
    /** Seeds a store-level custom field with its id (0 = next free), type and values. */
    int addCustomField(CustomField field);
    const CustomField *customField(int id) const;
    const SortedIds &customFieldIds() const { return m_customFieldIds; }

    // Products
    /** Stores `product` with its id (0 = next free); options, values and fields with id 0 get one. */
    int addProduct(Product product);
    int addProduct(const ProductSeed &seed);
    const Product *product(int id) const;
    /** Applies `edit` and re-indexes the product; false when it does not exist. */
    bool editProduct(int id, const std::function<void(Product &)> &edit);
    bool removeProduct(int id);
    int addProductField(int productId, const QString &label, const QString &value, int variantId = 0);

    const SortedIds &productIds() const { return m_productIds; }
    const SortedIds &productsWithStatus(const QString &status) const;
    const SortedIds &productsInCategory(int categoryId) const;
    /** Search of /products/search.json; `fields` empty = the default field set. */
    std::vector<int> search(const QString &query, const QStringList &fields) const;
    static const QStringList &searchFields();

    // Options and variants
    int addOption(int productId, const QString &name, const QString &optionType = QStringLiteral("option"));
    int addOptionValue(int productId, int optionId, const QString &name, const QString &custom = {});
    const ProductOption *option(int productId, int optionId) const;
    /**
     * Adds a variant whose options are given by (option name, value name); missing options and
     * values are created. Keeps `variant.id` when set (seeding), else assigns the next one.
     * Returns the id, or 0 with `error` set (unknown product, duplicate).
     */
    int addVariant(int productId, Variant variant, const QList<QPair<QString, QString>> &options,
                   QString *error = nullptr);
    const Variant *variant(int id) const;
    bool editVariant(int id, const std::function<void(Variant &)> &edit);
    int variantCount() const { return int(m_variants.size()); }

    // Stock
    /** Product stock as the API shows it: with variants, the sum of the limited variants. */
    int productStock(int productId) const;
    bool isUnlimited(StockRef ref) const;
    int stockOf(StockRef ref) const;
    /** Adds `delta` (negative = takes); no-op and false for unlimited or unknown stock. */
    bool adjustStock(StockRef ref, int delta);
    /** First product or variant whose SKU is exactly `sku` (variants win over products). */
    std::optional<StockRef> findSku(const QString &sku) const;

private:
    void index(const Product &product);
    void unindex(const Product &product);
    void indexVariant(const Variant &variant);
    void unindexVariant(const Variant &variant);
    QString uniquePermalink(const QString &name, int productId);
    std::pair<int, int> findOrCreateOptionValue(Product &product, const QString &option, const QString &value);
    void touch(Product &product);

    Clock m_clock;
    QHash<int, Category> m_categories;
    SortedIds m_categoryIds;
    QHash<int, CustomField> m_customFields;
    QHash<QString, int> m_customFieldByLabel;
    SortedIds m_customFieldIds;
    QHash<int, Product> m_products;
    SortedIds m_productIds;
    QHash<QString, SortedIds> m_byStatus;
    QHash<int, SortedIds> m_byCategory;
    QHash<QString, int> m_permalinks;
    QHash<QString, int> m_permalinkSuffix;
    QHash<int, Variant> m_variants;
    QHash<QString, QList<StockRef>> m_bySku;
    SearchIndex m_search;
    int m_nextCategoryId = 101;
    int m_nextCustomFieldId = 301;
    int m_nextProductId = 1000001;
    int m_nextVariantId = 5000001;
    int m_nextOptionId = 7001;
    int m_nextOptionValueId = 80001;
    int m_nextFieldId = 90001;
};

} // namespace puente::fakes::jumpseller
