#include "base/LogFile.h"

#include "base/Redactor.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

// Which LogFile receives messages, and the handler that was current before install().
// Guarded by g_installMutex; lock order is g_installMutex, then LogFile::m_mutex.
QBasicMutex g_installMutex;
LogFile *g_installed = nullptr;
// Atomic so a re-entrant message (below) can reach it without taking the mutex.
std::atomic<QtMessageHandler> g_previous {nullptr};
// Set while this thread is inside our handler: a message logged by the write itself
// (e.g. a QFile warning) must not recurse into the file or deadlock on the mutex.
thread_local bool t_inHandler = false;

QLatin1StringView levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "DEBUG"_L1;
    case QtInfoMsg:
        return "INFO"_L1;
    case QtWarningMsg:
        return "WARN"_L1;
    case QtCriticalMsg:
        return "CRIT"_L1;
    case QtFatalMsg:
        return "FATAL"_L1;
    }
    return "?"_L1;
}

} // namespace

LogFile::LogFile(const QString &directory)
    : LogFile(directory, LogFileOptions {})
{ }

LogFile::LogFile(const QString &directory, const LogFileOptions &options)
    : m_directory(directory)
    , m_options(options)
{
    m_options.maxFiles = qMax(1, m_options.maxFiles);
    m_options.maxFileBytes = qMax<qint64>(1024, m_options.maxFileBytes);
}

std::unique_ptr<LogFile> LogFile::installAt(const QString &filePath)
{
    const QFileInfo file(filePath);
    LogFileOptions options;
    options.baseName = file.completeBaseName();
    auto log = std::make_unique<LogFile>(file.absolutePath(), options);
    if (!log->install())
        return nullptr;
    return log;
}

LogFile::~LogFile()
{
    uninstall();
}

bool LogFile::install()
{
    if (isInstalled())
        return true;
    {
        // Not under g_installMutex: mkpath/open may log, and that message may reach our handler.
        QMutexLocker lock(&m_mutex);
        if (!m_file.isOpen() && (!QDir().mkpath(m_directory) || !openLocked()))
            return false;
    }
    QMutexLocker installLock(&g_installMutex);
    if (g_installed)
        return false;
    g_installed = this;
    m_previous = qInstallMessageHandler(&LogFile::handleMessage);
    g_previous.store(m_previous);
    return true;
}

void LogFile::uninstall()
{
    {
        QMutexLocker installLock(&g_installMutex);
        if (g_installed != this)
            return;
        g_installed = nullptr;
        // Only take our handler out if nobody installed one on top of it; if someone did,
        // ours stays in their chain as a plain pass-through to g_previous.
        const QtMessageHandler current = qInstallMessageHandler(m_previous);
        if (current != &LogFile::handleMessage)
            qInstallMessageHandler(current);
    }
    QMutexLocker lock(&m_mutex);
    m_file.close();
}

bool LogFile::isInstalled() const
{
    QMutexLocker installLock(&g_installMutex);
    return g_installed == this;
}

QString LogFile::filePath() const
{
    return QDir(m_directory).filePath(m_options.baseName + u".log"_s);
}

QString LogFile::rotatedFilePath(int index) const
{
    return QDir(m_directory).filePath(m_options.baseName + u'.' + QString::number(index) + u".log"_s);
}

void LogFile::write(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = formatLine(type, context.category, Redactor::redact(message), QDateTime::currentDateTimeUtc());
    const QByteArray bytes = line.toUtf8() + '\n';
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen())
        return;
    if (m_file.size() > 0 && m_file.size() + bytes.size() > m_options.maxFileBytes)
        rotateLocked();
    if (!m_file.isOpen())
        return;
    m_file.write(bytes);
    // Unbuffered on purpose: the lines before a crash are the ones that matter.
    m_file.flush();
}

QString LogFile::formatLine(QtMsgType type, const char *category, const QString &message, const QDateTime &utc)
{
    const QLatin1StringView categoryName(category && *category ? category : "default");
    QString text = message;
    // Keep one record per line start so the file stays greppable by timestamp.
    text.replace(u'\n', u"\n    "_s);
    return utc.toUTC().toString(Qt::ISODateWithMs) + u' ' + levelName(type) + u' ' + categoryName + u": "_s + text;
}

void LogFile::handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString redacted = Redactor::redact(message);
    if (!t_inHandler) {
        t_inHandler = true;
        QMutexLocker installLock(&g_installMutex);
        if (g_installed)
            g_installed->write(type, context, message);
        t_inHandler = false;
    }
    // Outside the lock: the previous handler may be slow (stderr) or log again.
    const QtMessageHandler previous = g_previous.load();
    if (previous)
        previous(type, context, redacted);
}

bool LogFile::openLocked()
{
    m_file.setFileName(filePath());
    // The log may name customers and products: keep it private to the user.
    return m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void LogFile::rotateLocked()
{
    m_file.close();
    if (m_options.maxFiles <= 1) {
        QFile::remove(filePath());
    } else {
        QFile::remove(rotatedFilePath(m_options.maxFiles - 1));
        for (int i = m_options.maxFiles - 2; i >= 1; --i)
            QFile::rename(rotatedFilePath(i), rotatedFilePath(i + 1));
        QFile::rename(filePath(), rotatedFilePath(1));
    }
    openLocked();
}

} // namespace puente
