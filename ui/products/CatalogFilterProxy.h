#pragma once

#include "LinkStateFilter.h"

#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QStringList>

namespace puente {

class CatalogTableModel;

/**
 * Filters a catalogue list by link state and by what the user typed (SKU, names, barcode; case
 * and accents ignored, every word must match), and sorts it by the clicked column. Reads the
 * source rows through CatalogTableModel's typed accessors, never through data().
 *
 * A filter change re-lays out the whole list at once (invalidate()) instead of announcing every
 * removed stretch of rows: on 100,000 interleaved rows the per-stretch signals would cost far
 * more than the filtering itself.
 *
 * Owned by its parent; does not own the source model. GUI thread only.
 */
class CatalogFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogFilterProxy)

public:
    explicit CatalogFilterProxy(QObject *parent = nullptr);
    ~CatalogFilterProxy() override;

    void setCatalogModel(CatalogTableModel *model);
    CatalogTableModel *catalogModel() const { return m_model; }

    void setLinkStateFilter(LinkStateFilter filter);
    LinkStateFilter linkStateFilter() const { return m_stateFilter; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    /** Whether a filter hides rows right now (some filter is set). */
    bool isFiltering() const { return m_stateFilter != LinkStateFilter::All || !m_words.isEmpty(); }

    /**
     * Sorting by the model's natural order column, ascending, keeps the rows' own order instead of
     * sorting: the loader already sorted them that way, and every reload of 100,000 rows then
     * skips a sort on the GUI thread. sortColumn() is -1 then.
     */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    CatalogTableModel *m_model = nullptr;
    LinkStateFilter m_stateFilter = LinkStateFilter::All;
    QString m_searchText;
    QStringList m_words;
};

} // namespace puente
