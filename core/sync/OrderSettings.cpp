#include "sync/OrderSettings.h"

#include "base/RunnerConfig.h"

#include <QtCore/QVariantMap>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

/** Reads typed values from the config map; remembers the first error (naming the key). */
class Reader
{
public:
    explicit Reader(const QVariantMap &values)
        : m_values(values)
    { }

    QString error() const { return m_error; }
    bool has(const QString &key) const { return m_values.contains(key); }
    QString text(const QString &key, const QString &fallback = {}) const
    {
        if (!has(key))
            return fallback;
        // QSettings reads "a, b" as a list: put it back together.
        const QVariant value = m_values.value(key);
        if (value.typeId() == QMetaType::QStringList)
            return value.toStringList().join(u", "_s).trimmed();
        return value.toString().trimmed();
    }

    qint64 integer(const QString &key, qint64 fallback, qint64 minimum = 0)
    {
        if (!has(key))
            return fallback;
        bool ok = false;
        const qint64 value = text(key).toLongLong(&ok);
        if (!ok || value < minimum)
            return fail(key, u"must be a whole number of at least %1"_s.arg(minimum), fallback);
        return value;
    }

    bool boolean(const QString &key, bool fallback)
    {
        if (!has(key))
            return fallback;
        const QString v = text(key).toLower();
        if (v == u"true"_s || v == u"1"_s || v == u"yes"_s || v == u"on"_s)
            return true;
        if (v == u"false"_s || v == u"0"_s || v == u"no"_s || v == u"off"_s)
            return false;
        return fail(key, u"must be true or false"_s, fallback);
    }

    /** "sii:<code>" → 0 (send codeSii; the code must be the kind's), "id:<n>" → n. */
    int documentType(const QString &key, int siiCode)
    {
        if (!has(key))
            return 0;
        const QString v = text(key).toLower();
        bool ok = false;
        if (v.startsWith(u"sii:"_s)) {
            const int code = v.mid(4).toInt(&ok);
            if (ok && code == siiCode)
                return 0;
            return fail(key, u"must name SII code %1 for this kind of document, got '%2'"_s.arg(siiCode).arg(v), 0);
        }
        if (v.startsWith(u"id:"_s)) {
            const int id = v.mid(3).toInt(&ok);
            if (ok && id > 0)
                return id;
        }
        return fail(key, u"must be 'sii:%1' or 'id:<Bsale document type id>', got '%2'"_s.arg(siiCode).arg(v), 0);
    }

    QStringList list(const QString &key, const QStringList &fallback) const
    {
        if (!has(key))
            return fallback;
        QStringList out;
        for (const QString &part : text(key).split(u',', Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                out.append(part.trimmed());
        }
        return out.isEmpty() ? fallback : out;
    }

    template<typename T>
    T fail(const QString &key, const QString &why, T fallback)
    {
        if (m_error.isEmpty())
            m_error = u"Config key '%1' %2."_s.arg(key, why);
        return fallback;
    }

private:
    const QVariantMap &m_values;
    QString m_error;
};

std::optional<BillingLink> readShippingProduct(Reader &r)
{
    const QString key = u"orders/shipping_product"_s;
    const QString value = r.text(key);
    if (value.isEmpty())
        return std::nullopt;
    if (value.startsWith(u"id:"_s, Qt::CaseInsensitive)) {
        bool ok = false;
        const int id = value.mid(3).toInt(&ok);
        if (!ok || id <= 0)
            return r.fail(key, u"must be a Bsale variant code or 'id:<variant id>', got '%1'"_s.arg(value),
                          std::optional<BillingLink>());
        return BillingLink {id, {}};
    }
    return BillingLink {0, value};
}

} // namespace

bool OrderSettings::configured(const RunnerConfig &config)
{
    return configured(config.values());
}

bool OrderSettings::configured(const QVariantMap &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key().startsWith(u"orders/"_s))
            return true;
    }
    return false;
}

OrderSettings::Parsed OrderSettings::fromConfig(const RunnerConfig &config)
{
    return fromValues(config.values());
}

QStringList OrderSettings::knownKeys()
{
    QStringList keys {
        u"orders/enabled"_s,       u"orders/emission"_s,         u"orders/store_code"_s,
        u"orders/boleta_type"_s,   u"orders/factura_type"_s,     u"orders/credit_note_type"_s,
        u"orders/payment_type"_s,  u"orders/shipping_product"_s, u"orders/office"_s,
        u"orders/price_list"_s,    u"orders/iva_tax_id"_s,       u"orders/dispatch"_s,
        u"orders/declare_sii"_s,   u"orders/send_email"_s,       u"orders/write_back"_s,
        u"orders/start_after"_s,   u"orders/poll_interval_ms"_s, u"orders/recheck_per_cycle"_s,
        u"orders/recheck_days"_s,  u"orders/retry_base_ms"_s,    u"orders/retry_max_ms"_s,
        u"orders/return_type"_s,   u"orders/document_field"_s,   u"orders/razon_social_field"_s,
        u"orders/giro_field"_s,    u"orders/rut_field"_s,        u"orders/factura_values"_s,
        u"orders/boleta_values"_s,
    };
    keys.sort();
    return keys;
}

OrderSettings::Parsed OrderSettings::fromValues(const QVariantMap &values)
{
    // A typo in [orders] would silently fall back to a default: name it instead.
    const QStringList known = knownKeys();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key().startsWith(u"orders/"_s) && !known.contains(it.key()))
            return Parsed {OrderSettings {},
                           u"Config key '%1' is unknown (known in [orders]: %2)."_s.arg(
                               it.key(), QStringList(known).replaceInStrings(u"orders/"_s, QString()).join(u", "_s))};
    }
    Reader r(values);
    OrderSettings s;
    s.enabled = r.boolean(u"orders/enabled"_s, configured(values));
    const QString emission = r.text(u"orders/emission"_s, u"automatic"_s).toLower();
    if (emission == u"manual"_s)
        s.emission = Emission::Manual;
    else if (emission != u"automatic"_s)
        r.fail(u"orders/emission"_s, u"must be 'automatic' or 'manual', got '%1'"_s.arg(emission), 0);
    s.storeCode = r.text(u"orders/store_code"_s, r.text(u"jumpseller/store_code"_s));
    if (s.enabled && s.storeCode.isEmpty())
        r.fail(u"jumpseller/store_code"_s, u"is required: it is part of every document's salesId"_s, 0);
    s.boletaTypeId = r.documentType(u"orders/boleta_type"_s, 39);
    s.facturaTypeId = r.documentType(u"orders/factura_type"_s, 33);
    s.creditNoteTypeId = r.documentType(u"orders/credit_note_type"_s, 61);
    s.paymentTypeId = int(r.integer(u"orders/payment_type"_s, 0));
    s.shippingProduct = readShippingProduct(r);
    // Defaults: the sync's own office (the first of [bsale] office_id) and price list.
    const int syncOffice = r.text(u"bsale/office_id"_s).section(u',', 0, 0).trimmed().toInt();
    s.officeId = int(r.integer(u"orders/office"_s, syncOffice));
    s.priceListId = int(r.integer(u"orders/price_list"_s, r.text(u"bsale/price_list_id"_s).toInt()));
    s.ivaTaxId = int(r.integer(u"orders/iva_tax_id"_s, 1, 1));
    s.dispatch = r.boolean(u"orders/dispatch"_s, true);
    s.declareSii = r.boolean(u"orders/declare_sii"_s, true);
    s.sendEmail = r.boolean(u"orders/send_email"_s, false);
    s.writeBack = r.boolean(u"orders/write_back"_s, false);
    if (r.has(u"orders/start_after"_s))
        s.startAfter = r.integer(u"orders/start_after"_s, 0);
    s.pollIntervalMs = int(r.integer(u"orders/poll_interval_ms"_s, 60000, 10));
    s.recheckPerCycle = int(r.integer(u"orders/recheck_per_cycle"_s, 100, 1));
    s.recheckDays = int(r.integer(u"orders/recheck_days"_s, 60));
    s.retryBaseMs = r.integer(u"orders/retry_base_ms"_s, 30000, 1);
    s.retryMaxMs = r.integer(u"orders/retry_max_ms"_s, 3600000, s.retryBaseMs);
    s.returnType = int(r.integer(u"orders/return_type"_s, 0));
    if (s.returnType > 3)
        r.fail(u"orders/return_type"_s, u"must be 0, 1, 2 or 3 (bsale.md §8)"_s, 0);
    s.fields.documentKind = r.text(u"orders/document_field"_s, s.fields.documentKind);
    s.fields.razonSocial = r.text(u"orders/razon_social_field"_s, s.fields.razonSocial);
    s.fields.giro = r.text(u"orders/giro_field"_s, s.fields.giro);
    s.fields.rut = r.text(u"orders/rut_field"_s, s.fields.rut);
    s.fields.facturaValues = r.list(u"orders/factura_values"_s, s.fields.facturaValues);
    s.fields.boletaValues = r.list(u"orders/boleta_values"_s, s.fields.boletaValues);
    return Parsed {s, r.error()};
}

PlannerContext OrderSettings::plannerContext(PlannerContext::LinkLookup linkFor) const
{
    PlannerContext c;
    c.linkFor = std::move(linkFor);
    c.storeCode = storeCode;
    c.boletaTypeId = boletaTypeId;
    c.facturaTypeId = facturaTypeId;
    c.officeId = officeId;
    c.priceListId = priceListId;
    c.ivaTaxId = ivaTaxId;
    c.shippingProduct = shippingProduct;
    c.fields = fields;
    c.dispatch = dispatch;
    c.declareSii = declareSii;
    c.sendEmail = sendEmail;
    return c;
}

CreditNoteContext OrderSettings::creditNoteContext() const
{
    CreditNoteContext c;
    c.creditNoteTypeId = creditNoteTypeId;
    c.officeId = officeId;
    c.declareSii = declareSii;
    c.returnType = returnType;
    c.storeCode = storeCode;
    return c;
}

} // namespace puente
