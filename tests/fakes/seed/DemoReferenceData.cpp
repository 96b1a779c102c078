#include "seed/DemoReferenceData.h"

#include "seed/DemoShopData.h"
#include "seed/DemoText.h"
#include "seed/DemoVocabulary.h"

#include "billing/Rut.h"

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes {

DemoReferenceIds DemoReferenceData::fill(DemoShopData &data)
{
    DemoReferenceIds ids;
    fillErpSettings(data, ids);
    fillDocumentAndPaymentTypes(data);
    fillProductTypes(data, ids);
    fillStoreSettings(data, ids);
    fillCategories(data, ids);
    return ids;
}

void DemoReferenceData::fillErpSettings(DemoShopData &data, DemoReferenceIds &ids)
{
    DemoErpData &erp = data.erp;
    erp.cpnId = 129577;
    erp.companyRut = Rut::fromBody(76412801).value().toString();
    erp.companyName = u"Tienda Puente Demo SpA"_s;

    // Price-list ids are deliberately not 1: the app must read them, never assume them.
    ids.basePriceListId = 3;
    ids.wholesalePriceListId = 4;
    erp.priceLists = {
        {ids.basePriceListId, u"Lista Base"_s, u"Precios de venta al público"_s, 1, 0, {}},
        {ids.wholesalePriceListId, u"Lista Mayorista"_s, u"Clientes con convenio"_s, 1, 0, {}},
    };

    erp.offices = {
        {1, u"Casa Matriz"_s, u"Local y oficinas"_s, u"San Antonio 220"_s, u"Santiago"_s, u"Santiago"_s, false,
         ids.basePriceListId, 0},
        {2, u"Tienda Providencia"_s, u"Local a la calle"_s, u"Av. Providencia 2124"_s, u"Providencia"_s, u"Santiago"_s,
         false, ids.basePriceListId, 0},
        {3, u"Bodega Tienda Online"_s, u"Stock para la tienda web"_s, u"Av. Eduardo Frei Montalva 9950"_s,
         u"Quilicura"_s, u"Santiago"_s, true, ids.basePriceListId, 0},
    };
    for (const DemoOffice &office : std::as_const(erp.offices))
        ids.officeIds.append(office.id);
    ids.webOfficeId = 3;

    erp.taxes = {{1, u"IVA"_s, u"14"_s, 19.0, true, 0}};
}

void DemoReferenceData::fillDocumentAndPaymentTypes(DemoShopData &data)
{
    auto docType = [](int id, const QString &name, const QString &codeSii, bool electronic, int use) {
        DemoDocumentType t;
        t.id = id;
        t.name = name;
        t.codeSii = codeSii;
        t.isElectronicDocument = electronic;
        t.use = use;
        return t;
    };
    QList<DemoDocumentType> &types = data.erp.documentTypes;
    // Paper types and a sales note sit beside the electronic ones, as in a real account.
    types.append(docType(1, u"Factura"_s, u"30"_s, false, 0));
    types.last().state = 1;
    types.append(docType(2, u"Boleta"_s, u"35"_s, false, 0));
    types.append(docType(5, u"Boleta Electrónica"_s, u"39"_s, true, 0));
    types.append(docType(8, u"Factura Electrónica"_s, u"33"_s, true, 0));
    types.last().breakdownTax = true;
    types.last().useClient = true;
    types.append(docType(9, u"Nota de Crédito Electrónica"_s, u"61"_s, true, 1));
    types.last().isCreditNote = true;
    types.last().breakdownTax = true;
    types.last().useClient = true;
    types.append(docType(11, u"Guía de Despacho Electrónica"_s, u"52"_s, true, 2));
    types.append(docType(14, u"Nota de Venta"_s, QString(), false, 0));
    types.last().isSalesNote = true;

    auto payType = [](int id, const QString &name) {
        DemoPaymentType t;
        t.id = id;
        t.name = name;
        return t;
    };
    QList<DemoPaymentType> &payments = data.erp.paymentTypes;
    payments.append(payType(1, u"Efectivo"_s));
    payments.last().isCash = true;
    payments.append(payType(2, u"Tarjeta de Crédito"_s));
    payments.append(payType(3, u"Tarjeta de Débito"_s));
    payments.append(payType(4, u"Transferencia"_s));
    payments.append(payType(5, u"Webpay"_s));
    payments.last().isVirtual = true;
}

void DemoReferenceData::fillProductTypes(DemoShopData &data, DemoReferenceIds &ids)
{
    int nextTypeId = 1;
    int nextAttributeId = 10;
    for (const DemoFamily &family : DemoVocabulary::families()) {
        DemoProductType type;
        type.id = nextTypeId++;
        type.name = family.typeName;
        DemoFamilyIds familyIds;
        familyIds.productTypeId = type.id;
        if (family.sizes != DemoSizeScale::None) {
            familyIds.sizeAttributeId = nextAttributeId++;
            type.attributes.append(
                {familyIds.sizeAttributeId, u"Talla"_s, true, true, DemoVocabulary::sizes(family.sizes), 0});
        }
        if (family.colours) {
            QStringList names;
            for (const DemoColour &colour : DemoVocabulary::colours())
                names.append(colour.name);
            familyIds.colourAttributeId = nextAttributeId++;
            type.attributes.append({familyIds.colourAttributeId, u"Color"_s, true, true, names, 0});
        }
        if (family.materialAttribute) {
            familyIds.materialAttributeId = nextAttributeId++;
            type.attributes.append({familyIds.materialAttributeId, u"Material"_s, false, false, family.materials, 0});
        }
        data.erp.productTypes.append(type);
        ids.families.append(familyIds);
    }
    ids.packTypeId = nextTypeId;
    data.erp.productTypes.append({ids.packTypeId, u"Packs y Promociones"_s, 0, {}});

    int brandId = 1;
    for (const QString &brand : DemoVocabulary::brands())
        data.erp.brands.append({brandId++, brand});
}

void DemoReferenceData::fillStoreSettings(DemoShopData &data, DemoReferenceIds &ids)
{
    DemoStoreData &store = data.store;
    store.name = u"Tienda Puente Demo"_s;
    store.code = u"puente-demo"_s;
    store.currency = u"CLP"_s;
    store.country = u"CL"_s;
    store.timezone = u"America/Santiago"_s;

    QStringList materials;
    for (const DemoFamily &family : DemoVocabulary::families()) {
        if (!family.materialAttribute || !family.inStore)
            continue;
        for (const QString &material : family.materials) {
            if (!materials.contains(material))
                materials.append(material);
        }
    }
    ids.materialFieldId = 31;
    store.customFields.append({ids.materialFieldId, u"Material"_s, u"selection"_s, materials});

    // The labels the Bsale app uses (jumpseller.md §3.3, §4); RUT also lands in billing taxid.
    ids.documentTypeFieldId = 301;
    ids.rutFieldId = 302;
    ids.companyNameFieldId = 303;
    ids.giroFieldId = 304;
    store.checkoutFields = {
        {ids.documentTypeFieldId,
         u"Tipo de Documento"_s,
         u"select"_s,
         u"other"_s,
         true,
         1,
         false,
         {u"Boleta"_s, u"Factura"_s}},
        {ids.rutFieldId, u"RUT"_s, u"input"_s, u"billing_shipping"_s, false, 2, true, {}},
        {ids.companyNameFieldId, u"Razón Social"_s, u"input"_s, u"other"_s, false, 3, true, {}},
        {ids.giroFieldId, u"Giro"_s, u"input"_s, u"other"_s, false, 4, true, {}},
    };
}

void DemoReferenceData::fillCategories(DemoShopData &data, DemoReferenceIds &ids)
{
    QList<DemoStoreCategory> &categories = data.store.categories;
    int nextId = 201;
    QList<int> parentIds;
    for (const QString &parent : DemoVocabulary::parentCategories()) {
        parentIds.append(nextId);
        categories.append({nextId++, parent, 0, DemoText::slug(parent), 0});
    }
    const QList<DemoFamily> &families = DemoVocabulary::families();
    for (qsizetype i = 0; i < families.size(); ++i) {
        const DemoFamily &family = families.at(i);
        if (!family.inStore)
            continue;
        const int parentId = family.parentCategory > 0 ? parentIds.at(family.parentCategory - 1) : 0;
        ids.families[i].categoryId = nextId;
        categories.append({nextId++, family.categoryName, parentId, DemoText::slug(family.categoryName),
                           ids.families.at(i).productTypeId});
    }
    ids.packCategoryId = nextId;
    categories.append({nextId++, u"Packs"_s, 0, u"packs"_s, ids.packTypeId});
    ids.offersCategoryId = nextId;
    categories.append({nextId++, u"Ofertas"_s, 0, u"ofertas"_s, 0});
}

} // namespace puente::fakes
