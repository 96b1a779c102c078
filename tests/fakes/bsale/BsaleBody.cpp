#include "bsale/BsaleBody.h"

#include "bsale/BsaleListQuery.h"

#include <QtCore/QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::bsale {

std::optional<double> BsaleBody::number(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double parsed = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

int BsaleBody::id(const QJsonObject &object, const QString &key)
{
    const auto value = number(object, key);
    return value ? int(*value) : 0;
}

QString BsaleBody::text(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return {};
}

int BsaleBody::flag(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    return id(object, key) != 0 ? 1 : 0;
}

QList<int> BsaleBody::taxIds(const QJsonObject &line, QString *error)
{
    const QJsonValue value = line.value(u"taxId"_s);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        // DOCS-AMBIGUITY: §10.1 stresses taxId is the string "[1]", not a JSON array; what Bsale
        // answers to an array is undocumented. We refuse it with the Ruby type error the FAQ
        // shows for wrong structures, so a client that drifts to arrays fails loudly.
        *error = value.isArray() ? u"no implicit conversion of Array into String"_s
                                 : u"no implicit conversion of Integer into String"_s;
        return {};
    }
    QList<int> ids;
    const auto parts = BsaleListQuery::parseList(value.toString());
    for (const auto &part : parts)
        ids.append(part.toInt());
    return ids;
}

} // namespace puente::fakes::bsale
