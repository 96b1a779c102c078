#include "DashboardPage.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

DashboardPage::DashboardPage(QWidget *parent)
    : Page(u"dashboard"_s, parent)
{
    setObjectName(u"dashboardPage"_s);
    setPlaceholder(true);
    retranslate();
}

DashboardPage::~DashboardPage() = default;

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QString DashboardPage::summary() const
{
    return tr("Sync status at a glance: connections, the last run, stock pushed and documents issued today.");
}

} // namespace puente
