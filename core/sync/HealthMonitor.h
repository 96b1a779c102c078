#pragma once

#include "sync/SyncHealth.h"

#include <QtCore/QObject>

namespace puente {

class Clock;

/**
 * Keeps SyncHealth up to date from what the stock cycles report, and turns on the stale warning
 * when Bsale has shown no stock movement for `staleHours` (0 = never warn). The warning is
 * re-announced each further whole hour (its text says how many). Time comes from the Clock:
 * ManualClock drives it in tests.
 *
 * The quiet period starts at the last movement, or at start() when none was ever seen (a fresh
 * install does not warn at once). A failed poll is not a quiet Bsale: it shows as an error.
 *
 * Ownership: does not own the Clock, which must outlive it.
 * Thread affinity: the thread it lives on (the sync worker's).
 */
class HealthMonitor : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthMonitor)

public:
    enum class Side : quint8 { Bsale, Store };
    Q_ENUM(Side)

    HealthMonitor(Clock &clock, int staleHours, QObject *parent = nullptr);
    ~HealthMonitor() override;

    /** Starts the quiet-period watch; `lastMovement` (UTC) from a previous run if known. */
    void start(const QDateTime &lastMovement = {});
    void setStaleHours(int hours);

    void noteSuccess(Side side);
    void noteFailure(Side side, const QString &error);
    /** A stock movement from Bsale was seen now (poll or webhook). */
    void noteMovement();
    void noteMovement(const QDateTime &at);

    const SyncHealth &health() const { return m_health; }

    static QString staleWarningEs(int hours);
    static QString staleWarningEn(int hours);

Q_SIGNALS:
    /** After any change of health(). */
    void healthChanged(const puente::SyncHealth &health);
    /** When the stale warning turns on or its hour count grows (hours > 0), or clears (0). */
    void staleWarning(int hours);

private:
    SyncHealth::Side &side(Side s) { return s == Side::Bsale ? m_health.bsale : m_health.store; }
    void evaluate();
    void scheduleCheck();
    void publish();

    Clock &m_clock;
    int m_staleHours = 0;
    QDateTime m_quietSince;
    SyncHealth m_health;
    quint64 m_checkGeneration = 0; ///< only the latest scheduled check acts
};

} // namespace puente
