// The demo shop generator: deterministic, the promised size, and every deliberate trouble
// case really present and really troublesome, so the sandbox and the sync tests can rely on it.
#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QSet>
#include <QtTest/QTest>

#include <cmath>

#include "billing/Rut.h"
#include "seed/DemoShop.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente::fakes;

namespace {
bool isValidRut(QStringView rut)
{
    return puente::Rut::isValid(rut);
}
} // namespace

class TestDemoShop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rutCheckDigitMatchesVectors_data();
    void rutCheckDigitMatchesVectors();
    void rutValidationToleratesTyping();
    void parsesKinds();
    void sameOptionsGiveIdenticalJson();
    void hasTheDemoSize();
    void referencesAreConsistent();
    void pricesCarryIva();
    void duplicateStoreSkusAreDuplicated();
    void sloppySkusDifferOnlyByCaseOrSpace();
    void sidesOverlapByAbout85Percent();
    void specialVariantsAreSpecial();
    void onlyTheInvalidRutFailsModulo11();
    void facturaDataIsCompleteExceptTheMissingGiro();
    void ordersCoverEveryStatusAndAddUp();
    void orderTroubleIsReal();
    void largeGivesExactlyNVariants_data();
    void largeGivesExactlyNVariants();
    void large100kIsFastAndUnique();

private:
    QSet<QString> storeSkus() const;
    QList<QString> allStoreSkus() const;
    QHash<QString, const DemoErpVariant *> erpBySku() const;
    const DemoOrder *order(int id) const;
    qint64 baseGross(int variantId) const;

    DemoShopData m_shop;
};

void TestDemoShop::initTestCase()
{
    m_shop = DemoShop::generate();
}

QSet<QString> TestDemoShop::storeSkus() const
{
    const QList<QString> all = allStoreSkus();
    return QSet<QString>(all.begin(), all.end());
}

QList<QString> TestDemoShop::allStoreSkus() const
{
    QList<QString> skus;
    for (const DemoStoreProduct &product : m_shop.store.products) {
        if (product.variants.isEmpty())
            skus.append(product.sku);
        for (const DemoStoreVariant &variant : product.variants)
            skus.append(variant.sku);
    }
    return skus;
}

QHash<QString, const DemoErpVariant *> TestDemoShop::erpBySku() const
{
    QHash<QString, const DemoErpVariant *> map;
    for (const DemoErpVariant &variant : m_shop.erp.variants)
        map.insert(variant.code, &variant);
    return map;
}

const DemoOrder *TestDemoShop::order(int id) const
{
    for (const DemoOrder &o : m_shop.store.orders) {
        if (o.id == id)
            return &o;
    }
    return nullptr;
}

qint64 TestDemoShop::baseGross(int variantId) const
{
    for (const DemoPrice &price : m_shop.erp.priceLists.first().details) {
        if (price.variantId == variantId)
            return price.variantValueWithTaxes;
    }
    return -1;
}

// ---- RUT --------------------------------------------------------------------------------------

void TestDemoShop::rutCheckDigitMatchesVectors_data()
{
    QTest::addColumn<int>("body");
    QTest::addColumn<QChar>("digit");
    // chile-dte.md §4.1 test vectors.
    const QList<QPair<int, QChar>> vectors = {
        {60910000, u'1'}, {76555835, u'2'}, {76177907, u'9'}, {76369187, u'K'}, {77879240, u'0'},
        {96874030, u'K'}, {12678579, u'8'}, {12345678, u'5'}, {15509661, u'6'}, {66666666, u'6'},
    };
    for (const auto &[body, digit] : vectors)
        QTest::addRow("%d", body) << body << digit;
}

void TestDemoShop::rutCheckDigitMatchesVectors()
{
    QFETCH(int, body);
    QFETCH(QChar, digit);
    QCOMPARE(puente::Rut::checkDigit(quint32(body)), digit);
    QVERIFY(isValidRut(puente::Rut::fromBody(quint32(body)).value().toString()));
}

void TestDemoShop::rutValidationToleratesTyping()
{
    // The seed writes RUTs with core's Rut: canonical, and dotted with a lower-case k as typed.
    QCOMPARE(puente::Rut::fromBody(76369187).value().toString(), u"76369187-K"_s);
    QCOMPARE(puente::Rut::fromBody(76369187).value().toDottedString().toLower(), u"76.369.187-k"_s);
    QVERIFY(isValidRut(u"76.369.187-k"));
    QVERIFY(isValidRut(u" 12345678-5 "));
    QVERIFY(!isValidRut(u"12345678-4"));
    QVERIFY(!isValidRut(u"12345678"));
    QVERIFY(!isValidRut(u"1234a678-5"));
    QVERIFY(!isValidRut(u""));
}

void TestDemoShop::parsesKinds()
{
    QCOMPARE(DemoShopOptions::parse(u"demo")->kind, DemoShopOptions::Kind::Demo);
    const auto large = DemoShopOptions::parse(u"large:2500");
    QVERIFY(large.has_value());
    QCOMPARE(large->kind, DemoShopOptions::Kind::Large);
    QCOMPARE(large->variantCount, 2500);
    QVERIFY(!DemoShopOptions::parse(u"large:").has_value());
    QVERIFY(!DemoShopOptions::parse(u"large:0").has_value());
    QVERIFY(!DemoShopOptions::parse(u"huge:10").has_value());
}

// ---- shape ------------------------------------------------------------------------------------

void TestDemoShop::sameOptionsGiveIdenticalJson()
{
    const QByteArray first = QJsonDocument(DemoShop::generate().toJson()).toJson(QJsonDocument::Compact);
    const QByteArray second = QJsonDocument(DemoShop::generate().toJson()).toJson(QJsonDocument::Compact);
    QCOMPARE(first.size(), second.size());
    QVERIFY(first == second);
    QVERIFY(first == QJsonDocument(m_shop.toJson()).toJson(QJsonDocument::Compact));

    DemoShopOptions other;
    other.seed = 7;
    const QByteArray reseeded = QJsonDocument(DemoShop::generate(other).toJson()).toJson(QJsonDocument::Compact);
    QVERIFY(reseeded != first); // the seed really drives the content

    DemoShopOptions large;
    large.kind = DemoShopOptions::Kind::Large;
    large.variantCount = 2000;
    QVERIFY(QJsonDocument(DemoShop::generate(large).toJson()).toJson(QJsonDocument::Compact)
            == QJsonDocument(DemoShop::generate(large).toJson()).toJson(QJsonDocument::Compact));
}

void TestDemoShop::hasTheDemoSize()
{
    QVERIFY2(qAbs(m_shop.erp.products.size() - 600) <= 30, qPrintable(QString::number(m_shop.erp.products.size())));
    QVERIFY2(qAbs(m_shop.erp.variants.size() - 1500) <= 75, qPrintable(QString::number(m_shop.erp.variants.size())));
    QVERIFY(m_shop.store.orders.size() >= 35 && m_shop.store.orders.size() <= 45);
    QCOMPARE(m_shop.erp.stocks.size(), m_shop.erp.variants.size() * m_shop.erp.offices.size());
    for (const DemoPriceList &list : m_shop.erp.priceLists)
        QCOMPARE(list.details.size(), m_shop.erp.variants.size());

    // Sizes and colours are really there: most variants carry a Talla and a Color value.
    int sized = 0;
    for (const DemoErpVariant &variant : m_shop.erp.variants)
        sized += variant.description.startsWith(u"Talla "_s) && variant.description.contains(u" / "_s);
    QVERIFY(sized > m_shop.erp.variants.size() / 2);
    QVERIFY(m_shop.erp.productTypes.size() >= 6);
    QVERIFY(m_shop.erp.brands.size() >= 8);
    QCOMPARE(m_shop.store.checkoutFields.size(), 4);
}

void TestDemoShop::referencesAreConsistent()
{
    const DemoErpData &erp = m_shop.erp;
    QHash<int, const DemoProductType *> types;
    for (const DemoProductType &type : erp.productTypes)
        types.insert(type.id, &type);
    QSet<int> brands;
    for (const DemoBrand &brand : erp.brands)
        brands.insert(brand.id);
    QHash<int, const DemoErpProduct *> products;
    for (const DemoErpProduct &product : erp.products) {
        QVERIFY(types.contains(product.productTypeId));
        QVERIFY(product.brandId == 0 || brands.contains(product.brandId));
        QVERIFY(!product.variantIds.isEmpty());
        products.insert(product.id, &product);
    }
    QSet<QString> codes;
    QSet<QString> barCodes;
    for (const DemoErpVariant &variant : erp.variants) {
        const DemoErpProduct *product = products.value(variant.productId);
        QVERIFY(product);
        QVERIFY(product->variantIds.contains(variant.id));
        QVERIFY2(!codes.contains(variant.code), qPrintable(variant.code));
        codes.insert(variant.code);
        QCOMPARE(variant.barCode.size(), 13);
        QVERIFY(!barCodes.contains(variant.barCode));
        barCodes.insert(variant.barCode);
        QSet<int> attributeIds;
        for (const DemoAttribute &attribute : types.value(product->productTypeId)->attributes)
            attributeIds.insert(attribute.id);
        for (const DemoAttributeValue &value : variant.attributeValues)
            QVERIFY(attributeIds.contains(value.attributeId));
    }
    QSet<int> categories;
    for (const DemoStoreCategory &category : m_shop.store.categories)
        categories.insert(category.id);
    QSet<int> storeProductIds;
    QSet<int> storeVariantIds;
    QSet<QString> permalinks;
    for (const DemoStoreProduct &product : m_shop.store.products) {
        QVERIFY(!storeProductIds.contains(product.id));
        storeProductIds.insert(product.id);
        QVERIFY2(!permalinks.contains(product.permalink), qPrintable(product.permalink));
        permalinks.insert(product.permalink);
        for (const int category : product.categoryIds)
            QVERIFY(categories.contains(category));
        QVERIFY(QStringList({u"available"_s, u"not-available"_s, u"disabled"_s}).contains(product.status));
        for (const DemoStoreVariant &variant : product.variants) {
            QVERIFY(!storeVariantIds.contains(variant.id));
            storeVariantIds.insert(variant.id);
            QCOMPARE(variant.options.size(), product.options.size());
        }
    }
}

void TestDemoShop::pricesCarryIva()
{
    int endsIn990 = 0;
    const QList<DemoPrice> &details = m_shop.erp.priceLists.first().details;
    for (const DemoPrice &price : details) {
        const qint64 gross = price.variantValueWithTaxes;
        // Bsale keeps the net with decimals; multiplying back must give the integer gross.
        QCOMPARE(qint64(std::llround(price.variantValue * 1.19)), gross);
        QVERIFY(std::abs(price.variantValue - double(gross) / 1.19) <= 0.0051);
        QCOMPARE(std::round(price.variantValue * 100) / 100, price.variantValue);
        endsIn990 += gross % 1000 == 990;
    }
    QVERIFY(endsIn990 > details.size() * 8 / 10);

    // The rounding edge cases of chile-dte.md §4.3 are on sale, and really are edge cases.
    QSet<qint64> edgeGrosses;
    const auto bySku = erpBySku();
    for (const QString &sku : m_shop.trouble.roundingEdgeSkus)
        edgeGrosses.insert(baseGross(bySku.value(sku)->id));
    QCOMPARE(edgeGrosses, QSet<qint64>({680, 86710}));
    for (const qint64 gross : edgeGrosses) {
        const qint64 net = std::llround(double(gross) / 1.19);
        QVERIFY(net + std::llround(double(net) * 0.19) != gross);
    }
}

// ---- catalogue trouble ------------------------------------------------------------------------

void TestDemoShop::duplicateStoreSkusAreDuplicated()
{
    QHash<QString, int> counts;
    for (const QString &sku : allStoreSkus()) {
        if (!sku.isEmpty())
            ++counts[sku];
    }
    const QStringList &duplicates = m_shop.trouble.duplicateStoreSkus;
    QVERIFY(duplicates.size() >= 3 && duplicates.size() <= 4);
    for (const QString &sku : duplicates)
        QVERIFY2(counts.value(sku) >= 2, qPrintable(sku));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        QVERIFY2(it.value() == 1 || duplicates.contains(it.key()), qPrintable(it.key()));
    QVERIFY(!m_shop.trouble.storeProductsWithoutSku.isEmpty());
}

void TestDemoShop::sloppySkusDifferOnlyByCaseOrSpace()
{
    const QSet<QString> store = storeSkus();
    const auto erp = erpBySku();
    QVERIFY(m_shop.trouble.sloppyStoreSkus.size() >= 2);
    bool caseOnly = false;
    bool spaceOnly = false;
    for (const DemoSkuSpelling &s : m_shop.trouble.sloppyStoreSkus) {
        QVERIFY(s.erpSku != s.storeSku);
        QVERIFY(erp.contains(s.erpSku));
        QVERIFY(!erp.contains(s.storeSku));
        QVERIFY(store.contains(s.storeSku));
        QVERIFY(!store.contains(s.erpSku));
        QCOMPARE(s.storeSku.trimmed().toUpper(), s.erpSku);
        caseOnly = caseOnly || s.storeSku.trimmed() == s.storeSku;
        spaceOnly = spaceOnly || s.storeSku.trimmed() == s.erpSku;
    }
    QVERIFY(caseOnly && spaceOnly);
}

void TestDemoShop::sidesOverlapByAbout85Percent()
{
    // Ground truth says which Bsale products have a store counterpart at all ...
    QSet<int> mirrored;
    for (const DemoStoreProduct &product : m_shop.store.products)
        mirrored.insert(product.linkedErpProductId);
    for (const DemoErpProduct &product : m_shop.erp.products)
        QCOMPARE(!mirrored.contains(product.id), m_shop.trouble.erpOnlyProductIds.contains(product.id));

    // ... and about 85 % of them are found by an exact SKU match.
    const QSet<QString> store = storeSkus();
    int linked = 0;
    for (const DemoErpProduct &product : m_shop.erp.products) {
        bool inStore = false;
        for (const int id : product.variantIds)
            inStore = inStore || store.contains(m_shop.erp.variants.at(id - m_shop.erp.variants.first().id).code);
        linked += inStore;
    }
    const double share = double(linked) / double(m_shop.erp.products.size());
    QVERIFY2(share > 0.80 && share < 0.90, qPrintable(QString::number(share)));

    const auto erp = erpBySku();
    QVERIFY(m_shop.trouble.storeOnlyProductIds.size() >= 10);
    for (const DemoStoreProduct &product : m_shop.store.products) {
        if (!m_shop.trouble.storeOnlyProductIds.contains(product.id))
            continue;
        QCOMPARE(product.linkedErpProductId, 0);
        const bool duplicating = m_shop.trouble.duplicateStoreSkus.contains(product.sku);
        if (product.variants.isEmpty())
            QCOMPARE(erp.contains(product.sku), duplicating);
        for (const DemoStoreVariant &variant : product.variants)
            QVERIFY(!erp.contains(variant.sku));
    }
    QVERIFY(!m_shop.trouble.stockMismatchSkus.isEmpty());
    QVERIFY(!m_shop.trouble.priceMismatchSkus.isEmpty());
}

void TestDemoShop::specialVariantsAreSpecial()
{
    const auto erp = erpBySku();
    const DemoShopTrouble &t = m_shop.trouble;
    const int firstVariantId = m_shop.erp.variants.first().id;
    const int firstProductId = m_shop.erp.products.first().id;
    auto productOf = [&](const QString &sku) -> const DemoErpProduct & {
        return m_shop.erp.products.at(erp.value(sku)->productId - firstProductId);
    };
    auto storeItem = [&](const QString &sku) -> QPair<qint64, bool> {
        for (const DemoStoreProduct &p : m_shop.store.products) {
            if (p.variants.isEmpty() && p.sku == sku)
                return {p.price, p.stockUnlimited};
            for (const DemoStoreVariant &v : p.variants) {
                if (v.sku == sku)
                    return {v.price, v.stockUnlimited};
            }
        }
        return {-1, false};
    };

    // Pack: classification 3, sold by its own code, made of real variants.
    const DemoErpProduct &pack = productOf(t.packSku);
    QCOMPARE(pack.classification, int(DemoErpProduct::Pack));
    QCOMPARE(pack.packDetails.size(), 2);
    for (const DemoPackItem &item : pack.packDetails)
        QCOMPARE(m_shop.erp.variants.at(item.variantId - firstVariantId).id, item.variantId);
    QVERIFY(storeItem(t.packSku).first > 0);

    // Serial: flagged on product and variant; every stock row lists as many serials as units.
    const DemoErpVariant *serial = erp.value(t.serialSku);
    QVERIFY(serial->serialNumber);
    QVERIFY(productOf(t.serialSku).serialNumber);
    int serials = 0;
    for (const DemoStock &row : m_shop.erp.stocks) {
        if (row.variantId == serial->id) {
            QCOMPARE(row.quantity, double(row.serials.size()));
            serials += int(row.serials.size());
        }
    }
    QVERIFY(serials > 0);

    // Gift: zero on both sides.
    QCOMPARE(baseGross(erp.value(t.giftSku)->id), 0);
    QCOMPARE(storeItem(t.giftSku).first, 0);

    // Unlimited: on both sides.
    QVERIFY(erp.value(t.unlimitedSku)->unlimitedStock);
    QVERIFY(storeItem(t.unlimitedSku).second);

    // Negative: Bsale reports less than nothing available in the web office.
    const DemoErpVariant *negative = erp.value(t.negativeStockSku);
    QVERIFY(negative->allowNegativeStock);
    bool below = false;
    for (const DemoStock &row : m_shop.erp.stocks)
        below = below || (row.variantId == negative->id && row.quantityAvailable < 0);
    QVERIFY(below);

    QCOMPARE(t.inactiveErpProductIds.size(), 2);
    for (const int id : t.inactiveErpProductIds)
        QCOMPARE(m_shop.erp.products.at(id - firstProductId).state, 1);
}

// ---- customers and orders ---------------------------------------------------------------------

void TestDemoShop::onlyTheInvalidRutFailsModulo11()
{
    const DemoShopTrouble &t = m_shop.trouble;
    QVERIFY(!t.invalidRut.isEmpty());
    QVERIFY(!isValidRut(t.invalidRut));
    int checked = 0;
    auto check = [&](const QString &rut) {
        if (rut.isEmpty() || rut == t.invalidRut)
            return;
        QVERIFY2(isValidRut(rut), qPrintable(rut));
        ++checked;
    };
    check(m_shop.erp.companyRut);
    for (const DemoClient &client : m_shop.erp.clients)
        check(client.code);
    for (const DemoStoreCustomer &customer : m_shop.store.customers)
        check(customer.billingAddress.taxid);
    int invalidSeen = 0;
    for (const DemoOrder &o : m_shop.store.orders) {
        check(o.billingAddress.taxid);
        check(o.additionalField(u"RUT"_s));
        invalidSeen += o.additionalField(u"RUT"_s) == t.invalidRut;
        if (o.billingAddress.taxid == t.invalidRut)
            QCOMPARE(o.id, t.invalidRutOrderId);
    }
    QCOMPARE(invalidSeen, 1);
    QVERIFY(checked > 30);
    QVERIFY(isValidRut(order(t.formattedRutOrderId)->additionalField(u"RUT"_s)));
    QVERIFY(order(t.formattedRutOrderId)->additionalField(u"RUT"_s).contains(u'.'));

    int sameRut = 0;
    for (const DemoClient &client : m_shop.erp.clients)
        sameRut += client.code == t.duplicateClientRut;
    QCOMPARE(sameRut, 2);
}

void TestDemoShop::facturaDataIsCompleteExceptTheMissingGiro()
{
    const DemoShopTrouble &t = m_shop.trouble;
    QVERIFY(t.facturaOrderIds.size() >= 8);
    QVERIFY(t.boletaOrderIds.size() >= 20);
    for (const int id : t.facturaOrderIds) {
        const DemoOrder *o = order(id);
        QVERIFY(o);
        QCOMPARE(o->additionalField(u"Tipo de Documento"_s), u"Factura"_s);
        QVERIFY(!o->additionalField(u"RUT"_s).isEmpty());
        QCOMPARE(o->billingAddress.taxid, o->additionalField(u"RUT"_s));
        QVERIFY(!o->additionalField(u"Razón Social"_s).isEmpty());
        QVERIFY(o->additionalField(u"Razón Social"_s).size() <= 100);
        QVERIFY(!o->billingAddress.address.isEmpty());
        QVERIFY(!o->billingAddress.municipality.isEmpty());
        const QString giro = o->additionalField(u"Giro"_s);
        if (id == t.missingGiroOrderId) {
            QVERIFY(giro.trimmed().isEmpty());
            QVERIFY(o->billingInformation.businessActivity.trimmed().isEmpty());
        } else {
            QVERIFY(!giro.isEmpty());
            QVERIFY(giro.size() <= 40);
            QCOMPARE(o->billingInformation.businessActivity, giro);
        }
    }
    QVERIFY(t.facturaOrderIds.contains(t.missingGiroOrderId));
    QVERIFY(t.facturaOrderIds.contains(t.invalidRutOrderId));
    for (const int id : t.boletaOrderIds)
        QCOMPARE(order(id)->additionalField(u"Tipo de Documento"_s), u"Boleta"_s);
    int known = 0;
    for (const DemoClient &client : m_shop.erp.clients) {
        if (client.companyOrPerson != 1)
            continue;
        QVERIFY(!client.activity.isEmpty());
        QVERIFY(!client.municipality.isEmpty());
        // A factura for a company Bsale already knows carries the same receptor data.
        for (const int id : t.facturaOrderIds) {
            const DemoOrder *o = order(id);
            if (o->billingAddress.taxid != client.code || client.company != o->billingInformation.companyName)
                continue;
            QCOMPARE(o->billingAddress.municipality, client.municipality);
            QCOMPARE(o->billingInformation.businessActivity, client.activity);
            ++known;
        }
    }
    QVERIFY(known >= 2);
}

void TestDemoShop::ordersCoverEveryStatusAndAddUp()
{
    QSet<QString> statuses;
    const QSet<QString> store = storeSkus();
    int previousId = 0;
    QDateTime previous;
    for (const DemoOrder &o : m_shop.store.orders) {
        statuses.insert(o.statusEnum);
        QVERIFY(o.id > previousId);
        QVERIFY(!previous.isValid() || o.createdAt > previous);
        previousId = o.id;
        previous = o.createdAt;
        QCOMPARE(o.completedAt.isValid(), o.statusEnum != u"abandoned"_s);
        QVERIFY(!o.products.isEmpty());
        qint64 subtotal = 0;
        qint64 discount = 0;
        for (const DemoOrderLine &line : o.products) {
            QVERIFY(store.contains(line.sku));
            QVERIFY(line.qty >= 1);
            subtotal += line.price * line.qty;
            discount += line.discount;
        }
        QCOMPARE(o.subtotal, subtotal);
        QCOMPARE(o.discount, discount);
        QCOMPARE(o.total, subtotal - discount + o.shipping);
        const qint64 goods = subtotal - discount;
        QCOMPARE(o.tax, goods - std::llround(double(goods) / 1.19));
        QVERIFY(!o.customer.email.isEmpty());
        QVERIFY(o.customer.email.contains(u'@'));
    }
    QCOMPARE(statuses, QSet<QString>({u"pending_payment"_s, u"paid"_s, u"canceled"_s, u"abandoned"_s}));
}

void TestDemoShop::orderTroubleIsReal()
{
    const DemoShopTrouble &t = m_shop.trouble;
    const auto erp = erpBySku();
    auto skus = [&](int id) {
        QStringList list;
        for (const DemoOrderLine &line : order(id)->products)
            list.append(line.sku);
        return list;
    };

    const DemoOrder *giftOnly = order(t.giftOnlyOrderId);
    QVERIFY(giftOnly);
    QCOMPARE(skus(t.giftOnlyOrderId), QStringList {t.giftSku});
    QCOMPARE(giftOnly->total, 0);

    QVERIFY(skus(t.unlinkedSkuOrderId).contains(t.unlinkedSku));
    QVERIFY(!erp.contains(t.unlinkedSku));

    bool multi = false;
    for (const DemoOrderLine &line : order(t.multiUnitOrderId)->products)
        multi = multi || line.qty > 1;
    QVERIFY(multi);
    QVERIFY(order(t.discountOrderId)->discount > 0);
    QVERIFY(!order(t.discountOrderId)->coupons.isEmpty());

    QVERIFY(skus(t.packOrderId).contains(t.packSku));
    QVERIFY(skus(t.serialOrderId).contains(t.serialSku));
    QVERIFY(skus(t.unlimitedOrderId).contains(t.unlimitedSku));
    QVERIFY(t.duplicateStoreSkus.contains(skus(t.duplicateSkuOrderId).first()));
    QCOMPARE(skus(t.sloppySkuOrderId).first(), t.sloppyStoreSkus.first().storeSku);

    // Shipping lines exist, and so does a pickup without shipping cost.
    bool shipped = false;
    bool pickup = false;
    for (const DemoOrder &o : m_shop.store.orders) {
        shipped = shipped || o.shipping > 0;
        pickup = pickup || (o.shippingOption == u"store_pickup"_s && o.shipping == 0);
    }
    QVERIFY(shipped && pickup);
}

// ---- large ------------------------------------------------------------------------------------

void TestDemoShop::largeGivesExactlyNVariants_data()
{
    QTest::addColumn<int>("count");
    for (const int n : {1, 2, 3, 7, 1000, 12345})
        QTest::addRow("%d", n) << n;
}

void TestDemoShop::largeGivesExactlyNVariants()
{
    QFETCH(int, count);
    DemoShopOptions options;
    options.kind = DemoShopOptions::Kind::Large;
    options.variantCount = count;
    const DemoShopData data = DemoShop::generate(options);
    QCOMPARE(data.erp.variants.size(), count);
    qsizetype storeVariants = 0;
    for (const DemoStoreProduct &product : data.store.products)
        storeVariants += product.variants.size();
    QCOMPARE(storeVariants, count);
    QCOMPARE(data.store.products.size(), data.erp.products.size());
    if (count >= 1000)
        QVERIFY(qAbs(double(count) / double(data.erp.products.size()) - 2.5) < 0.01);
    QVERIFY(data.store.orders.isEmpty());
}

void TestDemoShop::large100kIsFastAndUnique()
{
    DemoShopOptions options;
    options.kind = DemoShopOptions::Kind::Large;
    options.variantCount = 100000;
    QElapsedTimer timer;
    timer.start();
    const DemoShopData data = DemoShop::generate(options);
    const qint64 elapsed = timer.elapsed();
    qInfo("large:100000 generated in %lld ms (%lld products, %lld variants, %lld stock rows)", elapsed,
          qint64(data.erp.products.size()), qint64(data.erp.variants.size()), qint64(data.erp.stocks.size()));

    QCOMPARE(data.erp.variants.size(), 100000);
    QCOMPARE(data.erp.products.size(), 40000);
    QSet<QString> erpSkus;
    erpSkus.reserve(100000);
    for (const DemoErpVariant &variant : data.erp.variants)
        erpSkus.insert(variant.code);
    QCOMPARE(erpSkus.size(), 100000);
    // Both sides linked by SKU, one to one.
    qsizetype linked = 0;
    QSet<QString> storeSkuSet;
    for (const DemoStoreProduct &product : data.store.products) {
        for (const DemoStoreVariant &variant : product.variants) {
            QVERIFY(!storeSkuSet.contains(variant.sku));
            storeSkuSet.insert(variant.sku);
            linked += erpSkus.contains(variant.sku);
        }
    }
    QCOMPARE(linked, 100000);
}

QTEST_GUILESS_MAIN(TestDemoShop)
#include "tst_demoshop.moc"
