#include "CatalogTableModel.h"

#include <QtCore/QLocale>
#include <QtGui/QPainter>
#include <QtGui/QPixmap>

#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

QIcon dotIcon(const QColor &fill, const QColor &outline)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(outline, size / 8.0));
        painter.setBrush(fill);
        const qreal margin = size * 0.25;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

CatalogTableModel::CatalogTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

CatalogTableModel::~CatalogTableModel() = default;

QVariant CatalogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::TextAlignmentRole) {
        const Qt::Alignment alignment = isNumberColumn(section) ? Qt::AlignRight : Qt::AlignLeft;
        return QVariant::fromValue(alignment | Qt::AlignVCenter);
    }
    return {};
}

void CatalogTableModel::retranslate()
{
    if (columnCount() == 0)
        return;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QVariant CatalogTableModel::linkData(const RowLink &link, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return linkText(link);
    case Qt::DecorationRole:
        return stateIcon(link.state);
    case Qt::ToolTipRole:
        return linkToolTip(link);
    default:
        return {};
    }
}

QString CatalogTableModel::linkText(const RowLink &link) const
{
    switch (link.state) {
    case LinkState::Unlinked:
        return tr("Not linked");
    case LinkState::NeedsManualLink:
        return tr("Needs manual link");
    case LinkState::Linked:
        break;
    }
    // Short: the column is narrow, and the tooltip says the rest.
    switch (link.how) {
    case LinkMethod::Sku:
        return tr("By SKU");
    case LinkMethod::Barcode:
        return tr("By barcode");
    case LinkMethod::Name:
        return tr("By name");
    case LinkMethod::Manual:
        return tr("By hand");
    case LinkMethod::Import:
        return tr("Imported");
    }
    return {};
}

QStringList CatalogTableModel::commonLinkTexts() const
{
    QStringList texts;
    RowLink link;
    texts.append(linkText(link));
    link.state = LinkState::Linked;
    for (const LinkMethod how : {LinkMethod::Sku, LinkMethod::Manual}) {
        link.how = how;
        texts.append(linkText(link));
    }
    return texts;
}

QString CatalogTableModel::linkToolTip(const RowLink &link) const
{
    switch (link.state) {
    case LinkState::Unlinked:
        return tr("Select an unlinked variant on the other side and press Link.");
    case LinkState::NeedsManualLink:
        return link.detail.isEmpty() ? tr("Puente could not tell which variant this is: link it by hand.")
                                     : link.detail;
    case LinkState::Linked:
        break;
    }
    if (link.partnerName.isEmpty())
        return tr("Linked to a variant that is no longer in the other catalogue.");
    //: %1 is the name of the linked product variant on the other side
    return tr("Linked to “%1”. Double-click to show it.").arg(link.partnerName);
}

QIcon CatalogTableModel::stateIcon(LinkState state) const
{
    // Drawn on first use, per model: a function-static QPixmap would outlive the application.
    if (m_icons.front().isNull()) {
        m_icons = {
            dotIcon(Qt::transparent, QColor(0x9e, 0x9e, 0x9e)), // unlinked: a hollow grey ring
            dotIcon(QColor(0x2e, 0x7d, 0x32), QColor(0x2e, 0x7d, 0x32)), // linked: green
            dotIcon(QColor(0xf0, 0xa2, 0x02), QColor(0xc7, 0x80, 0x00)), // needs a person: amber
        };
    }
    return m_icons.at(static_cast<size_t>(state));
}

QString CatalogTableModel::priceText(const std::optional<qint64> &price)
{
    // Chilean pesos have no decimals; the locale supplies the thousands separator ("$12.990").
    return price ? u"$"_s + QLocale().toString(*price) : QString();
}

QString CatalogTableModel::quantityText(double quantity)
{
    const bool whole = std::floor(quantity) == quantity;
    return QLocale().toString(quantity, 'f', whole ? 0 : 2);
}

bool CatalogTableModel::textLess(const QString &a, const QString &b, bool tieBreak)
{
    const int c = a.compare(b);
    return c == 0 ? tieBreak : c < 0;
}

} // namespace puente
