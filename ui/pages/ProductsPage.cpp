#include "ProductsPage.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

ProductsPage::ProductsPage(QWidget *parent)
    : Page(u"products"_s, parent)
{
    setObjectName(u"productsPage"_s);
    setPlaceholder(true);
    retranslate();
}

ProductsPage::~ProductsPage() = default;

QString ProductsPage::title() const
{
    return tr("Products");
}

QString ProductsPage::summary() const
{
    return tr("Bsale variants and Jumpseller products side by side: link them and see the stock Puente pushes.");
}

} // namespace puente
