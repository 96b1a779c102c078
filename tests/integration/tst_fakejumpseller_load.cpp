// FakeJumpseller at sandbox size: 100,000 variants must load in seconds and every request must
// stay cheap (indexes, no pass over the catalogue), or the demo sandbox and the sync benchmarks
// would measure the fake instead of Puente.
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

#include "FakeJumpseller.h"
#include "JumpsellerProbe.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;
using puente::fakes::FakeJumpseller;
namespace js = puente::fakes::jumpseller;

class TestFakeJumpsellerLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hundredThousandVariantsLoadInSeconds();
    void requestsStayFastAtFullSize();
    void ordersMoveStockAtFullSize();

private:
    qint64 timed(const std::function<void()> &work);

    std::unique_ptr<FakeJumpseller> m_fake;
    std::unique_ptr<JumpsellerProbe> m_probe;
    static constexpr int kProducts = 20000;
    static constexpr int kVariantsEach = 5;
};

qint64 TestFakeJumpsellerLoad::timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.elapsed();
}

void TestFakeJumpsellerLoad::initTestCase()
{
    m_fake = std::make_unique<FakeJumpseller>();
    js::RateLimitConfig limits;
    limits.enabled = false;
    m_fake->setRateLimits(limits);
    QVERIFY(m_fake->start() != 0);
    m_probe = std::make_unique<JumpsellerProbe>(*m_fake, u"load"_s);
}

void TestFakeJumpsellerLoad::cleanupTestCase()
{
    m_probe.reset();
    m_fake.reset();
}

void TestFakeJumpsellerLoad::hundredThousandVariantsLoadInSeconds()
{
    QList<int> categories;
    for (int c = 0; c < 50; ++c)
        categories.append(m_fake->addCategory(u"Categoría %1"_s.arg(c)));
    const QStringList sizes {u"XS"_s, u"S"_s, u"M"_s, u"L"_s, u"XL"_s};
    const qint64 ms = timed([&] {
        for (int p = 0; p < kProducts; ++p) {
            js::ProductSeed seed;
            seed.name = u"Polera Modelo %1"_s.arg(p);
            seed.sku = u"POL-%1"_s.arg(p, 5, 10, QChar(u'0'));
            seed.brand = p % 2 ? u"Andes"_s : u"Pacífico"_s;
            seed.price = 9990 + p % 100;
            seed.categoryIds = {categories.at(p % categories.size())};
            seed.status = p % 10 == 0 ? u"not-available"_s : u"available"_s;
            for (int v = 0; v < kVariantsEach; ++v)
                seed.variants.append({seed.sku + u'-' + sizes.at(v),
                                      u"78%1%2"_s.arg(p, 8, 10, QChar(u'0')).arg(v),
                                      std::nullopt,
                                      10 + v,
                                      false,
                                      {{u"Talla"_s, sizes.at(v)}}});
            m_fake->addProduct(seed);
        }
    });
    qInfo("Loaded %d products / %d variants in %lld ms", m_fake->productCount(), m_fake->variantCount(), ms);
    QCOMPARE(m_fake->variantCount(), kProducts * kVariantsEach);
    QVERIFY2(ms < 15000, qPrintable(u"loading took %1 ms"_s.arg(ms)));
}

void TestFakeJumpsellerLoad::requestsStayFastAtFullSize()
{
    // The slowest of each kind of request, measured end to end over loopback.
    const auto worst = [this](const QString &path, int expectedItems) {
        qint64 slowest = 0;
        for (int i = 0; i < 5; ++i) {
            ProbeReply reply;
            slowest = std::max(slowest, timed([&] { reply = m_probe->get(path); }));
            if (reply.status != 200 || (expectedItems >= 0 && reply.array().size() != expectedItems))
                return qint64(-1);
        }
        qInfo("%-55s %lld ms", qPrintable(path), slowest);
        return slowest;
    };
    const qint64 lastPage = worst(u"/v1/products.json?page=200&limit=100"_s, 100);
    const qint64 byStatus = worst(u"/v1/products/status/not-available.json?page=20&limit=100"_s, 100);
    const qint64 byCategory = worst(u"/v1/products/category/101.json?page=4&limit=100"_s, 100);
    const qint64 after = worst(u"/v1/products/after/1019000.json?limit=100"_s, 100);
    const qint64 bySku = worst(u"/v1/products/search.json?query=POL-19999-XL&fields=variants"_s, 1);
    const qint64 byName = worst(u"/v1/products/search.json?query=modelo 12345&fields=name"_s, 1);
    const qint64 count = worst(u"/v1/products/count.json"_s, -1);
    for (const qint64 ms : {lastPage, byStatus, byCategory, after, bySku, byName, count}) {
        QVERIFY(ms >= 0);
        QVERIFY2(ms < 1000, qPrintable(u"a request took %1 ms"_s.arg(ms)));
    }
}

void TestFakeJumpsellerLoad::ordersMoveStockAtFullSize()
{
    const auto ref = m_fake->findSku(u"POL-10000-M"_s);
    QVERIFY(ref);
    js::OrderSeed seed;
    js::OrderLineSeed line;
    line.sku = u"POL-10000-M"_s;
    line.qty = 2;
    seed.lines = {line};
    qint64 placing = 0;
    int id = 0;
    placing = timed([&] { id = m_fake->createOrder(seed); });
    QVERIFY(id > 0);
    QCOMPARE(m_fake->variantStock(ref->second), 10);
    QVERIFY(m_fake->cancelOrder(id));
    QCOMPARE(m_fake->variantStock(ref->second), 12);
    QVERIFY2(placing < 200, qPrintable(u"placing an order took %1 ms"_s.arg(placing)));
}

QTEST_GUILESS_MAIN(TestFakeJumpsellerLoad)
#include "tst_fakejumpseller_load.moc"
