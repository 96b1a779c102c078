#include "sync/AutoLinker.h"

#include "sync/SyncSettings.h"

#include <QtCore/QHash>
#include <QtCore/QSet>

#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

/** Where a key occurs on one side: the first row and how many rows. */
struct Occurrence
{
    int first = -1;
    int count = 0;
};

using KeyIndex = QHash<QString, Occurrence>;

LinkMethod methodOf(LinkRule rule)
{
    switch (rule) {
    case LinkRule::Sku:
        return LinkMethod::Sku;
    case LinkRule::Barcode:
        return LinkMethod::Barcode;
    case LinkRule::Name:
        return LinkMethod::Name;
    }
    return LinkMethod::Sku;
}

std::optional<LinkRule> ruleOf(LinkMethod method)
{
    switch (method) {
    case LinkMethod::Sku:
        return LinkRule::Sku;
    case LinkMethod::Barcode:
        return LinkRule::Barcode;
    case LinkMethod::Name:
        return LinkRule::Name;
    case LinkMethod::Manual:
    case LinkMethod::Import:
        break;
    }
    return std::nullopt;
}

QString ruleLabel(LinkRule rule)
{
    switch (rule) {
    case LinkRule::Sku:
        return u"SKU"_s;
    case LinkRule::Barcode:
        return u"Barcode"_s;
    case LinkRule::Name:
        return u"Name"_s;
    }
    return {};
}

QString plural(int count, const QString &one, const QString &many)
{
    return QString::number(count) + u' ' + (count == 1 ? one : many);
}

/** The mutable state of one run; keeps run() short. */
class Pass
{
public:
    Pass(const QList<ErpVariant> &erp, const QList<StoreVariant> &store, const LinkRules &rules,
         const QList<LinkBlock> &blocks, const ExclusionSet &exclusions)
        : m_erp(erp)
        , m_store(store)
        , m_rules(rules)
        , m_blocks(blocks.cbegin(), blocks.cend())
        , m_erpLinked(std::size_t(erp.size()), false)
        , m_storeLinked(std::size_t(store.size()), false)
        , m_erpSettled(std::size_t(erp.size()), false)
        , m_storeSettled(std::size_t(store.size()), false)
    {
        m_storeRow.reserve(store.size());
        for (int i = 0; i < store.size(); ++i)
            m_storeRow.insert(store.at(i).key, i);
        // Excluded rows are settled from the start: no link, no issue.
        if (!exclusions.isEmpty()) {
            for (int i = 0; i < erp.size(); ++i)
                m_erpSettled[std::size_t(i)] = exclusions.excludes(erp.at(i));
            for (int i = 0; i < store.size(); ++i)
                m_storeSettled[std::size_t(i)] = exclusions.excludes(store.at(i));
        }
    }

    void takeExisting(const QList<Link> &links, AutoLinkResult &result)
    {
        QHash<qint64, int> erpRow;
        erpRow.reserve(m_erp.size());
        for (int i = 0; i < m_erp.size(); ++i)
            erpRow.insert(m_erp.at(i).variantId, i);
        for (const Link &link : links) {
            const int e = erpRow.value(link.erpVariantId, -1);
            const int s = m_storeRow.value(link.store, -1);
            if (e >= 0 && s >= 0 && isStale(link, m_erp.at(e), m_store.at(s))) {
                result.dropped.append(link);
                continue;
            }
            if (e >= 0)
                m_erpLinked[std::size_t(e)] = true;
            if (s >= 0)
                m_storeLinked[std::size_t(s)] = true;
        }
    }

    void applyRule(LinkRule rule, AutoLinkResult &result)
    {
        const KeyIndex erpKeys = index(m_erp, rule);
        const KeyIndex storeKeys = index(m_store, rule);
        QList<std::pair<int, int>> linked;
        for (int e = 0; e < m_erp.size(); ++e) {
            if (isDone(m_erpLinked, m_erpSettled, e))
                continue;
            const QString key = normalizedKey(m_erp.at(e), rule);
            if (key.isEmpty())
                continue;
            const auto partner = storeKeys.constFind(key);
            if (partner == storeKeys.constEnd())
                continue;
            const Occurrence mine = erpKeys.value(key);
            if (mine.count > 1 || partner->count > 1) {
                addIssue(result, NeedsManualLink::Side::Erp, e, rule, NeedsManualLink::Reason::Duplicate,
                         duplicateDetail(rule, m_erp.at(e), keyOf(m_erp.at(e), rule), mine.count, partner->count));
                continue;
            }
            const int s = partner->first;
            if (m_storeLinked[std::size_t(s)]) {
                addIssue(result, NeedsManualLink::Side::Erp, e, rule, NeedsManualLink::Reason::Taken,
                         u"%1 '%2' matches a store item that is already linked to another Bsale variant"_s.arg(
                             ruleLabel(rule), keyOf(m_erp.at(e), rule)));
                continue;
            }
            if (m_storeSettled[std::size_t(s)])
                continue; // excluded, or flagged by an earlier rule
            if (m_blocks.contains(LinkBlock {m_erp.at(e).variantId, m_store.at(s).key}))
                continue;
            m_erpLinked[std::size_t(e)] = true;
            m_storeLinked[std::size_t(s)] = true;
            result.added.append(Link {m_erp.at(e).variantId, m_store.at(s).key, methodOf(rule), {}});
        }
        for (int s = 0; s < m_store.size(); ++s) {
            if (isDone(m_storeLinked, m_storeSettled, s))
                continue;
            const QString key = normalizedKey(m_store.at(s), rule);
            if (key.isEmpty())
                continue;
            const auto partner = erpKeys.constFind(key);
            if (partner == erpKeys.constEnd())
                continue;
            const Occurrence mine = storeKeys.value(key);
            if (mine.count > 1 || partner->count > 1) {
                addIssue(result, NeedsManualLink::Side::Store, s, rule, NeedsManualLink::Reason::Duplicate,
                         duplicateDetail(rule, m_store.at(s), keyOf(m_store.at(s), rule), partner->count, mine.count));
            } else if (m_erpLinked[std::size_t(partner->first)]) {
                addIssue(result, NeedsManualLink::Side::Store, s, rule, NeedsManualLink::Reason::Taken,
                         u"%1 '%2' matches a Bsale variant that is already linked to another store item"_s.arg(
                             ruleLabel(rule), keyOf(m_store.at(s), rule)));
            }
        }
    }

private:
    static bool isDone(const std::vector<bool> &linked, const std::vector<bool> &settled, int row)
    {
        return linked[std::size_t(row)] || settled[std::size_t(row)];
    }

    template<typename Row>
    QString normalizedKey(const Row &row, LinkRule rule) const
    {
        return AutoLinker::normalize(AutoLinker::keyOf(row, rule), m_rules.skuCaseSensitive);
    }

    template<typename Row>
    KeyIndex index(const QList<Row> &rows, LinkRule rule) const
    {
        KeyIndex keys;
        keys.reserve(rows.size());
        for (int i = 0; i < rows.size(); ++i) {
            const QString key = normalizedKey(rows.at(i), rule);
            if (key.isEmpty())
                continue;
            Occurrence &occurrence = keys[key];
            if (occurrence.count++ == 0)
                occurrence.first = i;
        }
        return keys;
    }

    bool isStale(const Link &link, const ErpVariant &erp, const StoreVariant &store) const
    {
        const std::optional<LinkRule> rule = ruleOf(link.how);
        if (!rule)
            return false; // manual and import links are the user's
        const QString key = normalizedKey(erp, *rule);
        return key.isEmpty() || key != normalizedKey(store, *rule);
    }

    template<typename Row>
    static QString duplicateDetail(LinkRule rule, const Row &, const QString &key, int erpCount, int storeCount)
    {
        return u"%1 '%2' is on %3 and %4"_s.arg(ruleLabel(rule), key,
                                                plural(erpCount, u"Bsale variant"_s, u"Bsale variants"_s),
                                                plural(storeCount, u"store item"_s, u"store items"_s));
    }

    void addIssue(AutoLinkResult &result, NeedsManualLink::Side side, int row, LinkRule rule,
                  NeedsManualLink::Reason reason, const QString &detail)
    {
        NeedsManualLink issue;
        issue.side = side;
        issue.rule = rule;
        issue.reason = reason;
        issue.detail = detail;
        if (side == NeedsManualLink::Side::Erp) {
            issue.erpVariantId = m_erp.at(row).variantId;
            issue.key = keyOf(m_erp.at(row), rule).trimmed();
            m_erpSettled[std::size_t(row)] = true;
        } else {
            issue.store = m_store.at(row).key;
            issue.key = keyOf(m_store.at(row), rule).trimmed();
            m_storeSettled[std::size_t(row)] = true;
        }
        result.needsManualLink.append(issue);
    }

    template<typename Row>
    static QString keyOf(const Row &row, LinkRule rule)
    {
        return AutoLinker::keyOf(row, rule);
    }

    const QList<ErpVariant> &m_erp;
    const QList<StoreVariant> &m_store;
    const LinkRules &m_rules;
    const QSet<LinkBlock> m_blocks;
    QHash<StoreVariantKey, int> m_storeRow;
    std::vector<bool> m_erpLinked;
    std::vector<bool> m_storeLinked;
    /** Left alone for the rest of the run: excluded, or listed as needing a manual link. */
    std::vector<bool> m_erpSettled;
    std::vector<bool> m_storeSettled;
};

} // namespace

LinkRules LinkRules::fromSettings(const SyncSettings &settings)
{
    return LinkRules {settings.skuCaseSensitive, settings.linkByBarcode, settings.linkByName};
}

AutoLinker::AutoLinker(LinkRules rules)
    : m_rules(rules)
{ }

AutoLinkResult AutoLinker::run(const QList<ErpVariant> &erp, const QList<StoreVariant> &store, const QList<Link> &links,
                               const QList<LinkBlock> &blocks, const ExclusionSet &exclusions) const
{
    AutoLinkResult result;
    Pass pass(erp, store, m_rules, blocks, exclusions);
    pass.takeExisting(links, result);
    pass.applyRule(LinkRule::Sku, result);
    if (m_rules.byBarcode)
        pass.applyRule(LinkRule::Barcode, result);
    if (m_rules.byName)
        pass.applyRule(LinkRule::Name, result);
    return result;
}

QString AutoLinker::normalize(const QString &key, bool caseSensitive)
{
    const QString trimmed = key.trimmed();
    return caseSensitive ? trimmed : trimmed.toCaseFolded();
}

QString AutoLinker::keyOf(const ErpVariant &variant, LinkRule rule)
{
    switch (rule) {
    case LinkRule::Sku:
        return variant.sku;
    case LinkRule::Barcode:
        return variant.barcode;
    case LinkRule::Name:
        return variant.displayName();
    }
    return {};
}

QString AutoLinker::keyOf(const StoreVariant &variant, LinkRule rule)
{
    switch (rule) {
    case LinkRule::Sku:
        return variant.sku;
    case LinkRule::Barcode:
        return variant.barcode;
    case LinkRule::Name:
        return variant.displayName();
    }
    return {};
}

} // namespace puente
