#pragma once

#include "journal/Migrations.h"

#include <QtCore/QStringList>

namespace puente {

/**
 * Puente's journal schema and its history, as migration steps.
 *
 * Conventions for every table:
 *  - Timestamps are INTEGER milliseconds since the Unix epoch, UTC (`*_at`, `time`): they sort,
 *    compare and index cheaply and cannot carry a local-time ambiguity.
 *  - Money is INTEGER Chilean pesos, gross (IVA included) unless the column says otherwise.
 *  - Booleans are INTEGER 0/1 with a CHECK. Payloads, plans and snapshots are JSON TEXT.
 *  - Enumerations fixed by the product (link how, mapping kind, document kind, event level) have
 *    a CHECK; state-machine columns (`state`, `pipeline_state`) do not, so the sync code can add
 *    states without a table rebuild. Their values are documented where they are written.
 *  - Catalogue tables are a cache of the last pull; `links`, `mappings` and `exclusions` are the
 *    user's decisions and do not reference the catalogue by foreign key, so a pull that drops a
 *    variant never silently deletes a link.
 *
 * History: version 1 had no `events` table, no `documents.url_pdf`, no SKU/barcode indexes and
 * `links.how` without 'name'. Version 3 added the catalogue detail columns (erp_variants
 * product_type_id, brand_id, in_office, serial_number, pack; store_variants brand, category_ids),
 * exclusions by brand and the `link_issues`, `link_blocks` and `catalog_terms` tables. Version 4
 * added the order pipeline's columns (hold reasons, billing overrides, document results and
 * errors); it is the current schema. Never edit a released step; add a new one (`if (from < N)`
 * is what Migrations does with the list).
 *
 * Static only; thread-safe.
 */
class JournalSchema final
{
public:
    JournalSchema() = delete;

    static constexpr int kLatestVersion = 4;

    /** The app's migration history, version 1 to kLatestVersion. */
    static Migrations migrations();
    /** Every table of the latest schema, `meta` included, sorted by name. */
    static QStringList tableNames();
};

} // namespace puente
