#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QString>

#include <optional>

namespace puente {

/**
 * Lenient reads of single JSON values as Jumpseller sends them: numbers that arrive as strings
 * ("0.0", "123"), ids that arrive as strings, null for every empty value (the spec's rule), and
 * the odd number where text belongs (an SKU or a street number). Every function accepts any
 * QJsonValue and never fails; out-of-range or non-finite numbers count as absent.
 *
 * Stateless; all functions are thread-safe.
 */
class JumpsellerJson final
{
public:
    JumpsellerJson() = delete;

    /** A string as is; a number as its shortest text ("12", "12.5"); a bool as "true"/"false";
     *  null, arrays and objects as an empty string. */
    static QString text(const QJsonValue &value);
    /** A finite number, from a number or a numeric string; else nullopt. */
    static std::optional<double> number(const QJsonValue &value);
    /** A whole number (rounded to nearest) within ±2^53, from a number or numeric string. */
    static std::optional<qint64> integer(const QJsonValue &value);
    /** A bool, from true/false, 0/1 or the strings "true"/"false"/"1"/"0" (any case). */
    static std::optional<bool> boolean(const QJsonValue &value);

    /** number() or `fallback`. */
    static double numberOr(const QJsonValue &value, double fallback = 0);
    /** integer() or `fallback`. */
    static qint64 integerOr(const QJsonValue &value, qint64 fallback = 0);
    /** integer() clamped to int, or `fallback`. */
    static int intOr(const QJsonValue &value, int fallback = 0);
    /** boolean() or `fallback`. */
    static bool booleanOr(const QJsonValue &value, bool fallback = false);

    /** "2023-02-10 13:56:35 UTC" (what the API sends) or ISO 8601, as UTC; invalid otherwise. */
    static QDateTime timestamp(const QJsonValue &value);

    /** The object under `key` ({"product": {...}}), or `value` itself when it is an object
     *  without that key (a bare record); an empty object for anything else. */
    static QJsonObject unwrap(const QJsonValue &value, const QString &key);
};

} // namespace puente
