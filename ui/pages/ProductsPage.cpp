#include "ProductsPage.h"

#include "CatalogFilterProxy.h"
#include "CatalogLoader.h"
#include "CatalogPane.h"
#include "ErpCatalogModel.h"
#include "LoadedCatalog.h"
#include "StoreCatalogModel.h"
#include "UiLogging.h"

#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

const auto kBsale = u"Bsale"_s; // brands: not translated
const auto kJumpseller = u"Jumpseller"_s;

} // namespace

ProductsPage::ProductsPage(QWidget *parent)
    : Page(u"products"_s, parent)
    , m_loader(new CatalogLoader(this))
    , m_erpModel(new ErpCatalogModel(this))
    , m_storeModel(new StoreCatalogModel(this))
{
    setObjectName(u"productsPage"_s);

    m_erpPane = new CatalogPane(u"erp"_s, m_erpModel, this);
    m_erpPane->setTitle(kBsale);
    m_storePane = new CatalogPane(u"store"_s, m_storeModel, this);
    m_storePane->setTitle(kJumpseller);
    // Several Bsale rows at once can be imported; linking pairs exactly one row of each side.
    m_erpPane->view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_storePane->view()->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"catalogSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(14);
    splitter->addWidget(m_erpPane);
    splitter->addWidget(m_storePane);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(splitter);
    m_stack->addWidget(createEmptyState());

    contentLayout()->addWidget(createToolbar());
    contentLayout()->addWidget(m_stack, 1);
    contentLayout()->addWidget(createActions());

    connect(m_loader, &CatalogLoader::loaded, this, &ProductsPage::showSnapshot);
    connect(m_loader, &CatalogLoader::busyChanged, this, &ProductsPage::updateBusy);
    for (CatalogPane *pane : {m_erpPane, m_storePane})
        connect(pane, &CatalogPane::selectionChanged, this, &ProductsPage::updateActions);
    connect(m_erpPane, &CatalogPane::rowActivated, this, &ProductsPage::showErpPartner);
    connect(m_storePane, &CatalogPane::rowActivated, this, &ProductsPage::showStorePartner);

    retranslate();
    updateBusy();
    updateActions();
    updateEmptyState();
}

ProductsPage::~ProductsPage()
{
    // No read may finish into a half-destroyed page, and the lists (panes, proxies, views) go
    // before the models they show, which QObject would otherwise delete first.
    m_loader->cancelAndWait();
    delete m_stack;
}

QWidget *ProductsPage::createToolbar()
{
    auto *bar = new QWidget(this);
    m_busy = new QProgressBar(bar);
    m_busy->setObjectName(u"catalogBusy"_s);
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(96, 8);
    m_status = new QLabel(bar);
    m_status->setObjectName(u"catalogStatus"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_syncButton = new QPushButton(bar);
    m_syncButton->setObjectName(u"syncButton"_s);
    connect(m_syncButton, &QPushButton::clicked, this, &ProductsPage::syncRequested);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_busy);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_syncButton);
    return bar;
}

QWidget *ProductsPage::createActions()
{
    auto *bar = new QWidget(this);
    m_linkButton = new QPushButton(bar);
    m_linkButton->setObjectName(u"linkButton"_s);
    m_linkButton->setDefault(true);
    m_unlinkButton = new QPushButton(bar);
    m_unlinkButton->setObjectName(u"unlinkButton"_s);
    m_importButton = new QPushButton(bar);
    m_importButton->setObjectName(u"importButton"_s);
    m_hint = new QLabel(bar);
    m_hint->setObjectName(u"selectionHint"_s);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);
    connect(m_linkButton, &QPushButton::clicked, this, &ProductsPage::requestLink);
    connect(m_unlinkButton, &QPushButton::clicked, this, &ProductsPage::requestUnlink);
    connect(m_importButton, &QPushButton::clicked, this, &ProductsPage::requestImport);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_linkButton);
    layout->addWidget(m_unlinkButton);
    layout->addWidget(m_importButton);
    layout->addSpacing(12);
    layout->addWidget(m_hint, 1);
    return bar;
}

QWidget *ProductsPage::createEmptyState()
{
    auto *empty = new QWidget(this);
    empty->setObjectName(u"catalogEmptyState"_s);
    auto *icon = new QLabel(empty);
    icon->setPixmap(this->icon().pixmap(48, 48, QIcon::Disabled));
    icon->setAlignment(Qt::AlignHCenter);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(u"catalogEmptyText"_s);
    m_emptyText->setAlignment(Qt::AlignHCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(m_emptyText);
    layout->addStretch(3);
    return empty;
}

QString ProductsPage::title() const
{
    return tr("Products");
}

QString ProductsPage::summary() const
{
    return tr("Bsale variants and Jumpseller products side by side: link them and see the stock Puente pushes.");
}

void ProductsPage::retranslateContent()
{
    m_erpPane->retranslate();
    m_storePane->retranslate();
    m_syncButton->setText(tr("Sync now"));
    m_syncButton->setToolTip(tr("Read both catalogues now and push what changed"));
    m_linkButton->setText(tr("Link"));
    m_linkButton->setToolTip(tr("Link the selected Bsale variant with the selected Jumpseller variant"));
    m_unlinkButton->setText(tr("Unlink"));
    m_unlinkButton->setToolTip(tr("Remove the link of the selected variant; Puente will not link it again on its own"));
    m_importButton->setText(tr("Import to Jumpseller"));
    m_importButton->setToolTip(tr("Create the selected Bsale products in the Jumpseller store"));
    m_hint->setText(
        tr("Select a variant on each side to link them. Double-click a linked variant to see its partner."));
    m_emptyText->setText(tr("No catalogues yet. Connect Bsale and Jumpseller in Settings or open the demo."));
    updateBusy();
}

void ProductsPage::setJournal(const Journal *journal)
{
    if (journal == m_journal)
        return;
    m_loader->cancelAndWait();
    m_journal = journal;
    m_loadedOnce = false;
    if (!m_journal) {
        m_erpModel->setRows({}, {});
        m_storeModel->setRows({}, {});
    }
    updateEmptyState();
    reload();
}

void ProductsPage::setManualLinkHints(const QList<ManualLinkHint> &hints)
{
    if (hints == m_hints)
        return;
    m_hints = hints;
    reload();
}

void ProductsPage::setSyncRunning(bool running)
{
    m_syncRunning = running;
    updateBusy();
}

bool ProductsPage::isLoading() const
{
    return m_loader->isBusy();
}

void ProductsPage::reload()
{
    if (m_journal)
        m_loader->load(m_journal, m_hints);
}

void ProductsPage::showSnapshot(const LoadedCatalog &snapshot)
{
    m_error = snapshot.error;
    if (m_error.isEmpty()) {
        m_erpModel->setRows(snapshot.erp, snapshot.erpRowById);
        m_storeModel->setRows(snapshot.store, snapshot.storeRowByKey);
        m_loadedOnce = true;
    } else {
        qCWarning(lcUi).noquote() << "cannot read the catalogues:" << m_error;
    }
    updateBusy();
    updateActions();
    updateEmptyState();
    Q_EMIT loaded();
}

void ProductsPage::updateBusy()
{
    const bool loading = m_loader->isBusy();
    m_busy->setVisible(loading);
    if (loading)
        m_status->setText(tr("Loading catalogues…"));
    else if (!m_error.isEmpty())
        m_status->setText(tr("Could not read the catalogues: %1").arg(m_error));
    else if (m_syncRunning)
        m_status->setText(tr("Syncing…"));
    else
        m_status->clear();
    m_syncButton->setEnabled(!m_syncRunning);
}

void ProductsPage::updateEmptyState()
{
    // Before the first read of a journal the lists stay up (with the busy indicator): a shop
    // with a catalogue should not see "no catalogues" flash by.
    const bool empty = !m_journal || (m_loadedOnce && m_erpModel->rowCount() == 0 && m_storeModel->rowCount() == 0);
    m_stack->setCurrentIndex(empty ? 1 : 0);
}

void ProductsPage::updateActions()
{
    const QList<int> erpRows = m_erpPane->selectedSourceRows();
    const QList<int> storeRows = m_storePane->selectedSourceRows();
    const bool oneEach = erpRows.size() == 1 && storeRows.size() == 1;
    m_linkButton->setEnabled(oneEach && m_erpModel->linkState(erpRows.constFirst()) != LinkState::Linked
                             && m_storeModel->linkState(storeRows.constFirst()) != LinkState::Linked);
    m_unlinkButton->setEnabled(unlinkTarget().has_value());
    m_importButton->setEnabled(!importProductIds().isEmpty());
}

std::optional<qint64> ProductsPage::unlinkTarget() const
{
    // The link of the one selected row of either side; both sides may point at the same link.
    QList<qint64> targets;
    const QList<int> erpRows = m_erpPane->selectedSourceRows();
    if (erpRows.size() == 1 && m_erpModel->linkState(erpRows.constFirst()) == LinkState::Linked)
        targets.append(m_erpModel->row(erpRows.constFirst()).variant.variantId);
    const QList<int> storeRows = m_storePane->selectedSourceRows();
    if (storeRows.size() == 1 && m_storeModel->linkState(storeRows.constFirst()) == LinkState::Linked) {
        const qint64 erpId = m_storeModel->row(storeRows.constFirst()).link.partnerErpVariantId;
        if (!targets.contains(erpId))
            targets.append(erpId);
    }
    return targets.size() == 1 ? std::optional(targets.constFirst()) : std::nullopt;
}

QList<qint64> ProductsPage::importProductIds() const
{
    // Only when every selected Bsale row is unlinked: importing is for what the store lacks.
    QList<qint64> products;
    for (const int row : m_erpPane->selectedSourceRows()) {
        if (m_erpModel->linkState(row) == LinkState::Linked)
            return {};
        const qint64 product = m_erpModel->row(row).variant.productId;
        if (!products.contains(product))
            products.append(product);
    }
    return products;
}

void ProductsPage::requestLink()
{
    const QList<int> erpRows = m_erpPane->selectedSourceRows();
    const QList<int> storeRows = m_storePane->selectedSourceRows();
    if (!m_linkButton->isEnabled() || erpRows.size() != 1 || storeRows.size() != 1)
        return;
    Q_EMIT linkRequested(m_erpModel->row(erpRows.constFirst()).variant.variantId,
                         m_storeModel->row(storeRows.constFirst()).variant.key);
}

void ProductsPage::requestUnlink()
{
    if (const auto target = unlinkTarget())
        Q_EMIT unlinkRequested(*target);
}

void ProductsPage::requestImport()
{
    const QList<qint64> products = importProductIds();
    if (!products.isEmpty()) // an empty list would mean "import everything" to the importer
        Q_EMIT importRequested(products);
}

void ProductsPage::showErpPartner(int erpRow)
{
    if (erpRow < 0 || m_erpModel->linkState(erpRow) != LinkState::Linked)
        return;
    m_storePane->showSourceRow(m_storeModel->rowOf(m_erpModel->row(erpRow).link.partnerStore));
}

void ProductsPage::showStorePartner(int storeRow)
{
    if (storeRow < 0 || m_storeModel->linkState(storeRow) != LinkState::Linked)
        return;
    m_erpPane->showSourceRow(m_erpModel->rowOf(m_storeModel->row(storeRow).link.partnerErpVariantId));
}

} // namespace puente
