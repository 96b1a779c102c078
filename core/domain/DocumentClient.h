#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

namespace puente {

/**
 * The receptor of a factura as Bsale's `client{}` node names it (bsale.md §7, chile-dte.md §4.4):
 * `code` RUT, `company` razón social, `activity` giro, `municipality` comuna. Bsale finds or
 * creates the client from it. A value type.
 */
struct DocumentClient
{
    QString code; ///< RUT, canonical "12345678-9"
    QString company; ///< razón social
    QString activity; ///< giro
    QString address;
    QString municipality; ///< comuna
    QString city;
    QString email; ///< optional
    int companyOrPerson = 1; ///< 0 person, 1 company

    /** Bsale's `client{}` node: `code` and `companyOrPerson` always, other fields when not empty. */
    QJsonObject toBsaleJson() const;
    /** Reads Bsale's node (also a client as GET /clients answers it). */
    static DocumentClient fromBsaleJson(const QJsonObject &json);

    bool operator==(const DocumentClient &other) const = default;
};

} // namespace puente
