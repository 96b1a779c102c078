#include "OrderCrashDriver.h"

#include "OrderShopLinks.h"
#include "billing/SalesId.h"
#include "journal/DocumentRepository.h"
#include "journal/Journal.h"
#include "journal/OrderRepository.h"
#include "journal/OutboxRepository.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QProcess>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtSql/QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace puente::test {

namespace {

const QString kBoleta = u"boleta"_s;
const QString kFactura = u"factura"_s;

QString kindOf(const QJsonObject &order)
{
    for (const auto &value : order.value(u"additional_fields"_s).toArray()) {
        const QJsonObject field = value.toObject();
        if (field.value(u"label"_s).toString() == u"Tipo de Documento"_s)
            return field.value(u"value"_s).toString().toLower();
    }
    return kBoleta;
}

qint64 idOf(const QJsonValue &value)
{
    return value.toVariant().toLongLong(); // Bsale sends some ids as strings
}

} // namespace

QString OrderCrashReport::summary() const
{
    return u"kills=%1 orders=%2 paid=%3 canceledAfterEmission=%4 canceledWithoutDocument=%5 unpaid=%6 "
           "documents=%7 creditNotes=%8 faultsInjected=%9 killsDuringSend=%10 violations=%11 elapsedMs=%12 "
           "backlog=%13 settleMs=%14%15"_s.arg(kills)
               .arg(orders)
               .arg(paid)
               .arg(canceledAfterEmission)
               .arg(canceledWithoutDocument)
               .arg(unpaid)
               .arg(documents)
               .arg(creditNotes)
               .arg(faultsInjected)
               .arg(killsDuringSend)
               .arg(violations)
               .arg(elapsedMs)
               .arg(backlog)
               .arg(settleMs)
               .arg(error.isEmpty() ? QString() : u" error=\""_s + error + u'"');
}

// --- the sandbox's process -------------------------------------------------------------------

OrderSandbox::OrderSandbox()
    : m_network(std::make_unique<QNetworkAccessManager>())
{ }

OrderSandbox::~OrderSandbox()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
}

bool OrderSandbox::start(const QString &executable, const QString &logFile)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(executable);
    // Rate limits off: every restart of puente-sync forgets its pacing, and the limits would
    // only slow the test down (the pacing has tests of its own).
    m_process->setArguments({u"--seed"_s, u"orders"_s, u"--no-rate-limits"_s, u"--exit-with-parent"_s});
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardErrorFile(logFile);
    m_process->start();
    if (!m_process->waitForStarted(10000))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (!m_process->canReadLine() && timer.elapsed() < 20000)
        m_process->waitForReadyRead(500);
    const QByteArray line = m_process->readLine().trimmed();
    QString error;
    const auto connection = SandboxConnection::fromJsonLine(line, &error);
    const QJsonObject shop = QJsonDocument::fromJson(line).object().value(u"shop"_s).toObject();
    if (!connection || shop.isEmpty()) {
        qWarning("puente-sandbox: %s", qPrintable(connection ? u"no \"shop\" in its line"_s : error));
        return false;
    }
    m_connection = *connection;
    m_shop = fakes::OrderShop::fromJson(shop);
    return true;
}

bool OrderSandbox::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QUrl OrderSandbox::bsaleAdmin(const QString &path) const
{
    return QUrl(m_connection.bsaleAdminUrl.toString() + path);
}

QUrl OrderSandbox::storeAdmin(const QString &path) const
{
    return QUrl(m_connection.jumpsellerAdminUrl.toString() + path);
}

QJsonDocument OrderSandbox::call(const QByteArray &method, const QUrl &url, const QJsonObject &body)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray data = reply->readAll();
    const bool ok = reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    return ok ? QJsonDocument::fromJson(data) : QJsonDocument();
}

QString OrderSandbox::configText(const QString &extraOrderKeys) const
{
    // The sandbox announces Bsale's API root ("…/v1"); puente-sync's base_url is the origin,
    // BsaleClient adds "/v1" itself.
    QUrl bsale = m_connection.bsaleBaseUrl;
    if (bsale.path().endsWith(u"/v1"_s))
        bsale.setPath(bsale.path().chopped(3));
    // Another host name for the same loopback: puente-sync paces each host on its own, as it
    // would api.bsale.io and api.jumpseller.com, instead of one budget for both fakes.
    QUrl jumpseller = m_connection.jumpsellerBaseUrl;
    jumpseller.setHost(u"localhost"_s);
    const auto &s = m_shop;
    return u"[bsale]\nbase_url = %1\noffice_id = %2\nprice_list_id = %3\n\n"
           "[jumpseller]\nbase_url = %4\nstore_code = %5\n\n"
           "[orders]\nenabled = true\nstart_after = 0\n"
           "boleta_type = id:%6\nfactura_type = id:%7\ncredit_note_type = id:%8\n"
           "payment_type = %9\nshipping_product = %10\n"_s.arg(bsale.toString())
               .arg(s.basics.officeId)
               .arg(s.basics.priceListId)
               .arg(jumpseller.toString(), m_connection.jumpsellerStoreCode)
               .arg(s.basics.boletaTypeId)
               .arg(s.basics.facturaTypeId)
               .arg(s.basics.creditNoteTypeId)
               .arg(s.basics.cashPaymentTypeId)
               .arg(fakes::OrderShop::kShippingCode)
        + extraOrderKeys;
}

QProcessEnvironment OrderSandbox::syncEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PUENTE_BSALE_TOKEN"_s, m_connection.bsaleAccessToken);
    env.insert(u"PUENTE_JUMPSELLER_LOGIN"_s, m_connection.jumpsellerLogin);
    env.insert(u"PUENTE_JUMPSELLER_TOKEN"_s, m_connection.jumpsellerAuthToken);
    env.insert(u"QT_LOGGING_RULES"_s, u"puente.net.debug=false;puente.journal.info=false"_s);
    return env;
}

// --- the driver ------------------------------------------------------------------------------

OrderCrashDriver::OrderCrashDriver(OrderCrashOptions options)
    : m_options(std::move(options))
    , m_rng(m_options.seed)
{ }

OrderCrashDriver::~OrderCrashDriver()
{
    if (m_sync && m_sync->state() != QProcess::NotRunning) {
        m_sync->kill();
        m_sync->waitForFinished(5000);
    }
}

OrderCrashReport OrderCrashDriver::run()
{
    OrderCrashReport report;
    QElapsedTimer elapsed;
    elapsed.start();
    QDir().mkpath(m_options.workDir);
    if (!startSandbox())
        report.error = u"puente-sandbox did not start"_s;
    else if (!prepareJournal() || !writeConfig())
        report.error = u"could not prepare the journal or the config"_s;
    else if (m_options.faults)
        injectFaults();
    for (int run = 0; report.error.isEmpty() && run < m_options.kills; ++run) {
        if (!startSync(run)) {
            report.error = u"puente-sync did not start: "_s + m_sync->errorString();
            break;
        }
        const bool longRun = int(m_rng.bounded(100)) < m_options.longLifePercent;
        lifeOfOneRun(longRun ? between(m_options.maxLifeMs, m_options.longLifeMaxMs)
                             : between(m_options.minLifeMs, m_options.maxLifeMs));
        stopSync(true);
        ++report.kills;
        if (OutboxRepository(*m_journal).countInState(u"running"_s) > 0)
            ++report.killsDuringSend;
        if (m_options.verbose && run % 50 == 49)
            qInfo("after %d kills: %lld orders", run + 1, static_cast<long long>(m_orders.size()));
    }
    if (report.error.isEmpty()) {
        report.faultsInjected = firedFaults();
        call("DELETE", m_sandbox.bsaleAdmin(u"/fault"_s)); // the final run must be able to settle
        const OutboxRepository outbox(*m_journal);
        report.backlog = outbox.countInState(u"pending"_s) + outbox.countInState(u"running"_s);
        QElapsedTimer settling;
        settling.start();
        if (!startSync(m_options.kills))
            report.error = u"puente-sync did not start for the final run"_s;
        else if (!settle())
            report.error = u"did not settle within %1 ms: %2"_s.arg(m_options.settleTimeoutMs).arg(unsettledReason());
        report.settleMs = settling.elapsed();
        stopSync(false);
    }
    if (m_sandbox.isRunning())
        verify(report);
    report.elapsedMs = elapsed.elapsed();
    return report;
}

// --- processes -------------------------------------------------------------------------------

bool OrderCrashDriver::startSandbox()
{
    return m_sandbox.start(m_options.sandboxExecutable, QDir(m_options.workDir).filePath(u"sandbox.log"_s));
}

bool OrderCrashDriver::prepareJournal()
{
    const QString dataDir = QDir(m_options.workDir).filePath(u"data"_s);
    QDir().mkpath(dataDir);
    m_journal = std::make_unique<Journal>(Journal::pathInDirectory(dataDir));
    if (m_journal->open())
        return false;
    return OrderShopLinks::write(m_sandbox.shop(), *m_journal);
}

bool OrderCrashDriver::writeConfig()
{
    // Short cycles and backoff, and a small re-read budget per cycle (as a busy shop would use).
    const QString text = m_sandbox.configText(u"poll_interval_ms = 100\nrecheck_per_cycle = 40\n"
                                              "retry_base_ms = 200\nretry_max_ms = 2000\n"_s);
    QFile file(QDir(m_options.workDir).filePath(u"puente-sync.ini"_s));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(text.toUtf8());
    return true;
}

bool OrderCrashDriver::startSync(int run)
{
    m_sync = std::make_unique<QProcess>();
    m_sync->setProcessEnvironment(m_sandbox.syncEnvironment());
    m_sync->setProgram(m_options.syncExecutable);
    m_sync->setArguments({u"--daemon"_s, u"--config"_s, QDir(m_options.workDir).filePath(u"puente-sync.ini"_s),
                          u"--data-dir"_s, QDir(m_options.workDir).filePath(u"data"_s)});
    m_sync->setStandardOutputFile(QProcess::nullDevice());
    // The last few runs' logs survive for a post-mortem; older ones are overwritten.
    m_sync->setStandardErrorFile(QDir(m_options.workDir).filePath(u"sync-%1.log"_s.arg(run % 4)));
    m_sync->start();
    return m_sync->waitForStarted(10000);
}

void OrderCrashDriver::stopSync(bool kill)
{
    if (!m_sync || m_sync->state() == QProcess::NotRunning)
        return;
    if (kill)
        m_sync->kill(); // SIGKILL: no handler, no cleanup, no flush
    else
        m_sync->terminate();
    if (!m_sync->waitForFinished(10000)) {
        m_sync->kill();
        m_sync->waitForFinished(5000);
    }
}

void OrderCrashDriver::waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void OrderCrashDriver::lifeOfOneRun(int lifeMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < lifeMs) {
        randomOperation();
        const qint64 left = lifeMs - timer.elapsed();
        if (left > 0)
            waitMs(int(std::min<qint64>(left, between(10, 120))));
    }
}

// --- orders through the fakes' admin HTTP ----------------------------------------------------

QJsonDocument OrderCrashDriver::call(const QByteArray &method, const QUrl &url, const QJsonObject &body)
{
    return m_sandbox.call(method, url, body);
}

void OrderCrashDriver::randomOperation()
{
    QList<int> pending;
    QList<int> paid;
    for (int i = 0; i < m_orders.size(); ++i) {
        if (m_orders.at(i).status == u"pending_payment"_s)
            pending.append(i);
        else if (m_orders.at(i).status == u"paid"_s)
            paid.append(i);
    }
    // Once the order cap is reached nothing new is placed and paid orders stay paid, so a long
    // soak keeps a mix of every end state instead of canceling everything in the end.
    const bool growing = m_orders.size() < m_options.maxOrders;
    const auto pick = [this](const QList<int> &from) -> TrackedOrder & {
        return m_orders[from.at(m_rng.bounded(from.size()))];
    };
    int dice = int(m_rng.bounded(100));
    // A store's unpaid orders do not pile up (they are paid or abandoned): keep the pool small,
    // so orders keep flowing for as long as the soak lasts.
    if (pending.size() > 12 && dice < 50)
        dice = between(50, 99);
    if (dice < 50 && growing)
        createOrder();
    else if (dice >= 50 && dice < 75 && !pending.isEmpty())
        move(pick(pending), u"pay"_s, u"paid"_s);
    else if (dice >= 75 && dice < 86 && !paid.isEmpty() && growing)
        move(pick(paid), u"cancel"_s, u"canceled"_s);
    else if (dice >= 86 && dice < 93 && !pending.isEmpty())
        move(pick(pending), u"cancel"_s, u"canceled"_s);
    else if (dice >= 93 && !pending.isEmpty())
        move(pick(pending), u"abandon"_s, u"abandoned"_s);
}

void OrderCrashDriver::createOrder()
{
    const fakes::OrderShop &shop = m_sandbox.shop();
    QList<QPair<int, int>> lines;
    const int count = between(1, 3);
    for (int i = 0; i < count; ++i)
        lines.append({between(0, int(shop.items.size()) - 1), between(1, 4)});
    const bool factura = m_rng.bounded(100) < 35;
    const double shipping = m_rng.bounded(100) < 40 ? 2990 : 0;
    const auto seed = shop.orderSeed(lines, factura ? DocumentKind::Factura : DocumentKind::Boleta, shipping);
    const QJsonDocument answer =
        call("POST", m_sandbox.storeAdmin(u"/orders"_s), fakes::OrderShop::orderSeedJson(seed));
    const int id = answer.object().value(u"order"_s).toObject().value(u"id"_s).toInt();
    if (id <= 0)
        return;
    m_orders.append(TrackedOrder {id, factura ? kFactura : kBoleta, u"pending_payment"_s});
    if (m_rng.bounded(100) < 40) // paid at once, as a card checkout does
        move(m_orders.last(), u"pay"_s, u"paid"_s);
}

bool OrderCrashDriver::move(TrackedOrder &order, const QString &action, const QString &status)
{
    if (call("POST", m_sandbox.storeAdmin(u"/orders/%1/%2"_s.arg(order.id).arg(action))).isNull())
        return false;
    order.status = status;
    return true;
}

void OrderCrashDriver::injectFaults()
{
    // Intermittent trouble for the whole kill phase: each document or return POST fails with
    // faultPercent % chance, a third each as 429, 500 and a reset after Bsale did the work (the
    // answer is lost, the document exists). Rules are tried in order, so the later ones carry
    // the conditional chance that keeps the thirds equal. Drawn in the fake from the run's seed.
    static const QStringList kinds {u"429"_s, u"500"_s, u"reset-after"_s};
    const double third = std::clamp(m_options.faultPercent, 1, 99) / 300.0;
    for (int i = 0; i < kinds.size(); ++i) {
        const QJsonObject body {{u"fault"_s, kinds.at(i)},
                                {u"count"_s, 1 << 30},
                                {u"probability"_s, third / (1.0 - i * third)},
                                {u"seed"_s, qint64(m_options.seed)},
                                {u"path"_s, u"^/v1/(documents|returns)\\.json$"_s},
                                {u"method"_s, u"POST"_s}};
        call("POST", m_sandbox.bsaleAdmin(u"/fault"_s), body);
    }
}

int OrderCrashDriver::firedFaults()
{
    return call("GET", m_sandbox.bsaleAdmin(u"/fault"_s)).object().value(u"firedFaults"_s).toInt();
}

QList<QJsonObject> OrderCrashDriver::fakeOrders()
{
    QList<QJsonObject> out;
    const auto answer = call("GET", m_sandbox.storeAdmin(u"/orders"_s));
    for (const auto &value : answer.array())
        out.append(value.toObject().value(u"order"_s).toObject());
    return out;
}

// --- the end: settle, then check ---------------------------------------------------------------

QString OrderCrashDriver::unsettledReason()
{
    const OrderRepository orders(*m_journal);
    const OutboxRepository outbox(*m_journal);
    const int busy = outbox.countInState(u"pending"_s) + outbox.countInState(u"running"_s);
    if (busy > 0)
        return u"%1 outbox job(s) pending or running"_s.arg(busy);
    static const QHash<QString, QStringList> settled {
        {u"paid"_s, {u"documented"_s}},
        {u"canceled"_s, {u"canceled"_s, u"credited"_s}},
        {u"pending_payment"_s, {u"waiting"_s}},
        {u"abandoned"_s, {u"abandoned"_s}},
    };
    for (const QJsonObject &o : fakeOrders()) {
        const qint64 id = o.value(u"id"_s).toInteger();
        const QString status = o.value(u"status_enum"_s).toString();
        const auto row = orders.find(id);
        if (!row)
            return u"order %1 is not in the journal"_s.arg(id);
        if (row->status != status || !settled.value(status).contains(row->pipelineState))
            return u"order %1 is %2 in the store but %3/%4 in the journal"_s.arg(id).arg(status, row->status,
                                                                                         row->pipelineState);
    }
    return {};
}

bool OrderCrashDriver::settle()
{
    QElapsedTimer timer;
    timer.start();
    int quietRounds = 0;
    while (timer.elapsed() < m_options.settleTimeoutMs) {
        if (m_sync->state() != QProcess::Running)
            return false;
        quietRounds = unsettledReason().isEmpty() ? quietRounds + 1 : 0;
        if (quietRounds >= 3) // settled on three polls in a row, a few cycles apart
            return true;
        waitMs(250);
    }
    return false;
}

void OrderCrashDriver::violation(OrderCrashReport &report, const QString &what)
{
    ++report.violations;
    if (report.details.size() < 20)
        report.details.append(what);
}

void OrderCrashDriver::verify(OrderCrashReport &report)
{
    const QString storeCode = m_sandbox.connection().jumpsellerStoreCode;
    QHash<QString, QList<QJsonObject>> documentsBySalesId;
    for (const auto &value : call("GET", m_sandbox.bsaleAdmin(u"/documents"_s)).object().value(u"items"_s).toArray()) {
        const QJsonObject doc = value.toObject();
        // Credit notes are documents too, without a salesId (the return carries it): counted below.
        if (doc.value(u"salesId"_s).toString().isEmpty())
            continue;
        documentsBySalesId[doc.value(u"salesId"_s).toString()].append(doc);
        ++report.documents;
    }
    QHash<QString, QList<QJsonObject>> returnsBySalesId;
    for (const auto &value : call("GET", m_sandbox.bsaleAdmin(u"/returns"_s)).object().value(u"items"_s).toArray()) {
        const QJsonObject ret = value.toObject();
        returnsBySalesId[ret.value(u"salesId"_s).toString()].append(ret);
        ++report.creditNotes;
    }

    const OrderRepository orders(*m_journal);
    const DocumentRepository documents(*m_journal);
    const QList<QJsonObject> storeOrders = fakeOrders();
    report.orders = int(storeOrders.size());
    QSet<QString> expectedSalesIds;
    for (const QJsonObject &o : storeOrders) {
        const qint64 id = o.value(u"id"_s).toInteger();
        const QString order = QString::number(id);
        const QString status = o.value(u"status_enum"_s).toString();
        const QString kind = kindOf(o);
        const QString otherKind = kind == kFactura ? kBoleta : kFactura;
        const auto kindEnum = kind == kFactura ? DocumentKind::Factura : DocumentKind::Boleta;
        const QString salesId = SalesId::forOrder(storeCode, order, kindEnum);
        const QString otherId =
            SalesId::forOrder(storeCode, order, kind == kFactura ? DocumentKind::Boleta : DocumentKind::Factura);
        const QString noteId = SalesId::forOrder(storeCode, order, DocumentKind::CreditNote);
        expectedSalesIds << salesId << otherId << noteId;
        const auto docs = documentsBySalesId.value(salesId);
        const auto others = documentsBySalesId.value(otherId);
        const auto notes = returnsBySalesId.value(noteId);
        const auto row = orders.find(id);
        const auto journalDoc = documents.find(id, kind);
        const auto journalNote = documents.find(id, u"credit_note"_s);
        const auto fail = [&](const QString &what) {
            violation(report, u"order %1 (%2, %3): "_s.arg(id).arg(status, kind) + what);
        };

        if (!others.isEmpty())
            fail(u"has a %1 although the customer asked for a %2"_s.arg(otherKind, kind));
        if (!row) {
            fail(u"missing from the journal"_s);
            continue;
        }
        if (row->status != status)
            fail(u"journal says %1"_s.arg(row->status));
        if (status == u"paid"_s) {
            ++report.paid;
            if (docs.size() != 1)
                fail(u"%1 documents of the planned type, expected exactly 1"_s.arg(docs.size()));
            if (!notes.isEmpty())
                fail(u"has a credit note but is paid"_s);
        } else if (status == u"canceled"_s) {
            if (docs.size() > 1 || notes.size() > 1 || docs.size() != notes.size())
                fail(u"canceled with %1 document(s) and %2 credit note(s)"_s.arg(docs.size()).arg(notes.size()));
            else if (docs.size() == 1) {
                ++report.canceledAfterEmission;
                if (idOf(notes.first().value(u"reference_document"_s).toObject().value(u"id"_s))
                    != idOf(docs.first().value(u"id"_s)))
                    fail(u"its credit note references another document"_s);
            } else {
                ++report.canceledWithoutDocument;
            }
        } else {
            ++report.unpaid;
            if (!docs.isEmpty() || !notes.isEmpty())
                fail(u"unpaid but has %1 document(s), %2 credit note(s)"_s.arg(docs.size()).arg(notes.size()));
        }
        // The journal agrees with the fake.
        if (docs.size() == 1) {
            const QJsonObject &doc = docs.first();
            if (qRound64(doc.value(u"totalAmount"_s).toDouble()) != qRound64(o.value(u"total"_s).toDouble()))
                fail(u"document total %1, order total %2"_s.arg(doc.value(u"totalAmount"_s).toDouble())
                         .arg(o.value(u"total"_s).toDouble()));
            if (!journalDoc || journalDoc->state != u"emitted"_s || journalDoc->bsaleId != idOf(doc.value(u"id"_s))
                || journalDoc->bsaleNumber != idOf(doc.value(u"number"_s)))
                fail(u"journal's document does not match Bsale's (%1)"_s.arg(journalDoc ? journalDoc->state
                                                                                        : u"none"_s));
        } else if (journalDoc && journalDoc->state == u"emitted"_s) {
            fail(u"journal has an issued document Bsale does not have"_s);
        }
        if (notes.size() == 1) {
            if (!journalNote || journalNote->state != u"emitted"_s
                || journalNote->bsaleId != idOf(notes.first().value(u"id"_s)))
                fail(u"journal's credit note does not match Bsale's"_s);
        } else if (journalNote && journalNote->state == u"emitted"_s) {
            fail(u"journal has a credit note Bsale does not have"_s);
        }
    }
    // Nothing issued for orders the store does not have.
    for (auto it = documentsBySalesId.cbegin(); it != documentsBySalesId.cend(); ++it) {
        if (!expectedSalesIds.contains(it.key()))
            violation(report, u"Bsale has %1 document(s) with unknown salesId '%2'"_s.arg(it->size()).arg(it.key()));
    }
    for (auto it = returnsBySalesId.cbegin(); it != returnsBySalesId.cend(); ++it) {
        if (!expectedSalesIds.contains(it.key()))
            violation(report, u"Bsale has %1 return(s) with unknown salesId '%2'"_s.arg(it->size()).arg(it.key()));
    }
    QSqlQuery integrity(m_journal->database());
    if (!integrity.exec(u"PRAGMA integrity_check"_s) || !integrity.next() || integrity.value(0).toString() != u"ok"_s)
        violation(report, u"the journal fails SQLite's integrity check"_s);
    if (orders.ids().size() != storeOrders.size())
        violation(report,
                  u"the journal has %1 orders, the store %2"_s.arg(orders.ids().size()).arg(storeOrders.size()));
}

} // namespace puente::test
