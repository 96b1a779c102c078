#include "DashboardPage.h"

#include <QtWidgets/QVBoxLayout>

#include "DemoShopPanel.h"

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

void DashboardPage::setDemoSession(DemoSession *session)
{
    if (!m_demoPanel) {
        m_demoPanel = new DemoShopPanel(this);
        contentLayout()->addWidget(m_demoPanel, 1);
    }
    setPlaceholder(false);
    m_demoPanel->setSession(session);
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QString DashboardPage::summary() const
{
    return tr("Sync status at a glance: connections, the last run, stock pushed and documents issued today.");
}

} // namespace puente
