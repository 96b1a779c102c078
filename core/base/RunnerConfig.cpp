#include "base/RunnerConfig.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QSettings>
#include <QtCore/QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace puente {

RunnerConfig RunnerConfig::load(const QString &path)
{
    RunnerConfig config;
    config.m_path = path;
    const auto fail = [&config, &path](const QString &problem) {
        config.m_error = u"Config file '%1' %2"_s.arg(path, problem);
        return config;
    };

    const QFileInfo info(path);
    if (!info.exists())
        return fail(u"does not exist."_s);
    if (!info.isFile())
        return fail(u"is not a regular file."_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot be read: %1."_s.arg(file.errorString()));

    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(file.readAll());
    if (decoder.hasError())
        return fail(u"is not valid UTF-8 text."_s);
    if (const QString problem = checkSyntax(text); !problem.isEmpty())
        return fail(problem);

    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return fail(u"could not be parsed as an INI file."_s);
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys)
        config.m_values.insert(key, settings.value(key));
    return config;
}

QString RunnerConfig::checkSyntax(const QString &text)
{
    // QSettings accepts almost anything silently; check the shape ourselves to name the line.
    // The line's text is not echoed: a mistyped line might hold a token.
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
            continue;
        const qsizetype lineNumber = i + 1;
        if (line.startsWith(u'[')) {
            if (!line.endsWith(u']') || line.size() < 3)
                return u"has an error on line %1: malformed section header (expected \"[name]\")."_s.arg(lineNumber);
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals < 0)
            return u"has an error on line %1: expected \"key = value\" or \"[section]\"."_s.arg(lineNumber);
        if (line.first(equals).trimmed().isEmpty())
            return u"has an error on line %1: missing key before '='."_s.arg(lineNumber);
    }
    return {};
}

} // namespace puente
