#include "CatalogPane.h"

#include "CatalogFilterProxy.h"
#include "CatalogTableModel.h"
#include "LinkStateDelegate.h"

#include <QtCore/QEvent>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

// Restoring a selection of thousands of rows after a reload would cost more than it helps.
constexpr qsizetype kMaxRestoredSelection = 1000;

const QList<LinkStateFilter> kFilters {LinkStateFilter::All, LinkStateFilter::Linked, LinkStateFilter::Unlinked,
                                       LinkStateFilter::NeedsManualLink};

} // namespace

CatalogPane::CatalogPane(const QString &prefix, CatalogTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new CatalogFilterProxy(this))
{
    setObjectName(prefix + u"Pane"_s);
    m_proxy->setCatalogModel(model);

    m_title = new QLabel(this);
    m_title->setObjectName(prefix + u"Title"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_counts = new QLabel(this);
    m_counts->setObjectName(prefix + u"Counts"_s);
    m_counts->setForegroundRole(QPalette::PlaceholderText);
    m_counts->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_search = new QLineEdit(this);
    m_search->setObjectName(prefix + u"Search"_s);
    m_search->setClearButtonEnabled(true);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(prefix + u"Filter"_s);
    for (const LinkStateFilter filter : kFilters)
        m_filter->addItem(QString(), QVariant::fromValue(filter));

    m_view = new QTreeView(this);
    m_view->setObjectName(prefix + u"View"_s);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // what keeps 100,000 rows cheap to lay out
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(model->naturalOrderColumn(), Qt::AscendingOrder);
    m_view->setItemDelegateForColumn(model->linkColumn(), new LinkStateDelegate(m_view));
    m_view->viewport()->installEventFilter(this);
    connect(m_view->header(), &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_fitting && column != m_model->naturalOrderColumn())
            m_userSized = true; // a person chose this width
    });

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_counts);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &CatalogPane::applySearch);
    connect(m_search, &QLineEdit::textEdited, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CatalogPane::applySearch);
    // The clear button and setText() do not emit textEdited.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applySearch();
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setLinkStateFilter(m_filter->currentData().value<LinkStateFilter>()); });

    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &CatalogPane::rememberSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CatalogPane::restoreSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CatalogPane::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CatalogPane::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CatalogPane::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CatalogPane::updateCounts);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CatalogPane::updateCounts);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CatalogPane::selectionChanged);
    connect(m_view, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { Q_EMIT rowActivated(m_proxy->mapToSource(index).row()); });
    retranslate();
}

CatalogPane::~CatalogPane() = default;

void CatalogPane::setTitle(const QString &title)
{
    m_title->setText(title);
    m_view->setAccessibleName(title);
}

void CatalogPane::retranslate()
{
    m_search->setPlaceholderText(tr("Search by SKU or name"));
    m_filter->setItemText(0, tr("All"));
    m_filter->setItemText(1, tr("Linked"));
    m_filter->setItemText(2, tr("Not linked"));
    m_filter->setItemText(3, tr("Needs manual link"));
    m_filter->setToolTip(tr("Show only variants in this link state"));
    m_model->retranslate();
    sizeColumns();
    updateCounts();
}

QList<int> CatalogPane::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void CatalogPane::showSourceRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        clearFilters();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_view->setFocus(Qt::OtherFocusReason);
}

void CatalogPane::clearFilters()
{
    m_searchDelay.stop();
    m_search->clear();
    m_filter->setCurrentIndex(0);
    applySearch();
}

void CatalogPane::applySearch()
{
    m_searchDelay.stop();
    m_proxy->setSearchText(m_search->text());
}

void CatalogPane::rememberSelection()
{
    m_selectedKeys.clear();
    const QList<int> rows = selectedSourceRows();
    for (const int row : rows.mid(0, kMaxRestoredSelection))
        m_selectedKeys.append(m_model->rowKey(row));
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    m_currentKey = current.isValid() ? m_model->rowKey(current.row()) : QString();
}

void CatalogPane::restoreSelection()
{
    QItemSelection selection;
    for (const QString &key : std::as_const(m_selectedKeys)) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOfKey(key), 0));
        if (index.isValid())
            selection.select(index, index);
    }
    QItemSelectionModel *selectionModel = m_view->selectionModel();
    const int currentRow = m_currentKey.isEmpty() ? -1 : m_model->rowOfKey(m_currentKey);
    const QModelIndex current = m_proxy->mapFromSource(m_model->index(currentRow, 0));
    if (current.isValid())
        selectionModel->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (current.isValid())
        m_view->scrollTo(current);
    m_selectedKeys.clear();
    m_currentKey.clear();
}

void CatalogPane::updateCounts()
{
    const int total = m_model->rowCount();
    //: Row count of a catalogue list, e.g. "1.500 variants"; followed by the linked count
    QString text = tr("%Ln variant(s)", nullptr, total)
        + u" · "_s
        //: How many of the catalogue's variants are linked, e.g. "1.204 linked"
        + tr("%Ln linked", nullptr, m_model->linkedCount());
    if (m_proxy->isFiltering())
        //: How many variants the search and filter leave in the list
        text += u" · "_s + tr("%Ln shown", nullptr, m_proxy->rowCount());
    m_counts->setText(text);
}

void CatalogPane::sizeColumns()
{
    // Widths from the font and the model's samples (sizing to contents would measure every
    // row); the product name stretches over whatever is left.
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int em = fontMetrics().horizontalAdvance(u'M');
    header->setMinimumSectionSize(2 * em);
    const int product = m_model->naturalOrderColumn();
    header->setSectionResizeMode(product, QHeaderView::Stretch);
    const QFontMetrics text(m_view->font());
    const QFontMetrics title(header->font());
    const int icon = 16 + 10; // the link state's dot and its margin
    m_widths.fill({}, m_model->columnCount());
    m_widths[product] = {18 * em, 7 * em};
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column == product)
            continue;
        const bool link = column == m_model->linkColumn();
        // Room for the sort indicator beside the title, and for the cell margins beside the text.
        int preferred = title.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 24;
        for (const QString &sample : m_model->widthSamples(column))
            preferred = std::max(preferred, text.horizontalAdvance(sample) + 14 + (link ? icon : 0));
        // Numbers are useless cut short; the link column can shrink to its dot, texts to a stub.
        const bool number = m_model->headerData(column, Qt::Horizontal, Qt::TextAlignmentRole)
                                .value<Qt::Alignment>()
                                .testFlag(Qt::AlignRight);
        const int minimum = number ? preferred : (link ? icon + 8 : std::min(preferred, 5 * em));
        m_widths[column] = {preferred, minimum};
    }
    fitColumns();
}

void CatalogPane::fitColumns()
{
    if (m_userSized || m_widths.size() != m_model->columnCount())
        return;
    // Too narrow for every column at its preferred width: the text columns (product name
    // included) give up the same share of what they have above their minimum; the link column
    // shrinks to its dot only when they are all at their minimum; numbers keep their width.
    const int link = m_model->linkColumn();
    int minimums = 0;
    int slack = 0;
    for (int column = 0; column < m_widths.size(); ++column) {
        const ColumnWidth &width = m_widths.at(column);
        minimums += column == link ? width.preferred : width.minimum;
        slack += column == link ? 0 : width.preferred - width.minimum;
    }
    const int spare = m_view->viewport()->width() - minimums;
    const double share = slack > 0 ? std::clamp(static_cast<double>(spare) / slack, 0.0, 1.0) : 1.0;
    m_fitting = true;
    for (int column = 0; column < m_widths.size(); ++column) {
        if (column == m_model->naturalOrderColumn())
            continue; // stretches over the rest
        const ColumnWidth &width = m_widths.at(column);
        int size = width.minimum + static_cast<int>(share * (width.preferred - width.minimum));
        if (column == link)
            size = std::clamp(width.preferred + std::min(spare, 0), width.minimum, width.preferred);
        m_view->header()->resizeSection(column, size);
    }
    m_fitting = false;
}

bool CatalogPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

} // namespace puente
