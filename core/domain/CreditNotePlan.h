#pragma once

#include "domain/DocumentClient.h"
#include "domain/DocumentKind.h"
#include "domain/Money.h"

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>

#include <optional>

namespace puente {

/**
 * A planned `POST /v1/returns.json` (bsale.md §8, chile-dte.md §4.6) that cancels a whole
 * document: every line returned in full (`quantity` = sold, `unitValue` = 0), referencing the
 * original's line ids, with the original's client and its own `salesId`. Frozen like
 * DocumentPlan: the journal keeps toJson() and a retry sends it verbatim. A value type.
 */
struct CreditNotePlan
{
    static constexpr int kJsonVersion = 1;

    struct Line
    {
        int documentDetailId = 0;
        double quantity = 0; ///< the quantity sold: a full return
        QString description; ///< for people, not sent

        bool operator==(const Line &other) const = default;
    };

    int codeSii = 61;
    int documentTypeId = 0; ///< 0 = send `codeSii`
    int officeId = 0;
    int referenceDocumentId = 0;
    int referenceNumber = 0; ///< the original's folio, for people
    DocumentKind referenceKind = DocumentKind::Boleta;
    QString storeCode;
    QString orderId;
    QString salesId;
    QString motive;
    bool declareSii = true;
    int returnType = 0; ///< `type`: 0 money back (§8)
    DocumentClient client; ///< mandatory, the original's data (§8)
    QList<Line> lines;
    Pesos expectedTotal = 0; ///< the original's totalAmount: a full return credits all of it

    QJsonObject toJson() const;
    static std::optional<CreditNotePlan> fromJson(const QJsonObject &json, QString *error = nullptr);

    bool operator==(const CreditNotePlan &other) const = default;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::CreditNotePlan)
