#include "MappingsPage.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

MappingsPage::MappingsPage(QWidget *parent)
    : Page(u"mappings"_s, parent)
{
    setObjectName(u"mappingsPage"_s);
    setPlaceholder(true);
    retranslate();
}

MappingsPage::~MappingsPage() = default;

QString MappingsPage::title() const
{
    return tr("Mappings");
}

QString MappingsPage::summary() const
{
    return tr("Match categories, brands and options between Bsale and Jumpseller.");
}

} // namespace puente
