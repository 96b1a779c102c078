#pragma once

#include "bsale/BsaleModel.h"
#include "bsale/BsaleTable.h"

#include <QtCore/QJsonObject>
#include <QtCore/QPair>

#include <functional>

namespace puente::fakes::bsale {

/**
 * The in-memory Bsale account: every record plus the indexes the list filters use, the clock and
 * the change notifications that drive webhooks. No HTTP and no business rules beyond keeping
 * the indexes right; the engines (documents, returns, movements) decide what may change.
 *
 * Ownership: owned by FakeBsale. Thread affinity: the fake's thread.
 */
class BsaleStore
{
public:
    using Clock = std::function<qint64()>; ///< milliseconds since the Unix epoch

    /** Who hears about changes (FakeBsale turns them into webhooks). */
    struct Events
    {
        std::function<void(int variantId, int officeId)> stockChanged;
        std::function<void(int documentId)> documentCreated;
        std::function<void(int priceListId, int variantId)> priceChanged;
    };

    /** A line's variant, found by variantId, code or barCode (§7 details). */
    struct VariantRef
    {
        bool given = false; ///< false: a free-text line
        int variantId = 0;
        QString error; ///< non-empty: refuse the request with this message
    };

    BsaleStore();

    void setClock(Clock clock) { m_clock = std::move(clock); }
    qint64 nowMs() const { return m_clock(); }
    qint64 nowSeconds() const { return m_clock() / 1000; }
    /** Unix seconds truncated to 00:00 UTC, as Bsale does with emissionDate (§1 Dates). */
    static qint64 utcMidnight(qint64 seconds);
    void setEvents(Events events) { m_events = std::move(events); }
    /** Forgets every record and index (the sandbox reseeds); keeps the clock and the listeners. */
    void clear();

    // --- catalogue -------------------------------------------------------------------------
    int addOffice(Office office);
    int addProductType(ProductType type);
    int addAttribute(Attribute attribute);
    int addProduct(Product product);
    int addVariant(Variant variant, const QList<QPair<int, QString>> &attributeValues = {});
    /** Pre-sizes the variant and stock tables for a large seed. */
    void reserveVariants(int count);
    /** Replaces a variant's record (code, barCode, flags, state) and re-indexes it. */
    bool updateVariant(const Variant &variant);
    int addPriceList(PriceList list);
    /** Sets a variant's price; `withTaxes` < 0 computes it from the IVA rate. Returns the detail id. */
    int setPrice(int priceListId, int variantId, double net, double withTaxes = -1, bool notify = false);
    int addTax(Tax tax);
    int addDocumentType(DocumentType type);
    int addPaymentType(PaymentType type);
    int addClient(Client client);

    const BsaleTable<Office> &offices() const { return m_offices; }
    const BsaleTable<ProductType> &productTypes() const { return m_productTypes; }
    const BsaleTable<Attribute> &attributes() const { return m_attributes; }
    const BsaleTable<AttributeValue> &attributeValues() const { return m_attributeValues; }
    const BsaleTable<Product> &products() const { return m_products; }
    const BsaleTable<Variant> &variants() const { return m_variants; }
    const BsaleTable<Stock> &stocks() const { return m_stocks; }
    const BsaleTable<PriceList> &priceLists() const { return m_priceLists; }
    const BsaleTable<PriceDetail> &priceDetails() const { return m_priceDetails; }
    const BsaleTable<Tax> &taxes() const { return m_taxes; }
    const BsaleTable<DocumentType> &documentTypes() const { return m_documentTypes; }
    const BsaleTable<PaymentType> &paymentTypes() const { return m_paymentTypes; }
    const BsaleTable<Client> &clients() const { return m_clients; }

    DocumentType *documentType(int id) { return m_documentTypes.find(id); }
    Variant *variant(int id) { return m_variants.find(id); }
    PriceDetail *priceDetail(int id) { return m_priceDetails.find(id); }
    Tax *tax(int id) { return m_taxes.find(id); }
    Client *client(int id) { return m_clients.find(id); }

    QList<int> variantIdsByCode(const QString &code) const { return m_variantsByCode.ids(code); }
    QList<int> variantIdsByBarCode(const QString &barCode) const { return m_variantsByBarCode.ids(barCode); }
    QList<int> variantIdsByProduct(int productId) const { return m_variantsByProduct.ids(productId); }
    QList<int> variantIdsByState(int state) const { return m_variantsByState.ids(state); }
    QList<int> clientIdsByCode(const QString &code) const { return m_clientsByCode.ids(code); }
    QList<int> documentTypeIdsByCodeSii(const QString &codeSii) const { return m_typesByCodeSii.ids(codeSii); }
    /** The active variant with this code, else any; 0 when none (codes are not unique, §3). */
    int variantIdByCode(const QString &code) const;
    int variantIdByBarCode(const QString &barCode) const;
    VariantRef resolveVariant(const QJsonObject &line) const;
    /** Price of a variant in a list, or nullptr. */
    const PriceDetail *price(int priceListId, int variantId) const;
    /** Sum of the IVA-like taxes applied to list prices (the tax with SII code 14, else 19). */
    double priceTaxRate() const;
    /** The office used when a request omits officeId: the first active one. */
    int defaultOfficeId() const;
    /** The payment type that takes a document's total when `payments` is omitted (§7). */
    int defaultPaymentTypeId() const;

    // --- stock -----------------------------------------------------------------------------
    const Stock *stock(int variantId, int officeId) const;
    QList<int> stockIdsByVariant(int variantId) const { return m_stocksByVariant.ids(variantId); }
    QList<int> stockIdsByOffice(int officeId) const { return m_stocksByOffice.ids(officeId); }
    /** Sets stock without a webhook (seeding). */
    void setStock(int variantId, int officeId, double quantity, double reserved = 0);
    /** Adds `delta` to quantity (and so to quantityAvailable), then announces the change. */
    double moveStock(int variantId, int officeId, double delta);

    // --- documents, returns, movements -----------------------------------------------------
    Document &addDocument(Document document);
    /** Tells the listeners a document was created (after its details and stock moves). */
    void announceDocument(int documentId);
    DocumentDetail &addDocumentDetail(DocumentDetail detail);
    Payment &addPayment(Payment payment);
    Document *document(int id) { return m_documents.find(id); }
    DocumentDetail *documentDetail(int id) { return m_documentDetails.find(id); }
    const BsaleTable<Document> &documents() const { return m_documents; }
    const BsaleTable<DocumentDetail> &documentDetails() const { return m_documentDetails; }
    const BsaleTable<Payment> &payments() const { return m_payments; }
    QList<int> documentIdsByType(int documentTypeId) const { return m_documentsByType.ids(documentTypeId); }
    /** The document created earlier with (salesId, document type), or 0 (§10). */
    int documentBySalesId(const QString &salesId, int documentTypeId) const;
    int documentByToken(const QString &token) const { return m_tokens.value(token); }
    /** Next folio of a type, or 0 when the CAF has no numbers left. Does not consume it. */
    int nextFolio(const DocumentType &type) const;
    /** A fresh 12-hex-character document token (§7 response). */
    QString newToken();

    Reception &addReception(Reception reception);
    Consumption &addConsumption(Consumption consumption);
    MovementDetail &addReceptionDetail(MovementDetail detail);
    MovementDetail &addConsumptionDetail(MovementDetail detail);
    const BsaleTable<Reception> &receptions() const { return m_receptions; }
    const BsaleTable<Consumption> &consumptions() const { return m_consumptions; }
    const BsaleTable<MovementDetail> &receptionDetails() const { return m_receptionDetails; }
    const BsaleTable<MovementDetail> &consumptionDetails() const { return m_consumptionDetails; }

    Return &addReturn(Return ret);
    ReturnDetail &addReturnDetail(ReturnDetail detail);
    const BsaleTable<Return> &returns() const { return m_returns; }
    const BsaleTable<ReturnDetail> &returnDetails() const { return m_returnDetails; }
    int returnBySalesId(const QString &salesId, int documentTypeId) const;
    /** Weighted average of the reception costs of a variant (0 when never received). */
    double averageCost(int variantId) const;

private:
    static quint64 stockKey(int variantId, int officeId)
    {
        return quint64(quint32(variantId)) << 32 | quint32(officeId);
    }
    Stock &stockRow(int variantId, int officeId);

    Clock m_clock;
    Events m_events;
    BsaleTable<Office> m_offices;
    BsaleTable<ProductType> m_productTypes;
    BsaleTable<Attribute> m_attributes;
    BsaleTable<AttributeValue> m_attributeValues;
    BsaleTable<Product> m_products;
    BsaleTable<Variant> m_variants;
    BsaleTable<Stock> m_stocks;
    BsaleTable<PriceList> m_priceLists;
    BsaleTable<PriceDetail> m_priceDetails;
    BsaleTable<Tax> m_taxes;
    BsaleTable<DocumentType> m_documentTypes;
    BsaleTable<PaymentType> m_paymentTypes;
    BsaleTable<Client> m_clients;
    BsaleTable<Document> m_documents;
    BsaleTable<DocumentDetail> m_documentDetails;
    BsaleTable<Payment> m_payments;
    BsaleTable<Reception> m_receptions;
    BsaleTable<Consumption> m_consumptions;
    BsaleTable<MovementDetail> m_receptionDetails;
    BsaleTable<MovementDetail> m_consumptionDetails;
    BsaleTable<Return> m_returns;
    BsaleTable<ReturnDetail> m_returnDetails;

    BsaleIndex<QString> m_variantsByCode;
    BsaleIndex<QString> m_variantsByBarCode;
    BsaleIndex<int> m_variantsByProduct;
    BsaleIndex<int> m_variantsByState;
    BsaleIndex<int> m_stocksByVariant;
    BsaleIndex<int> m_stocksByOffice;
    QHash<quint64, int> m_stockByKey;
    BsaleIndex<QString> m_clientsByCode;
    BsaleIndex<QString> m_typesByCodeSii;
    BsaleIndex<int> m_documentsByType;
    QHash<QPair<QString, int>, int> m_documentBySalesId;
    QHash<QPair<QString, int>, int> m_returnBySalesId;
    QHash<QString, int> m_tokens;
};

} // namespace puente::fakes::bsale
