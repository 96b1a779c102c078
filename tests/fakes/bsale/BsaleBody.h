#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace puente::fakes::bsale {

/**
 * Reads request bodies the way Bsale's Ruby backend tolerates them: numbers may come as JSON
 * numbers or numeric strings (`"netUnitValue":"5882.35"`, `"documentNumber":"123"`, §4/§7).
 * Stateless helpers.
 */
class BsaleBody
{
public:
    /** A number or numeric string; nullopt when absent, null or not numeric. */
    static std::optional<double> number(const QJsonObject &object, const QString &key);
    /** An integer id (number or numeric string); 0 when absent or invalid. */
    static int id(const QJsonObject &object, const QString &key);
    /** A string, or a number printed as an integer; null QString when absent or null. */
    static QString text(const QJsonObject &object, const QString &key);
    /** 0/1 flag (number, numeric string or bool). */
    static int flag(const QJsonObject &object, const QString &key);

    /** Parses `taxId`, which §7/§10.1 document as the *string* "[1]" / "[1,2]". Sets `error`
     *  when the value is not a string. Empty list when absent. */
    static QList<int> taxIds(const QJsonObject &line, QString *error);
};

} // namespace puente::fakes::bsale
