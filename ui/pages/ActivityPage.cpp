#include "ActivityPage.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

ActivityPage::ActivityPage(QWidget *parent)
    : Page(u"activity"_s, parent)
{
    setObjectName(u"activityPage"_s);
    setPlaceholder(true);
    retranslate();
}

ActivityPage::~ActivityPage() = default;

QString ActivityPage::title() const
{
    return tr("Activity");
}

QString ActivityPage::summary() const
{
    return tr("Everything Puente did, newest first: stock pushed, orders read, documents issued and errors.");
}

} // namespace puente
