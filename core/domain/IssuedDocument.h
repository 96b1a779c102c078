#pragma once

#include "domain/DocumentClient.h"
#include "domain/DocumentKind.h"
#include "domain/Money.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>

#include <optional>

namespace puente {

/**
 * A document Bsale has issued, as much of it as a credit note needs (bsale.md §7 "Reading
 * documents", §8): its id, type, client and the ids of its lines. A value type.
 */
struct IssuedDocument
{
    struct Detail
    {
        int detailId = 0; ///< the line's id: a return's `documentDetailId`
        int variantId = 0;
        QString code;
        QString description;
        double quantity = 0;
        Pesos totalAmount = 0;

        bool operator==(const Detail &other) const = default;
    };

    int id = 0;
    int number = 0; ///< folio
    int documentTypeId = 0;
    std::optional<DocumentKind> kind; ///< from the type's codeSii; empty for other types
    int officeId = 0;
    Pesos totalAmount = 0;
    QString salesId;
    std::optional<DocumentClient> client; ///< when Bsale's answer carries the client's data
    QList<Detail> details;

    /**
     * Reads GET /v1/documents/{id}.json?expand=[details,client,document_type]. When the details
     * are not expanded, pass the items of GET /v1/documents/{id}/details.json as `detailItems`.
     * Nullopt when `json` has no id. Ids that Bsale sends as strings are accepted.
     */
    static std::optional<IssuedDocument> fromBsaleJson(const QJsonObject &json, const QJsonArray &detailItems = {});

    bool operator==(const IssuedDocument &other) const = default;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::IssuedDocument)
