#include "DocumentsPage.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

DocumentsPage::DocumentsPage(QWidget *parent)
    : Page(u"documents"_s, parent)
{
    setObjectName(u"documentsPage"_s);
    setPlaceholder(true);
    retranslate();
}

DocumentsPage::~DocumentsPage() = default;

QString DocumentsPage::title() const
{
    return tr("Documents");
}

QString DocumentsPage::summary() const
{
    return tr("Boletas, facturas and credit notes issued for store orders, and the ones that need a fix.");
}

} // namespace puente
