#pragma once

#include "domain/StoreVariant.h"

#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>

namespace puente {

/** The automatic link rules, in the order they are tried. */
enum class LinkRule : quint8 { Sku, Barcode, Name };

/** "sku", "barcode", "name". */
QString linkRuleName(LinkRule rule);
std::optional<LinkRule> linkRuleFromName(QStringView name);

/**
 * A row the auto-linker refused to link, and why: the user has to link it by hand. A plain value
 * (journal table `link_issues`).
 */
struct NeedsManualLink
{
    enum class Side : quint8 { Erp, Store };
    enum class Reason : quint8 {
        Duplicate, ///< the key is on several rows of one side: which one is meant is a guess
        Taken, ///< the only partner with the key is already linked to something else
    };

    Side side = Side::Erp;
    qint64 erpVariantId = 0; ///< side Erp
    StoreVariantKey store; ///< side Store
    LinkRule rule = LinkRule::Sku;
    QString key; ///< the SKU / barcode / name as it is on this row (trimmed)
    Reason reason = Reason::Duplicate;
    QString detail; ///< for a person, e.g. "SKU 'AB-1' is on 2 Bsale variants (11, 12)"

    static QString sideName(Side side);
    static QString reasonName(Reason reason);
    static std::optional<Side> sideFromName(QStringView name);
    static std::optional<Reason> reasonFromName(QStringView name);

    friend bool operator==(const NeedsManualLink &, const NeedsManualLink &) = default;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::NeedsManualLink)
