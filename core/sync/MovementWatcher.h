#pragma once

#include "net/ApiError.h"

#include <QtCore/QDate>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QObject>
#include <QtCore/QSet>
#include <QtCore/QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace puente {

class BsaleClient;
class Clock;
class Journal;

/** What one MovementWatcher::poll() found. */
struct MovementPoll
{
    bool ok = false;
    ApiError error; ///< the first failure when !ok (nothing is committed then)
    /** Bsale variants whose stock the new movements changed: refetch just these. */
    QSet<int> touchedVariantIds;
    int newDocuments = 0;
    int newReceptions = 0;
    int newConsumptions = 0;
    int newReturns = 0;
    /** salesIds of the new documents (Puente's own boletas carry "puente:<store>:<order>:..."). */
    QStringList salesIds;
    QList<QDate> days; ///< the calendar days that were read
    /** Cursor name → value to store once the touched variants are handled (commit()); only
     *  the cursors that changed. */
    QHash<QString, QString> cursors;

    int newMovements() const { return newDocuments + newReceptions + newConsumptions + newReturns; }
};

/**
 * Finds Bsale's stock movements cheaply (bsale.md §1 Filtering: there is no "changed since"
 * filter). Every poll reads, for the shop's current calendar day(s):
 *  - documents (boletas, facturas, credit notes: they move stock when dispatched), only when
 *    GET /documents/count.json moved since the last poll; lines expanded;
 *  - returns, likewise gated by GET /returns/count.json; a return's lines name no variant, so
 *    its credit note (a document) is read unless the documents list already had it;
 *  - receptions and consumptions (stock in and out), listed without lines; only the new ones'
 *    lines are fetched.
 * Ids already handled are kept per kind and day in the journal's `cursors` table
 * ("stock.movements.<kind>"); poll() reports the variants the new movements touch, and
 * commit() records them as handled once the caller has refetched and pushed those variants,
 * so a failure in between means they are seen again, not lost. On the very first poll every
 * movement of the day is new: the day's touched variants are refetched once.
 *
 * Days: Bsale keeps calendar dates of the shop. The watcher reads the shop's local date (the
 * configured time zone) and the UTC date when they differ (evenings in Chile), plus
 * yesterday during midnightGraceMinutes after local midnight, so a sale rung up at 23:59 is
 * not lost when the date turns. Days no longer read are forgotten.
 *
 * With one office the lists are filtered by it on the server; with several, movements of other
 * offices are dropped here; with none, every office counts.
 *
 * Ownership: does not own the BsaleClient, Journal or Clock, which must outlive it.
 * Thread affinity: the BsaleClient's thread.
 */
class MovementWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MovementWatcher)

public:
    struct Config
    {
        QList<int> officeIds;
        QString timeZone = QStringLiteral("America/Santiago");
        int midnightGraceMinutes = 120;
    };
    using Done = std::function<void(const MovementPoll &)>;

    MovementWatcher(BsaleClient &bsale, const Journal &journal, Clock &clock, Config config, QObject *parent = nullptr);
    ~MovementWatcher() override;

    /** Reads the lists; `done` runs once on `context`'s thread, never inside poll(). */
    void poll(QObject *context, Done done);
    /** Records `poll`'s movements as handled. False if the journal refused. */
    bool commit(const MovementPoll &poll) const;
    /** Forgets every id (the next poll sees the whole day again). */
    bool reset() const;

    /** The days a poll at `nowUtc` reads, ascending. */
    QList<QDate> daysToWatch(const QDateTime &nowUtc) const;
    const Config &config() const { return m_config; }

    static QString cursorName(const QString &kind) { return QStringLiteral("stock.movements.") + kind; }

private:
    struct Pass;

    void pollDocuments(const std::shared_ptr<Pass> &pass);
    /** Where this poll starts reading a list it read before: 0, or near its last end. */
    /** `listed`/`listedFor`: how long the list was at its last read, and for which days. */
    qint64 tailOffset(std::optional<qint64> listed, const QString &listedFor, const QList<QDate> &days);
    void readDocuments(const std::shared_ptr<Pass> &pass, qint64 offset);
    void readReturns(const std::shared_ptr<Pass> &pass, qint64 offset);
    void pollReturns(const std::shared_ptr<Pass> &pass);
    void pollReceptions(const std::shared_ptr<Pass> &pass);
    void pollConsumptions(const std::shared_ptr<Pass> &pass);
    void readCreditNotes(const std::shared_ptr<Pass> &pass);
    void finishPart(const std::shared_ptr<Pass> &pass, const ApiError &error);
    bool wantsOffice(int officeId) const;
    int serverOffice() const;

    BsaleClient &m_bsale;
    const Journal &m_journal;
    Clock &m_clock;
    Config m_config;
    static constexpr qint64 kTailOverlap = 10; ///< items re-read before the last end of the list
    static constexpr int kFullReadEvery = 12; ///< every 12th tail read is a whole read
    int m_tailReads = 0;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::MovementPoll)
