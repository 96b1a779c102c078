#include "sync/MovementWatcher.h"

#include "base/Clock.h"
#include "base/Logging.h"
#include "connectors/bsale/BsaleClient.h"
#include "journal/CursorRepository.h"
#include "journal/Journal.h"
#include "journal/WriteTransaction.h"

#include <QtSql/QSqlDatabase>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMap>
#include <QtCore/QPointer>
#include <QtCore/QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

const QString kDocuments = u"documents"_s;
const QString kReturns = u"returns"_s;
const QString kReceptions = u"receptions"_s;
const QString kConsumptions = u"consumptions"_s;

/** The ids of one kind already handled, per calendar day, and the last count read. */
struct SeenIds
{
    std::optional<qint64> count;
    QMap<QDate, QSet<int>> days;
    /** How long the date-filtered list was at its last read, and for which days ("from..to"). */
    std::optional<qint64> listed;
    QString listedDays;

    static SeenIds parse(const QString &text)
    {
        SeenIds out;
        if (text.isEmpty())
            return out;
        const QJsonObject root = QJsonDocument::fromJson(text.toUtf8()).object();
        if (root.contains(u"count"_s))
            out.count = root.value(u"count"_s).toInteger();
        if (root.contains(u"listed"_s)) {
            out.listed = root.value(u"listed"_s).toInteger();
            out.listedDays = root.value(u"listedDays"_s).toString();
        }
        const QJsonObject days = root.value(u"days"_s).toObject();
        for (auto it = days.constBegin(); it != days.constEnd(); ++it) {
            const QDate day = QDate::fromString(it.key(), Qt::ISODate);
            if (!day.isValid())
                continue;
            QSet<int> &ids = out.days[day];
            for (const QJsonValue &id : it.value().toArray())
                ids.insert(id.toInt());
        }
        return out;
    }

    QString serialize() const
    {
        QJsonObject days;
        for (auto it = this->days.constBegin(); it != this->days.constEnd(); ++it) {
            QList<int> ids = it.value().values();
            std::sort(ids.begin(), ids.end());
            QJsonArray array;
            for (const int id : std::as_const(ids))
                array.append(id);
            days.insert(it.key().toString(Qt::ISODate), array);
        }
        QJsonObject root {{u"days"_s, days}};
        if (count)
            root.insert(u"count"_s, *count);
        if (listed) {
            root.insert(u"listed"_s, *listed);
            root.insert(u"listedDays"_s, listedDays);
        }
        return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
    }

    bool contains(int id) const
    {
        return std::any_of(days.cbegin(), days.cend(), [id](const QSet<int> &ids) { return ids.contains(id); });
    }

    /** Forgets days that are no longer read; keeps `watched` ones (even if empty). */
    void keepOnly(const QList<QDate> &watched)
    {
        for (auto it = days.begin(); it != days.end();)
            it = watched.contains(it.key()) ? std::next(it) : days.erase(it);
    }
};

QDate dayOf(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone::utc()).date();
}

/** Runs step(ids[0]), step(ids[1]), ... one after the other; stops at the first error. */
void inSequence(const QList<int> &ids, const std::function<void(int, std::function<void(const ApiError &)>)> &step,
                const std::function<void(const ApiError &)> &done)
{
    struct State
    {
        QList<int> ids;
        qsizetype next = 0;
        std::function<void(int, std::function<void(const ApiError &)>)> step;
        std::function<void(const ApiError &)> done;
        std::function<void()> advance;
    };
    auto state = std::make_shared<State>();
    state->ids = ids;
    state->step = step;
    state->done = done;
    state->advance = [weak = std::weak_ptr<State>(state)] {
        const auto s = weak.lock();
        if (!s)
            return;
        if (s->next >= s->ids.size()) {
            auto finish = s->done;
            s->advance = nullptr; // break the cycle
            finish({});
            return;
        }
        const int id = s->ids.at(s->next++);
        s->step(id, [s](const ApiError &error) {
            if (error.isError()) {
                auto finish = s->done;
                s->advance = nullptr;
                finish(error);
                return;
            }
            s->advance();
        });
    };
    state->advance();
}

/** The date range a list was read for, "from..to". */
QString listedDays(const QList<QDate> &days)
{
    return days.first().toString(Qt::ISODate) + u".."_s + days.last().toString(Qt::ISODate);
}

/** The tail read from `offset` starts with the items the last read ended on, all seen then. */
template<typename Item>
bool overlapHolds(const SeenIds &seen, const QList<Item> &tail, qint64 offset,
                  const std::function<bool(int)> &wantsOffice)
{
    const qint64 overlap = std::min<qint64>(seen.listed.value_or(0) - offset, tail.size());
    if (overlap <= 0)
        return false;
    for (qint64 i = 0; i < overlap; ++i) {
        const Item &item = tail.at(i);
        if (!seen.contains(item.id) && wantsOffice(item.officeId))
            return false;
    }
    return true;
}

} // namespace

struct MovementWatcher::Pass
{
    QPointer<QObject> context;
    Done done;
    MovementPoll result;
    QList<QDate> days;
    SeenIds documents;
    SeenIds returns;
    SeenIds receptions;
    SeenIds consumptions;
    QList<BsaleReturn> newReturns;
    QSet<int> documentsRead; ///< every document id in this poll's documents list
    QHash<QString, QString> stored; ///< cursor values as read (empty = none)
    int partsLeft = 4;
    ApiError error;
};

MovementWatcher::MovementWatcher(BsaleClient &bsale, const Journal &journal, Clock &clock, Config config,
                                 QObject *parent)
    : QObject(parent)
    , m_bsale(bsale)
    , m_journal(journal)
    , m_clock(clock)
    , m_config(std::move(config))
{ }

MovementWatcher::~MovementWatcher() = default;

QList<QDate> MovementWatcher::daysToWatch(const QDateTime &nowUtc) const
{
    QTimeZone zone(m_config.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QDateTime local = nowUtc.toTimeZone(zone);
    QList<QDate> days {local.date()};
    const QDate utcDate = nowUtc.toUTC().date();
    if (!days.contains(utcDate))
        days.append(utcDate);
    if (local.time().msecsSinceStartOfDay() < qint64(m_config.midnightGraceMinutes) * 60000)
        days.append(local.date().addDays(-1));
    std::sort(days.begin(), days.end());
    // Bsale's day lists are read as one range: fill any gap (never more than a day here).
    QList<QDate> range;
    for (QDate d = days.first(); d <= days.last(); d = d.addDays(1))
        range.append(d);
    return range;
}

bool MovementWatcher::wantsOffice(int officeId) const
{
    return m_config.officeIds.isEmpty() || officeId == 0 || m_config.officeIds.contains(officeId);
}

int MovementWatcher::serverOffice() const
{
    return m_config.officeIds.size() == 1 ? m_config.officeIds.first() : 0;
}

void MovementWatcher::poll(QObject *context, Done done)
{
    auto pass = std::make_shared<Pass>();
    pass->context = context;
    pass->done = std::move(done);
    pass->days = daysToWatch(m_clock.nowUtc());
    pass->result.days = pass->days;
    const CursorRepository cursors(m_journal);
    for (const QString &kind : {kDocuments, kReturns, kReceptions, kConsumptions})
        pass->stored.insert(cursorName(kind), cursors.value(cursorName(kind)).value_or(QString()));
    pass->documents = SeenIds::parse(pass->stored.value(cursorName(kDocuments)));
    pass->returns = SeenIds::parse(pass->stored.value(cursorName(kReturns)));
    pass->receptions = SeenIds::parse(pass->stored.value(cursorName(kReceptions)));
    pass->consumptions = SeenIds::parse(pass->stored.value(cursorName(kConsumptions)));
    for (SeenIds *seen : {&pass->documents, &pass->returns, &pass->receptions, &pass->consumptions})
        seen->keepOnly(pass->days);
    pollDocuments(pass);
    pollReturns(pass);
    pollReceptions(pass);
    pollConsumptions(pass);
}

void MovementWatcher::pollDocuments(const std::shared_ptr<Pass> &pass)
{
    m_bsale.count(BsaleClient::Countable::Documents, std::nullopt, this, [this, pass](const ApiResult<qint64> &count) {
        if (!count.ok())
            return finishPart(pass, count.error());
        if (pass->documents.count == count.value()) {
            // Nothing was added anywhere since the last poll: the list would be the same.
            for (const QSet<int> &ids : std::as_const(pass->documents.days))
                pass->documentsRead.unite(ids);
            return finishPart(pass, {});
        }
        pass->documents.count = count.value();
        readDocuments(pass, tailOffset(pass->documents.listed, pass->documents.listedDays, pass->days));
    });
}

qint64 MovementWatcher::tailOffset(std::optional<qint64> listed, const QString &listedFor, const QList<QDate> &days)
{
    // A busy shop has thousands of documents a day: reading the whole day's list on every poll
    // would spend Bsale's whole request budget on it. New items come at the end of the list, so
    // only its tail is read, starting a few items before where the last read ended; the overlap
    // proves the list did not shift (else the whole list is read). A full read now and then is
    // the safety net, since Bsale does not document the lists' order.
    const bool fullRead = ++m_tailReads % kFullReadEvery == 0;
    if (fullRead || !listed || listedFor != listedDays(days) || *listed <= BsaleClient::kPageLimit)
        return 0;
    return std::max<qint64>(0, *listed - kTailOverlap);
}

void MovementWatcher::readDocuments(const std::shared_ptr<Pass> &pass, qint64 offset)
{
    BsaleDocumentFilter filter;
    filter.from = pass->days.first();
    filter.to = pass->days.last();
    filter.officeId = serverOffice();
    filter.withDetails = true;
    filter.offset = offset;
    m_bsale.documents(filter, this, [this, pass, offset](const ApiResult<QList<BsaleDocument>> &list) {
        if (!list.ok())
            return finishPart(pass, list.error());
        if (offset > 0
            && !overlapHolds(pass->documents, list.value(), offset, [this](int office) { return wantsOffice(office); }))
            return readDocuments(pass, 0); // the list moved under us: read all of it
        pass->documents.listed = offset + list.value().size();
        pass->documents.listedDays = listedDays(pass->days);
        for (const BsaleDocument &doc : list.value()) {
            pass->documentsRead.insert(doc.id);
            if (pass->documents.contains(doc.id) || !wantsOffice(doc.officeId))
                continue;
            pass->documents.days[dayOf(doc.emissionDate)].insert(doc.id);
            ++pass->result.newDocuments;
            if (!doc.salesId.isEmpty())
                pass->result.salesIds.append(doc.salesId);
            for (const BsaleDocumentDetail &line : doc.details) {
                if (line.variantId > 0)
                    pass->result.touchedVariantIds.insert(line.variantId);
            }
        }
        if (offset > 0) {
            // The head of the list was not read this time: it holds what earlier polls saw.
            for (const QSet<int> &ids : std::as_const(pass->documents.days))
                pass->documentsRead.unite(ids);
        }
        finishPart(pass, {});
    });
}

void MovementWatcher::pollReturns(const std::shared_ptr<Pass> &pass)
{
    m_bsale.count(BsaleClient::Countable::Returns, std::nullopt, this, [this, pass](const ApiResult<qint64> &count) {
        if (!count.ok())
            return finishPart(pass, count.error());
        if (pass->returns.count == count.value())
            return finishPart(pass, {});
        pass->returns.count = count.value();
        // Returns are listed one day at a time: the tail read works for a one-day window.
        readReturns(
            pass, pass->days.size() == 1 ? tailOffset(pass->returns.listed, pass->returns.listedDays, pass->days) : 0);
    });
}

void MovementWatcher::readReturns(const std::shared_ptr<Pass> &pass, qint64 offset)
{
    BsaleMovementFilter filter;
    filter.from = pass->days.first();
    filter.to = pass->days.last();
    filter.officeId = serverOffice();
    filter.offset = offset;
    m_bsale.returns(filter, this, [this, pass, offset](const ApiResult<QList<BsaleReturn>> &list) {
        if (!list.ok())
            return finishPart(pass, list.error());
        if (offset > 0
            && !overlapHolds(pass->returns, list.value(), offset, [this](int office) { return wantsOffice(office); }))
            return readReturns(pass, 0); // the list moved under us: read all of it
        pass->returns.listed = offset + list.value().size();
        pass->returns.listedDays = listedDays(pass->days);
        for (const BsaleReturn &ret : list.value()) {
            if (pass->returns.contains(ret.id) || !wantsOffice(ret.officeId))
                continue;
            pass->returns.days[dayOf(ret.returnDate)].insert(ret.id);
            ++pass->result.newReturns;
            pass->newReturns.append(ret);
        }
        finishPart(pass, {});
    });
}

void MovementWatcher::pollReceptions(const std::shared_ptr<Pass> &pass)
{
    BsaleMovementFilter filter;
    filter.from = pass->days.first();
    filter.to = pass->days.last();
    filter.officeId = serverOffice();
    m_bsale.receptions(filter, this, [this, pass](const ApiResult<QList<BsaleReception>> &list) {
        if (!list.ok())
            return finishPart(pass, list.error());
        QList<int> fresh;
        for (const BsaleReception &r : list.value()) {
            if (pass->receptions.contains(r.id) || !wantsOffice(r.officeId))
                continue;
            pass->receptions.days[dayOf(r.admissionDate)].insert(r.id);
            fresh.append(r.id);
        }
        pass->result.newReceptions += int(fresh.size());
        inSequence(
            fresh,
            [this, pass](int id, std::function<void(const ApiError &)> next) {
                m_bsale.receptionDetails(id, this, [pass, next](const ApiResult<QList<BsaleMovementDetail>> &lines) {
                    if (lines.ok()) {
                        for (const BsaleMovementDetail &line : lines.value())
                            pass->result.touchedVariantIds.insert(line.variantId);
                    }
                    next(lines.error());
                });
            },
            [this, pass](const ApiError &error) { finishPart(pass, error); });
    });
}

void MovementWatcher::pollConsumptions(const std::shared_ptr<Pass> &pass)
{
    BsaleMovementFilter filter;
    filter.from = pass->days.first();
    filter.to = pass->days.last();
    filter.officeId = serverOffice();
    m_bsale.consumptions(filter, this, [this, pass](const ApiResult<QList<BsaleConsumption>> &list) {
        if (!list.ok())
            return finishPart(pass, list.error());
        QList<int> fresh;
        for (const BsaleConsumption &c : list.value()) {
            if (pass->consumptions.contains(c.id) || !wantsOffice(c.officeId))
                continue;
            pass->consumptions.days[dayOf(c.consumptionDate)].insert(c.id);
            fresh.append(c.id);
        }
        pass->result.newConsumptions += int(fresh.size());
        inSequence(
            fresh,
            [this, pass](int id, std::function<void(const ApiError &)> next) {
                m_bsale.consumptionDetails(id, this, [pass, next](const ApiResult<QList<BsaleMovementDetail>> &lines) {
                    if (lines.ok()) {
                        for (const BsaleMovementDetail &line : lines.value())
                            pass->result.touchedVariantIds.insert(line.variantId);
                    }
                    next(lines.error());
                });
            },
            [this, pass](const ApiError &error) { finishPart(pass, error); });
    });
}

void MovementWatcher::readCreditNotes(const std::shared_ptr<Pass> &pass)
{
    // A credit note the documents list showed has had its lines counted there (or earlier).
    QList<int> unread;
    for (const BsaleReturn &ret : std::as_const(pass->newReturns)) {
        if (ret.creditNoteId > 0 && !pass->documentsRead.contains(ret.creditNoteId)
            && !pass->documents.contains(ret.creditNoteId))
            unread.append(ret.creditNoteId);
    }
    inSequence(
        unread,
        [this, pass](int id, std::function<void(const ApiError &)> next) {
            m_bsale.document(id, this, [pass, next](const ApiResult<BsaleDocument> &doc) {
                if (doc.ok()) {
                    for (const BsaleDocumentDetail &line : doc.value().details) {
                        if (line.variantId > 0)
                            pass->result.touchedVariantIds.insert(line.variantId);
                    }
                }
                next(doc.error());
            });
        },
        [pass](const ApiError &error) {
            pass->result.ok = !error.isError();
            pass->result.error = error;
            if (pass->result.ok) {
                // Only what changed: a quiet poll writes nothing.
                const QList<std::pair<QString, const SeenIds *>> kinds {{kDocuments, &pass->documents},
                                                                        {kReturns, &pass->returns},
                                                                        {kReceptions, &pass->receptions},
                                                                        {kConsumptions, &pass->consumptions}};
                for (const auto &[kind, seen] : kinds) {
                    const QString value = seen->serialize();
                    if (value != pass->stored.value(cursorName(kind)))
                        pass->result.cursors.insert(cursorName(kind), value);
                }
            } else {
                pass->result.touchedVariantIds.clear();
            }
            if (pass->context && pass->done)
                pass->done(pass->result);
        });
}

void MovementWatcher::finishPart(const std::shared_ptr<Pass> &pass, const ApiError &error)
{
    if (error.isError() && !pass->error.isError())
        pass->error = error;
    if (--pass->partsLeft > 0)
        return;
    if (pass->error.isError()) {
        qCInfo(lcSync).noquote() << "movement poll failed:" << pass->error.toString();
        pass->result.ok = false;
        pass->result.error = pass->error;
        pass->result.touchedVariantIds.clear();
        if (pass->context && pass->done)
            pass->done(pass->result);
        return;
    }
    readCreditNotes(pass);
}

bool MovementWatcher::commit(const MovementPoll &poll) const
{
    if (!poll.ok)
        return false;
    if (poll.cursors.isEmpty())
        return true;
    const CursorRepository cursors(m_journal);
    const QDateTime now = m_clock.nowUtc();
    WriteTransaction transaction(m_journal.database());
    for (auto it = poll.cursors.constBegin(); it != poll.cursors.constEnd(); ++it) {
        if (!cursors.setValue(it.key(), it.value(), now))
            return false;
    }
    return transaction.commit();
}

bool MovementWatcher::reset() const
{
    const CursorRepository cursors(m_journal);
    bool ok = true;
    for (const QString &kind : {kDocuments, kReturns, kReceptions, kConsumptions})
        ok = cursors.remove(cursorName(kind)) && ok;
    return ok;
}

} // namespace puente
