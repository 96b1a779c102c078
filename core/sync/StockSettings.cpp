#include "sync/StockSettings.h"

#include "base/RunnerConfig.h"

#include <QtCore/QTimeZone>
#include <QtCore/QVariantMap>
#include <QtNetwork/QHostAddress>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

/** Reads the keys of one section and remembers the first error. */
class SectionReader
{
public:
    SectionReader(const QVariantMap &values, QString section)
        : m_values(values)
        , m_section(std::move(section))
    { }

    bool failed() const { return !m_error.isEmpty(); }
    QString key() const { return m_key; }
    QString error() const { return m_error; }

    void flag(const QString &name, bool &out)
    {
        const auto text = raw(name);
        if (!text)
            return;
        const QString v = text->trimmed().toLower();
        if (v == u"true"_s || v == u"yes"_s || v == u"on"_s || v == u"1"_s)
            out = true;
        else if (v == u"false"_s || v == u"no"_s || v == u"off"_s || v == u"0"_s)
            out = false;
        else
            fail(name, u"expected true or false"_s, *text);
    }

    template<typename Int>
    void integer(const QString &name, Int &out, int min, int max, const QString &unit)
    {
        const auto text = raw(name);
        if (!text)
            return;
        bool ok = false;
        const int value = text->trimmed().toInt(&ok);
        if (!ok || value < min || value > max)
            return fail(name, u"expected %1 from %2 to %3"_s.arg(unit).arg(min).arg(max), *text);
        out = Int(value);
    }

    void text(const QString &name, QString &out)
    {
        if (const auto value = raw(name))
            out = value->trimmed();
    }

    /** The raw value, or nullopt when absent or when an earlier key already failed. */
    std::optional<QString> raw(const QString &name) const
    {
        if (failed())
            return std::nullopt;
        const auto it = m_values.constFind(m_section + u'/' + name);
        if (it == m_values.constEnd())
            return std::nullopt;
        return it->toString();
    }

    void fail(const QString &name, const QString &expected, const QString &got)
    {
        if (failed())
            return;
        m_key = m_section + u'/' + name;
        m_error = u"%1: %2, got '%3'"_s.arg(m_key, expected, got);
    }

private:
    const QVariantMap &m_values;
    const QString m_section;
    QString m_key;
    QString m_error;
};

void readPriceRule(SectionReader &r, StockSettings &s)
{
    int markup = s.priceRule.markupBasisPoints();
    QString pattern = s.priceRule.pattern();
    PriceRule::Rounding rounding = s.priceRule.rounding();
    if (const auto text = r.raw(u"price_markup_percent"_s)) {
        if (const auto value = PriceRule::parseMarkup(*text))
            markup = *value;
        else
            r.fail(u"price_markup_percent"_s, u"expected a percentage from -90 to 1000 with at most two decimals"_s,
                   *text);
    }
    if (const auto text = r.raw(u"price_rounding"_s)) {
        if (const auto value = PriceRule::parsePattern(*text))
            pattern = *value;
        else
            r.fail(u"price_rounding"_s, u"expected the digits a price ends in, such as …990 (at most 6)"_s, *text);
    }
    if (const auto text = r.raw(u"price_rounding_mode"_s)) {
        if (const auto value = PriceRule::parseRounding(*text))
            rounding = *value;
        else
            r.fail(u"price_rounding_mode"_s, u"expected up, nearest or down"_s, *text);
    }
    s.priceRule = PriceRule(markup, pattern, rounding);
}

void readWebhooks(SectionReader &r, StockSettings &s)
{
    r.flag(u"webhooks"_s, s.webhooks);
    if (const auto text = r.raw(u"webhook_bind"_s)) {
        QHostAddress address;
        if (address.setAddress(text->trimmed()))
            s.webhookBind = address.toString();
        else
            r.fail(u"webhook_bind"_s, u"expected an IP address such as 127.0.0.1 or 0.0.0.0"_s, *text);
    }
    r.integer(u"webhook_port"_s, s.webhookPort, 1, 65535, u"a port"_s);
}

} // namespace

QStringList StockSettings::knownKeys()
{
    QStringList keys {
        u"stock/presale"_s,
        u"stock/price_sync"_s,
        u"stock/price_markup_percent"_s,
        u"stock/price_rounding"_s,
        u"stock/price_rounding_mode"_s,
        u"stock/poll_seconds"_s,
        u"stock/webhooks"_s,
        u"stock/webhook_bind"_s,
        u"stock/webhook_port"_s,
        u"stock/stale_hours"_s,
        u"stock/held_order_hours"_s,
        u"stock/time_zone"_s,
        u"stock/midnight_grace_minutes"_s,
        u"stock/push_concurrency"_s,
    };
    keys.sort();
    return keys;
}

StockSettings::Parsed StockSettings::fromConfig(const RunnerConfig &config)
{
    return fromValues(config.values());
}

StockSettings::Parsed StockSettings::fromValues(const QVariantMap &values)
{
    const QStringList known = knownKeys();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key().startsWith(u"stock/"_s) && !known.contains(it.key())) {
            return {std::nullopt, it.key(),
                    u"%1: unknown key (known in [stock]: %2)"_s.arg(
                        it.key(), known.join(u", "_s).replace(u"stock/"_s, QString()))};
        }
    }
    StockSettings s;
    SectionReader r(values, u"stock"_s);
    r.flag(u"presale"_s, s.presale);
    r.flag(u"price_sync"_s, s.priceSync);
    readPriceRule(r, s);
    r.integer(u"poll_seconds"_s, s.pollSeconds, kMinPollSeconds, kMaxPollSeconds, u"whole seconds"_s);
    readWebhooks(r, s);
    r.integer(u"stale_hours"_s, s.staleHours, 0, 24 * 30, u"whole hours (0 = never warn)"_s);
    r.integer(u"held_order_hours"_s, s.heldOrderHours, 1, 24 * 60, u"whole hours"_s);
    if (const auto text = r.raw(u"time_zone"_s)) {
        if (QTimeZone(text->trimmed().toUtf8()).isValid())
            s.timeZone = text->trimmed();
        else
            r.fail(u"time_zone"_s, u"expected an IANA time zone such as America/Santiago"_s, *text);
    }
    r.integer(u"midnight_grace_minutes"_s, s.midnightGraceMinutes, 0, 12 * 60, u"whole minutes"_s);
    r.integer(u"push_concurrency"_s, s.pushConcurrency, 1, 16, u"a count"_s);
    if (r.failed())
        return {std::nullopt, r.key(), r.error()};
    return {s, {}, {}};
}

} // namespace puente
