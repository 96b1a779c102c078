// What main() relies on before the window exists: the command line and the choice and loading
// of translations.
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtTest/QTest>

#include "LaunchOptions.h"
#include "Translations.h"

using namespace Qt::Literals::StringLiterals;
using puente::LaunchOptions;
using puente::Translations;

namespace {

QString menuFile()
{
    return QCoreApplication::translate("puente::MainWindow", "&File");
}

} // namespace

class tst_Startup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void parse_data();
    void parse();
    void requestedLanguage_data();
    void requestedLanguage();
    void needsGui_data();
    void needsGui();
    void logOptions();

    void languageFor_data();
    void languageFor();
    void installsEveryShippedLanguage_data();
    void installsEveryShippedLanguage();
    void rejectsLanguagesNotShipped();
    void installsQtCatalogueWhenPresent();
    void destructionRemovesTranslators();
};

void tst_Startup::initTestCase()
{
    QCoreApplication::setApplicationVersion(QStringLiteral(PUENTE_VERSION));
}

void tst_Startup::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode"); // -1: start the GUI
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QStringList>("messageContains");

    QTest::newRow("nothing") << QStringList {} << -1 << QString() << false << QStringList {};
    QTest::newRow("lang es") << QStringList {u"--lang"_s, u"es"_s} << -1 << u"es"_s << false << QStringList {};
    QTest::newRow("lang=pt") << QStringList {u"--lang=pt"_s} << -1 << u"pt"_s << false << QStringList {};
    QTest::newRow("lang EN") << QStringList {u"--lang"_s, u"EN"_s} << -1 << u"en"_s << false << QStringList {};
    QTest::newRow("lang es_CL") << QStringList {u"--lang"_s, u"es_CL"_s} << -1 << u"es"_s << false << QStringList {};
    QTest::newRow("lang es-419") << QStringList {u"--lang=es-419"_s} << -1 << u"es"_s << false << QStringList {};
    QTest::newRow("demo") << QStringList {u"--demo"_s} << -1 << QString() << true << QStringList {};
    QTest::newRow("demo and lang") << QStringList {u"--demo"_s, u"--lang"_s, u"pt"_s} << -1 << u"pt"_s << true
                                   << QStringList {};
    QTest::newRow("lang not shipped") << QStringList {u"--lang"_s, u"de"_s} << 2 << QString() << false
                                      << QStringList {u"\"de\""_s, u"es, pt or en"_s};
    QTest::newRow("lang without value") << QStringList {u"--lang"_s} << 2 << QString() << false
                                        << QStringList {u"lang"_s};
    QTest::newRow("unknown option") << QStringList {u"--bogus"_s} << 2 << QString() << false
                                    << QStringList {u"bogus"_s};
    QTest::newRow("help") << QStringList {u"--help"_s} << 0 << QString() << false
                          << QStringList {u"--lang"_s, u"--demo"_s, u"--version"_s, u"Jumpseller"_s};
    QTest::newRow("version") << QStringList {u"--version"_s} << 0 << QString() << false
                             << QStringList {QStringLiteral(PUENTE_VERSION)};
}

void tst_Startup::parse()
{
    QFETCH(const QStringList, arguments);
    QFETCH(const int, exitCode);
    QFETCH(const QString, language);
    QFETCH(const bool, demo);
    QFETCH(const QStringList, messageContains);

    const LaunchOptions options = LaunchOptions::parse(QStringList {u"puente"_s} + arguments);
    QCOMPARE(options.exitCode.value_or(-1), exitCode);
    QCOMPARE(options.language, language);
    QCOMPARE(options.demo, demo);
    QCOMPARE(options.message.isEmpty(), messageContains.isEmpty());
    for (const QString &part : messageContains)
        QVERIFY2(options.message.contains(part), qPrintable(options.message));
}

void tst_Startup::requestedLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");
    QTest::newRow("none") << QStringList {} << QString();
    QTest::newRow("separate") << QStringList {u"--demo"_s, u"--lang"_s, u"pt"_s} << u"pt"_s;
    QTest::newRow("joined") << QStringList {u"--lang=es_CL"_s} << u"es"_s;
    QTest::newRow("not shipped") << QStringList {u"--lang"_s, u"xx"_s} << QString();
    QTest::newRow("missing value") << QStringList {u"--lang"_s} << QString();
}

void tst_Startup::requestedLanguage()
{
    QFETCH(const QStringList, arguments);
    QFETCH(const QString, language);
    QCOMPARE(LaunchOptions::requestedLanguage(QStringList {u"puente"_s} + arguments), language);
}

void tst_Startup::logOptions()
{
    const auto parse = [](const QStringList &arguments) {
        return LaunchOptions::parse(QStringList {u"puente"_s} + arguments);
    };
    QCOMPARE(parse({}).logFile, QString()); // no log unless asked for
    const QString defaultFile = LaunchOptions::defaultLogFile();
    QVERIFY2(defaultFile.endsWith(u"/logs/puente.log"_s), qPrintable(defaultFile));
    QVERIFY(QFileInfo(defaultFile).isAbsolute());
    QCOMPARE(parse({u"--log"_s}).logFile, defaultFile);
    // A relative --log-file is taken from the working directory; it wins over --log.
    QCOMPARE(parse({u"--log-file"_s, u"diag/today.log"_s}).logFile,
             QDir::current().absoluteFilePath(u"diag/today.log"_s));
    QCOMPARE(parse({u"--log"_s, u"--log-file=/tmp/p.log"_s}).logFile, u"/tmp/p.log"_s);
    const LaunchOptions missing = parse({u"--log-file"_s});
    QCOMPARE(missing.exitCode.value_or(-1), 2);
    QVERIFY2(missing.message.contains(u"log-file"_s), qPrintable(missing.message));
    const QString help = parse({u"--help"_s}).message;
    QVERIFY2(help.contains(u"--log-file <file>"_s), qPrintable(help));
    QString unwrapped = help; // --help wraps the long path
    unwrapped.remove(QRegularExpression(u"\\s+"_s));
    QVERIFY2(unwrapped.contains(QString(defaultFile).remove(u' ')), qPrintable(help));
}

void tst_Startup::needsGui_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("gui");
    QTest::newRow("plain") << QStringList {} << true;
    QTest::newRow("options") << QStringList {u"--demo"_s, u"--lang"_s, u"es"_s} << true;
    QTest::newRow("help") << QStringList {u"--help"_s} << false;
    QTest::newRow("-h") << QStringList {u"-h"_s} << false;
    QTest::newRow("version after demo") << QStringList {u"--demo"_s, u"-v"_s} << false;
    QTest::newRow("--version") << QStringList {u"--version"_s} << false;
}

void tst_Startup::needsGui()
{
    QFETCH(const QStringList, arguments);
    QFETCH(const bool, gui);
    QList<QByteArray> storage {"puente"};
    for (const QString &arg : arguments)
        storage << arg.toLocal8Bit();
    std::vector<const char *> argv;
    for (const QByteArray &arg : storage)
        argv.push_back(arg.constData());
    QCOMPARE(LaunchOptions::needsGui(static_cast<int>(argv.size()), argv.data()), gui);
}

void tst_Startup::languageFor_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("Chile") << u"es_CL"_s << u"es"_s;
    QTest::newRow("Spain") << u"es_ES"_s << u"es"_s;
    QTest::newRow("Brazil") << u"pt_BR"_s << u"pt"_s;
    QTest::newRow("Portugal") << u"pt_PT"_s << u"pt"_s;
    QTest::newRow("US") << u"en_US"_s << u"en"_s;
    QTest::newRow("German falls back to English") << u"de_DE"_s << u"en"_s;
    QTest::newRow("French falls back to English") << u"fr_FR"_s << u"en"_s;
    QTest::newRow("C locale") << u"C"_s << u"en"_s;
}

void tst_Startup::languageFor()
{
    QFETCH(const QString, locale);
    QFETCH(const QString, language);
    QCOMPARE(Translations::languageFor(QLocale(locale)), language);
}

void tst_Startup::installsEveryShippedLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::newRow("es") << u"es"_s << u"&Archivo"_s;
    QTest::newRow("pt") << u"pt"_s << u"&Arquivo"_s;
    QTest::newRow("en") << u"en"_s << u"&File"_s;
}

void tst_Startup::installsEveryShippedLanguage()
{
    QFETCH(const QString, language);
    QFETCH(const QString, file);
    QVERIFY(Translations::supportedLanguages().contains(language));
    Translations translations;
    QVERIFY(translations.install(language));
    QCOMPARE(translations.language(), language);
    QCOMPARE(menuFile(), file);
}

void tst_Startup::rejectsLanguagesNotShipped()
{
    Translations translations;
    QVERIFY(translations.install(u"es"_s));
    QVERIFY(!translations.install(u"de"_s));
    QVERIFY(!translations.install(QString()));
    // The previous language stays in place.
    QCOMPARE(translations.language(), u"es"_s);
    QCOMPARE(menuFile(), u"&Archivo"_s);
}

void tst_Startup::installsQtCatalogueWhenPresent()
{
    const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_es.qm"_s;
    Translations translations;
    QVERIFY(translations.install(u"es"_s));
    QCOMPARE(translations.hasQtTranslation(), QFileInfo::exists(qtbase));
    if (translations.hasQtTranslation()) {
        // Qt's own command-line errors come from qtbase.
        const char *source = "Unknown options: %1.";
        QVERIFY(QCoreApplication::translate("QCommandLineParser", source) != QLatin1String(source));
    }
}

void tst_Startup::destructionRemovesTranslators()
{
    {
        Translations translations;
        QVERIFY(translations.install(u"pt"_s));
        QCOMPARE(menuFile(), u"&Arquivo"_s);
    }
    QCOMPARE(menuFile(), u"&File"_s);
}

QTEST_GUILESS_MAIN(tst_Startup)
#include "tst_startup.moc"
