#include "journal/JournalSchema.h"

#include <QtSql/QSqlDatabase>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

// The state columns hold, for reference (the sync code owns the values):
//   orders.pipeline_state: new, waiting, planned, documented, refused, failed, canceled, ignored
//   documents.state:       planned, sending, emitted, failed
//   outbox.state:          pending, running, done, failed
// (from version 4 the order pipeline's values are listed in core/sync/OrderState.h)
MigrationStep version1()
{
    return MigrationStep {
        1,
        u"initial schema"_s,
        {
            u"CREATE TABLE cursors ("
            " name TEXT PRIMARY KEY NOT NULL,"
            " value TEXT NOT NULL,"
            " updated_at INTEGER NOT NULL)"_s,

            // Bsale variants with the stock of the configured office. quantity_available is REAL
            // because Bsale reports stock as a float (it can be fractional and negative).
            u"CREATE TABLE erp_variants ("
            " variant_id INTEGER PRIMARY KEY NOT NULL,"
            " product_id INTEGER NOT NULL,"
            " product_name TEXT NOT NULL DEFAULT '',"
            " description TEXT NOT NULL DEFAULT '',"
            " sku TEXT,"
            " barcode TEXT,"
            " price INTEGER,"
            " quantity_available REAL,"
            " unlimited_stock INTEGER NOT NULL DEFAULT 0 CHECK (unlimited_stock IN (0, 1)),"
            " allow_negative_stock INTEGER NOT NULL DEFAULT 0 CHECK (allow_negative_stock IN (0, 1)),"
            " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
            " pulled_at INTEGER NOT NULL)"_s,
            u"CREATE INDEX erp_variants_product ON erp_variants (product_id)"_s,

            // Jumpseller variants; variant_id 0 stands for a product without variants.
            u"CREATE TABLE store_variants ("
            " product_id INTEGER NOT NULL,"
            " variant_id INTEGER NOT NULL DEFAULT 0,"
            " product_name TEXT NOT NULL DEFAULT '',"
            " variant_name TEXT NOT NULL DEFAULT '',"
            " sku TEXT,"
            " barcode TEXT,"
            " price INTEGER,"
            " stock INTEGER,"
            " stock_unlimited INTEGER NOT NULL DEFAULT 0 CHECK (stock_unlimited IN (0, 1)),"
            " status TEXT NOT NULL DEFAULT '',"
            " pulled_at INTEGER NOT NULL,"
            " PRIMARY KEY (product_id, variant_id))"_s,

            // One ERP variant <-> one store variant.
            u"CREATE TABLE links ("
            " id INTEGER PRIMARY KEY,"
            " erp_variant_id INTEGER NOT NULL UNIQUE,"
            " store_product_id INTEGER NOT NULL,"
            " store_variant_id INTEGER NOT NULL DEFAULT 0,"
            " how TEXT NOT NULL CHECK (how IN ('sku', 'barcode', 'manual', 'import')),"
            " created_at INTEGER NOT NULL,"
            " UNIQUE (store_product_id, store_variant_id))"_s,

            u"CREATE TABLE mappings ("
            " id INTEGER PRIMARY KEY,"
            " kind TEXT NOT NULL CHECK (kind IN ('category', 'brand', 'attribute', 'option')),"
            " erp_value TEXT NOT NULL,"
            " store_value TEXT NOT NULL,"
            " created_at INTEGER NOT NULL,"
            " UNIQUE (kind, erp_value))"_s,

            // What the user keeps out of sync: target is the id (or category name) on that side.
            u"CREATE TABLE exclusions ("
            " id INTEGER PRIMARY KEY,"
            " side TEXT NOT NULL CHECK (side IN ('erp', 'store')),"
            " kind TEXT NOT NULL CHECK (kind IN ('product', 'variant', 'category')),"
            " target TEXT NOT NULL,"
            " reason TEXT NOT NULL DEFAULT '',"
            " created_at INTEGER NOT NULL,"
            " UNIQUE (side, kind, target))"_s,

            // Store orders: status is Jumpseller's status_enum, snapshot the order JSON as last read.
            u"CREATE TABLE orders ("
            " store_order_id INTEGER PRIMARY KEY NOT NULL,"
            " status TEXT NOT NULL,"
            " pipeline_state TEXT NOT NULL DEFAULT 'new',"
            " total INTEGER NOT NULL,"
            " snapshot TEXT NOT NULL,"
            " ordered_at INTEGER,"
            " first_seen_at INTEGER NOT NULL,"
            " updated_at INTEGER NOT NULL,"
            " last_error TEXT)"_s,
            u"CREATE INDEX orders_pipeline_state ON orders (pipeline_state)"_s,

            // One row per DTE or credit note. sales_id is the key sent to Bsale as salesId;
            // bsale_id is the document's id (the return's id for a credit note).
            u"CREATE TABLE documents ("
            " id INTEGER PRIMARY KEY,"
            " store_order_id INTEGER NOT NULL REFERENCES orders (store_order_id),"
            " kind TEXT NOT NULL CHECK (kind IN ('boleta', 'factura', 'credit_note')),"
            " sales_id TEXT NOT NULL UNIQUE,"
            " state TEXT NOT NULL DEFAULT 'planned',"
            " plan TEXT,"
            " bsale_id INTEGER,"
            " bsale_number INTEGER,"
            " last_error TEXT,"
            " created_at INTEGER NOT NULL,"
            " updated_at INTEGER NOT NULL,"
            " UNIQUE (store_order_id, kind))"_s,
            u"CREATE INDEX documents_state ON documents (state)"_s,

            // Durable side effects, retried with backoff until done.
            u"CREATE TABLE outbox ("
            " id INTEGER PRIMARY KEY,"
            " kind TEXT NOT NULL,"
            " payload TEXT NOT NULL,"
            " idempotency_key TEXT NOT NULL UNIQUE,"
            " state TEXT NOT NULL DEFAULT 'pending',"
            " attempts INTEGER NOT NULL DEFAULT 0,"
            " next_attempt_at INTEGER NOT NULL,"
            " last_error TEXT,"
            " created_at INTEGER NOT NULL,"
            " updated_at INTEGER NOT NULL)"_s,
            u"CREATE INDEX outbox_due ON outbox (state, next_attempt_at)"_s,
        },
        {},
    };
}

MigrationStep version2()
{
    return MigrationStep {
        2,
        u"events table; links.how gains 'name'; SKU/barcode indexes; documents.url_pdf"_s,
        {
            // The activity log shown in the UI.
            u"CREATE TABLE events ("
            " id INTEGER PRIMARY KEY,"
            " time INTEGER NOT NULL,"
            " level TEXT NOT NULL CHECK (level IN ('debug', 'info', 'warning', 'error')),"
            " subsystem TEXT NOT NULL,"
            " message TEXT NOT NULL,"
            " details TEXT)"_s,
            u"CREATE INDEX events_time ON events (time)"_s,

            // SQLite cannot alter a CHECK constraint: rebuild the table (sqlite.org/lang_altertable.html,
            // "Making Other Kinds Of Table Schema Changes"). Foreign keys are off while migrating.
            u"CREATE TABLE links_new ("
            " id INTEGER PRIMARY KEY,"
            " erp_variant_id INTEGER NOT NULL UNIQUE,"
            " store_product_id INTEGER NOT NULL,"
            " store_variant_id INTEGER NOT NULL DEFAULT 0,"
            " how TEXT NOT NULL CHECK (how IN ('sku', 'barcode', 'name', 'manual', 'import')),"
            " created_at INTEGER NOT NULL,"
            " UNIQUE (store_product_id, store_variant_id))"_s,
            u"INSERT INTO links_new (id, erp_variant_id, store_product_id, store_variant_id, how, created_at)"
            " SELECT id, erp_variant_id, store_product_id, store_variant_id, how, created_at FROM links"_s,
            u"DROP TABLE links"_s,
            u"ALTER TABLE links_new RENAME TO links"_s,

            // The auto-linker matches by SKU and barcode on both sides.
            u"CREATE INDEX erp_variants_sku ON erp_variants (sku)"_s,
            u"CREATE INDEX erp_variants_barcode ON erp_variants (barcode)"_s,
            u"CREATE INDEX store_variants_sku ON store_variants (sku)"_s,
            u"CREATE INDEX store_variants_barcode ON store_variants (barcode)"_s,
        },
        [](const QSqlDatabase &db) {
            return Migrations::addColumnIfMissing(db, u"documents"_s, u"url_pdf"_s, u"TEXT"_s);
        },
    };
}

// Version 3: what the sync engine's catalogue pull, linking, import and exclusions need.
MigrationStep version3()
{
    return MigrationStep {
        3,
        u"catalogue detail columns; exclusions by brand; link_issues, link_blocks, catalog_terms"_s,
        {
            // SQLite cannot alter a CHECK constraint: rebuild exclusions so kind accepts 'brand'.
            u"CREATE TABLE exclusions_new ("
            " id INTEGER PRIMARY KEY,"
            " side TEXT NOT NULL CHECK (side IN ('erp', 'store')),"
            " kind TEXT NOT NULL CHECK (kind IN ('product', 'variant', 'category', 'brand')),"
            " target TEXT NOT NULL,"
            " reason TEXT NOT NULL DEFAULT '',"
            " created_at INTEGER NOT NULL,"
            " UNIQUE (side, kind, target))"_s,
            u"INSERT INTO exclusions_new (id, side, kind, target, reason, created_at)"
            " SELECT id, side, kind, target, reason, created_at FROM exclusions"_s,
            u"DROP TABLE exclusions"_s,
            u"ALTER TABLE exclusions_new RENAME TO exclusions"_s,

            // Rows the auto-linker refused to link, with why; replaced after every link pass.
            // rule: sku | barcode | name; reason: duplicate (the key is on several rows of a
            // side) | taken (the only partner is already linked to something else).
            u"CREATE TABLE link_issues ("
            " id INTEGER PRIMARY KEY,"
            " side TEXT NOT NULL CHECK (side IN ('erp', 'store')),"
            " erp_variant_id INTEGER NOT NULL DEFAULT 0,"
            " store_product_id INTEGER NOT NULL DEFAULT 0,"
            " store_variant_id INTEGER NOT NULL DEFAULT 0,"
            " rule TEXT NOT NULL CHECK (rule IN ('sku', 'barcode', 'name')),"
            " key TEXT NOT NULL,"
            " reason TEXT NOT NULL CHECK (reason IN ('duplicate', 'taken')),"
            " detail TEXT NOT NULL DEFAULT '',"
            " detected_at INTEGER NOT NULL)"_s,
            u"CREATE INDEX link_issues_erp ON link_issues (erp_variant_id)"_s,

            // The reference lists of each side that the mapping tabs and the import pick from:
            // Bsale product types, attributes and brand ids; Jumpseller categories, brands and
            // option names. kind: product_type | attribute | brand | category | option.
            // detail is JSON (e.g. an attribute's generateVariantName and options).
            u"CREATE TABLE catalog_terms ("
            " side TEXT NOT NULL CHECK (side IN ('erp', 'store')),"
            " kind TEXT NOT NULL,"
            " term_id TEXT NOT NULL,"
            " parent_id TEXT NOT NULL DEFAULT '',"
            " name TEXT NOT NULL DEFAULT '',"
            " detail TEXT NOT NULL DEFAULT '',"
            " pulled_at INTEGER NOT NULL,"
            " PRIMARY KEY (side, kind, term_id))"_s,

            // Pairs the user unlinked: the auto-linker never links them again on its own (a
            // manual link of the same pair lifts the block).
            u"CREATE TABLE link_blocks ("
            " erp_variant_id INTEGER NOT NULL,"
            " store_product_id INTEGER NOT NULL,"
            " store_variant_id INTEGER NOT NULL DEFAULT 0,"
            " created_at INTEGER NOT NULL,"
            " PRIMARY KEY (erp_variant_id, store_product_id, store_variant_id))"_s,
        },
        [](const QSqlDatabase &db) -> std::optional<QString> {
            // pulled_at now means "when this row last changed": unchanged rows are not rewritten.
            const QList<std::array<QString, 3>> columns {
                {u"erp_variants"_s, u"product_type_id"_s, u"INTEGER NOT NULL DEFAULT 0"_s},
                {u"erp_variants"_s, u"brand_id"_s, u"INTEGER NOT NULL DEFAULT 0"_s},
                {u"erp_variants"_s, u"in_office"_s, u"INTEGER NOT NULL DEFAULT 0 CHECK (in_office IN (0, 1))"_s},
                {u"erp_variants"_s, u"serial_number"_s,
                 u"INTEGER NOT NULL DEFAULT 0 CHECK (serial_number IN (0, 1))"_s},
                {u"erp_variants"_s, u"pack"_s, u"INTEGER NOT NULL DEFAULT 0 CHECK (pack IN (0, 1))"_s},
                {u"store_variants"_s, u"brand"_s, u"TEXT NOT NULL DEFAULT ''"_s},
                // Jumpseller category ids of the product, comma-separated ("3,17").
                {u"store_variants"_s, u"category_ids"_s, u"TEXT NOT NULL DEFAULT ''"_s},
            };
            for (const auto &[table, column, declaration] : columns) {
                if (auto error = Migrations::addColumnIfMissing(db, table, column, declaration))
                    return error;
            }
            return std::nullopt;
        },
    };
}

// The order pipeline (core/sync: OrderPipeline, Outbox, DocumentInbox). Columns only, no
// rebuild: every new column is nullable or has a default, so existing rows stay valid.
//   orders.hold_reason       why a paid order has no document yet: a PlanIssue code name
//                            ("UnlinkedProduct"), a BsaleError kind name ("OutOfFolios") or
//                            "manual" (documents are issued on the user's command)
//   orders.hold_details      JSON array of PlanIssue::toJson() (every problem, for the inbox)
//   orders.billing_override  JSON of the billing data the user typed in the inbox; never written
//                            back to the store, applied on top of the snapshot when planning
//   orders.checked_at        when the order was last re-read from the store (ms UTC)
//   documents.*              the result Bsale gave (folio in bsale_number, urls, totals), the
//                            explained error of the last failure, who issued it ('bsale' or
//                            'hand') and, for a credit note, the document it cancels
//   outbox.document_id       the documents row a job works for (NULL for other jobs)
MigrationStep version4()
{
    return MigrationStep {
        4,
        u"order pipeline: hold reasons, billing overrides, document results and errors"_s,
        {
            u"ALTER TABLE orders ADD COLUMN hold_reason TEXT"_s,
            u"ALTER TABLE orders ADD COLUMN hold_details TEXT"_s,
            u"ALTER TABLE orders ADD COLUMN billing_override TEXT"_s,
            u"ALTER TABLE orders ADD COLUMN checked_at INTEGER"_s,
            u"CREATE INDEX orders_recheck ON orders (pipeline_state, checked_at)"_s,

            u"ALTER TABLE documents ADD COLUMN revision INTEGER NOT NULL DEFAULT 1"_s,
            u"ALTER TABLE documents ADD COLUMN url_public_view TEXT"_s,
            u"ALTER TABLE documents ADD COLUMN net_amount INTEGER"_s,
            u"ALTER TABLE documents ADD COLUMN tax_amount INTEGER"_s,
            u"ALTER TABLE documents ADD COLUMN total_amount INTEGER"_s,
            u"ALTER TABLE documents ADD COLUMN credit_note_document_id INTEGER"_s,
            u"ALTER TABLE documents ADD COLUMN related_document_id INTEGER REFERENCES documents (id)"_s,
            u"ALTER TABLE documents ADD COLUMN issued_by TEXT CHECK (issued_by IN ('bsale', 'hand'))"_s,
            u"ALTER TABLE documents ADD COLUMN error_kind TEXT"_s,
            u"ALTER TABLE documents ADD COLUMN error_title TEXT"_s,
            u"ALTER TABLE documents ADD COLUMN error_explanation TEXT"_s,
            u"ALTER TABLE documents ADD COLUMN server_message TEXT"_s,
            u"ALTER TABLE documents ADD COLUMN emitted_at INTEGER"_s,

            u"ALTER TABLE outbox ADD COLUMN document_id INTEGER REFERENCES documents (id)"_s,
            u"CREATE INDEX outbox_document ON outbox (document_id)"_s,
        },
        {},
    };
}

} // namespace

Migrations JournalSchema::migrations()
{
    return Migrations({version1(), version2(), version3(), version4()});
}

QStringList JournalSchema::tableNames()
{
    return {
        u"catalog_terms"_s, u"cursors"_s,     u"documents"_s,   u"erp_variants"_s,   u"events"_s,
        u"exclusions"_s,    u"link_blocks"_s, u"link_issues"_s, u"links"_s,          u"mappings"_s,
        u"meta"_s,          u"orders"_s,      u"outbox"_s,      u"store_variants"_s,
    };
}

} // namespace puente
