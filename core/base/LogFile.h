#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QMutex>
#include <QtCore/QString>
#include <QtCore/QtGlobal>

#include <memory>

namespace puente {

/** Size and naming of the rotating log. */
struct LogFileOptions
{
    QString baseName = QStringLiteral("puente"); ///< files are <base>.log, <base>.1.log, ...
    qint64 maxFileBytes = 5 * 1024 * 1024; ///< rotate before a line would make the file bigger
    int maxFiles = 5; ///< current file included; the oldest is deleted on rotation
};

/**
 * An optional rotating log file. install() makes it the Qt message handler: every message
 * that passes the logging-category filters is written as
 *     "2024-05-23T16:13:47.123Z DEBUG puente.net: message"
 * after Redactor::redact(), then handed (redacted too) to the handler that was installed
 * before, so stderr and Qt Test keep working.
 *
 * At most one LogFile is installed at a time. The destructor uninstalls. write() and the
 * handler are thread-safe (one mutex); messages logged while writing (e.g. a QFile warning)
 * go to the previous handler only instead of recursing.
 *
 * Thread affinity: none; construct/install/uninstall on one thread, log from any.
 */
class LogFile final
{
public:
    explicit LogFile(const QString &directory);
    LogFile(const QString &directory, const LogFileOptions &options);
    /** A log written to `filePath` (its directory and base name; rotated files beside it),
     *  installed; nullptr if it cannot be. For the programs' --log-file options. */
    static std::unique_ptr<LogFile> installAt(const QString &filePath);
    ~LogFile();
    Q_DISABLE_COPY_MOVE(LogFile)

    /** Creates the directory and opens the file (owner read/write only), then installs the
     *  handler. False if the file cannot be opened or another LogFile is installed. */
    bool install();
    /** Restores the previous handler (if ours is still the current one) and closes the file. */
    void uninstall();
    bool isInstalled() const;

    QString directory() const { return m_directory; }
    /** Path of the file being written: <directory>/<baseName>.log */
    QString filePath() const;
    /** Path of rotated file `index` (1 = newest): <directory>/<baseName>.<index>.log */
    QString rotatedFilePath(int index) const;

    /** Formats, redacts and appends one message, rotating first if needed. */
    void write(QtMsgType type, const QMessageLogContext &context, const QString &message);

    /** The line write() produces for a message (without the trailing newline, unredacted). */
    static QString formatLine(QtMsgType type, const char *category, const QString &message, const QDateTime &utc);

private:
    static void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message);
    bool openLocked();
    void rotateLocked();

    QString m_directory;
    LogFileOptions m_options;
    QFile m_file;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
};

} // namespace puente
