// StockSettings::fromConfig: defaults, every key, and an error that names the key.
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include "base/RunnerConfig.h"
#include "sync/StockSettings.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;

class TestStockSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsWithoutSection();
    void everyKey();
    void badValueNamesTheKey_data();
    void badValueNamesTheKey();
    void defaultsStayInsideBudget();
    void otherSectionsAreNotOurs();

private:
    RunnerConfig load(const QByteArray &content);
    QTemporaryDir m_dir;
    int m_files = 0;
};

RunnerConfig TestStockSettings::load(const QByteArray &content)
{
    const QString path = m_dir.filePath(u"c%1.ini"_s.arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write config");
    file.close();
    return RunnerConfig::load(path);
}

void TestStockSettings::defaultsWithoutSection()
{
    const auto config = load("[bsale]\noffice = 1\n");
    QVERIFY2(config.isValid(), qPrintable(config.errorString()));
    const auto parsed = StockSettings::fromConfig(config);
    QVERIFY(parsed.ok());
    QCOMPARE(*parsed.settings, StockSettings());
    QCOMPARE(parsed.settings->pollSeconds, 5);
    QCOMPARE(parsed.settings->webhookBind, u"127.0.0.1"_s);
    QVERIFY(!parsed.settings->webhooks);
    QVERIFY(!parsed.settings->presale);
}

void TestStockSettings::everyKey()
{
    const auto config = load("[stock]\npresale = yes\nprice_sync = on\nprice_markup_percent = 12.5\n"
                             "price_rounding = \xe2\x80\xa6"
                             "990\nprice_rounding_mode = nearest\npoll_seconds = 10\n"
                             "webhooks = true\nwebhook_bind = 0.0.0.0\n"
                             "webhook_port = 9000\nstale_hours = 6\n"
                             "held_order_hours = 48\ntime_zone = America/Lima\nmidnight_grace_minutes = 30\n"
                             "push_concurrency = 2\n");
    QVERIFY2(config.isValid(), qPrintable(config.errorString()));
    const auto parsed = StockSettings::fromConfig(config);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const StockSettings &s = *parsed.settings;
    QVERIFY(s.presale);
    QVERIFY(s.priceSync);
    QCOMPARE(s.priceRule, PriceRule(1250, u"990"_s, PriceRule::Rounding::Nearest));
    QCOMPARE(s.pollSeconds, 10);
    QVERIFY(s.webhooks);
    QCOMPARE(s.webhookBind, u"0.0.0.0"_s);
    QCOMPARE(s.webhookPort, quint16(9000));
    QCOMPARE(s.staleHours, 6);
    QCOMPARE(s.heldOrderHours, 48);
    QCOMPARE(s.timeZone, u"America/Lima"_s);
    QCOMPARE(s.midnightGraceMinutes, 30);
    QCOMPARE(s.pushConcurrency, 2);
}

void TestStockSettings::badValueNamesTheKey_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("key");
    QTest::newRow("flag") << QByteArray("presale = maybe") << u"stock/presale"_s;
    QTest::newRow("poll too fast") << QByteArray("poll_seconds = 1") << u"stock/poll_seconds"_s;
    QTest::newRow("poll not a number") << QByteArray("poll_seconds = often") << u"stock/poll_seconds"_s;
    QTest::newRow("unknown key") << QByteArray("pol_seconds = 5") << u"stock/pol_seconds"_s;
    QTest::newRow("markup") << QByteArray("price_markup_percent = lots") << u"stock/price_markup_percent"_s;
    QTest::newRow("rounding") << QByteArray("price_rounding = 9x0") << u"stock/price_rounding"_s;
    QTest::newRow("rounding mode") << QByteArray("price_rounding_mode = ceil") << u"stock/price_rounding_mode"_s;
    QTest::newRow("bind") << QByteArray("webhook_bind = localhost:80") << u"stock/webhook_bind"_s;
    QTest::newRow("port") << QByteArray("webhook_port = 70000") << u"stock/webhook_port"_s;
    QTest::newRow("stale") << QByteArray("stale_hours = -1") << u"stock/stale_hours"_s;
    QTest::newRow("held") << QByteArray("held_order_hours = 0") << u"stock/held_order_hours"_s;
    QTest::newRow("zone") << QByteArray("time_zone = Mars/Olympus") << u"stock/time_zone"_s;
    QTest::newRow("concurrency") << QByteArray("push_concurrency = 100") << u"stock/push_concurrency"_s;
}

void TestStockSettings::badValueNamesTheKey()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, key);
    const auto config = load("[stock]\n" + line + "\n");
    QVERIFY2(config.isValid(), qPrintable(config.errorString()));
    const auto parsed = StockSettings::fromConfig(config);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.key, key);
    QVERIFY2(parsed.error.startsWith(key + u": "_s), qPrintable(parsed.error));
    QVERIFY2(parsed.error.contains(u"got '"_s) || parsed.error.contains(u"unknown key (known in [stock]: "_s),
             qPrintable(parsed.error));
}

void TestStockSettings::defaultsStayInsideBudget()
{
    // The header's arithmetic: at most 6 Bsale requests per poll, against 3,000 per 300 s.
    const StockSettings s;
    const double requestsPer300s = 6.0 * 300 / s.pollSeconds;
    QVERIFY(requestsPer300s <= 0.15 * 3000);
    QVERIFY(6.0 / s.pollSeconds <= 0.15 * 8); // of Puente's own 8 req/s pacing
    QVERIFY(s.pollSeconds + 2 < 15); // a change lands inside the 15 s goal
}

void TestStockSettings::otherSectionsAreNotOurs()
{
    // [sync] belongs to SyncSettings; its keys (and unknown ones) are not checked here.
    const auto parsed = StockSettings::fromValues(
        {{u"sync/reconcile_interval"_s, u"900"_s}, {u"orders/whatever"_s, u"1"_s}, {u"stock/presale"_s, u"on"_s}});
    QVERIFY(parsed.ok());
    QVERIFY(parsed.settings->presale);
    QVERIFY(StockSettings::knownKeys().contains(u"stock/poll_seconds"_s));
    for (const QString &key : StockSettings::knownKeys()) {
        // SyncSettings refuses keys that look like secrets in any section.
        for (const auto word : {u"token", u"password", u"secret", u"login"})
            QVERIFY2(!key.contains(QStringView(word)), qPrintable(key));
    }
}

QTEST_GUILESS_MAIN(TestStockSettings)
#include "tst_stocksettings.moc"
