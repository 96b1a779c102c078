#pragma once

#include "Page.h"

#include "ManualLinkHint.h"

#include <QtCore/QList>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace puente {

class CatalogLoader;
class CatalogPane;
class ErpCatalogModel;
class Journal;
class StoreCatalogModel;
struct LoadedCatalog;

/**
 * Both catalogues side by side, where the shop owner links products by hand: Bsale variants on
 * the left, Jumpseller items on the right, each with a search box, a link-state filter and row
 * counts. Link joins one unlinked row of each side, Unlink undoes the link of the selected row,
 * Import to Jumpseller creates the selected unlinked Bsale products in the store, and
 * double-clicking a linked row selects its partner on the other side.
 *
 * The page never writes the journal: every action goes out as a request signal (the sync
 * controller carries it out) and the page reads the journal again when told (reload(), e.g. on
 * catalogueChanged/linksChanged). Reads run on a worker thread (CatalogLoader); a busy
 * indicator shows while they do.
 *
 * Owned by its parent widget (MainWindow's page stack); does not own the journal, which must
 * stay open while the page uses it (setJournal(nullptr) before closing it). GUI thread only.
 */
class ProductsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductsPage)

public:
    explicit ProductsPage(QWidget *parent = nullptr);
    ~ProductsPage() override;

    QString title() const override;
    QString summary() const override;

    /** The journal to read (not owned), or nullptr for none; reloads. Waits for a running read. */
    void setJournal(const Journal *journal);
    /**
     * Rows the sync engine could not link on its own (e.g. its list of rows needing a manual
     * link), shown as "needs manual link" on top of the journal's own link_issues. Reloads.
     */
    void setManualLinkHints(const QList<ManualLinkHint> &hints);
    /** While a sync runs, "Sync now" is disabled. */
    void setSyncRunning(bool running);

    bool isLoading() const;
    ErpCatalogModel *erpModel() const { return m_erpModel; }
    StoreCatalogModel *storeModel() const { return m_storeModel; }
    CatalogPane *erpPane() const { return m_erpPane; }
    CatalogPane *storePane() const { return m_storePane; }

public Q_SLOTS:
    /** Reads both catalogues and the links again, off the GUI thread; loaded() follows. */
    void reload();

Q_SIGNALS:
    /** Link Bsale variant `erpVariantId` with store item `store` (SyncController::link). */
    void linkRequested(qint64 erpVariantId, const puente::StoreVariantKey &store);
    /** Remove the link of Bsale variant `erpVariantId` (SyncController::unlink). */
    void unlinkRequested(qint64 erpVariantId);
    /** Create these Bsale products in the store (SyncController::importProducts); never empty. */
    void importRequested(const QList<qint64> &erpProductIds);
    /** Run a sync cycle now (SyncController::syncNow). */
    void syncRequested();
    /** The lists show what a read just returned. */
    void loaded();

protected:
    void retranslateContent() override;

private:
    QWidget *createToolbar();
    QWidget *createActions();
    QWidget *createEmptyState();
    void showSnapshot(const LoadedCatalog &snapshot);
    void updateBusy();
    void updateActions();
    void updateEmptyState();
    std::optional<qint64> unlinkTarget() const;
    QList<qint64> importProductIds() const;
    void requestLink();
    void requestUnlink();
    void requestImport();
    void showErpPartner(int erpRow);
    void showStorePartner(int storeRow);

    const Journal *m_journal = nullptr;
    QList<ManualLinkHint> m_hints;
    CatalogLoader *m_loader = nullptr;
    ErpCatalogModel *m_erpModel = nullptr;
    StoreCatalogModel *m_storeModel = nullptr;
    CatalogPane *m_erpPane = nullptr;
    CatalogPane *m_storePane = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyText = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_syncButton = nullptr;
    QPushButton *m_linkButton = nullptr;
    QPushButton *m_unlinkButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QLabel *m_hint = nullptr;
    QString m_error; ///< of the last read, technical English
    bool m_loadedOnce = false;
    bool m_syncRunning = false;
};

} // namespace puente
