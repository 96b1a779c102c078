#include "seed/DemoOrderBuilder.h"

#include <QtCore/QRandomGenerator>

#include "seed/DemoShopData.h"
#include "seed/DemoText.h"
#include "seed/DemoVocabulary.h"

#include "billing/Rut.h"

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes {

namespace {

int pick(QRandomGenerator &rng, qsizetype count)
{
    return int(rng.bounded(quint32(count)));
}

bool chance(QRandomGenerator &rng, int percent)
{
    return int(rng.bounded(100u)) < percent;
}

// RUTs come from core's Rut (chile-dte.md §4.1); every body here is in range.
QString formatRut(int body)
{
    return Rut::fromBody(quint32(body)).value().toString();
}

/** As a customer might type it: "12.345.678-9", a lower-case k. */
QString formatRutWithDots(int body)
{
    return Rut::fromBody(quint32(body)).value().toDottedString().toLower();
}

/** IVA included in a gross CLP amount: gross - round(gross / 1.19) (chile-dte.md §4.3). */
qint64 includedIva(qint64 gross)
{
    return gross - (gross * 200 + 119) / 238;
}

constexpr qint64 FreeShippingFrom = 59990;

struct ShippingMethod
{
    QString name;
    qint64 price;
};

const QList<ShippingMethod> &shippingMethods()
{
    static const QList<ShippingMethod> list = {
        {u"Starken a Domicilio"_s, 4990},
        {u"Chilexpress Día Hábil Siguiente"_s, 5990},
        {u"Envío Express RM"_s, 3490},
    };
    return list;
}

} // namespace

DemoOrderBuilder::DemoOrderBuilder(DemoShopData &data, const DemoReferenceIds &ids,
                                   const QList<DemoStoreSlot> &plainSlots, QRandomGenerator &rng)
    : m_data(data)
    , m_ids(ids)
    , m_plainSlots(plainSlots)
    , m_rng(rng)
    , m_clock(QDate(2025, 5, 5), QTime(13, 0), Qt::UTC)
{ }

void DemoOrderBuilder::build()
{
    // One address per company, so a factura's receptor matches the Bsale client on file.
    for (const DemoCompany &company : DemoVocabulary::companies())
        m_companyAddresses.append(companyAddress(company));
    addClients();
    using S = Scenario;
    // Chronological; every status, both documents and each trouble case at least once.
    const Scenario script[] = {
        S::Plain,
        S::MultiUnit,
        S::FacturaKnown,
        S::Plain,
        S::Discount,
        S::Pack,
        S::Canceled,
        S::Plain,
        S::FacturaNew,
        S::Serial,
        S::Abandoned,
        S::StorePickup,
        S::Plain,
        S::GiftWithPurchase,
        S::FacturaKnown,
        S::Unlimited,
        S::Pending,
        S::Plain,
        S::FacturaMissingGiro,
        S::Canceled,
        S::DuplicateSku,
        S::Plain,
        S::Abandoned,
        S::FacturaFormattedRut,
        S::MultiUnit,
        S::SloppySku,
        S::Pending,
        S::FacturaNew,
        S::Plain,
        S::Discount,
        S::Unlinked,
        S::Canceled,
        S::FacturaInvalidRut,
        S::Abandoned,
        S::GiftOnly,
        S::FacturaKnown,
        S::PendingFactura,
        S::Pending,
        S::Plain,
        S::Pending,
    };
    for (const Scenario scenario : script)
        addOrder(scenario);
}

// ---- people -----------------------------------------------------------------------------------

DemoAddress DemoOrderBuilder::companyAddress(const DemoCompany &company)
{
    const QList<DemoComuna> &comunas = DemoVocabulary::comunas();
    // Most companies are in Santiago; the comuna list starts with the capital's.
    const DemoComuna &comuna = comunas.at(chance(m_rng, 70) ? pick(m_rng, 9) : pick(m_rng, comunas.size()));
    DemoAddress address;
    address.name = company.name;
    address.address = DemoVocabulary::streets().at(pick(m_rng, DemoVocabulary::streets().size()));
    address.streetNumber = QString::number(100 + pick(m_rng, 9000));
    if (chance(m_rng, 50))
        address.complement = u"Oficina "_s + QString::number(101 + pick(m_rng, 1500));
    address.city = comuna.city;
    address.municipality = comuna.name;
    address.region = comuna.region;
    address.regionCode = comuna.regionCode;
    address.postal = comuna.postal;
    address.country = u"Chile"_s;
    address.countryCode = u"CL"_s;
    return address;
}

void DemoOrderBuilder::addClients()
{
    QList<DemoClient> &clients = m_data.erp.clients;
    DemoClient anonymous;
    anonymous.id = 1;
    anonymous.code = formatRut(66666666); // the generic boleta receptor
    anonymous.firstName = u"Cliente"_s;
    anonymous.lastName = u"Boleta"_s;
    anonymous.companyOrPerson = 0;
    anonymous.city = u"Santiago"_s;
    anonymous.municipality = u"Santiago"_s;
    clients.append(anonymous);

    // The first four companies already buy from the shop: facturas for them find a client.
    const QList<DemoCompany> &companies = DemoVocabulary::companies();
    for (int i = 0; i < 4; ++i) {
        const DemoCompany &company = companies.at(i);
        const DemoAddress &address = m_companyAddresses.at(i);
        DemoClient client;
        client.id = int(clients.size()) + 1;
        client.code = formatRut(company.rutBody);
        client.company = company.name;
        client.activity = company.giro;
        client.email = u"facturas@"_s + company.domain;
        client.phone = u"+5622"_s + QString::number(3000000 + pick(m_rng, 6999999));
        client.address = address.address + u' ' + address.streetNumber;
        client.municipality = address.municipality;
        client.city = address.city;
        clients.append(client);
    }
    // Bsale lets a RUT be registered twice; lookups by code then return two clients.
    DemoClient duplicate = clients.at(1);
    duplicate.id = int(clients.size()) + 1;
    duplicate.company = u"Comercial Los Aromos"_s;
    duplicate.email = u"contacto@"_s + companies.at(0).domain;
    clients.append(duplicate);
    m_data.trouble.duplicateClientRut = duplicate.code;

    const DemoStoreCustomer person = makeCustomer();
    DemoClient client;
    client.id = int(clients.size()) + 1;
    client.code = person.billingAddress.taxid;
    client.firstName = person.billingAddress.name;
    client.lastName = person.billingAddress.surname;
    client.email = person.email;
    client.phone = person.phonePrefix + person.phone;
    client.address = person.billingAddress.address + u' ' + person.billingAddress.streetNumber;
    client.municipality = person.billingAddress.municipality;
    client.city = person.billingAddress.city;
    client.companyOrPerson = 0;
    clients.append(client);
}

int DemoOrderBuilder::personRutBody()
{
    return 8000000 + pick(m_rng, 17000000);
}

DemoStoreCustomer DemoOrderBuilder::makeCustomer()
{
    const bool female = chance(m_rng, 55);
    const QStringList &firstNames = female ? DemoVocabulary::firstNamesFemale() : DemoVocabulary::firstNamesMale();
    const QStringList &surnames = DemoVocabulary::surnames();
    const QString first = firstNames.at(pick(m_rng, firstNames.size()));
    const QString surname1 = surnames.at(pick(m_rng, surnames.size()));
    const QString surname2 = surnames.at(pick(m_rng, surnames.size()));
    const QList<DemoComuna> &comunas = DemoVocabulary::comunas();
    const DemoComuna &comuna = comunas.at(chance(m_rng, 65) ? pick(m_rng, 9) : pick(m_rng, comunas.size()));

    DemoStoreCustomer customer;
    customer.id = m_nextCustomerId++;
    customer.fullname = first + u' ' + surname1 + u' ' + surname2;
    QString local = DemoText::slug(first).remove(u'-') + u'.' + DemoText::slug(surname1);
    if (chance(m_rng, 60))
        local += QString::number(10 + pick(m_rng, 90));
    customer.email =
        local + u'@' + DemoVocabulary::emailDomains().at(pick(m_rng, DemoVocabulary::emailDomains().size()));
    customer.phonePrefix = u"+56"_s;
    customer.phone = u"9"_s + QString::number(40000000 + pick(m_rng, 59999999));

    DemoAddress address;
    address.name = first;
    address.surname = surname1 + u' ' + surname2;
    address.address = DemoVocabulary::streets().at(pick(m_rng, DemoVocabulary::streets().size()));
    address.streetNumber = QString::number(10 + pick(m_rng, 9990));
    if (chance(m_rng, 45))
        address.complement = u"Depto "_s + QString::number(101 + pick(m_rng, 2100));
    address.city = comuna.city;
    address.municipality = comuna.name;
    address.region = comuna.region;
    address.regionCode = comuna.regionCode;
    address.postal = comuna.postal;
    address.country = u"Chile"_s;
    address.countryCode = u"CL"_s;
    customer.shippingAddress = address;
    customer.billingAddress = address;
    customer.billingAddress.taxid = formatRut(personRutBody());
    m_data.store.customers.append(customer);
    return customer;
}

// ---- orders -----------------------------------------------------------------------------------

QString DemoOrderBuilder::statusFor(Scenario scenario) const
{
    switch (scenario) {
    case Scenario::Pending:
    case Scenario::PendingFactura:
        return u"pending_payment"_s;
    case Scenario::Canceled:
        return u"canceled"_s;
    case Scenario::Abandoned:
        return u"abandoned"_s;
    default:
        return u"paid"_s;
    }
}

void DemoOrderBuilder::addOrder(Scenario scenario)
{
    DemoOrder order;
    order.id = 1001 + int(m_data.store.orders.size());
    m_clock = m_clock.addSecs(7200 + 60 * pick(m_rng, 600));
    order.createdAt = m_clock;
    order.statusEnum = statusFor(scenario);
    if (order.statusEnum != u"abandoned"_s)
        order.completedAt = m_clock.addSecs(180 + 60 * pick(m_rng, 18));
    order.currency = u"CLP"_s;
    // Returning customers: a third of the orders come from someone who bought before.
    const QList<DemoStoreCustomer> &known = m_data.store.customers;
    order.customer =
        (known.size() > 3 && chance(m_rng, 30)) ? known.at(1 + pick(m_rng, known.size() - 1)) : makeCustomer();
    order.shippingAddress = order.customer.shippingAddress;
    order.billingAddress = order.customer.billingAddress;
    order.billingAddress.taxid.clear();
    fillLines(order, scenario);
    fillDocument(order, scenario);
    fillShippingAndPayment(order, scenario);
    fillTotals(order);
    recordTrouble(order, scenario);
    m_data.store.orders.append(order);
}

DemoOrderLine DemoOrderBuilder::lineFor(const DemoStoreSlot &slot, int quantity)
{
    const DemoStoreProduct &product = m_data.store.products.at(slot.productIndex);
    DemoOrderLine line;
    line.productId = product.id;
    line.name = product.name;
    line.qty = quantity;
    line.weight = product.weight;
    if (slot.variantIndex < 0) {
        line.sku = product.sku;
        line.price = product.price;
    } else {
        const DemoStoreVariant &variant = product.variants.at(slot.variantIndex);
        line.variantId = variant.id;
        line.sku = variant.sku;
        line.price = variant.price;
    }
    return line;
}

DemoOrderLine DemoOrderBuilder::plainLine(int quantity)
{
    return lineFor(m_plainSlots.at(pick(m_rng, m_plainSlots.size())), quantity);
}

DemoOrderLine DemoOrderBuilder::lineForSku(const QString &sku, bool lastOccurrence)
{
    DemoStoreSlot found;
    const QList<DemoStoreProduct> &products = m_data.store.products;
    for (qsizetype p = 0; p < products.size(); ++p) {
        const DemoStoreProduct &product = products.at(p);
        if (product.variants.isEmpty() && product.sku == sku)
            found = {int(p), -1};
        for (qsizetype v = 0; v < product.variants.size(); ++v) {
            if (product.variants.at(v).sku == sku)
                found = {int(p), int(v)};
        }
        if (found.productIndex >= 0 && !lastOccurrence)
            break;
    }
    Q_ASSERT_X(found.productIndex >= 0, "DemoOrderBuilder", "SKU not in the store");
    return lineFor(found, 1);
}

void DemoOrderBuilder::fillLines(DemoOrder &order, Scenario scenario)
{
    QList<DemoOrderLine> &lines = order.products;
    const DemoShopTrouble &trouble = m_data.trouble;
    switch (scenario) {
    case Scenario::MultiUnit:
        lines.append(plainLine(3));
        lines.append(plainLine(2));
        return;
    case Scenario::GiftOnly:
        lines.append(lineForSku(trouble.giftSku));
        return;
    case Scenario::GiftWithPurchase:
        lines.append(plainLine(1));
        lines.append(lineForSku(trouble.giftSku));
        return;
    case Scenario::Unlinked:
        lines.append(plainLine(1));
        lines.append(lineForSku(trouble.unlinkedSku));
        return;
    case Scenario::Pack:
        lines.append(lineForSku(trouble.packSku));
        return;
    case Scenario::Serial:
        lines.append(lineForSku(trouble.serialSku));
        return;
    case Scenario::Unlimited:
        lines.append(lineForSku(trouble.unlimitedSku));
        lines.append(plainLine(1));
        return;
    case Scenario::DuplicateSku:
        // The pasted SKU: the last store item carrying it is the one that is really different.
        lines.append(lineForSku(trouble.duplicateStoreSkus.last(), true));
        return;
    case Scenario::SloppySku:
        lines.append(lineForSku(trouble.sloppyStoreSkus.first().storeSku));
        return;
    default:
        break;
    }
    const int count = 1 + pick(m_rng, 3);
    for (int i = 0; i < count; ++i) {
        DemoOrderLine line = plainLine(chance(m_rng, 15) ? 2 : 1);
        bool repeated = false;
        for (const DemoOrderLine &existing : std::as_const(lines))
            repeated = repeated || existing.sku == line.sku;
        if (!repeated)
            lines.append(line);
    }
    if (scenario == Scenario::Discount) {
        order.coupons = u"INVIERNO10"_s;
        for (DemoOrderLine &line : lines)
            line.discount = (line.price * line.qty + 5) / 10; // 10 %, rounded to the peso
    }
}

void DemoOrderBuilder::fillDocument(DemoOrder &order, Scenario scenario)
{
    const QList<DemoCompany> &companies = DemoVocabulary::companies();
    switch (scenario) {
    case Scenario::FacturaKnown: {
        const int company = m_knownCompany++ % 4;
        fillFactura(order, company, formatRut(companies.at(company).rutBody), true);
        return;
    }
    case Scenario::FacturaNew:
    case Scenario::PendingFactura: {
        const int company = scenario == Scenario::PendingFactura ? 12 : m_newCompany++;
        fillFactura(order, company, formatRutWithDots(companies.at(company).rutBody).toUpper(), true);
        return;
    }
    case Scenario::FacturaFormattedRut:
        fillFactura(order, 9, formatRutWithDots(companies.at(9).rutBody), true); // "76.197.405-k"
        return;
    case Scenario::FacturaMissingGiro:
        fillFactura(order, 11, formatRut(companies.at(11).rutBody), false);
        return;
    case Scenario::FacturaInvalidRut: {
        const int rutBody = companies.at(10).rutBody;
        const QChar right = Rut::checkDigit(quint32(rutBody));
        const QString typed = QString::number(rutBody) + u'-' + (right == u'7' ? u'2' : u'7');
        m_data.trouble.invalidRut = typed;
        fillFactura(order, 10, typed, true);
        return;
    }
    default:
        break;
    }
    order.additionalFields.append({m_ids.documentTypeFieldId, u"Tipo de Documento"_s, u"Boleta"_s, u"other"_s});
    if (chance(m_rng, 30)) {
        // Some people type their own RUT even for a boleta.
        const QString rut = order.customer.billingAddress.taxid;
        order.billingAddress.taxid = rut;
        order.additionalFields.append({m_ids.rutFieldId, u"RUT"_s, rut, u"billing_shipping"_s});
    }
}

void DemoOrderBuilder::fillFactura(DemoOrder &order, int companyIndex, const QString &typedRut, bool withGiro)
{
    const DemoCompany &company = DemoVocabulary::companies().at(companyIndex);
    const DemoAddress &address = m_companyAddresses.at(companyIndex);
    order.billingAddress.address = address.address;
    order.billingAddress.streetNumber = address.streetNumber;
    order.billingAddress.complement = address.complement;
    order.billingAddress.city = address.city;
    order.billingAddress.municipality = address.municipality;
    order.billingAddress.region = address.region;
    order.billingAddress.regionCode = address.regionCode;
    order.billingAddress.postal = address.postal;
    order.billingAddress.taxid = typedRut;
    order.billingInformation.companyName = company.name;
    order.additionalFields.append({m_ids.documentTypeFieldId, u"Tipo de Documento"_s, u"Factura"_s, u"other"_s});
    order.additionalFields.append({m_ids.rutFieldId, u"RUT"_s, typedRut, u"billing_shipping"_s});
    order.additionalFields.append({m_ids.companyNameFieldId, u"Razón Social"_s, company.name, u"other"_s});
    if (withGiro) {
        order.billingInformation.businessActivity = company.giro;
        order.additionalFields.append({m_ids.giroFieldId, u"Giro"_s, company.giro, u"other"_s});
    }
}

void DemoOrderBuilder::fillShippingAndPayment(DemoOrder &order, Scenario scenario)
{
    const bool pickup = scenario == Scenario::StorePickup || scenario == Scenario::GiftOnly;
    qint64 goods = 0;
    for (const DemoOrderLine &line : std::as_const(order.products))
        goods += line.price * line.qty - line.discount;
    if (pickup) {
        order.shippingOption = u"store_pickup"_s;
        order.shippingMethodName = u"Retiro en Tienda Providencia"_s;
    } else if (goods >= FreeShippingFrom) {
        order.shippingOption = u"delivery"_s;
        order.shippingMethodName = u"Envío Gratis sobre $59.990"_s;
    } else {
        const ShippingMethod &method = shippingMethods().at(pick(m_rng, shippingMethods().size()));
        order.shippingOption = u"delivery"_s;
        order.shippingMethodName = method.name;
        order.shipping = method.price;
    }

    if (goods + order.shipping == 0) {
        order.paymentMethodName = u"Sin costo"_s;
        order.paymentMethodType = u"manual"_s;
    } else if (scenario == Scenario::Pending || scenario == Scenario::PendingFactura || chance(m_rng, 15)) {
        order.paymentMethodName = u"Transferencia Bancaria"_s;
        order.paymentMethodType = u"manual"_s;
    } else if (chance(m_rng, 20)) {
        order.paymentMethodName = u"Mercado Pago"_s;
        order.paymentMethodType = u"mercado_pago"_s;
    } else {
        order.paymentMethodName = u"Webpay Plus"_s;
        order.paymentMethodType = u"webpay_cl"_s;
    }

    // The first two thirds of paid orders have been delivered by now.
    order.fulfillmentStatus = u"unfulfilled"_s;
    order.shipmentStatusEnum = u"unfulfilled"_s;
    if (order.statusEnum == u"paid"_s && m_paidSeen++ < 19) {
        order.fulfillmentStatus = u"fulfilled"_s;
        order.shipmentStatusEnum = pickup ? u"pickup_available"_s : u"delivered"_s;
    }
    if (!pickup && chance(m_rng, 20))
        order.additionalInformation = u"Dejar en conserjería si no hay nadie."_s;
}

void DemoOrderBuilder::fillTotals(DemoOrder &order)
{
    for (const DemoOrderLine &line : std::as_const(order.products)) {
        order.subtotal += line.price * line.qty;
        order.discount += line.discount;
    }
    order.total = order.subtotal - order.discount + order.shipping;
    order.tax = includedIva(order.subtotal - order.discount);
    order.shippingTax = includedIva(order.shipping);
}

void DemoOrderBuilder::recordTrouble(const DemoOrder &order, Scenario scenario)
{
    DemoShopTrouble &t = m_data.trouble;
    auto first = [](int &slot, int id) {
        if (slot == 0)
            slot = id;
    };
    switch (scenario) {
    case Scenario::FacturaMissingGiro:
        first(t.missingGiroOrderId, order.id);
        break;
    case Scenario::FacturaInvalidRut:
        first(t.invalidRutOrderId, order.id);
        break;
    case Scenario::FacturaFormattedRut:
        first(t.formattedRutOrderId, order.id);
        break;
    case Scenario::Unlinked:
        first(t.unlinkedSkuOrderId, order.id);
        break;
    case Scenario::GiftOnly:
        first(t.giftOnlyOrderId, order.id);
        break;
    case Scenario::Discount:
        first(t.discountOrderId, order.id);
        break;
    case Scenario::MultiUnit:
        first(t.multiUnitOrderId, order.id);
        break;
    case Scenario::Pack:
        first(t.packOrderId, order.id);
        break;
    case Scenario::Serial:
        first(t.serialOrderId, order.id);
        break;
    case Scenario::Unlimited:
        first(t.unlimitedOrderId, order.id);
        break;
    case Scenario::DuplicateSku:
        first(t.duplicateSkuOrderId, order.id);
        break;
    case Scenario::SloppySku:
        first(t.sloppySkuOrderId, order.id);
        break;
    default:
        break;
    }
    if (order.additionalField(u"Tipo de Documento"_s) == u"Factura"_s)
        t.facturaOrderIds.append(order.id);
    else
        t.boletaOrderIds.append(order.id);
}

} // namespace puente::fakes
