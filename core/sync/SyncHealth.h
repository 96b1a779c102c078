#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QMetaType>
#include <QtCore/QString>

namespace puente {

/**
 * How the stock sync is doing, as the UI shows it: per side the last cycle that worked and the
 * errors since, and whether Bsale has gone quiet (the Bsale app's "tu tienda no está
 * recibiendo actualizaciones" warning). A plain value; HealthMonitor produces it.
 */
struct SyncHealth
{
    /** One side of the sync (Bsale or the store). */
    struct Side
    {
        QDateTime lastSuccess; ///< UTC; invalid = never
        QDateTime lastFailure; ///< UTC; invalid = never
        int consecutiveErrors = 0; ///< failures since the last success
        int totalErrors = 0; ///< since the monitor started
        QString lastError; ///< one line, e.g. ApiError::toString()

        bool ok() const { return consecutiveErrors == 0; }
        friend bool operator==(const Side &, const Side &) = default;
    };

    Side bsale;
    Side store;
    QDateTime lastMovement; ///< UTC: the last stock movement seen from Bsale (or a Bsale webhook)
    bool stale = false; ///< no movement for staleHours or more
    int staleHours = 0; ///< whole hours without movement when stale (else 0)
    QString staleWarningEs; ///< "Tu tienda no está recibiendo actualizaciones de stock desde Bsale hace N horas"
    QString staleWarningEn; ///< "Your store has not received stock updates from Bsale for N hours"

    bool healthy() const { return bsale.ok() && store.ok() && !stale; }
    friend bool operator==(const SyncHealth &, const SyncHealth &) = default;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::SyncHealth)
