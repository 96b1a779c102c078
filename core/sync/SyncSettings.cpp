#include "sync/SyncSettings.h"

#include "base/RunnerConfig.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

/** A config value as text; QSettings turns "1,3" into a list, so join it back. */
QString valueText(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QStringList)
        return value.toStringList().join(u',').trimmed();
    return value.toString().trimmed();
}

/** Reads one key; each reader returns an empty string when fine, else the problem. */
class Reader
{
public:
    Reader(const QVariantMap &values, QString baseDir)
        : m_values(values)
        , m_baseDir(std::move(baseDir))
    { }

    bool has(const QString &key) const { return m_values.contains(key) && !valueText(m_values.value(key)).isEmpty(); }
    QString value(const QString &key) const { return valueText(m_values.value(key)); }

    QString url(const QString &key, QUrl &out) const
    {
        if (!has(key))
            return {};
        const QUrl url(value(key), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty())
            return u"'%1' is not an http(s) URL"_s.arg(value(key));
        out = url;
        return {};
    }

    QString positive(const QString &key, int &out, int minimum = 1) const
    {
        if (!has(key))
            return {};
        bool ok = false;
        const int number = value(key).toInt(&ok);
        if (!ok || number < minimum)
            return u"'%1' is not a whole number of at least %2"_s.arg(value(key)).arg(minimum);
        out = number;
        return {};
    }

    QString seconds(const QString &key, int &outMs, int minimum) const
    {
        int secondsValue = outMs / 1000;
        if (QString problem = positive(key, secondsValue, minimum); !problem.isEmpty())
            return problem;
        if (secondsValue > 7 * 24 * 3600)
            return u"'%1' seconds is more than a week"_s.arg(value(key));
        outMs = secondsValue * 1000;
        return {};
    }

    QString boolean(const QString &key, bool &out) const
    {
        if (!has(key))
            return {};
        const QString v = value(key).toLower();
        if (v == u"true"_s || v == u"yes"_s || v == u"on"_s || v == u"1"_s)
            out = true;
        else if (v == u"false"_s || v == u"no"_s || v == u"off"_s || v == u"0"_s)
            out = false;
        else
            return u"'%1' is not true or false"_s.arg(value(key));
        return {};
    }

    QString idList(const QString &key, QList<int> &out) const
    {
        if (!has(key))
            return u"is required (the Bsale office id, or several separated by commas)"_s;
        QList<int> ids;
        for (const QString &part : value(key).split(u',')) {
            bool ok = false;
            const int id = part.trimmed().toInt(&ok);
            if (!ok || id < 1)
                return u"'%1' is not an office id (a whole number of at least 1) or a comma list of them"_s.arg(
                    value(key));
            if (!ids.contains(id))
                ids.append(id);
        }
        out = ids;
        return {};
    }

    QString file(const QString &key, QString &out) const
    {
        if (!has(key))
            return {};
        const QString path = QDir(m_baseDir).absoluteFilePath(value(key));
        const QFileInfo info(path);
        if (!info.exists())
            return u"file '%1' does not exist"_s.arg(path);
        if (!info.isFile() || !info.isReadable())
            return u"'%1' is not a readable file"_s.arg(path);
        out = info.absoluteFilePath();
        return {};
    }

    QString text(const QString &key, QString &out) const
    {
        if (!m_values.contains(key))
            return {};
        if (value(key).isEmpty())
            return u"must not be empty"_s;
        out = value(key);
        return {};
    }

private:
    const QVariantMap &m_values;
    QString m_baseDir;
};

bool looksSecret(const QString &key)
{
    const QString name = key.section(u'/', -1).toLower();
    for (const auto word : {u"token", u"password", u"secret", u"login"}) {
        if (name.contains(QStringView(word)))
            return true;
    }
    return false;
}

} // namespace

QString SyncConfigError::toString() const
{
    return u"Config key '%1': %2"_s.arg(key, problem);
}

QStringList SyncSettings::knownKeys()
{
    QStringList keys {
        u"bsale/base_url"_s,        u"bsale/office_id"_s,         u"bsale/price_list_id"_s,  u"jumpseller/base_url"_s,
        u"jumpseller/store_code"_s, u"sync/sku_case_sensitive"_s, u"sync/link_by_barcode"_s, u"sync/link_by_name"_s,
        u"sync/import_category"_s,  u"sync/reconcile_interval"_s, u"sync/retry_interval"_s,  u"sync/request_timeout"_s,
        u"sync/retry_attempts"_s,   u"sync/credentials"_s,        u"files/mappings"_s,       u"files/exclusions"_s,
    };
    keys.sort();
    return keys;
}

QStringList SyncSettings::ownSections()
{
    return {u"bsale"_s, u"jumpseller"_s, u"sync"_s, u"files"_s};
}

ParsedSyncSettings SyncSettings::fromConfig(const RunnerConfig &config)
{
    return fromValues(config.values(), QFileInfo(config.path()).absolutePath());
}

ParsedSyncSettings SyncSettings::fromValues(const QVariantMap &values, const QString &baseDir)
{
    const auto failed = [](const QString &key, const QString &problem) {
        return ParsedSyncSettings {std::nullopt, SyncConfigError {key, problem}};
    };
    // Secrets first: a token typed into the file must be named before anything else is said.
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (looksSecret(it.key())) {
            return failed(it.key(),
                          u"secrets do not belong in the config file; puente-sync reads them from "
                          "PUENTE_BSALE_TOKEN, PUENTE_JUMPSELLER_LOGIN and PUENTE_JUMPSELLER_TOKEN "
                          "(or the system keychain)"_s);
        }
        const QString section = it.key().contains(u'/') ? it.key().section(u'/', 0, 0) : QString();
        if (section.isEmpty())
            return failed(it.key(), u"keys belong in a section such as [bsale] or [sync]"_s);
        if (ownSections().contains(section) && !knownKeys().contains(it.key()))
            return failed(
                it.key(),
                u"unknown key (known in [%1]: %2)"_s.arg(
                    section,
                    knownKeys().filter(section + u'/').replaceInStrings(section + u'/', QString()).join(u", "_s)));
    }

    SyncSettings s;
    s.options = values;
    const Reader r(values, baseDir);
    const QList<std::pair<QString, std::function<QString()>>> steps {
        {u"bsale/base_url"_s, [&] { return r.url(u"bsale/base_url"_s, s.bsaleBaseUrl); }},
        {u"bsale/office_id"_s, [&] { return r.idList(u"bsale/office_id"_s, s.officeIds); }},
        {u"bsale/price_list_id"_s,
         [&] {
             if (!r.has(u"bsale/price_list_id"_s))
                 return u"is required (the id of the Bsale price list whose gross prices the store gets)"_s;
             return r.positive(u"bsale/price_list_id"_s, s.priceListId);
         }},
        {u"jumpseller/base_url"_s, [&] { return r.url(u"jumpseller/base_url"_s, s.jumpsellerBaseUrl); }},
        {u"sync/sku_case_sensitive"_s, [&] { return r.boolean(u"sync/sku_case_sensitive"_s, s.skuCaseSensitive); }},
        {u"sync/link_by_barcode"_s, [&] { return r.boolean(u"sync/link_by_barcode"_s, s.linkByBarcode); }},
        {u"sync/link_by_name"_s, [&] { return r.boolean(u"sync/link_by_name"_s, s.linkByName); }},
        {u"sync/import_category"_s, [&] { return r.text(u"sync/import_category"_s, s.importCategoryName); }},
        {u"sync/reconcile_interval"_s,
         [&] { return r.seconds(u"sync/reconcile_interval"_s, s.reconcileIntervalMs, 10); }},
        {u"sync/retry_interval"_s, [&] { return r.seconds(u"sync/retry_interval"_s, s.retryIntervalMs, 1); }},
        {u"sync/request_timeout"_s, [&] { return r.seconds(u"sync/request_timeout"_s, s.requestTimeoutMs, 1); }},
        {u"sync/retry_attempts"_s, [&] { return r.positive(u"sync/retry_attempts"_s, s.retryAttempts); }},
        {u"sync/credentials"_s,
         [&] {
             if (!r.has(u"sync/credentials"_s))
                 return QString();
             const QString source = r.value(u"sync/credentials"_s).toLower();
             if (source == u"environment"_s)
                 s.credentialSource = CredentialSource::Environment;
             else if (source == u"keychain"_s)
                 s.credentialSource = CredentialSource::Keychain;
             else
                 return u"'%1' is neither environment nor keychain"_s.arg(r.value(u"sync/credentials"_s));
             return QString();
         }},
        {u"files/mappings"_s, [&] { return r.file(u"files/mappings"_s, s.mappingsCsv); }},
        {u"files/exclusions"_s, [&] { return r.file(u"files/exclusions"_s, s.exclusionsCsv); }},
    };
    for (const auto &[key, step] : steps) {
        if (const QString problem = step(); !problem.isEmpty())
            return failed(key, problem);
    }
    if (s.retryAttempts > 10)
        return failed(u"sync/retry_attempts"_s, u"'%1' is more than 10"_s.arg(s.retryAttempts));
    return ParsedSyncSettings {s, std::nullopt};
}

} // namespace puente
