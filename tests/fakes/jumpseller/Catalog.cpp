#include "jumpseller/Catalog.h"

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::jumpseller {

namespace {

const SortedIds kNoIds;

QString slug(const QString &name)
{
    const QString joined = SearchIndex::words(name).join(u'-');
    return joined.isEmpty() ? u"product"_s : joined;
}

} // namespace

Catalog::Catalog()
    : m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

void Catalog::clear()
{
    Clock clock = std::move(m_clock);
    *this = Catalog();
    m_clock = std::move(clock);
}

// --- Categories -----------------------------------------------------------------------------

int Catalog::addCategory(const QString &name, int parentId)
{
    Category category;
    category.name = name;
    category.parentId = parentId;
    return addCategory(category);
}

int Catalog::addCategory(Category category)
{
    if (category.id <= 0)
        category.id = m_nextCategoryId++;
    else
        m_nextCategoryId = std::max(m_nextCategoryId, category.id + 1);
    if (category.permalink.isEmpty())
        category.permalink = slug(category.name);
    m_categories.insert(category.id, category);
    m_categoryIds.insert(category.id);
    return category.id;
}

const Category *Catalog::category(int id) const
{
    const auto it = m_categories.constFind(id);
    return it == m_categories.constEnd() ? nullptr : &*it;
}

void Catalog::renameCategory(int id, const QString &name, std::optional<int> parentId)
{
    const auto it = m_categories.find(id);
    if (it == m_categories.end())
        return;
    if (!name.isEmpty()) {
        it->name = name;
        it->permalink = slug(name);
    }
    if (parentId)
        it->parentId = *parentId;
}

bool Catalog::removeCategory(int id)
{
    if (!m_categories.remove(id))
        return false;
    m_categoryIds.erase(id);
    const SortedIds members = m_byCategory.take(id);
    for (const int productId : members.ids())
        m_products[productId].categoryIds.removeAll(id);
    return true;
}

// --- Custom fields --------------------------------------------------------------------------

int Catalog::customFieldFor(const QString &label)
{
    const QString key = label.trimmed().toLower();
    if (const auto it = m_customFieldByLabel.constFind(key); it != m_customFieldByLabel.constEnd())
        return *it;
    CustomField field;
    field.id = m_nextCustomFieldId++;
    field.label = label.trimmed();
    m_customFields.insert(field.id, field);
    m_customFieldByLabel.insert(key, field.id);
    m_customFieldIds.insert(field.id);
    return field.id;
}

int Catalog::addCustomField(CustomField field)
{
    if (field.id <= 0)
        field.id = m_nextCustomFieldId++;
    else
        m_nextCustomFieldId = std::max(m_nextCustomFieldId, field.id + 1);
    field.label = field.label.trimmed();
    m_customFields.insert(field.id, field);
    m_customFieldByLabel.insert(field.label.toLower(), field.id);
    m_customFieldIds.insert(field.id);
    return field.id;
}

const CustomField *Catalog::customField(int id) const
{
    const auto it = m_customFields.constFind(id);
    return it == m_customFields.constEnd() ? nullptr : &*it;
}

// --- Products -------------------------------------------------------------------------------

int Catalog::addProduct(Product product)
{
    if (product.id <= 0)
        product.id = m_nextProductId++;
    else
        m_nextProductId = std::max(m_nextProductId, product.id + 1);
    if (product.permalink.isEmpty())
        product.permalink = uniquePermalink(product.name, product.id);
    else
        m_permalinks.insert(product.permalink, product.id);
    const QDateTime now = m_clock();
    if (!product.createdAt.isValid())
        product.createdAt = now;
    product.updatedAt = now;
    product.variantIds.clear(); // variants are added through addVariant()
    for (ProductOption &option : product.options) {
        if (option.id <= 0)
            option.id = m_nextOptionId++;
        for (OptionValue &value : option.values) {
            if (value.id <= 0)
                value.id = m_nextOptionValueId++;
        }
    }
    for (ProductField &field : product.fields) {
        if (field.id <= 0)
            field.id = m_nextFieldId++;
    }
    m_products.insert(product.id, product);
    m_productIds.insert(product.id);
    index(product);
    return product.id;
}

int Catalog::addProduct(const ProductSeed &seed)
{
    Product product;
    product.name = seed.name;
    product.sku = seed.sku;
    product.barcode = seed.barcode;
    product.brand = seed.brand;
    product.description = seed.description;
    product.price = seed.price;
    product.stock = seed.stock;
    product.stockUnlimited = seed.stockUnlimited;
    product.status = seed.status;
    product.imageUrls = seed.imageUrls;
    for (const int categoryId : seed.categoryIds) {
        if (m_categories.contains(categoryId))
            product.categoryIds.append(categoryId);
    }
    const int id = addProduct(product);
    for (const auto &[label, value] : seed.customFields)
        addProductField(id, label, value);
    for (const VariantSeed &variantSeed : seed.variants) {
        Variant variant;
        variant.sku = variantSeed.sku;
        variant.barcode = variantSeed.barcode;
        variant.price = variantSeed.price.value_or(seed.price);
        variant.stock = variantSeed.stock;
        variant.stockUnlimited = variantSeed.stockUnlimited;
        addVariant(id, variant, variantSeed.options);
    }
    return id;
}

const Product *Catalog::product(int id) const
{
    const auto it = m_products.constFind(id);
    return it == m_products.constEnd() ? nullptr : &*it;
}

bool Catalog::editProduct(int id, const std::function<void(Product &)> &edit)
{
    const auto it = m_products.find(id);
    if (it == m_products.end())
        return false;
    unindex(*it);
    const QString oldName = it->name;
    edit(*it);
    if (it->name != oldName && !it->name.isEmpty()) {
        m_permalinks.remove(it->permalink);
        it->permalink = uniquePermalink(it->name, id);
    }
    touch(*it);
    index(*it);
    return true;
}

bool Catalog::removeProduct(int id)
{
    const auto it = m_products.find(id);
    if (it == m_products.end())
        return false;
    for (const int variantId : std::as_const(it->variantIds)) {
        unindexVariant(m_variants.value(variantId));
        m_variants.remove(variantId);
    }
    unindex(*it);
    m_permalinks.remove(it->permalink);
    m_products.erase(it);
    m_productIds.erase(id);
    return true;
}

int Catalog::addProductField(int productId, const QString &label, const QString &value, int variantId)
{
    if (!m_products.contains(productId))
        return 0;
    ProductField field;
    field.id = m_nextFieldId++;
    field.customFieldId = customFieldFor(label);
    field.value = value;
    field.variantId = variantId;
    editProduct(productId, [&field](Product &p) { p.fields.append(field); });
    return field.id;
}

const SortedIds &Catalog::productsWithStatus(const QString &status) const
{
    const auto it = m_byStatus.constFind(status);
    return it == m_byStatus.constEnd() ? kNoIds : *it;
}

const SortedIds &Catalog::productsInCategory(int categoryId) const
{
    const auto it = m_byCategory.constFind(categoryId);
    return it == m_byCategory.constEnd() ? kNoIds : *it;
}

const QStringList &Catalog::searchFields()
{
    static const QStringList fields {u"sku"_s,         u"barcode"_s,       u"brand"_s,
                                     u"name"_s,        u"description"_s,   u"variants"_s,
                                     u"option_name"_s, u"custom_fields"_s, u"custom_fields_selects"_s};
    return fields;
}

std::vector<int> Catalog::search(const QString &query, const QStringList &fields) const
{
    // DOCS-AMBIGUITY: the spec does not say which fields are searched when `fields` is absent;
    // the fake searches the identifying ones a sync engine looks up (name, SKU, barcode, brand,
    // variant SKU/barcode), not descriptions.
    static const QStringList defaults {u"name"_s, u"sku"_s, u"barcode"_s, u"brand"_s, u"variants"_s};
    return m_search.search(query, fields.isEmpty() ? defaults : fields);
}

// --- Options and variants -------------------------------------------------------------------

int Catalog::addOption(int productId, const QString &name, const QString &optionType)
{
    int id = 0;
    editProduct(productId, [&](Product &p) {
        ProductOption option;
        option.id = id = m_nextOptionId++;
        option.name = name;
        option.optionType = optionType.isEmpty() ? u"option"_s : optionType;
        option.position = int(p.options.size()) + 1;
        p.options.append(option);
    });
    return id;
}

int Catalog::addOptionValue(int productId, int optionId, const QString &name, const QString &custom)
{
    int id = 0;
    editProduct(productId, [&](Product &p) {
        for (ProductOption &option : p.options) {
            if (option.id != optionId)
                continue;
            OptionValue value;
            value.id = id = m_nextOptionValueId++;
            value.name = name;
            value.custom = custom;
            value.position = int(option.values.size()) + 1;
            option.values.append(value);
        }
    });
    return id;
}

const ProductOption *Catalog::option(int productId, int optionId) const
{
    const Product *p = product(productId);
    if (!p)
        return nullptr;
    for (const ProductOption &option : p->options) {
        if (option.id == optionId)
            return &option;
    }
    return nullptr;
}

std::pair<int, int> Catalog::findOrCreateOptionValue(Product &product, const QString &option, const QString &value)
{
    ProductOption *target = nullptr;
    for (ProductOption &candidate : product.options) {
        if (candidate.name.compare(option, Qt::CaseInsensitive) == 0)
            target = &candidate;
    }
    if (!target) {
        ProductOption created;
        created.id = m_nextOptionId++;
        created.name = option;
        created.position = int(product.options.size()) + 1;
        product.options.append(created);
        target = &product.options.last();
    }
    for (const OptionValue &candidate : std::as_const(target->values)) {
        if (candidate.name.compare(value, Qt::CaseInsensitive) == 0)
            return {target->id, candidate.id};
    }
    OptionValue created;
    created.id = m_nextOptionValueId++;
    created.name = value;
    created.position = int(target->values.size()) + 1;
    target->values.append(created);
    m_search.add(product.id, u"option_name"_s, value);
    return {target->id, created.id};
}

int Catalog::addVariant(int productId, Variant variant, const QList<QPair<QString, QString>> &options, QString *error)
{
    const auto it = m_products.find(productId);
    if (it == m_products.end()) {
        if (error)
            *error = u"Product Not Found."_s;
        return 0;
    }
    variant.optionValues.clear();
    for (const auto &[optionName, valueName] : options)
        variant.optionValues.append(findOrCreateOptionValue(*it, optionName, valueName));
    if (!variant.optionValues.isEmpty()) {
        for (const int siblingId : std::as_const(it->variantIds)) {
            if (m_variants.value(siblingId).optionValues == variant.optionValues) {
                if (error)
                    *error = u"Variant already exists with the same option values."_s;
                return 0;
            }
        }
    }
    if (variant.id <= 0)
        variant.id = m_nextVariantId++;
    else
        m_nextVariantId = std::max(m_nextVariantId, variant.id + 1);
    variant.productId = productId;
    it->variantIds.append(variant.id);
    touch(*it);
    m_variants.insert(variant.id, variant);
    indexVariant(variant);
    return variant.id;
}

const Variant *Catalog::variant(int id) const
{
    const auto it = m_variants.constFind(id);
    return it == m_variants.constEnd() ? nullptr : &*it;
}

bool Catalog::editVariant(int id, const std::function<void(Variant &)> &edit)
{
    const auto it = m_variants.find(id);
    if (it == m_variants.end())
        return false;
    unindexVariant(*it);
    edit(*it);
    indexVariant(*it);
    if (const auto owner = m_products.find(it->productId); owner != m_products.end())
        touch(*owner);
    return true;
}

// --- Stock ----------------------------------------------------------------------------------

int Catalog::productStock(int productId) const
{
    const Product *p = product(productId);
    if (!p)
        return 0;
    if (p->variantIds.isEmpty())
        return p->stock;
    // DOCS-AMBIGUITY: the spec does not say what product.stock holds once variants exist; the
    // fake shows the sum of the variants with limited stock (stock is kept per variant, §2.3).
    int sum = 0;
    for (const int variantId : p->variantIds) {
        const auto v = m_variants.constFind(variantId);
        if (v != m_variants.constEnd() && !v->stockUnlimited)
            sum += v->stock;
    }
    return sum;
}

bool Catalog::isUnlimited(StockRef ref) const
{
    if (ref.variantId != 0) {
        const Variant *v = variant(ref.variantId);
        return v && v->stockUnlimited;
    }
    const Product *p = product(ref.productId);
    return p && p->stockUnlimited;
}

int Catalog::stockOf(StockRef ref) const
{
    if (ref.variantId != 0) {
        const Variant *v = variant(ref.variantId);
        return v ? v->stock : 0;
    }
    return productStock(ref.productId);
}

bool Catalog::adjustStock(StockRef ref, int delta)
{
    if (isUnlimited(ref))
        return false;
    if (ref.variantId != 0)
        return editVariant(ref.variantId, [delta](Variant &v) { v.stock += delta; });
    const auto it = m_products.find(ref.productId);
    if (it == m_products.end() || !it->variantIds.isEmpty())
        return false;
    it->stock += delta;
    touch(*it);
    return true;
}

std::optional<StockRef> Catalog::findSku(const QString &sku) const
{
    const auto it = m_bySku.constFind(sku.trimmed());
    if (it == m_bySku.constEnd() || it->isEmpty())
        return std::nullopt;
    for (const StockRef &ref : *it) {
        if (ref.variantId != 0)
            return ref;
    }
    return it->first();
}

// --- Indexes --------------------------------------------------------------------------------

void Catalog::index(const Product &p)
{
    m_byStatus[p.status].insert(p.id);
    for (const int categoryId : p.categoryIds)
        m_byCategory[categoryId].insert(p.id);
    m_search.add(p.id, u"name"_s, p.name);
    m_search.add(p.id, u"sku"_s, p.sku);
    m_search.add(p.id, u"barcode"_s, p.barcode);
    m_search.add(p.id, u"brand"_s, p.brand);
    m_search.add(p.id, u"description"_s, p.description);
    for (const ProductOption &option : p.options) {
        for (const OptionValue &value : option.values)
            m_search.add(p.id, u"option_name"_s, value.name);
    }
    for (const ProductField &field : p.fields) {
        m_search.add(p.id, u"custom_fields"_s, field.value);
        m_search.add(p.id, u"custom_fields_selects"_s, field.value);
    }
    if (!p.sku.trimmed().isEmpty())
        m_bySku[p.sku.trimmed()].append({p.id, 0});
}

void Catalog::unindex(const Product &p)
{
    m_byStatus[p.status].erase(p.id);
    for (const int categoryId : p.categoryIds)
        m_byCategory[categoryId].erase(p.id);
    m_search.remove(p.id, u"name"_s, p.name);
    m_search.remove(p.id, u"sku"_s, p.sku);
    m_search.remove(p.id, u"barcode"_s, p.barcode);
    m_search.remove(p.id, u"brand"_s, p.brand);
    m_search.remove(p.id, u"description"_s, p.description);
    for (const ProductOption &option : p.options) {
        for (const OptionValue &value : option.values)
            m_search.remove(p.id, u"option_name"_s, value.name);
    }
    for (const ProductField &field : p.fields) {
        m_search.remove(p.id, u"custom_fields"_s, field.value);
        m_search.remove(p.id, u"custom_fields_selects"_s, field.value);
    }
    if (const auto it = m_bySku.find(p.sku.trimmed()); it != m_bySku.end()) {
        it->removeIf([&p](const StockRef &ref) { return ref.productId == p.id && ref.variantId == 0; });
        if (it->isEmpty())
            m_bySku.erase(it);
    }
}

void Catalog::indexVariant(const Variant &v)
{
    m_search.add(v.productId, u"variants"_s, v.sku);
    m_search.add(v.productId, u"variants"_s, v.barcode);
    if (!v.sku.trimmed().isEmpty())
        m_bySku[v.sku.trimmed()].append({v.productId, v.id});
}

void Catalog::unindexVariant(const Variant &v)
{
    m_search.remove(v.productId, u"variants"_s, v.sku);
    m_search.remove(v.productId, u"variants"_s, v.barcode);
    if (const auto it = m_bySku.find(v.sku.trimmed()); it != m_bySku.end()) {
        it->removeIf([&v](const StockRef &ref) { return ref.variantId == v.id; });
        if (it->isEmpty())
            m_bySku.erase(it);
    }
}

QString Catalog::uniquePermalink(const QString &name, int productId)
{
    // Remembers the next free suffix per base so that 10^5 products named alike stay linear.
    const QString base = slug(name);
    QString candidate = base;
    int &next = m_permalinkSuffix[base];
    while (m_permalinks.contains(candidate))
        candidate = base + u'-' + QString::number(next++ + 2);
    m_permalinks.insert(candidate, productId);
    return candidate;
}

void Catalog::touch(Product &product)
{
    product.updatedAt = m_clock();
}

} // namespace puente::fakes::jumpseller
