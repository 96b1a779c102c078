#include "seed/DemoSeeder.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>

#include <algorithm>
#include <thread>

#include "FakeBsale.h"
#include "FakeJumpseller.h"
#include "jumpseller/Shop.h"

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes {

namespace {

int flag(bool value)
{
    return value ? 1 : 0;
}

// ---- Bsale ----------------------------------------------------------------------------------

void seedSettings(const DemoErpData &erp, FakeBsale &bsale)
{
    bsale.setCompanyId(erp.cpnId);
    for (const DemoTax &t : erp.taxes)
        bsale.addTax({t.id, t.name, t.percentage, t.code, flag(t.forAllProducts), {}, t.state});
    for (const DemoPriceList &l : erp.priceLists) {
        bsale::PriceList list;
        list.id = l.id;
        list.name = l.name;
        list.description = l.description;
        list.state = l.state;
        list.coinId = l.coinId;
        bsale.addPriceList(list);
    }
    for (const DemoOffice &o : erp.offices) {
        bsale::Office office;
        office.id = o.id;
        office.name = o.name;
        office.description = o.description;
        office.address = o.address;
        office.municipality = o.municipality;
        office.city = o.city;
        office.country = u"Chile"_s;
        office.isVirtual = flag(o.isVirtual);
        office.state = o.state;
        office.defaultPriceListId = o.defaultPriceListId;
        bsale.addOffice(office);
    }
    for (const DemoDocumentType &t : erp.documentTypes) {
        bsale::DocumentType type;
        type.id = t.id;
        type.name = t.name;
        type.codeSii = t.codeSii;
        type.use = t.use;
        type.isElectronicDocument = flag(t.isElectronicDocument);
        type.breakdownTax = flag(t.breakdownTax);
        type.isSalesNote = flag(t.isSalesNote);
        type.isExempt = flag(t.isExempt);
        type.isCreditNote = flag(t.isCreditNote);
        type.useClient = flag(t.useClient);
        type.initialNumber = t.initialNumber;
        type.state = t.state;
        bsale.addDocumentType(type);
    }
    for (const DemoPaymentType &t : erp.paymentTypes) {
        bsale::PaymentType type;
        type.id = t.id;
        type.name = t.name;
        type.isVirtual = flag(t.isVirtual);
        type.isCheck = flag(t.isCheck);
        type.isCreditNote = flag(t.isCreditNote);
        type.isClientCredit = flag(t.isClientCredit);
        type.isCash = flag(t.isCash);
        type.state = t.state;
        bsale.addPaymentType(type);
    }
    for (const DemoClient &c : erp.clients) {
        bsale::Client client;
        client.id = c.id;
        client.code = c.code;
        client.company = c.company;
        client.activity = c.activity;
        client.firstName = c.firstName;
        client.lastName = c.lastName;
        client.email = c.email;
        client.phone = c.phone;
        client.address = c.address;
        client.municipality = c.municipality;
        client.city = c.city;
        client.companyOrPerson = c.companyOrPerson;
        client.state = c.state;
        bsale.addClient(client);
    }
}

void seedProductTypes(const DemoErpData &erp, FakeBsale &bsale)
{
    for (const DemoProductType &t : erp.productTypes) {
        bsale::ProductType type;
        type.id = t.id;
        type.name = t.name;
        type.state = t.state;
        bsale.addProductType(type);
        for (const DemoAttribute &a : t.attributes) {
            bsale::Attribute attribute;
            attribute.id = a.id;
            attribute.productTypeId = t.id;
            attribute.name = a.name;
            attribute.isMandatory = flag(a.isMandatory);
            attribute.generateVariantName = flag(a.generateVariantName);
            attribute.hasOptions = flag(!a.options.isEmpty());
            attribute.options = a.options.join(u'|'); // Bsale's one pipe-separated string (§13)
            attribute.state = a.state;
            bsale.addAttribute(attribute);
        }
    }
}

bsale::Variant toBsaleVariant(const DemoErpVariant &v, const DemoErpProduct *product)
{
    bsale::Variant variant;
    variant.id = v.id;
    variant.productId = v.productId;
    variant.description = v.description;
    variant.code = v.code;
    variant.barCode = v.barCode;
    variant.unlimitedStock = flag(v.unlimitedStock);
    variant.allowNegativeStock = flag(v.allowNegativeStock);
    variant.serialNumber = flag(v.serialNumber);
    variant.isLot = flag(v.serialNumber && product && product->isLot);
    variant.state = v.state;
    if (product && product->classification == DemoErpProduct::Pack) {
        for (const DemoPackItem &item : product->packDetails)
            variant.pack.append({item.variantId, item.quantity});
    }
    return variant;
}

void seedCatalogue(const DemoErpData &erp, FakeBsale &bsale)
{
    QHash<int, const DemoErpProduct *> products;
    products.reserve(erp.products.size());
    for (const DemoErpProduct &p : erp.products) {
        bsale::Product product;
        product.id = p.id;
        product.name = p.name;
        product.description = p.description;
        product.classification = p.classification;
        product.productTypeId = p.productTypeId;
        product.brandId = p.brandId;
        product.stockControl = flag(p.stockControl);
        product.state = p.state;
        bsale.addProduct(product);
        products.insert(p.id, &p);
    }
    bsale.reserveVariants(int(erp.variants.size()));
    QList<QPair<int, QString>> values;
    for (const DemoErpVariant &v : erp.variants) {
        values.clear();
        for (const DemoAttributeValue &value : v.attributeValues)
            values.append({value.attributeId, value.description});
        bsale.addVariant(toBsaleVariant(v, products.value(v.productId)), values);
    }
    // Stock rows get their ids in insertion order, which is the data's (variant-major) order.
    for (const DemoStock &s : erp.stocks)
        bsale.setStock(s.variantId, s.officeId, s.quantity, s.quantityReserved);
}

void seedPrices(const DemoErpData &erp, FakeBsale &bsale)
{
    // Price details get their ids in insertion order: insert them by the data's detail id so
    // both lists keep the ids the data gave them.
    struct Detail
    {
        int id;
        int priceListId;
        const DemoPrice *price;
    };
    std::vector<Detail> details;
    for (const DemoPriceList &list : erp.priceLists) {
        for (const DemoPrice &price : list.details)
            details.push_back({price.id, list.id, &price});
    }
    std::sort(details.begin(), details.end(), [](const Detail &a, const Detail &b) { return a.id < b.id; });
    for (const Detail &d : details)
        bsale.setPrice(d.priceListId, d.price->variantId, d.price->variantValue,
                       double(d.price->variantValueWithTaxes));
}

// ---- Jumpseller -----------------------------------------------------------------------------

jumpseller::Address toAddress(const DemoAddress &a)
{
    jumpseller::Address address;
    address.name = a.name;
    address.surname = a.surname;
    address.taxid = a.taxid;
    address.address = a.address;
    bool numeric = false;
    const double number = a.streetNumber.toDouble(&numeric);
    if (numeric)
        address.streetNumber = number;
    address.complement = a.complement;
    address.city = a.city;
    address.postal = a.postal;
    address.municipality = a.municipality;
    address.region = a.region;
    address.regionCode = a.regionCode;
    address.country = a.country;
    address.countryCode = a.countryCode;
    return address;
}

jumpseller::Product toStoreProduct(const DemoStoreProduct &p)
{
    jumpseller::Product product;
    product.id = p.id;
    product.name = p.name;
    product.description = p.description;
    product.permalink = p.permalink;
    product.sku = p.sku;
    product.barcode = p.barcode;
    product.brand = p.brand;
    product.status = p.status;
    product.price = double(p.price);
    product.stock = p.stock;
    product.stockUnlimited = p.stockUnlimited;
    product.weight = p.weight;
    product.categoryIds = p.categoryIds;
    // Colour swatches live on the variants' option values in the data; the store keeps them on
    // the option's values.
    QHash<QString, QString> swatches;
    for (const DemoStoreVariant &variant : p.variants) {
        for (const DemoStoreOptionValue &value : variant.options) {
            if (!value.custom.isEmpty())
                swatches.insert(value.name + u'\n' + value.value, value.custom);
        }
    }
    for (qsizetype i = 0; i < p.options.size(); ++i) {
        const DemoStoreOption &o = p.options.at(i);
        jumpseller::ProductOption option;
        option.name = o.name;
        option.optionType = o.optionType.isEmpty() ? u"option"_s : o.optionType;
        option.position = int(i) + 1;
        for (qsizetype j = 0; j < o.values.size(); ++j) {
            jumpseller::OptionValue value;
            value.name = o.values.at(j);
            value.custom = swatches.value(o.name + u'\n' + value.name);
            value.position = int(j) + 1;
            option.values.append(value);
        }
        product.options.append(option);
    }
    for (const DemoStoreFieldValue &f : p.fields) {
        jumpseller::ProductField field;
        field.customFieldId = f.customFieldId;
        field.value = f.value;
        product.fields.append(field);
    }
    return product;
}

void seedStoreVariants(const DemoStoreProduct &p, jumpseller::Catalog &catalog)
{
    QList<QPair<QString, QString>> options;
    for (const DemoStoreVariant &v : p.variants) {
        jumpseller::Variant variant;
        variant.id = v.id;
        variant.sku = v.sku;
        variant.barcode = v.barcode;
        variant.price = double(v.price);
        variant.stock = v.stock;
        variant.stockUnlimited = v.stockUnlimited;
        options.clear();
        for (const DemoStoreOptionValue &value : v.options)
            options.append({value.name, value.value});
        QString error;
        if (catalog.addVariant(p.id, variant, options, &error) == 0)
            qWarning("DemoSeeder: store variant %d of product %d refused: %s", v.id, p.id, qPrintable(error));
    }
}

jumpseller::Order toStoreOrder(const DemoOrder &o, const jumpseller::StoreInfo &store)
{
    jumpseller::Order order;
    order.id = o.id;
    order.status = jumpseller::parseStatus(o.statusEnum).value_or(jumpseller::OrderStatus::PendingPayment);
    order.createdAt = o.createdAt;
    order.completedAt = o.completedAt;
    order.currency = o.currency;
    order.subtotal = double(o.subtotal);
    order.tax = double(o.tax);
    order.shipping = double(o.shipping);
    order.discount = double(o.discount);
    order.total = double(o.total);
    order.taxIncluded = true; // the data's amounts are IVA-inclusive
    order.taxRate = store.taxRate;
    order.shippingRequired = o.shippingOption != u"no_shipping"_s;
    order.shippingMethodName = o.shippingMethodName;
    order.paymentMethodName = o.paymentMethodName;
    order.paymentMethodType = o.paymentMethodType;
    order.additionalInformation = o.additionalInformation;
    order.shipmentStatus = o.shipmentStatusEnum.isEmpty() ? u"unfulfilled"_s : o.shipmentStatusEnum;
    order.customer.id = o.customer.id;
    order.customer.email = o.customer.email;
    order.customer.phone = o.customer.phone;
    order.customer.phonePrefix = o.customer.phonePrefix;
    order.customer.fullname = o.customer.fullname;
    order.shippingAddress = toAddress(o.shippingAddress);
    order.billingAddress = toAddress(o.billingAddress);
    order.billingInformation = {o.billingInformation.businessActivity, o.billingInformation.companyName,
                                o.billingInformation.taxpayerType};
    for (const DemoOrderLine &l : o.products) {
        jumpseller::OrderLine line;
        line.productId = l.productId;
        line.variantId = l.variantId;
        line.sku = l.sku;
        line.name = l.name;
        line.qty = l.qty;
        line.price = double(l.price);
        line.discount = double(l.discount);
        line.weight = l.weight;
        order.lines.append(line);
    }
    for (const DemoOrderField &f : o.additionalFields)
        order.additionalFields.append({f.id, f.label, f.value, f.area.isEmpty() ? u"other"_s : f.area});
    return order;
}

} // namespace

void DemoSeeder::seedBsale(const DemoErpData &erp, FakeBsale &bsale)
{
    seedSettings(erp, bsale);
    seedProductTypes(erp, bsale);
    seedCatalogue(erp, bsale);
    seedPrices(erp, bsale);
}

void DemoSeeder::seedJumpseller(const DemoStoreData &store, FakeJumpseller &jumpseller)
{
    jumpseller::StoreInfo info = jumpseller.store();
    info.name = store.name;
    info.code = store.code;
    info.currency = store.currency;
    info.country = store.country;
    info.timezone = store.timezone;
    jumpseller.setStore(info);

    jumpseller::Shop &shop = jumpseller.shop();
    jumpseller::Catalog &catalog = shop.catalog();
    for (const DemoStoreCategory &c : store.categories)
        catalog.addCategory(jumpseller::Category {c.id, c.name, c.parentId, c.permalink});
    for (const DemoStoreCustomField &f : store.customFields)
        catalog.addCustomField(jumpseller::CustomField {f.id, f.label, f.type, f.values});
    for (const DemoStoreProduct &p : store.products) {
        catalog.addProduct(toStoreProduct(p));
        seedStoreVariants(p, catalog);
    }
    for (const DemoCheckoutField &f : store.checkoutFields) {
        jumpseller::CheckoutCustomField field;
        field.id = f.id;
        field.label = f.label;
        field.type = f.type;
        field.area = f.area;
        field.required = f.required;
        field.position = f.position;
        field.deletable = f.deletable;
        field.selectOptions = f.selectOptions;
        shop.addCheckoutField(field);
    }
    for (const DemoOrder &o : store.orders) {
        const jumpseller::OrderOutcome outcome = shop.restoreOrder(toStoreOrder(o, info));
        if (!outcome.ok())
            qWarning("DemoSeeder: order %d refused: %s", o.id, qPrintable(outcome.error));
    }
}

DemoSeedReport DemoSeeder::seed(const DemoShopData &data, FakeBsale &bsale, FakeJumpseller &jumpseller)
{
    DemoSeedReport report;
    // The two sides share nothing, so the Bsale side is seeded on a worker thread meanwhile: a
    // large catalogue starts in about the time of the slower side. The fakes are not serving
    // yet (or their thread is blocked right here), and join() publishes the worker's writes.
    std::thread erp([&data, &bsale, &report] {
        QElapsedTimer timer;
        timer.start();
        seedBsale(data.erp, bsale);
        report.bsaleMs = timer.elapsed();
    });
    QElapsedTimer timer;
    timer.start();
    seedJumpseller(data.store, jumpseller);
    report.jumpsellerMs = timer.elapsed();
    erp.join();
    report.erpProducts = bsale.store().products().size();
    report.erpVariants = bsale.store().variants().size();
    report.erpStocks = bsale.store().stocks().size();
    report.storeProducts = jumpseller.productCount();
    report.storeVariants = jumpseller.variantCount();
    report.storeOrders = int(jumpseller.orderIds().size());
    return report;
}

DemoSeedReport DemoSeeder::reseed(const DemoShopOptions &options, FakeBsale &bsale, FakeJumpseller &jumpseller,
                                  DemoShopData *generated)
{
    bsale.clear();
    jumpseller.clear();
    QElapsedTimer timer;
    timer.start();
    DemoShopData data = DemoShop::generate(options);
    const qint64 generateMs = timer.elapsed();
    DemoSeedReport report = seed(data, bsale, jumpseller);
    report.generateMs = generateMs;
    if (generated)
        *generated = std::move(data);
    return report;
}

} // namespace puente::fakes
