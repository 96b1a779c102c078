// Runs the real puente-sandbox executable (path from CMake) the way `puente --demo`, a developer
// with curl or a benchmark would: reads its JSON line, talks to both fakes over HTTP with the
// printed credentials, drives sales, orders and payments through the admin interfaces and
// checks that stock moves on the right side.
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtNetwork/QTcpServer>
#include <QtTest/QTest>

#include <memory>

#include "SandboxHttp.h"
#include "demo/SandboxConnection.h"

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Qt::Literals::StringLiterals;
using puente::SandboxConnection;
using puente::testing::join;
using puente::testing::SandboxHttp;
using puente::testing::SandboxReply;

namespace {
constexpr int kExitUsage = 2;
constexpr int kStartTimeoutMs = 30000;

#ifdef Q_OS_UNIX
/** Whether `pid` is still a running process (a zombie nobody reaped counts as gone). */
bool processRunning(qint64 pid)
{
    if (::kill(pid_t(pid), 0) != 0)
        return false;
#ifdef Q_OS_LINUX
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')'); // "pid (name) S ..."
        return close < 0 || text.mid(close + 2, 1) != "Z";
    }
#endif
    return true;
}
#endif
} // namespace

class TestPuenteSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void printsOneJsonLineWithUrlsAndCredentials();
    void bsaleServesVariantsWithTheToken();
    void jumpsellerServesProductsWithBasicAuth();
    void posSaleTakesBsaleStock();
    void receptionAddsBsaleStock();
    void orderTakesStoreStockPaymentKeepsItCancelReturnsIt();
    void demoActionsPickItemsThemselves();
    void reseedReplacesBothShops();
    void sigtermExitsCleanlyWithinTwoSeconds();
    void largeSeedStartsInSeconds();
    void ordersSeedPrintsItsShopAndCanRunWithoutLimits();
    void exitWithParentQuitsOnceTheParentIsGone();
    void busyPortExitsWith1();
    void badArgumentsExitWith2_data();
    void badArgumentsExitWith2();
    void helpAndVersionExitWith0();

private:
    struct Started
    {
        std::unique_ptr<QProcess> process;
        SandboxConnection connection;
        QJsonObject line;
        qint64 elapsedMs = 0;
    };
    /** Starts the sandbox and waits for its JSON line; QVERIFY-style failures via `ok`. */
    static Started start(const QStringList &arguments, bool *ok);
    static void stop(QProcess &process);
    QUrl bsale(const QString &path, const QString &query = {}) const
    {
        return join(m_sandbox.connection.bsaleBaseUrl, path, query);
    }
    QUrl jumpseller(const QString &path, const QString &query = {}) const
    {
        return join(m_sandbox.connection.jumpsellerBaseUrl, path, query);
    }
    SandboxHttp::Headers bsaleAuth() const { return SandboxHttp::bsaleToken(m_sandbox.connection.bsaleAccessToken); }
    SandboxHttp::Headers jumpsellerAuth() const
    {
        return SandboxHttp::jumpsellerBasic(m_sandbox.connection.jumpsellerLogin,
                                            m_sandbox.connection.jumpsellerAuthToken);
    }
    double bsaleStock(int variantId, int officeId);
    int storeStock(int productId, int variantId);
    QJsonObject storeItemWithStock(int atLeast);

    Started m_sandbox;
    SandboxHttp m_http;
};

TestPuenteSandbox::Started TestPuenteSandbox::start(const QStringList &arguments, bool *ok)
{
    *ok = false;
    Started started;
    started.process = std::make_unique<QProcess>();
    QElapsedTimer timer;
    timer.start();
    started.process->start(QStringLiteral(PUENTE_SANDBOX_EXE), arguments);
    if (!started.process->waitForStarted(5000))
        return started;
    QByteArray line;
    while (!line.contains('\n') && timer.elapsed() < kStartTimeoutMs) {
        if (!started.process->waitForReadyRead(int(kStartTimeoutMs - timer.elapsed())))
            break;
        line += started.process->readAllStandardOutput();
    }
    started.elapsedMs = timer.elapsed();
    if (!line.endsWith('\n')) {
        qWarning("No JSON line: %s / %s", line.constData(), started.process->readAllStandardError().constData());
        return started;
    }
    started.line = QJsonDocument::fromJson(line).object();
    QString error;
    const auto connection = SandboxConnection::fromJsonLine(line.trimmed(), &error);
    if (!connection) {
        qWarning("%s", qPrintable(error));
        return started;
    }
    started.connection = *connection;
    *ok = true;
    return started;
}

void TestPuenteSandbox::stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000))
        process.kill();
    process.waitForFinished(5000);
}

void TestPuenteSandbox::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(PUENTE_SANDBOX_EXE)), PUENTE_SANDBOX_EXE);
    bool ok = false;
    // Raised limits: the suite fires more than 10 Bsale requests in some seconds.
    m_sandbox = start({u"--rate-scale"_s, u"100"_s}, &ok);
    QVERIFY(ok);
    qInfo("puente-sandbox (demo) printed its line after %lld ms", m_sandbox.elapsedMs);
}

void TestPuenteSandbox::cleanupTestCase()
{
    if (m_sandbox.process)
        stop(*m_sandbox.process);
}

double TestPuenteSandbox::bsaleStock(int variantId, int officeId)
{
    const SandboxReply reply =
        m_http.get(bsale(u"/stocks.json"_s, u"variantid=%1&officeid=%2"_s.arg(variantId).arg(officeId)), bsaleAuth());
    const QJsonArray items = reply.object().value(u"items"_s).toArray();
    return items.isEmpty() ? -1 : items.first().toObject().value(u"quantity"_s).toDouble();
}

int TestPuenteSandbox::storeStock(int productId, int variantId)
{
    const QJsonObject product = m_http.get(jumpseller(u"/products/%1.json"_s.arg(productId)), jumpsellerAuth())
                                    .object()
                                    .value(u"product"_s)
                                    .toObject();
    if (variantId == 0)
        return product.value(u"stock"_s).toInt(-1);
    for (const QJsonValue &v : product.value(u"variants"_s).toArray()) {
        if (v.toObject().value(u"id"_s).toInt() == variantId)
            return v.toObject().value(u"stock"_s).toInt(-1);
    }
    return -1;
}

QJsonObject TestPuenteSandbox::storeItemWithStock(int atLeast)
{
    // A simple product (no variants) that is for sale and has stock, found through the API.
    for (int page = 1; page <= 5; ++page) {
        const QJsonArray products =
            m_http.get(jumpseller(u"/products.json"_s, u"page=%1&limit=100"_s.arg(page)), jumpsellerAuth()).array();
        for (const QJsonValue &entry : products) {
            const QJsonObject p = entry.toObject().value(u"product"_s).toObject();
            if (p.value(u"variants"_s).toArray().isEmpty() && p.value(u"status"_s).toString() == u"available"_s
                && !p.value(u"stock_unlimited"_s).toBool() && p.value(u"stock"_s).toInt() >= atLeast)
                return p;
        }
    }
    return {};
}

void TestPuenteSandbox::printsOneJsonLineWithUrlsAndCredentials()
{
    const SandboxConnection &c = m_sandbox.connection;
    for (const QUrl &url : {c.bsaleBaseUrl, c.jumpsellerBaseUrl, c.bsaleAdminUrl, c.jumpsellerAdminUrl}) {
        QCOMPARE(url.host(), u"127.0.0.1"_s);
        QVERIFY(url.port() > 0);
    }
    QCOMPARE(c.bsaleBaseUrl.path(), u"/v1"_s);
    QCOMPARE(c.jumpsellerBaseUrl.path(), u"/v1"_s);
    QVERIFY(c.bsaleBaseUrl.port() != c.jumpsellerBaseUrl.port());
    QVERIFY(!c.bsaleAccessToken.isEmpty());
    QVERIFY(!c.jumpsellerLogin.isEmpty());
    QVERIFY(!c.jumpsellerAuthToken.isEmpty());
    QVERIFY(!c.jumpsellerHooksToken.isEmpty());
    QCOMPARE(c.seed, u"demo"_s);
    QCOMPARE(c.variants, 1500);
    QCOMPARE(c.processId, m_sandbox.process->processId());
    // Exactly one line: nothing else follows on stdout.
    QTest::qWait(100);
    QCOMPARE(m_sandbox.process->readAllStandardOutput(), QByteArray());
}

void TestPuenteSandbox::bsaleServesVariantsWithTheToken()
{
    const SandboxReply page = m_http.get(bsale(u"/variants.json"_s, u"limit=2"_s), bsaleAuth());
    QCOMPARE(page.status, 200);
    QCOMPARE(page.object().value(u"count"_s).toInt(), 1500);
    QCOMPARE(page.object().value(u"items"_s).toArray().size(), 2);
    QVERIFY(!page.object().value(u"items"_s).toArray().first().toObject().value(u"code"_s).toString().isEmpty());

    const SandboxReply refused = m_http.get(bsale(u"/variants.json"_s, u"limit=2"_s), SandboxHttp::bsaleToken(u"x"_s));
    QCOMPARE(refused.status, 401);
}

void TestPuenteSandbox::jumpsellerServesProductsWithBasicAuth()
{
    const SandboxReply page = m_http.get(jumpseller(u"/products.json"_s, u"limit=2"_s), jumpsellerAuth());
    QCOMPARE(page.status, 200);
    QCOMPARE(page.array().size(), 2);
    QVERIFY(page.array().first().toObject().value(u"product"_s).toObject().contains(u"sku"_s));
    const SandboxReply count = m_http.get(jumpseller(u"/products/count.json"_s), jumpsellerAuth());
    QVERIFY(count.object().value(u"count"_s).toInt() > 500);

    const SandboxReply refused = m_http.get(jumpseller(u"/products.json"_s),
                                            SandboxHttp::jumpsellerBasic(m_sandbox.connection.jumpsellerLogin, u"x"_s));
    QCOMPARE(refused.status, 401);
}

void TestPuenteSandbox::posSaleTakesBsaleStock()
{
    // The web store's office and a variant it has in stock, read through the API as a client would.
    const QJsonObject sandbox = m_http.get(m_sandbox.connection.sandboxUrl).object();
    const int officeId = sandbox.value(u"defaultOfficeId"_s).toInt();
    QVERIFY(officeId > 0);
    const QJsonArray stocks = m_http.get(bsale(u"/stocks.json"_s, u"officeid=%1&limit=50"_s.arg(officeId)), bsaleAuth())
                                  .object()
                                  .value(u"items"_s)
                                  .toArray();
    int variantId = 0;
    for (const QJsonValue &s : stocks) {
        if (s.toObject().value(u"quantityAvailable"_s).toDouble() >= 2) {
            variantId = s.toObject().value(u"variant"_s).toObject().value(u"id"_s).toVariant().toInt();
            break;
        }
    }
    QVERIFY(variantId > 0);
    const QString code =
        m_http.get(bsale(u"/variants/%1.json"_s.arg(variantId)), bsaleAuth()).object().value(u"code"_s).toString();
    QVERIFY(!code.isEmpty());
    const double before = bsaleStock(variantId, officeId);
    const int documentsBefore =
        m_http.get(bsale(u"/documents/count.json"_s), bsaleAuth()).object().value(u"count"_s).toInt();

    const SandboxReply sale =
        m_http.post(join(m_sandbox.connection.bsaleAdminUrl, u"/pos-sale"_s),
                    QJsonObject {{u"officeId"_s, officeId},
                                 {u"lines"_s, QJsonArray {QJsonObject {{u"code"_s, code}, {u"quantity"_s, 1}}}}});
    QCOMPARE(sale.status, 201);
    QVERIFY(sale.object().value(u"number"_s).toInt() > 0);

    QCOMPARE(bsaleStock(variantId, officeId), before - 1);
    QCOMPARE(m_http.get(bsale(u"/documents/count.json"_s), bsaleAuth()).object().value(u"count"_s).toInt(),
             documentsBefore + 1);
}

void TestPuenteSandbox::receptionAddsBsaleStock()
{
    const int officeId = m_http.get(m_sandbox.connection.sandboxUrl).object().value(u"defaultOfficeId"_s).toInt();
    const QJsonObject variant = m_http.get(bsale(u"/variants.json"_s, u"limit=1&offset=10"_s), bsaleAuth())
                                    .object()
                                    .value(u"items"_s)
                                    .toArray()
                                    .first()
                                    .toObject();
    const int variantId = variant.value(u"id"_s).toInt();
    const double before = bsaleStock(variantId, officeId);
    const SandboxReply reception = m_http.post(
        join(m_sandbox.connection.bsaleAdminUrl, u"/reception"_s),
        QJsonObject {{u"officeId"_s, officeId},
                     {u"lines"_s, QJsonArray {QJsonObject {{u"variantId"_s, variantId}, {u"quantity"_s, 5}}}}});
    QCOMPARE(reception.status, 201);
    QCOMPARE(bsaleStock(variantId, officeId), std::max(before, 0.0) + 5);
}

void TestPuenteSandbox::orderTakesStoreStockPaymentKeepsItCancelReturnsIt()
{
    const QJsonObject product = storeItemWithStock(2);
    QVERIFY(!product.isEmpty());
    const int productId = product.value(u"id"_s).toInt();
    const int before = storeStock(productId, 0);
    const QUrl orders = join(m_sandbox.connection.jumpsellerAdminUrl, u"/orders"_s);
    const QJsonObject body {{u"customer"_s, QJsonObject {{u"email"_s, u"test@example.cl"_s}}},
                            {u"products"_s, QJsonArray {QJsonObject {{u"id"_s, productId}, {u"qty"_s, 1}}}}};

    const SandboxReply placed = m_http.post(orders, body);
    QCOMPARE(placed.status, 200);
    const QJsonObject order = placed.object().value(u"order"_s).toObject();
    const int orderId = order.value(u"id"_s).toInt();
    QCOMPARE(order.value(u"status_enum"_s).toString(), u"pending_payment"_s);
    QCOMPARE(storeStock(productId, 0), before - 1);

    const SandboxReply paid =
        m_http.post(join(m_sandbox.connection.jumpsellerAdminUrl, u"/orders/%1/pay"_s.arg(orderId)));
    QCOMPARE(paid.status, 200);
    QCOMPARE(paid.object().value(u"order"_s).toObject().value(u"status_enum"_s).toString(), u"paid"_s);
    QCOMPARE(storeStock(productId, 0), before - 1); // paying keeps the stock taken
    const QJsonObject seen = m_http.get(jumpseller(u"/orders/%1.json"_s.arg(orderId)), jumpsellerAuth()).object();
    QCOMPARE(seen.value(u"order"_s).toObject().value(u"status_enum"_s).toString(), u"paid"_s);

    const int second = m_http.post(orders, body).object().value(u"order"_s).toObject().value(u"id"_s).toInt();
    QVERIFY(second > orderId);
    QCOMPARE(storeStock(productId, 0), before - 2);
    QCOMPARE(m_http.post(join(m_sandbox.connection.jumpsellerAdminUrl, u"/orders/%1/cancel"_s.arg(second))).status,
             200);
    QCOMPARE(storeStock(productId, 0), before - 1); // cancelling gives it back
}

void TestPuenteSandbox::demoActionsPickItemsThemselves()
{
    const QUrl demo = m_sandbox.connection.demoActionsUrl;
    const SandboxReply sale = m_http.post(join(demo, u"/pos-sale"_s));
    QCOMPARE(sale.status, 201);
    QCOMPARE(sale.object().value(u"stockAfter"_s).toDouble(), sale.object().value(u"stockBefore"_s).toDouble() - 1);
    const int variantId = sale.object().value(u"variantId"_s).toInt();
    const int officeId = sale.object().value(u"officeId"_s).toInt();
    QCOMPARE(bsaleStock(variantId, officeId), sale.object().value(u"stockAfter"_s).toDouble());

    const SandboxReply order = m_http.post(join(demo, u"/order"_s), QJsonObject {{u"document"_s, u"factura"_s}});
    QCOMPARE(order.status, 201);
    const QJsonObject placed = order.object();
    QCOMPARE(placed.value(u"stockAfter"_s).toInt(), placed.value(u"stockBefore"_s).toInt() - 1);
    QCOMPARE(storeStock(placed.value(u"productId"_s).toInt(), placed.value(u"variantId"_s).toInt()),
             placed.value(u"stockAfter"_s).toInt());
    const int orderId = placed.value(u"orderId"_s).toInt();
    const QJsonObject stored = m_http.get(jumpseller(u"/orders/%1.json"_s.arg(orderId)), jumpsellerAuth())
                                   .object()
                                   .value(u"order"_s)
                                   .toObject();
    QVERIFY(!stored.value(u"billing_address"_s).toObject().value(u"taxid"_s).toString().isEmpty());

    QCOMPARE(m_http.get(m_sandbox.connection.sandboxUrl).object().value(u"latestPendingOrderId"_s).toInt(), orderId);
    const SandboxReply paid = m_http.post(join(demo, u"/pay"_s));
    QCOMPARE(paid.status, 200);
    QCOMPARE(paid.object().value(u"orderId"_s).toInt(), orderId);
    QCOMPARE(paid.object().value(u"status"_s).toString(), u"paid"_s);

    QCOMPARE(m_http.post(join(demo, u"/order"_s), QJsonObject {{u"document"_s, u"nota"_s}}).status, 400);
    QCOMPARE(m_http.post(join(demo, u"/pos-sale"_s), QJsonObject {{u"sku"_s, u"NO-SUCH-SKU"_s}}).status, 400);
}

void TestPuenteSandbox::reseedReplacesBothShops()
{
    const QUrl seed = join(m_sandbox.connection.bsaleAdminUrl, u"/seed"_s);
    QCOMPARE(m_http.post(seed, QJsonObject {{u"seed"_s, u"large:0"_s}}).status, 400);
    QCOMPARE(m_http.postRaw(seed, "not json").status, 400);

    const SandboxReply large = m_http.post(seed, QJsonObject {{u"seed"_s, u"large:500"_s}});
    QCOMPARE(large.status, 200);
    QCOMPARE(large.object().value(u"variants"_s).toInt(), 500);
    QCOMPARE(m_http.get(bsale(u"/variants/count.json"_s), bsaleAuth()).object().value(u"count"_s).toInt(), 500);
    QCOMPARE(m_http.get(bsale(u"/documents/count.json"_s), bsaleAuth()).object().value(u"count"_s).toInt(), 0);
    QCOMPARE(m_http.get(jumpseller(u"/orders/count.json"_s), jumpsellerAuth()).object().value(u"count"_s).toInt(), 0);
    const QJsonObject state = m_http.get(m_sandbox.connection.sandboxUrl).object();
    QCOMPARE(state.value(u"seed"_s).toString(), u"large:500"_s);
    QCOMPARE(state.value(u"report"_s).toObject().value(u"storeVariants"_s).toInt(), 500);

    // Back to the demo, from the other port: both answer the sandbox's routes.
    const SandboxReply demo =
        m_http.post(join(m_sandbox.connection.jumpsellerAdminUrl, u"/seed"_s), QJsonObject {{u"seed"_s, u"demo"_s}});
    QCOMPARE(demo.status, 200);
    QCOMPARE(m_http.get(jumpseller(u"/orders/count.json"_s), jumpsellerAuth()).object().value(u"count"_s).toInt(), 40);
}

void TestPuenteSandbox::sigtermExitsCleanlyWithinTwoSeconds()
{
#ifdef Q_OS_UNIX
    bool ok = false;
    Started sandbox = start({}, &ok);
    QVERIFY(ok);
    QElapsedTimer timer;
    timer.start();
    ::kill(pid_t(sandbox.process->processId()), SIGTERM);
    QVERIFY(sandbox.process->waitForFinished(2000));
    qInfo("exited %lld ms after SIGTERM", timer.elapsed());
    QCOMPARE(sandbox.process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.process->exitCode(), 0);

    sandbox = start({}, &ok);
    QVERIFY(ok);
    ::kill(pid_t(sandbox.process->processId()), SIGINT);
    QVERIFY(sandbox.process->waitForFinished(2000));
    QCOMPARE(sandbox.process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.process->exitCode(), 0);
#else
    QVERIFY(true); // no POSIX signals to send
#endif
}

void TestPuenteSandbox::largeSeedStartsInSeconds()
{
    bool ok = false;
    Started sandbox = start({u"--seed"_s, u"large:20000"_s, u"--rate-scale"_s, u"100"_s}, &ok);
    QVERIFY(ok);
    qInfo("puente-sandbox --seed large:20000 printed its line after %lld ms", sandbox.elapsedMs);
    QVERIFY2(sandbox.elapsedMs < 30000, qPrintable(u"%1 ms"_s.arg(sandbox.elapsedMs)));
    QCOMPARE(sandbox.connection.variants, 20000);
    QCOMPARE(sandbox.line.value(u"rateScale"_s).toDouble(), 100.0);
    SandboxHttp http;
    const auto auth = SandboxHttp::bsaleToken(sandbox.connection.bsaleAccessToken);
    QCOMPARE(http.get(join(sandbox.connection.bsaleBaseUrl, u"/variants/count.json"_s), auth)
                 .object()
                 .value(u"count"_s)
                 .toInt(),
             20000);
    const QJsonObject rate =
        http.get(join(sandbox.connection.bsaleAdminUrl, u"/state"_s)).object().value(u"rate"_s).toObject();
    QCOMPARE(rate.value(u"scale"_s).toDouble(), 100.0);
    const QJsonObject storeRate =
        http.get(join(sandbox.connection.jumpsellerAdminUrl, u"/state"_s)).object().value(u"rate"_s).toObject();
    QCOMPARE(storeRate.value(u"effective_per_second"_s).toInt(), 2000);
    stop(*sandbox.process);
}

// The crash test's shop: its ids under "shop", its store code, and no rate limit on either side.
void TestPuenteSandbox::ordersSeedPrintsItsShopAndCanRunWithoutLimits()
{
    bool ok = false;
    Started sandbox = start({u"--seed"_s, u"orders"_s, u"--no-rate-limits"_s}, &ok);
    QVERIFY(ok);
    const SandboxConnection &c = sandbox.connection;
    QCOMPARE(c.seed, u"orders"_s);
    QCOMPARE(c.jumpsellerStoreCode, u"tienda-test"_s);
    QCOMPARE(sandbox.line.value(u"rateLimits"_s).toBool(true), false);
    const QJsonObject shop = sandbox.line.value(u"shop"_s).toObject();
    const QJsonArray items = shop.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 6);
    QVERIFY(shop.value(u"creditNoteTypeId"_s).toInt() > 0);

    // The printed ids are the fakes' ids: one item, seen through both APIs.
    SandboxHttp http;
    const auto bsaleAuth = SandboxHttp::bsaleToken(c.bsaleAccessToken);
    const QJsonObject item = items.at(1).toObject();
    const QJsonObject variant =
        http.get(join(c.bsaleBaseUrl, u"/variants/%1.json"_s.arg(item.value(u"bsaleVariantId"_s).toInt())), bsaleAuth)
            .object();
    QCOMPARE(variant.value(u"code"_s).toString(), item.value(u"sku"_s).toString());
    const QJsonObject product =
        http.get(join(c.jumpsellerBaseUrl, u"/products/%1.json"_s.arg(item.value(u"storeProductId"_s).toInt())),
                 SandboxHttp::jumpsellerBasic(c.jumpsellerLogin, c.jumpsellerAuthToken))
            .object()
            .value(u"product"_s)
            .toObject();
    QCOMPARE(product.value(u"sku"_s).toString(), item.value(u"sku"_s).toString());

    // Limits off: 30 Bsale requests at once all pass (the real limit is 10 a second).
    for (int i = 0; i < 30; ++i)
        QCOMPARE(http.get(join(c.bsaleBaseUrl, u"/offices.json"_s), bsaleAuth).status, 200);
    QCOMPARE(http.get(join(c.bsaleAdminUrl, u"/state"_s)).object().value(u"rateLimited"_s).toInt(), 0);
    QCOMPARE(http.get(join(c.jumpsellerAdminUrl, u"/state"_s))
                 .object()
                 .value(u"rate"_s)
                 .toObject()
                 .value(u"enabled"_s)
                 .toBool(true),
             false);
    // The demo actions pick from the shop's items.
    const SandboxReply order = http.post(join(c.demoActionsUrl, u"/order"_s), QJsonObject {});
    QCOMPARE(order.status, 201);
    QCOMPARE(order.object().value(u"sku"_s).toString(), items.at(0).toObject().value(u"sku"_s).toString());
    stop(*sandbox.process);
}

// A test that is SIGKILLed cannot stop its sandbox: with --exit-with-parent the sandbox notices.
void TestPuenteSandbox::exitWithParentQuitsOnceTheParentIsGone()
{
#ifdef Q_OS_UNIX
    // The parent is a shell that starts the sandbox in the background, prints its pid and waits
    // for a line on stdin; the sandbox's JSON line comes through the same stdout.
    QProcess parent;
    parent.start(u"/bin/sh"_s,
                 {u"-c"_s, u"\"$0\" --seed orders --exit-with-parent 2>/dev/null & echo $!; read line"_s,
                  QStringLiteral(PUENTE_SANDBOX_EXE)});
    QVERIFY(parent.waitForStarted(5000));
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (out.count('\n') < 2 && timer.elapsed() < kStartTimeoutMs) {
        parent.waitForReadyRead(500);
        out += parent.readAllStandardOutput();
    }
    const QList<QByteArray> lines = out.split('\n');
    QVERIFY2(lines.size() >= 3, out.constData());
    const qint64 pid = lines.at(0).trimmed().toLongLong();
    QVERIFY(pid > 0);
    QVERIFY(QJsonDocument::fromJson(lines.at(1)).object().contains(u"shop"_s));
    QVERIFY(processRunning(pid));

    parent.write("go\n"); // the shell exits; nobody sends the sandbox a signal
    QVERIFY(parent.waitForFinished(5000));
    timer.restart();
    while (processRunning(pid) && timer.elapsed() < 5000)
        QTest::qWait(50);
    const bool gone = !processRunning(pid);
    if (!gone)
        ::kill(pid_t(pid), SIGTERM); // do not leave it behind when the check fails
    QVERIFY2(gone, "the sandbox outlived its parent");
    qInfo("the sandbox quit %lld ms after its parent", timer.elapsed());
#else
    QVERIFY(true); // --exit-with-parent is POSIX only
#endif
}

void TestPuenteSandbox::busyPortExitsWith1()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    QProcess process;
    process.start(QStringLiteral(PUENTE_SANDBOX_EXE), {u"--bsale-port"_s, QString::number(taken.serverPort())});
    QVERIFY(process.waitForFinished(kStartTimeoutMs));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().contains(QByteArray::number(taken.serverPort())));
}

void TestPuenteSandbox::badArgumentsExitWith2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option") << QStringList {u"--frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("port not a number") << QStringList {u"--bsale-port"_s, u"http"_s} << u"--bsale-port"_s;
    QTest::newRow("port too large") << QStringList {u"--jumpseller-port"_s, u"70000"_s} << u"--jumpseller-port"_s;
    QTest::newRow("same ports") << QStringList {u"--bsale-port"_s, u"40123"_s, u"--jumpseller-port"_s, u"40123"_s}
                                << u"must differ"_s;
    QTest::newRow("unknown seed") << QStringList {u"--seed"_s, u"tiny"_s} << u"--seed"_s;
    QTest::newRow("large without count") << QStringList {u"--seed"_s, u"large:"_s} << u"--seed"_s;
    QTest::newRow("rate scale zero") << QStringList {u"--rate-scale"_s, u"0"_s} << u"--rate-scale"_s;
    QTest::newRow("positional") << QStringList {u"demo"_s} << u"Unexpected argument"_s;
}

void TestPuenteSandbox::badArgumentsExitWith2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess process;
    process.start(QStringLiteral(PUENTE_SANDBOX_EXE), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), kExitUsage);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(err.contains(u"--help"_s), qPrintable(err));
}

void TestPuenteSandbox::helpAndVersionExitWith0()
{
    QProcess help;
    help.start(QStringLiteral(PUENTE_SANDBOX_EXE), {u"--help"_s});
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    for (const QString &option : {u"--bsale-port"_s, u"--jumpseller-port"_s, u"--seed"_s, u"--rate-scale"_s,
                                  u"--no-rate-limits"_s, u"--exit-with-parent"_s, u"'orders'"_s})
        QVERIFY2(text.contains(option), qPrintable(text));

    QProcess version;
    version.start(QStringLiteral(PUENTE_SANDBOX_EXE), {u"--version"_s});
    QVERIFY(version.waitForFinished(10000));
    QCOMPARE(version.exitCode(), 0);
    QCOMPARE(version.readAllStandardOutput().trimmed(), QByteArray("puente-sandbox " PUENTE_VERSION));
}

QTEST_GUILESS_MAIN(TestPuenteSandbox)
#include "tst_puentesandbox.moc"
