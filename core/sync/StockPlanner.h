#pragma once

#include "domain/ErpVariant.h"
#include "domain/Link.h"
#include "domain/StoreVariant.h"
#include "journal/LinkRepository.h"
#include "sync/PendingUnits.h"
#include "sync/StockSettings.h"

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>

#include <functional>
#include <optional>

namespace puente {

/**
 * One update for the store: absolute values, so sending it twice is harmless. `stock` is set
 * for a number, `unlimited` for "sell without stock"; `price` only when price sync changed it.
 */
struct StockPush
{
    StoreVariantKey key;
    qint64 erpVariantId = 0;
    std::optional<qint64> stock; ///< set when the stock changes to a number (unlimited off)
    bool unlimited = false; ///< set stock_unlimited on (stock unset then)
    std::optional<qint64> price; ///< gross CLP after the price rule
    // What the store had, for the activity log.
    std::optional<qint64> previousStock;
    bool previousUnlimited = false;
    std::optional<qint64> previousPrice;
    QString reason; ///< e.g. "stock 10 → 8 (Bsale 10, held by store orders 2)"

    bool changesStock() const { return stock.has_value() || unlimited; }
    friend bool operator==(const StockPush &, const StockPush &) = default;
};

/** Why a linked variant got no push. */
enum class StockSkip : quint8 {
    Excluded, ///< the user keeps it out of sync: neither stock nor price is touched
    Unchanged, ///< the store already shows the target (and price)
    NoPrice, ///< price sync is on but Bsale's list has no price for it (stock still planned)
    DuplicateStoreItem, ///< a second link to the same store item; the first one wins
};

/** "excluded", "unchanged", "no-price", "duplicate-store-item". */
QString stockSkipName(StockSkip skip);

/** The outcome of StockPlanner::plan(). */
struct StockPlan
{
    QList<StockPush> pushes;
    QHash<StockSkip, int> skipped; ///< per reason; NoPrice may coexist with a stock push
    int considered = 0;

    int skippedCount(StockSkip reason) const { return skipped.value(reason, 0); }
};

/**
 * Decides what to push to the store, and nothing else: no I/O, no clock (pure).
 *
 * For each linked pair, in order:
 *  1. Excluded (`isExcluded(pair)`): skipped, nothing pushed.
 *  2. Target: "unlimited" when settings.presale and Bsale sells the variant without stock
 *     (unlimitedStock or allowNegativeStock); otherwise
 *     max(0, floor(quantityAvailable) − pending.unitsFor(store key)). Bsale quantities may
 *     carry decimals; the store sells whole units, so a fraction is not offered. Without a
 *     stock row at the office (inOffice false) Bsale has 0 to sell there.
 *  3. Stock is pushed only when it differs from the store: unlimited vs a number, or another
 *     number, or the store's stock unknown. A number is always sent with unlimited off.
 *  4. With settings.priceSync, price = settings.priceRule.apply(Bsale gross price); pushed
 *     when it differs from the store's. No Bsale price: counted as NoPrice, price untouched.
 *  5. Nothing to push: counted as Unchanged.
 */
class StockPlanner
{
public:
    using IsExcluded = std::function<bool(const LinkedPair &)>;

    struct Input
    {
        QList<LinkedPair> pairs;
        IsExcluded isExcluded; ///< empty = nothing excluded
        PendingUnits pending;
        bool presale = false;
        bool priceSync = false;
        PriceRule priceRule;
    };

    /** The target stock for `pair`: nullopt means "unlimited". */
    static std::optional<qint64> targetStock(const LinkedPair &pair, const PendingUnits &pending, bool presale);
    static StockPlan plan(const Input &input);
    /** Input with the settings' presale, priceSync and priceRule. */
    static Input inputFor(const StockSettings &settings);
};

} // namespace puente

Q_DECLARE_METATYPE(puente::StockPush)
Q_DECLARE_METATYPE(puente::StockPlan)
