#pragma once

#include <QtCore/QObject>
#include <QtCore/QStringList>

class QLocale;
class QTranslator;

namespace puente {

/**
 * Installs Puente's translation (embedded under :/i18n) and Qt's own qtbase translation (from
 * QLibraryInfo::TranslationsPath, when present) on the application, and swaps them when asked.
 * Installing posts QEvent::LanguageChange, so open windows retranslate themselves.
 *
 * Languages are two-letter codes: "es" (Spanish, written for Chile), "pt", "en" (the source text).
 * Removes its translators when destroyed. Create on the GUI thread, after the Q(Core)Application.
 */
class Translations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Translations)

public:
    /** Every language Puente ships, in menu order. */
    static QStringList supportedLanguages();
    /** "es" for "es", "ES", "es_CL", "es-419"…; empty when the language is not shipped. */
    static QString normalized(const QString &code);
    /**
     * The shipped language that best matches @p locale's UI languages, in the user's order of
     * preference; English when none matches.
     */
    static QString languageFor(const QLocale &locale);

    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    /**
     * Replaces the installed translators with those for @p language. Returns false (and leaves
     * the current ones in place) when the language is not shipped or its catalogue fails to load.
     * A missing qtbase catalogue is not an error: Qt's own dialogs then stay in English.
     */
    bool install(const QString &language);
    /** The installed language, empty before the first successful install(). */
    QString language() const { return m_language; }
    /** Whether Qt's own catalogue for language() was found and installed. */
    bool hasQtTranslation() const { return m_qtInstalled; }

private:
    void removeAll();

    QTranslator *m_puente = nullptr;
    QTranslator *m_qt = nullptr;
    QString m_language;
    bool m_qtInstalled = false;
};

} // namespace puente
