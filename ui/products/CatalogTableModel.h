#pragma once

#include "LoadedCatalog.h"

#include <QtCore/QAbstractTableModel>
#include <QtGui/QIcon>

#include <array>
#include <optional>

namespace puente {

/**
 * What ErpCatalogModel and StoreCatalogModel share: the typed access CatalogFilterProxy filters
 * and sorts with (no QVariant per row, so 100,000 rows filter in milliseconds), the link and
 * number texts, and the item roles below.
 *
 * Owned by its parent (the Products page). GUI thread only.
 */
class CatalogTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogTableModel)

public:
    enum Role {
        LinkStateRole = Qt::UserRole + 1, ///< int(LinkState)
        RowKeyRole, ///< rowKey(): the row's identity across reloads
    };

    ~CatalogTableModel() override;

    virtual LinkState linkState(int row) const = 0;
    virtual const RowLink &rowLink(int row) const = 0;
    virtual const RowKeys &rowKeys(int row) const = 0;
    /** Identity of the row that survives reloads ("1001", "14500001/58100001"). */
    virtual QString rowKey(int row) const = 0;
    /** The row with rowKey() `key`, -1 if none. */
    virtual int rowOfKey(const QString &key) const = 0;
    /** Sort order of two rows by `column`. */
    virtual bool lessThan(int left, int right, int column) const = 0;
    /** The column that shows the link state. */
    virtual int linkColumn() const = 0;
    /** The column whose ascending order is the rows' own order (CatalogQuery sorts by product). */
    virtual int naturalOrderColumn() const = 0;
    /** Texts as wide as the column's usual content, for the starting column widths. */
    virtual QStringList widthSamples(int column) const = 0;

    int linkedCount() const { return m_linkedCount; }
    /** Re-reads every translated text (headers, link states) after a language change. */
    void retranslate();

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    explicit CatalogTableModel(QObject *parent);

    virtual QString columnTitle(int column) const = 0;
    virtual bool isNumberColumn(int column) const = 0;

    /** The link column's usual texts (not linked, by SKU, by hand), for its width. */
    QStringList commonLinkTexts() const;
    /** Display, decoration and tooltip of the link column; empty QVariant for other roles. */
    QVariant linkData(const RowLink &link, int role) const;
    void setLinkedCount(int count) { m_linkedCount = count; }

    static QString priceText(const std::optional<qint64> &price);
    static QString quantityText(double quantity);
    /** Compares folded texts, then falls back to `tieBreak` (the row's identity order). */
    static bool textLess(const QString &a, const QString &b, bool tieBreak);

private:
    QString linkText(const RowLink &link) const;
    QString linkToolTip(const RowLink &link) const;
    QIcon stateIcon(LinkState state) const;

    mutable std::array<QIcon, 3> m_icons; ///< by LinkState
    int m_linkedCount = 0;
};

} // namespace puente
