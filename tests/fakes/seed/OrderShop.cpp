#include "seed/OrderShop.h"

#include <QtCore/QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes {

namespace {

// Prices that stress the peso rounding (chile-dte.md §4.3: 680 and 86710 are the edge cases).
const QList<double> kPrices {9990, 680, 86710, 15990, 1190, 3490, 24990, 333};

} // namespace

OrderShop OrderShop::seed(FakeBsale &bsale, FakeJumpseller &store, int itemCount)
{
    OrderShop shop;
    shop.basics = bsale.seedBasics();
    // The store's code is part of every salesId; naming it here lets a test that only has the
    // shop's JSON (or the sandbox's line) compute them.
    jumpseller::StoreInfo info = store.store();
    info.code = kStoreCode;
    store.setStore(info);
    store.addChileanCheckoutFields();

    bsale::Product product;
    product.name = u"Productos de prueba"_s;
    const int productId = bsale.addProduct(product);
    for (int i = 0; i < itemCount; ++i) {
        Item item;
        item.sku = u"SKU-%1"_s.arg(i + 1, 3, 10, QLatin1Char('0'));
        item.price = kPrices.at(i % kPrices.size());
        bsale::Variant variant;
        variant.productId = productId;
        variant.code = item.sku;
        variant.description = item.sku;
        item.bsaleVariantId = bsale.addVariant(variant);
        bsale.setStock(item.bsaleVariantId, shop.basics.officeId, 1e7);
        bsale.setPrice(shop.basics.priceListId, item.bsaleVariantId, item.price / 1.19);

        jumpseller::ProductSeed seed;
        seed.name = u"Producto %1"_s.arg(i + 1);
        seed.price = item.price;
        if (i % 2 == 0) { // half with a variant, half without
            seed.variants.append(jumpseller::VariantSeed {item.sku, {}, item.price, 1000000, false, {}});
        } else {
            seed.sku = item.sku;
            seed.stock = 1000000;
        }
        item.storeProductId = store.addProduct(seed);
        const auto found = store.findSku(item.sku);
        item.storeVariantId = found ? found->second : 0;
        shop.items.append(item);
    }
    // Shipping: a service without stock control (bsale.md §3).
    bsale::Product service;
    service.name = u"Despacho"_s;
    service.classification = 1;
    service.stockControl = 0;
    bsale::Variant shipping;
    shipping.productId = bsale.addProduct(service);
    shipping.code = kShippingCode;
    shipping.description = u"Despacho"_s;
    shop.shippingVariantId = bsale.addVariant(shipping);
    return shop;
}

jumpseller::OrderSeed OrderShop::orderSeed(const QList<QPair<int, int>> &lines, DocumentKind kind, double shipping,
                                           bool withGiro) const
{
    jumpseller::OrderSeed seed;
    for (const auto &[index, quantity] : lines) {
        const Item &item = items.at(index % items.size());
        jumpseller::OrderLineSeed line;
        line.productId = item.storeProductId;
        line.variantId = item.storeVariantId;
        line.qty = quantity;
        seed.lines.append(line);
    }
    seed.shippingPrice = shipping;
    seed.billingAddress.name = u"Camila"_s;
    seed.billingAddress.surname = u"Rojas"_s;
    if (kind == DocumentKind::Factura) {
        seed.email = u"compras@ferreteria.cl"_s;
        seed.billingAddress.taxid = u"76.369.187-K"_s;
        seed.billingAddress.address = u"Av. Providencia 1234"_s;
        seed.billingAddress.municipality = u"Providencia"_s;
        seed.billingAddress.city = u"Santiago"_s;
        seed.additionalFields = {{u"Tipo de Documento"_s, u"factura"_s},
                                 {u"Razón Social"_s, u"Ferretería Los Andes SpA"_s}};
        if (withGiro)
            seed.additionalFields.append({u"Giro"_s, u"Venta de artículos de ferretería"_s});
    } else {
        seed.additionalFields = {{u"Tipo de Documento"_s, u"boleta"_s}};
    }
    return seed;
}

QJsonObject OrderShop::orderSeedJson(const jumpseller::OrderSeed &seed)
{
    QJsonArray products;
    for (const auto &line : seed.lines) {
        QJsonObject p {{u"id"_s, line.productId}, {u"qty"_s, line.qty}};
        if (line.variantId)
            p.insert(u"variant_id"_s, line.variantId);
        products.append(p);
    }
    QJsonArray fields;
    for (const auto &[label, value] : seed.additionalFields)
        fields.append(QJsonObject {{u"label"_s, label}, {u"value"_s, value}});
    const auto &b = seed.billingAddress;
    return QJsonObject {
        {u"customer"_s, QJsonObject {{u"email"_s, seed.email}}},
        {u"billing_address"_s,
         QJsonObject {{u"name"_s, b.name},
                      {u"surname"_s, b.surname},
                      {u"taxid"_s, b.taxid},
                      {u"address"_s, b.address},
                      {u"municipality"_s, b.municipality},
                      {u"city"_s, b.city}}},
        {u"additional_fields"_s, fields},
        {u"shipping_price"_s, seed.shippingPrice},
        {u"products"_s, products},
    };
}

QJsonObject OrderShop::toJson() const
{
    QJsonArray list;
    for (const Item &item : items) {
        list.append(QJsonObject {{u"sku"_s, item.sku},
                                 {u"bsaleVariantId"_s, item.bsaleVariantId},
                                 {u"storeProductId"_s, item.storeProductId},
                                 {u"storeVariantId"_s, item.storeVariantId},
                                 {u"price"_s, item.price}});
    }
    return {{u"items"_s, list},
            {u"shippingVariantId"_s, shippingVariantId},
            {u"officeId"_s, basics.officeId},
            {u"priceListId"_s, basics.priceListId},
            {u"boletaTypeId"_s, basics.boletaTypeId},
            {u"facturaTypeId"_s, basics.facturaTypeId},
            {u"creditNoteTypeId"_s, basics.creditNoteTypeId},
            {u"cashPaymentTypeId"_s, basics.cashPaymentTypeId}};
}

OrderShop OrderShop::fromJson(const QJsonObject &json)
{
    OrderShop shop;
    for (const auto &value : json.value(u"items"_s).toArray()) {
        const QJsonObject o = value.toObject();
        shop.items.append(Item {o.value(u"sku"_s).toString(), o.value(u"bsaleVariantId"_s).toInt(),
                                o.value(u"storeProductId"_s).toInt(), o.value(u"storeVariantId"_s).toInt(),
                                o.value(u"price"_s).toDouble()});
    }
    shop.shippingVariantId = json.value(u"shippingVariantId"_s).toInt();
    shop.basics.officeId = json.value(u"officeId"_s).toInt();
    shop.basics.priceListId = json.value(u"priceListId"_s).toInt();
    shop.basics.boletaTypeId = json.value(u"boletaTypeId"_s).toInt();
    shop.basics.facturaTypeId = json.value(u"facturaTypeId"_s).toInt();
    shop.basics.creditNoteTypeId = json.value(u"creditNoteTypeId"_s).toInt();
    shop.basics.cashPaymentTypeId = json.value(u"cashPaymentTypeId"_s).toInt();
    return shop;
}

} // namespace puente::fakes
