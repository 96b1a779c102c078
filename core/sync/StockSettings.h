#pragma once

#include "sync/PriceRule.h"

#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QVariantMap>

#include <optional>

namespace puente {

class RunnerConfig;

/**
 * The stock half of the sync engine's settings (section `[stock]` of puente-sync's config).
 *
 * Request budget of the defaults (bsale.md §1: 10 req/s and 3,000 per 300 s, shared with the
 * catalogue pull, billing and everything else; BsaleClient paces at 8 req/s):
 *  - One movement poll every pollSeconds = 5 s costs 4 requests: documents/count and
 *    returns/count (their lists are read only when a count moved), and the receptions and
 *    consumptions lists of the day. Around midnight, and in the evening when Chile's date
 *    and UTC's differ, each day-filtered list is read for two days: 6 requests.
 *    That is 0.8-1.2 requests per second, 240-360 per 300 s: 8-12 % of Bsale's budget,
 *    10-15 % of Puente's own 8 req/s pacing. A movement then costs 1-2 more requests
 *    (its lines, its variants' stock), and one Jumpseller PUT per changed variant.
 *  - A change reaches the store pollSeconds/2 + ~1 s later on average, and within
 *    pollSeconds + ~2 s almost always: inside the 15 s goal with room for a slow Bsale.
 *  - The full reconcile is the sync cycle ([sync] reconcile_interval, 900 s): its catalogue
 *    pull costs about 2 × variants/50 Bsale requests; 5,000 variants → 200 requests, 25 s at
 *    8 req/s, 0.22 req/s averaged over 15 minutes.
 *  Jumpseller (800/min, 20/s): the pending-orders check before a plan is 1-2 requests; pushes
 *  are one PUT per changed variant.
 *
 * A plain value.
 */
struct StockSettings
{
    static constexpr int kDefaultPollSeconds = 5;
    static constexpr int kMinPollSeconds = 2; ///< 2 s: 2-3 req/s of polling at most
    static constexpr int kMaxPollSeconds = 3600;
    static constexpr quint16 kDefaultWebhookPort = 8737;
    static constexpr int kDefaultStaleHours = 24;
    static constexpr int kDefaultHeldOrderHours = 72;
    static constexpr int kDefaultMidnightGraceMinutes = 120;
    static constexpr int kDefaultPushConcurrency = 4;

    /** Pre-sale: variants Bsale sells without stock (unlimitedStock or allowNegativeStock)
     *  are "unlimited" in the store. Off: they get their number like any other. */
    bool presale = false;
    /** Push the Bsale list price (through `priceRule`) besides stock. */
    bool priceSync = false;
    PriceRule priceRule;
    /** Seconds between two movement polls (documents, receptions, consumptions, returns). */
    int pollSeconds = kDefaultPollSeconds;
    /** Listen for Bsale and Jumpseller webhooks (a faster path than polling). */
    bool webhooks = false;
    /** Where the webhook receiver listens: localhost unless the user exposes another address. */
    QString webhookBind = QStringLiteral("127.0.0.1");
    quint16 webhookPort = kDefaultWebhookPort;
    /** Warn after this many hours without any stock movement from Bsale; 0 = never. */
    int staleHours = kDefaultStaleHours;
    /** A paid store order that Bsale has not booked stops counting after this many hours
     *  (see PendingUnits). */
    int heldOrderHours = kDefaultHeldOrderHours;
    /** The shop's time zone: Bsale dates are calendar dates of the shop. */
    QString timeZone = QStringLiteral("America/Santiago");
    /** After local midnight, yesterday's lists are read too for this many minutes. */
    int midnightGraceMinutes = kDefaultMidnightGraceMinutes;
    /** Jumpseller PUTs in flight at once (ApiClient still paces them). */
    int pushConcurrency = kDefaultPushConcurrency;

    struct Parsed;
    /**
     * Reads `[stock]` of a puente-sync config; absent keys keep their defaults, an unknown key
     * in [stock] is an error (a typo would otherwise be silent).
     * Keys: presale, price_sync (true/false, yes/no, on/off, 1/0), price_markup_percent
     * ("12.5"), price_rounding ("…990", "990", ""), price_rounding_mode (up, nearest, down),
     * poll_seconds, webhooks, webhook_bind (an IP address), webhook_port, stale_hours,
     * held_order_hours, time_zone (IANA id), midnight_grace_minutes, push_concurrency.
     */
    static Parsed fromConfig(const RunnerConfig &config);
    /** The same from "section/key" → value pairs (SyncSettings::options). */
    static Parsed fromValues(const QVariantMap &values);
    /** The keys of [stock], "stock/<key>", sorted. */
    static QStringList knownKeys();

    friend bool operator==(const StockSettings &, const StockSettings &) = default;
};

/** What StockSettings::fromConfig() returns: settings, or the key that was wrong and why. */
struct StockSettings::Parsed
{
    std::optional<StockSettings> settings;
    QString key; ///< e.g. "stock/poll_seconds"
    QString error; ///< "stock/poll_seconds: expected whole seconds from 2 to 3600, got 'x'"

    bool ok() const { return settings.has_value(); }
};

} // namespace puente

Q_DECLARE_METATYPE(puente::StockSettings)
