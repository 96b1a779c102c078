#pragma once

#include "billing/BillingFieldNames.h"
#include "billing/BillingLink.h"
#include "billing/CreditNotePlanner.h"
#include "billing/PlannerContext.h"

#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QVariantMap>

#include <optional>

namespace puente {

class RunnerConfig;

/**
 * How the order pipeline issues documents for one account, read from puente-sync's config:
 *
 *   [jumpseller]  store_code = mitienda          part of every salesId (required; never change it;
 *                                                [orders] store_code works too)
 *   [bsale]       office_id = 1, price_list_id = 2   the sync's; defaults of [orders] office, price_list
 *   [orders]
 *   enabled            = true                   run the order pipeline (default: true when [orders] has a key)
 *   emission           = automatic | manual     manual: paid orders wait for the user's command
 *   boleta_type        = sii:39 | id:<n>        the Bsale document type (by SII code or account id)
 *   factura_type       = sii:33 | id:<n>
 *   credit_note_type   = sii:61 | id:<n>
 *   payment_type       = <id>                   Bsale payment type of the whole total (default: Bsale's)
 *   shipping_product   = <code> | id:<n>        Bsale service variant for shipping lines
 *   office, price_list = <id>                   0 = Bsale's default
 *   dispatch           = true                   dispatch:1, Bsale takes the stock out (bsale.md §10.3)
 *   declare_sii        = true
 *   send_email         = false                  Bsale e-mails facturas to the client
 *   write_back         = false                  add the document's link to the store order's note
 *   start_after        = <order id>             first run only: orders after this one are billed;
 *                                               unset = only orders placed after the first run
 *   poll_interval_ms   = 60000                  --daemon: time between cycles
 *   recheck_per_cycle  = 100                    open orders re-read per cycle (OrderLedger::ordersToRecheck)
 *   recheck_days       = 60                     how long documented orders are re-read
 *   retry_base_ms      = 30000, retry_max_ms = 3600000   outbox backoff after retryable errors
 *   document_field, razon_social_field, giro_field, rut_field   checkout field labels
 *   factura_values, boleta_values              comma lists of words that pick the kind
 *   return_type        = 0                      credit note `type` (0 money back, bsale.md §8)
 *
 * A value type.
 */
struct OrderSettings
{
    enum class Emission : quint8 { Automatic, Manual };

    bool enabled = false;
    Emission emission = Emission::Automatic;
    QString storeCode;
    int boletaTypeId = 0; ///< 0 = send codeSii 39
    int facturaTypeId = 0;
    int creditNoteTypeId = 0;
    int paymentTypeId = 0; ///< 0 = no payments[]: Bsale books the total on its default
    std::optional<BillingLink> shippingProduct;
    int officeId = 0;
    int priceListId = 0;
    int ivaTaxId = 1;
    bool dispatch = true;
    bool declareSii = true;
    bool sendEmail = false;
    bool writeBack = false;
    std::optional<qint64> startAfter;
    int pollIntervalMs = 60000;
    int recheckPerCycle = 100;
    int recheckDays = 60;
    qint64 retryBaseMs = 30000;
    qint64 retryMaxMs = 3600000;
    int returnType = 0;
    BillingFieldNames fields;

    /** The settings, or the first problem found, naming the key ("orders/boleta_type: ..."). */
    struct Parsed;
    static Parsed fromConfig(const RunnerConfig &config);
    /** The same from "section/key" → value pairs (SyncSettings::options). Unknown [orders] keys
     *  are errors. */
    static Parsed fromValues(const QVariantMap &values);
    /** Whether the config asks for the order pipeline at all (an [orders] section). */
    static bool configured(const RunnerConfig &config);
    static bool configured(const QVariantMap &values);
    /** The keys of [orders], "orders/<key>", sorted. */
    static QStringList knownKeys();

    PlannerContext plannerContext(PlannerContext::LinkLookup linkFor) const;
    CreditNoteContext creditNoteContext() const;
};

struct OrderSettings::Parsed
{
    OrderSettings settings;
    QString error; ///< empty when valid

    bool ok() const { return error.isEmpty(); }
};

} // namespace puente

Q_DECLARE_METATYPE(puente::OrderSettings)
