#pragma once

#include "Page.h"

namespace puente {

/**
 * Connections, credentials (kept in the system keychain) and sync options.
 * Placeholder for now: heading and summary only.
 *
 * Owned by its parent widget (MainWindow's page stack). GUI thread only.
 */
class SettingsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(QWidget *parent = nullptr);
    ~SettingsPage() override;

    QString title() const override;
    QString summary() const override;
};

} // namespace puente
