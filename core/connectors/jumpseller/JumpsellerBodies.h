#pragma once

#include "connectors/jumpseller/JumpsellerTypes.h"

#include <QtCore/QJsonObject>

namespace puente {

/**
 * The JSON bodies JumpsellerClient sends, built from the value types, in the shapes of the
 * official spec's request schemas (checked against them by the FakeJumpsellerSchema test):
 *
 * | Body | Schema | Used by |
 * |---|---|---|
 * | productCreate | ProductCreate | POST /products.json |
 * | productEdit | ProductEdit (partial) | PUT /products/{id}.json |
 * | variantCreate, variantEdit | VariantEdit | POST /products/{id}/variants.json, PUT .../variants/{id}.json |
 * | categoryCreate | CategoryEdit | POST /categories.json |
 * | orderEdit | OrderEdit | PUT /orders/{id}.json |
 * | hookCreate | HookEdit | POST /hooks.json |
 *
 * Only fields the schemas list are sent (`brand`, for one, is not writable there), always as
 * proper JSON numbers, booleans and strings.
 *
 * Stateless; all functions are thread-safe.
 */
class JumpsellerBodies final
{
public:
    JumpsellerBodies() = delete;

    /** The product alone; its variants are created one by one afterwards (§2.8). */
    static QJsonObject productCreate(const JumpsellerProductDraft &draft);
    static QJsonObject productEdit(const JumpsellerProductChanges &changes);
    static QJsonObject variantCreate(const JumpsellerVariantDraft &draft);
    static QJsonObject variantEdit(const JumpsellerVariantChanges &changes);
    static QJsonObject categoryCreate(const QString &name, qint64 parentId);
    static QJsonObject orderEdit(const JumpsellerOrderChanges &changes);
    static QJsonObject hookCreate(const QString &event, const QUrl &url);
};

} // namespace puente
