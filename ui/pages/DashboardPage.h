#pragma once

#include "Page.h"

namespace puente {

/**
 * What the shop owner sees first: whether Bsale and Jumpseller are in step right now.
 * Placeholder for now: heading and summary only.
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
};

} // namespace puente
