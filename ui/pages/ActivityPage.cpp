#include "ActivityPage.h"

#include "EventLevelProxy.h"
#include "EventListModel.h"
#include "EventLoader.h"

#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStyle>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace puente {

ActivityPage::ActivityPage(QWidget *parent)
    : Page(u"activity"_s, parent)
    , m_loader(new EventLoader(this))
    , m_model(new EventListModel(this))
    , m_proxy(new EventLevelProxy(this))
{
    setObjectName(u"activityPage"_s);
    m_proxy->setSourceModel(m_model);

    m_view = new QTreeView(this);
    m_view->setObjectName(u"activityView"_s);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(createEmptyState());

    contentLayout()->addWidget(createToolbar());
    contentLayout()->addWidget(m_stack, 1);

    connect(m_loader, &EventLoader::loaded, this, &ActivityPage::showEvents);
    connect(m_loader, &EventLoader::busyChanged, this, &ActivityPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ActivityPage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ActivityPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ActivityPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ActivityPage::updateState);
    retranslate();
}

ActivityPage::~ActivityPage()
{
    // No read may finish into a half-destroyed page, and nothing may look at the model while
    // QObject deletes it before the proxy and the view.
    m_loader->cancelAndWait();
    m_proxy->disconnect(this);
    delete m_stack;
}

QWidget *ActivityPage::createToolbar()
{
    auto *bar = new QWidget(this);
    m_levelFilter = new QComboBox(bar);
    m_levelFilter->setObjectName(u"activityLevelFilter"_s);
    for (const EventLevel level : {EventLevel::Debug, EventLevel::Info, EventLevel::Warning, EventLevel::Error})
        m_levelFilter->addItem(QString(), QVariant::fromValue(static_cast<int>(level)));
    m_levelFilter->setCurrentIndex(1); // details are for support; the owner starts without them
    m_proxy->setMinimumLevel(EventLevel::Info);
    connect(m_levelFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setMinimumLevel(static_cast<EventLevel>(m_levelFilter->currentData().toInt())); });
    m_busy = new QProgressBar(bar);
    m_busy->setObjectName(u"activityBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(96, 8);
    m_count = new QLabel(bar);
    m_count->setObjectName(u"activityCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_levelFilter);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addWidget(m_count);
    return bar;
}

QWidget *ActivityPage::createEmptyState()
{
    auto *empty = new QWidget(this);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(u"activityEmptyText"_s);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(empty);
    layout->addWidget(m_emptyText);
    return empty;
}

QString ActivityPage::title() const
{
    return tr("Activity");
}

QString ActivityPage::summary() const
{
    return tr("Everything Puente did, newest first: stock pushed, orders read, documents issued and errors.");
}

void ActivityPage::retranslateContent()
{
    m_levelFilter->setItemText(0, tr("All, with details"));
    m_levelFilter->setItemText(1, tr("Information and above"));
    m_levelFilter->setItemText(2, tr("Warnings and errors"));
    m_levelFilter->setItemText(3, tr("Errors only"));
    m_levelFilter->setToolTip(tr("Which events to list"));
    m_model->retranslate();
    sizeColumns();
    updateState();
}

void ActivityPage::sizeColumns()
{
    // From the texts the columns show, so Spanish and Portuguese fit as well as English.
    const QFontMetrics metrics(m_view->font());
    for (const int column :
         {EventListModel::TimeColumn, EventListModel::LevelColumn, EventListModel::SubsystemColumn}) {
        int width = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString &sample : m_model->widthSamples(column))
            width = std::max(width, metrics.horizontalAdvance(sample));
        const int icon = column == EventListModel::LevelColumn
            ? m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view) + 8
            : 0;
        m_view->header()->resizeSection(column, width + icon + 24);
    }
}

void ActivityPage::setJournal(const Journal *journal)
{
    if (journal == m_journal)
        return;
    m_loader->cancelAndWait();
    m_journal = journal;
    if (!m_journal)
        m_model->setEvents({});
    reload();
    updateState();
}

bool ActivityPage::isLoading() const
{
    return m_loader->isBusy();
}

void ActivityPage::reload()
{
    if (m_journal)
        m_loader->load(m_journal);
}

void ActivityPage::showEvents(const QList<JournalEvent> &events)
{
    m_model->setEvents(events);
    updateState();
    Q_EMIT loaded();
}

void ActivityPage::updateState()
{
    m_busy->setVisible(m_loader->isBusy());
    const int shown = m_proxy->rowCount();
    //: Number of events listed on the Activity page
    m_count->setText(tr("%Ln event(s)", nullptr, shown));
    m_emptyText->setText(m_model->rowCount() == 0 ? tr("No activity yet. What Puente does will appear here.")
                                                  : tr("No events at this level. Choose another level above."));
    m_stack->setCurrentIndex(shown == 0 ? 1 : 0);
}

} // namespace puente
