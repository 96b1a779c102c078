#include "sync/HeldOrderTracker.h"

#include "base/Clock.h"
#include "base/Logging.h"
#include "connectors/jumpseller/JumpsellerClient.h"
#include "journal/CursorRepository.h"
#include "journal/Journal.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMap>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

bool mayHold(JumpsellerOrderStatus status)
{
    return status == JumpsellerOrderStatus::PendingPayment || status == JumpsellerOrderStatus::Paid;
}

/** Only what PendingUnits reads: id, status, creation time, lines (product, variant, qty). */
JumpsellerOrder slim(const JumpsellerOrder &order)
{
    JumpsellerOrder out;
    out.id = order.id;
    out.status = order.status;
    out.statusEnumText = jumpsellerOrderStatusEnum(order.status);
    out.createdAt = order.createdAt;
    for (const JumpsellerOrderLine &line : order.lines) {
        JumpsellerOrderLine l;
        l.productId = line.productId;
        l.variantId = line.variantId;
        l.qty = line.qty;
        out.lines.append(l);
    }
    return out;
}

} // namespace

struct HeldOrderTracker::State
{
    bool known = false; ///< a stored state exists
    qint64 after = 0;
    QMap<qint64, JumpsellerOrder> open;

    static State parse(const std::optional<QString> &text)
    {
        State s;
        if (!text)
            return s;
        const QJsonObject root = QJsonDocument::fromJson(text->toUtf8()).object();
        if (root.isEmpty())
            return s;
        s.known = true;
        s.after = root.value(u"after"_s).toInteger();
        for (const QJsonValue &v : root.value(u"open"_s).toArray()) {
            const QJsonObject o = v.toObject();
            JumpsellerOrder order;
            order.id = o.value(u"id"_s).toInteger();
            order.status = o.value(u"status"_s).toString() == u"paid"_s ? JumpsellerOrderStatus::Paid
                                                                        : JumpsellerOrderStatus::PendingPayment;
            if (o.contains(u"created"_s))
                order.createdAt = QDateTime::fromMSecsSinceEpoch(o.value(u"created"_s).toInteger(), QTimeZone::utc());
            for (const QJsonValue &l : o.value(u"lines"_s).toArray()) {
                const QJsonArray a = l.toArray();
                JumpsellerOrderLine line;
                line.productId = a.at(0).toInteger();
                line.variantId = a.at(1).toInteger();
                line.qty = a.at(2).toInt();
                order.lines.append(line);
            }
            if (order.id > 0)
                s.open.insert(order.id, order);
        }
        return s;
    }

    QString serialize() const
    {
        QJsonArray open;
        for (const JumpsellerOrder &order : this->open) {
            QJsonArray lines;
            for (const JumpsellerOrderLine &line : order.lines)
                lines.append(QJsonArray {line.productId, line.variantId, line.qty});
            QJsonObject o {
                {u"id"_s, order.id}, {u"status"_s, jumpsellerOrderStatusEnum(order.status)}, {u"lines"_s, lines}};
            if (order.createdAt.isValid())
                o.insert(u"created"_s, order.createdAt.toMSecsSinceEpoch());
            open.append(o);
        }
        return QString::fromUtf8(
            QJsonDocument(QJsonObject {{u"after"_s, after}, {u"open"_s, open}}).toJson(QJsonDocument::Compact));
    }

    /** Adds, updates or drops `order` by its current status. */
    void take(const JumpsellerOrder &order)
    {
        if (mayHold(order.status))
            open.insert(order.id, slim(order));
        else
            open.remove(order.id);
        after = std::max(after, order.id);
    }
};

struct HeldOrderTracker::Pass
{
    State state;
    IsBooked isBooked;
    QPointer<QObject> context;
    Done done;
};

HeldOrderTracker::HeldOrderTracker(JumpsellerClient &store, const Journal &journal, Clock &clock, int heldOrderHours,
                                   QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_journal(journal)
    , m_clock(clock)
    , m_heldOrderHours(std::max(1, heldOrderHours))
{ }

HeldOrderTracker::~HeldOrderTracker() = default;

HeldOrderTracker::State HeldOrderTracker::load() const
{
    return State::parse(CursorRepository(m_journal).value(QString::fromLatin1(kCursorName)));
}

void HeldOrderTracker::store(const State &state) const
{
    CursorRepository(m_journal).setValue(QString::fromLatin1(kCursorName), state.serialize(), m_clock.nowUtc());
}

QList<JumpsellerOrder> HeldOrderTracker::openOrders() const
{
    return load().open.values();
}

qint64 HeldOrderTracker::lastSeenId() const
{
    return load().after;
}

void HeldOrderTracker::noteOrder(const JumpsellerOrder &order)
{
    if (order.id <= 0)
        return;
    State state = load();
    state.known = true;
    // A webhook may come before the next refresh's /orders/after: keep `after` where it is, so
    // older orders in between are still read; take() only raises it for this order.
    const qint64 after = state.after;
    state.take(order);
    state.after = after;
    store(state);
}

void HeldOrderTracker::refresh(const IsBooked &isBooked, QObject *context, Done done)
{
    auto pass = std::make_shared<Pass>();
    pass->state = load();
    pass->isBooked = isBooked;
    pass->context = context;
    pass->done = std::move(done);
    if (pass->state.known)
        return readNew(pass);
    // First run: start from the store's pending orders.
    m_store.ordersByStatus(this, JumpsellerOrderStatus::PendingPayment,
                           [this, pass](ApiResult<QList<JumpsellerOrder>> pending) {
                               if (!pending.ok())
                                   return finish(pass, pending.error());
                               pass->state.known = true;
                               for (const JumpsellerOrder &order : pending.value())
                                   pass->state.take(order);
                               readNew(pass);
                           });
}

void HeldOrderTracker::readNew(const std::shared_ptr<Pass> &pass)
{
    m_store.ordersAfter(this, pass->state.after, {}, [this, pass](ApiResult<QList<JumpsellerOrder>> orders) {
        if (!orders.ok())
            return finish(pass, orders.error());
        for (const JumpsellerOrder &order : orders.value())
            pass->state.take(order);
        checkPending(pass);
    });
}

void HeldOrderTracker::checkPending(const std::shared_ptr<Pass> &pass)
{
    QSet<qint64> knownPending;
    for (const JumpsellerOrder &order : std::as_const(pass->state.open)) {
        if (order.status == JumpsellerOrderStatus::PendingPayment)
            knownPending.insert(order.id);
    }
    if (knownPending.isEmpty())
        return finish(pass, {});
    m_store.ordersByStatus(this, JumpsellerOrderStatus::PendingPayment,
                           [this, pass, knownPending](ApiResult<QList<JumpsellerOrder>> pending) {
                               if (!pending.ok())
                                   return finish(pass, pending.error());
                               QSet<qint64> stillPending;
                               for (const JumpsellerOrder &order : pending.value()) {
                                   stillPending.insert(order.id);
                                   pass->state.take(order); // new pending ones too
                               }
                               QList<qint64> moved;
                               for (const qint64 id : knownPending) {
                                   if (!stillPending.contains(id))
                                       moved.append(id);
                               }
                               rereadMoved(pass, moved);
                           });
}

void HeldOrderTracker::rereadMoved(const std::shared_ptr<Pass> &pass, QList<qint64> moved)
{
    if (moved.isEmpty())
        return finish(pass, {});
    const qint64 id = moved.takeFirst();
    m_store.order(this, id, [this, pass, moved, id](ApiResult<JumpsellerOrder> order) {
        if (order.ok()) {
            pass->state.take(order.value());
        } else if (order.error().kind() == ApiError::Kind::NotFound) {
            pass->state.open.remove(id); // deleted: holds nothing any more
        } else {
            return finish(pass, order.error());
        }
        rereadMoved(pass, moved);
    });
}

void HeldOrderTracker::finish(const std::shared_ptr<Pass> &pass, const ApiError &error)
{
    if (error.isError()) {
        qCInfo(lcSync).noquote() << "held orders: refresh failed:" << error.toString();
        if (pass->context && pass->done)
            pass->done(error);
        return;
    }
    const QDateTime notBefore = m_clock.nowUtc().addSecs(-qint64(m_heldOrderHours) * 3600);
    for (auto it = pass->state.open.begin(); it != pass->state.open.end();) {
        const JumpsellerOrder &order = it.value();
        const bool expired = order.createdAt.isValid() && order.createdAt < notBefore;
        const bool booked = order.status == JumpsellerOrderStatus::Paid && pass->isBooked && pass->isBooked(order.id);
        it = expired || booked ? pass->state.open.erase(it) : std::next(it);
    }
    store(pass->state);
    if (pass->context && pass->done)
        pass->done(pass->state.open.values());
}

} // namespace puente
