#pragma once

#include "domain/ErpVariant.h"
#include "domain/Link.h"
#include "domain/Mapping.h"
#include "net/ApiError.h"
#include "sync/SyncTypes.h"

#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <functional>
#include <memory>

namespace puente {

class BsaleClient;
class Clock;
class Journal;
class JumpsellerClient;
class SyncSettings;
struct BsaleAttribute;
struct JumpsellerCategory;
struct JumpsellerCreatedProduct;
struct JumpsellerProduct;
struct JumpsellerProductDraft;

/** A Bsale product the import left alone, and why. */
struct ImportSkip
{
    qint64 erpProductId = 0;
    QString productName;
    QString reason;

    QJsonObject toJson() const;
};

/** What one import did. A plain value. */
struct ImportReport
{
    int productsCreated = 0; ///< new products in the store
    int productsFound = 0; ///< already in the store (earlier run, lost answer): linked, not created again
    int variantsLinked = 0; ///< import links recorded
    QList<ImportSkip> skipped;
    QList<SyncError> errors;
    bool canceled = false;

    bool ok() const { return errors.isEmpty() && !canceled; }
    QJsonObject toJson() const;
};

/**
 * Creates Bsale products in the Jumpseller store (jumpseller.md §2.8), always as **disabled**,
 * and links them (how = import).
 *
 * What is imported: the given Bsale products (or, with an empty list, every product with no
 * linked variant), each only when every variant can be found again later: none is excluded or
 * already linked, each has a SKU that no other Bsale variant and no store item in the journal
 * has. Anything else is reported in ImportReport::skipped with the reason.
 *
 * Each product gets: its name; the gross price of the configured price list; stock = Bsale's
 * available stock (whole units, never below 0), or 0 when the product is inactive in Bsale or
 * absent from the configured offices; the category named SyncSettings::importCategoryName
 * (created when missing) plus the mapped Jumpseller category of its Bsale product type. A
 * product with one variant becomes a simple product; with several, a product with variants
 * whose options come from the Bsale attributes that name variants (or have an "option"
 * mapping), else one option "Variante" with the variant's description.
 *
 * Idempotent: before creating, the store is searched by SKU and a product found there is linked
 * instead (an earlier run's answer was lost); after a failed create the store is searched again
 * before an error is reported. Links and store rows are written to the journal right after each
 * product, so a second run creates nothing new. After a create the store is searched once more:
 * QNetworkAccessManager re-sends a POST by itself when the connection drops after the server
 * took it (see core/net/README.md), which can leave two products; the one the store answered
 * with is linked and the others are reported as duplicates to delete (JumpsellerClient has no
 * product delete yet, so the importer cannot remove them itself; they are disabled anyway).
 *
 * Brands and custom-field ("attribute") mappings are not sent: Jumpseller's product create body
 * has no brand, and custom-field values need calls JumpsellerClient does not have yet.
 *
 * Ownership: a QObject (parent it); does not own the clients or the journal. Thread affinity:
 * the clients' thread. cancel() or destruction drops the pending callbacks (`done` is not called).
 */
class ProductImporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductImporter)

public:
    using Done = std::function<void(const ImportReport &)>;

    static constexpr const char *kFallbackOptionName = "Variante";

    ProductImporter(BsaleClient &bsale, JumpsellerClient &jumpseller, const Journal &journal, Clock &clock,
                    const SyncSettings &settings, QObject *parent = nullptr);
    ~ProductImporter() override;

    /** Imports `erpProductIds` (empty = every unlinked product). One import at a time. */
    void start(const QList<qint64> &erpProductIds, Done done);
    void cancel();
    bool isRunning() const { return m_run != nullptr; }

    /** Whole units for the store: 0 when inactive or not in the offices, never negative. */
    static int storeStock(const ErpVariant &variant);

Q_SIGNALS:
    void progress(const puente::SyncProgress &progress);

private:
    struct Run;
    struct Candidate;

    void plan(Run &run, const QList<qint64> &erpProductIds) const;
    void prepareCategory(std::shared_ptr<Run> run);
    void prepareAttributes(std::shared_ptr<Run> run);
    void next(std::shared_ptr<Run> run);
    void loadOptions(std::shared_ptr<Run> run, qsizetype variantIndex);
    void searchThenCreate(std::shared_ptr<Run> run);
    void create(std::shared_ptr<Run> run);
    void afterCreateFailed(std::shared_ptr<Run> run, const ApiError &error);
    void linkFound(std::shared_ptr<Run> run, const JumpsellerProduct &product);
    void createMissingVariants(std::shared_ptr<Run> run, const JumpsellerProduct &product, QList<ErpVariant> missing);
    void record(std::shared_ptr<Run> run, const JumpsellerProduct &product, bool created);
    void finish(std::shared_ptr<Run> run);

    JumpsellerProductDraft draftFor(const Run &run, const Candidate &candidate) const;
    /** The products in `found` that carry one of the candidate's SKUs, lowest id first. */
    QList<JumpsellerProduct> matchingSku(const Run &run, const QList<JumpsellerProduct> &found) const;
    /** Links the first of `matches` and reports the others as duplicates the store now holds. */
    void linkFirstOf(std::shared_ptr<Run> run, const QList<JumpsellerProduct> &matches, bool created);
    void verifyCreated(std::shared_ptr<Run> run, const JumpsellerProduct &product);
    QString normalizedSku(const QString &sku) const;

    BsaleClient &m_bsale;
    JumpsellerClient &m_jumpseller;
    const Journal &m_journal;
    Clock &m_clock;
    const SyncSettings &m_settings;
    std::shared_ptr<Run> m_run;
    QPointer<QObject> m_token;
};

} // namespace puente

Q_DECLARE_METATYPE(puente::ImportReport)
