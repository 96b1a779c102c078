#pragma once

#include "jumpseller/Replies.h"
#include "jumpseller/Shop.h"

namespace puente::fakes::jumpseller {

/**
 * The /v1 catalogue routes: products (list, single, count, after, status, category, search,
 * create, update, delete), variants, options and option values, product custom fields, store
 * custom fields and categories (§2).
 *
 * Ownership: borrows the shop and the options; the fake that installs it owns all three.
 * Thread affinity: the fake's thread.
 */
class CatalogRoutes
{
public:
    CatalogRoutes(Shop &shop, const ApiOptions &options);
    void install(HttpFake &server);

private:
    HttpFakeResponse listProducts(const HttpFakeRequest &request) const;
    HttpFakeResponse productsAfter(const HttpFakeRequest &request) const;
    HttpFakeResponse productsByStatus(const HttpFakeRequest &request, bool count) const;
    HttpFakeResponse productsByCategory(const HttpFakeRequest &request, bool count) const;
    HttpFakeResponse searchProducts(const HttpFakeRequest &request) const;
    HttpFakeResponse getProduct(const HttpFakeRequest &request) const;
    HttpFakeResponse createProduct(const HttpFakeRequest &request);
    HttpFakeResponse updateProduct(const HttpFakeRequest &request);
    HttpFakeResponse deleteProduct(const HttpFakeRequest &request);

    HttpFakeResponse listVariants(const HttpFakeRequest &request, bool count) const;
    HttpFakeResponse getVariant(const HttpFakeRequest &request) const;
    HttpFakeResponse createVariant(const HttpFakeRequest &request);
    HttpFakeResponse updateVariant(const HttpFakeRequest &request);

    HttpFakeResponse listOptions(const HttpFakeRequest &request, bool count) const;
    HttpFakeResponse getOption(const HttpFakeRequest &request) const;
    HttpFakeResponse createOption(const HttpFakeRequest &request);
    HttpFakeResponse listOptionValues(const HttpFakeRequest &request, bool count) const;
    HttpFakeResponse createOptionValue(const HttpFakeRequest &request);

    HttpFakeResponse listProductFields(const HttpFakeRequest &request, bool count) const;
    HttpFakeResponse addProductField(const HttpFakeRequest &request);
    HttpFakeResponse listCustomFields(const HttpFakeRequest &request) const;
    HttpFakeResponse getCustomField(const HttpFakeRequest &request) const;

    HttpFakeResponse listCategories(const HttpFakeRequest &request) const;
    HttpFakeResponse getCategory(const HttpFakeRequest &request) const;
    HttpFakeResponse createCategory(const HttpFakeRequest &request);
    HttpFakeResponse updateCategory(const HttpFakeRequest &request);
    HttpFakeResponse deleteCategory(const HttpFakeRequest &request);

    /** Applies ProductCreateFields/ProductEditFields; returns validation errors. */
    QStringList applyProduct(Product &product, const QJsonObject &fields, bool *stockChanged) const;
    static QStringList applyVariant(Variant &variant, const QJsonObject &fields, bool *stockChanged);
    static QList<QPair<QString, QString>> variantOptions(const QJsonObject &fields);
    QJsonObject wrappedVariant(int variantId) const;
    HttpFakeResponse productList(const std::vector<int> &ids) const;
    HttpFakeResponse productNotFound() const;

    Shop &m_shop;
    const ApiOptions &m_options;
};

} // namespace puente::fakes::jumpseller
