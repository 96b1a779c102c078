#include "connectors/jumpseller/JumpsellerJson.h"

#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

// Doubles hold every whole number up to 2^53 exactly; beyond it rounding would invent digits.
constexpr double kExactLimit = 9007199254740992.0;
constexpr qint64 kNoInteger = std::numeric_limits<qint64>::min();

std::optional<qint64> roundedInteger(double d)
{
    if (!std::isfinite(d) || std::fabs(d) > kExactLimit)
        return std::nullopt;
    return static_cast<qint64>(std::llround(d));
}

} // namespace

QString JumpsellerJson::text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        if (const qint64 whole = value.toInteger(kNoInteger); whole != kNoInteger)
            return QString::number(whole);
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return {};
        if (std::trunc(d) == d && std::fabs(d) <= kExactLimit)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
    case QJsonValue::Array:
    case QJsonValue::Object:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

std::optional<double> JumpsellerJson::number(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
    }
    if (!value.isString())
        return std::nullopt;
    const QString trimmed = value.toString().trimmed();
    bool ok = false;
    // QString::toDouble is locale-independent ("0.0", "1e3"); it also takes "inf" and "nan".
    const double d = trimmed.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

std::optional<qint64> JumpsellerJson::integer(const QJsonValue &value)
{
    if (value.isDouble()) {
        if (const qint64 whole = value.toInteger(kNoInteger); whole != kNoInteger)
            return whole;
        return roundedInteger(value.toDouble());
    }
    if (!value.isString())
        return std::nullopt;
    const QString trimmed = value.toString().trimmed();
    bool ok = false;
    if (const qint64 whole = trimmed.toLongLong(&ok); ok)
        return whole;
    const double d = trimmed.toDouble(&ok);
    return ok ? roundedInteger(d) : std::nullopt;
}

std::optional<bool> JumpsellerJson::boolean(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == 0)
            return false;
        if (d == 1)
            return true;
        return std::nullopt;
    }
    if (!value.isString())
        return std::nullopt;
    const QString lower = value.toString().trimmed().toLower();
    if (lower == u"true"_s || lower == u"1"_s)
        return true;
    if (lower == u"false"_s || lower == u"0"_s)
        return false;
    return std::nullopt;
}

double JumpsellerJson::numberOr(const QJsonValue &value, double fallback)
{
    return number(value).value_or(fallback);
}

qint64 JumpsellerJson::integerOr(const QJsonValue &value, qint64 fallback)
{
    return integer(value).value_or(fallback);
}

int JumpsellerJson::intOr(const QJsonValue &value, int fallback)
{
    const auto whole = integer(value);
    if (!whole)
        return fallback;
    const qint64 clamped = std::clamp<qint64>(*whole, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    return static_cast<int>(clamped);
}

bool JumpsellerJson::booleanOr(const QJsonValue &value, bool fallback)
{
    return boolean(value).value_or(fallback);
}

QDateTime JumpsellerJson::timestamp(const QJsonValue &value)
{
    // The API writes "2023-02-10 13:56:35 UTC"; hooks and bans use ISO 8601 with an offset.
    // Parsed by hand so the machine's time zone never takes part.
    static const QRegularExpression pattern(
        u"^(\\d{4})-(\\d{2})-(\\d{2})[ T](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?\\s*(UTC|Z|[+-]\\d{2}:?\\d{2})?$"_s);
    const QRegularExpressionMatch match = pattern.match(value.toString().trimmed());
    if (!match.hasMatch())
        return {};
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const int ms = match.captured(7).isEmpty() ? 0 : match.captured(7).left(3).leftJustified(3, u'0').toInt();
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return {};
    int offsetSeconds = 0;
    const QString zone = match.captured(8);
    if (zone.startsWith(u'+') || zone.startsWith(u'-')) {
        const QString digits = zone.mid(1).remove(u':');
        offsetSeconds =
            (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60) * (zone.startsWith(u'-') ? -1 : 1);
    }
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

QJsonObject JumpsellerJson::unwrap(const QJsonValue &value, const QString &key)
{
    if (!value.isObject())
        return {};
    const QJsonObject object = value.toObject();
    const auto inner = object.constFind(key);
    if (inner == object.constEnd())
        return object;
    return inner.value().toObject();
}

} // namespace puente
