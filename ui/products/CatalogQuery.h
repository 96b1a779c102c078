#pragma once

#include "LoadedCatalog.h"
#include "ManualLinkHint.h"

#include <QtCore/QList>

#include <functional>

namespace puente {

class Journal;

/**
 * The Products page's read of the journal: every row of erp_variants and store_variants with
 * its link (links) and, where the journal has it, why the auto-linker left it for a person
 * (link_issues), merged with the hints the page was given. Read-only SQL; the repositories of
 * the sync engine own every write.
 *
 * Runs on the calling thread with that thread's journal connection: CatalogLoader calls it on a
 * worker thread, never on the GUI thread. Stateless.
 */
class CatalogQuery final
{
public:
    CatalogQuery() = delete;

    /** Polled every few hundred rows; true stops the read (the result is then incomplete). */
    using CancelCheck = std::function<bool()>;

    static LoadedCatalog read(const Journal &journal, const QList<ManualLinkHint> &hints,
                              const CancelCheck &canceled = {});
};

} // namespace puente
