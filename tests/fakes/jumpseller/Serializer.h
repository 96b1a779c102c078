#pragma once

#include "jumpseller/Catalog.h"
#include "jumpseller/OrderTypes.h"
#include "jumpseller/StoreTypes.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

namespace puente::fakes::jumpseller {

/**
 * Writes the fake's records as the v1 API does: snake_case keys, every field of the spec's
 * *Fields schema present, empty values as JSON null ("All empty value are replaced with null"),
 * each object wrapped in its resource name by the `wrapped*` helpers.
 *
 * Stateless apart from the catalogue it reads. Thread affinity: none.
 */
class Serializer
{
public:
    explicit Serializer(const Catalog &catalog)
        : m_catalog(catalog)
    { }

    QJsonObject product(const Product &product) const;
    QJsonObject variant(const Variant &variant) const;
    QJsonObject category(const Category &category) const;
    QJsonObject option(const ProductOption &option) const;
    QJsonObject optionValue(const OptionValue &value) const;
    QJsonObject productField(const Product &product, const ProductField &field) const;
    QJsonObject customField(const CustomField &field) const;
    QJsonObject order(const Order &order, const StoreInfo &store, bool spanishStatus = false) const;
    static QJsonObject store(const StoreInfo &store);
    static QJsonObject checkoutField(const CheckoutCustomField &field);
    static QJsonObject hook(const Hook &hook);

    /** {"<key>": object} */
    static QJsonObject wrap(const QString &key, const QJsonObject &object);
    /** "2023-02-10 13:56:35 UTC", the format of the documented order payload. */
    static QString timestamp(const QDateTime &when);

private:
    QJsonObject address(const Address &address, bool billing) const;
    QJsonObject orderLine(const OrderLine &line, const Order &order, const StoreInfo &store) const;

    const Catalog &m_catalog;
};

} // namespace puente::fakes::jumpseller
