#include "Translations.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QTranslator>

#include "UiLogging.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

// Qt's catalogue for a language: the system locale's own variant when it speaks that language
// (pt_PT before pt_BR), else the language's default country (QLocale("pt") is pt_BR).
QLocale qtCatalogueLocale(const QString &language)
{
    const QLocale wanted(language);
    return QLocale::system().language() == wanted.language() ? QLocale::system() : wanted;
}

} // namespace

QStringList Translations::supportedLanguages()
{
    return {u"es"_s, u"pt"_s, u"en"_s};
}

QString Translations::normalized(const QString &code)
{
    const QString language = code.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
    return supportedLanguages().contains(language) ? language : QString();
}

QString Translations::languageFor(const QLocale &locale)
{
    const QStringList preferred = locale.uiLanguages();
    for (const QString &uiLanguage : preferred) {
        const QString language = normalized(uiLanguage);
        if (!language.isEmpty())
            return language;
    }
    return u"en"_s;
}

Translations::Translations(QObject *parent)
    : QObject(parent)
{ }

Translations::~Translations()
{
    removeAll();
}

bool Translations::install(const QString &language)
{
    const QString code = normalized(language);
    if (code.isEmpty()) {
        qCWarning(lcUi) << "Language not shipped:" << language;
        return false;
    }
    auto *puente = new QTranslator(this);
    if (!puente->load(u"puente_"_s + code, u":/i18n"_s)) {
        qCWarning(lcUi) << "Cannot load the embedded translation" << code;
        delete puente;
        return false;
    }
    auto *qt = new QTranslator(this);
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const bool qtLoaded = qt->load(qtCatalogueLocale(code), u"qtbase"_s, u"_"_s, qtDir);
    if (!qtLoaded) {
        qCInfo(lcUi) << "No qtbase catalogue for" << code << "in" << qtDir << "- Qt's dialogs stay in English";
        delete qt;
        qt = nullptr;
    }

    removeAll();
    m_puente = puente;
    m_qt = qt;
    m_qtInstalled = qtLoaded;
    m_language = code;
    // Qt's catalogue first: translators installed later are searched first, so Puente's own
    // wording wins should both define the same context.
    if (m_qt)
        QCoreApplication::installTranslator(m_qt);
    QCoreApplication::installTranslator(m_puente);
    qCDebug(lcUi) << "Language" << code << (m_qtInstalled ? "with" : "without") << "Qt's catalogue";
    return true;
}

void Translations::removeAll()
{
    for (QTranslator *translator : {m_puente, m_qt}) {
        if (!translator)
            continue;
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_puente = nullptr;
    m_qt = nullptr;
    m_qtInstalled = false;
}

} // namespace puente
