#pragma once

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>

// Plain records of the fake Bsale account. Field names follow the JSON names of bsale.md so
// the serializer stays a one-to-one mapping; `id` 0 means "let the store assign one".
namespace puente::fakes::bsale {

struct Office
{
    int id = 0;
    QString name;
    QString description;
    QString address;
    QString latitude;
    QString longitude;
    QString country; ///< null in the docs' example when unset
    QString municipality;
    QString city;
    QString zipCode;
    QString costCenter;
    int isVirtual = 0;
    int state = 0; ///< 0 active, 1 inactive (bsale.md §1)
    int defaultPriceListId = 0; ///< used when a document omits priceListId (§2); not serialized
};

struct ProductType
{
    int id = 0;
    QString name;
    int isEditable = 1;
    int state = 0;
    QList<int> attributeIds;
};

struct Attribute
{
    int id = 0;
    int productTypeId = 0;
    QString name;
    int isMandatory = 0;
    int generateVariantName = 0;
    int hasOptions = 0;
    QString options; ///< one pipe-separated string, "a|b|c" (§13)
    int state = 0;
};

struct AttributeValue
{
    int id = 0;
    int variantId = 0;
    int attributeId = 0;
    QString description;
};

struct Product
{
    int id = 0;
    QString name;
    QString description;
    int classification = 0; ///< 0 product, 1 service, 3 pack/promotion (§3)
    int productTypeId = 0;
    int brandId = 0;
    int stockControl = 1;
    int allowDecimal = 0;
    int printDetailPack = 0;
    int state = 0;
    QString ledgerAccount;
    QString costCenter;
    QList<int> variantIds;
};

struct PackComponent
{
    int variantId = 0;
    double quantity = 1;
};

struct Variant
{
    int id = 0;
    int productId = 0;
    QString description;
    QString code;
    QString barCode;
    int unlimitedStock = 0;
    int allowNegativeStock = 0;
    int serialNumber = 0; ///< 1 = needs a serial in the line `comment` to dispatch (§7, §10.4)
    int isLot = 0; ///< with serialNumber: the serial may repeat, so quantity may exceed 1
    int state = 0;
    QList<PackComponent> pack; ///< non-empty for a pack sold by its own code (§10.5)
    QList<int> attributeValueIds;
};

struct Stock
{
    int id = 0;
    int variantId = 0;
    int officeId = 0;
    double quantity = 0;
    double quantityReserved = 0;
    double available() const { return quantity - quantityReserved; }
};

struct PriceList
{
    int id = 0;
    QString name;
    QString description;
    int state = 0;
    int coinId = 1;
    QList<int> detailIds;
    QHash<int, int> detailByVariant;
};

struct PriceDetail
{
    int id = 0;
    int priceListId = 0;
    int variantId = 0;
    double variantValue = 0; ///< net
    double variantValueWithTaxes = 0; ///< gross, integer pesos
};

struct Tax
{
    int id = 0;
    QString name;
    double percentage = 19;
    QString code = QStringLiteral("14");
    int forAllProducts = 0;
    QString ledgerAccount;
    int state = 0;
};

struct DocumentType
{
    int id = 0;
    QString name;
    QString codeSii; ///< a string in JSON (§1 type quirks)
    int use = 0; ///< 0 sale, 1 return, 2 dispatch, 3 settlement
    int isElectronicDocument = 1;
    int breakdownTax = 1;
    int isSalesNote = 0;
    int isExempt = 0;
    int isCreditNote = 0;
    int useClient = 0;
    int initialNumber = 1;
    int lastNumber = 0; ///< last folio of the CAF; 0 = unlimited
    int lastUsedNumber = 0;
    bool outOfFolios = false;
    int state = 0;
};

struct PaymentType
{
    int id = 0;
    QString name;
    int isVirtual = 0;
    int isCheck = 0;
    int maxCheck = 0;
    int isCreditNote = 0;
    int isClientCredit = 0;
    int isCash = 0;
    int isCreditMemo = 0;
    int maxClientCuota = 0;
    QString ledgerAccount;
    QString ledgerCode;
    int isAgreementBank = 0;
    QString agreementCode;
    int state = 0;
};

struct Client
{
    int id = 0;
    QString code; ///< RUT
    QString company; ///< razón social
    QString activity; ///< giro
    QString municipality; ///< comuna
    QString city;
    QString address;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString note;
    int companyOrPerson = 0;
    int hasCredit = 0;
    double maxCredit = 0;
    int points = 0;
    int accumulatePoints = 0;
    int sendDte = 0;
    int isForeigner = 0;
    int state = 0;
};

struct Payment
{
    int id = 0;
    int documentId = 0;
    int paymentTypeId = 0;
    double amount = 0;
    qint64 recordDate = 0;
};

struct DocumentReference
{
    int id = 0;
    QString number;
    qint64 referenceDate = 0;
    QString reason;
    QString codeSii;
};

struct DocumentDetail
{
    int id = 0;
    int documentId = 0;
    int lineNumber = 0;
    int variantId = 0; ///< 0 for a free-text line
    double quantity = 0;
    double netUnitValue = 0;
    double discount = 0; ///< percentage
    double taxRate = 0; ///< sum of the line's tax percentages; 0 = exempt
    double netAmount = 0; ///< unrounded, after discount
    double netDiscount = 0; ///< unrounded
    QString comment;
    QString note;
    int relatedDetailId = 0;
    double dispatchedQuantity = 0; ///< stock taken by dispatch:1 (returned on a credit note)
    double returnedQuantity = 0;
};

struct Document
{
    int id = 0;
    int documentTypeId = 0;
    int officeId = 0;
    int clientId = 0;
    int priceListId = 0;
    int number = 0;
    qint64 emissionDate = 0;
    qint64 expirationDate = 0;
    qint64 generationDate = 0;
    double totalAmount = 0;
    double netAmount = 0;
    double taxAmount = 0;
    double exemptAmount = 0;
    QString token;
    QString salesId; ///< null when not sent
    int state = 0;
    int informedSii = 0;
    int declareSii = 0;
    bool dispatched = false;
    int referenceDocumentId = 0; ///< the sale a credit note corrects
    QList<int> detailIds;
    QList<int> paymentIds;
    QList<DocumentReference> references;
};

struct MovementDetail
{
    int id = 0;
    int movementId = 0;
    int variantId = 0;
    double quantity = 0;
    double cost = 0;
    double variantStock = 0; ///< the office's stock after the movement
    QString serialNumber;
};

struct Reception
{
    int id = 0;
    int officeId = 0;
    QString document;
    QString documentNumber;
    QString note;
    qint64 admissionDate = 0;
    QList<int> detailIds;
};

struct Consumption
{
    int id = 0;
    int officeId = 0;
    QString note;
    int consumptionTypeId = 0;
    qint64 consumptionDate = 0;
    QList<int> detailIds;
};

struct ReturnDetail
{
    int id = 0;
    int returnId = 0;
    int documentDetailId = 0;
    int variantId = 0;
    double quantity = 0;
    double quantityDevStock = 0;
    double variantStock = 0;
    double variantCost = 0;
};

struct Return
{
    int id = 0;
    int documentTypeId = 0;
    int creditNoteId = 0;
    int referenceDocumentId = 0;
    int officeId = 0;
    double amount = 0;
    QString code;
    int type = 0;
    int editTexts = 0;
    int priceAdjustment = 0;
    qint64 returnDate = 0;
    QString motive;
    QString salesId;
    QList<int> detailIds;
};

} // namespace puente::fakes::bsale
