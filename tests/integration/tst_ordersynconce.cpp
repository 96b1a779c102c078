// `puente-sync --once` with an [orders] section, as a real process against `puente-sandbox --seed
// orders`: its JSON summary counts the documents and credit notes issued and the orders held
// back with their reasons (under "stages"/"orders", after the catalogue pull and the stock stage
// of the same cycle); a bad [orders] key is a usage error naming the key; missing credentials are
// a usage error naming the variables, without any secret in the output.
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include "OrderCrashDriver.h"
#include "OrderShopLinks.h"
#include "journal/Journal.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;
using puente::fakes::OrderShop;
using puente::test::OrderSandbox;

class TestOrderSyncOnce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void onceIssuesAndReportsHeldOrders();
    void badOrdersKeyIsAUsageError();
    void missingCredentialsFailTheRun();

private:
    QString writeConfig(const QString &name, const QString &text);
    int placeOrder(const QList<QPair<int, int>> &lines, DocumentKind kind, bool withGiro = true);
    bool move(int id, const QString &action);
    /** Runs puente-sync; the exit code, with stdout's last line as JSON and stderr. */
    int runSync(const QStringList &arguments, QJsonObject *summary, QString *err, const QProcessEnvironment &env = {});

    QTemporaryDir m_dir;
    OrderSandbox m_sandbox;
    OrderShop m_shop;
};

void TestOrderSyncOnce::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start(QStringLiteral(PUENTE_SANDBOX_EXE), m_dir.filePath(u"sandbox.log"_s)));
    m_shop = m_sandbox.shop();
    // The user's links, as the catalogue side would have stored them.
    Journal journal(Journal::pathInDirectory(m_dir.filePath(u"data"_s)));
    QVERIFY(!journal.open());
    QVERIFY(puente::test::OrderShopLinks::write(m_shop, journal));
}

QString TestOrderSyncOnce::writeConfig(const QString &name, const QString &text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(text.toUtf8());
    return path;
}

int TestOrderSyncOnce::placeOrder(const QList<QPair<int, int>> &lines, DocumentKind kind, bool withGiro)
{
    const auto seed = m_shop.orderSeed(lines, kind, 0, withGiro);
    const auto answer = m_sandbox.call("POST", m_sandbox.storeAdmin(u"/orders"_s), OrderShop::orderSeedJson(seed));
    return answer.object().value(u"order"_s).toObject().value(u"id"_s).toInt();
}

bool TestOrderSyncOnce::move(int id, const QString &action)
{
    return !m_sandbox.call("POST", m_sandbox.storeAdmin(u"/orders/%1/%2"_s.arg(id).arg(action))).isNull();
}

int TestOrderSyncOnce::runSync(const QStringList &arguments, QJsonObject *summary, QString *err,
                               const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env.isEmpty() ? m_sandbox.syncEnvironment() : env);
    process.start(QStringLiteral(PUENTE_SYNC_EXE), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    *summary = QJsonDocument::fromJson(lines.last()).object();
    *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitCode();
}

void TestOrderSyncOnce::onceIssuesAndReportsHeldOrders()
{
    const int boleta = placeOrder({{0, 2}}, DocumentKind::Boleta);
    const int factura = placeOrder({{1, 1}, {2, 1}}, DocumentKind::Factura);
    const int noGiro = placeOrder({{3, 1}}, DocumentKind::Factura, false);
    const int pending = placeOrder({{4, 1}}, DocumentKind::Boleta);
    for (const int id : {boleta, factura, noGiro})
        QVERIFY(move(id, u"pay"_s));
    QVERIFY(pending > 0);
    const QString config = writeConfig(u"once.ini"_s, m_sandbox.configText());
    const QStringList args {u"--once"_s, u"--config"_s, config, u"--data-dir"_s, m_dir.filePath(u"data"_s)};

    QJsonObject summary;
    QString err;
    QCOMPARE(runSync(args, &summary, &err), 0);
    QCOMPARE(summary.value(u"status"_s).toString(), u"ok"_s);
    QJsonObject orders = summary.value(u"stages"_s).toObject().value(u"orders"_s).toObject();
    QCOMPARE(orders.value(u"newOrders"_s).toInt(), 4);
    QCOMPARE(orders.value(u"documentsIssued"_s).toInt(), 2);
    QCOMPARE(orders.value(u"creditNotes"_s).toInt(), 0);
    QCOMPARE(orders.value(u"heldBack"_s).toInt(), 1);
    QCOMPARE(orders.value(u"heldReasons"_s).toObject().value(u"MissingReceptorField"_s).toInt(), 1);
    const QJsonObject held = orders.value(u"held"_s).toArray().first().toObject();
    QCOMPARE(held.value(u"order"_s).toInt(), noGiro);
    QVERIFY2(held.value(u"explanation"_s).toString().contains(u"giro"_s, Qt::CaseInsensitive),
             qPrintable(held.value(u"explanation"_s).toString()));

    // Canceled after emission: the next run issues the credit note, and nothing twice.
    QVERIFY(move(boleta, u"cancel"_s));
    QCOMPARE(runSync(args, &summary, &err), 0);
    orders = summary.value(u"stages"_s).toObject().value(u"orders"_s).toObject();
    QCOMPARE(orders.value(u"documentsIssued"_s).toInt(), 0);
    QCOMPARE(orders.value(u"creditNotes"_s).toInt(), 1);
    QCOMPARE(orders.value(u"heldBack"_s).toInt(), 1);
    const auto documents = m_sandbox.call("GET", m_sandbox.bsaleAdmin(u"/documents"_s)).object();
    QCOMPARE(documents.value(u"count"_s).toInt(), 3); // boleta, factura, credit note
    const auto returns = m_sandbox.call("GET", m_sandbox.bsaleAdmin(u"/returns"_s)).object();
    QCOMPARE(returns.value(u"count"_s).toInt(), 1);
}

void TestOrderSyncOnce::badOrdersKeyIsAUsageError()
{
    const QString config = writeConfig(u"bad.ini"_s, m_sandbox.configText(u"boleta_type = boleta\n"_s));
    QJsonObject summary;
    QString err;
    QCOMPARE(runSync({u"--once"_s, u"--config"_s, config, u"--data-dir"_s, m_dir.filePath(u"other"_s)}, &summary, &err),
             2);
    QVERIFY2(err.contains(u"'orders/boleta_type'"_s), qPrintable(err));
}

void TestOrderSyncOnce::missingCredentialsFailTheRun()
{
    QProcessEnvironment env = m_sandbox.syncEnvironment();
    env.remove(u"PUENTE_BSALE_TOKEN"_s);
    const QString config = writeConfig(u"nocred.ini"_s, m_sandbox.configText());
    QJsonObject summary;
    QString err;
    QCOMPARE(
        runSync({u"--once"_s, u"--config"_s, config, u"--data-dir"_s, m_dir.filePath(u"third"_s)}, &summary, &err, env),
        2);
    QVERIFY2(err.contains(u"PUENTE_BSALE_TOKEN"_s), qPrintable(err));
    QVERIFY(!err.contains(m_sandbox.connection().jumpsellerAuthToken)); // no secret in the log
}

QTEST_GUILESS_MAIN(TestOrderSyncOnce)
#include "tst_ordersynconce.moc"
