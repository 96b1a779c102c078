#pragma once

#include "Page.h"

#include "sync/SyncHealth.h"

namespace puente {

class DemoSession;
class DemoShopPanel;
class SyncHealthPanel;

/**
 * What the shop owner sees first: whether Bsale and Jumpseller are in step right now.
 * Once the sync engine reports its health, the SyncHealthPanel (per side: last success,
 * errors, the stale warning); in demo mode also the DemoShopPanel below it. Until either, a
 * placeholder.
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

    /** Shows `health` in the Sync health panel (created on the first call, above the rest). */
    void setSyncHealth(const puente::SyncHealth &health);
    /** The Sync health panel, or nullptr before the first setSyncHealth(). */
    SyncHealthPanel *syncHealthPanel() const { return m_healthPanel; }

private:
    DemoShopPanel *m_demoPanel = nullptr;
    SyncHealthPanel *m_healthPanel = nullptr;
};

} // namespace puente
