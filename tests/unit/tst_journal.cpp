// The journal on real SQLite files: schema creation, the upgrade from a checked-in version-1
// file, failed opens that must leave the file byte-for-byte as it was, one connection per
// thread with concurrent writers, and the EventLog repository.
#include <QtCore/QCryptographicHash>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QMutex>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSemaphore>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtSql/QSqlRecord>
#include <QtTest/QTest>

#include "journal/EventLog.h"
#include "journal/Journal.h"
#include "journal/JournalSchema.h"
#include "journal/WriteTransaction.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace puente;

namespace {

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList journalConnections()
{
    QStringList names = QSqlDatabase::connectionNames();
    names.removeIf([](const QString &name) { return !name.startsWith(u"puente-journal-"_s); });
    return names;
}

/** Runs SQL on `path` through a short-lived connection of its own, outside any Journal. */
QVariantList rawQuery(const QString &path, const QStringList &statements)
{
    static int counter = 0;
    const QString name = u"tst-raw-%1"_s.arg(++counter);
    QVariantList lastRow;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open()) {
            qWarning() << "raw open failed" << db.lastError().text();
        }
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                qWarning() << "raw query failed" << sql << query.lastError().text();
                lastRow = {u"<error>"_s};
                continue;
            }
            lastRow.clear();
            if (query.next()) {
                for (int i = 0; i < query.record().count(); ++i)
                    lastRow.append(query.value(i));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return lastRow;
}

QVariant rawValue(const QString &path, const QString &sql)
{
    return rawQuery(path, {sql}).value(0);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return {};
    }
    return query.value(0);
}

QStringList tablesOf(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    QStringList tables;
    while (query.next())
        tables.append(query.value(0).toString());
    return tables;
}

MigrationStep badStep(bool asFunction)
{
    MigrationStep step {
        JournalSchema::kLatestVersion + 1, u"a step that fails"_s, {u"CREATE TABLE extra (x INTEGER)"_s}, {}};
    if (asFunction)
        step.function = [](const QSqlDatabase &) {
            return std::optional<QString>(u"no_such_table: function failed"_s);
        };
    else
        step.statements.append(u"INSERT INTO no_such_table VALUES (1)"_s);
    return step;
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaultPathIsInAppData();
    void freshJournalHasLatestSchema();
    void databaseBeforeOpenIsInvalid();
    void upgradesVersion1File();
    void openingCurrentJournalWritesNothing();
    void failedMigrationLeavesFileUntouched_data();
    void failedMigrationLeavesFileUntouched();
    void refusesFilesItCannotUse_data();
    void refusesFilesItCannotUse();
    void concurrentWritersInTwoThreads();
    void eventLogRoundTrip();
    void eventLogAppendJoinsTransaction();

private:
    QString copyVersion1Fixture() const;
    QString createCurrentJournal(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestJournal::cleanup()
{
    // Every Journal of the test is gone by now: so must be its connections.
    QCOMPARE(journalConnections(), QStringList());
    m_dir.reset();
}

QString TestJournal::copyVersion1Fixture() const
{
    const QString source = qEnvironmentVariable("PUENTE_TESTDATA") + u"/journal-v1.sqlite"_s;
    const QString target = m_dir->filePath(u"journal-v1.sqlite"_s);
    if (!QFile::copy(source, target))
        qWarning() << "cannot copy" << source;
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

QString TestJournal::createCurrentJournal(const QString &name) const
{
    const QString path = m_dir->filePath(name);
    Journal journal(path);
    if (const auto error = journal.open())
        qWarning() << "cannot create" << path << error->message;
    return path;
}

void TestJournal::defaultPathIsInAppData()
{
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCOMPARE(Journal::defaultPath(), appData + u"/puente.sqlite"_s);
    QCOMPARE(Journal::pathInDirectory(u"/srv/puente"_s), u"/srv/puente/puente.sqlite"_s);
    QCOMPARE(Journal().path(), Journal::defaultPath());
}

void TestJournal::freshJournalHasLatestSchema()
{
    const QString path = m_dir->filePath(u"sub/dir/puente.sqlite"_s); // folders are created
    Journal journal(path);
    const auto error = journal.open();
    QVERIFY2(!error, qPrintable(error ? error->message : QString()));
    QVERIFY(journal.isOpen());
    QCOMPARE(JournalSchema::migrations().latestVersion(), JournalSchema::kLatestVersion);
    QCOMPARE(journal.schemaVersion(), JournalSchema::kLatestVersion);

    QSqlDatabase db = journal.database();
    QVERIFY(db.isOpen());
    QCOMPARE(db.connectionName(), journal.connectionName());
    QCOMPARE(tablesOf(db), JournalSchema::tableNames());
    QCOMPARE(scalar(db, u"SELECT value FROM meta WHERE name = 'schema_version'"_s).toString(),
             QString::number(JournalSchema::kLatestVersion));
    QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(scalar(db, u"PRAGMA synchronous"_s).toInt(), 2);
    QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(scalar(db, u"PRAGMA busy_timeout"_s).toInt(), Journal::kBusyTimeoutMs);
    QCOMPARE(scalar(db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);

    // A second thread gets its own connection, configured the same way.
    QString otherName;
    QVariantList otherPragmas;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        QSqlDatabase threadDb = journal.database();
        otherName = threadDb.connectionName();
        for (const QString &pragma : {u"journal_mode"_s, u"synchronous"_s, u"foreign_keys"_s, u"busy_timeout"_s})
            otherPragmas.append(scalar(threadDb, u"PRAGMA "_s + pragma));
    }));
    thread->start();
    QVERIFY(thread->wait(10000));
    QVERIFY(otherName.startsWith(u"puente-journal-"_s));
    QVERIFY(otherName != journal.connectionName());
    QCOMPARE(otherPragmas, (QVariantList {u"wal"_s, 2, 1, Journal::kBusyTimeoutMs}));
    QVERIFY2(!QSqlDatabase::contains(otherName), "the thread's connection outlived the thread");

    // A foreign key is enforced on the app's connections.
    QSqlQuery orphan(db);
    QVERIFY(!orphan.exec(u"INSERT INTO documents (store_order_id, kind, sales_id, created_at, updated_at)"
                         " VALUES (404, 'boleta', 'x', 0, 0)"_s));
}

void TestJournal::databaseBeforeOpenIsInvalid()
{
    Journal journal(m_dir->filePath(u"never-opened.sqlite"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"before a successful open"_s));
    QVERIFY(!journal.database().isValid());
    QVERIFY(!QFile::exists(journal.path()));
}

void TestJournal::upgradesVersion1File()
{
    const QString path = copyVersion1Fixture();
    QCOMPARE(rawValue(path, u"SELECT value FROM meta WHERE name = 'schema_version'"_s).toString(), u"1"_s);

    Journal journal(path);
    const auto error = journal.open();
    QVERIFY2(!error, qPrintable(error ? error->message : QString()));
    QSqlDatabase db = journal.database();
    QCOMPARE(scalar(db, u"SELECT value FROM meta WHERE name = 'schema_version'"_s).toString(),
             QString::number(JournalSchema::kLatestVersion));
    QCOMPARE(tablesOf(db), JournalSchema::tableNames());
    QCOMPARE(scalar(db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);

    // Every row of the fixture survived (tests/data/README.md lists them).
    const QList<QPair<QString, int>> counts {
        {u"erp_variants"_s, 2}, {u"store_variants"_s, 2}, {u"links"_s, 2},  {u"mappings"_s, 1}, {u"exclusions"_s, 1},
        {u"orders"_s, 1},       {u"documents"_s, 1},      {u"outbox"_s, 1}, {u"cursors"_s, 1},  {u"events"_s, 0},
    };
    for (const auto &[table, expected] : counts)
        QCOMPARE(scalar(db, u"SELECT count(*) FROM "_s + table).toInt(), expected);
    QSqlQuery link(db);
    QVERIFY(link.exec(
        u"SELECT erp_variant_id, store_product_id, store_variant_id, how, created_at FROM links ORDER BY id"_s));
    QVERIFY(link.next());
    QCOMPARE((QVariantList {link.value(0).toLongLong(), link.value(1).toLongLong(), link.value(2).toLongLong(),
                            link.value(3).toString(), link.value(4).toLongLong()}),
             (QVariantList {1001LL, 9001LL, 7001LL, u"sku"_s, 1714564801000LL}));
    QVERIFY(link.next());
    QCOMPARE(link.value(3).toString(), u"manual"_s);
    link.finish();
    QCOMPARE(scalar(db, u"SELECT product_name FROM erp_variants WHERE variant_id = 1001"_s).toString(),
             u"Polera Algodón"_s);
    QCOMPARE(scalar(db, u"SELECT price FROM erp_variants WHERE variant_id = 1001"_s).toLongLong(), 12990LL);
    QCOMPARE(scalar(db, u"SELECT quantity_available FROM erp_variants WHERE variant_id = 1002"_s).toDouble(), 0.5);
    QCOMPARE(scalar(db, u"SELECT bsale_number FROM documents WHERE sales_id = 'js-30001-boleta'"_s).toInt(), 1234);
    QVERIFY(scalar(db, u"SELECT url_pdf FROM documents"_s).isNull()); // the new column exists, empty
    QCOMPARE(scalar(db, u"SELECT idempotency_key FROM outbox"_s).toString(), u"js-30001-boleta"_s);
    QCOMPARE(scalar(db, u"SELECT value FROM cursors WHERE name = 'jumpseller.orders.after'"_s).toString(), u"30001"_s);

    // What version 2 brought is really there.
    QCOMPARE(
        scalar(db, u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'erp_variants_sku'"_s).toInt(),
        1);
    QSqlQuery byName(db);
    QVERIFY2(byName.exec(u"INSERT INTO links (erp_variant_id, store_product_id, how, created_at)"
                         " VALUES (1003, 9002, 'name', 1)"_s),
             qPrintable(byName.lastError().text()));
    QSqlQuery bogus(db);
    QVERIFY(!bogus.exec(u"INSERT INTO links (erp_variant_id, store_product_id, how, created_at)"
                        " VALUES (1004, 9003, 'guess', 1)"_s));
    QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
}

void TestJournal::openingCurrentJournalWritesNothing()
{
    const QString path = createCurrentJournal(u"current.sqlite"_s);
    const QByteArray before = sha256(path);
    QVERIFY(!before.isEmpty());
    {
        Journal journal(path);
        QVERIFY(!journal.open());
        QCOMPARE(scalar(journal.database(), u"SELECT count(*) FROM events"_s).toInt(), 0);
    }
    QCOMPARE(sha256(path), before);
}

void TestJournal::failedMigrationLeavesFileUntouched_data()
{
    // "v1" fixture (WAL, as the app leaves it), "v1-rollback" the fixture switched to the rollback
    // journal (so switching to WAL too early would show), "v2" current journal, "none" no file yet
    QTest::addColumn<QString>("start");
    QTest::addColumn<bool>("functionFails");
    QTest::addColumn<int>("versionBefore");
    QTest::newRow("v1 file, statement fails after step 2 ran") << u"v1"_s << false << 1;
    QTest::newRow("v1 file, function fails after step 2 ran") << u"v1"_s << true << 1;
    QTest::newRow("v1 file in rollback-journal mode") << u"v1-rollback"_s << false << 1;
    QTest::newRow("current file, statement fails") << u"v2"_s << false << JournalSchema::kLatestVersion;
    QTest::newRow("new file, statement fails") << u"none"_s << false << 0;
}

void TestJournal::failedMigrationLeavesFileUntouched()
{
    QFETCH(QString, start);
    QFETCH(bool, functionFails);
    QFETCH(int, versionBefore);
    QString path = m_dir->filePath(u"new.sqlite"_s);
    if (start.startsWith(u"v1"_s))
        path = copyVersion1Fixture();
    if (start == u"v1-rollback"_s)
        QCOMPARE(rawValue(path, u"PRAGMA journal_mode = DELETE"_s).toString(), u"delete"_s);
    else if (start == u"v2"_s)
        path = createCurrentJournal(u"current.sqlite"_s);
    const QByteArray before = sha256(path);
    QCOMPARE(before.isEmpty(), start == u"none"_s);

    {
        Journal journal(path, JournalSchema::migrations().withStep(badStep(functionFails)));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot open the journal: MigrationFailed"_s));
        const auto error = journal.open();
        QVERIFY(error);
        QCOMPARE(error->kind, JournalError::Kind::MigrationFailed);
        QVERIFY2(error->message.contains(u"schema version %1"_s.arg(JournalSchema::kLatestVersion + 1)),
                 qPrintable(error->message));
        QVERIFY2(error->message.contains(u"no_such_table"_s), qPrintable(error->message));
        QVERIFY(!journal.isOpen());
    }
    QCOMPARE(journalConnections(), QStringList());
    if (start == u"none"_s) {
        QVERIFY2(!QFile::exists(path), "a failed open left a new file behind");
        return;
    }
    QCOMPARE(sha256(path), before);
    QCOMPARE(rawValue(path, u"SELECT value FROM meta WHERE name = 'schema_version'"_s).toInt(), versionBefore);
    QCOMPARE(rawValue(path, u"SELECT count(*) FROM sqlite_master WHERE name IN ('extra', 'links_new')"_s).toInt(), 0);
}

void TestJournal::refusesFilesItCannotUse_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<JournalError::Kind>("kind");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("newer schema version") << u"newer"_s << JournalError::Kind::TooNew << u"newer than"_s;
    QTest::newRow("text file") << u"text"_s << JournalError::Kind::NotAJournal << u"not a Puente journal"_s;
    QTest::newRow("random bytes") << u"random"_s << JournalError::Kind::NotAJournal << u"not a Puente journal"_s;
    QTest::newRow("SQLite header, corrupt pages")
        << u"corrupt"_s << JournalError::Kind::NotAJournal << u"not a Puente journal"_s;
    QTest::newRow("another program's SQLite file")
        << u"foreign"_s << JournalError::Kind::NotAJournal << u"no meta table"_s;
    QTest::newRow("meta without schema_version")
        << u"noversion"_s << JournalError::Kind::NotAJournal << u"no valid schema_version"_s;
}

void TestJournal::refusesFilesItCannotUse()
{
    QFETCH(QString, content);
    QFETCH(JournalError::Kind, kind);
    QFETCH(QString, phrase);
    const QString path = m_dir->filePath(u"puente.sqlite"_s);
    auto writeFile = [&path](const QByteArray &bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    };
    if (content == u"newer"_s) {
        createCurrentJournal(u"puente.sqlite"_s);
        rawQuery(path, {u"UPDATE meta SET value = '99' WHERE name = 'schema_version'"_s});
    } else if (content == u"text"_s) {
        writeFile("These are my shop notes, not a database.\n"_ba.repeated(100));
    } else if (content == u"random"_s) {
        QByteArray bytes(8192, '\0');
        QRandomGenerator generator(42);
        for (char &byte : bytes)
            byte = static_cast<char>(generator.bounded(256));
        writeFile(bytes);
    } else if (content == u"corrupt"_s) {
        createCurrentJournal(u"puente.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.read(100); // the 100-byte SQLite header survives...
        bytes.append(QByteArray(file.size() - 100, '\x5a')); // ...every page behind it does not
        file.close();
        writeFile(bytes);
    } else if (content == u"foreign"_s) {
        rawQuery(path,
                 {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s,
                  u"INSERT INTO notes (text) VALUES ('hello')"_s});
    } else if (content == u"noversion"_s) {
        rawQuery(path,
                 {u"CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT)"_s,
                  u"INSERT INTO meta VALUES ('owner', 'someone')"_s});
    }
    const QByteArray before = sha256(path);
    QVERIFY(!before.isEmpty());

    {
        Journal journal(path);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"cannot open the journal: "_s + JournalError::kindName(kind)));
        const auto error = journal.open();
        QVERIFY(error);
        QCOMPARE(JournalError::kindName(error->kind), JournalError::kindName(kind));
        QVERIFY2(error->message.contains(phrase), qPrintable(error->message));
        QVERIFY2(error->message.contains(path), qPrintable(error->message));
        QVERIFY(!journal.isOpen());
    }
    QCOMPARE(sha256(path), before);
}

void TestJournal::concurrentWritersInTwoThreads()
{
    Journal journal(m_dir->filePath(u"puente.sqlite"_s));
    QVERIFY(!journal.open());
    const EventLog log(journal);
    constexpr int kPerThread = 500;
    constexpr int kPerTransaction = 10;

    QMutex mutex;
    QStringList failures;
    QStringList connectionNames;
    QSemaphore ready;
    QSemaphore go;
    auto writer = [&](const QString &subsystem) {
        {
            QMutexLocker locker(&mutex);
            connectionNames.append(journal.connectionName());
        }
        ready.release();
        go.acquire(); // both threads start writing together
        for (int done = 0; done < kPerThread;) {
            WriteTransaction transaction(journal.database());
            if (!transaction.isActive()) {
                QMutexLocker locker(&mutex);
                failures.append(u"begin: "_s + transaction.errorText());
                return;
            }
            for (int i = 0; i < kPerTransaction; ++i, ++done) {
                if (!log.append(EventLevel::Info, subsystem, u"row %1"_s.arg(done))) {
                    QMutexLocker locker(&mutex);
                    failures.append(u"append failed"_s);
                }
            }
            if (!transaction.commit()) {
                QMutexLocker locker(&mutex);
                failures.append(u"commit: "_s + transaction.errorText());
            }
        }
    };
    std::unique_ptr<QThread> first(QThread::create(writer, u"first"_s));
    std::unique_ptr<QThread> second(QThread::create(writer, u"second"_s));
    QElapsedTimer timer;
    timer.start();
    first->start();
    second->start();
    ready.acquire(2);
    go.release(2);
    QVERIFY(first->wait(15000));
    QVERIFY(second->wait(15000));
    qInfo("2 x %d inserts in %d-row transactions took %lld ms", kPerThread, kPerTransaction, timer.elapsed());

    QCOMPARE(failures, QStringList());
    QCOMPARE(connectionNames.size(), 2);
    QVERIFY(connectionNames.at(0) != connectionNames.at(1));
    for (const QString &name : std::as_const(connectionNames))
        QVERIFY2(!QSqlDatabase::contains(name), qPrintable(name + u" outlived its thread"_s));

    QSqlDatabase db = journal.database();
    QCOMPARE(scalar(db, u"SELECT count(*) FROM events"_s).toInt(), 2 * kPerThread);
    for (const QString &subsystem : {u"first"_s, u"second"_s}) {
        QSqlQuery query(db);
        query.prepare(u"SELECT count(DISTINCT message) FROM events WHERE subsystem = :subsystem"_s);
        query.bindValue(u":subsystem"_s, subsystem);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toInt(), kPerThread);
    }
}

void TestJournal::eventLogRoundTrip()
{
    Journal journal(m_dir->filePath(u"puente.sqlite"_s));
    QVERIFY(!journal.open());
    const EventLog log(journal);
    const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1714564800123, Qt::UTC);
    QList<JournalEvent> written {
        {0, t0, EventLevel::Info, u"stock"_s, u"Pushed 3 stock changes"_s, {}},
        {0, t0.addSecs(60), EventLevel::Error, u"orders"_s, u"Factura for order 30002 refused"_s,
         u"{\"error\":\"RUT inválido\"}"_s},
        {0, t0.addSecs(120), EventLevel::Warning, u"stock"_s, u"Variant 1002 has negative stock"_s, u"-2"_s},
        {0, t0.addSecs(180), EventLevel::Debug, u"catalogue"_s, u"Pulled 2 pages"_s, {}},
    };
    for (JournalEvent &event : written) {
        const auto id = log.append(event);
        QVERIFY(id);
        event.id = *id;
    }
    QVERIFY(written.at(0).id < written.at(1).id);

    const QList<JournalEvent> all = log.list();
    QCOMPARE(all.size(), written.size());
    for (int i = 0; i < written.size(); ++i)
        QCOMPARE(all.at(i), written.at(written.size() - 1 - i)); // newest first
    QCOMPARE(all.last().time, t0);
    QCOMPARE(all.last().time.timeSpec(), Qt::UTC);

    EventFilter important;
    important.minimumLevel = EventLevel::Warning;
    QCOMPARE(log.list(important), (QList<JournalEvent> {written.at(2), written.at(1)}));
    EventFilter stock;
    stock.subsystem = u"stock"_s;
    QCOMPARE(log.list(stock), (QList<JournalEvent> {written.at(2), written.at(0)}));
    EventFilter page;
    page.limit = 2;
    QCOMPARE(log.list(page), (QList<JournalEvent> {written.at(3), written.at(2)}));
    page.beforeId = written.at(2).id;
    QCOMPARE(log.list(page), (QList<JournalEvent> {written.at(1), written.at(0)}));

    // Without a time, "now" is used.
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(log.append(EventLevel::Info, u"sync"_s, u"Cycle finished"_s));
    const JournalEvent latest = log.list().constFirst();
    QCOMPARE(latest.message, u"Cycle finished"_s);
    QVERIFY(latest.time >= before && latest.time <= QDateTime::currentDateTimeUtc());

    QCOMPARE(log.removeOlderThan(t0.addSecs(120)), std::optional<int>(2));
    QCOMPARE(log.list().size(), 3);

    for (EventLevel level : {EventLevel::Debug, EventLevel::Info, EventLevel::Warning, EventLevel::Error})
        QCOMPARE(JournalEvent::levelFromName(JournalEvent::levelName(level)), std::optional(level));
    QCOMPARE(JournalEvent::levelFromName(u"fatal"), std::nullopt);
}

void TestJournal::eventLogAppendJoinsTransaction()
{
    Journal journal(m_dir->filePath(u"puente.sqlite"_s));
    QVERIFY(!journal.open());
    const EventLog log(journal);
    {
        WriteTransaction transaction(journal.database());
        QVERIFY(transaction.isActive());
        QVERIFY(log.append(EventLevel::Info, u"sync"_s, u"rolled back"_s));
    } // destroyed without commit()
    {
        WriteTransaction transaction(journal.database());
        QVERIFY(log.append(EventLevel::Info, u"sync"_s, u"kept"_s));
        QVERIFY(transaction.commit());
    }
    const QList<JournalEvent> events = log.list();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.constFirst().message, u"kept"_s);
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
