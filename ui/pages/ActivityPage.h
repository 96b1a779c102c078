#pragma once

#include "Page.h"

#include "journal/JournalEvent.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTreeView;

namespace puente {

class EventLevelProxy;
class EventListModel;
class EventLoader;
class Journal;

/**
 * The activity log read from the journal's events, newest first: time, level, area and message,
 * filtered by level. reload() reads the journal again off the GUI thread (connect it to whatever
 * says something happened, e.g. the sync controller's cycleFinished); new events appear on top
 * without losing the selection.
 *
 * Owned by its parent widget (MainWindow's page stack); does not own the journal, which must
 * stay open while the page uses it (setJournal(nullptr) before closing it). GUI thread only.
 */
class ActivityPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityPage)

public:
    explicit ActivityPage(QWidget *parent = nullptr);
    ~ActivityPage() override;

    QString title() const override;
    QString summary() const override;

    /** The journal to read (not owned), or nullptr for none; reloads. Waits for a running read. */
    void setJournal(const Journal *journal);
    bool isLoading() const;
    EventListModel *model() const { return m_model; }
    EventLevelProxy *proxy() const { return m_proxy; }

public Q_SLOTS:
    /** Reads the newest events again, off the GUI thread; loaded() follows. */
    void reload();

Q_SIGNALS:
    /** The list shows what a read just returned. */
    void loaded();

protected:
    void retranslateContent() override;

private:
    QWidget *createToolbar();
    QWidget *createEmptyState();
    void sizeColumns();
    void showEvents(const QList<JournalEvent> &events);
    void updateState();

    const Journal *m_journal = nullptr;
    EventLoader *m_loader = nullptr;
    EventListModel *m_model = nullptr;
    EventLevelProxy *m_proxy = nullptr;
    QComboBox *m_levelFilter = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_count = nullptr;
    QTreeView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyText = nullptr;
};

} // namespace puente
