#pragma once

#include <QtCore/QAbstractListModel>
#include <QtCore/QList>
#include <QtCore/QPointer>

namespace puente {

class Page;

/**
 * The navigation list: one row per page, in stack order. Rows show the page's own title(), icon()
 * and summary() (as tool tip), so renaming or translating a page needs no change here.
 *
 * Does not own the pages (the page stack does). GUI thread only.
 */
class NavigationModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationModel)

public:
    enum Role {
        PageObjectNameRole = Qt::UserRole + 1, ///< QString: the page's objectName, stable across languages
    };

    explicit NavigationModel(QObject *parent = nullptr);
    ~NavigationModel() override;

    /** Appends @p page as the last row. */
    void addPage(Page *page);
    /** The page shown by @p row, or nullptr when out of range. */
    Page *page(int row) const;

    /** Tells views that titles and summaries changed, e.g. after a language switch. */
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<QPointer<Page>> m_pages;
};

} // namespace puente
