// OrderSettings::fromConfig: puente-sync's [orders] section (and the [bsale]/[jumpseller] keys it
// borrows), with every error naming its key; and unknown [orders] keys.
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include "base/RunnerConfig.h"
#include "sync/OrderSettings.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;

class TestOrderSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaults();
    void everyKey();
    void errorsNameTheKey_data();
    void errorsNameTheKey();
    void withoutOrdersSectionNothingRuns();
    void plannerContextCarriesTheSettings();

private:
    RunnerConfig config(const QByteArray &text);

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestOrderSettings::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

RunnerConfig TestOrderSettings::config(const QByteArray &text)
{
    const QString path = m_dir.filePath(u"c%1.ini"_s.arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    file.close();
    return RunnerConfig::load(path);
}

void TestOrderSettings::defaults()
{
    const auto parsed =
        OrderSettings::fromConfig(config("[jumpseller]\nstore_code = mitienda\n[orders]\nemission = automatic\n"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const OrderSettings &s = parsed.settings;
    QVERIFY(s.enabled); // any [orders] key turns the pipeline on
    QCOMPARE(s.emission, OrderSettings::Emission::Automatic);
    QCOMPARE(s.storeCode, u"mitienda"_s);
    QCOMPARE(s.boletaTypeId, 0); // codeSii 39
    QCOMPARE(s.facturaTypeId, 0);
    QCOMPARE(s.creditNoteTypeId, 0);
    QCOMPARE(s.paymentTypeId, 0);
    QVERIFY(!s.shippingProduct);
    QVERIFY(s.dispatch);
    QVERIFY(!s.writeBack);
    QVERIFY(!s.startAfter); // first run: only orders placed from now on
    QCOMPARE(s.pollIntervalMs, 60000);
    QCOMPARE(s.fields.documentKind, u"Tipo de Documento"_s);
}

void TestOrderSettings::everyKey()
{
    const auto parsed = OrderSettings::fromConfig(config("[bsale]\noffice_id = 3, 4\nprice_list_id = 7\n"
                                                         "[jumpseller]\nstore_code = mitienda\n"
                                                         "[orders]\nemission = manual\n"
                                                         "boleta_type = id:12\nfactura_type = sii:33\n"
                                                         "credit_note_type = id:14\npayment_type = 5\n"
                                                         "shipping_product = DESPACHO\ndispatch = false\n"
                                                         "declare_sii = no\nsend_email = yes\nwrite_back = on\n"
                                                         "start_after = 10500\npoll_interval_ms = 5000\n"
                                                         "recheck_per_cycle = 20\nrecheck_days = 30\n"
                                                         "retry_base_ms = 1000\nretry_max_ms = 60000\n"
                                                         "return_type = 3\ndocument_field = Documento\n"
                                                         "giro_field = Actividad\nrazon_social_field = Empresa\n"
                                                         "factura_values = factura, invoice\n"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const OrderSettings &s = parsed.settings;
    QCOMPARE(s.emission, OrderSettings::Emission::Manual);
    QCOMPARE(s.boletaTypeId, 12);
    QCOMPARE(s.facturaTypeId, 0);
    QCOMPARE(s.creditNoteTypeId, 14);
    QCOMPARE(s.paymentTypeId, 5);
    QCOMPARE(s.shippingProduct, std::optional<BillingLink>(BillingLink {0, u"DESPACHO"_s}));
    QCOMPARE(s.officeId, 3); // the first of [bsale] office_id
    QCOMPARE(s.priceListId, 7);
    QVERIFY(!s.dispatch);
    QVERIFY(!s.declareSii);
    QVERIFY(s.sendEmail);
    QVERIFY(s.writeBack);
    QCOMPARE(s.startAfter, std::optional<qint64>(10500));
    QCOMPARE(s.pollIntervalMs, 5000);
    QCOMPARE(s.recheckPerCycle, 20);
    QCOMPARE(s.recheckDays, 30);
    QCOMPARE(s.retryBaseMs, 1000);
    QCOMPARE(s.retryMaxMs, 60000);
    QCOMPARE(s.returnType, 3);
    QCOMPARE(s.fields.documentKind, u"Documento"_s);
    QCOMPARE(s.fields.giro, u"Actividad"_s);
    QCOMPARE(s.fields.razonSocial, u"Empresa"_s);
    QCOMPARE(s.fields.facturaValues, (QStringList {u"factura"_s, u"invoice"_s}));

    const auto byId = OrderSettings::fromConfig(config("[jumpseller]\nstore_code = t\n[orders]\n"
                                                       "shipping_product = id:99\noffice = 4\n[bsale]\noffice = 3\n"));
    QVERIFY(byId.ok());
    QCOMPARE(byId.settings.shippingProduct->variantId, 99);
    QCOMPARE(byId.settings.officeId, 4); // [orders] wins
}

void TestOrderSettings::errorsNameTheKey_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("key");
    const QByteArray store = "[jumpseller]\nstore_code = t\n[orders]\n";
    QTest::newRow("no store code") << QByteArray("[orders]\nenabled = true\n") << u"jumpseller/store_code"_s;
    QTest::newRow("emission") << store + "emission = sometimes\n" << u"orders/emission"_s;
    QTest::newRow("boleta by factura's code") << store + "boleta_type = sii:33\n" << u"orders/boleta_type"_s;
    QTest::newRow("type without prefix") << store + "factura_type = 33\n" << u"orders/factura_type"_s;
    QTest::newRow("type id zero") << store + "credit_note_type = id:0\n" << u"orders/credit_note_type"_s;
    QTest::newRow("payment type") << store + "payment_type = cash\n" << u"orders/payment_type"_s;
    QTest::newRow("shipping id") << store + "shipping_product = id:x\n" << u"orders/shipping_product"_s;
    QTest::newRow("boolean") << store + "dispatch = maybe\n" << u"orders/dispatch"_s;
    QTest::newRow("negative start") << store + "start_after = -5\n" << u"orders/start_after"_s;
    QTest::newRow("interval") << store + "poll_interval_ms = 0\n" << u"orders/poll_interval_ms"_s;
    QTest::newRow("retry max below base") << store + "retry_base_ms = 5000\nretry_max_ms = 10\n"
                                          << u"orders/retry_max_ms"_s;
    QTest::newRow("return type") << store + "return_type = 7\n" << u"orders/return_type"_s;
    QTest::newRow("office") << store + "office = main\n" << u"orders/office"_s;
    QTest::newRow("unknown key") << store + "boleta_tipe = id:3\n" << u"orders/boleta_tipe"_s;
}

void TestOrderSettings::errorsNameTheKey()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, key);
    const RunnerConfig c = config(text);
    QVERIFY2(c.isValid(), qPrintable(c.errorString()));
    const auto parsed = OrderSettings::fromConfig(c);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error.contains(u"'"_s + key + u"'"_s), qPrintable(parsed.error));
    // The same answer from the values puente-sync hands the stage (SyncSettings::options).
    QCOMPARE(OrderSettings::fromValues(c.values()).error, parsed.error);
}

void TestOrderSettings::withoutOrdersSectionNothingRuns()
{
    const RunnerConfig c = config("[bsale]\nbase_url = https://api.bsale.io\n");
    QVERIFY(!OrderSettings::configured(c));
    QVERIFY(!OrderSettings::fromConfig(c).settings.enabled);
    QVERIFY(OrderSettings::fromConfig(c).ok());
    const RunnerConfig off = config("[orders]\nenabled = false\n");
    QVERIFY(OrderSettings::configured(off));
    QVERIFY(OrderSettings::fromConfig(off).ok()); // no store code needed when off
    QVERIFY(!OrderSettings::fromConfig(off).settings.enabled);
    const RunnerConfig storeKey = config("[orders]\nstore_code = tienda\n");
    QCOMPARE(OrderSettings::fromConfig(storeKey).settings.storeCode, u"tienda"_s);
}

void TestOrderSettings::plannerContextCarriesTheSettings()
{
    const auto parsed = OrderSettings::fromConfig(config("[jumpseller]\nstore_code = mitienda\n[orders]\n"
                                                         "boleta_type = id:12\noffice = 2\nprice_list = 8\n"
                                                         "shipping_product = DESPACHO\nsend_email = true\n"
                                                         "credit_note_type = id:14\nreturn_type = 1\n"));
    QVERIFY(parsed.ok());
    bool asked = false;
    const PlannerContext context = parsed.settings.plannerContext([&asked](const StoreOrderLine &) {
        asked = true;
        return std::optional<BillingLink>();
    });
    QCOMPARE(context.storeCode, u"mitienda"_s);
    QCOMPARE(context.documentTypeId(DocumentKind::Boleta), 12);
    QCOMPARE(context.officeId, 2);
    QCOMPARE(context.priceListId, 8);
    QVERIFY(context.sendEmail);
    QCOMPARE(context.shippingProduct->code, u"DESPACHO"_s);
    context.linkFor(StoreOrderLine {});
    QVERIFY(asked);
    const CreditNoteContext credit = parsed.settings.creditNoteContext();
    QCOMPARE(credit.creditNoteTypeId, 14);
    QCOMPARE(credit.returnType, 1);
    QCOMPARE(credit.storeCode, u"mitienda"_s);
}

QTEST_GUILESS_MAIN(TestOrderSettings)
#include "tst_ordersettings.moc"
