#include "DashboardPage.h"

#include <QtWidgets/QVBoxLayout>

#include "DemoShopPanel.h"
#include "SyncHealthPanel.h"

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

void DashboardPage::setSyncHealth(const SyncHealth &health)
{
    if (!m_healthPanel) {
        m_healthPanel = new SyncHealthPanel(this);
        m_healthPanel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
        // First: whether the sync works matters more than the demo shop's buttons.
        contentLayout()->insertWidget(0, m_healthPanel);
    }
    setPlaceholder(false);
    m_healthPanel->setHealth(health);
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
