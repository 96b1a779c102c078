#pragma once

#include "Page.h"

namespace puente {

/**
 * Value mappings (category, brand, attribute, option) between the ERP and the store.
 * Placeholder for now: heading and summary only.
 *
 * Owned by its parent widget (MainWindow's page stack). GUI thread only.
 */
class MappingsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingsPage)

public:
    explicit MappingsPage(QWidget *parent = nullptr);
    ~MappingsPage() override;

    QString title() const override;
    QString summary() const override;
};

} // namespace puente
