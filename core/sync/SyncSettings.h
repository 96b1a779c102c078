#pragma once

#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>
#include <QtCore/QVariantMap>

#include <optional>

namespace puente {

class RunnerConfig;
struct ParsedSyncSettings;

/** Why a config could not be turned into settings: the key ("section/key") and the problem. */
struct SyncConfigError
{
    QString key;
    QString problem;
    /** "Config key 'bsale/office_id': <problem>" */
    QString toString() const;
};

/**
 * The sync engine's settings, typed, with defaults. puente-sync reads them from its INI file
 * (fromConfig); the desktop app fills them from its settings screen. Never holds secrets.
 *
 * INI keys (README "puente-sync configuration"): [bsale] base_url, office_id (one or a comma
 * list), price_list_id; [jumpseller] base_url; [sync] sku_case_sensitive, link_by_barcode,
 * link_by_name, import_category, reconcile_interval, retry_interval, request_timeout,
 * retry_attempts, credentials; [files] mappings, exclusions. Other sections are left to the stages, which
 * read them from options().
 *
 * A plain value type.
 */
class SyncSettings
{
public:
    static constexpr int kDefaultReconcileIntervalSec = 900;
    static constexpr int kDefaultRetryIntervalSec = 60;
    static constexpr int kDefaultRequestTimeoutSec = 30;
    static constexpr int kDefaultRetryAttempts = 5;

    /** The keys this class reads, "section/key", sorted. */
    static QStringList knownKeys();
    /** The sections this class owns: an unknown key there is an error (a typo would be silent). */
    static QStringList ownSections();
    /** Settings from puente-sync's config; relative file paths resolve against its folder. */
    static ParsedSyncSettings fromConfig(const RunnerConfig &config);
    /** The same from "section/key" → value pairs (`baseDir` for relative paths). */
    static ParsedSyncSettings fromValues(const QVariantMap &values, const QString &baseDir);

    // --- Bsale ------------------------------------------------------------------------------
    QUrl bsaleBaseUrl = QUrl(QStringLiteral("https://api.bsale.io"));
    QList<int> officeIds; ///< required: stock is summed over these offices
    int priceListId = 0; ///< required: gross prices come from this list

    // --- Jumpseller -------------------------------------------------------------------------
    QUrl jumpsellerBaseUrl = QUrl(QStringLiteral("https://api.jumpseller.com/v1"));

    // --- Linking and import -----------------------------------------------------------------
    bool skuCaseSensitive = false; ///< "abc-1" and "ABC-1" are the same SKU by default
    bool linkByBarcode = true; ///< second rule, on by default
    bool linkByName = false; ///< third rule, opt-in: exact product + variant name
    QString importCategoryName = QStringLiteral("Bsale"); ///< category every imported product gets

    // --- Timing -----------------------------------------------------------------------------
    int reconcileIntervalMs = kDefaultReconcileIntervalSec * 1000; ///< full cycle (pull + link + stages)
    int retryIntervalMs = kDefaultRetryIntervalSec * 1000; ///< next cycle after a failed one
    int requestTimeoutMs = kDefaultRequestTimeoutSec * 1000;
    int retryAttempts = kDefaultRetryAttempts; ///< per request, for reads and absolute updates
    int retryBaseDelayMs = 1000; ///< first backoff of a retried request

    // --- puente-sync only --------------------------------------------------------------------
    /** Where puente-sync reads the tokens: PUENTE_* environment variables (default) or the
     *  system keychain (entries bsale-main/token, jumpseller-main/login, jumpseller-main/token). */
    enum class CredentialSource { Environment, Keychain };
    CredentialSource credentialSource = CredentialSource::Environment;
    QString mappingsCsv; ///< absolute path or empty
    QString exclusionsCsv;

    /** Every "section/key" value of the config, for stages with their own sections. */
    QVariantMap options;

    bool isComplete() const { return !officeIds.isEmpty() && priceListId > 0; }
};

/** Either settings or the first error found. */
struct ParsedSyncSettings
{
    std::optional<SyncSettings> settings;
    std::optional<SyncConfigError> error;
    bool ok() const { return settings.has_value(); }
};

} // namespace puente

Q_DECLARE_METATYPE(puente::SyncSettings)
