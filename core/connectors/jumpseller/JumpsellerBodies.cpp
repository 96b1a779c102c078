#include "connectors/jumpseller/JumpsellerBodies.h"

#include <QtCore/QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

QJsonObject wrap(const QString &key, const QJsonObject &fields)
{
    return QJsonObject {{key, fields}};
}

template<typename T>
void insertIf(QJsonObject &object, const QString &key, const std::optional<T> &value)
{
    if (value)
        object.insert(key, *value);
}

void insertText(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QJsonArray categoryRefs(const QList<qint64> &ids)
{
    // §2.6: categories as CategoryFields; only the id is needed to attach one.
    QJsonArray out;
    for (const qint64 id : ids)
        out.append(QJsonObject {{u"id"_s, id}});
    return out;
}

} // namespace

QJsonObject JumpsellerBodies::productCreate(const JumpsellerProductDraft &draft)
{
    QJsonObject product {
        {u"name"_s, draft.name},
        {u"price"_s, draft.price},
        {u"stock"_s, draft.stock},
        {u"stock_unlimited"_s, draft.stockUnlimited},
    };
    insertText(product, u"sku"_s, draft.sku);
    insertText(product, u"barcode"_s, draft.barcode);
    insertText(product, u"description"_s, draft.description);
    insertText(product, u"status"_s, jumpsellerProductStatusText(draft.status));
    insertIf(product, u"weight"_s, draft.weight);
    if (!draft.categoryIds.isEmpty())
        product.insert(u"categories"_s, categoryRefs(draft.categoryIds));
    return wrap(u"product"_s, product);
}

QJsonObject JumpsellerBodies::productEdit(const JumpsellerProductChanges &changes)
{
    QJsonObject product;
    insertIf(product, u"name"_s, changes.name);
    insertIf(product, u"sku"_s, changes.sku);
    insertIf(product, u"barcode"_s, changes.barcode);
    insertIf(product, u"description"_s, changes.description);
    insertIf(product, u"price"_s, changes.price);
    insertIf(product, u"stock"_s, changes.stock);
    insertIf(product, u"stock_unlimited"_s, changes.stockUnlimited);
    if (changes.status)
        insertText(product, u"status"_s, jumpsellerProductStatusText(*changes.status));
    if (changes.categoryIds)
        product.insert(u"categories"_s, categoryRefs(*changes.categoryIds));
    return wrap(u"product"_s, product);
}

QJsonObject JumpsellerBodies::variantCreate(const JumpsellerVariantDraft &draft)
{
    QJsonObject variant {
        {u"stock"_s, draft.stock},
        {u"stock_unlimited"_s, draft.stockUnlimited},
    };
    insertText(variant, u"sku"_s, draft.sku);
    insertText(variant, u"barcode"_s, draft.barcode);
    insertIf(variant, u"price"_s, draft.price);
    if (!draft.options.isEmpty()) {
        QJsonArray options;
        for (const auto &[name, value] : draft.options)
            options.append(QJsonObject {{u"name"_s, name}, {u"value"_s, value}});
        variant.insert(u"options"_s, options);
    }
    return wrap(u"variant"_s, variant);
}

QJsonObject JumpsellerBodies::variantEdit(const JumpsellerVariantChanges &changes)
{
    QJsonObject variant;
    insertIf(variant, u"sku"_s, changes.sku);
    insertIf(variant, u"barcode"_s, changes.barcode);
    insertIf(variant, u"price"_s, changes.price);
    insertIf(variant, u"stock"_s, changes.stock);
    insertIf(variant, u"stock_unlimited"_s, changes.stockUnlimited);
    return wrap(u"variant"_s, variant);
}

QJsonObject JumpsellerBodies::categoryCreate(const QString &name, qint64 parentId)
{
    QJsonObject category {{u"name"_s, name}};
    if (parentId > 0)
        category.insert(u"parent_id"_s, parentId);
    return wrap(u"category"_s, category);
}

QJsonObject JumpsellerBodies::orderEdit(const JumpsellerOrderChanges &changes)
{
    QJsonObject order;
    // OrderEditFields.status takes the display names ("Paid"), not status_enum.
    if (changes.status)
        insertText(order, u"status"_s, jumpsellerOrderStatusName(*changes.status));
    insertIf(order, u"shipment_status"_s, changes.shipmentStatus);
    insertIf(order, u"tracking_number"_s, changes.trackingNumber);
    insertIf(order, u"tracking_company"_s, changes.trackingCompany);
    insertIf(order, u"tracking_url"_s, changes.trackingUrl);
    insertIf(order, u"additional_information"_s, changes.additionalInformation);
    if (!changes.additionalFields.isEmpty()) {
        QJsonArray fields;
        for (const JumpsellerAdditionalField &field : changes.additionalFields) {
            QJsonObject entry {{u"label"_s, field.label}, {u"value"_s, field.value}};
            if (field.id > 0)
                entry.insert(u"id"_s, field.id);
            insertText(entry, u"area"_s, field.area);
            fields.append(entry);
        }
        order.insert(u"additional_fields"_s, fields);
    }
    return wrap(u"order"_s, order);
}

QJsonObject JumpsellerBodies::hookCreate(const QString &event, const QUrl &url)
{
    return wrap(u"hook"_s, QJsonObject {{u"event"_s, event}, {u"url"_s, url.toString(QUrl::FullyEncoded)}});
}

} // namespace puente
