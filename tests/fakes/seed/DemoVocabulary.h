#pragma once

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

// The words the demo shop is made of: product families, Spanish nouns and adjectives,
// colours, sizes, brands, people, companies and places. Pure constant data; the generator
// decides how to combine it.

namespace puente::fakes {

/** A noun with its grammatical gender, so adjectives agree ("Polera Básica", "Polerón Básico"). */
struct DemoNoun
{
    QString text;
    bool feminine = false;
};

/** An adjective in its masculine and feminine forms. */
struct DemoAdjective
{
    QString masculine;
    QString feminine;

    const QString &agreeWith(const DemoNoun &noun) const { return noun.feminine ? feminine : masculine; }
};

/** A colour: Spanish name, SKU code and hex for the store's colour option. */
struct DemoColour
{
    QString name;
    QString skuCode;
    QString hex;
};

/** Which size attribute a family uses. */
enum class DemoSizeScale { None, Clothing, Pants, Shoes, Socks };

/**
 * One product family: a Bsale product type and its store category, plus how to invent
 * products for it.
 */
struct DemoFamily
{
    QString typeName; ///< Bsale product type
    QString skuPrefix;
    QString categoryName; ///< Jumpseller category (similar to, not always equal to, typeName)
    int parentCategory = 0; ///< index into DemoVocabulary::parentCategories() + 1; 0 = top level
    DemoSizeScale sizes = DemoSizeScale::None;
    bool colours = false;
    bool materialAttribute = true;
    bool inStore = true; ///< false: Bsale-only family (shop supplies)
    double weightKg = 0.5;
    int minPrice = 0; ///< in priceStep units; gross = k * priceStep - 10
    int maxPrice = 0;
    int priceStep = 1000;
    int share = 0; ///< relative frequency among regular products
    int maxVariants = 1;
    QList<DemoNoun> nouns;
    QList<DemoAdjective> adjectives;
    QStringList materials;
    QList<int> brands; ///< indices into DemoVocabulary::brands(); empty = no brand
    QString blurb; ///< second sentence of the description
};

/** A Chilean comuna with its city and region. */
struct DemoComuna
{
    QString name;
    QString city;
    QString region;
    QString regionCode;
    QString postal;
};

/** A company that may ask for a factura. */
struct DemoCompany
{
    QString name; ///< razón social
    QString giro;
    int rutBody = 0;
    QString domain;
};

/** Constant word lists. Accessors return references to immutable data built once (thread-safe). */
class DemoVocabulary
{
public:
    static const QList<DemoFamily> &families();
    static const QStringList &parentCategories();
    static const QList<DemoColour> &colours();
    static const QStringList &sizes(DemoSizeScale scale);
    static const QStringList &brands();
    static const QStringList &firstNamesFemale();
    static const QStringList &firstNamesMale();
    static const QStringList &surnames();
    static const QList<DemoComuna> &comunas();
    static const QStringList &streets();
    static const QList<DemoCompany> &companies();
    static const QStringList &emailDomains();
};

} // namespace puente::fakes
