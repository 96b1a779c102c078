#include "journal/Journal.h"

#include "base/Logging.h"
#include "journal/JournalSchema.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QStandardPaths>
#include <QtCore/QStringList>
#include <QtCore/QThread>
#include <QtCore/QThreadStorage>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

const QString kDriver = u"QSQLITE"_s;

std::atomic<quint64> s_nextInstance {1};

/**
 * The journal connections a thread opened. Kept in QThreadStorage, whose per-thread data Qt
 * deletes while the thread finishes (before QThread::wait() returns), or, for the main thread,
 * when the application object is destroyed; the destructor removes what is left.
 */
class ThreadConnections final
{
public:
    ThreadConnections() = default;
    Q_DISABLE_COPY_MOVE(ThreadConnections)
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(m_names))
            QSqlDatabase::removeDatabase(name);
    }

    void add(const QString &name) { m_names.append(name); }
    void remove(const QString &name) { m_names.removeAll(name); }

private:
    QStringList m_names;
};

QThreadStorage<ThreadConnections *> &threadConnections()
{
    static QThreadStorage<ThreadConnections *> storage;
    return storage;
}

ThreadConnections &currentThreadConnections()
{
    QThreadStorage<ThreadConnections *> &storage = threadConnections();
    if (!storage.hasLocalData())
        storage.setLocalData(new ThreadConnections);
    return *storage.localData();
}

std::optional<JournalError> execPragma(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (query.exec(pragma))
        return std::nullopt;
    return JournalError::fromSqlError(query.lastError(), u"%1 failed on %2"_s.arg(pragma, db.databaseName()));
}

std::optional<JournalError> enableWal(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next()) {
        return JournalError::fromSqlError(query.lastError(),
                                          u"Cannot switch %1 to write-ahead logging"_s.arg(db.databaseName()));
    }
    const QString mode = query.value(0).toString();
    if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        // SQLite refuses WAL where it cannot share memory, e.g. on some network file systems.
        return JournalError {JournalError::Kind::Storage,
                             u"%1 cannot use write-ahead logging (journal mode stays \"%2\"); "
                             "keep the journal on a local disk"_s.arg(db.databaseName(), mode)};
    }
    return std::nullopt;
}

} // namespace

QString Journal::fileName()
{
    return u"puente.sqlite"_s;
}

QString Journal::defaultPath()
{
    return pathInDirectory(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QString Journal::pathInDirectory(const QString &directory)
{
    return QDir(directory).filePath(fileName());
}

Journal::Journal(QString path)
    : Journal(std::move(path), JournalSchema::migrations())
{ }

Journal::Journal(QString path, Migrations migrations)
    : m_path(std::move(path))
    , m_migrations(std::move(migrations))
    , m_instance(s_nextInstance.fetch_add(1))
{ }

Journal::~Journal()
{
    closeConnection();
}

std::optional<JournalError> Journal::open()
{
    if (isOpen())
        return std::nullopt;
    const bool existed = QFileInfo::exists(m_path);
    std::optional<JournalError> error = checkFile();
    if (!error) {
        error = migrateAndEnableWal();
        QSqlDatabase::removeDatabase(migrationConnectionName());
    }
    if (error) {
        if (!existed)
            removeCreatedFiles();
        qCWarning(lcJournal).noquote() << "cannot open the journal:" << JournalError::kindName(error->kind)
                                       << error->message;
        return error;
    }
    m_open.store(true, std::memory_order_release);
    qCInfo(lcJournal).noquote() << "journal open:" << m_path << "schema version" << schemaVersion();
    return std::nullopt;
}

std::optional<JournalError> Journal::checkFile() const
{
    if (!QSqlDatabase::isDriverAvailable(kDriver)) {
        return JournalError {JournalError::Kind::CannotOpen,
                             u"Qt's SQLite driver (QSQLITE) is missing from this installation"_s};
    }
    const QFileInfo file(m_path);
    if (!QDir().mkpath(file.absolutePath())) {
        return JournalError {JournalError::Kind::CannotOpen,
                             u"Cannot create the folder %1 for the journal"_s.arg(file.absolutePath())};
    }
    if (file.exists() && (!file.isFile() || !file.isReadable() || !file.isWritable())) {
        return JournalError {JournalError::Kind::CannotOpen,
                             u"%1 is not a file Puente can read and write"_s.arg(m_path)};
    }
    return std::nullopt;
}

std::optional<JournalError> Journal::migrateAndEnableWal() const
{
    QSqlDatabase db = addConnection(migrationConnectionName());
    if (!db.open()) {
        return JournalError::fromSqlError(db.lastError(), u"Cannot open %1"_s.arg(m_path),
                                          JournalError::Kind::CannotOpen);
    }
    // Read before anything else touches the file, so a foreign or corrupt file gets a clear
    // message and is never written to.
    JournalError probeError;
    if (!Migrations::storedVersion(db, probeError))
        return probeError;
    // Foreign keys stay off while migrating (table rebuilds); Migrations checks them at the end.
    for (const QString &pragma : {u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = OFF"_s}) {
        if (auto error = execPragma(db, pragma))
            return error;
    }
    if (auto error = m_migrations.migrate(db))
        return error;
    // Only now: switching to WAL rewrites the header, which a failed migration must not do.
    return enableWal(db);
}

QSqlDatabase Journal::database() const
{
    if (!isOpen()) {
        qCWarning(lcJournal) << "Journal::database() called before a successful open() of" << m_path;
        return {};
    }
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    } else {
        addConnection(name);
        currentThreadConnections().add(name);
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (const auto error = configure(db))
        qCWarning(lcJournal).noquote() << "cannot open a journal connection:" << *error;
    return db;
}

QSqlDatabase Journal::addConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, name);
    db.setDatabaseName(m_path);
    // The driver installs sqlite3_busy_timeout: a locked database is retried, not an error.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    return db;
}

std::optional<QString> Journal::configure(QSqlDatabase &db) const
{
    if (!db.open())
        return db.lastError().text();
    // Per connection, not stored in the file; foreign_keys cannot change inside a transaction.
    for (const QString &pragma : {u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s}) {
        if (const auto error = execPragma(db, pragma))
            return error->message;
    }
    return std::nullopt;
}

QString Journal::connectionName() const
{
    const auto thread = reinterpret_cast<quintptr>(QThread::currentThreadId());
    return u"puente-journal-%1-%2"_s.arg(m_instance).arg(thread, 0, 16);
}

QString Journal::migrationConnectionName() const
{
    return u"puente-journal-%1-migration"_s.arg(m_instance);
}

void Journal::closeConnection() const
{
    const QString name = connectionName();
    if (threadConnections().hasLocalData())
        threadConnections().localData()->remove(name);
    if (QSqlDatabase::contains(name))
        QSqlDatabase::removeDatabase(name);
}

void Journal::removeCreatedFiles() const
{
    for (const QString &suffix : {QString(), u"-journal"_s, u"-wal"_s, u"-shm"_s}) {
        const QString file = m_path + suffix;
        if (QFile::exists(file) && !QFile::remove(file))
            qCWarning(lcJournal) << "cannot remove" << file << "after a failed open";
    }
}

} // namespace puente
