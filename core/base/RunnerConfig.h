#pragma once

#include <QtCore/QString>
#include <QtCore/QVariantMap>

namespace puente {

/**
 * puente-sync's --config INI file. For now it is only checked (exists, is a readable file,
 * is UTF-8, every line is a comment, "[section]" or "key = value") and its values are exposed
 * as "section/key" → string; which keys mean what arrives with the sync engine.
 * Every error names the file (and the line when there is one).
 *
 * A plain value type.
 */
class RunnerConfig
{
public:
    static RunnerConfig load(const QString &path);

    bool isValid() const { return m_error.isEmpty(); }
    /// "Config file '<path>' …": empty when valid.
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    /// "section/key" → value, as QSettings reads them.
    QVariantMap values() const { return m_values; }

private:
    static QString checkSyntax(const QString &text);

    QString m_path;
    QString m_error;
    QVariantMap m_values;
};

} // namespace puente
