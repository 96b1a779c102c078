#include "connectors/bsale/BsaleJsonReader.h"

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

// Integers beyond 2^53 cannot come from a JSON double exactly; no Bsale value gets near it.
constexpr double kMaxExactInteger = 9007199254740992.0;

std::optional<double> finite(double value)
{
    return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

std::optional<qint64> wholeNumber(double value)
{
    if (!std::isfinite(value) || std::fabs(value) > kMaxExactInteger || value != std::trunc(value))
        return std::nullopt;
    return static_cast<qint64>(value);
}

} // namespace

BsaleJsonReader::BsaleJsonReader(const QJsonObject &object, QString what)
    : m_object(object)
    , m_what(std::move(what))
{ }

std::optional<double> BsaleJsonReader::toNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return finite(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        // QString::toDouble is locale-independent (C locale): "19.0", "4140.0", "-1e3".
        const double parsed = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return finite(parsed);
    }
    return std::nullopt;
}

std::optional<qint64> BsaleJsonReader::toInteger(const QJsonValue &value)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return parsed;
    }
    // "12.0" and 12.0 are integers too; 12.5 is not.
    const auto number = toNumber(value);
    return number ? wholeNumber(*number) : std::nullopt;
}

std::optional<qint64> BsaleJsonReader::toMoney(const QJsonValue &value)
{
    const auto number = toNumber(value);
    if (!number || std::fabs(*number) > kMaxExactInteger)
        return std::nullopt;
    return static_cast<qint64>(std::llround(*number));
}

std::optional<int> BsaleJsonReader::toId(const QJsonValue &value)
{
    const auto number = toInteger(value);
    if (!number || *number <= 0 || *number > std::numeric_limits<int>::max())
        return std::nullopt;
    return static_cast<int>(*number);
}

QString BsaleJsonReader::toText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        // Codes and barcodes arrive as numbers sometimes (the variant POST example).
        if (const auto whole = wholeNumber(value.toDouble()))
            return QString::number(*whole);
        return QString::number(value.toDouble(), 'g', 17);
    }
    return {};
}

std::optional<bool> BsaleJsonReader::toFlag(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == u"true"_s)
            return true;
        if (text == u"false"_s)
            return false;
    }
    const auto number = toNumber(value);
    return number ? std::optional<bool>(*number != 0) : std::nullopt;
}

std::optional<int> BsaleJsonReader::toRelationId(const QJsonValue &value)
{
    if (value.isObject())
        return toId(value.toObject().value(u"id"_s));
    return toId(value);
}

void BsaleJsonReader::fail(const QString &key)
{
    if (m_error.isEmpty())
        m_error = u"bsale %1: missing or invalid '%2'"_s.arg(m_what, key);
}

int BsaleJsonReader::id(const QString &key)
{
    const auto value = toId(m_object.value(key));
    if (!value)
        fail(key);
    return value.value_or(0);
}

qint64 BsaleJsonReader::integer(const QString &key, qint64 fallback) const
{
    return toInteger(m_object.value(key)).value_or(fallback);
}

int BsaleJsonReader::integer32(const QString &key, int fallback) const
{
    const auto value = toInteger(m_object.value(key));
    if (!value || *value < std::numeric_limits<int>::min() || *value > std::numeric_limits<int>::max())
        return fallback;
    return static_cast<int>(*value);
}

qint64 BsaleJsonReader::requiredInteger(const QString &key)
{
    const auto value = toInteger(m_object.value(key));
    if (!value)
        fail(key);
    return value.value_or(0);
}

double BsaleJsonReader::number(const QString &key, double fallback) const
{
    return toNumber(m_object.value(key)).value_or(fallback);
}

qint64 BsaleJsonReader::money(const QString &key) const
{
    return toMoney(m_object.value(key)).value_or(0);
}

QString BsaleJsonReader::text(const QString &key) const
{
    return toText(m_object.value(key));
}

bool BsaleJsonReader::flag(const QString &key) const
{
    return toFlag(m_object.value(key)).value_or(false);
}

int BsaleJsonReader::relationId(const QString &key) const
{
    return toRelationId(m_object.value(key)).value_or(0);
}

int BsaleJsonReader::requiredRelationId(const QString &key)
{
    const auto value = toRelationId(m_object.value(key));
    if (!value)
        fail(key);
    return value.value_or(0);
}

QJsonObject BsaleJsonReader::object(const QString &key) const
{
    return m_object.value(key).toObject();
}

} // namespace puente
