#pragma once

#include <QtWidgets/QStyledItemDelegate>

namespace puente {

/**
 * Paints the link column: the state's dot and its text, or the dot alone when the column is too
 * narrow for the text (an elided "By…" says less than the dot and its tooltip).
 * Owned by its parent (the view). GUI thread only.
 */
class LinkStateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkStateDelegate)

public:
    explicit LinkStateDelegate(QObject *parent = nullptr);
    ~LinkStateDelegate() override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace puente
