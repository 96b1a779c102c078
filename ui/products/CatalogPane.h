#pragma once

#include <QtCore/QStringList>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QEvent;
class QTreeView;

namespace puente {

class CatalogFilterProxy;
class CatalogTableModel;

/**
 * One side of the Products page: the catalogue's name and row counts ("1.500 variantes ·
 * 1.204 vinculadas"), a search box and a link-state filter above the list of rows. Keeps the
 * selection across reloads (by row identity) and reports selection changes and double-clicks
 * in source-model rows, so the page never deals with proxy indexes.
 *
 * Object names start with `prefix` ("erp" → erpSearch, erpFilter, erpView, erpCounts).
 * Owned by its parent widget; does not own the model. GUI thread only.
 */
class CatalogPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogPane)

public:
    /** Typing settles for this long before the list filters (Enter filters at once). */
    static constexpr int kSearchDelayMs = 200;

    CatalogPane(const QString &prefix, CatalogTableModel *model, QWidget *parent = nullptr);
    ~CatalogPane() override;

    /** The catalogue's name: a brand ("Bsale", "Jumpseller"), so not translated. */
    void setTitle(const QString &title);
    void retranslate();

    QTreeView *view() const { return m_view; }
    CatalogFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *filterBox() const { return m_filter; }

    /** The selected rows of the source model, in list order. */
    QList<int> selectedSourceRows() const;
    /** Selects and scrolls to source row `row`, clearing the filters if they hide it. */
    void showSourceRow(int row);
    void clearFilters();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void selectionChanged();
    /** A row was double-clicked. */
    void rowActivated(int sourceRow);

private:
    void applySearch();
    void rememberSelection();
    void restoreSelection();
    void updateCounts();
    void sizeColumns();
    void fitColumns();

    CatalogTableModel *m_model = nullptr;
    CatalogFilterProxy *m_proxy = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_counts = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    /** A column's width as sizeColumns() measured it and how far fitColumns() may shrink it. */
    struct ColumnWidth
    {
        int preferred = 0;
        int minimum = 0;
    };
    QList<ColumnWidth> m_widths; ///< by column
    bool m_fitting = false; ///< fitColumns() is resizing: not the user
    bool m_userSized = false; ///< the user dragged a column: leave the widths alone
    QTimer m_searchDelay;
    QStringList m_selectedKeys; ///< across a reload
    QString m_currentKey;
};

} // namespace puente
