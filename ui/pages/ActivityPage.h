#pragma once

#include "Page.h"

namespace puente {

/**
 * The activity log read from the journal's events.
 * Placeholder for now: heading and summary only.
 *
 * Owned by its parent widget (MainWindow's page stack). GUI thread only.
 */
class ActivityPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityPage)

public:
    explicit ActivityPage(QWidget *parent = nullptr);
    ~ActivityPage() override;

    QString title() const override;
    QString summary() const override;
};

} // namespace puente
