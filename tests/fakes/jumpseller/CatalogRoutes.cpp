#include "jumpseller/CatalogRoutes.h"

#include <QtCore/QSet>

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::jumpseller {

namespace {

const QString kId = u"(\\d+)"_s;

QString v1(const QString &path)
{
    return u"/v1"_s + path;
}

} // namespace

CatalogRoutes::CatalogRoutes(Shop &shop, const ApiOptions &options)
    : m_shop(shop)
    , m_options(options)
{ }

void CatalogRoutes::install(HttpFake &server)
{
    const auto get = [this, &server](const QString &path, auto method) {
        server.route("GET", v1(path), [this, method](const HttpFakeRequest &r) { return (this->*method)(r); });
    };
    const auto write = [this, &server](const QByteArray &verb, const QString &path, auto method) {
        server.route(verb, v1(path), [this, method](const HttpFakeRequest &r) { return (this->*method)(r); });
    };
    const auto counted = [this, &server](const QString &path, auto method, bool count) {
        server.route("GET", v1(path),
                     [this, method, count](const HttpFakeRequest &r) { return (this->*method)(r, count); });
    };

    server.route("GET", v1(u"/products/count\\.json"_s),
                 [this](const HttpFakeRequest &) { return Replies::count(m_shop.catalog().productIds().size()); });
    get(u"/products\\.json"_s, &CatalogRoutes::listProducts);
    write("POST", u"/products\\.json"_s, &CatalogRoutes::createProduct);
    get(u"/products/after/"_s + kId + u"\\.json"_s, &CatalogRoutes::productsAfter);
    counted(u"/products/status/([^/]+)/count\\.json"_s, &CatalogRoutes::productsByStatus, true);
    counted(u"/products/status/([^/]+)\\.json"_s, &CatalogRoutes::productsByStatus, false);
    counted(u"/products/category/"_s + kId + u"/count\\.json"_s, &CatalogRoutes::productsByCategory, true);
    counted(u"/products/category/"_s + kId + u"\\.json"_s, &CatalogRoutes::productsByCategory, false);
    get(u"/products/search\\.json"_s, &CatalogRoutes::searchProducts);
    get(u"/products/"_s + kId + u"\\.json"_s, &CatalogRoutes::getProduct);
    write("PUT", u"/products/"_s + kId + u"\\.json"_s, &CatalogRoutes::updateProduct);
    write("DELETE", u"/products/"_s + kId + u"\\.json"_s, &CatalogRoutes::deleteProduct);

    counted(u"/products/"_s + kId + u"/variants/count\\.json"_s, &CatalogRoutes::listVariants, true);
    counted(u"/products/"_s + kId + u"/variants\\.json"_s, &CatalogRoutes::listVariants, false);
    write("POST", u"/products/"_s + kId + u"/variants\\.json"_s, &CatalogRoutes::createVariant);
    get(u"/products/"_s + kId + u"/variants/"_s + kId + u"\\.json"_s, &CatalogRoutes::getVariant);
    write("PUT", u"/products/"_s + kId + u"/variants/"_s + kId + u"\\.json"_s, &CatalogRoutes::updateVariant);

    counted(u"/products/"_s + kId + u"/options/count\\.json"_s, &CatalogRoutes::listOptions, true);
    counted(u"/products/"_s + kId + u"/options\\.json"_s, &CatalogRoutes::listOptions, false);
    write("POST", u"/products/"_s + kId + u"/options\\.json"_s, &CatalogRoutes::createOption);
    get(u"/products/"_s + kId + u"/options/"_s + kId + u"\\.json"_s, &CatalogRoutes::getOption);
    counted(u"/products/"_s + kId + u"/options/"_s + kId + u"/values/count\\.json"_s, &CatalogRoutes::listOptionValues,
            true);
    counted(u"/products/"_s + kId + u"/options/"_s + kId + u"/values\\.json"_s, &CatalogRoutes::listOptionValues,
            false);
    write("POST", u"/products/"_s + kId + u"/options/"_s + kId + u"/values\\.json"_s,
          &CatalogRoutes::createOptionValue);

    counted(u"/products/"_s + kId + u"/fields/count\\.json"_s, &CatalogRoutes::listProductFields, true);
    counted(u"/products/"_s + kId + u"/fields\\.json"_s, &CatalogRoutes::listProductFields, false);
    write("POST", u"/products/"_s + kId + u"/fields\\.json"_s, &CatalogRoutes::addProductField);
    get(u"/custom_fields\\.json"_s, &CatalogRoutes::listCustomFields);
    get(u"/custom_fields/"_s + kId + u"\\.json"_s, &CatalogRoutes::getCustomField);

    server.route("GET", v1(u"/categories/count\\.json"_s),
                 [this](const HttpFakeRequest &) { return Replies::count(m_shop.catalog().categoryIds().size()); });
    get(u"/categories\\.json"_s, &CatalogRoutes::listCategories);
    write("POST", u"/categories\\.json"_s, &CatalogRoutes::createCategory);
    get(u"/categories/"_s + kId + u"\\.json"_s, &CatalogRoutes::getCategory);
    write("PUT", u"/categories/"_s + kId + u"\\.json"_s, &CatalogRoutes::updateCategory);
    write("DELETE", u"/categories/"_s + kId + u"\\.json"_s, &CatalogRoutes::deleteCategory);
}

// --- Products -------------------------------------------------------------------------------

HttpFakeResponse CatalogRoutes::productNotFound() const
{
    return Replies::message(404, u"Product Not Found."_s);
}

HttpFakeResponse CatalogRoutes::productList(const std::vector<int> &ids) const
{
    return Replies::list(ids, [this](int id) { return m_shop.wrappedProduct(id); });
}

HttpFakeResponse CatalogRoutes::listProducts(const HttpFakeRequest &request) const
{
    const Paging paging = Paging::from(request);
    return productList(m_shop.catalog().productIds().page(paging.page, paging.limit));
}

HttpFakeResponse CatalogRoutes::productsAfter(const HttpFakeRequest &request) const
{
    // "products with id > {id}", ascending, paged like every list (§1.5 [INFERRED]).
    const Paging paging = Paging::from(request);
    return productList(m_shop.catalog().productIds().pageAfter(Replies::idCapture(request), paging.page, paging.limit));
}

HttpFakeResponse CatalogRoutes::productsByStatus(const HttpFakeRequest &request, bool count) const
{
    const QString status = request.captures.value(1);
    if (!productStatuses().contains(status))
        return Replies::message(404, u"Status Invalid."_s);
    const SortedIds &ids = m_shop.catalog().productsWithStatus(status);
    if (count)
        return Replies::count(ids.size());
    const Paging paging = Paging::from(request);
    return productList(ids.page(paging.page, paging.limit));
}

HttpFakeResponse CatalogRoutes::productsByCategory(const HttpFakeRequest &request, bool count) const
{
    const int categoryId = Replies::idCapture(request);
    // DOCS-AMBIGUITY: the spec's 404 for this route reads "Product Not Found."; the fake answers
    // it for an unknown category in the same {"message"} shape with a clearer text.
    if (!m_shop.catalog().category(categoryId))
        return Replies::message(404, u"Category Not Found."_s);
    const SortedIds &ids = m_shop.catalog().productsInCategory(categoryId);
    if (count)
        return Replies::count(ids.size());
    const Paging paging = Paging::from(request);
    return productList(ids.page(paging.page, paging.limit));
}

HttpFakeResponse CatalogRoutes::searchProducts(const HttpFakeRequest &request) const
{
    const QString query = request.queryValue(u"query"_s).trimmed();
    QStringList fields;
    for (const QString &field : request.queryValue(u"fields"_s).split(u',', Qt::SkipEmptyParts))
        fields.append(field.trimmed());
    for (const QString &field : std::as_const(fields)) {
        if (!Catalog::searchFields().contains(field))
            return Replies::message(404, u"Invalid query."_s);
    }
    if (SearchIndex::words(query).isEmpty())
        return Replies::message(404, u"Invalid query."_s);
    std::vector<int> ids = m_shop.catalog().search(query, fields);

    const QString status = request.queryValue(u"status"_s).trimmed();
    QSet<int> categories;
    for (const QString &id : request.queryValue(u"categories"_s).split(u',', Qt::SkipEmptyParts))
        categories.insert(id.trimmed().toInt());
    if (!status.isEmpty() || !categories.isEmpty()) {
        std::erase_if(ids, [&](int id) {
            const Product *p = m_shop.catalog().product(id);
            if (!p)
                return true;
            const bool statusOk = status.isEmpty() || (status == u"featured"_s ? p->featured : p->status == status);
            bool categoryOk = categories.isEmpty();
            for (const int categoryId : p->categoryIds)
                categoryOk = categoryOk || categories.contains(categoryId);
            return !(statusOk && categoryOk);
        });
    }
    // DOCS-AMBIGUITY: the spec lists no page/limit here; the fake pages search results too.
    const Paging paging = Paging::from(request);
    return productList(SortedIds::slice(ids, paging.page, paging.limit, false));
}

HttpFakeResponse CatalogRoutes::getProduct(const HttpFakeRequest &request) const
{
    const int id = Replies::idCapture(request);
    if (!m_shop.catalog().product(id))
        return productNotFound();
    return HttpFakeResponse::json(200, m_shop.wrappedProduct(id));
}

QStringList CatalogRoutes::applyProduct(Product &p, const QJsonObject &f, bool *stockChanged) const
{
    QStringList errors;
    const auto setText = [&f](const QString &key, QString &target) {
        if (f.contains(key))
            target = Replies::string(f.value(key));
    };
    setText(u"name"_s, p.name);
    setText(u"description"_s, p.description);
    setText(u"page_title"_s, p.pageTitle);
    setText(u"meta_description"_s, p.metaDescription);
    setText(u"sku"_s, p.sku);
    setText(u"barcode"_s, p.barcode);
    // DOCS-AMBIGUITY: `brand` is absent from ProductCreateFields/ProductEditFields; the fake
    // accepts it anyway, as the admin panel sets it.
    setText(u"brand"_s, p.brand);
    if (f.contains(u"type"_s)) {
        const QString type = f.value(u"type"_s).toString();
        if (type == u"physical"_s || type == u"digital"_s || type == u"gift_card"_s)
            p.type = type;
        else
            errors << u"Type is not included in the list"_s;
    }
    if (f.contains(u"status"_s)) {
        const QString status = f.value(u"status"_s).toString();
        if (productStatuses().contains(status))
            p.status = status;
        else
            errors << u"Status is not included in the list"_s;
    }
    if (f.contains(u"package_format"_s)) {
        const QString format = f.value(u"package_format"_s).toString();
        if (format == u"box"_s || format == u"cylinder"_s)
            p.packageFormat = format;
        else
            errors << u"Package format is not included in the list"_s;
    }
    if (f.contains(u"price"_s)) {
        if (const auto price = Replies::number(f.value(u"price"_s)); price && *price >= 0)
            p.price = *price;
        else
            errors << u"Price is not a number"_s;
    }
    if (const auto weight = Replies::number(f.value(u"weight"_s)))
        p.weight = *weight;
    if (f.contains(u"cost_per_item"_s))
        p.costPerItem = Replies::number(f.value(u"cost_per_item"_s));
    if (f.contains(u"compare_at_price"_s))
        p.compareAtPrice = Replies::number(f.value(u"compare_at_price"_s));
    if (f.contains(u"stock"_s)) {
        const auto stock = Replies::integer(f.value(u"stock"_s));
        if (!stock)
            errors << u"Stock is not a number"_s;
        // DOCS-AMBIGUITY: a product with variants keeps stock per variant (§2.3); a product-level
        // stock sent for it is ignored rather than refused.
        else if (p.variantIds.isEmpty() && p.stock != *stock) {
            p.stock = *stock;
            *stockChanged = true;
        }
    }
    if (const auto unlimited = Replies::boolean(f.value(u"stock_unlimited"_s));
        unlimited && *unlimited != p.stockUnlimited) {
        p.stockUnlimited = *unlimited;
        *stockChanged = true;
    }
    if (const auto threshold = Replies::integer(f.value(u"stock_threshold"_s)))
        p.stockThreshold = *threshold;
    if (const auto notify = Replies::boolean(f.value(u"stock_notification"_s)))
        p.stockNotification = *notify;
    if (const auto featured = Replies::boolean(f.value(u"featured"_s)))
        p.featured = *featured;
    if (const auto shipping = Replies::boolean(f.value(u"shipping_required"_s)))
        p.shippingRequired = *shipping;
    if (f.value(u"categories"_s).isArray()) {
        // §2.6 [UNVERIFIED]: categories as [{"id": 5}]; ids of unknown categories are dropped.
        p.categoryIds.clear();
        for (const QJsonValue &entry : f.value(u"categories"_s).toArray()) {
            const int id = entry.isObject() ? Replies::integer(entry.toObject().value(u"id"_s)).value_or(0)
                                            : Replies::integer(entry).value_or(0);
            if (m_shop.catalog().category(id) && !p.categoryIds.contains(id))
                p.categoryIds.append(id);
        }
    }
    return errors;
}

HttpFakeResponse CatalogRoutes::createProduct(const HttpFakeRequest &request)
{
    HttpFakeResponse error;
    const auto fields = Replies::body(request, u"product"_s, &error);
    if (!fields)
        return error;
    QStringList errors;
    if (Replies::string(fields->value(u"name"_s)).trimmed().isEmpty())
        errors << u"Name can't be blank"_s;
    if (!fields->contains(u"price"_s))
        errors << u"Price can't be blank"_s;
    Product product;
    product.stock = 100; // ProductCreateFields.stock default
    bool stockChanged = false;
    errors << applyProduct(product, *fields, &stockChanged);
    QList<QPair<Variant, QList<QPair<QString, QString>>>> variants;
    for (const QJsonValue &entry : fields->value(u"variants"_s).toArray()) {
        const QJsonObject object = entry.toObject();
        const QJsonObject variantFields =
            object.value(u"variant"_s).isObject() ? object.value(u"variant"_s).toObject() : object;
        Variant variant;
        variant.price = product.price;
        variant.stock = 100;
        errors << applyVariant(variant, variantFields, &stockChanged);
        variants.append({variant, variantOptions(variantFields)});
    }
    if (!errors.isEmpty())
        return Replies::errors(errors);
    Catalog &catalog = m_shop.catalog();
    const int id = catalog.addProduct(product);
    for (const auto &[variant, options] : std::as_const(variants))
        catalog.addVariant(id, variant, options);
    m_shop.productCreated(id);
    return Replies::object(u"product"_s, m_shop.productJson(id), m_options.createStatus);
}

HttpFakeResponse CatalogRoutes::updateProduct(const HttpFakeRequest &request)
{
    const int id = Replies::idCapture(request);
    const Product *existing = m_shop.catalog().product(id);
    if (!existing)
        return productNotFound();
    HttpFakeResponse error;
    const auto fields = Replies::body(request, u"product"_s, &error);
    if (!fields)
        return error;
    // DOCS-AMBIGUITY: ProductEditFields marks name and price required, yet clients send partial
    // updates ({"product":{"stock":5}}, §2.8); the fake applies whatever fields are present.
    Product edited = *existing;
    bool stockChanged = false;
    const QStringList errors = applyProduct(edited, *fields, &stockChanged);
    if (!errors.isEmpty())
        return Replies::errors(errors);
    m_shop.catalog().editProduct(id, [&edited](Product &p) { p = edited; });
    m_shop.productUpdated(id, stockChanged);
    return HttpFakeResponse::json(200, m_shop.wrappedProduct(id));
}

HttpFakeResponse CatalogRoutes::deleteProduct(const HttpFakeRequest &request)
{
    const int id = Replies::idCapture(request);
    if (!m_shop.catalog().product(id))
        return productNotFound();
    const QJsonObject snapshot = m_shop.wrappedProduct(id);
    m_shop.catalog().removeProduct(id);
    m_shop.productDeleted(snapshot);
    return Replies::deleted(u"Product"_s);
}

// --- Variants -------------------------------------------------------------------------------

QJsonObject CatalogRoutes::wrappedVariant(int variantId) const
{
    const Variant *v = m_shop.catalog().variant(variantId);
    return Serializer::wrap(u"variant"_s, v ? m_shop.serializer().variant(*v) : QJsonObject());
}

QStringList CatalogRoutes::applyVariant(Variant &v, const QJsonObject &f, bool *stockChanged)
{
    QStringList errors;
    if (f.contains(u"sku"_s))
        v.sku = Replies::string(f.value(u"sku"_s));
    if (f.contains(u"barcode"_s))
        v.barcode = Replies::string(f.value(u"barcode"_s));
    if (f.contains(u"price"_s)) {
        if (const auto price = Replies::number(f.value(u"price"_s)); price && *price >= 0)
            v.price = *price;
        else
            errors << u"Price is not a number"_s;
    }
    if (f.contains(u"stock"_s)) {
        // §2.3: variant stock is set absolutely, never as a delta.
        if (const auto stock = Replies::integer(f.value(u"stock"_s))) {
            *stockChanged = *stockChanged || v.stock != *stock;
            v.stock = *stock;
        } else {
            errors << u"Stock is not a number"_s;
        }
    }
    if (const auto unlimited = Replies::boolean(f.value(u"stock_unlimited"_s));
        unlimited && *unlimited != v.stockUnlimited) {
        v.stockUnlimited = *unlimited;
        *stockChanged = true;
    }
    if (const auto threshold = Replies::integer(f.value(u"stock_threshold"_s)))
        v.stockThreshold = *threshold;
    if (const auto notify = Replies::boolean(f.value(u"stock_notification"_s)))
        v.stockNotification = *notify;
    if (f.contains(u"cost_per_item"_s))
        v.costPerItem = Replies::number(f.value(u"cost_per_item"_s));
    if (f.contains(u"compare_at_price"_s))
        v.compareAtPrice = Replies::number(f.value(u"compare_at_price"_s));
    return errors;
}

QList<QPair<QString, QString>> CatalogRoutes::variantOptions(const QJsonObject &fields)
{
    QList<QPair<QString, QString>> options;
    for (const QJsonValue &entry : fields.value(u"options"_s).toArray()) {
        const QJsonObject option = entry.toObject();
        const QString name = Replies::string(option.value(u"name"_s)).trimmed();
        const QString value = Replies::string(option.value(u"value"_s)).trimmed();
        if (!name.isEmpty() && !value.isEmpty())
            options.append({name, value});
    }
    return options;
}

HttpFakeResponse CatalogRoutes::listVariants(const HttpFakeRequest &request, bool count) const
{
    const Product *p = m_shop.catalog().product(Replies::idCapture(request));
    if (!p)
        return productNotFound();
    if (count)
        return Replies::count(int(p->variantIds.size()));
    const Paging paging = Paging::from(request);
    const std::vector<int> all(p->variantIds.cbegin(), p->variantIds.cend());
    return Replies::list(SortedIds::slice(all, paging.page, paging.limit, false),
                         [this](int id) { return wrappedVariant(id); });
}

HttpFakeResponse CatalogRoutes::getVariant(const HttpFakeRequest &request) const
{
    const Variant *v = m_shop.catalog().variant(Replies::idCapture(request, 2));
    if (!v || v->productId != Replies::idCapture(request))
        return productNotFound();
    return HttpFakeResponse::json(200, wrappedVariant(v->id));
}

HttpFakeResponse CatalogRoutes::createVariant(const HttpFakeRequest &request)
{
    const int productId = Replies::idCapture(request);
    const Product *p = m_shop.catalog().product(productId);
    if (!p)
        return productNotFound();
    HttpFakeResponse error;
    const auto fields = Replies::body(request, u"variant"_s, &error);
    if (!fields)
        return error;
    Variant variant;
    variant.price = p->price;
    variant.stock = 100; // VariantEditFields.stock default
    bool stockChanged = false;
    const QStringList errors = applyVariant(variant, *fields, &stockChanged);
    if (!errors.isEmpty())
        return Replies::errors(errors);
    QString refusal;
    const int id = m_shop.catalog().addVariant(productId, variant, variantOptions(*fields), &refusal);
    if (id == 0)
        return Replies::errors({refusal});
    m_shop.productUpdated(productId, true);
    return HttpFakeResponse::json(m_options.createStatus, wrappedVariant(id));
}

HttpFakeResponse CatalogRoutes::updateVariant(const HttpFakeRequest &request)
{
    const int productId = Replies::idCapture(request);
    const Variant *existing = m_shop.catalog().variant(Replies::idCapture(request, 2));
    if (!existing || existing->productId != productId)
        return productNotFound();
    HttpFakeResponse error;
    const auto fields = Replies::body(request, u"variant"_s, &error);
    if (!fields)
        return error;
    Variant edited = *existing;
    bool stockChanged = false;
    const QStringList errors = applyVariant(edited, *fields, &stockChanged);
    if (!errors.isEmpty())
        return Replies::errors(errors);
    m_shop.catalog().editVariant(edited.id, [&edited](Variant &v) { v = edited; });
    m_shop.productUpdated(productId, stockChanged);
    return HttpFakeResponse::json(200, wrappedVariant(edited.id));
}

// --- Options --------------------------------------------------------------------------------

HttpFakeResponse CatalogRoutes::listOptions(const HttpFakeRequest &request, bool count) const
{
    const Product *p = m_shop.catalog().product(Replies::idCapture(request));
    if (!p)
        return productNotFound();
    if (count)
        return Replies::count(int(p->options.size()));
    QJsonArray out;
    for (const ProductOption &option : p->options)
        out.append(Serializer::wrap(u"option"_s, m_shop.serializer().option(option)));
    return HttpFakeResponse::json(200, out);
}

HttpFakeResponse CatalogRoutes::getOption(const HttpFakeRequest &request) const
{
    const ProductOption *option = m_shop.catalog().option(Replies::idCapture(request), Replies::idCapture(request, 2));
    if (!option)
        return productNotFound();
    return Replies::object(u"option"_s, m_shop.serializer().option(*option));
}

HttpFakeResponse CatalogRoutes::createOption(const HttpFakeRequest &request)
{
    const int productId = Replies::idCapture(request);
    if (!m_shop.catalog().product(productId))
        return productNotFound();
    HttpFakeResponse error;
    const auto fields = Replies::body(request, u"option"_s, &error);
    if (!fields)
        return error;
    const QString name = Replies::string(fields->value(u"name"_s)).trimmed();
    const QString type = fields->value(u"option_type"_s).toString(u"option"_s);
    static const QStringList types {u"option"_s, u"input"_s, u"text"_s, u"file"_s, u"color"_s, u"checklist"_s};
    QStringList errors;
    if (name.isEmpty())
        errors << u"Name can't be blank"_s;
    if (!types.contains(type))
        errors << u"Option type is not included in the list"_s;
    if (!errors.isEmpty())
        return Replies::errors(errors);
    const int id = m_shop.catalog().addOption(productId, name, type);
    m_shop.productUpdated(productId, false);
    return Replies::object(u"option"_s, m_shop.serializer().option(*m_shop.catalog().option(productId, id)),
                           m_options.createStatus);
}

HttpFakeResponse CatalogRoutes::listOptionValues(const HttpFakeRequest &request, bool count) const
{
    const ProductOption *option = m_shop.catalog().option(Replies::idCapture(request), Replies::idCapture(request, 2));
    if (!option)
        return productNotFound();
    if (count)
        return Replies::count(int(option->values.size()));
    QJsonArray out;
    for (const OptionValue &value : option->values)
        out.append(Serializer::wrap(u"value"_s, m_shop.serializer().optionValue(value)));
    return HttpFakeResponse::json(200, out);
}

HttpFakeResponse CatalogRoutes::createOptionValue(const HttpFakeRequest &request)
{
    const int productId = Replies::idCapture(request);
    const int optionId = Replies::idCapture(request, 2);
    if (!m_shop.catalog().option(productId, optionId))
        return productNotFound();
    HttpFakeResponse error;
    const auto fields = Replies::body(request, u"value"_s, &error);
    if (!fields)
        return error;
    const QString name = Replies::string(fields->value(u"name"_s)).trimmed();
    if (name.isEmpty())
        return Replies::errors({u"Name can't be blank"_s});
    const int id = m_shop.catalog().addOptionValue(productId, optionId, name, fields->value(u"custom"_s).toString());
    m_shop.productUpdated(productId, false);
    for (const OptionValue &value : m_shop.catalog().option(productId, optionId)->values) {
        if (value.id == id)
            return Replies::object(u"value"_s, m_shop.serializer().optionValue(value), m_options.createStatus);
    }
    return productNotFound();
}

// --- Custom fields --------------------------------------------------------------------------

HttpFakeResponse CatalogRoutes::listProductFields(const HttpFakeRequest &request, bool count) const
{
    const Product *p = m_shop.catalog().product(Replies::idCapture(request));
    if (!p)
        return productNotFound();
    if (count)
        return Replies::count(int(p->fields.size()));
    QJsonArray out;
    for (const ProductField &field : p->fields)
        out.append(Serializer::wrap(u"field"_s, m_shop.serializer().productField(*p, field)));
    return HttpFakeResponse::json(200, out);
}

HttpFakeResponse CatalogRoutes::addProductField(const HttpFakeRequest &request)
{
    const int productId = Replies::idCapture(request);
    if (!m_shop.catalog().product(productId))
        return productNotFound();
    HttpFakeResponse error;
    const auto fields = Replies::body(request, u"field"_s, &error);
    if (!fields)
        return error;
    const CustomField *definition = m_shop.catalog().customField(Replies::integer(fields->value(u"id"_s)).value_or(0));
    if (!definition)
        return Replies::message(404, u"Custom Field Not Found."_s);
    const QString value = Replies::string(fields->value(u"value"_s));
    const QJsonArray variants = fields->value(u"variants"_s).toArray();
    if (variants.isEmpty())
        m_shop.catalog().addProductField(productId, definition->label, value);
    for (const QJsonValue &variant : variants)
        m_shop.catalog().addProductField(productId, definition->label, value, Replies::integer(variant).value_or(0));
    m_shop.productUpdated(productId, false);
    // The spec answers this POST with the Product, not the field.
    return HttpFakeResponse::json(m_options.createStatus, m_shop.wrappedProduct(productId));
}

HttpFakeResponse CatalogRoutes::listCustomFields(const HttpFakeRequest &request) const
{
    const Paging paging = Paging::from(request);
    return Replies::list(m_shop.catalog().customFieldIds().page(paging.page, paging.limit), [this](int id) {
        return Serializer::wrap(u"custom_field"_s, m_shop.serializer().customField(*m_shop.catalog().customField(id)));
    });
}

HttpFakeResponse CatalogRoutes::getCustomField(const HttpFakeRequest &request) const
{
    const CustomField *field = m_shop.catalog().customField(Replies::idCapture(request));
    if (!field)
        return Replies::message(404, u"Custom Field Not Found."_s);
    return Replies::object(u"custom_field"_s, m_shop.serializer().customField(*field));
}

// --- Categories -----------------------------------------------------------------------------

HttpFakeResponse CatalogRoutes::listCategories(const HttpFakeRequest &request) const
{
    // DOCS-AMBIGUITY: the spec types GET /categories.json as one Category; like every other list
    // (and every client) the fake answers an array of {"category": {...}}, paged.
    const Paging paging = Paging::from(request);
    return Replies::list(m_shop.catalog().categoryIds().page(paging.page, paging.limit), [this](int id) {
        return Serializer::wrap(u"category"_s, m_shop.serializer().category(*m_shop.catalog().category(id)));
    });
}

HttpFakeResponse CatalogRoutes::getCategory(const HttpFakeRequest &request) const
{
    const Category *category = m_shop.catalog().category(Replies::idCapture(request));
    if (!category)
        return Replies::message(404, u"Category Not Found."_s);
    return Replies::object(u"category"_s, m_shop.serializer().category(*category));
}

HttpFakeResponse CatalogRoutes::createCategory(const HttpFakeRequest &request)
{
    HttpFakeResponse error;
    const auto fields = Replies::body(request, u"category"_s, &error);
    if (!fields)
        return error;
    const QString name = Replies::string(fields->value(u"name"_s)).trimmed();
    if (name.isEmpty())
        return Replies::errors({u"Name can't be blank"_s});
    const int parentId = Replies::integer(fields->value(u"parent_id"_s)).value_or(0);
    if (parentId != 0 && !m_shop.catalog().category(parentId))
        return Replies::message(404, u"Category Not Found."_s);
    const int id = m_shop.catalog().addCategory(name, parentId);
    return Replies::object(u"category"_s, m_shop.serializer().category(*m_shop.catalog().category(id)),
                           m_options.createStatus);
}

HttpFakeResponse CatalogRoutes::updateCategory(const HttpFakeRequest &request)
{
    const int id = Replies::idCapture(request);
    if (!m_shop.catalog().category(id))
        return Replies::message(404, u"Category Not Found."_s);
    HttpFakeResponse error;
    const auto fields = Replies::body(request, u"category"_s, &error);
    if (!fields)
        return error;
    std::optional<int> parentId;
    if (fields->contains(u"parent_id"_s))
        parentId = Replies::integer(fields->value(u"parent_id"_s)).value_or(0);
    m_shop.catalog().renameCategory(id, Replies::string(fields->value(u"name"_s)).trimmed(), parentId);
    return Replies::object(u"category"_s, m_shop.serializer().category(*m_shop.catalog().category(id)));
}

HttpFakeResponse CatalogRoutes::deleteCategory(const HttpFakeRequest &request)
{
    if (!m_shop.catalog().removeCategory(Replies::idCapture(request)))
        return Replies::message(404, u"Category Not Found."_s);
    return Replies::deleted(u"Category"_s);
}

} // namespace puente::fakes::jumpseller
