// Contract tests of FakeBsale's catalogue side, over raw HTTP. Every assertion cites the section
// of /work/shared/api/bsale.md it comes from, so a fake that drifts from the docs fails here.
#include <QtTest/QTest>

#include "BsaleHttpClient.h"
#include "FakeBsale.h"

using namespace Qt::Literals::StringLiterals;
using puente::fakes::FakeBsale;
using puente::testing::BsaleHttpClient;
using puente::testing::BsaleHttpReply;
namespace bsale = puente::fakes::bsale;

class TestFakeBsaleCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void missingOrWrongTokenIs401Verbatim();
    void listEnvelopeHasTheDocumentedFields();
    void limitDefaultsTo25AndClampsTo50();
    void nextOnlyWhenMorePagesExist();
    void filtersTakeBracketedAndPlainValues();
    void filtersAreLowerCaseOnly();
    void relationIdsAreStringsTopLevelIdsIntegers();
    void stateZeroMeansActive();
    void variantObjectHasTheDocumentedFields();
    void expandTakesBothForms();
    void fieldsKeepsOnlyTheListedAttributes();
    void countEndpointsHonourFilters();
    void stocksFilterByVariantOfficeCodeAndBarcode();
    void taxPercentageAndCodeAreStrings();
    void documentTypesCodeSiiIsAStringAndFilters();
    void priceListsAndDetails();
    void putPriceDetailRecomputesGross();
    void productTypesAttributesAndValues();
    void productsCarryTypeAndBrand();
    void variantCostsAverageCostIsAString();
    void clientsPostAndFilterByCode();
    void officesAndPaymentTypes();
    void unknownIdIs404();

private:
    BsaleHttpReply get(const QString &path) { return m_http->get(path); }

    std::unique_ptr<FakeBsale> m_fake;
    std::unique_ptr<BsaleHttpClient> m_http;
    FakeBsale::Basics m_basics;
    int m_typeId = 0;
    int m_sizeAttributeId = 0;
    int m_productId = 0;
    QList<int> m_variantIds; // 60 variants SKU-001..SKU-060; SKU-060 is inactive
};

void TestFakeBsaleCatalog::init()
{
    m_fake = std::make_unique<FakeBsale>();
    m_fake->setAccessToken(u"secret-token"_s);
    m_fake->setRateLimitEnabled(false); // limits have their own suite
    QVERIFY(m_fake->start() != 0);
    m_http = std::make_unique<BsaleHttpClient>(m_fake->baseUrl(), "secret-token");

    m_basics = m_fake->seedBasics();
    m_typeId = m_fake->addProductType({0, u"Poleras"_s, 1, 0, {}});
    m_sizeAttributeId = m_fake->addAttribute({0, m_typeId, u"Talla"_s, 1, 1, 1, u"S|M|L"_s, 0});
    m_fake->addAttribute({0, m_typeId, u"Material"_s, 0, 0, 0, QString(), 0});
    bsale::Product product;
    product.name = u"Polera básica"_s;
    product.productTypeId = m_typeId;
    product.brandId = 7;
    m_productId = m_fake->addProduct(product);
    m_variantIds.clear();
    for (int i = 1; i <= 60; ++i) {
        bsale::Variant v;
        v.productId = m_productId;
        v.description = u"Talla %1"_s.arg(i);
        v.code = u"SKU-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        v.barCode = u"78000000%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        v.state = i == 60 ? 1 : 0;
        const int id = m_fake->addVariant(v, {{m_sizeAttributeId, u"M"_s}});
        m_variantIds.append(id);
        m_fake->setStock(id, m_basics.officeId, i);
        m_fake->setPrice(m_basics.priceListId, id, 10000);
    }
}

// §1 Authentication: header `access_token`; FAQ 401 body verbatim.
void TestFakeBsaleCatalog::missingOrWrongTokenIs401Verbatim()
{
    m_http->setToken({});
    auto reply = get(u"/v1/variants.json"_s);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.body, QByteArray(R"({"error":"Sorry, this request can not be authenticated"})"));
    m_http->setToken("wrong");
    QCOMPARE(get(u"/v1/variants.json"_s).status, 401);
    m_http->setToken("secret-token");
    QCOMPARE(get(u"/v1/variants.json"_s).status, 200);
}

// §1 Pagination: {href, count, limit, offset, items, next}.
void TestFakeBsaleCatalog::listEnvelopeHasTheDocumentedFields()
{
    const auto json = get(u"/v1/variants.json?limit=3"_s).json();
    QCOMPARE(json.value(u"href"_s).toString(), m_fake->baseUrl().toString() + u"/v1/variants.json"_s);
    QCOMPARE(json.value(u"count"_s).toInt(), 60);
    QCOMPARE(json.value(u"limit"_s).toInt(), 3);
    QCOMPARE(json.value(u"offset"_s).toInt(), 0);
    QCOMPARE(json.value(u"items"_s).toArray().size(), 3);
    // The docs' own example: "next": ".../v1/variants.json?limit=3&offset=3".
    QCOMPARE(json.value(u"next"_s).toString(), m_fake->baseUrl().toString() + u"/v1/variants.json?limit=3&offset=3"_s);
}

// §1 Pagination: limit default 25, maximum 50.
void TestFakeBsaleCatalog::limitDefaultsTo25AndClampsTo50()
{
    auto json = get(u"/v1/variants.json"_s).json();
    QCOMPARE(json.value(u"limit"_s).toInt(), 25);
    QCOMPARE(json.value(u"items"_s).toArray().size(), 25);
    json = get(u"/v1/variants.json?limit=500"_s).json();
    QCOMPARE(json.value(u"limit"_s).toInt(), 50);
    QCOMPARE(json.value(u"items"_s).toArray().size(), 50);
}

// §12.3: `next` when offset + limit < count; none on the last page. Offset pages by id.
void TestFakeBsaleCatalog::nextOnlyWhenMorePagesExist()
{
    auto json = get(u"/v1/variants.json?limit=50&offset=0"_s).json();
    QVERIFY(json.contains(u"next"_s));
    const auto second = m_http->getUrl(QUrl(json.value(u"next"_s).toString())).json();
    QCOMPARE(second.value(u"offset"_s).toInt(), 50);
    QCOMPARE(second.value(u"items"_s).toArray().size(), 10);
    QVERIFY(!second.contains(u"next"_s));
    QCOMPARE(second.value(u"items"_s).toArray().first().toObject().value(u"id"_s).toInt(), m_variantIds.at(50));
    // Exactly at the end: offset + limit == count → no next.
    QVERIFY(!get(u"/v1/variants.json?limit=20&offset=40"_s).json().contains(u"next"_s));
    // Filters ride along in next.
    json = get(u"/v1/variants.json?state=0&limit=10"_s).json();
    QVERIFY(json.value(u"next"_s).toString().contains(u"state=0"_s));
    QCOMPARE(json.value(u"count"_s).toInt(), 59);
}

// §1 Filtering: bracketed lists and plain values.
void TestFakeBsaleCatalog::filtersTakeBracketedAndPlainValues()
{
    QCOMPARE(get(u"/v1/variants.json?code=[SKU-001,SKU-002]"_s).json().value(u"count"_s).toInt(), 2);
    QCOMPARE(get(u"/v1/variants.json?code=SKU-003"_s).json().value(u"count"_s).toInt(), 1);
    QCOMPARE(get(u"/v1/variants.json?code=%5BSKU-004%5D"_s).json().value(u"count"_s).toInt(), 1);
    QCOMPARE(get(u"/v1/variants.json?barcode=780000000005"_s).items().first().toObject().value(u"code"_s).toString(),
             u"SKU-005"_s);
    QCOMPARE(get(u"/v1/variants.json?productid=%1"_s.arg(m_productId)).json().value(u"count"_s).toInt(), 60);
    QCOMPARE(get(u"/v1/variants.json?id=[%1,%2]"_s.arg(m_variantIds.at(0)).arg(m_variantIds.at(9)))
                 .json()
                 .value(u"count"_s)
                 .toInt(),
             2);
    QCOMPARE(get(u"/v1/variants.json?code=NOPE"_s).json().value(u"count"_s).toInt(), 0);
}

// §1 Filtering "Case sensitivity trap": query filters are lower-case; `barCode=` is not a filter.
void TestFakeBsaleCatalog::filtersAreLowerCaseOnly()
{
    QCOMPARE(get(u"/v1/variants.json?barCode=780000000005"_s).json().value(u"count"_s).toInt(), 60);
    QCOMPARE(get(u"/v1/stocks.json?variantId=%1"_s.arg(m_variantIds.at(0))).json().value(u"count"_s).toInt(), 60);
}

// §1 Ids: top-level id is an integer, relation ids are strings.
void TestFakeBsaleCatalog::relationIdsAreStringsTopLevelIdsIntegers()
{
    const auto variant = get(u"/v1/variants/%1.json"_s.arg(m_variantIds.at(0))).json();
    QVERIFY(variant.value(u"id"_s).isDouble());
    const auto product = variant.value(u"product"_s).toObject();
    QVERIFY(product.value(u"id"_s).isString());
    QCOMPARE(product.value(u"id"_s).toString(), QString::number(m_productId));
    QCOMPARE(product.value(u"href"_s).toString(),
             m_fake->baseUrl().toString() + u"/v1/products/%1.json"_s.arg(m_productId));
    const auto stock = get(u"/v1/stocks.json?variantid=%1"_s.arg(m_variantIds.at(0))).items().first().toObject();
    QVERIFY(stock.value(u"id"_s).isDouble());
    QVERIFY(stock.value(u"variant"_s).toObject().value(u"id"_s).isString());
    QVERIFY(stock.value(u"office"_s).toObject().value(u"id"_s).isString());
}

// §1 Boolean-ish flags: state 0 = active, 1 = inactive; "Inactive variants are returned unless you pass state=0" (§3).
void TestFakeBsaleCatalog::stateZeroMeansActive()
{
    QCOMPARE(get(u"/v1/variants.json?code=SKU-060"_s).json().value(u"count"_s).toInt(), 1);
    QCOMPARE(get(u"/v1/variants.json?code=SKU-060&state=0"_s).json().value(u"count"_s).toInt(), 0);
    QCOMPARE(get(u"/v1/variants.json?code=SKU-060&state=1"_s).items().first().toObject().value(u"state"_s).toInt(), 1);
    QCOMPARE(get(u"/v1/variants.json?code=SKU-001"_s).items().first().toObject().value(u"state"_s).toInt(), 0);
}

// §3 variant example object, key for key.
void TestFakeBsaleCatalog::variantObjectHasTheDocumentedFields()
{
    const auto v = get(u"/v1/variants/%1.json"_s.arg(m_variantIds.at(1))).json();
    const QStringList keys {u"href"_s,
                            u"id"_s,
                            u"description"_s,
                            u"unlimitedStock"_s,
                            u"allowNegativeStock"_s,
                            u"state"_s,
                            u"barCode"_s,
                            u"code"_s,
                            u"imagestionCenterCost"_s,
                            u"imagestionAccount"_s,
                            u"imagestionConceptCod"_s,
                            u"imagestionProyectCod"_s,
                            u"imagestionCategoryCod"_s,
                            u"imagestionProductId"_s,
                            u"serialNumber"_s,
                            u"prestashopCombinationId"_s,
                            u"prestashopValueId"_s,
                            u"product"_s,
                            u"attribute_values"_s,
                            u"costs"_s};
    for (const auto &key : keys)
        QVERIFY2(v.contains(key), qPrintable(key));
    QCOMPARE(v.value(u"code"_s).toString(), u"SKU-002"_s);
    QCOMPARE(v.value(u"barCode"_s).toString(), u"780000000002"_s);
    QCOMPARE(v.value(u"unlimitedStock"_s).toInt(), 0);
    QVERIFY(v.value(u"attribute_values"_s)
                .toObject()
                .value(u"href"_s)
                .toString()
                .endsWith(u"/v1/variants/%1/attribute_values.json"_s.arg(m_variantIds.at(1))));
}

// §1 fields and expand: `?expand=[a,b]` and `?expand=a,b`; stocks expand=[variant,office] (§4).
void TestFakeBsaleCatalog::expandTakesBothForms()
{
    for (const auto &form : {u"[variant,office]"_s, u"variant,office"_s}) {
        const auto stock = get(u"/v1/stocks.json?variantid=%1&expand=%2"_s.arg(m_variantIds.at(0)).arg(form))
                               .items()
                               .first()
                               .toObject();
        QCOMPARE(stock.value(u"variant"_s).toObject().value(u"code"_s).toString(), u"SKU-001"_s);
        QCOMPARE(stock.value(u"office"_s).toObject().value(u"name"_s).toString(), u"Casa Matriz"_s);
    }
    // §3 "mundolovepet uses expand=[product] to get product.name".
    const auto v = get(u"/v1/variants/%1.json?expand=[product]"_s.arg(m_variantIds.at(0))).json();
    QCOMPARE(v.value(u"product"_s).toObject().value(u"name"_s).toString(), u"Polera básica"_s);
    // Not expanded: only {href, id}.
    const auto plain = get(u"/v1/variants/%1.json"_s.arg(m_variantIds.at(0))).json();
    QCOMPARE(plain.value(u"product"_s).toObject().keys(), (QStringList {u"href"_s, u"id"_s}));
}

// §1: `fields=[number,totalAmount]` returns only the listed attributes.
void TestFakeBsaleCatalog::fieldsKeepsOnlyTheListedAttributes()
{
    const auto item = get(u"/v1/variants.json?fields=[code,state]&limit=1"_s).items().first().toObject();
    QVERIFY(item.contains(u"code"_s));
    QVERIFY(item.contains(u"state"_s));
    QVERIFY(!item.contains(u"barCode"_s));
    QVERIFY(!item.contains(u"product"_s));
}

// §1: /v1/<resource>/count.json[?state=0] → {"count": N}.
void TestFakeBsaleCatalog::countEndpointsHonourFilters()
{
    QCOMPARE(get(u"/v1/variants/count.json"_s).json(), QJsonObject({{u"count"_s, 60}}));
    QCOMPARE(get(u"/v1/variants/count.json?state=0"_s).json().value(u"count"_s).toInt(), 59);
    QCOMPARE(get(u"/v1/products/count.json"_s).json().value(u"count"_s).toInt(), 1);
    QCOMPARE(get(u"/v1/offices/count.json"_s).json().value(u"count"_s).toInt(), 1);
    QCOMPARE(get(u"/v1/document_types/count.json"_s).json().value(u"count"_s).toInt(), 3);
    QCOMPARE(get(u"/v1/product_types/count.json"_s).json().value(u"count"_s).toInt(), 1);
}

// §4: stocks filters officeid, variantid, code, barcode; one row per (variant, office); floats.
void TestFakeBsaleCatalog::stocksFilterByVariantOfficeCodeAndBarcode()
{
    bsale::Office second;
    second.name = u"Bodega"_s;
    const int bodega = m_fake->addOffice(second);
    m_fake->setStock(m_variantIds.at(2), bodega, 4, 1);
    QCOMPARE(get(u"/v1/stocks.json?variantid=%1"_s.arg(m_variantIds.at(2))).json().value(u"count"_s).toInt(), 2);
    QCOMPARE(get(u"/v1/stocks.json?officeid=%1"_s.arg(bodega)).json().value(u"count"_s).toInt(), 1);
    QCOMPARE(get(u"/v1/stocks.json?officeid=%1"_s.arg(m_basics.officeId)).json().value(u"count"_s).toInt(), 60);
    const auto row = get(u"/v1/stocks.json?code=SKU-003&officeid=%1"_s.arg(bodega)).items();
    QCOMPARE(row.size(), 1);
    const auto stock = row.first().toObject();
    QCOMPARE(stock.value(u"quantity"_s).toDouble(), 4.0);
    QCOMPARE(stock.value(u"quantityReserved"_s).toDouble(), 1.0);
    QCOMPARE(stock.value(u"quantityAvailable"_s).toDouble(), 3.0); // available = quantity − reserved
    QCOMPARE(get(u"/v1/stocks.json?barcode=780000000003"_s).json().value(u"count"_s).toInt(), 2);
    const int stockId = stock.value(u"id"_s).toInt();
    QCOMPARE(get(u"/v1/stocks/%1.json"_s.arg(stockId)).json().value(u"id"_s).toInt(), stockId);
}

// §5 tax object: percentage "19.0" and code "14" are strings.
void TestFakeBsaleCatalog::taxPercentageAndCodeAreStrings()
{
    const auto tax = get(u"/v1/taxes/%1.json"_s.arg(m_basics.ivaTaxId)).json();
    QCOMPARE(tax.value(u"percentage"_s), QJsonValue(u"19.0"_s));
    QCOMPARE(tax.value(u"code"_s), QJsonValue(u"14"_s));
    QCOMPARE(tax.value(u"name"_s).toString(), u"IVA"_s);
    QVERIFY(tax.value(u"ledgerAccount"_s).isNull());
    QCOMPARE(get(u"/v1/taxes.json?code=14"_s).json().value(u"count"_s).toInt(), 1);
}

// §6 document types: codeSii is a string; filter codesii; `use` 1 for credit notes.
void TestFakeBsaleCatalog::documentTypesCodeSiiIsAStringAndFilters()
{
    const auto items = get(u"/v1/document_types.json?codesii=39"_s).items();
    QCOMPARE(items.size(), 1);
    const auto boleta = items.first().toObject();
    QCOMPARE(boleta.value(u"codeSii"_s), QJsonValue(u"39"_s));
    QCOMPARE(boleta.value(u"use"_s).toInt(), 0);
    QVERIFY(boleta.value(u"book_type"_s).toObject().value(u"id"_s).isString());
    QCOMPARE(get(u"/v1/document_types.json?codesii=[33,61]"_s).json().value(u"count"_s).toInt(), 2);
    const auto note = get(u"/v1/document_types.json?use=1"_s).items().first().toObject();
    QCOMPARE(note.value(u"codeSii"_s).toString(), u"61"_s);
    QCOMPARE(note.value(u"isCreditNote"_s).toInt(), 1);
    // §6 number_availables.json?codesii=33 → {"numbers_available":…, "last":…}
    const auto numbers = get(u"/v1/document_types/number_availables.json?codesii=33"_s).json();
    QVERIFY(numbers.value(u"numbers_available"_s).toInt() > 0);
    QVERIFY(numbers.contains(u"last"_s));
    m_fake->setOutOfFolios(m_basics.facturaTypeId, true);
    QCOMPARE(
        get(u"/v1/document_types/number_availables.json?codesii=33"_s).json().value(u"numbers_available"_s).toInt(), 0);
}

// §5 price lists: the list's own id is a string; details carry net and gross values.
void TestFakeBsaleCatalog::priceListsAndDetails()
{
    const auto list = get(u"/v1/price_lists/%1.json"_s.arg(m_basics.priceListId)).json();
    QCOMPARE(list.value(u"id"_s), QJsonValue(QString::number(m_basics.priceListId)));
    QVERIFY(list.value(u"coin"_s).toObject().value(u"id"_s).isString());
    QCOMPARE(get(u"/v1/price_lists.json"_s).json().value(u"count"_s).toInt(), 1);

    const QString details = u"/v1/price_lists/%1/details.json"_s.arg(m_basics.priceListId);
    QCOMPARE(get(details).json().value(u"count"_s).toInt(), 60);
    const auto byVariant = get(details + u"?variantid=%1"_s.arg(m_variantIds.at(4))).items();
    QCOMPARE(byVariant.size(), 1);
    const auto detail = byVariant.first().toObject();
    QCOMPARE(detail.value(u"variantValue"_s).toDouble(), 10000.0);
    QCOMPARE(detail.value(u"variantValueWithTaxes"_s).toDouble(), 11900.0);
    QCOMPARE(detail.value(u"variant"_s).toObject().value(u"id"_s), QJsonValue(QString::number(m_variantIds.at(4))));
    QCOMPARE(get(details + u"?code=SKU-005"_s).items().first().toObject().value(u"id"_s), detail.value(u"id"_s));
    const auto expanded = get(details + u"?code=SKU-005&expand=[variant]"_s).items().first().toObject();
    QCOMPARE(expanded.value(u"variant"_s).toObject().value(u"code"_s).toString(), u"SKU-005"_s);
}

// §5: PUT {"variantValue":2000} → variantValueWithTaxes 2380 (2000 × 1.19).
void TestFakeBsaleCatalog::putPriceDetailRecomputesGross()
{
    const auto detail =
        get(u"/v1/price_lists/%1/details.json?code=SKU-001"_s.arg(m_basics.priceListId)).items().first().toObject();
    const int detailId = detail.value(u"id"_s).toInt();
    const auto reply = m_http->put(u"/v1/price_lists/%1/details/%2.json"_s.arg(m_basics.priceListId).arg(detailId),
                                   {{u"variantValue"_s, 2000}, {u"id"_s, detailId}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"variantValueWithTaxes"_s).toDouble(), 2380.0);
    QCOMPARE(reply.json().value(u"id"_s).toInt(), detailId);
}

// §13 product types, attributes (options pipe-separated) and a variant's attribute values.
void TestFakeBsaleCatalog::productTypesAttributesAndValues()
{
    const auto type = get(u"/v1/product_types/%1.json"_s.arg(m_typeId)).json();
    for (const auto &key : {u"href"_s, u"id"_s, u"name"_s, u"isEditable"_s, u"state"_s, u"imagestionCategoryId"_s,
                            u"prestashopCategoryId"_s, u"attributes"_s})
        QVERIFY2(type.contains(key), qPrintable(key));
    const QString attributesHref = type.value(u"attributes"_s).toObject().value(u"href"_s).toString();
    const auto attributes = m_http->getUrl(QUrl(attributesHref)).json();
    QCOMPARE(attributes.value(u"count"_s).toInt(), 2);
    const auto size = attributes.value(u"items"_s).toArray().first().toObject();
    QCOMPARE(size.value(u"options"_s), QJsonValue(u"S|M|L"_s));
    QCOMPARE(size.value(u"generateVariantName"_s).toInt(), 1);
    QCOMPARE(get(u"/v1/product_types/%1/attributes/%2.json"_s.arg(m_typeId).arg(m_sizeAttributeId))
                 .json()
                 .value(u"name"_s)
                 .toString(),
             u"Talla"_s);
    QCOMPARE(get(u"/v1/product_types.json?name=Poleras"_s).json().value(u"count"_s).toInt(), 1);

    const auto values = get(u"/v1/variants/%1/attribute_values.json"_s.arg(m_variantIds.at(0))).items();
    QCOMPARE(values.size(), 1);
    const auto value = values.first().toObject();
    QCOMPARE(value.value(u"description"_s).toString(), u"M"_s);
    QCOMPARE(value.value(u"attribute"_s).toObject().value(u"id"_s), QJsonValue(QString::number(m_sizeAttributeId)));
}

// §3 product fields; §13 product_type node and brandId.
void TestFakeBsaleCatalog::productsCarryTypeAndBrand()
{
    const auto product = get(u"/v1/products/%1.json"_s.arg(m_productId)).json();
    QCOMPARE(product.value(u"product_type"_s).toObject().value(u"id"_s), QJsonValue(QString::number(m_typeId)));
    QCOMPARE(product.value(u"brandId"_s).toInt(), 7);
    QCOMPARE(product.value(u"classification"_s).toInt(), 0);
    QVERIFY(product.contains(u"presashopAttributeId"_s)); // sic
    QCOMPARE(get(u"/v1/products.json?producttypeid=%1"_s.arg(m_typeId)).json().value(u"count"_s).toInt(), 1);
    QCOMPARE(get(u"/v1/products/%1/variants.json"_s.arg(m_productId)).json().value(u"count"_s).toInt(), 60);
    const auto expanded = get(u"/v1/products/%1.json?expand=[product_type]"_s.arg(m_productId)).json();
    QCOMPARE(expanded.value(u"product_type"_s).toObject().value(u"name"_s).toString(), u"Poleras"_s);
}

// §3 costs: {"averageCost":"4140.0", "history":[…]} — averageCost is a string.
void TestFakeBsaleCatalog::variantCostsAverageCostIsAString()
{
    const int variant = m_variantIds.at(0);
    QVERIFY(m_fake->reception(m_basics.officeId, {{variant, {}, 2, 4000, {}}}).ok());
    QVERIFY(m_fake->reception(m_basics.officeId, {{variant, {}, 2, 4280, {}}}).ok());
    const auto costs = get(u"/v1/variants/%1/costs.json"_s.arg(variant)).json();
    QCOMPARE(costs.value(u"averageCost"_s), QJsonValue(u"4140.0"_s));
    QCOMPARE(costs.value(u"history"_s).toArray().size(), 2);
}

// §6 clients: POST creates (duplicates by RUT allowed), GET filters by code; maxCredit is a string.
void TestFakeBsaleCatalog::clientsPostAndFilterByCode()
{
    const QJsonObject client {{u"code"_s, u"76177907-9"_s},
                              {u"company"_s, u"Comercial Los Andes SpA"_s},
                              {u"activity"_s, u"Venta al por menor"_s},
                              {u"address"_s, u"Los Leones 100"_s},
                              {u"city"_s, u"Santiago"_s},
                              {u"municipality"_s, u"Providencia"_s}};
    auto reply = m_http->post(u"/v1/clients.json"_s, client);
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json().value(u"code"_s).toString(), u"76177907-9"_s);
    QCOMPARE(reply.json().value(u"maxCredit"_s), QJsonValue(u"0.0"_s));
    QCOMPARE(m_http->post(u"/v1/clients.json"_s, client).status, 201); // §6 Pitfalls: no duplicate check
    QCOMPARE(get(u"/v1/clients.json?code=76177907-9"_s).json().value(u"count"_s).toInt(), 2);
    QCOMPARE(get(u"/v1/clients.json?code=1-9"_s).json().value(u"count"_s).toInt(), 0);
    // §6: isForeigner:1 without code → 55555555-5.
    reply = m_http->post(u"/v1/clients.json"_s, {{u"firstName"_s, u"Ana"_s}, {u"isForeigner"_s, 1}});
    QCOMPARE(reply.json().value(u"code"_s).toString(), u"55555555-5"_s);
    QCOMPARE(m_http->postRaw(u"/v1/clients.json"_s, "{not json").errorText(), u"Invalid JSON object"_s);
}

// §2 office object; §6 payment types.
void TestFakeBsaleCatalog::officesAndPaymentTypes()
{
    const auto office = get(u"/v1/offices.json"_s).items().first().toObject();
    for (const auto &key : {u"href"_s, u"id"_s, u"name"_s, u"description"_s, u"address"_s, u"latitude"_s,
                            u"longitude"_s, u"isVirtual"_s, u"country"_s, u"municipality"_s, u"city"_s, u"zipCode"_s,
                            u"costCenter"_s, u"state"_s, u"imagestionCellarId"_s})
        QVERIFY2(office.contains(key), qPrintable(key));
    QCOMPARE(office.value(u"state"_s).toInt(), 0);
    QCOMPARE(get(u"/v1/offices.json?state=1"_s).json().value(u"count"_s).toInt(), 0);
    const auto payments = get(u"/v1/payment_types.json"_s).items();
    QCOMPARE(payments.size(), 2);
    QCOMPARE(payments.first().toObject().value(u"isCash"_s).toInt(), 1);
}

// FAQ: 404 "Not found".
void TestFakeBsaleCatalog::unknownIdIs404()
{
    QCOMPARE(get(u"/v1/variants/999999.json"_s).status, 404);
    QCOMPARE(get(u"/v1/documents/999999.json"_s).status, 404);
    QCOMPARE(get(u"/v1/nothing.json"_s).status, 404);
}

QTEST_GUILESS_MAIN(TestFakeBsaleCatalog)
#include "tst_fakebsalecatalog.moc"
