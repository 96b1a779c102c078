#pragma once

#include <QtCore/QList>

namespace puente::fakes {

struct DemoShopData;

/** Ids the catalogue needs for one product family. */
struct DemoFamilyIds
{
    int productTypeId = 0;
    int sizeAttributeId = 0; ///< 0 when the family has no sizes
    int colourAttributeId = 0;
    int materialAttributeId = 0;
    int categoryId = 0; ///< 0 when the family is not sold in the store
};

/** Ids of the reference data that the catalogue and orders point at. */
struct DemoReferenceIds
{
    QList<DemoFamilyIds> families; ///< parallel to DemoVocabulary::families()
    QList<int> officeIds;
    int webOfficeId = 0; ///< the virtual office whose availability the store mirrors
    int basePriceListId = 0;
    int wholesalePriceListId = 0;
    int packTypeId = 0;
    int packCategoryId = 0;
    int offersCategoryId = 0;
    int materialFieldId = 0; ///< store custom field "Material"
    int documentTypeFieldId = 0; ///< checkout field "Tipo de Documento"
    int rutFieldId = 0;
    int companyNameFieldId = 0;
    int giroFieldId = 0;
};

/**
 * The fixed part of the demo shop, identical in every kind: offices, taxes, document and
 * payment types, product types with attributes, brands, price lists (empty), store settings,
 * categories, custom and checkout fields. Stateless; writes into a DemoShopData the caller owns.
 */
class DemoReferenceData
{
public:
    static DemoReferenceIds fill(DemoShopData &data);

private:
    static void fillErpSettings(DemoShopData &data, DemoReferenceIds &ids);
    static void fillDocumentAndPaymentTypes(DemoShopData &data);
    static void fillProductTypes(DemoShopData &data, DemoReferenceIds &ids);
    static void fillStoreSettings(DemoShopData &data, DemoReferenceIds &ids);
    static void fillCategories(DemoShopData &data, DemoReferenceIds &ids);
};

} // namespace puente::fakes
