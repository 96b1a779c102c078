#pragma once

#include "Page.h"

namespace puente {

class DemoSession;
class DemoShopPanel;

/**
 * What the shop owner sees first: whether Bsale and Jumpseller are in step right now.
 * Placeholder for now: heading and summary only; in demo mode it shows the DemoShopPanel.
 *
 * Owned by its parent widget (MainWindow's page stack). GUI thread only.
 */
class DashboardPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(QWidget *parent = nullptr);
    ~DashboardPage() override;

    QString title() const override;
    QString summary() const override;

    /** Shows the Demo shop panel for `session` (demo mode) instead of the placeholder. */
    void setDemoSession(DemoSession *session);
    /** The Demo shop panel, or nullptr outside demo mode. */
    DemoShopPanel *demoShopPanel() const { return m_demoPanel; }

private:
    DemoShopPanel *m_demoPanel = nullptr;
};

} // namespace puente
