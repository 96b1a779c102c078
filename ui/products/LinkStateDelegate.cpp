#include "LinkStateDelegate.h"

namespace puente {

namespace {

constexpr int kTextMargins = 12; // the style's space around the icon and the text

} // namespace

LinkStateDelegate::LinkStateDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

LinkStateDelegate::~LinkStateDelegate() = default;

void LinkStateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int room = option->rect.width() - option->decorationSize.width() - kTextMargins;
    if (option->fontMetrics.horizontalAdvance(option->text) > room) {
        option->text.clear();
        option->features &= ~QStyleOptionViewItem::HasDisplay;
    }
}

} // namespace puente
