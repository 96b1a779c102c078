#pragma once

#include "domain/CatalogTerm.h"
#include "domain/ErpVariant.h"
#include "domain/StoreVariant.h"
#include "net/ApiError.h"
#include "sync/SyncTypes.h"

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <functional>
#include <memory>

namespace puente {

class BsaleClient;
class JumpsellerClient;
class SyncSettings;
struct BsaleProductType;
struct BsaleStock;
struct BsalePriceDetail;
struct BsaleVariant;
struct JumpsellerProduct;
struct JumpsellerCategory;

/** What one catalogue pull read: each side complete, or that side's error. A plain value. */
struct CatalogSnapshot
{
    QList<ErpVariant> erp;
    QList<CatalogTerm> erpTerms;
    ApiError bsaleError; ///< None when the Bsale side was read in full
    QList<StoreVariant> store;
    QList<CatalogTerm> storeTerms;
    ApiError jumpsellerError; ///< None when the store side was read in full

    bool bsaleOk() const { return !bsaleError.isError(); }
    bool jumpsellerOk() const { return !jumpsellerError.isError(); }
};

/**
 * Reads both catalogues, every page, with progress, and maps them to the journal's values.
 *
 * Bsale (bsale.md §3–§5, §13): variants with their product expanded, the stock rows of each
 * configured office (quantityAvailable summed over them), the gross prices of the configured
 * price list, and the product types with their attributes; brands as the ids products carry.
 * Jumpseller (jumpseller.md §2): products with their variants, categories; brands and option
 * names as the products carry them. CLP prices become whole pesos.
 *
 * The two sides are read at the same time (different hosts, separate rate limits); each side's
 * lists one after the other. A side is only reported complete: the first failing list ends that
 * side with its error (the other side still finishes), so a partial catalogue never reaches the
 * journal.
 *
 * Ownership: a QObject (parent it); does not own the clients, which must outlive it.
 * Thread affinity: the clients' thread. Destroying it or calling cancel() drops the pending
 * callbacks: `done` is then never called.
 */
class CatalogPull final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogPull)

public:
    using Done = std::function<void(const CatalogSnapshot &)>;

    CatalogPull(BsaleClient &bsale, JumpsellerClient &jumpseller, const SyncSettings &settings,
                QObject *parent = nullptr);
    ~CatalogPull() override;

    /** Starts a pull; a pull already running is canceled first. */
    void start(Done done);
    void cancel();
    bool isRunning() const { return m_run != nullptr; }

    /** The mapping, exposed for tests and benchmarks. Stock rows of other offices are ignored. */
    static QList<ErpVariant> toErpVariants(const QList<BsaleVariant> &variants, const QList<BsaleStock> &stocks,
                                           const QList<BsalePriceDetail> &prices, const QList<int> &officeIds);
    static QList<StoreVariant> toStoreVariants(const QList<JumpsellerProduct> &products);
    static QList<CatalogTerm> toErpTerms(const QList<BsaleProductType> &types, const QList<ErpVariant> &variants);
    static QList<CatalogTerm> toStoreTerms(const QList<JumpsellerCategory> &categories,
                                           const QList<JumpsellerProduct> &products);

Q_SIGNALS:
    void progress(const puente::SyncProgress &progress);

private:
    struct Run;
    void pullBsale(std::shared_ptr<Run> run);
    void pullBsaleStocks(std::shared_ptr<Run> run, qsizetype officeIndex);
    void pullBsalePrices(std::shared_ptr<Run> run);
    void pullBsaleTypes(std::shared_ptr<Run> run);
    void pullJumpseller(std::shared_ptr<Run> run);
    void finishSide(std::shared_ptr<Run> run);
    void report(SyncPhase phase, qint64 done, qint64 total, const QString &what);

    BsaleClient &m_bsale;
    JumpsellerClient &m_jumpseller;
    const SyncSettings &m_settings;
    std::shared_ptr<Run> m_run;
    QPointer<QObject> m_token; ///< callback context of the running pull; deleted on cancel
};

} // namespace puente
