#include "bsale/BsaleStore.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonValue>
#include <QtCore/QRandomGenerator>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::bsale {

namespace {

// A JSON number used as a code: Bsale's Ruby backend stores numeric codes in a 4-byte integer
// column and fails beyond it (FAQ, bsale.md §1 Errors and §10.6).
QString numericCode(const QJsonValue &value, QString *error)
{
    const double number = value.toDouble();
    if (std::fabs(number) > double(std::numeric_limits<qint32>::max())) {
        // DOCS-AMBIGUITY: the FAQ quotes `"code" is out of range for ActiveRecord::Type::Integer
        // with limit 4`; we read "code" as the placeholder for the value sent, like the other
        // quoted FAQ messages (`There is no stock for this products: "code"`).
        *error = u"\"%1\" is out of range for ActiveRecord::Type::Integer with limit 4"_s.arg(
            QString::number(number, 'f', 0));
        return {};
    }
    return QString::number(qint64(number));
}

QString textOf(const QJsonValue &value, QString *error)
{
    if (value.isDouble())
        return numericCode(value, error);
    return value.toString();
}

} // namespace

BsaleStore::BsaleStore()
    : m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{ }

qint64 BsaleStore::utcMidnight(qint64 seconds)
{
    constexpr qint64 day = 86400;
    return seconds - ((seconds % day) + day) % day;
}

void BsaleStore::clear()
{
    Clock clock = std::move(m_clock);
    Events events = std::move(m_events);
    *this = BsaleStore();
    m_clock = std::move(clock);
    m_events = std::move(events);
}

int BsaleStore::addOffice(Office office)
{
    return m_offices.insert(std::move(office)).id;
}

int BsaleStore::addProductType(ProductType type)
{
    return m_productTypes.insert(std::move(type)).id;
}

int BsaleStore::addAttribute(Attribute attribute)
{
    auto *type = m_productTypes.find(attribute.productTypeId);
    if (!type)
        return 0;
    const int id = m_attributes.insert(std::move(attribute)).id;
    type->attributeIds.append(id);
    return id;
}

int BsaleStore::addProduct(Product product)
{
    return m_products.insert(std::move(product)).id;
}

int BsaleStore::addVariant(Variant variant, const QList<QPair<int, QString>> &attributeValues)
{
    auto *product = m_products.find(variant.productId);
    if (!product)
        return 0;
    auto &stored = m_variants.insert(std::move(variant));
    const int id = stored.id;
    for (const auto &[attributeId, description] : attributeValues) {
        const int valueId = m_attributeValues.insert({0, id, attributeId, description}).id;
        stored.attributeValueIds.append(valueId);
    }
    if (!stored.code.isEmpty())
        m_variantsByCode.add(stored.code, id);
    if (!stored.barCode.isEmpty())
        m_variantsByBarCode.add(stored.barCode, id);
    m_variantsByProduct.add(stored.productId, id);
    m_variantsByState.add(stored.state, id);
    insertSorted(product->variantIds, id);
    return id;
}

void BsaleStore::reserveVariants(int count)
{
    m_variants.reserve(count);
    m_stocks.reserve(count);
    m_stockByKey.reserve(count);
}

bool BsaleStore::updateVariant(const Variant &variant)
{
    auto *stored = m_variants.find(variant.id);
    if (!stored || stored->productId != variant.productId)
        return false;
    m_variantsByCode.remove(stored->code, stored->id);
    m_variantsByBarCode.remove(stored->barCode, stored->id);
    m_variantsByState.remove(stored->state, stored->id);
    const auto valueIds = stored->attributeValueIds;
    *stored = variant;
    stored->attributeValueIds = valueIds;
    if (!stored->code.isEmpty())
        m_variantsByCode.add(stored->code, stored->id);
    if (!stored->barCode.isEmpty())
        m_variantsByBarCode.add(stored->barCode, stored->id);
    m_variantsByState.add(stored->state, stored->id);
    return true;
}

int BsaleStore::addPriceList(PriceList list)
{
    return m_priceLists.insert(std::move(list)).id;
}

double BsaleStore::priceTaxRate() const
{
    for (const int id : m_taxes.ids()) {
        const auto *tax = m_taxes.find(id);
        if (tax->code == u"14"_s && tax->state == 0)
            return tax->percentage / 100.0;
    }
    return 0.19;
}

int BsaleStore::setPrice(int priceListId, int variantId, double net, double withTaxes, bool notify)
{
    auto *list = m_priceLists.find(priceListId);
    if (!list || !m_variants.find(variantId))
        return 0;
    // §5: the gross price is an integer; a PUT of the net recomputes it (2000 → 2380).
    const double gross = withTaxes >= 0 ? withTaxes : std::round(net * (1.0 + priceTaxRate()));
    const int existing = list->detailByVariant.value(variantId);
    PriceDetail &detail = m_priceDetails.insert({existing, priceListId, variantId, net, gross});
    if (!existing) {
        insertSorted(list->detailIds, detail.id);
        list->detailByVariant.insert(variantId, detail.id);
    }
    if (notify && m_events.priceChanged)
        m_events.priceChanged(priceListId, variantId);
    return detail.id;
}

int BsaleStore::addTax(Tax tax)
{
    return m_taxes.insert(std::move(tax)).id;
}

int BsaleStore::addDocumentType(DocumentType type)
{
    auto &stored = m_documentTypes.insert(std::move(type));
    m_typesByCodeSii.add(stored.codeSii, stored.id);
    return stored.id;
}

int BsaleStore::addPaymentType(PaymentType type)
{
    return m_paymentTypes.insert(std::move(type)).id;
}

int BsaleStore::addClient(Client client)
{
    auto &stored = m_clients.insert(std::move(client));
    m_clientsByCode.add(stored.code, stored.id);
    return stored.id;
}

int BsaleStore::variantIdByCode(const QString &code) const
{
    const auto ids = m_variantsByCode.ids(code);
    for (const int id : ids) {
        if (m_variants.find(id)->state == 0)
            return id;
    }
    return ids.isEmpty() ? 0 : ids.constFirst();
}

int BsaleStore::variantIdByBarCode(const QString &barCode) const
{
    const auto ids = m_variantsByBarCode.ids(barCode);
    for (const int id : ids) {
        if (m_variants.find(id)->state == 0)
            return id;
    }
    return ids.isEmpty() ? 0 : ids.constFirst();
}

BsaleStore::VariantRef BsaleStore::resolveVariant(const QJsonObject &line) const
{
    VariantRef ref;
    const QString invalid = u"invalid variant"_s;
    if (line.contains(u"variantId"_s) && !line.value(u"variantId"_s).isNull()) {
        ref.given = true;
        const QJsonValue value = line.value(u"variantId"_s);
        const int id = value.isString() ? value.toString().toInt() : value.toInt();
        ref.variantId = m_variants.find(id) ? id : 0;
    } else if (line.contains(u"code"_s) && !line.value(u"code"_s).isNull()) {
        ref.given = true;
        const QString code = textOf(line.value(u"code"_s), &ref.error);
        if (!ref.error.isEmpty())
            return ref;
        ref.variantId = variantIdByCode(code);
    } else if (line.contains(u"barCode"_s) && !line.value(u"barCode"_s).isNull()) {
        ref.given = true;
        QString ignored;
        ref.variantId = variantIdByBarCode(textOf(line.value(u"barCode"_s), &ignored));
    }
    if (ref.given && ref.variantId == 0)
        ref.error = invalid;
    return ref;
}

const PriceDetail *BsaleStore::price(int priceListId, int variantId) const
{
    const auto *list = m_priceLists.find(priceListId);
    if (!list)
        return nullptr;
    const int detailId = list->detailByVariant.value(variantId);
    return detailId ? m_priceDetails.find(detailId) : nullptr;
}

int BsaleStore::defaultOfficeId() const
{
    for (const int id : m_offices.ids()) {
        if (m_offices.find(id)->state == 0)
            return id;
    }
    return 0;
}

int BsaleStore::defaultPaymentTypeId() const
{
    for (const int id : m_paymentTypes.ids()) {
        if (m_paymentTypes.find(id)->state == 0)
            return id;
    }
    return 0;
}

const Stock *BsaleStore::stock(int variantId, int officeId) const
{
    const int id = m_stockByKey.value(stockKey(variantId, officeId));
    return id ? m_stocks.find(id) : nullptr;
}

Stock &BsaleStore::stockRow(int variantId, int officeId)
{
    const quint64 key = stockKey(variantId, officeId);
    if (const int id = m_stockByKey.value(key))
        return *m_stocks.find(id);
    Stock &row = m_stocks.insert({0, variantId, officeId, 0, 0});
    m_stockByKey.insert(key, row.id);
    m_stocksByVariant.add(variantId, row.id);
    m_stocksByOffice.add(officeId, row.id);
    return row;
}

void BsaleStore::setStock(int variantId, int officeId, double quantity, double reserved)
{
    Stock &row = stockRow(variantId, officeId);
    row.quantity = quantity;
    row.quantityReserved = reserved;
}

double BsaleStore::moveStock(int variantId, int officeId, double delta)
{
    Stock &row = stockRow(variantId, officeId);
    row.quantity += delta;
    const double now = row.quantity;
    if (m_events.stockChanged)
        m_events.stockChanged(variantId, officeId);
    return now;
}

Document &BsaleStore::addDocument(Document document)
{
    Document &stored = m_documents.insert(std::move(document));
    m_documentsByType.add(stored.documentTypeId, stored.id);
    if (!stored.salesId.isNull())
        m_documentBySalesId.insert({stored.salesId, stored.documentTypeId}, stored.id);
    m_tokens.insert(stored.token, stored.id);
    return stored;
}

void BsaleStore::announceDocument(int documentId)
{
    if (m_events.documentCreated)
        m_events.documentCreated(documentId);
}

DocumentDetail &BsaleStore::addDocumentDetail(DocumentDetail detail)
{
    return m_documentDetails.insert(std::move(detail));
}

Payment &BsaleStore::addPayment(Payment payment)
{
    return m_payments.insert(std::move(payment));
}

int BsaleStore::documentBySalesId(const QString &salesId, int documentTypeId) const
{
    return m_documentBySalesId.value({salesId, documentTypeId});
}

int BsaleStore::nextFolio(const DocumentType &type) const
{
    const int next = std::max(type.initialNumber, type.lastUsedNumber + 1);
    if (type.outOfFolios || (type.lastNumber > 0 && next > type.lastNumber))
        return 0;
    return next;
}

QString BsaleStore::newToken()
{
    for (;;) {
        const quint64 random = QRandomGenerator::global()->generate64() & 0xFFFFFFFFFFFFull;
        const QString token = u"%1"_s.arg(random, 12, 16, QLatin1Char('0'));
        if (!m_tokens.contains(token))
            return token;
    }
}

Reception &BsaleStore::addReception(Reception reception)
{
    return m_receptions.insert(std::move(reception));
}

Consumption &BsaleStore::addConsumption(Consumption consumption)
{
    return m_consumptions.insert(std::move(consumption));
}

MovementDetail &BsaleStore::addReceptionDetail(MovementDetail detail)
{
    return m_receptionDetails.insert(std::move(detail));
}

MovementDetail &BsaleStore::addConsumptionDetail(MovementDetail detail)
{
    return m_consumptionDetails.insert(std::move(detail));
}

Return &BsaleStore::addReturn(Return ret)
{
    Return &stored = m_returns.insert(std::move(ret));
    if (!stored.salesId.isNull())
        m_returnBySalesId.insert({stored.salesId, stored.documentTypeId}, stored.id);
    return stored;
}

ReturnDetail &BsaleStore::addReturnDetail(ReturnDetail detail)
{
    return m_returnDetails.insert(std::move(detail));
}

int BsaleStore::returnBySalesId(const QString &salesId, int documentTypeId) const
{
    return m_returnBySalesId.value({salesId, documentTypeId});
}

double BsaleStore::averageCost(int variantId) const
{
    double units = 0;
    double value = 0;
    for (const int id : m_receptionDetails.ids()) {
        const auto *detail = m_receptionDetails.find(id);
        if (detail->variantId != variantId)
            continue;
        units += detail->quantity;
        value += detail->quantity * detail->cost;
    }
    return units > 0 ? value / units : 0;
}

} // namespace puente::fakes::bsale
