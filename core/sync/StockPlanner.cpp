#include "sync/StockPlanner.h"

#include <QtCore/QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

QString stockText(std::optional<qint64> stock, bool unlimited)
{
    if (unlimited)
        return u"unlimited"_s;
    return stock ? QString::number(*stock) : u"?"_s;
}

QString reasonFor(const LinkedPair &pair, const StockPush &push, qint64 held)
{
    QStringList parts;
    if (push.changesStock()) {
        QString text = u"stock %1 → %2"_s.arg(stockText(push.previousStock, push.previousUnlimited),
                                              stockText(push.stock, push.unlimited));
        if (push.unlimited)
            text += u" (pre-sale: Bsale sells it without stock)"_s;
        else
            text += u" (Bsale %1, held by store orders %2)"_s.arg(pair.erp.quantityAvailable).arg(held);
        parts.append(text);
    }
    if (push.price)
        parts.append(u"price %1 → %2"_s.arg(push.previousPrice ? QString::number(*push.previousPrice) : u"?"_s)
                         .arg(*push.price));
    return parts.join(u"; "_s);
}

} // namespace

QString stockSkipName(StockSkip skip)
{
    switch (skip) {
    case StockSkip::Excluded:
        return u"excluded"_s;
    case StockSkip::Unchanged:
        return u"unchanged"_s;
    case StockSkip::NoPrice:
        return u"no-price"_s;
    case StockSkip::DuplicateStoreItem:
        return u"duplicate-store-item"_s;
    }
    return {};
}

std::optional<qint64> StockPlanner::targetStock(const LinkedPair &pair, const PendingUnits &pending, bool presale)
{
    if (presale && (pair.erp.unlimitedStock || pair.erp.allowNegativeStock))
        return std::nullopt;
    const qint64 available = pair.erp.inOffice ? qint64(std::floor(pair.erp.quantityAvailable)) : 0;
    return std::max<qint64>(0, available - pending.unitsFor(pair.store.key));
}

StockPlanner::Input StockPlanner::inputFor(const StockSettings &settings)
{
    Input input;
    input.presale = settings.presale;
    input.priceSync = settings.priceSync;
    input.priceRule = settings.priceRule;
    return input;
}

StockPlan StockPlanner::plan(const Input &input)
{
    StockPlan out;
    QSet<StoreVariantKey> seen;
    for (const LinkedPair &pair : input.pairs) {
        ++out.considered;
        if (input.isExcluded && input.isExcluded(pair)) {
            ++out.skipped[StockSkip::Excluded];
            continue;
        }
        if (seen.contains(pair.store.key)) {
            ++out.skipped[StockSkip::DuplicateStoreItem];
            continue;
        }
        seen.insert(pair.store.key);

        StockPush push;
        push.key = pair.store.key;
        push.erpVariantId = pair.erp.variantId;
        push.previousStock = pair.store.stock;
        push.previousUnlimited = pair.store.stockUnlimited;
        push.previousPrice = pair.store.grossPrice;

        const std::optional<qint64> target = targetStock(pair, input.pending, input.presale);
        if (!target) {
            push.unlimited = !pair.store.stockUnlimited;
        } else if (pair.store.stockUnlimited || pair.store.stock != target) {
            push.stock = target;
        }

        if (input.priceSync) {
            const std::optional<qint64> price =
                pair.erp.grossPrice ? input.priceRule.apply(*pair.erp.grossPrice) : std::nullopt;
            if (!price)
                ++out.skipped[StockSkip::NoPrice];
            else if (pair.store.grossPrice != price)
                push.price = price;
        }

        if (!push.changesStock() && !push.price) {
            ++out.skipped[StockSkip::Unchanged];
            continue;
        }
        push.reason = reasonFor(pair, push, input.pending.unitsFor(pair.store.key));
        out.pushes.append(push);
    }
    return out;
}

} // namespace puente
