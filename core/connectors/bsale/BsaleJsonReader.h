#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QString>

#include <optional>

namespace puente {

/**
 * Reads the fields of one Bsale JSON object tolerantly and without trusting it: Bsale sends
 * relation ids as strings ("3960"), percentages and costs as strings ("19.0"), codes as
 * numbers or strings, flags as 0/1 and amounts as floats (27891.0). Every value is type- and
 * range-checked, so no input can crash or overflow. A required field that is missing or
 * unreadable is recorded; error() names the first one.
 *
 * The static to*() functions convert a single value; nullopt means "not usable".
 *
 * A short-lived value type: build one per object being parsed.
 */
class BsaleJsonReader
{
public:
    BsaleJsonReader(const QJsonObject &object, QString what);

    /** Required positive id (int or numeric string). */
    int id(const QString &key = QStringLiteral("id"));
    /** Optional integer; `fallback` when absent or unreadable. */
    qint64 integer(const QString &key, qint64 fallback = 0) const;
    /** Optional integer in int range (state, use, type...); `fallback` otherwise. */
    int integer32(const QString &key, int fallback = 0) const;
    /** Required integer. */
    qint64 requiredInteger(const QString &key);
    /** Optional number (quantities, net values); `fallback` when absent or unreadable. */
    double number(const QString &key, double fallback = 0) const;
    /** Optional CLP amount rounded to whole pesos. */
    qint64 money(const QString &key) const;
    /** Text; numbers become their decimal form; null and anything else become empty. */
    QString text(const QString &key) const;
    /** 0/1, true/false or "1"/"0"; false when absent. */
    bool flag(const QString &key) const;
    /** Id of a relation node ({"href","id":"3"}, an expanded object, or a bare id); 0 if absent. */
    int relationId(const QString &key) const;
    /** Required relation id. */
    int requiredRelationId(const QString &key);
    /** The value as an object (empty if it is not one). */
    QJsonObject object(const QString &key) const;
    bool has(const QString &key) const { return m_object.contains(key); }

    bool ok() const { return m_error.isEmpty(); }
    /** "bsale variant: missing or invalid 'id'" for the first bad required field. */
    const QString &error() const { return m_error; }

    static std::optional<qint64> toInteger(const QJsonValue &value);
    static std::optional<double> toNumber(const QJsonValue &value);
    static std::optional<qint64> toMoney(const QJsonValue &value);
    static std::optional<int> toId(const QJsonValue &value);
    static QString toText(const QJsonValue &value);
    static std::optional<bool> toFlag(const QJsonValue &value);
    /** The id inside a relation node, or the value itself when it is a bare id. */
    static std::optional<int> toRelationId(const QJsonValue &value);

private:
    void fail(const QString &key);

    QJsonObject m_object;
    QString m_what;
    QString m_error;
};

} // namespace puente
